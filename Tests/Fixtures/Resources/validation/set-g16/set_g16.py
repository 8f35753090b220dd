#!/usr/bin/env python3
"""Write set-g16.mbox (validation notices after public originals), re-read and check it.
Standard library only, deterministic. Exit 1 on any problem."""
import datetime as dt
import mailbox
import os
import quopri
import re
import sys
from email.header import Header, decode_header, make_header
from email.utils import format_datetime, parsedate_to_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(OUT, "set-g16.mbox")
LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}
UTC = dt.timezone.utc

M = []  # list of dicts


def add(**kw):
    M.append(kw)


# ---------------------------------------------------------------- AWS notices
add(src="https://github.com/hashicorp/terraform-provider-aws/issues/35701", provider="AWS",
    label="action-required", orig="2024-02-07", sent="2028-03-02 09:14", deadline="2024-05-26",
    frm="Amazon Web Services <health@aws.com>", to="cloud-admins@lumenfield.example",
    subject="[Action Required] AWS OpsWorks Stacks end of life on {D:2024-05-26} [AWS Account: 482915067731]",
    body="""Hello,

You are getting this message because your account still holds one or more
AWS OpsWorks Stacks resources.

On {D:2023-05-26} we announced that AWS OpsWorks Stacks is being retired.
The service reaches end of life on {D:2024-05-26}. After that day the
OpsWorks console, API, CLI and the matching CloudFormation resource types
stop working for every customer, including existing ones.

What you should do:
- Open the "Affected resources" tab of your AWS Health Dashboard to see
  which stacks and layers are involved.
- Move those workloads to another tool such as AWS Systems Manager, or
  detach the EC2 instances from OpsWorks so they keep running on their own.
- Finish this work before {D:2024-05-26}.

Migration options are described in the end-of-life FAQ [1].

[1] https://docs.aws.amazon.com/opsworks/latest/userguide/stacks-eol-faqs.html

Sincerely,
Amazon Web Services
""")

add(src="https://github.com/SummitRoute/aws_breaking_changes/pull/63", provider="AWS",
    label="action-required", orig="2022-03-14", sent="2028-03-03 16:40", deadline="2022-06-01",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="data-platform@orchardlane.example",
    subject="AWS Glue 0.9 and 1.0 will be discontinued on {D:2022-06-01} [AWS Account: 310948275561]",
    body="""Hello,

Starting {D:2022-06-01:%B %-d, %Y} 12:00 AM PDT, AWS Glue will discontinue the
following versions:

  Type          | Glue version
  --------------+-------------------------------------------
  Spark         | Spark 2.2, Scala 2 (Glue version 0.9)
  Spark         | Spark 2.2, Python 2 (Glue version 0.9)
  Spark         | Spark 2.4, Python 2 (Glue version 1.0)
  Python shell  | Python 2 (Glue version 1.0)

We found jobs in the US-EAST-1 Region of your account that still run on
one of these versions.

Why move?
Glue 2.0 and 3.0 start much faster, so jobs finish sooner. Spark jobs are
billed per second with a one-minute minimum instead of a ten-minute
minimum, which makes short and interactive workloads cheaper.

Which jobs are affected?
The Glue deprecation checker utility lists every job that needs attention.
Instructions are in the GitHub repository [1].

What if I stay on a discontinued version?
You will still be able to create, update and run those jobs, but they will
no longer be eligible for technical support and will not receive fixes.

[1] https://github.com/aws-samples/aws-glue-samples/tree/master/utilities/deprecation_checker

Sincerely,
Amazon Web Services
""")

add(src="https://github.com/craftcms/aws-s3/issues/166", provider="AWS",
    label="action-required", orig="2023-06-10", sent="2028-03-04 08:05", deadline="2023-06-28",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="webteam@harborcraft.example",
    subject="Update your S3 object access to maintain connectivity [AWS Account: 774102938465]",
    body="""Hello,

Clients are still reaching Amazon Simple Storage Service (Amazon S3)
objects in your account over TLS 1.0 or TLS 1.1. AWS is raising the
minimum TLS version on every AWS API endpoint to TLS 1.2 [1], so these
clients need to change as soon as possible if they are to keep reading
your objects.

The connections we saw over the last 30 days:

  Bucket                    TLS version   Requests   Sample user agent
  ------------------------  -----------   --------   ------------------------------------------
  harborcraft-site-assets   TLSv1         14         Mozilla/5.0 (Linux; Android 4.4.2; en-au;
                                                     SAMSUNG GT-I9195 Build/KOT49H) ...

Enforcement begins on {D:2023-06-28}. Please update the listed clients, or
place a proxy such as an Amazon CloudFront distribution in front of the
bucket if you cannot change the clients. You can also require TLS 1.2
yourself with a bucket policy that uses the s3:TlsVersion condition key [2].

[1] https://aws.amazon.com/blogs/security/tls-1-2-required-for-aws-endpoints/
[2] https://repost.aws/knowledge-center/s3-enforce-modern-tls

Sincerely,
Amazon Web Services
""")

add(src="https://github.com/marrow/mailer/issues/97", provider="AWS",
    label="action-required", orig="2021-04-14", sent="2028-03-06 11:30", deadline=None,
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="platform@quillstone.example",
    subject="Action required: move your Amazon SES API calls to Signature Version 4 [AWS Account: 905512837746]",
    body="""Hello,

Extended support for Signature Version 3 in Amazon Simple Email Service
(SES) ended on {D:2021-02-28}. To keep using SES you have to sign your
requests with Signature Version 4, which gives stronger authentication and
authorization.

Between {D:2021-04-05:%Y-%m-%d} and {D:2021-04-12:%Y-%m-%d}, AWS account
905512837746 still called SES APIs in the EU-WEST-1 Region with
Signature Version 3. The requests came from:

  IAM users:    mailer-prod
  IP addresses: 198.51.100.23, 198.51.100.57
  User agents:  Boto/2.49.0 Python/3.7.10 Linux/4.14.209-160.339.amzn2.x86_64
                Boto/2.49.0 Python/3.7.8 Linux/4.14.209-160.339.amzn2.x86_64
  SES actions:  SendRawEmail
  Example request ID: 6f1d2b7a-0c44-4e19-9a3e-EXAMPLE0001

A Signature Version 3 request carries an authorization header that starts
with "AWS3", for example:
  X-Amzn-Authorization: AWS3-HTTPS AWSAccessKeyId=AKIAEXAMPLE4TQZ8WN3R,Algorithm=HmacSHA256,Signature=...

How to move to Signature Version 4:
- If you sign requests yourself, follow the SES API authentication guide [1].
- If you use an SDK or a mail library, upgrade to a release that signs with
  Signature Version 4 (Boto 2 does not; boto3 does).

[1] https://docs.aws.amazon.com/ses/latest/dg/using-ses-api-authentication.html

Sincerely,
Amazon Web Services
""")

