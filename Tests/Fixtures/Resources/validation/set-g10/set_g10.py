#!/usr/bin/env python3
"""Build set-g10.mbox: labelled cloud-provider notices written after public originals.
Standard library only, deterministic. Re-reads the mbox and exits 1 on any problem."""
import datetime as dt
import email.utils
import mailbox
import quopri
import re
import sys
from email.header import Header
from pathlib import Path

OUT = Path(__file__).resolve().parent / "set-g10.mbox"
LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}
CRITICAL = {"abuse", "security-incident"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

# Each entry: key, provider, original URL, original mail date, new Date (March 2028),
# from, to, subject, label, deadline (original date or None), phishing flag, body.
# In subject/body, {D:YYYY-MM-DD} or {D:YYYY-MM-DD:fmt} is an ORIGINAL date; it is
# shifted by the same number of days as the Date header.  fmt: iso, long, ja, dmy, short.
M = []


def add(**kw):
    M.append(kw)


# ---------------------------------------------------------------- AWS
add(key="aws-compromised-case", provider="AWS",
    url="https://github.com/dguo/dannyguo.com/blob/master/src/pages/blog/I-published-my-aws-secret-key-to-github.md",
    orig="2018-07-20", new="2028-03-01 14:12:05",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="ops@headline-digest.example",
    subject="Amazon Web Services: New Support case: 7310458862",
    label="security-incident", deadline=None, body="""\
Amazon Web Services has opened case 7310458862 on your behalf.

Here are the details of the case:

Case ID: 7310458862
Subject: Your AWS account 480215563917 is compromised
Severity: Urgent
Correspondence: Dear AWS Customer,

Your AWS account has been compromised. Read this notice carefully and act
right away to secure the account.

We take the security of your account seriously. We have learned that the
access key AKIAXQ7ZEXAMPLE4HD21, together with its matching secret key, can
be read by anyone at a public location on the internet:
https://github.com/headline-digest-example/headlines/blob/main/update.py

Keys published this way put your account and other customers at risk. They
can lead to large charges caused by unauthorized use or abuse, and they are a
breach of the AWS Customer Agreement.

Delete the exposed credentials from your AWS account by following the steps
below, and put measures in place so that new credentials are not published
the same way. Removing the key from the website, or only deactivating it, is
NOT enough to secure your account.

To limit charges you did not intend, we have for now restricted your ability
to create certain AWS resources. This restriction does not make the account
secure; it only reduces the unauthorized usage you could be billed for.

Step-by-step instructions follow below.

Step 1: Delete or rotate the exposed access key in the IAM console.
Step 2: Review AWS CloudTrail for activity you did not initiate, such as new
IAM users, roles, policies or temporary credentials, and remove them.
Step 3: Check every region for unexpected EC2 instances, Spot requests or
Lambda functions and terminate anything you did not create.
Step 4: Reply to this case once the steps are complete.

Sincerely,
Amazon Web Services
""")

add(key="aws-key-quarantine", provider="AWS",
    url="https://github.com/gauravjetly/vmenu-production-1/blob/main/URGENT_SECURITY_FIX.md",
    orig="2025-10-14", new="2028-03-02 06:41:19",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="admin@vmenu-demo.example",
    subject="ACTION REQUIRED: Your AWS Access Key is Exposed for AWS Account 739104528866",
    label="security-incident", deadline=None, body="""\
Hello,

Our automated scanning found that an access key belonging to your AWS
account (739104528866) was posted in a public GitHub repository.

  IAM user:        vmenu-admin
  Access key ID:   AKIAZ9WQEXAMPLE7KQ3M
  Found in:        https://github.com/vmenu-demo-example/vmenu/blob/main/GITHUB_SETUP.md

To reduce the risk of misuse, we attached the managed policy
AWSCompromisedKeyQuarantineV3 to the user above. This policy blocks a set of
actions that are commonly abused after a key leaks (for example launching
instances or creating new IAM users). Your existing resources keep running.

What you need to do:
1. Deactivate, then delete, the exposed access key.
2. Create a new key only if it is really needed, and store it in a secrets
   manager rather than in files under version control.
3. Look through CloudTrail and your bill for any activity you do not
   recognise, in every region.
4. Once the key is removed and you are satisfied nothing else was changed,
   you may detach AWSCompromisedKeyQuarantineV3 from the user.

Please do not remove the quarantine policy while the exposed key is still
active.

Regards,
AWS Security
""")

add(key="aws-exposed-s3-key", provider="AWS",
    url="https://github.com/ICIJ/datashare/issues/22",
    orig="2018-11-12", new="2028-03-02 17:05:44",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="devops@docs-search.example",
    subject="Your AWS account 265019837740 has an exposed access key [Case 5902117364]",
    label="security-incident", deadline=None, body="""\
Dear AWS Customer,

We found that an AWS access key of your account 265019837740, together with
its secret key, appears in publicly readable source code:

  Access key:  AKIAR4TEXAMPLEJ2W8PL (IAM user "s3-upload")
  Location:    https://github.com/docs-search-example/indexer/commit/86019332349d

This key has write access to Amazon S3 in your account. Anyone who copies it
can read, change or delete objects, and could run up charges on your bill.

Required steps:
- Remove the key from your account (deleting it from the repository, or
  rewriting history, does not revoke it).
- Replace it in the applications that use it, preferably with an IAM role.
- Check your S3 server access logs and CloudTrail data events for requests
  made with this key since it was published.

Until the key is deleted we have temporarily limited some actions that can
be performed with it.

Reply to this case when you have finished.

Thank you,
Amazon Web Services
""")

add(key="aws-account-suspended-leak", provider="AWS",
    url="https://www-dev.vigilare.cloud/blog/aws-account-suspension-horror-stories/",
    orig="2025-06-09", new="2028-03-03 08:02:37",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="founder@tinystack.example",
    subject="Your AWS Account 508833124670 has been suspended",
    label="security-incident", deadline=None, body="""\
Dear AWS Customer,

Over the weekend we observed unusual activity in your AWS account
508833124670. More than 200 GPU instances (p3 and g5 families) were launched
across 15 regions using an access key that had been published in a public
code repository. This pattern matches unauthorized use, most likely for
cryptocurrency mining.

To protect you from further charges we have suspended the account. While it
is suspended, running resources are stopped and the console and APIs are
limited to security and billing functions.

To have the account reinstated, please:
1. Delete every access key you did not create or that was exposed, and
   rotate the rest.
2. Terminate all instances, Spot requests and other resources you did not
   launch, in all regions.
3. Remove any IAM users, roles or policies added without your knowledge.
4. Enable MFA on the root user.
5. Reply to support case 9123466051 describing what you found and what you
   changed.

After we confirm the account is secure, we will review the charges caused by
the unauthorized activity with you.

Sincerely,
AWS Trust & Safety
""")

add(key="aws-abuse-open-proxy", provider="AWS",
    url="https://github.com/chirag99969/aws-abuse-notice-troubleshooting",
    orig="2021-03-02", new="2028-03-03 21:18:50",
    frm="Amazon EC2 Abuse <ec2-abuse@amazon.com>", to="noc@rivermarket.example",
    subject="Your Amazon EC2 Abuse Report [17402288193]",
    label="abuse", deadline="2021-03-03", body="""\
Hello,

We have received reports that your AWS resource

AWS ID: 611902457318   Region: us-east-1   EC2 Instance Id: i-0a4c9e51d2f7b8e36 [198.51.100.108]

is being used as an open HTTP proxy on port 80. Third parties are relaying
traffic through it to reach other sites, and several of those sites have
complained. Using AWS resources this way is not allowed under the AWS
Acceptable Use Policy (https://aws.amazon.com/aup/). A copy of the report is
included below.

Please stop the activity and reply to this message within 24 hours, telling
us what you changed. If you believe the traffic is legitimate, reply with a
description of your use case instead.

If you did not set up a proxy, the instance may have been taken over by a
third party, or a misconfigured service may be accepting requests from
anyone.

--- Report ---
Source IP:     198.51.100.108
Service:       HTTP CONNECT / GET proxy, TCP 80
Observed:      {D:2021-03-01} 19:40 UTC to {D:2021-03-02} 03:12 UTC
Reporter:      abuse desk of a hosting company (name withheld)
Sample log:
  {D:2021-03-01} 19:40:12 198.51.100.108 -> 203.0.113.27:443 CONNECT
  {D:2021-03-01} 19:40:14 198.51.100.108 -> 203.0.113.27:443 CONNECT
--- End of report ---

Regards,
AWS Trust & Safety
""")

add(key="aws-ec2-retirement-euw1", provider="AWS",
    url="https://github.com/harmony-one/harmony-ops/issues/284",
    orig="2019-12-12", new="2028-03-04 03:30:00",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="infra@blockrelay.example",
    subject="[Retirement Notification] Amazon EC2 Instance scheduled for retirement",
    label="maintenance", deadline="2019-12-26", body="""\
Dear Amazon EC2 Customer,

EC2 has found that the hardware underneath one of your instances is failing.

  Instance ID:  i-0ed92ea5485e5dbca
  AWS account:  402318775561
  Region:       eu-west-1

Because of this, the instance may already be unreachable. We will stop the
instance after {D:2019-12-26} 08:00 UTC.

What happens to the instance?
It will be stopped on or after that time. You can start it again later; it
will then run on healthy hardware. Data on instance-store volumes is lost
when the instance stops.

What should you do?
Stop and start the instance yourself before the date above to move it to new
hardware, or launch a replacement from your latest AMI. If you no longer need
the instance, you can terminate it.

Scheduled events for your instances are listed in the EC2 console under
Events.

Sincerely,
Amazon Web Services
""")

add(key="aws-lambda-py39", provider="AWS",
    url="https://github.com/mike-grant/haaska/issues/270",
    orig="2025-07-10", new="2028-03-04 16:22:10",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="smarthome@lindqvist.example",
    subject="[Action Required] AWS Lambda end of support for Python 3.9 [AWS Account: 820114573302]",
    label="action-required", deadline="2025-12-15", body="""\
Hello,

[AWS Health may send reminders about this notice while affected resources
remain.]

Your AWS account has at least one AWS Lambda function that uses the
Python 3.9 runtime.

Lambda support for Python 3.9 ends on {D:2025-12-15:long}, after the Python
community ends its own support for 3.9 in October. Your functions keep
running after that date, but on a runtime that the Lambda team no longer
patches or maintains.

Support ends in steps, as set out in the Lambda runtime support policy [2]:

- From {D:2025-12-15:long}: no more security patches or other updates for the
  Python 3.9 runtime, no technical support for functions that use it, and
  the runtime disappears from the console (CloudFormation, the CLI, SAM and
  other tools can still create and update such functions).
- From {D:2026-01-15:long}: you can no longer create new functions on Python 3.9.
- From {D:2026-02-15:long}: you can no longer update existing functions on
  Python 3.9.

We recommend moving your Python 3.9 functions to the latest Python runtime
before {D:2025-12-15:long}. The affected functions are listed in the
'Affected resources' tab of your AWS Health Dashboard.

[1] https://devguide.python.org/versions/
[2] https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html

Sincerely,
Amazon Web Services
""")

add(key="aws-lambda-node43", provider="AWS",
    url="https://github.com/arithmetric/aws-lambda-ses-forwarder/issues/83",
    orig="2018-05-25", new="2028-03-05 09:15:31",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="mail-admin@quillpost.example",
    subject="AWS Lambda: Node.js v4.3 runtime deprecation",
    label="action-required", deadline="2018-07-31", body="""\
Hello,

At least one Lambda function in your AWS account is set to the Node.js v4.3
runtime. The Node.js Foundation ended support for Node.js v4 on
{D:2018-04-30:long}, so this version no longer receives bug fixes, security
fixes or performance work. Under the AWS Lambda runtime support policy,
runtimes that their maintainers have retired are deprecated in Lambda.

Functions that already use Node.js v4.3 will keep being invoked normally.
However:
  * from {D:2018-07-31:long} you will not be able to create new functions
    with the Node.js v4.3 runtime, and
  * from {D:2018-10-31:long} you will not be able to update the code of
    existing Node.js v4.3 functions.

Please move your functions to a newer Node.js runtime. Node.js v6.10 is
still offered, but we suggest going straight to Node.js v8.10, which keeps
the same programming model and adds newer language features. Test each
function after changing the runtime.

Which of my functions are affected?
List the functions in each region with the AWS CLI and look for the
"nodejs4.3" runtime value.

Thank you,
The AWS Lambda Team
""")

add(key="aws-lambda-node10-final", provider="AWS",
    url="https://github.com/Nordstrom/serverless-artillery/issues/314",
    orig="2021-06-02", new="2028-03-05 19:47:03",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="perf-team@outfitter-shop.example",
    subject="[FINAL NOTICE] AWS Lambda end of support for Node.js 10",
    label="action-required", deadline="2021-07-30", body="""\
Hello,

This is our last reminder about Node.js 10 in AWS Lambda.

Q. What is changing?
A. Lambda stops supporting Node.js 10 on {D:2021-07-30:long}. The Node.js
project declared version 10 end of life on {D:2021-04-30:long}.

Q. What does end of support mean here?
A. It happens in two stages. From {D:2021-07-30:long}, Lambda no longer
patches the Node.js 10 runtime, functions on it are no longer covered by
technical support, and you cannot create new Node.js 10 functions. From
{D:2021-08-30:long}, you also cannot update existing Node.js 10 functions.
Invocations are not blocked: your functions continue to run, but on a
runtime nobody maintains.

Q. Why am I receiving this?
A. Your AWS account still has one or more Lambda functions on Node.js 10.

Q. How do I find them?
A. Run "aws lambda list-functions" in each region and filter on the
nodejs10.x runtime, or open the AWS Health Dashboard.

Q. What should I do?
A. Upgrade those functions to Node.js 14 before {D:2021-07-30:long}.

Sincerely,
Amazon Web Services
""")

add(key="aws-lambda-node12", provider="AWS",
    url="https://github.com/awsdocs/aws-lambda-developer-guide/issues/400",
    orig="2022-09-17", new="2028-03-06 12:00:48",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="cloud@harbourlights.example",
    subject="[Action Required] AWS Lambda end of support for Node.js 12",
    label="action-required", deadline="2022-11-14", body="""\
Hello,

We are writing because your AWS account has Lambda functions that use the
Node.js 12 runtime, which reached community end of life on
{D:2022-04-30:long}.

Lambda is ending support for Node.js 12 in two stages:

  {D:2022-11-14:long}   Security patches and other runtime updates stop,
                        technical support for these functions ends, and new
                        Node.js 12 functions can no longer be created.
  {D:2022-12-14:long}   Existing Node.js 12 functions can no longer be
                        updated.

Your functions will not stop running. They will simply run on a runtime that
no longer receives fixes.

Please upgrade your Node.js 12 functions to Node.js 16 before
{D:2022-11-14:long}.

Sincerely,
Amazon Web Services
""")

add(key="aws-lambda-node610", provider="AWS",
    url="https://github.com/connect-group/terraform-aws-ses-dashboard/issues/1",
    orig="2019-04-02", new="2028-03-06 23:38:16",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="platform@brightpath-agency.example",
    subject="AWS Lambda: node.js 6.10 end of life",
    label="action-required", deadline="2019-04-30", body="""\
Hello,

Lambda functions in your AWS account use the node.js 6.10 runtime. The Node
Foundation has announced that node.js 6.x ("Boron") reaches end of life in
April 2019, after which it gets no bug fixes, security updates or
performance improvements. Runtimes in that state are deprecated in AWS
Lambda under our runtime support policy.

Calls to your node.js 6.10 functions will keep working. Two things change:

  - {D:2019-04-30:long}: creating new functions with node.js 6.10 is disabled.
  - {D:2019-05-30:long}: updating the code of existing node.js 6.10 functions
    is disabled.

Please move these functions to node.js 8.10. It supports newer ECMAScript
features and keeps the same Lambda programming model, so most functions need
little or no change. Test each function after switching.

Thank you,
The AWS Lambda Team
""")

add(key="aws-lambda-node12-cli", provider="AWS",
    url="https://github.com/tuna/opentuna/issues/182",
    orig="2022-09-16", new="2028-03-07 10:27:59",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="mirror-admins@campus-mirror.example",
    subject="AWS Lambda end of support for Node.js 12 [AWS Account: 356180442917]",
    label="action-required", deadline="2022-11-14", body="""\
Hello,

At least one Lambda function in AWS account 356180442917 runs on Node.js 12,
which the Node.js project stopped supporting on {D:2022-04-30:long}.

End of support in Lambda comes in two stages. Starting {D:2022-11-14:long}
the runtime gets no more patches, the functions are out of technical support
and you cannot create new Node.js 12 functions. Starting {D:2022-12-14:long}
you cannot update existing ones. Execution itself is not affected.

We recommend upgrading to Node.js 16 before {D:2022-11-14:long}.

To list the affected functions in one region with the AWS CLI, run the
command below, and repeat it for each region you use:

  aws lambda list-functions --function-version ALL --region us-east-1 \\
    --output text --query "Functions[?Runtime=='nodejs12.x'].FunctionArn"

This notice covers functions on the $LATEST version. Published versions
that use Node.js 12 are not listed here.

Sincerely,
Amazon Web Services
""")

add(key="aws-rds-extended-support-y3", provider="AWS",
    url="https://github.com/openaustralia/infrastructure/issues/205",
    orig="2025-08-20", new="2028-03-07 15:09:12",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="tech@civic-hansard.example",
    subject="[Pricing Update] Amazon RDS Extended Support charges for MySQL 5.7 increase on {D:2026-03-01:long} [AWS Account: 927741016683]",
    label="pricing", deadline="2026-03-01", body="""\
Hello,

You have Amazon RDS for MySQL DB instances on major version 5.7 that are
enrolled in Amazon RDS Extended Support.

Extended Support for MySQL 5.7 is billed per vCPU-hour at a rate that
depends on how long the version has been past its end of standard support:

  Years 1 and 2   until {D:2026-02-28:long}      current rate
  Year 3          from {D:2026-03-01:long}       about double the current rate

Based on your usage last month, your Extended Support charges are about
USD 318.72 per month today and would rise to about USD 628 per month from
{D:2026-03-01:long} if nothing changes. Extended Support for MySQL 5.7 ends
on {D:2027-02-28:long}; instances still on 5.7 after that date will be
upgraded automatically during a maintenance window.

To stop paying Extended Support charges, upgrade to a major version in
standard support. MySQL 8.0 is in standard support until {D:2026-07-31:long};
MySQL 8.4 is in standard support until {D:2029-07-31:long}.

The affected DB instances are listed under 'Affected resources' in your AWS
Health Dashboard.

Sincerely,
Amazon Web Services
""")

add(key="aws-eb-managed-policy", provider="AWS",
    url="https://github.com/cloudposse/terraform-aws-elastic-beanstalk-environment/issues/171",
    orig="2021-03-09", new="2028-03-08 07:55:40",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="cloud-team@meadowfinance.example",
    subject="[Action Required] AWS Elastic Beanstalk managed policy AWSElasticBeanstalkService is being deprecated",
    label="action-required", deadline=None, body="""\
Hello,

One or more IAM roles in your AWS account have the managed policy
AWSElasticBeanstalkService attached. Elastic Beanstalk uses this policy for
its service role and for managed platform updates.

We are deprecating AWSElasticBeanstalkService. Its replacement,
AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy, grants a narrower set
of permissions that is enough for Elastic Beanstalk to manage your
environments and apply managed updates.

What you should do:
  1. Attach AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy to the
     affected service roles.
  2. Confirm that your environments deploy and update correctly.
  3. Detach AWSElasticBeanstalkService.

Once the policy is deprecated you will not be able to attach it to new
roles, users or groups. Roles that still use it will keep working for now,
but the policy will no longer be updated when Elastic Beanstalk adds
features.

The affected roles are listed in the 'Affected resources' tab of your
Personal Health Dashboard.

Sincerely,
Amazon Web Services
""")

add(key="aws-eks-117-eos", provider="AWS",
    url="https://github.com/aws/containers-roadmap/issues/1448",
    orig="2021-07-23", new="2028-03-08 18:33:27",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="k8s-admins@ferrytickets.example",
    subject="[Action Required] Amazon EKS Kubernetes version 1.17 end of support - updated date",
    label="action-required", deadline="2021-11-02", body="""\
Hello,

This message updates our earlier notice about Kubernetes version 1.17 on
Amazon EKS.

We have moved the end of support date for Kubernetes 1.17 from
{D:2021-10-04:long} to {D:2021-11-02:long}.

On {D:2021-11-02:long} you will no longer be able to create new EKS clusters
on version 1.17. After that date, EKS will gradually update the control
planes of remaining 1.17 clusters to the latest platform version of
Kubernetes 1.18.

You are receiving this because at least one of your EKS clusters runs
Kubernetes 1.17. We recommend upgrading those clusters, and their worker
nodes, to 1.18 or later as soon as you can.

More information: Amazon EKS Kubernetes versions
https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html

Sincerely,
Amazon Web Services
""")

add(key="aws-eks-132-std-support", provider="AWS",
    url="https://github.com/syntasso/kratix/issues/653",
    orig="2025-12-20", new="2028-03-09 05:06:52",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="platform-eng@kiln-platform.example",
    subject="[Action Required] Amazon EKS Kubernetes 1.32 end of standard support [AWS Account: 163388720914] [EU-WEST-2]",
    label="action-required", deadline="2026-03-23", body="""\
Hello,

[AWS Health may send reminders about this notice while affected resources
remain.]

Standard support for Kubernetes version 1.32 on Amazon EKS ends on
{D:2026-03-23:long}. From that date, clusters on 1.32 whose version policy is
set to extended move into extended support, which is billed at a higher
hourly cluster rate.

Extended support for 1.32 lasts until {D:2027-03-23:long}. After that date
1.32 is no longer supported on EKS and remaining clusters are upgraded
automatically to Kubernetes 1.33.

You are receiving this because at least one EKS cluster in this account and
region runs Kubernetes 1.32. If you have already upgraded or deleted it, you
can ignore this message.

The affected clusters are listed in the 'Affected resources' section of the
AWS Health Dashboard and in the 'affectedEntities' field of the matching
EventBridge event.

Sincerely,
Amazon Web Services
""")

add(key="aws-jp-consumption-tax", provider="AWS",
    url="https://news.mynavi.jp/article/20140327-a204/",
    orig="2014-03-26", new="2028-03-09 10:00:00",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="keiri@hanamizuki-shoten.example",
    subject="【AWS】消費税率の変更に伴うご請求についてのお知らせ",
    label="pricing", deadline="2014-04-01", body="""\
AWS をご利用のお客様

いつも Amazon Web Services をご利用いただきありがとうございます。

日本の消費税率が {D:2014-04-01:ja} より 5% から 8% に変わることに伴い、
AWS のご請求について下記のとおり変更いたします。

■ 対象となるお客様
  日本にお住まいで、アジアパシフィック（東京）リージョンのサービスを
  ご利用のお客様。それ以外のお客様のご請求に変更はありません。

■ 変更内容
  ・{D:2014-03-31:ja} までのご利用分には、これまでどおり 5% の消費税を適用します。
  ・{D:2014-04-01:ja} 以降のご利用分には、8% の消費税を適用します。
  ・AWS トレーニングおよびプロフェッショナルサービスは、サービスを
    ご提供した日の税率を適用します。

■ 請求書の表示
  {D:2014-04-01:ja} 以降、請求書ではご利用料金と消費税を別々の行に記載します。
  ウェブサイトの料金表は、消費税を含まない金額で表示します。

詳しくは「消費税率変更についてのよくある質問」をご覧ください。

今後とも AWS をよろしくお願いいたします。

Amazon Web Services
""")

add(key="aws-budget-exceeded", provider="AWS",
    url="https://github.com/NixOS/infra/issues/215",
    orig="2022-08-09", new="2028-03-10 02:14:33",
    frm="AWS Budgets <budgets@costalerts.amazonaws.com>", to="infra@distro-builds.example",
    subject="AWS Budgets: monthly-spend has exceeded your alert threshold",
    label="billing", deadline=None, body="""\
Dear AWS Customer,

You asked us to alert you when the ACTUAL cost of your budget
"monthly-spend" exceeds 100% of the budgeted amount. That has now happened.

AWS Account 590226317744

Budget Name:        monthly-spend
Budget Type:        Cost
Budgeted Amount:    $5.00
Alert Type:         ACTUAL
Alert Threshold:    > $5.00 (100%)
ACTUAL Amount:      $7.41

You can review this budget and change its thresholds or notification
settings in the AWS Budgets dashboard:
https://console.aws.amazon.com/billing/home#/budgets

This is an automated message; replies are not monitored.
""")

add(key="aws-free-tier-rekognition", provider="AWS",
    url="https://github.com/jakowenko/double-take/issues/218",
    orig="2023-04-05", new="2028-03-10 13:51:08",
    frm="AWS Free Tier <freetier@costalerts.amazonaws.com>", to="florian@homecam-lab.example",
    subject="AWS Free Tier limit alert",
    label="billing", deadline=None, body="""\
Hello,

Your AWS account 744019283356 has used more than 85% of the Free Tier limit
for one or more AWS services in the {D:2023-04-01:month} billing period.

Product              AWS Free Tier usage limit              Usage amount
Amazon Rekognition   5,000 images analysed per month        4,312 images

Usage above the Free Tier limit is charged at the normal on-demand rates.
To see your current usage, open the Free Tier page of the Billing console.
To stop these alerts, change "Receive Free Tier Usage Alerts" under Billing
preferences.

Thank you for using Amazon Web Services.
""")

add(key="aws-rds-ca-2019-rotation", provider="AWS",
    url="https://github.com/mozilla/http-observatory-website/issues/207",
    orig="2019-10-16", new="2028-03-11 08:44:21",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="secops@observatory-scan.example",
    subject="[Action Required] Update your Amazon RDS SSL/TLS certificates by {D:2020-02-05:long}",
    label="action-required", deadline="2020-02-05", body="""\
Hello,

Please act before {D:2020-02-05:long} to avoid an interruption for
applications that connect to your RDS and Aurora databases over SSL/TLS.

Database clients check the certificate that an RDS instance presents against
a Certificate Authority (CA). AWS renews this CA regularly, as good practice
requires. The current CA, rds-ca-2015, expires on {D:2020-03-05:long}; after
that date clients that validate the certificate will fail to connect to
instances that still use it.

You have Amazon RDS DB instances in the US-EAST-1 Region, including
http-observatory-db in this account. If your applications use SSL/TLS to
connect to them, you need to:
  1. Add the new rds-ca-2019 root certificate to your clients' trust store.
  2. Modify each DB instance to use rds-ca-2019 (this restarts the instance).

If you do nothing, we will start updating instances to the new CA during
their maintenance windows after {D:2020-02-05:long}.

We recommend testing these steps in a development or staging environment
before changing production.

Sincerely,
Amazon Web Services
""")

add(key="aws-rds-ca-2024", provider="AWS",
    url="https://github.com/haines/pg-aws_rds_iam/pull/545",
    orig="2023-08-25", new="2028-03-11 19:26:37",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="maint@pgtools.example",
    subject="[Action Required] Amazon RDS Certificate Authority rds-ca-2019 expires {D:2024-08-22:long} [AWS Account: 218406637255]",
    label="action-required", deadline="2024-08-22", body="""\
Hello,

[AWS Health may send reminders about this notice.]

Some of your Amazon RDS or Aurora DB instances in the EU-WEST-1 Region use
the rds-ca-2019 certificate authority. Certificates issued under
rds-ca-2019 expire on {D:2024-08-22:long}.

Starting {D:2024-01-25:long}, new DB instances that do not name a CA will use
rds-ca-rsa2048-g1 by default. Existing instances must be rotated by you.

If your applications connect with SSL/TLS and verify the server certificate,
take these steps before {D:2024-08-22:long}:
  - Update your application trust stores with the new CA bundle
    (https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem).
  - Modify each DB instance to use rds-ca-rsa2048-g1, rds-ca-rsa4096-g1 or
    rds-ca-ecc384-g1.

Even if you do not use SSL/TLS today, a client could start validating
certificates later, so we recommend rotating anyway.

The affected instances are listed in the 'Affected resources' tab of the AWS
Health Dashboard.

Sincerely,
Amazon Web Services
""")

add(key="aws-ec2-retirement-mofo", provider="AWS",
    url="https://github.com/MozillaFoundation/mofo-devops/issues/241",
    orig="2015-12-10", new="2028-03-12 04:10:55",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="devops@community-hub.example",
    subject="[Retirement Notification] Amazon EC2 Instance scheduled for retirement",
    label="maintenance", deadline="2015-12-24", body="""\
Dear Amazon EC2 Customer,

We have an important update about your account (AWS Account ID:
334920186577). EC2 has detected that the hardware hosting your instance
i-a6bb5f10 in the us-east-1 region is degraded, so the instance may already
be unreachable. After {D:2015-12-24} 19:00 UTC your instance, whose root
device is an EBS volume, will be stopped.

More information about instances scheduled for retirement is in the AWS
Management Console (EC2 > Events).

* How does this affect you?
The instance will be stopped after the retirement date. You can start it
again whenever you like. Data on any instance-store volumes attached to it
will be lost when it stops.

* What do you need to do?
Either wait for the retirement date, or stop the instance yourself before
then and start it again, which moves it to healthy hardware. If you no
longer need the instance you can terminate it.

* Why retirement?
AWS may retire instances when their underlying hardware fails in a way that
cannot be repaired.

Sincerely,
Amazon Web Services
""")

add(key="aws-elasticache-service-update", provider="AWS",
    url="https://github.com/Talent-Catalog/talentcatalog/issues/3793",
    orig="2026-09-10", new="2028-03-12 16:48:30",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="devops@refugee-talent.example",
    subject="A new Amazon ElastiCache service update is available",
    label="maintenance", deadline="2026-10-10", body="""\
Hello,

A new ElastiCache service update, elasticache-sep-patch-update-202609, is
available for your ElastiCache cluster(s). Service updates bring security,
reliability and performance fixes to your nodes. You can apply them from the
ElastiCache console, the API or the AWS CLI.

Clusters this update applies to:
  opc-staging-redis, grn-staging-redis, tbb-staging-redis,
  opc-prod-redis, grn-prod-redis, tbb-prod-redis

Service update summary:
  Name:                          elasticache-sep-patch-update-202609
  Severity:                      important
  Update type:                   engine-update
  AWS recommended apply-by date: {D:2026-10-10} 23:59:59 UTC
  Auto-update after due date:    no
  Region:                        eu-west-2

Applying the update replaces nodes one at a time; clients may see a short
failover and reconnect. For help deciding when to apply it, see the
ElastiCache service updates FAQ.

Sincerely,
Amazon Web Services
""")

add(key="aws-elasticache-auto-update", provider="AWS",
    url="https://github.com/thunderbird/mailstrom/issues/146",
    orig="2025-10-20", new="2028-03-13 09:31:14",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="infra@mailroom-tools.example",
    subject="[Scheduled Maintenance] Amazon ElastiCache service update will be applied to your clusters",
    label="maintenance", deadline="2025-11-20", body="""\
Hello,

ElastiCache service update elasticache-oct-security-update-202510 is
pending for the clusters listed below. This update is marked
"Auto-update after due date: yes".

If you have not applied it by {D:2025-11-20} 23:59 UTC, ElastiCache will
apply it automatically during each cluster's next maintenance window after
that date.

  Region      Cluster             Node type          Status
  us-west-2   relay-cache-stage   cache.t4g.small    not-applied
  us-west-2   relay-cache-prod    cache.r7g.large    not-applied

While the update is applied, nodes are replaced one by one. Single-node
clusters will be unavailable for a few minutes; clusters with replicas fail
over to a replica.

You can apply the update yourself at a time that suits you from the Service
Updates page of the ElastiCache console.

Sincerely,
Amazon Web Services
""")

# ---------------------------------------------------------------- other providers
add(key="vps-portscan-complaint", provider="VPS host (unnamed)",
    url="https://github.com/robertdavidgraham/masscan/issues/419",
    orig="2019-03-04", new="2028-03-13 20:02:44",
    frm="Abuse Department <abuse@vps-host.example>", to="m.zaboss@fastmail.example",
    subject="[Abuse #88214] Port scanning from 203.0.113.23",
    label="abuse", deadline=None, body="""\
Hello,

We have received the complaint below about your server 203.0.113.23. Please
investigate it, stop the activity, and reply with what you found and what you
changed. Repeated complaints can lead to the IP being null-routed and the
service suspended under our Acceptable Use Policy.

----- Forwarded complaint -----
The host at this address is either compromised or is being used on purpose
to scan other hosts on the internet. We do not know why these scans are
run, but scans like these are normally used to:

 * find vulnerable devices or services that can be exploited,
 * find open services that can be abused to amplify DDoS attacks,
 * find infected machines that can be used for other malicious purposes.

Port scan events recorded from this address:

 Timestamp (UTC)        DstPort        Protocol
 {D:2019-03-04} 07:12     3128 (Squid)   TCP
 {D:2019-03-04} 06:55     3128 (Squid)   TCP
 {D:2019-03-04} 06:31     3128 (Squid)   TCP
 {D:2019-03-04} 05:48     3128 (Squid)   TCP
 {D:2019-03-04} 05:07     3128 (Squid)   TCP
----- End of complaint -----

Kind regards,
Abuse Department
""")

add(key="hetzner-lock-udp-flood", provider="Hetzner",
    url="https://github.com/DJFigured/BrightSign/blob/main/scripts/HETZNER_UNLOCK_REQUEST.md",
    orig="2026-02-22", new="2028-03-14 23:41:09",
    frm="Hetzner Online GmbH - Abuse Team <abuse@hetzner.com>", to="ops@signage-shop.example",
    subject="Locking of your server CAX21 #121495175 [L0029DB12]",
    label="abuse", deadline=None, body="""\
Dear Client,

We have had to lock your server CAX21 #121495175 (IP 192.0.2.122) because it
sent an attack into our network and the internet.

Details:
  Type:         UDP flood
  Start:        {D:2026-02-22} 23:16 CET
  Source:       192.0.2.122, source port 33785
  Target:       203.0.113.158:27015
  Packet size:  928-1428 bytes

Your server is most probably compromised. We ask you to check it carefully
and to fix the cause before it is unlocked.

To have the lock lifted, please send us an unlock request through the Robot
support form, stating the locking ID L0029DB12. The request must contain:
  - an analysis of how the incident happened,
  - the measures you have taken to prevent it from happening again.

Until then, the server is reachable only through the rescue system and the
console in Robot.

Kind regards
Abuse Team
Hetzner Online GmbH
""")

add(key="heroku-password-reset", provider="Heroku",
    url="https://github.com/hackclub/orpheus-bot/issues/67",
    orig="2022-05-03", new="2028-03-15 06:37:50",
    frm="Heroku <noreply@heroku.com>", to="max@club-bots.example",
    subject="Heroku security notification: user account passwords will be reset",
    label="security-incident", deadline="2022-05-04", body="""\
Hello,

As part of our ongoing investigation of the recent security incident, we
found that a threat actor obtained access to a database that stores hashed
and salted passwords of Heroku user accounts.

We will therefore reset the passwords of Heroku user accounts on
{D:2022-05-04:long}. We suggest you change your password before then at
https://id.heroku.com/account/password/reset, following these rules:
  - at least 16 characters
  - at least 3 of: uppercase, lowercase, digits, symbols

If your password is reset by us, your current password will stop working and
you will need to use "Forgot your password?" on the login page.

We also recommend that you:
  - rotate secrets and credentials stored in the config vars of your apps
    (API keys, database URLs, OAuth client secrets and tokens),
  - enable multi-factor authentication,
  - review your account and app activity for anything unexpected.

GitHub integration tokens that were revoked during the incident remain
revoked; you can reconnect the integration when it is re-enabled.

Thank you,
The Heroku Team
""")

add(key="bandwagon-spam-suspend", provider="BandwagonHost",
    url="https://github.com/233boy/v2ray/issues/836",
    orig="2022-02-13", new="2028-03-15 18:05:26",
    frm="BandwagonHOST <support@bandwagonhost.com>", to="jelly.top@mailbox.example",
    subject="VPS suspended: outgoing spam detected (veid 1947730)",
    label="abuse", deadline=None, body="""\
Dear Customer,

Your VPS (veid 1947730, IP 198.51.100.201) has been suspended.

Our monitoring found a large volume of outgoing SMTP connections from this
server, consistent with sending unsolicited email (spam). This is not
allowed under our Terms of Service.

To unsuspend the VPS:
  1. Log in to KiwiVM and use the "Unsuspend" button.
  2. Find and remove the source of the traffic before doing anything else.
     In most cases the server, a proxy service or a web application running
     on it has been compromised or is open to anyone.
  3. Close port 25 outbound if you do not need to send mail.

If the server is suspended again for the same reason, the unsuspend option
may be disabled and you will need to contact support.

Thank you,
BandwagonHOST Team
""")

add(key="oracle-limits-zero", provider="Oracle Cloud",
    url="https://github.com/mohankumarpaluru/oracle-freetier-instance-creation/issues/75",
    orig="2025-06-27", new="2028-03-16 11:19:58",
    frm="Oracle Cloud Infrastructure <no-reply@oracle.com>", to="unixfox@freehosting.example",
    subject="Oracle Cloud Infrastructure: your tenancy has been restricted",
    label="abuse", deadline=None, body="""\
Hello,

We have found activity in your Oracle Cloud Infrastructure tenancy
"unixfoxtenancy" (home region eu-frankfurt-1) that breaks the Oracle Cloud
Services Acceptable Use Policy. In particular, automated API requests to
create compute instances were repeated at a high rate over a long period.

As a result we have taken the following actions:
  - all service limits of the tenancy have been set to 0,
  - running compute instances have been stopped and disabled.

Your data has not been deleted at this time. If you believe this action was
taken in error, you can open a service request from the Console and explain
how the tenancy is used.

Regards,
Oracle Cloud Infrastructure
""")

add(key="vultr-port25-refused", provider="Vultr",
    url="https://github.com/LukeSmithxyz/emailwiz/issues/172",
    orig="2021-10-05", new="2028-03-16 22:46:13",
    frm="Vultr Support <support@vultr.com>", to="admin@pinecone-mail.example",
    subject="Ticket VNQ-82XHF: Request to remove SMTP port 25 restriction",
    label="informational", deadline=None, body="""\
Hello,

Thank you for contacting Vultr.

We have looked at your request to lift the outbound SMTP (port 25)
restriction on your account. We are unable to remove it at this time.

Outbound port 25 is blocked by default on new accounts to protect the
reputation of our IP space. Whether we can lift the block depends on
several factors, including account age and history, and we do not share the
exact criteria.

If you need to send mail, you can use a third-party mail relay on
ports 587 or 465, which are not restricted.

Please see our Terms of Service for more details:
https://www.vultr.com/legal/tos/

To update or view the status of your ticket, reply to this email or visit
https://my.vultr.com/support/view_ticket/?TICKETID=VNQ-82XHF

--Vultr Support
""")

add(key="sakura-vps-host-maintenance", provider="Sakura Internet",
    url="https://manual.sakura.ad.jp/vps/support/info/maintenance/normal.html",
    orig="2024-05-20", new="2028-03-17 10:00:00",
    frm="さくらインターネット <support@sakura.ad.jp>", to="webmaster@kominka-yado.example",
    subject="【さくらのVPS】ホストサーバーメンテナンスのお知らせ（{D:2024-06-04:md}）",
    label="maintenance", deadline="2024-06-04", body="""\
さくらのVPS をご利用のお客様

いつもさくらインターネットをご利用いただき、ありがとうございます。

お客様のVPSが動作しているホストサーバーにおいて、下記のとおり
メンテナンスを実施いたします。

■ 実施日時
  {D:2024-06-04:ja} 02:00 ～ 06:00
  ※複数台のホストサーバーで順番に作業を行うため、各VPSの停止時間は
    上記の時間帯のうち最大30分程度を予定しています。

■ 対象
  会員ID：   kyd48271
  サービスコード：110200345518
  IPアドレス：203.0.113.45

■ 影響
  作業中はVPSが停止し、ウェブサイトやメールなどのサービスに
  アクセスできなくなります。
  メンテナンス後は、作業前の稼働状態（起動中／停止中）を引き継ぎます。

■ お願い
  ・メンテナンスの日時は、お客様ごとに変更することができません。
  ・念のため、事前にデータのバックアップをお取りください。
  ・作業の開始・終了を個別にご連絡することはありません。終了状況は
    サポートサイトのメンテナンス情報でご確認ください。

ご不便をおかけいたしますが、何卒よろしくお願いいたします。

さくらインターネット株式会社
""")

add(key="exception-host-abuse-lock", provider="Exception-Host",
    url="https://exception-host.com/abuse-info",
    orig="2025-01-15", new="2028-03-17 19:12:31",
    frm="Exception-Host Abuse <abuse@exception-host.com>", to="kontakt@kleinbetrieb.example",
    subject="Abuse-Meldung zu Ihrem Server rs-48810 - Server vorübergehend gesperrt",
    label="abuse", deadline=None, body="""\
Sehr geehrte Kundin, sehr geehrter Kunde,

zu Ihrem Root-Server rs-48810 (IP 198.51.100.64) ist bei uns eine
Abuse-Meldung eingegangen. Nach unserer Prüfung wurden von diesem Server
Brute-Force-Anmeldeversuche gegen fremde SSH-Dienste ausgeführt.

Da es sich um die erste Meldung zu Ihrem Vertrag handelt (Stufe 1), haben
wir den Server vorübergehend gesperrt.

Was wir von Ihnen benötigen:
  - eine schriftliche Stellungnahme zur Ursache,
  - eine Beschreibung der Maßnahmen, die Sie ergreifen, damit sich der
    Vorfall nicht wiederholt.

Um die Entfernung der IP-Adresse von Blacklists kümmern wir uns in diesem
Fall selbst. Sobald die IP-Adresse entfernt ist und Ihre Stellungnahme
vorliegt, heben wir die Sperre auf.

Bitte beachten Sie: Bei einer erneuten Meldung wird der Server sofort
gesperrt, und Sie müssen die Blacklist-Entfernung selbst nachweisen. Bei
schweren oder wiederholten Verstößen können Ports dauerhaft gesperrt oder
der Vertrag gekündigt werden.

Mit freundlichen Grüßen
Ihr Abuse-Team
Exception-Host
""")

add(key="gcp-mining-suspension", provider="Google Cloud",
    url="https://github.com/mack-a/v2ray-agent/issues/117",
    orig="2021-03-16", new="2028-03-18 04:55:17",
    frm="Google Cloud Platform <google-cloud-compliance-noreply@google.com>", to="luo.youyu@inbox.example",
    subject="[Action Required] Google Cloud Platform project suspended: My First Project (id: calm-harbor-318204)",
    label="abuse", deadline=None, body="""\
Dear Developer,

We have detected that your Google Cloud project My First Project (id:
calm-harbor-318204) is engaged in cryptocurrency mining. As a result, all
project resources showing this behavior have been suspended.

This activity violates the Google Cloud Platform Terms of Service or the
terms of service of the Google API you are using.

Details:
  VM:          instance-1 (us-west1-b)
  Source IP:   203.0.113.90
  Destination: 192.0.2.77, port 3333
  Time:        {D:2021-03-15} 22:04 to {D:2021-03-15} 22:19 (Pacific Time)

Please review this activity to decide whether it was intended.
Cryptocurrency mining is often a sign of fraudulent accounts or payment
instruments, so we require verification before mining is allowed on our
platform.

If you believe your project was compromised, secure your instances and
credentials before submitting an appeal. If you believe the suspension is a
mistake, you can appeal from the Cloud Console.

Sincerely,
The Google Cloud Platform Trust & Safety Team
""")

# ---------------------------------------------------------------- phishing
add(key="phish-hetzner-dataprotection", provider="Hetzner (imitated)",
    url="https://dorland.org/hetzner-warns-of-phishing-emails-targeting-customers-learn-how-to-spot-fake-senders-and-look-alike-links-and-what-to-do-if-you-entered-data",
    orig="2024-07-05", new="2028-03-18 15:30:02", phishing=True,
    frm="HetznerSupportTeam <support@hetzner-kundencenter.example>", to="it@alpenbau.example",
    subject="Last reminder: accept the new data protection policies",
    label="action-required", deadline="2024-07-08", body="""\
Dear customer,

Our records show that you have not yet accepted the updated data protection
policies for your Hetzner account.

To keep your servers and domains active, you must confirm the new policies
by {D:2024-07-08:long}. Accounts that have not confirmed by this date will be
restricted and pending invoices cannot be processed.

Confirm now:
  https://accounts.hetzner-kundencenter.example/login?ref=policy

You will be asked to log in with your Hetzner account and to check your
stored payment details.

This is the last reminder we will send.

Kind regards,
Hetzner Support Team
""")

add(key="phish-cloud-storage-payment", provider="Cloud storage (imitated)",
    url="https://radarbytes.com/en/noticia/the-cloud-payment-alert-scam-that-wants-to-steal-your-money-155",
    orig="2025-05-12", new="2028-03-19 07:08:41", phishing=True,
    frm="Cloud Storage Billing <hxsupportxf@bjmbsjannjjvdfdlntduihco.example>", to="s.brandt@familienpost.example",
    subject="Payment rejected - your photos and files will be deleted on {D:2025-05-14:long}",
    label="billing", deadline="2025-05-14", body="""\
Dear user,

We were unable to process the payment for your cloud storage plan.

Account:         s.brandt@familienpost.example
Storage used:    50 GB of 50 GB (100%)
Status:          PAYMENT REJECTED

Because your storage is full and the payment failed, your photos, documents
and backups are scheduled for removal on {D:2025-05-14:long}.

As a loyal customer you can upgrade now with an 80% discount and keep all
your files:

  https://storage.googleapis.com/cloud-plan-8821/index.html#upgrade

If you do not act before the date above, your data cannot be recovered.

Cloud Storage Team
""")

add(key="phish-hetzner-contract-end", provider="Hetzner (imitated)",
    url="https://dorland.org/hetzner-warns-of-phishing-emails-stealing-logins-and-card-data-learn-the-red-flags-why-hosting-brands-are-targeted-and-practical-defenses-for-teams",
    orig="2024-07-09", new="2028-03-19 18:52:26", phishing=True,
    frm="HETZNER <billing@hetzner-online-service.example>", to="buchhaltung@kanzlei-roth.example",
    subject="Urgent: your contract will end soon",
    label="billing", deadline="2024-07-12", body="""\
Dear customer,

The payment method stored for your Hetzner contract has expired, and the
last invoice could not be collected.

Your contract will end on {D:2024-07-12:long}. After this date your servers
will be switched off and all data will be deleted.

To keep your contract, please update your credit card details here:

  https://robot.hetzner-online-service.example/invoice/update

The update only takes one minute. You will need your customer number,
password and card details.

Best regards
HETZNER Billing Department
""")

# ---------------------------------------------------------------- helpers


def d(s):
    return dt.date.fromisoformat(s)


def fmt(day, f):
    if f in (None, "", "iso"):
        return day.isoformat()
    if f == "long":
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if f == "ja":
        return f"{day.year}年{day.month}月{day.day}日"
    if f == "md":
        return f"{day.month}月{day.day}日"
    if f == "month":
        return f"{MONTHS[day.month - 1]} {day.year}"
    raise ValueError(f)


PAT = re.compile(r"\{D:(\d{4}-\d{2}-\d{2})(?::([a-z]+))?\}")


def shift_text(text, delta):
    return PAT.sub(lambda m: fmt(d(m.group(1)) + delta, m.group(2)), text)


def enc_header(value):
    if value.isascii():
        return value
    return Header(value, "utf-8").encode()


def enc_addr(value):
    name, addr = email.utils.parseaddr(value)
    if name and not name.isascii():
        return email.utils.formataddr((str(Header(name, "utf-8").encode()), addr))
    return value


def build():
    problems = []
    out = []
    for i, m in enumerate(M, 1):
        new_dt = dt.datetime.strptime(m["new"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=dt.timezone.utc)
        delta = new_dt.date() - d(m["orig"])
        subject = shift_text(m["subject"], delta)
        body = shift_text(m["body"], delta)
        if "{D:" in subject + body:
            problems.append(f"{m['key']}: unresolved date placeholder")
        deadline = "none" if m["deadline"] is None else (d(m["deadline"]) + delta).isoformat()
        m["_deadline"], m["_subject"] = deadline, subject
        headers = [
            ("From", enc_addr(m["frm"])),
            ("To", m["to"]),
            ("Subject", enc_header(subject)),
            ("Date", email.utils.format_datetime(new_dt)),
            ("Message-ID", f"<g10.{i:02d}.{m['key']}@notices.set-g10.example>"),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=utf-8"),
        ]
        if body.isascii():
            headers.append(("Content-Transfer-Encoding", "7bit"))
            payload = body
        else:
            headers.append(("Content-Transfer-Encoding", "quoted-printable"))
            payload = quopri.encodestring(body.encode("utf-8")).decode("ascii")
        headers.append(("X-Training-Label", m["label"]))
        headers.append(("X-Training-Deadline", deadline))
        if m.get("phishing"):
            headers.append(("X-Training-Phishing", "yes"))
        lines = [f"From notices@set-g10.example {new_dt.strftime('%a %b %d %H:%M:%S %Y')}"]
        lines += [f"{k}: {v}" for k, v in headers]
        lines.append("")
        for ln in payload.rstrip("\n").split("\n"):
            if re.match(r">*From ", ln):
                ln = ">" + ln
            lines.append(ln)
        out.append("\n".join(lines) + "\n")
    OUT.write_bytes(("\n".join(out)).encode("ascii"))
    return problems


def check(problems):
    raw = OUT.read_bytes()
    if b"\r" in raw:
        problems.append("CR found: file must use LF endings")
    box = mailbox.mbox(str(OUT), create=False)
    msgs = list(box)
    if len(msgs) != len(M):
        problems.append(f"expected {len(M)} messages, read {len(msgs)}")
    ids = set()
    counts = {}
    aws = crit = phish = 0
    for m, msg in zip(M, msgs):
        k = m["key"]
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                  "Content-Type", "X-Training-Label", "X-Training-Deadline"):
            if msg[h] is None:
                problems.append(f"{k}: missing {h}")
        for h, v in msg.items():
            if not str(v).isascii():
                problems.append(f"{k}: non-ASCII header {h}")
        when = email.utils.parsedate_to_datetime(msg["Date"])
        if (when.year, when.month) != (2028, 3):
            problems.append(f"{k}: Date not in March 2028")
        if msg["Message-ID"] in ids:
            problems.append(f"{k}: duplicate Message-ID")
        ids.add(msg["Message-ID"])
        if msg.get_content_type() != "text/plain" or msg.get_content_charset() != "utf-8":
            problems.append(f"{k}: wrong Content-Type")
        body = msg.get_payload(decode=True).decode("utf-8")
        cte = msg["Content-Transfer-Encoding"]
        if not body.isascii() and cte != "quoted-printable":
            problems.append(f"{k}: non-ASCII body not quoted-printable")
        label = msg["X-Training-Label"]
        if label not in LABELS:
            problems.append(f"{k}: bad label {label}")
        dl = msg["X-Training-Deadline"]
        if dl != "none":
            try:
                dt.date.fromisoformat(dl)
            except ValueError:
                problems.append(f"{k}: bad deadline {dl}")
        counts[label] = counts.get(label, 0) + 1
        if m["provider"] == "AWS":
            aws += 1
        if label in CRITICAL:
            crit += 1
        if msg["X-Training-Phishing"] == "yes":
            phish += 1
        if re.search(r"\b(?!192\.0\.2\.|198\.51\.100\.|203\.0\.113\.)\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b", body):
            problems.append(f"{k}: IP address outside documentation ranges")
    if len(msgs) < 30:
        problems.append("fewer than 30 messages")
    if aws < 24:
        problems.append(f"only {aws} AWS notices")
    if crit < 12:
        problems.append(f"only {crit} critical notices")
    if phish < 3:
        problems.append(f"only {phish} phishing notices")
    return counts, aws, crit, phish


if __name__ == "__main__":
    probs = build()
    counts, aws, crit, phish = check(probs)
    print(f"messages: {len(M)}  AWS: {aws}  critical: {crit}  phishing: {phish}")
    for lab in sorted(counts):
        print(f"  {lab}: {counts[lab]}")
    if "--table" in sys.argv:
        for i, m in enumerate(M, 1):
            print(f"| {i} | {m['label']} | {m['_deadline']} | {m['provider']} | {m['url']} |")
    if probs:
        print("PROBLEMS:")
        for p in probs:
            print("  " + p)
        sys.exit(1)
    print("OK")
