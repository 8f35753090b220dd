# -*- coding: utf-8 -*-
# Notice definitions part A (AWS). Dates inside bodies are written as [[YYYY-MM-DD|fmt]] or
# [[YYYY-MM-DD HH:MM|fmt]] in ORIGINAL time; the generator shifts them by the notice's offset.
AWS_HEALTH = "Amazon Web Services <no-reply-aws@amazon.com>"
AWS_ABUSE = "Amazon EC2 Abuse <ec2-abuse@amazon.com>"
L = "%B %d, %Y"

N = []

N.append(dict(
 url="https://github.com/aws/aws-cdk/pull/19938", provider="AWS", label="action-required",
 frm=AWS_HEALTH, to="cloud-admin@orchardlane.example",
 subject="[Action Required] AWS Lambda end of support for Python 3.6 [AWS Account: 418203957761]",
 date="2028-03-02 17:41", orig="2022-04-14", deadline="2022-08-17",
 body="""Hello,

Our records show that your AWS account 418203957761 still runs one or more
Lambda functions on the Python 3.6 runtime.

Python 3.6 itself stopped receiving upstream fixes on [[2021-12-23|%B %d, %Y]] [1], so
Lambda is winding down support for it as well. Under the Lambda runtime support
policy [2] this happens in two steps:

  - From [[2022-07-18|%B %d, %Y]], the Python 3.6 runtime no longer gets security
    patches or other updates, functions on it are no longer covered by technical
    support, and you can no longer create new functions with it.
  - From [[2022-08-17|%B %d, %Y]], existing Python 3.6 functions can no longer be updated.

Please move these functions to Python 3.9 before [[2022-08-17|%B %d, %Y]].

Functions that are not migrated keep running; the change does not stop
invocations. They will, however, be executing on a runtime that the Lambda team
no longer maintains or patches.

To find every affected function in one Region, you can run the following AWS CLI
command [3]:

  aws lambda list-functions --function-version ALL --region us-east-1 \\
    --output text --query "Functions[?Runtime=='python3.6'].FunctionArn"

Repeat it for each Region you use.

[1] https://www.python.org/dev/peps/pep-0494/
[2] https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html
[3] https://aws.amazon.com/cli/

Sincerely,
Amazon Web Services
"""))

N.append(dict(
 url="https://github.com/CredentialEngine/CredentialRegistry/issues/1050", provider="AWS", label="maintenance",
 frm=AWS_HEALTH, to="dba-team@ledgerpoint.example",
 subject="[Action Required] Auto Minor Version Upgrade Campaign - RDS PostgreSQL Resources in Account 602715448390",
 date="2028-03-04 09:12", orig="2026-05-02", deadline="2026-05-18",
 body="""View details in service console

Hello,

This message concerns an Auto Minor Version Upgrade campaign that will touch
Amazon RDS for PostgreSQL resources in your account 602715448390.

What is changing?
AWS is running a campaign that moves RDS PostgreSQL resources enrolled in Auto
Minor Version Upgrade to engine version 16.13. The new minor version brings
security, stability and performance fixes to your database instances.

Timeline
Beginning [[2026-05-18|%a, %d %b %Y]] 00:00:00 GMT, eligible resources in this account
will be queued for the minor version upgrade, which runs inside each resource's
own configured maintenance window [1][2].

What you should do
1. Open the 'Affected resources' tab of your AWS Health Dashboard to see which
   resources are included, in what order, and when each is scheduled.
2. Make sure your applications tolerate a short loss of connectivity during the
   maintenance window.
3. If you have not yet done so, try engine version 16.13 in a non-production
   environment first.

For questions or concerns, please contact AWS Support [3].

[1] https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Maintenance.html
[2] https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html
[3] https://aws.amazon.com/support

Sincerely,
Amazon Web Services
"""))

N.append(dict(
 url="https://github.com/sagidM/s3-resizer/issues/23", provider="AWS", label="action-required",
 frm=AWS_HEALTH, to="ops@pixelmill.example",
 subject="[Action Required] AWS Lambda end of support for Node.js 12 [AWS Account: 739104526618]",
 date="2028-03-06 20:03", orig="2022-10-13", deadline="2022-11-14",
 body="""Hello,

We have found that your AWS account currently contains at least one Lambda
function that uses the Node.js 12 runtime.

Node.js 12 reached its upstream end of life on [[2022-04-30|%B %d, %Y]] [1], and AWS Lambda
is ending support for it accordingly.

The Lambda runtime support policy [2] retires a language runtime in two stages:

  * Starting [[2022-11-14|%B %d, %Y]]: Lambda stops applying security patches and other
    updates to Node.js 12, functions using it lose eligibility for technical
    support, and you can no longer create new functions on it.
  * Starting [[2022-12-14|%B %d, %Y]]: you can no longer update existing Node.js 12
    functions.

We recommend upgrading your Node.js 12 functions to Node.js 16 before
[[2022-11-14|%B %d, %Y]].

End of support does not interrupt execution; your functions keep running, but on a
runtime that the AWS Lambda team no longer maintains or patches.

You can list the functions concerned in a given Region with the AWS CLI [3]:

  aws lambda list-functions --function-version ALL --region us-west-2 \\
    --output text --query "Functions[?Runtime=='nodejs12.x'].FunctionArn"

[1] https://github.com/nodejs/Release
[2] https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html
[3] https://aws.amazon.com/cli/

Sincerely,
Amazon Web Services
"""))