add(src="https://github.com/seporaitis/yum-s3-iam/issues/80", provider="AWS",
    label="action-required", orig="2019-05-06", sent="2028-03-07 10:00", deadline="2019-06-24",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="infra@northgate-labs.example",
    subject="Action Required: Amazon S3 stops accepting Signature Version 2 on {D:2019-06-24}",
    body="""Dear Amazon S3 customer,

We recommend signing Amazon S3 API requests with AWS Signature Version 4
(SigV4) rather than Signature Version 2 (SigV2). SigV4 signs with a derived
signing key instead of your secret access key, which is more secure. SigV4
works in every AWS Region, whereas SigV2 works only in Regions that
launched before January 2014.

From {D:2019-06-24} Amazon S3 will reject requests signed with SigV2 in all
Regions; such requests will fail.

Your account (AWS Account ID: 667120384459) sent SigV2-signed requests to
Amazon S3 during the past month. The signature version is chosen by your
software, so please move to the current versions of the AWS tools and SDKs,
or update any custom code that signs requests, before that date.

Sincerely,
Amazon Web Services
""")

add(src="https://github.com/arithmetic/aws-lambda-ses-forwarder/issues/130", provider="AWS",
    label="abuse", orig="2021-01-21", sent="2028-03-08 03:12", deadline=None,
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="owner@fernhollow.example",
    subject="Amazon SES Probation for AWS Account 238841509927",
    body="""Hello,

Your Amazon SES sending needs attention. Details and next steps follow.

---------------------------------------------------------------------
NOTE
---------------------------------------------------------------------
Please read the whole notice.

---------------------------------------------------------------------
CHANGE TO YOUR SENDING STATUS
---------------------------------------------------------------------
Amazon SES sending for AWS account 238841509927, which names you as a
contact or owner, is now on probation in the AWS Region US East
(N. Virginia). You can keep sending from this account for now, but if the
problems below are not fully fixed, sending will be switched off when the
probation period ends.

---------------------------------------------------------------------
DETAILS
---------------------------------------------------------------------
This action is not based on the bounce or complaint rates that SES
measures. A manual review of the account found strong signs that mailbox
and anti-spam providers treat your mail as unwanted. To protect our abuse
detection we do not say which specific signals were found.

Typical reasons for this finding include:
- messages caught by commercial spam filters;
- content suggesting that recipients never asked for the mail;
- a From address that does not match the branding in the message;
- no clear indication of which organisation is sending;
- forwarding or relaying mail that originated with third parties.

---------------------------------------------------------------------
WHAT YOU SHOULD DO
---------------------------------------------------------------------
Review how the addresses on your lists were collected and what you send
through SES, correct the causes, and then reply to this message with the
changes you made so that we can review the account again.

Sincerely,
Amazon Web Services
""")

add(src="https://github.com/abusix/xarf/issues/73", provider="AWS",
    label="abuse", orig="2024-10-06", sent="2028-03-09 17:45", deadline=None,
    frm="AWS Trust & Safety <trustandsafety@support.aws.com>", to="security@tessellink.example",
    subject="Your AWS Abuse Report [71234598] [AWS ID 563018847290]",
    body="""Hello,

We have received a report that content stored in your AWS account

  AWS ID: 563018847290    Region: us-east-1    Service: Amazon S3

is being used in phishing campaigns. Content of this kind violates the AWS
Acceptable Use Policy (https://aws.amazon.com/aup/). The report is copied
below for your review.

Please remove or disable the reported objects and reply directly to this
email describing what you did. If you believe the content is not abusive,
reply with the details of your use case.

If you did not create this content, your account or application may have
been compromised by a third party.

------------------- Original report -------------------
Several times a day I receive e-mails that pretend to come from Netflix,
Hulu, Apple and similar brands. Each one links to a page on Amazon S3. The
bucket name and the fragment after "#" change every time, but the file is
always called Rco.html, for example:

  https://s3.amazonaws.com/q7k2204/Rco.html#4Hm...EXAMPLE
  https://s3.amazonaws.com/q7k2217/Rco.html#5Wu...EXAMPLE
  https://s3.amazonaws.com/q7k2236/Rco.html#4sy...EXAMPLE

The full source of one message and of the Rco.html page is attached.
Please take these pages down.
-------------------------------------------------------

Regards,
AWS Trust & Safety
""")

add(src="https://github.com/MozillaFoundation/foundation.mozilla.org/issues/14144", provider="AWS",
    label="action-required", orig="2025-06-24", sent="2028-03-10 12:00", deadline="2025-07-12",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="webops@opencanopy.example",
    subject="Certificate renewal action required for privacy-guide.opencanopy.example",
    body="""Greetings from Amazon Web Services,

An SSL/TLS certificate from AWS Certificate Manager (ACM) in your AWS
account expires on {D:2025-07-12:%b %d, %Y} at 23:59:59 UTC. Its primary
domain is privacy-guide.opencanopy.example and it covers 4 domains in total.

AWS account ID: 152890347716
AWS Region name: us-east-1
Certificate identifier: arn:aws:acm:us-east-1:152890347716:certificate/3f9c1e20-7b4d-4a8e-9d51-EXAMPLE0d2e

ACM could not renew this certificate automatically with DNS validation.
Unless the renewal completes before {D:2025-07-12:%b %d, %Y} at 23:59:59 UTC,
the certificate will expire and the sites using it may become unreachable.

To let the renewal finish, make sure the CNAME records ACM expects are
present in DNS for each domain below. You can see those records by
expanding the certificate in the ACM console, or with DescribeCertificate
in the ACM API [1] or describe-certificate in the AWS CLI [2]. See
"Automatic domain validation failure" in the ACM troubleshooting guide [3].

The following 4 domains need validation:
  privacy-guide.opencanopy.example
  www.privacy-guide.opencanopy.example
  privacy-guide.opencanopy-foundation.example
  www.privacy-guide.opencanopy-foundation.example

[1] https://docs.aws.amazon.com/acm/latest/APIReference/API_DescribeCertificate.html
[2] https://docs.aws.amazon.com/cli/latest/reference/acm/describe-certificate.html
[3] https://docs.aws.amazon.com/acm/latest/userguide/troubleshooting-renewal.html

Sincerely,
Amazon Web Services
""")

add(src="https://github.com/CDLUC3/ezid/issues/91", provider="AWS",
    label="maintenance", orig="2021-01-19", sent="2028-03-11 20:47", deadline="2021-01-19",
    frm="AWS Notifications <no-reply@sns.amazonaws.com>", to="db-alerts@idregistry.example",
    subject="RDS Notification Message",
    body="""Event Source : db-instance
Event Time : {D:2021-01-19:%Y-%m-%d} 20:46:54.675
Identifier Link: https://console.aws.amazon.com/rds/home?region=us-west-2#dbinstance:id=rds-idreg-search-stg
SourceId: rds-idreg-search-stg
Notification time : {D:2021-01-19:%Y-%m-%d} 20:46:54.675
Message : Database instance patched
Event ID : http://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.html#RDS-EVENT-0047

--
If you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:
https://sns.us-west-2.amazonaws.com/unsubscribe.html?SubscriptionArn=arn:aws:sns:us-west-2:619274530018:rds-events-stg:2b6f0c2e-EXAMPLE

Please do not reply directly to this email. If you have any questions or comments regarding this email, please contact us at https://aws.amazon.com/support
""")

add(src="https://k-nikko.com/blog/%e3%82%a2%e3%83%9e%e3%82%be%e3%83%b3%e3%81%8b%e3%82%89%e7%b4%842000%e4%b8%87%e5%86%86%e3%81%ae%e8%b6%85%e9%ab%98%e9%a1%8d%e8%ab%8b%e6%b1%82%e3%82%92%e5%8f%97%e3%81%91%e5%8f%96%e3%81%a3%e3%81%9f",
    provider="AWS", label="security-incident", orig="2023-10-10", sent="2028-03-13 07:20", deadline=None,
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="c-sys@nikkou-kikai.example",
    subject="【要対応】AWS アカウント 619034827715 が不正に利用されている可能性があります",
    body="""お客様

AWS アカウント 619034827715 において、第三者による不正なアクセスが行われた
可能性を示す活動を検出しました。複数のリージョンで、普段のご利用とは異なる
大型の EC2 インスタンス (GPU タイプを含む) が起動されており、暗号資産の
マイニングに使われているとみられます。このまま放置すると、高額の料金が
発生し続けるおそれがあります。

ただちに以下の対応をお願いいたします。

1. ルートユーザーのパスワードを変更し、多要素認証 (MFA) を有効にする。
   同じパスワードを他のサービスで使っている場合は、そちらも変更してください。
2. 作成した覚えのない IAM ユーザー、アクセスキー、ロールを削除する。
3. すべてのリージョンを確認し、心当たりのない EC2 インスタンスやスポット
   リクエストなどのリソースを停止・削除する。
4. AWS CloudTrail のログで、不審な API 呼び出しがないか確認する。
5. 上記の対応が完了したら、サポートセンターのケースにご返信ください。

アカウントの安全が確認できた後、不正利用によって発生した料金について
調整の可否を検討いたします。確認が取れるまでの間、一部のサービスの
利用を制限する場合があります。

よろしくお願いいたします。
Amazon Web Services
""")

add(src="https://blog.lawrencemcdaniel.com/enemy-at-the-gates/", provider="AWS",
    label="security-incident", orig="2021-04-17", sent="2028-03-14 22:03", deadline=None,
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="lawrence@mcd-consulting.example",
    subject="Your AWS account 348812096154 has an exposed access key",
    body="""Dear AWS Customer,

We found that an AWS access key of your account (348812096154), together
with its secret key, has been published on the internet:

  Access key                 IAM user        Location
  -------------------------  --------------  ---------------------------------------------------------
  AKIAEXAMPLE2VQ7LM4XD       cli-updater     https://github.com/mcd-example/wp-cluster-tools/blob/8c1e0f2/.aws/credentials

Anyone who holds these credentials can act in your account. That puts your
resources at risk, can create large charges through unauthorized usage,
and breaches the AWS Customer Agreement.

Please do the following now:
1. Rotate or delete the exposed key in the IAM console. If an application
   still needs access, create a new key first and switch the application
   to it before you remove the old one.
2. Check every AWS Region for resources you did not create, above all EC2
   instances and Spot requests, and terminate them.
3. Review AWS CloudTrail for unexpected calls made with this key and
   remove any IAM users, roles or policies you do not recognise.
4. Take the file out of the repository and its history so that the key is
   not published again.

As a precaution we have temporarily reduced how many EC2 instances can be
started in your account. This limits possible charges; it does not make
the account secure.

Sincerely,
Amazon Web Services
""")

add(src="https://zviwex.com/posts/aws-account-hacked/", provider="AWS",
    label="security-incident", orig="2025-10-20", sent="2028-03-15 05:50", deadline=None,
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="zvi@wexworks.example",
    subject="Your AWS Account 772019384566 may have been compromised",
    body="""Hello,

We have seen activity in your AWS account (772019384566) that suggests a
third party may have gained access to it. To protect you, we have limited
some services in the account until it is secured.

Please secure the account as follows:

Step 1: Change the password of the root user and turn on multi-factor
authentication (MFA). If you use the same password elsewhere, change it
there as well.

Step 2: Look in AWS CloudTrail for IAM users, access keys, roles, policies
or login profiles that you did not create, and delete them.

Step 3: Check all AWS Regions for resources you did not launch, such as EC2
instances, Lambda functions or Spot requests, and remove them.

Step 4: Reply to the support case that was opened for you, confirming the
steps above. The restrictions will be reviewed after we hear from you.

Regards,
AWS Support
""")