N.append(dict(
 url="https://github.com/aws/copilot-cli/issues/5729", provider="AWS", label="action-required",
 frm=AWS_HEALTH, to="platform@ferncrest.example",
 subject="[Action Required] AWS Lambda end of support for Node.js 16 [AWS Account: 285516049372]",
 date="2028-03-07 14:26", orig="2024-03-15", deadline="2024-06-12",
 body="""Hello,

Your AWS account 285516049372 has one or more AWS Lambda functions that still use
the Node.js 16 runtime.

Node.js 16 reached end of life upstream on [[2023-09-11|%B %d, %Y]] [1]. Lambda will end its
own support for this runtime on [[2024-06-12|%B %d, %Y]].

Following the Lambda runtime support policy [2], support ends in stages:

  - [[2024-06-12|%B %d, %Y]]: no more security patches or other updates for Node.js 16 in
    Lambda, no technical support for functions using it, and the runtime is
    removed from the Console (CloudFormation, the AWS CLI, AWS SAM and other
    tools can still create and update such functions).
  - [[2024-07-15|%B %d, %Y]]: creating new Node.js 16 functions is blocked.
  - [[2024-08-15|%B %d, %Y]]: updating existing Node.js 16 functions is blocked.

Please upgrade these functions to Node.js 20 before [[2024-06-12|%B %d, %Y]]. The functions
concerned are listed on the 'Affected resources' tab of your AWS Health Dashboard.

Invocations are not blocked after end of support; the functions simply run on a
runtime that the Lambda team no longer patches.

[1] https://nodejs.org/en/blog/announcements/nodejs16-eol
[2] https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html

Sincerely,
Amazon Web Services
"""))

N.append(dict(
 url="https://github.com/aws-solutions-library-samples/qnabot-on-aws/issues/673", provider="AWS", label="action-required",
 frm=AWS_HEALTH, to="chatbot-owners@harborgate.example",
 subject="[Action Required] Node.js 16 functions in AWS Lambda must be upgraded [AWS Account: 951327608144]",
 date="2028-03-09 11:50", orig="2024-01-02", deadline="2024-06-12",
 body="""Hello,

This notice is about AWS Lambda functions in account 951327608144 that are
configured with the Node.js 16 runtime.

Lambda support for Node.js 16 ends on [[2024-06-12|%B %d, %Y]], following the community
end of life of that Node.js line on [[2023-09-11|%B %d, %Y]] [1].

How the runtime is retired (see the runtime support policy [2]):

  1. From [[2024-06-12|%B %d, %Y]] the runtime receives no further security patches or
     updates, affected functions are no longer eligible for technical support,
     and Node.js 16 disappears from the Lambda console. Other tooling such as
     CloudFormation, the AWS CLI and AWS SAM can still create or update it.
  2. From [[2024-07-15|%B %d, %Y]] new functions can no longer be created on Node.js 16.
  3. From [[2024-08-15|%B %d, %Y]] existing Node.js 16 functions can no longer be updated.

We advise moving to Node.js 20 ahead of [[2024-06-12|%B %d, %Y]]. You will find the list of
impacted functions under 'Affected resources' in the AWS Health Dashboard.

Functions left on Node.js 16 continue to be invoked normally, but on an
unmaintained runtime.

[1] https://nodejs.org/en/blog/announcements/nodejs16-eol
[2] https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html

Sincerely,
Amazon Web Services
"""))

N.append(dict(
 url="https://bobcares.com/blog/amazon-ec2-abuse-report", provider="AWS", label="abuse",
 frm=AWS_ABUSE, to="security@kestrelhost.example",
 subject="Your Amazon EC2 Abuse Report [AWS ID 370184452209] - follow-up",
 date="2028-03-10 06:18", orig="2019-06-10", deadline="2019-06-11",
 body="""Hello,

This is a follow-up on the EC2 abuse reports that are still open for your
account. We have recorded activity of the type "Intrusion Attempts" coming from
account xxxx-xxxx-4209, and we have not yet heard back from you about it.

Please take corrective measures right away and reply to this email to confirm
what you have done. If we do not receive a response within 24 hours, your
instances may be isolated from the network.

Reported activity: Intrusion Attempts
Source instance:   i-0a7e33c91d0b58f21 [203.0.113.77]
Region:            us-east-1

If the activity is expected and you do not consider it abusive, reply to this
email and describe your use case.

Regards,
AWS Abuse Team
"""))