add(src="https://github.com/dspace-group/dspace-reference-architecture-aws/pull/268", provider="AWS",
    label="action-required", orig="2026-02-20", sent="2028-03-16 14:10", deadline="2026-04-20",
    frm="Amazon Web Services <health@aws.com>", to="cloud-ops@simfactory.example",
    subject="[Action Required] Amazon OpenSearch Service ends TLS 1.0 and 1.1 support on {D:2026-04-20} [AWS Account: 204417769038] [EU-CENTRAL-1]",
    body="""Hello,

[AWS Health may send reminders about this communication while resources remain unresolved.]

Beginning {D:2026-04-20}, Amazon OpenSearch Service will stop accepting
connections over Transport Layer Security (TLS) 1.0 and 1.1.

You are receiving this notice because at least one OpenSearch Service
domain in your account still uses the TLS security policy
Policy-Min-TLS-1-0-2019-07, which allows those older versions. The domains
are listed on the "Affected resources" tab of your AWS Health Dashboard.

What you need to do:
- Switch each listed domain to a policy that requires TLS 1.2 or newer,
  for example Policy-Min-TLS-1-2-PFS-2023-10, which also supports TLS 1.3
  with forward-secret cipher suites.
- Make sure every client that connects to the domain can negotiate
  TLS 1.2.

Domains that still use the old policy on {D:2026-04-20} will be moved to a
TLS 1.2 policy automatically, and clients limited to TLS 1.0 or 1.1 will no
longer be able to connect.

Sincerely,
Amazon Web Services
""")

add(src="https://github.com/aws-samples/sample-aws-genai-ops-demos/issues/84", provider="AWS",
    label="billing", orig="2026-07-31", sent="2028-03-17 06:30", deadline=None,
    frm="AWS Cost Anomaly Detection <no-reply-aws@amazon.com>", to="finops@konuklab.example",
    subject="AWS Cost Anomaly Detection: anomaly detected in Amazon Elastic Kubernetes Service",
    body="""Hello,

Cost Anomaly Detection found unusual spend in AWS account 906137452280.

  Monitor name:        sandbox-services
  Anomaly start date:  {D:2026-07-29:%Y-%m-%d}
  Service:             Amazon Elastic Kubernetes Service
  Region:              us-east-1
  Usage type:          USE1-AmazonEKS-Hours:extendedSupport
  Expected spend:      $4.80 per day
  Actual spend:        $28.80 per day (+500%)
  Total cost impact:   $24.00 per day

Top root cause:
  Two EKS clusters (genai-demo-a, genai-demo-b) entered extended support
  for Kubernetes 1.33 on {D:2026-07-29:%Y-%m-%d}. Extended support adds a
  per-cluster hourly charge on top of the standard control plane price.

To review the anomaly and give feedback, open the Cost Anomaly Detection
page in the AWS Billing and Cost Management console.

You receive this alert because you subscribed to the monitor above.
""")

add(src="https://snowman16.tistory.com/m/56", provider="AWS",
    label="abuse", orig="2022-01-27", sent="2028-03-18 09:05", deadline=None,
    frm="ec2-abuse@amazon.com", to="devops@trendstack.example",
    subject="Your AWS Abuse Report [8842517730] [AWS ID 150937264418]",
    body="""Account ID:
150937264418
Account contact email:
devops@trendstack.example
Security contact:
Security Team
Security contact email:
security@trendstack.example

Hello,

We have received a report that your AWS resource

AWS ID: 150937264418    Region: ap-northeast-2    EC2 Instance Id: i-0a7c5e13d9b24f681 [198.51.100.140]

was involved in activity that looks like a denial of service attack on
remote hosts. The details we received are included below.

Please stop the reported activity and reply to this email with the
corrective actions you took. If you do not think the activity is abusive,
reply with details of your use case instead.

If this activity is unknown to you, an outside attacker may have
compromised the instance, or a vulnerability may be letting it be used in
ways you did not intend.

We cannot help with troubleshooting or technical questions, but these
resources explain how to secure an instance:

* Amazon EC2 security groups:
  https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-security-groups.html
* Securing EC2 instances:
  https://aws.amazon.com/answers/security/aws-securing-ec2-instances
* AWS security best practices:
  https://docs.aws.amazon.com/security/

For further help you can also ask in AWS re:Post:
https://repost.aws/

Details of the abusive activity:
  Instance Id: i-0a7c5e13d9b24f681
  Report begin time: {D:2022-01-27:%Y-%m-%d} 02:04:18 UTC
  Report end time:   {D:2022-01-27:%Y-%m-%d} 02:05:18 UTC
  Protocol: UDP
  Remote IP: 203.0.113.219
  Remote port(s): 80
  Total bytes sent: 6941183220
  Total packets sent: 12854043

Regards,
AWS Trust & Safety
""")

add(src="https://support.bespinglobal.com/ko/support/solutions/articles/73000645306-aws-access-key-%EC%9C%A0%EC%B6%9C-%EC%8B%9C-%EB%8C%80%EC%B2%98%EB%B0%A9%EB%B2%95",
    provider="AWS", label="security-incident", orig="2025-06-02", sent="2028-03-20 02:44", deadline=None,
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="cloud@hanbit-retail.example",
    subject="[Action required] Exposed AWS access key AKIAEXAMPLE4TQZ8WN3R in account 471209936584",
    body="""Hello,

We have become aware that the AWS access key AKIAEXAMPLE4TQZ8WN3R, which
belongs to IAM user "batch-uploader" in account 471209936584, may have
been exposed together with its secret key. Exposed keys are commonly used
to run unauthorized resources, so please act promptly.

Required actions:
1. Change the password of the root user of this account.
2. Rotate the key above: create a replacement key, move your workloads to
   it, deactivate the exposed key, and delete it once nothing depends on it.
3. Review the activity in the account and remove anything you did not
   authorise, for example new IAM users, changed policies, GPU instances or
   resources in Regions you do not normally use.
4. Check AWS CloudTrail from the time of exposure onwards for further
   suspicious calls.
5. Enable multi-factor authentication for every user, at least for those
   with administrator rights.

When you have finished, reply to this support case and describe what you
did. Some actions in the account may stay restricted until we receive your
reply.

Sincerely,
Amazon Web Services
""")

add(src="https://zontae.tistory.com/m/3", provider="AWS",
    label="security-incident", orig="2022-01-04", sent="2028-03-21 19:10", deadline=None,
    frm="AWS Support <no-reply-aws@amazon.com>", to="zontae@devnote.example",
    subject="AWS Support case 9912345670: unusual activity in your AWS account",
    body="""Hello,

We are contacting you about unusual activity in your AWS account
(559210384716). Since yesterday a large number of resources, including EC2
instances, Lambda functions and EMR clusters, have been launched in several
Regions. The pattern matches unauthorized use, and the resources were
created with the access key AKIAEXAMPLEZ3N8QK1PC of IAM user "study-admin".

The charges in the account are currently rising by roughly USD 90 per hour.

Please take these steps as soon as possible:
- Delete the access key named above and any other key you do not need.
- Terminate every resource you did not create, in all Regions.
- Change the root password and enable MFA.
- Reply to this case once you have done so. After the account is secured,
  we can pass your request for a billing review to our billing team.

Best regards,
Amazon Web Services
""")

add(src="https://techresolve.blog/2026/03/09/guardduty-found-outgoing-ssh-bruteforce-attack-w/", provider="AWS",
    label="security-incident", orig="2026-03-09", sent="2028-03-22 03:02", deadline=None,
    frm="AWS Notifications <no-reply@sns.amazonaws.com>", to="oncall@stackharbor.example",
    subject="AWS Notification Message",
    body="""GuardDuty finding (severity: HIGH, 8.0)

Title:        i-04be7c9a1d2e35f60 is performing SSH brute force attacks against 203.0.113.45.
Finding type: UnauthorizedAccess:EC2/SSHBruteForce
Account:      318840216673
Region:       eu-west-1
First seen:   {D:2026-03-09:%Y-%m-%d}T02:41:17Z
Last seen:    {D:2026-03-09:%Y-%m-%d}T02:58:40Z
Count:        37

Resource
  Instance ID:    i-04be7c9a1d2e35f60
  Instance type:  m6i.large
  Name tag:       app-worker-03
  Public IP:      198.51.100.77

Action
  Connection direction: OUTBOUND
  Remote IP:            203.0.113.45
  Remote port:          22 (SSH)

Description: The EC2 instance is repeatedly trying to log in to a remote
host over SSH. Outbound brute force from your instance usually means the
instance is compromised.

View the finding:
https://console.aws.amazon.com/guardduty/home?region=eu-west-1#/findings?search=id%3D5ac0b7e1EXAMPLE

--
If you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:
https://sns.eu-west-1.amazonaws.com/unsubscribe.html?SubscriptionArn=arn:aws:sns:eu-west-1:318840216673:guardduty-high:EXAMPLE

Please do not reply directly to this email. If you have any questions or comments regarding this email, please contact us at https://aws.amazon.com/support
""")

add(src="https://github.com/hashicorp/terraform-provider-aws/issues/42701", provider="AWS",
    label="action-required", orig="2025-05-20", sent="2028-03-23 15:00", deadline="2026-10-30",
    frm="Amazon Web Services <health@aws.com>", to="mobile@brightpath-apps.example",
    subject="[Action Required] Amazon Pinpoint end of support on {D:2026-10-30} [AWS Account: 840217736591]",
    body="""Hello,

[AWS Health may send reminders about this communication while resources remain unresolved.]

We have decided to end support for Amazon Pinpoint effective {D:2026-10-30}.
From {D:2025-05-20} Pinpoint no longer accepts new customers. Accounts that
signed up before that date, including yours, can keep using it until the
end-of-support date; after {D:2026-10-30} the service will not be available.

What changes:
- The engagement features (endpoints, segments, campaigns, journeys,
  analytics, the email channel and the Settings API) will be switched off.
  We suggest Amazon Connect outbound campaigns and Customer Profiles for
  engagement, Amazon SES for email, and Amazon Kinesis for event collection.
- The SMS, MMS, push and voice channels were renamed AWS End User Messaging
  and keep working; they are not affected by this notice.

Your account has at least one Pinpoint application that uses engagement
features. Please migrate before {D:2026-10-30}. The migration guide is
available at https://docs.aws.amazon.com/pinpoint/latest/userguide/migrate.html

Sincerely,
Amazon Web Services
""")

add(src="https://github.com/SummitRoute/aws_breaking_changes/issues/101", provider="AWS",
    label="informational", orig="2024-07-25", sent="2028-03-24 18:20", deadline=None,
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="dev-tools@ridgeline-soft.example",
    subject="AWS CodeCommit: update on access for new customers",
    body="""Hello,

After careful consideration we have stopped onboarding new customers to a
small number of services, among them AWS CodeCommit. The same applies to
Amazon S3 Select, Amazon CloudSearch, AWS Cloud9, Amazon SimpleDB, Amazon
Forecast and AWS Data Pipeline.

As an existing CodeCommit customer you do not need to do anything. Your
repositories stay available, and we have no plans to change the features
or the experience you have today. We will continue to keep the service
secure and reliable.

If you want to evaluate other Git hosting options, our blog describes how
to move a repository to another provider.

Sincerely,
Amazon Web Services
""")

add(src="https://github.com/tpyo/amazon-s3-php-class/issues/152", provider="AWS",
    label="action-required", orig="2019-03-25", sent="2028-03-25 08:45", deadline="2019-06-24",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="admin@lemonkazi-apps.example",
    subject="AWS Signature Version 2 Deprecation for Amazon S3 [AWS Account: 903378164520]",
    body="""Hello,

Support for AWS Signature Version 2 in Amazon S3 is ending. After
{D:2019-06-24} Amazon S3 will only accept API requests signed with
Signature Version 4.

We looked at the requests your account (903378164520) made to Amazon S3
over the last 30 days and found some that were still signed with
Signature Version 2:

  Bucket              Operations            User agent
  ------------------  --------------------  ----------------------
  kazi-media-uploads  PUT Object, GET Object  S3/php
  kazi-backups        PUT Object            S3/php

Please update the code or library that signs these requests so that it
uses Signature Version 4 before {D:2019-06-24}. Requests that still use
Signature Version 2 after that date will fail.

More information:
https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingAWSSDK.html#UsingAWSSDK-sig2-deprecation

Sincerely,
Amazon Web Services
""")

add(src="https://github.com/SEED-platform/seed/issues/2637", provider="AWS",
    label="action-required", orig="2021-03-22", sent="2028-03-26 10:10", deadline=None,
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="ops@energy-benchmark.example",
    subject="Reminder: Amazon SES Signature Version 3 requests from AWS account 614473920185",
    body="""Hello,

This is a weekly reminder. Extended support for Signature Version 3 in
Amazon Simple Email Service ended on {D:2021-02-28}, but between
{D:2021-03-14:%Y-%m-%d} and {D:2021-03-21:%Y-%m-%d} your AWS account
614473920185 still sent requests signed with Signature Version 3 to SES in
the US-WEST-2 Region.

Those requests can be rejected at any time. Please update the application
or library that sends them so that it signs with Signature Version 4.

  Identity used:  IAM user seed-dev-mailer
  SES action:     SendEmail
  Requests:       212 in the period above

You will keep receiving this reminder every week while Signature
Version 3 requests are detected in your account.

Sincerely,
Amazon Web Services
""")