N.append(dict(
 url="https://github.com/hackoregon/civic-devops/issues/285", provider="AWS", label="action-required",
 frm=AWS_HEALTH, to="infra@civicmesa.example",
 subject="Certificate renewal for sandbox.civicmesa.example requires your action",
 date="2028-03-11 15:07", orig="2020-06-09", deadline="2020-06-12",
 body="""Greetings from Amazon Web Services,

An SSL/TLS certificate issued by AWS Certificate Manager in your account expires
on [[2020-06-12|%b %d, %Y]] at 12:00:00 UTC. Its primary domain is sandbox.civicmesa.example,
and it covers 1 domain in total.

AWS account ID: 508219937146
AWS Region name: us-west-2
Certificate identifier: arn:aws:acm:us-west-2:508219937146:certificate/4b0d9a3e-61c2-4f7a-9e58-2d1c7a0f6b13

ACM tried to renew this certificate automatically through DNS validation and
could not complete it. Action on your side is needed before [[2020-06-12|%b %d, %Y]] at
12:00:00 UTC; if the current certificate lapses without a renewal, your website
or application may stop being reachable.

For the renewal to succeed, the CNAME records that ACM generated for each domain
below must exist in your DNS configuration. You can see these records by
expanding the certificate and its domains in the ACM console, or with the
DescribeCertificate API action [1] or the describe-certificate CLI command [2].
The ACM troubleshooting guide explains automatic domain validation failures in
more detail [3].

The following domain requires validation:
  sandbox.civicmesa.example

[1] https://docs.aws.amazon.com/acm/latest/APIReference/API_DescribeCertificate.html
[2] https://docs.aws.amazon.com/cli/latest/reference/acm/describe-certificate.html
[3] https://docs.aws.amazon.com/acm/latest/userguide/troubleshooting-renewal.html

Sincerely,
Amazon Web Services
"""))

N.append(dict(
 url="https://github.com/DataBiosphere/azul/issues/4640", provider="AWS", label="informational",
 frm=AWS_HEALTH, to="search-ops@genomevault.example",
 subject="Amazon OpenSearch Service notification: service software update R20220928-P1 available",
 date="2028-03-12 14:05", orig="2022-10-11", deadline=None,
 body="""Hello,

A new service software version is available for some of your Amazon OpenSearch
Service domains.

Severity: Informational
Time:     [[2022-10-11 14:05|%m/%d/%Y, %I:%M:%S %p]] UTC
Message:  Service software update R20220928-P1 available.

Domains:
  gv-index-dev
  gv-index-sandbox

This update is optional. You can start it at a time that suits you from the
domain's page in the OpenSearch Service console or with the
StartServiceSoftwareUpdate API. Domains are not updated automatically because of
this notification.

Details about service software updates are in the developer guide:
https://docs.aws.amazon.com/opensearch-service/latest/developerguide/service-software.html

Sincerely,
Amazon Web Services
"""))

N.append(dict(
 url="https://github.com/awslabs/ssosync/issues/297", provider="AWS", label="action-required",
 frm=AWS_HEALTH, to="identity-team@brightquay.example",
 subject="[Action Required] AWS Lambda end of support for the OS-only runtime provided.al2 [AWS Account: 164530972288]",
 date="2028-03-13 08:33", orig="2026-02-11", deadline="2026-07-31",
 body="""Hello,

Our records show that AWS account 164530972288 has at least one AWS Lambda
function that uses the OS-only runtime for Amazon Linux 2 (provided.al2).

Lambda will end support for provided.al2 on [[2026-07-31|%B %d, %Y]], shortly after Amazon
Linux 2 itself reaches end of life on [[2026-06-30|%B %d, %Y]] [1]. Your functions will keep
executing after that date, but on a runtime that the AWS Lambda team no longer
maintains or patches.

This notice does not cover the language runtimes that happen to be built on
Amazon Linux 2 (Java 8, Java 11, Java 17, Python 3.10 and Python 3.11); their
own deprecation dates are listed in the Lambda runtime documentation [2].

As set out in the Lambda runtime support policy [3], support ends in stages. The
first stage begins on [[2026-07-31|%B %d, %Y]]: from then on provided.al2 receives no
security patches or other updates, and functions using it are no longer eligible
for technical support. Later stages, which block creating and then updating such
functions, are listed on the same page.

We recommend migrating these functions to provided.al2023 before
[[2026-07-31|%B %d, %Y]]. The affected functions appear on the 'Affected resources' tab of
your AWS Health Dashboard.

[1] https://aws.amazon.com/amazon-linux-2/faqs/
[2] https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html
[3] https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-support-policy

Sincerely,
Amazon Web Services
"""))