add(src="https://github.com/ministryofjustice/cloud-platform/issues/79", provider="AWS",
    label="action-required", orig="2017-05-19", sent="2028-03-27 13:33", deadline=None,
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="platform@tribunal-services.example",
    subject="Certificate request for fees-dev.tribunal-services.example has timed out",
    body="""Greetings from Amazon Web Services,

A certificate request in AWS Certificate Manager could not be completed.

  Domain name:             fees-dev.tribunal-services.example
  AWS account number:      4417-2209-6358
  AWS Region:              eu-west-1
  Certificate identifier:  c3a91e52-6d07-4f1b-8e2a-EXAMPLE77c10
  Status:                  Validation timed out

A certificate request expires if the domain is not validated within 72
hours. This request can no longer be used. To obtain the certificate,
delete the request and submit a new one, then complete the domain
validation within the time allowed.

Sincerely,
Amazon Web Services
""")

add(src="https://velog.io/@gmtmoney2357/aws-%EC%A0%80%EC%97%90%EA%B2%90-2174%EB%A7%8C%EC%9B%90%EC%9D%B4-%EC%97%86%EC%8A%B5%EB%8B%88%EB%8B%A4.-%ED%95%B4%ED%82%B9%EA%B3%BC%EA%B8%88",
    provider="AWS", label="billing", orig="2021-12-03", sent="2028-03-28 04:15", deadline=None,
    frm="Amazon Web Services <aws-receivables-support@email.amazon.com>", to="student@gmt-lab.example",
    subject="Your AWS payment could not be processed - AWS Account 527740019366",
    body="""Hello,

We tried to charge the card ending in 4821 for your Amazon Web Services
invoice, but the payment was declined by the card issuer.

  AWS account:     527740019366
  Invoice period:  {D:2021-11-01:%B %Y}
  Amount due:      USD 18,426.07

Please sign in to the AWS Billing and Cost Management console and either
update the card details or choose a different payment method, then retry
the payment. If the balance stays unpaid, your access to AWS services may
be limited.

If you do not recognise these charges, contact AWS Support from the
Support Center in the console.

Sincerely,
Amazon Web Services
""")

add(src="https://github.com/fujiwara/stretcher/issues/23", provider="AWS",
    label="action-required", orig="2019-03-08", sent="2028-03-29 10:00", deadline="2019-06-24",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="infra@varusan-dev.example",
    subject="【要対応】Amazon S3 の署名バージョン 2 のサポート終了 [AWS アカウント: 382901647752]",
    body="""お客様

Amazon S3 では、署名バージョン 2 (SigV2) による API リクエストの受け付けを
{D:2019-06-24:%Y年%-m月%-d日} をもって終了します。この日以降、Amazon S3 は
署名バージョン 4 (SigV4) で署名されたリクエストのみを受け付け、SigV2 で
署名されたリクエストは失敗します。

過去 30 日間に、お客様の AWS アカウント (382901647752) から SigV2 で署名
された Amazon S3 へのリクエストを確認しました。

  バケット:           deploy-artifacts-apne1
  ユーザーエージェント: goamz

署名バージョンはご利用のソフトウェアによって決まります。{D:2019-06-24:%Y年%-m月%-d日}
までに、AWS SDK や各種ツール、またはリクエストに署名している独自のコードを
SigV4 に対応したものへ更新してください。

詳細: https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingAWSSDK.html#UsingAWSSDK-sig2-deprecation

よろしくお願いいたします。
Amazon Web Services
""")

add(src="https://securenews.appsight.net/entries/9297", provider="AWS",
    label="billing", orig="2018-12-06", sent="2028-03-30 08:00", deadline=None,
    frm="AWS Budgets <budgets@costalerts.amazonaws.com>", to="infra-cost@sakurabashi.example",
    subject="AWS Budgets: 予算 daily-cost-watch の実績がしきい値を超えました",
    body="""AWS をご利用いただきありがとうございます。

お客様が設定した予算のアラートしきい値を、実際のコストが上回りました。

  AWS アカウント:   730184462051
  予算名:           daily-cost-watch
  予算の種類:       コスト (日次)
  予算額:           USD 120.00
  アラートしきい値: 予算額の 150% (実績ベース)
  本日の実績:       USD 318.44 (予算額の 265%)

普段の 2〜3 倍のコストが発生しています。心当たりのないリソースが起動して
いないか、AWS Billing and Cost Management コンソールの Cost Explorer で
サービス別・リージョン別の内訳をご確認ください。

予算の設定は AWS Budgets コンソールで変更できます。

このメールは、上記の予算の通知先として登録されているアドレスに送信されています。
""")

# ---------------------------------------------------------------- other providers
add(src="https://github.com/pirate/sites-using-cloudflare/issues/130", provider="Vultr",
    label="security-advisory", orig="2017-02-24", sent="2028-03-05 14:28", deadline=None,
    frm="\"support@vultr.com\" <support@vultr.com>", to="koitsu@bitfield-hosting.example",
    subject="Vultr.com - Important Security Notice",
    body="""Dear Valued Client,

Vultr uses Cloudflare's CDN to speed up our website worldwide and to shield
it from a range of malicious attacks.

Cloudflare has disclosed a flaw that could have leaked private data from
sites served through its CDN. According to Cloudflare's security team, the
period of greatest exposure was from {D:2017-02-13:%B %-d} to {D:2017-02-18:%B %-d},
when roughly one HTTP request in every 3,300,000 passing through Cloudflare
could have returned leaked memory. Cloudflare fixed the issue quickly, but
some of that data may have been stored by search engines and other
services that cache web pages.

Cloudflare and the affected search engines have been removing cached
copies. We have no indication that Vultr customer data was exposed, but
as a precaution we recommend that you:

- change your Vultr account password;
- enable two-factor authentication on your account;
- regenerate your API key if you use the Vultr API.

Thank you for choosing Vultr.

Vultr.com Support Team
""")

add(src="https://github.com/abagayev/stop-russia/pull/84", provider="Linode",
    label="informational", orig="2022-03-05", sent="2028-03-12 22:41", deadline=None,
    frm="Linode Alerts <support@linode.com>", to="artem@vasilkin-dev.example",
    subject="Linode Alert - CPU Usage - worker-fra-07",
    body="""Hello,

Your Linode, worker-fra-07, has exceeded the notification threshold (90%)
for CPU usage, averaging 186.4% over the last 2 hours.

This alert is for information only; it does not mean that you are misusing
your resources. You can change the threshold to suit your workload, or turn
the alert off, in the Settings tab of this Linode in Cloud Manager:

https://cloud.linode.com/linodes/48213390/settings

Thank you,
The Linode Team
""")

add(src="https://github.com/chriskrycho/v5.chriskrycho.com/pull/285", provider="Netlify",
    label="billing", orig="2024-06-07", sent="2028-03-19 16:16", deadline=None,
    frm="Netlify <team@netlify.com>", to="chris@krycho-writing.example",
    subject="Extra bandwidth added to your team \"writing-sites\"",
    body="""Hi Chris,

Your team "writing-sites" has used more bandwidth than your plan includes
for the current billing period:

  Included bandwidth:  100 GB
  Used so far:         102.1 GB
  Period ends:         {D:2024-06-30:%B %-d, %Y}

To keep your sites online, we automatically added a 100 GB bandwidth
add-on to your team. The add-on costs $55 and has been charged to the card
on file. It applies until the end of the current billing period.

If you expect to need more bandwidth regularly, upgrading to the Pro plan
may be cheaper. You can review usage and plan options in your team's
Billing settings.

Happy building,
The Netlify team
""")

add(src="https://github.com/userfrosting/learn/pull/117", provider="DigitalOcean",
    label="pricing", orig="2022-05-17", sent="2028-03-31 15:00", deadline="2022-07-01",
    frm="DigitalOcean <support@digitalocean.com>", to="ops@userfrost.example",
    subject="Upcoming changes to DigitalOcean pricing on {D:2022-07-01}",
    body="""Hi there,

We are writing to let you know that prices for several DigitalOcean products
will change on {D:2022-07-01}.

What is changing for Droplets:
- The Basic Droplet with 1 GB of memory moves from $5 to $6 per month.
- Other Basic and Premium Droplet sizes go up by a similar proportion.
- A new Basic Droplet with 512 MB of memory is being added at $4 per month
  for lighter workloads.

Prices for some related products, including Managed Databases and
Kubernetes worker nodes built on Droplets, are adjusted in line with the
Droplet changes.

Your existing resources will be billed at the new rates from
{D:2022-07-01}. You do not need to do anything, but you may want to review
your resources and resize any that are larger than you need. The full
price list is available at https://www.digitalocean.com/pricing

Thank you for building with us,
The DigitalOcean Team
""")

# ---------------------------------------------------------------- phishing imitations
add(src="https://www.18aproductions.co.uk/2014/02/21/spam-email-pretending-to-be-from-amazon/",
    provider="AWS (phishing imitation)", label="security-incident", phishing=True,
    orig="2014-02-21", sent="2028-03-06 23:58", deadline=None,
    frm="Amazon Web Services <security@aws-account-review.example>", to="mark@eighteen-a.example",
    subject="Your Amazon Web Services account has been temporarly suspended",
    body="""Amazon Web Services Customer, mark@eighteen-a.example

Your AWS account has been temporarly suspended for security reasons.

During a close review of your account our Security Department noticed
unusual and suspicious activities on it.

To keep using our services you must reactivate your account by signing in
and completing our Verification Process.

Please follow the link below and sign in to confirm your Identity:

  Reactivate my account: http://aws-account-review.example/signin/verify

To reactivate the account our Security Department has to check your IP
Address Location and confirm your identity. This is only requested for
verification purposes.

Amazon Web Services Security Department
""")

add(src="https://www.syyhoaxanalyzer.com/?p=874",
    provider="AWS (phishing imitation)", label="security-incident", phishing=True,
    orig="2016-11-15", sent="2028-03-12 04:33", deadline=None,
    frm="AWS Account Protection <no-reply@aws-login-alerts.example>", to="billing@crestmoor.example",
    subject="Action required: multiple failed sign-in attempts on your AWS account",
    body="""Dear Amazon Web Services Customer,

While running our regular security enhancement checks, we noticed several
failed attempts to log in to your AWS account.

We believe someone other than you may be trying to access it. For your
protection we have temporarily suspended your account, and access to the
AWS Management Console will stay restricted until you update your details.

Click below to unlock your account and update your information:

  http://aws-login-alerts.example/unlock?ref=CM-20280312

If you do not complete the update, your account may be closed.

Regards,
AWS Account Protection Team
""")

add(src="https://simonmuckle.com/fakeamazonemail",
    provider="AWS (phishing imitation)", label="security-incident", phishing=True,
    orig="2017-05-19", sent="2028-03-18 23:12", deadline=None,
    frm="AWS Kontosicherheit <kontosicherheit@aws-kundenkonto.example>", to="simon@muckle-studio.example",
    subject="Ihr AWS-Konto wurde eingeschraenkt!",
    body="""Ihr AWS-Konto wurde eingeschränkt!
Datum: {D:2017-05-19:%d.%m.%Y}

Sehr geehrte Kundin, sehr geehrter Kunde,

damit Amazon Web Services so sicher bleibt, wie Sie es gewohnt sind,
verbessern wir unser Sicherheitssystem laufend.

Leider müßen wir Ihnen mitteilen, daß bei Ihrem AWS-Konto verdächtige
Vorgänge aufgefallen sind. Um einen möglichen finanziellen Schaden
abzuwenden, haben wir Ihr Konto vorübergehend eingeschränkt.

Damit Sie Ihr Konto wieder wie gewohnt nutzen können, ist eine kurze
Prüfung Ihrer Identität erforderlich. So stellen wir sicher, daß Sie der
rechtmäßige Inhaber des Kontos sind.

  Jetzt verifizieren: http://aws-kundenkonto.example/verifizierung

Wir bitten um Entschuldigung für die Unannehmlichkeiten und danken für Ihr
Verständnis.

Mit freundlichen Grüßen
Ihr Team der AWS-Kontosicherheit

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht
darauf, die Adresse dient nur dem Versand.
© Amazon Web Services, Inc. oder verbundene Unternehmen
""")