N.append(dict(
 url="https://dev.to/aws-builders/rethinking-what-you-need-to-do-when-your-access-keys-are-compromised-od7", provider="AWS", label="security-incident",
 frm=AWS_HEALTH, to="aws-root@tsurumiworks.example",
 subject="AWS Support Case 174420958611: Irregular Activity Detected for Your AWS Access Key",
 date="2028-03-14 03:52", orig="2025-11-04", deadline=None,
 body="""Amazon Web Services has opened case 174420958611 on your behalf.

Case ID: 174420958611
Subject: [Action Required] Irregular Activity Detected for Your AWS Access Key
Severity: Urgent

Dear AWS Customer,

While monitoring AWS systems we noticed unusual activity in your AWS account
903317625540. The pattern suggests that the access key listed below, together
with its secret key, is being used by someone other than you.

  Access key ID: AKIAEXAMPLE7QK3MZP2R
  IAM user:      batch-uploader
  Observed from: 198.51.100.23

To protect you, we have applied a restrictive policy to this IAM user. It
limits some API actions but does not fully secure the account.

Please take the following steps now:

  1. Delete the access key above. Deactivating it is not enough; create a new
     key for any workload that still needs one.
  2. Rotate any other credentials that this key could read or change.
  3. Review CloudTrail for actions you did not make, such as new IAM users,
     roles, access keys or running resources in any Region, and remove them.
  4. Reply to this case to confirm that the steps are complete.

The events our monitoring flagged are attached to this case in the Support
Center.

Sincerely,
Amazon Web Services
"""))

N.append(dict(
 url="https://magoo.medium.com/responding-to-typical-breaches-on-aws-28d6fe4071d0", provider="AWS", label="abuse",
 frm=AWS_ABUSE, to="devops@lindenyard.example",
 subject="Your instances have been port scanning remote hosts on the Internet [AWS ID 227319045581]",
 date="2028-03-15 22:10", orig="2017-09-14", deadline="2017-09-15",
 body="""Hello,

We have received a report that your AWS resource

AWS ID: 227319045581   Region: eu-west-1   EC2 Instance Id: i-04c9e1b27fa6d3e58 [198.51.100.140]

has been sending packets to many ports on remote hosts on the Internet, which
looks like an attempt to discover open services on them. This kind of activity
is not permitted under the AWS Acceptable Use Policy
(https://aws.amazon.com/aup/). An extract of the report is included below.

Please stop the activity and reply to this email within 24 hours with the
corrective actions you have taken. If you believe the traffic is legitimate,
reply with a description of your use case.

If you did not start this traffic yourself, your instance or your account may
have been compromised, for example through a leaked access key or an unpatched
service.

--- extract of report ---
Source:       198.51.100.140
Destination:  192.0.2.0/24, ports 22, 23, 2375, 6379
Time (UTC):   [[2017-09-14 18:02|%Y-%m-%d %H:%M]] - [[2017-09-14 18:47|%H:%M]]
---

Regards,
AWS Abuse Team
"""))

N.append(dict(
 url="https://portswigger.net/research/cracking-the-lens-targeting-https-hidden-attack-surface", provider="AWS", label="abuse",
 frm=AWS_ABUSE, to="research-infra@quillgate.example",
 subject="Your Amazon EC2 Abuse Report [AWS ID 611029384457]",
 date="2028-03-16 10:44", orig="2017-07-18", deadline=None,
 body="""Hello,

We have received a report that your AWS resource

AWS ID: 611029384457   Region: us-east-1   EC2 Instance Id: i-0e5b71f08c2a9d344 [203.0.113.58]

has been implicated in attempts to log in to a remote website by guessing
passwords. Unauthorised access attempts are not allowed under the AWS Acceptable
Use Policy (https://aws.amazon.com/aup/). The complaint we received is quoted
below for your review.

Please stop the reported activity and reply directly to this email with the
corrective steps you have taken. If you do not regard the activity as abusive,
reply with details of what the instance is used for.

If you are not aware of this activity, your environment may have been
compromised, or a vulnerability may be letting the instance be used in ways you
did not intend.

We are unable to help with troubleshooting or technical questions, but the
following resources may help you secure your instance:
* Amazon EC2 security groups:
  https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-security-groups.html
* AWS security best practices:
  https://aws.amazon.com/security/security-resources/

--- forwarded complaint ---
Repeated POST requests to /wp-login.php on our server 192.0.2.45 from
203.0.113.58, [[2017-07-17 21:10|%Y-%m-%d %H:%M]] to [[2017-07-17 23:52|%H:%M]] UTC, about 4,100 attempts
with varying passwords for the user "admin".
---

Regards,
AWS Abuse Team
"""))