add(src="https://ccm.net/apps-sites/12697-new-scam-alert-amazon-customers-beware",
    provider="AWS (phishing imitation)", label="security-incident", phishing=True,
    orig="2024-05-10", sent="2028-03-27 01:47", deadline=None,
    frm="AWS Support <support@aws-console-security.example>", to="admin@vellora-shop.example",
    subject="Your AWS account has been deactivated due to unusual sign-in attempts",
    body="""Hello,

Your AWS account has been deactivated because of unusual sign-in attempts
from an unknown device or location. Please update your account information
immediately.

All services linked to your account, including your EC2 instances and S3
buckets, are paused until your details have been verified. If you do not
verify within 24 hours, the account will be frozen permanently.

  Verify my account: https://aws-console-security.example/account/verify

Thank you,
AWS Support
""")


# ---------------------------------------------------------------- build
TOKEN = re.compile(r"\{D:(\d{4}-\d{2}-\d{2})(?::([^}]*))?\}")


def shift_text(text, delta):
    def rep(m):
        d = dt.date.fromisoformat(m.group(1)) + delta
        fmt = m.group(2) or "%B %-d, %Y"
        return d.strftime(fmt)
    return TOKEN.sub(rep, text)


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


def build():
    out = []
    for i, m in enumerate(M, 1):
        sent = dt.datetime.strptime(m["sent"], "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
        delta = sent.date() - dt.date.fromisoformat(m["orig"])
        subj = shift_text(m["subject"], delta)
        body = shift_text(m["body"], delta)
        if "{D:" in subj or "{D:" in body:
            raise SystemExit(f"unreplaced token in #{i}")
        dl = "none"
        if m.get("deadline"):
            dl = (dt.date.fromisoformat(m["deadline"]) + delta).isoformat()
        m["_deadline"] = dl
        m["_subject"] = subj
        m["_sent"] = sent
        ascii_body = all(ord(c) < 128 for c in body)
        if ascii_body:
            cte = "7bit"
            payload = body
        else:
            cte = "quoted-printable"
            payload = quopri.encodestring(body.encode("utf-8")).decode("ascii")
        lines = []
        for ln in payload.split("\n"):
            if ln.startswith("From "):
                ln = ">" + ln
            lines.append(ln)
        payload = "\n".join(lines)
        if not payload.endswith("\n"):
            payload += "\n"
        hdrs = [
            ("From", m["frm"]),
            ("To", m["to"]),
            ("Subject", enc_subject(subj)),
            ("Date", format_datetime(sent)),
            ("Message-ID", f"<g16.{i:03d}.{sent.strftime('%Y%m%d%H%M')}@notices-set-g16.example>"),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Transfer-Encoding", cte),
            ("X-Training-Label", m["label"]),
            ("X-Training-Deadline", dl),
        ]
        if m.get("phishing"):
            hdrs.append(("X-Training-Phishing", "yes"))
        head = "\n".join(f"{k}: {v}" for k, v in hdrs)
        fromline = "From MAILER-DAEMON " + sent.strftime("%a %b %e %H:%M:%S %Y")
        out.append(fromline + "\n" + head + "\n\n" + payload)
    return "\n".join(out)


def check():
    problems = []
    with open(MBOX, "rb") as f:
        raw = f.read()
    if b"\r" in raw:
        problems.append("CR found: line endings must be LF")
    try:
        raw.decode("ascii")
    except UnicodeDecodeError:
        problems.append("mbox is not 7-bit ASCII")
    box = mailbox.mbox(MBOX, create=False)
    msgs = list(box)
    if len(msgs) != len(M):
        problems.append(f"expected {len(M)} messages, read {len(msgs)}")
    ids = set()
    allowed_nets = ("192.0.2.", "198.51.100.", "203.0.113.")
    for i, (msg, m) in enumerate(zip(msgs, M), 1):
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                  "Content-Type", "X-Training-Label", "X-Training-Deadline"):
            if msg[h] is None:
                problems.append(f"#{i}: missing {h}")
        for k, v in msg.items():
            try:
                str(v).encode("ascii")
            except UnicodeEncodeError:
                problems.append(f"#{i}: non-ASCII header {k}")
        d = parsedate_to_datetime(msg["Date"])
        if (d.year, d.month) != (2028, 3):
            problems.append(f"#{i}: Date not in March 2028")
        if msg["Message-ID"] in ids:
            problems.append(f"#{i}: duplicate Message-ID")
        ids.add(msg["Message-ID"])
        if msg.get_content_type() != "text/plain" or msg.get_content_charset() != "utf-8":
            problems.append(f"#{i}: bad Content-Type")
        lab = msg["X-Training-Label"]
        if lab not in LABELS:
            problems.append(f"#{i}: bad label {lab}")
        dl = msg["X-Training-Deadline"]
        if dl != "none":
            try:
                dt.date.fromisoformat(dl)
            except ValueError:
                problems.append(f"#{i}: bad deadline {dl}")
        if m.get("phishing") and msg["X-Training-Phishing"] != "yes":
            problems.append(f"#{i}: phishing header missing")
        body = msg.get_payload(decode=True).decode("utf-8")
        nonascii = any(ord(c) > 127 for c in body)
        cte = (msg["Content-Transfer-Encoding"] or "").lower()
        if nonascii and cte != "quoted-printable":
            problems.append(f"#{i}: non-ASCII body without QP")
        subj = str(make_header(decode_header(msg["Subject"])))
        if subj != m["_subject"]:
            problems.append(f"#{i}: subject round-trip mismatch")
        for ipm in re.finditer(r"\b(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\b", body + subj):
            ip = ipm.group(1)
            if not ip.startswith(allowed_nets) and not re.match(r"^\d+\.\d+\.\d+\.\d+$", ip) is None:
                problems.append(f"#{i}: IP outside documentation ranges: {ip}")
        for dm in re.finditer(r"[\w.+-]+@([\w.-]+)", msg["To"]):
            if not dm.group(1).endswith(".example"):
                problems.append(f"#{i}: recipient domain not .example")
    return problems, msgs


def main():
    text = build()
    with open(MBOX, "w", encoding="ascii", newline="\n") as f:
        f.write(text)
    problems, msgs = check()
    counts = {}
    for m in M:
        counts[m["label"]] = counts.get(m["label"], 0) + 1
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    print(f"wrote {MBOX}: {len(msgs)} messages")
    for k in sorted(counts):
        print(f"  {k}: {counts[k]}")
    print("  phishing:", sum(1 for m in M if m.get("phishing")))
    print("  AWS genuine:", sum(1 for m in M if m["provider"] == "AWS"))


if __name__ == "__main__":
    main()
