#!/usr/bin/env python3
"""Build set-g22.mbox: 32 labelled provider notices (validation batch g22).
Standard library only, deterministic. Re-reads the mbox and checks it; exits 1 on any problem."""
import datetime as dt
import email.utils
import mailbox
import os
import re
import sys
from email.message import EmailMessage
from email.policy import default as DEFAULT_POLICY

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set-g22.mbox")
POLICY = DEFAULT_POLICY.clone(linesep="\n", max_line_length=998)
LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}
D = dt.date


def us(d):
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def iso(d):
    return d.isoformat()


def jp(d):
    return f"{d.year}年{d.month}月{d.day}日"


def wareki(d):
    return f"令和{d.year - 2018}年{d.month}月{d.day}日"


def dmy(d):
    mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"]
    return f"{d.day} {mois[d.month - 1]} {d.year}"


# Each notice: original sending date (orig), target sending date in March 2028 (target),
# other dates of the original (dates), all shifted by the same number of days.
N = []


def add(**kw):
    N.append(kw)


AWS = "Amazon Web Services <no-reply-aws@amazon.com>"

# 1 AWS OpenSearch required service software update (maintenance)
add(src="https://github.com/DataBiosphere/azul/issues/4183", provider="AWS", label="maintenance",
    frm=AWS, to="platform-team@tidewater-genomics.example", orig=D(2022, 5, 10), target=D(2028, 3, 2),
    hour=(14, 5, "-0700"), dates={"auto": D(2022, 5, 24)}, deadline="auto", fmt=us,
    subject="Amazon OpenSearch Service: service software update required [AWS Account: 583920174406] [US-EAST-1]",
    body="""Hello,

A service software release, R20280214-P2, is now available for the Amazon
OpenSearch Service domains listed below. The release bundles security fixes and
stability work, so we consider it a required update for these domains.

You can start the update yourself at any time before {auto} from the
OpenSearch Service console (Actions > Update) or with the
StartServiceSoftwareUpdate API. Domains that are still on an older release after
{auto} will be updated by OpenSearch Service automatically, using a
blue/green deployment during the domain's off-peak window.

Domains in your account that need this update:
  - tgx-index-dev
  - tgx-index-sandbox
  - tgx-index-prod

While a blue/green deployment runs, the domain keeps serving requests, but
indexing and search latency can rise for a while. We suggest updating
non-production domains first.

Details on service software updates:
https://docs.aws.amazon.com/opensearch-service/latest/developerguide/service-software.html

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""")

# 2 AWS OpenSearch optional update (informational)
add(src="https://github.com/DataBiosphere/azul/issues/8147", provider="AWS", label="informational",
    frm=AWS, to="search-ops@kelpfield-labs.example", orig=D(2026, 6, 29), target=D(2028, 3, 20),
    hour=(2, 15, "-0700"), dates={}, deadline=None, fmt=us,
    subject="Amazon OpenSearch Service notification: service software update available [AWS Account: 771203958812]",
    body="""Hello,

This is an informational notification from Amazon OpenSearch Service.

  Severity:  Informational
  Message:   Service software update R20280305 is available.
  Domains:   kf-index-dev, kf-index-anvildev, kf-index-sandbox,
             kf-index-anvilbox, kf-index-anvilprod, kf-index-prod

This update is optional. No date has been set for an automatic installation, and
your domains keep running on their current release until you choose to update
them. If a later release becomes mandatory, you will get a separate notification
that states the date after which it is applied automatically.

To see the release notes and start an update, open the domain in the
OpenSearch Service console and choose the "Service software" tab.

You can also receive these notifications through Amazon EventBridge by matching
the source "aws.es" and the detail type "Amazon OpenSearch Service Software
Update Notification".

Thank you for using Amazon OpenSearch Service.

Amazon Web Services
""")

# 3 AWS security bulletin Log4j / OpenSearch (security-advisory)
add(src="https://github.com/cisagov/log4j-affected-db/issues/24", provider="AWS", label="security-advisory",
    frm="AWS Security Bulletins <aws-security-bulletins@amazon.com>", to="secops@brightmoor-health.example",
    orig=D(2021, 12, 14), target=D(2028, 3, 9), hour=(18, 40, "-0800"), dates={}, deadline=None, fmt=us,
    subject="AWS Security Bulletin AWS-2028-006: update for Apache Log4j2 issue (CVE-2021-44228) - Amazon OpenSearch Service",
    body="""AWS Security Bulletin AWS-2028-006
Update for Apache Log4j2 issue (CVE-2021-44228)

This bulletin is an update on how AWS services are affected by the Apache Log4j2
remote code execution issue tracked as CVE-2021-44228, and what customers
should review.

Amazon OpenSearch Service
-------------------------
Amazon OpenSearch Service has released service software version R20280304-P2,
which contains an updated Log4j2 library. Domains running earlier service
software versions are affected.

The fixed release is being rolled out to domains automatically over the coming
weeks. If you do not want to wait for the rollout, you can apply the update now
from the OpenSearch Service console or with the StartServiceSoftwareUpdate API.

What you should review
----------------------
- Check the service software version of each of your domains; versions before
  R20280304-P2 do not contain the fix.
- If you run Log4j2 in your own software on Amazon EC2, Amazon ECS, AWS Lambda or
  on premises, update it to a fixed version; AWS cannot update libraries that you
  have packaged yourself.
- Keep AWS WAF managed rule group AWSManagedRulesKnownBadInputsRuleSet enabled on
  internet-facing applications while you patch.

The current text of this bulletin, including the status of other services, is
kept at:
https://aws.amazon.com/security/security-bulletins/

Security-related questions can be sent to aws-security@amazon.com.

Amazon Web Services
""")

# 4 EKS 1.19 end of support (action-required)
add(src="https://github.com/finos/compliant-financial-infrastructure/issues/228", provider="AWS",
    label="action-required", frm=AWS, to="cloud-admin@harbourline-capital.example",
    orig=D(2022, 6, 1), target=D(2028, 3, 6), hour=(9, 12, "-0700"), dates={"eos": D(2022, 8, 1)},
    deadline="eos", fmt=us,
    subject="[Action Required] Amazon EKS Kubernetes version 1.19 end of support [AWS Account: 240118835571] [EU-WEST-1]",
    body="""Hello,

Support for Kubernetes version 1.19 in Amazon EKS ends on {eos}. You are
getting this message because at least one Amazon EKS cluster in your account
still runs version 1.19. If you have already upgraded or deleted it, you can
ignore this notice.

What changes on {eos}:
  * New Amazon EKS clusters can no longer be created with Kubernetes 1.19.
  * Control planes still on 1.19 will be upgraded by Amazon EKS to the oldest
    supported version (1.20), in a gradual rollout that starts after that date.
  * After the control plane upgrade, updating your add-ons and your Amazon EC2
    nodes to a matching version remains your task.

Affected cluster(s), also shown on the 'Affected resources' tab of your AWS
Health Dashboard:
  hcap-risk-eks (eu-west-1)

We recommend that you plan the upgrade yourself before {eos}, so that you
control when it happens and can test your workloads first. Version 1.20 and later
remove several deprecated APIs; please check the upgrade prerequisites before you
start:
https://docs.aws.amazon.com/eks/latest/userguide/update-cluster.html

Kubernetes version calendar for Amazon EKS:
https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html

Sincerely,
Amazon Web Services
""")

# 5 RDS CA rds-ca-2019 expiry (action-required)
add(src="https://github.com/aws/aws-cdk/pull/31387", provider="AWS", label="action-required",
    frm=AWS, to="dba@lanternquay.example", orig=D(2024, 6, 10), target=D(2028, 3, 13),
    hour=(16, 30, "-0700"), dates={"exp": D(2024, 8, 22)}, deadline="exp", fmt=us,
    subject="[Action Required] Update your Amazon RDS SSL/TLS certificates by {exp} [AWS Account: 902371164025] [AP-NORTHEAST-1]",
    body="""Hello,

[AWS Health may periodically trigger reminder notifications about this communication.]

One or more Amazon RDS DB instances in your account in the AP-NORTHEAST-1 Region
still use a server certificate signed by the rds-ca-2019 certificate authority.
That CA expires on {exp}.

Why this matters
After {exp}, clients that verify the server certificate will refuse TLS
connections to instances that still present a certificate from rds-ca-2019. In
addition, rds-ca-2019 will no longer be accepted as a CA identifier, so
templates and API calls that name it (for example a CloudFormation stack with
CACertificateIdentifier: rds-ca-2019) will fail with a "Certificate not found"
error.

What to do
1. Add the new CA bundle to the trust store of every client application.
2. Switch each DB instance to one of the supported CAs: rds-ca-rsa2048-g1,
   rds-ca-rsa4096-g1 or rds-ca-ecc384-g1. You can do this in the console, with
   the modify-db-instance command, or by changing the CA identifier in your
   infrastructure code.
3. Remove references to rds-ca-2019 from your templates.

Affected instances are listed on the 'Affected resources' tab of your AWS Health
Dashboard, for example: lq-orders-mysql, lq-reporting-pg.

More information:
https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html

Sincerely,
Amazon Web Services
""")

# 6 RDS CA default switch + enforced rotation (maintenance)
add(src="https://github.com/qonto/database-monitoring-framework/pull/15", provider="AWS", label="maintenance",
    frm=AWS, to="sre@pinecrest-payments.example", orig=D(2023, 11, 27), target=D(2028, 3, 3),
    hour=(11, 2, "-0800"), dates={"default": D(2024, 1, 25), "exp": D(2024, 8, 22)}, deadline="exp", fmt=us,
    subject="Amazon RDS planned lifecycle event: certificate authority rotation for your DB instances [AWS Account: 318840027731] [EU-WEST-3]",
    body="""Hello,

This notice concerns the certificate authority (CA) used by the Amazon RDS and
Amazon Aurora DB instances in your account in the EU-WEST-3 Region.

The "Amazon RDS Root 2019 CA" (rds-ca-2019) expires on {exp} at 17:08:50 UTC.
Two changes follow from this:

  1. From {default}, DB instances that are created without naming a CA will
     receive rds-ca-rsa2048-g1 instead of rds-ca-2019.

  2. Instances that still use rds-ca-2019 as the expiry approaches will be moved
     to the new CA by Amazon RDS during their scheduled maintenance window,
     before {exp}. Moving to the new CA restarts the instance unless the
     engine supports certificate rotation without a restart.

If you would rather choose the moment of the restart yourself, you can rotate
the CA of each instance now, or apply the pending maintenance action
"ca-certificate-rotation" at a time that suits you. Client applications that
verify server certificates must trust the new CA bundle before the rotation.

Instances affected (see also the 'Affected resources' tab in AWS Health):
  pcp-ledger-prod          db.r6g.xlarge   PostgreSQL 15
  pcp-ledger-replica-1     db.r6g.xlarge   PostgreSQL 15
  pcp-audit                db.t4g.medium   MySQL 8.0

Certificate rotation guide:
https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html

Sincerely,
Amazon Web Services
""")

# 7 Lambda Python 3.7 deprecation (action-required)
add(src="https://github.com/endoflife-date/endoflife.date/pull/3982", provider="AWS", label="action-required",
    frm=AWS, to="serverless@quillstone-media.example", orig=D(2023, 11, 14), target=D(2028, 3, 15),
    hour=(8, 47, "-0800"), dates={"p1": D(2023, 12, 4), "p2": D(2024, 1, 9)}, deadline="p1", fmt=us,
    subject="[Action Required] AWS Lambda end of support for Python 3.7 [AWS Account: 664501298317] [US-WEST-2]",
    body="""Hello,

Our records show that your AWS account has at least one AWS Lambda function that
uses the Python 3.7 runtime. Lambda is ending support for Python 3.7, and the
deprecation happens in two phases.

Phase 1 - starting {p1}
  - Lambda stops applying security patches and other updates to the Python 3.7
    runtime.
  - Functions that use Python 3.7 are no longer covered by technical support.
  - You can no longer create new functions that use Python 3.7.

Phase 2 - starting {p2}
  - You can no longer update the code or configuration of existing functions
    that use Python 3.7, and you cannot roll a function back to that runtime.

Neither phase blocks invocations: your functions keep running. They will,
however, run on a runtime that no longer receives fixes.

We recommend moving your functions to Python 3.11 or later before {p1}.
The functions concerned are listed on the 'Affected resources' tab of your AWS
Health Dashboard, for example:
  arn:aws:lambda:us-west-2:664501298317:function:qsm-thumbnail-render
  arn:aws:lambda:us-west-2:664501298317:function:qsm-feed-import

Lambda runtime support policy:
https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html

Sincerely,
Amazon Web Services
""")

# 8 EKS extended support pricing (pricing)
add(src="https://github.com/endoflife-date/endoflife.date/pull/3675", provider="AWS", label="pricing",
    frm=AWS, to="finops@orchardline-logistics.example", orig=D(2024, 1, 16), target=D(2028, 3, 1),
    hour=(10, 0, "-0800"), dates={"eff": D(2024, 4, 1)}, deadline="eff", fmt=us,
    subject="Amazon EKS extended support for Kubernetes versions: pricing takes effect {eff} [AWS Account: 155093827764]",
    body="""Hello,

We are writing because your account runs Amazon EKS clusters, and some of them
use Kubernetes versions that are close to the end of standard support.

How support for a version works
Each Kubernetes version is in standard support on Amazon EKS for 14 months after
it becomes available on EKS. After that, a cluster can stay on the same version
in extended support for up to 12 more months, 26 months in total. Before a
version leaves standard support you receive a notice at least 60 days ahead,
through your AWS Health Dashboard and by e-mail.

What changes on {eff}
Extended support has been offered at no extra charge during its preview. From
{eff}, a cluster whose version is in extended support is charged $0.60 per
cluster per hour, in place of the standard $0.10 per cluster per hour. Clusters
on versions in standard support are not affected.

Clusters in your account that would be billed at the extended rate on {eff}
if they are not upgraded:
  olx-routing-eks   Kubernetes 1.24   us-east-1
  olx-batch-eks     Kubernetes 1.25   us-east-1

To avoid the higher rate, upgrade these clusters to a version in standard
support before {eff}.

Pricing details: https://aws.amazon.com/eks/pricing/
Version calendar: https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html

Sincerely,
Amazon Web Services
""")

# 9 Elastic Beanstalk platform version retirement (action-required)
add(src="https://github.com/SummitRoute/aws_breaking_changes/pull/21", provider="AWS", label="action-required",
    frm=AWS, to="webops@ferncastle-tickets.example", orig=D(2019, 5, 16), target=D(2028, 3, 22),
    hour=(13, 20, "-0700"), dates={"ret": D(2019, 6, 30), "end": D(2019, 9, 28)}, deadline="ret", fmt=us,
    subject="AWS Elastic Beanstalk: platform versions used by your environments retire on {ret} [AWS Account: 487730015529]",
    body="""Hello,

Some of your AWS Elastic Beanstalk environments run on platform versions that
will be marked as retired on {ret}.

Environments concerned:
  fct-web-prod     PHP 5.6 running on 64bit Amazon Linux/2.8.2       us-east-1
  fct-worker-prod  Tomcat 7 Java 7 running on 64bit Amazon Linux/3.1.3 us-east-1

What retirement means
  * From {ret}, a retired platform version can no longer be selected for new
    environments.
  * Existing environments on a retired version keep working for 90 days after the
    retirement date, until {end}.
  * After {end}, Elastic Beanstalk may remove its own management components from
    these environments. The application and the AWS resources under it keep
    running, but managing, patching and supporting them becomes your
    responsibility alone.

What we recommend
Move each environment to a supported platform version before {ret}, for
example by cloning it onto the newest version of its platform branch and then
swapping the environment URLs.

Platform support policy:
https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/platforms-support-policy.html

Sincerely,
The AWS Elastic Beanstalk Team
""")

# 10 Elastic Beanstalk AL2 platform branches retirement (action-required)
add(src="https://github.com/SummitRoute/aws_breaking_changes/issues/127", provider="AWS", label="action-required",
    frm=AWS, to="devops@marrowbrook-learning.example", orig=D(2025, 5, 1), target=D(2028, 3, 27),
    hour=(15, 5, "-0700"), dates={"ret": D(2026, 6, 30)}, deadline="ret", fmt=us,
    subject="[Action Required] AWS Elastic Beanstalk platform branches based on Amazon Linux 2 retire on {ret} [AWS Account: 839116640287] [EU-CENTRAL-1]",
    body="""Hello,

[AWS Health may periodically trigger reminder notifications about this communication if resources remain unresolved.]

Elastic Beanstalk will retire all platform branches based on Amazon Linux 2 on
{ret}, in line with the end of support for Amazon Linux 2. Your account
has environments on these branches:

  Environment          Platform branch
  -------------------  ------------------------------------------------
  mbl-portal-prod      Node.js 18 running on 64bit Amazon Linux 2
  mbl-portal-staging   Node.js 18 running on 64bit Amazon Linux 2
  mbl-api-prod         Corretto 11 running on 64bit Amazon Linux 2

After {ret}:
  - The retired branches can no longer be used to launch new environments.
  - Existing environments keep running, but receive no further platform
    updates, security patches included, and managed platform updates stop.

Please migrate these environments to a platform branch based on Amazon Linux
2023 before {ret}. A blue/green deployment lets you test the new platform
without downtime.

Retiring platform branch schedule:
https://docs.aws.amazon.com/elasticbeanstalk/latest/platforms/platforms-retiring.html
Supported platforms:
https://docs.aws.amazon.com/elasticbeanstalk/latest/platforms/platforms-supported.html

Sincerely,
Amazon Web Services
""")

# 11 SES account under review (abuse)
add(src="https://github.com/cds-snc/notification-api/issues/1070", provider="AWS", label="abuse",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="notify-admin@northgate-services.example",
    orig=D(2020, 8, 6), target=D(2028, 3, 8), hour=(21, 33, "-0700"), dates={"review": D(2020, 8, 20)},
    deadline="review", fmt=us,
    subject="Amazon SES account under review for AWS account 726608119450 in region CA-CENTRAL-1",
    body="""Hello,

Your Amazon SES account in the CA Central (Canada) Region has been placed under
review. You can still send e-mail during the review, but please read this
message in full.

WHY YOUR ACCOUNT IS UNDER REVIEW
The bounce rate of your account is currently 10.6%. We calculate it over your
most recent eligible sending, about the last 14,200 messages. We expect senders
to keep their bounce rate below 5%; accounts with a bounce rate of 10% or more
are placed under review, and their sending can be paused.

A high bounce rate usually means that messages are going to addresses that no
longer exist or that were never collected with the owner's consent. Mail of that
kind harms the reputation of the IP addresses that Amazon SES shares between its
customers.

WHAT YOU NEED TO DO
- Stop sending to addresses that have hard-bounced; add them to your
  suppression list.
- Confirm how the addresses on your lists were obtained.
- Set up bounce and complaint notifications (Amazon SNS or event publishing) so
  that you can react to them automatically.
- Reply to this message and tell us what you have changed.

We will look at your account again on or after {review}. If the bounce rate
has not fallen below 10% by then, we may pause the ability of this account to
send e-mail.

Sending review process FAQ:
https://docs.aws.amazon.com/ses/latest/dg/faqs-enforcement.html

Sincerely,
The Amazon SES Team
""")

# 12 AWS compromised credentials used for SES abuse (security-incident)
add(src="https://github.com/ramimac/aws-customer-security-incidents/issues/266", provider="AWS",
    label="security-incident", frm=AWS, to="owner@bayleaf-studio.example",
    orig=D(2025, 8, 1), target=D(2028, 3, 8), hour=(4, 51, "-0700"), dates={}, deadline=None, fmt=us,
    subject="[ACTION REQUIRED] Irregular activity in your AWS account 093377251846",
    body="""Hello,

We have detected activity in your AWS account 093377251846 that suggests a third
party has obtained your credentials and is using them without your permission.

What we observed
  - Access key AKIA4EXAMPLE7QLM2R6N, belonging to IAM user "deploy-ci", was used
    from IP addresses that this account has not used before, including
    198.51.100.73 and 203.0.113.190.
  - The key was used to verify new Amazon SES identities, to request a raise of
    the SES sending quota, and to send a large volume of e-mail that recipients
    reported as spam.
  - New IAM users (ses-smtp-user-2028, backup-svc) and access keys were created,
    which attackers commonly do to keep access after the first key is revoked.

What we have done
To limit further harm, we have paused Amazon SES sending for this account and
attached a restrictive policy to the affected IAM user.

What you need to do
1. Delete access key AKIA4EXAMPLE7QLM2R6N and rotate every other key.
2. Delete IAM users, roles, policies and keys that you did not create, including
   those listed above.
3. Check Amazon SES, EC2, Lambda and IAM in every Region for resources you do not
   recognise, and review AWS CloudTrail for the calls made with the key.
4. Change the root user password and enable MFA for the root user and all IAM
   users.
5. Reply to this message through the AWS Support Center case that has been
   opened for you, and tell us which of these steps you have completed.

Your account remains responsible for charges incurred, so please act promptly.

Sincerely,
Amazon Web Services
""")

# 13 AWS exposed key - quarantine policy (security-incident)
add(src="https://github.com/ramimac/aws-customer-security-incidents/issues/215", provider="AWS",
    label="security-incident", frm=AWS, to="infra@opencanopy-project.example",
    orig=D(2024, 11, 26), target=D(2028, 3, 14), hour=(19, 8, "-0800"), dates={}, deadline=None, fmt=us,
    subject="Your AWS Access Key is exposed for AWS account 517790642238",
    body="""Hello,

We have become aware that the AWS access key AKIAEXAMPLE2K8XJ4PQV, which belongs
to IAM user "docs-s3-publisher" in AWS account 517790642238, and its secret key
are available in public on the internet, at:

  https://github.com/opencanopy-project/website/blob/3f9e21c/config/deploy.yml

Anyone who finds these credentials can use them in your name, which can lead to
unauthorized access, excessive charges and a breach of the AWS Customer
Agreement.

To reduce the risk, we have attached the managed policy
AWSCompromisedKeyQuarantineV3 to the IAM user. The policy blocks a set of
high-risk actions for this user. It does not make your account safe, and it
does not remove the key.

Please do the following now:
  1. Rotate the exposed key: create a replacement, update the systems that use
     it (for example the S3 publishing job), then delete AKIAEXAMPLE2K8XJ4PQV.
  2. Review AWS CloudTrail for calls made with the key since it was exposed, and
     check your S3 buckets for changes you did not make.
  3. Look for IAM users, roles and resources you do not recognise in all
     Regions.
  4. Remove the key from the repository and from its history, and keep secrets
     out of source control in future.
  5. Once finished, you may detach AWSCompromisedKeyQuarantineV3.

Remediating compromised AWS credentials:
https://repost.aws/knowledge-center/potential-account-compromise

Sincerely,
Amazon Web Services
""")

# 14 AWS compromised account support case (security-incident)
add(src="https://note.mu/urzassaga98/n/nfb3b86a3c420", provider="AWS", label="security-incident",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="kenji.arai@minami-print.example",
    orig=D(2022, 12, 15), target=D(2028, 3, 17), hour=(6, 22, "-0800"), dates={}, deadline=None, fmt=us,
    subject="RE: [CASE 17398825541] [ACTION REQUIRED] Your AWS Account 3304-8812-6609 is compromised",
    body="""Hello,

This is a follow-up to case 17398825541, which we opened about your AWS account
3304-8812-6609. We have not yet received a reply.

Our monitoring found that your account is being used by an unauthorized party.
Since the case was opened, a large number of GPU instances (p3 and g5 families)
have been launched in several Regions, in a pattern typical of cryptocurrency
mining. These instances are creating significant charges on your account.

Please complete the following steps without delay:

  a) Change the password of the root user and enable multi-factor
     authentication.
  b) Delete all access keys of the root user, and rotate or delete the access
     keys of every IAM user.
  c) Terminate the EC2 instances, spot requests and launch templates you did not
     create, in all Regions. Check also for Lambda functions and IAM roles you do
     not recognise.
  d) Confirm that the contact and billing information on the account is correct.

When you have finished, reply to this case from the AWS Support Center and tell
us what you did. Once the account is secure, you may ask us to review the
charges caused by the unauthorized use.

If the steps are not completed, we may need to restrict or suspend the account
to protect you and other customers.

Best regards,
AWS Trust & Safety

To see the case and reply, visit:
https://console.aws.amazon.com/support/home#/case/?displayId=17398825541
""")

# 15 AWS exposed key on GitHub, 5 days (security-incident)
add(src="http://hamafrog.com/aws/", provider="AWS", label="security-incident",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="h.tanabe@kawazu-dev.example",
    orig=D(2019, 3, 4), target=D(2028, 3, 10), hour=(3, 14, "-0800"), dates={"dl": D(2019, 3, 9)},
    deadline="dl", fmt=us,
    subject="Action Required: Your AWS Access Keys are publicly available [AWS Account ****-****-4471]",
    body="""Dear AWS Customer,

Protecting your account is important to us. We have found that the following
access key of your AWS account (****-****-4471), together with its secret key,
is published on a public website:

  Access Key ID          Location
  ---------------------  -----------------------------------------------------
  AKIA****************7WTQ  https://github.com/hkawazu/rails-sample/blob/a41c09d/config/secrets.yml

Publishing credentials in this way exposes your account to unauthorized use and
possibly large charges, and it is not permitted under the AWS Customer
Agreement.

Please delete or rotate the exposed key, and confirm that all usage on your
account is your own. To reduce the risk of charges in the meantime, we have
temporarily limited how many EC2 instances your account can launch. This limit
does not secure your account.

If the exposed key is still active on {dl}, five days from today, we may
suspend your account to prevent further misuse.

HOW TO CHECK FOR UNAUTHORIZED USE
Sign in to the AWS Management Console and look at each service in every Region,
EC2 in particular, for resources you did not create. The Billing console shows
your charges so far this month.

HOW TO ROTATE THE KEY
Create a new access key in the IAM console, update your applications to use it,
and then delete the old key.

Sincerely,
Amazon Web Services
""")

# 16 Phishing imitating AWS, Japanese (security-incident pretend)
add(src="http://pvchk.app2one.com/cn/security/report-suspicious-emails", provider="AWS (phishing imitation)",
    label="security-incident", phishing=True,
    frm="Amazon Web Services <security-alert@aws-jp-account.example>", to="info@sakuragaoka-design.example",
    orig=D(2028, 3, 24), target=D(2028, 3, 24), hour=(23, 48, "+0900"), dates={"dl": D(2028, 3, 25)},
    deadline="dl", fmt=jp,
    subject="【重要】AWSアカウントの一時停止について（本人確認のお願い）",
    body="""Amazon Web Services をご利用のお客様

いつもAWSをご利用いただき、ありがとうございます。

お客様のAWSアカウントにおいて、第三者による不審なサインインが検出されました。
安全のため、現在アカウントの一部機能を一時的に制限しております。

  検出日時：{dl0} 22:17（日本時間）
  接続元　：不明な端末（203.0.113.58）

アカウントを引き続きご利用いただくには、{dl} 23:59 までに
下記のリンクより本人確認とお支払い情報の再登録を完了してください。
期限までに確認が取れない場合、アカウントは停止され、
保存されているデータはすべて削除されます。

▼本人確認はこちら
http://aws-jp-account.example/signin/verify?id=8830217

※本メールは送信専用アドレスから送信しています。ご返信いただいてもお答えできません。

Amazon Web Services カスタマーサポート
""")

# 17 Linode host migration (maintenance)
add(src="https://github.com/linode/manager/issues/3024", provider="Linode", label="maintenance",
    frm="Linode Support <support@linode.com>", to="ops@birchhollow-radio.example",
    orig=D(2018, 3, 12), target=D(2028, 3, 5), hour=(17, 40, "-0500"), dates={"mig": D(2018, 3, 26)},
    deadline="mig", fmt=us,
    subject="Linode Support Ticket 10873315 - Scheduled Host Migration",
    body="""Hello,

To keep our platform healthy, we need to move one of your Linodes to a new
physical host. This ticket gives the details.

  Linode:          bhr-stream-01 (Newark, NJ)
  Migration type:  scheduled host migration
  Window start:    {mig} 02:00 EDT (two-hour window)

What to expect
  - At the start of the window your Linode will be shut down cleanly, moved to
    the new host, and then returned to the state it was in (running or powered
    off).
  - The move usually takes well under the full window; the exact time depends
    on the size of your disks.
  - Your IP addresses, disks and configuration profiles stay the same.

If you would rather choose the time yourself, you can start the migration early
from the Linode's dashboard in the Cloud Manager before {mig}. A banner on
that page shows "You have a host migration scheduled for this Linode!" until the
move is complete.

If you have any questions, just reply to this ticket.

Regards,
Linode Support

You can view this ticket at: https://cloud.linode.com/support/tickets/10873315
""")

# 18 Linode Tokyo 1 -> Tokyo 2 (maintenance)
add(src="https://github.com/linode/docs/pull/2046", provider="Linode", label="maintenance",
    frm="Linode Support <support@linode.com>", to="admin@kitagawa-shoten.example",
    orig=D(2018, 9, 28), target=D(2028, 3, 16), hour=(9, 5, "-0400"),
    dates={"mig": D(2018, 10, 30), "start": D(2018, 10, 8)}, deadline="mig", fmt=us,
    subject="Linode Support Ticket 11204478 - Tokyo 1 data center migration",
    body="""Hello,

We are retiring our Tokyo 1 data center and moving all Linodes there to our new
Tokyo 2 facility. Your Linode ks-shop-jp-1 is in Tokyo 1 and has been given the
following migration window:

  Linode:        ks-shop-jp-1
  Migration:     {mig}, 01:00-05:00 JST

Please note:
  - All IP addresses of the Linode change with the move: public and private
    IPv4, and public and link-local IPv6. After the move you must update your
    network configuration (unless Network Helper manages it) and your DNS
    records.
  - Backups and snapshots held by the Linode Backup Service stay in Tokyo 1 and
    are not moved. New scheduled backups start in Tokyo 2 after the migration,
    and the Linode stays enrolled in the service.

Your options
  1. Migrate early: from {start}, a banner on the Linode's dashboard lets you
     start the move at a time you choose.
  2. Build a new Linode in Tokyo 2 yourself and copy your data across.
  3. Do nothing: the Linode will be shut down, moved and booted again during
     the window above.

Our guide "Migrating from Tokyo 1 to Tokyo 2" describes each option step by
step.

Regards,
Linode Support
""")

# 19 Linode migration pending - power off to start (maintenance)
add(src="https://github.com/linode/manager/pull/5035", provider="Linode", label="maintenance",
    frm="Linode <support@linode.com>", to="sysadmin@glenmere-archive.example",
    orig=D(2019, 6, 6), target=D(2028, 3, 21), hour=(12, 30, "-0400"), dates={"dl": D(2019, 6, 20)},
    deadline="dl", fmt=us,
    subject="Linode Support Ticket 11930562 - Migration pending for gma-db-02",
    body="""Hello,

A migration has been queued for your Linode gma-db-02 (Fremont, CA). The
migration moves the Linode to newer hardware in the same data center; its IP
addresses and disks are kept.

This migration is in the "pending" state: it cannot start while the Linode is
running. To carry it out at a time that suits you:

  1. Shut the Linode down from the Cloud Manager or from inside the system.
  2. On the Linode's dashboard, choose "Enter Migration Queue".
  3. The Linode is moved and then booted again automatically.

If the migration has not been started by {dl}, we will schedule it
ourselves. In that case the Linode will be shut down, migrated and returned to
its last state without further notice beyond the ticket update giving the exact
time.

We expect the move to take about 20 minutes, depending mostly on the size of
your disks.

Thank you,
Linode Support
""")

# 20 SendGrid account under review (abuse)
add(src="https://github.com/sendgrid/docs/issues/5727", provider="Twilio SendGrid", label="abuse",
    frm="Twilio SendGrid <support@sendgrid.com>", to="marketing@willowmere-outdoor.example",
    orig=D(2019, 12, 26), target=D(2028, 3, 7), hour=(10, 15, "-0700"), dates={}, deadline=None, fmt=us,
    subject="Your SendGrid account is temporarily under review",
    body="""Hello,

Your Twilio SendGrid account "willowmere-outdoor" has been placed under
temporary review, and its ability to send e-mail is currently on hold.

Why this happened
Our compliance systems flagged recent sending from your account: in the last 48
hours, messages sent through your account drew a spam report rate well above our
threshold, and one of your sending IPs (198.51.100.214) was listed by a public
blocklist. Sending of this kind breaks the SendGrid Email Policy.

What we need from you
Please reply to this message with:
  - how the recipient addresses on your lists were collected, and whether they
    opted in;
  - links to the sign-up forms you use;
  - a sample of the messages you sent on the dates concerned;
  - what you will change to lower complaints (list cleaning, unsubscribe
    handling, sending frequency).

Our compliance team will review your answer and decide whether sending can be
restored. Until then, API requests and SMTP connections from this account will
be refused.

SendGrid Email Policy: https://sendgrid.com/policies/email/

Regards,
Twilio SendGrid Compliance
""")

# 21 Heroku Cedar-10 EOL (action-required)
add(src="https://github.com/BetaNYC/citygram-nyc/issues/58", provider="Heroku", label="action-required",
    frm="Heroku <noreply@heroku.com>", to="civic-tech@fivebridges-city.example",
    orig=D(2015, 7, 19), target=D(2028, 3, 4), hour=(20, 11, "+0000"), dates={"eol": D(2015, 11, 4)},
    deadline="eol", fmt=us,
    subject="Cedar-10 stack end-of-life on {eol}: action needed for your apps",
    body="""Hi,

You are receiving this e-mail because you own or collaborate on Heroku apps
that still run on the Cedar-10 stack:

  fbc-alerts-staging
  fbc-alerts

Cedar-10 is based on Ubuntu 10.04, which no longer gets security updates from
Ubuntu. The stack reaches end-of-life on {eol}.

What end-of-life means
After {eol}, Cedar-10 apps will no longer receive stack security updates.
Apps that are still on the stack keep running for now, but at your own risk,
and you should expect build support for the stack to end later.

What to do
Move your apps to Cedar-14 at your earliest convenience. For most apps this is
one command followed by a new deploy:

  heroku stack:set cedar-14 -a <app-name>
  git push heroku master

We recommend testing the change on a staging app first. Until you upgrade, each
deploy to a Cedar-10 app will show an end-of-life warning in the build output.

Migration guide: https://devcenter.heroku.com/articles/cedar-14-migration

Thanks,
The Heroku Team
""")

# 22 Heroku-18 deprecation (action-required)
add(src="https://github.com/balena-io/docs/issues/2336", provider="Heroku", label="action-required",
    frm="Heroku <noreply@heroku.com>", to="docs-team@quartzline-iot.example",
    orig=D(2022, 7, 8), target=D(2028, 3, 11), hour=(14, 35, "+0000"),
    dates={"w7": D(2023, 2, 1), "daily": D(2023, 4, 1), "eol": D(2023, 4, 30), "nobuild": D(2023, 5, 1)},
    deadline="eol", fmt=us,
    subject="Your app qlt-docs-preview is using the deprecated Heroku-18 stack",
    body="""Hello,

Your recently built app qlt-docs-preview is on the Heroku-18 stack, which is now
deprecated. This is how its retirement will unfold:

  - From {w7}: the first build of each Heroku-18 app in any 7-day
    period fails with a deprecation notice; building again succeeds.
  - From {daily}: the first build of each app every day fails in the
    same way.
  - On {eol}: Heroku-18 reaches end-of-life. Apps on it get no more
    security updates and run at your own risk.
  - From {nobuild}: builds are no longer possible for Heroku-18 apps.

Your running dynos are not stopped on any of these dates.

Please move the app to a newer stack, such as Heroku-22, as soon as you can:
https://devcenter.heroku.com/articles/upgrading-to-the-latest-stack

Answers to common questions are in the Heroku-18 End-of-Life FAQ:
https://help.heroku.com/X5OE6BCA/heroku-18-end-of-life-faq

Thanks,
Heroku
""")

# 23 Heroku Cedar-14 past EOL (action-required, no date)
add(src="https://github.com/fieldpapers/fieldpapers/issues/314", provider="Heroku", label="action-required",
    frm="Heroku <noreply@heroku.com>", to="maps@papertrail-atlas.example",
    orig=D(2023, 3, 16), target=D(2028, 3, 23), hour=(16, 2, "+0000"), dates={}, deadline=None, fmt=us,
    subject="Action needed: app pta-website runs on the end-of-life Cedar-14 stack",
    body="""Hello,

Your app pta-website still runs on the Cedar-14 stack, which has reached
end-of-life.

What this means for the app
  - Cedar-14 receives no security updates. The app keeps running, but without
    patches to its operating system layer.
  - New builds are no longer accepted on Cedar-14. The next time you push code,
    the build will fail until the app is moved to a supported stack.
  - Heroku Support can no longer help with issues caused by the stack.

What to do
Change the app's stack to a supported one, such as Heroku-22, and deploy it:

  heroku stack:set heroku-22 -a pta-website
  git commit --allow-empty -m "Upgrade to heroku-22"
  git push heroku main

Your buildpacks, language versions and dependencies may need updates before the
app builds on the newer stack; we suggest testing on a review app first.

Cedar-14 End-of-Life FAQ: https://help.heroku.com/SMQ1J712/cedar-14-end-of-life-faq

Thanks,
Heroku
""")

# 24 Heroku-16 end-of-life (action-required)
add(src="https://github.com/alphagov/govuk-frontend/pull/2086", provider="Heroku", label="action-required",
    frm="Heroku <noreply@heroku.com>", to="frontend-ops@civicdesign-unit.example",
    orig=D(2020, 12, 23), target=D(2028, 3, 18), hour=(10, 41, "+0000"),
    dates={"eol": D(2021, 5, 1), "nobuild": D(2021, 6, 1)}, deadline="eol", fmt=us,
    subject="Heroku-16 end-of-life: cdu-frontend-pr-1187 was built on a deprecated stack",
    body="""Hello,

Your app cdu-frontend-pr-1187, a review app of the pipeline cdu-frontend, was
just built on the Heroku-16 stack. Heroku-16 is deprecated, and you will receive
this notice each time an app on it is built.

Key dates
  - {eol}: Heroku-16 reaches end-of-life. Apps on it keep running but no
    longer receive security updates, and run at your own risk.
  - {nobuild}: builds are no longer allowed for Heroku-16 apps. Apps that
    are already running are not stopped.

What to do
  - For review apps, set the stack in the app.json of your repository, for
    example "stack": "heroku-20". New review apps will then use that stack.
  - For long-running apps, change the stack with the Heroku CLI or in the
    Dashboard (Settings > Stack), then deploy again:
      heroku stack:set heroku-20 -a <app-name>

Guide: https://devcenter.heroku.com/articles/upgrading-to-the-latest-stack
FAQ:   https://help.heroku.com/0S5P41DC/heroku-16-end-of-life-faq

Thanks,
Heroku
""")

# 25 OVH web hosting anomalous activity, French (security-incident)
add(src="https://github.com/ovh/docs/pull/8442", provider="OVHcloud", label="security-incident",
    frm="OVHcloud <noreply@ovh.net>", to="contact@fromagerie-lesbruyeres.example",
    orig=D(2025, 9, 30), target=D(2028, 3, 19), hour=(9, 20, "+0100"), dates={}, deadline=None, fmt=dmy,
    subject="[OVHcloud] Activite anormale detectee sur votre hebergement fromagerie-lesbruyeres.example",
    body="""Bonjour,

Nos systèmes ont relevé une activité anormale sur votre hébergement web
fromagerie-lesbruyeres.example (offre Pro).

Constat
Depuis le {t0}, votre hébergement ouvre un grand nombre de connexions
sortantes vers des serveurs externes (appels HTTP et connexions TCP sortantes).
Ce comportement indique le plus souvent qu'un script malveillant a été déposé
sur votre site, par exemple au travers d'une extension de CMS non mise à jour.

Mesures de sécurité appliquées
Pour limiter les conséquences pour vous et pour des tiers, nous avons :
  - bloqué les connexions TCP sortantes de l'hébergement ;
  - désactivé l'envoi d'e-mails à partir des scripts du site.
Votre site reste consultable par vos visiteurs.

Ce que nous vous demandons
  1. Analysez les fichiers du site et les journaux d'accès, supprimez les
     fichiers suspects et mettez à jour votre CMS, ses extensions et ses thèmes.
  2. Changez les mots de passe FTP, de la base de données et de l'interface
     d'administration du site.
  3. Une fois le nettoyage terminé, rendez-vous dans l'espace client
     OVHcloud, section « Web Cloud », ouvrez votre hébergement et levez les
     mesures depuis la fenêtre « Activité anormale sur votre hébergement ».

Si une activité anormale est de nouveau constatée lors d'une prochaine
analyse, les mesures seront réactivées automatiquement et vous recevrez une
nouvelle notification.

Notre guide « Conseils suite au piratage de votre site web » détaille ces
étapes.

Cordialement,
L'équipe OVHcloud
""")

# 26 Hetzner spam abuse (abuse)
add(src="https://et.hostadvice.com/hosting-company/hetzner-online-reviews/?lang=de", provider="Hetzner",
    label="abuse", frm="Hetzner Abuse Team <abuse@hetzner.com>", to="m.brenner@lindenhof-webdesign.example",
    orig=D(2023, 5, 9), target=D(2028, 3, 12), hour=(11, 4, "+0100"), dates={"block": D(2023, 5, 10)},
    deadline="block", fmt=iso,
    subject="Abuse Message [AbuseID:9F31C2:2A]: Spam: unsolicited bulk e-mail from 198.51.100.27",
    body="""Dear Mr Brenner,

We have received a complaint about your server with the IP address
198.51.100.27. According to the complainant, unsolicited bulk e-mail (spam) was
sent from this address. The original report is attached below.

Sending spam is not permitted under our System Policies. Please find the cause
and stop it. A frequent cause is a compromised mail account or a contact form on
a website that can be misused to send mail.

Please send us a short statement describing how this could happen and what you
have done about it. If we do not receive a statement, your server can be blocked
at any time after {block} 11:04:00 +0100.

How to proceed:
- Solve the issue
- Send us a statement using the following link:
  https://abuse.hetzner.com/statements/?token=4c0a7e19b25d83f6a1e0d9c7b3f52e84

Important note:
If you reply by e-mail, please leave the abuse ID [AbuseID:9F31C2:2A] unchanged
in the subject line. For other questions, our support team can be reached at
support@hetzner.com.

Kind regards

Abuse Team

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
abuse@hetzner.com
https://www.hetzner.com

---- original report ----
From: spam-reports@mailguard-lists.example
Received: from mail.lindenhof-webdesign.example ([198.51.100.27])
Subject: Online pharmacy - 80% off today only
Date: {t0m1} 21:47:12 +0000
""")

# 27 Netz0 abuse incident (abuse)
add(src="https://netz0.com/help/what-is-my-responsibility-after-an-abuse-incident-has-been-opened-under-my-account",
    provider="Netz0", label="abuse", frm="Netz0 Abuse Desk <abuse@netz0.com>", to="owner@cobaltridge-crafts.example",
    orig=D(2024, 2, 14), target=D(2028, 3, 25), hour=(8, 55, "-0500"), dates={}, deadline=None, fmt=us,
    subject="[Netz0 Abuse #AB-662914] Brute-force attempts reported from your VPS 192.0.2.145",
    body="""Hello,

An abuse incident has been opened under your Netz0 account for the following
service:

  Incident:  AB-662914
  Service:   VPS "crc-web-01"
  IP:        192.0.2.145
  Type:      SSH brute-force login attempts against third-party servers
  Reported:  {t0}, by an external network operator (log extract below)

Please do not worry: most incidents like this are resolved quickly. But you,
as the account holder, are responsible for how your services are used, including
when a server has been compromised by someone else.

What we need from you
  - Reply to this message within the incident, even if only to confirm that you
    are looking into it.
  - Find and stop the source of the traffic, and tell us what you found and
    what you changed.

If you do not have the technical staff to do this, our team can investigate
and clean the server for you as an optional service; just ask in your reply.

Please do not ignore this incident. Without a reply we have to assume the server
is still under someone else's control, and we may interrupt the service to
protect our network and other customers. Repeated incidents without response
can lead to further restrictions.

Log extract supplied by the reporter:
  {t0} 06:12:44 UTC  192.0.2.145:51822 -> 203.0.113.10:22  failed password (root)
  {t0} 06:12:45 UTC  192.0.2.145:51836 -> 203.0.113.10:22  failed password (admin)
  {t0} 06:12:47 UTC  192.0.2.145:51840 -> 203.0.113.10:22  failed password (root)

Regards,
Netz0 Abuse Desk
""")

# 28 ungleich abuse - VM suspended (abuse)
add(src="https://redmine.ungleich.ch/projects/open-infrastructure/wiki/Abuse_Handling/2", provider="ungleich",
    label="abuse", frm="ungleich abuse <abuse@ungleich.ch>", to="it@seeblick-praxis.example",
    orig=D(2022, 4, 4), target=D(2028, 3, 26), hour=(15, 10, "+0200"), dates={}, deadline=None, fmt=iso,
    subject="[ungleich abuse] VM 2001:db8:1:2::42 suspended after flood report",
    body="""Hello,

We received an abuse report concerning a virtual machine in your account:

  VM:        vm-4418 (seeblick-praxis-web)
  Address:   2001:db8:1:2::42
  Report:    UDP flood against 198.51.100.80, {t0} 13:05-13:40 UTC
  Reporter:  network operator of the target (contact details on file)

The report contains the date and time, the addresses and ports involved and
traffic samples, and the pattern is consistent with a denial-of-service attack.
Because floods and DoS attacks are clearly malicious, we have suspended the VM.

Please note that we do not record traffic and have no access to the contents of
your VM, so we cannot tell you how this happened. In our experience, a VM that
sends traffic like this has usually been compromised.

To restore service:
  1. Reply to this e-mail and tell us whether you know the cause.
  2. The VM must be set up freshly. We can give you temporary access in an
     isolated network so that you can copy your data off first.
  3. Once the new VM is ready, let us know and we will close the incident.

Please reply from a working address; we cannot act on replies from noreply
addresses.

Best regards,
ungleich glarus ag - abuse handling
""")

# 29 Cloudflare abuse report forwarded (abuse)
add(src="https://github.com/cloudflare/cloudflare-docs/issues/27535", provider="Cloudflare", label="abuse",
    frm="Cloudflare Trust & Safety <abuse@cloudflare.com>", to="webmaster@ashgrove-tutoring.example",
    orig=D(2026, 1, 10), target=D(2028, 3, 28), hour=(18, 26, "+0000"), dates={}, deadline=None, fmt=iso,
    subject="Cloudflare Abuse Report [report id: 7c1e58a09b3f4d21]: phishing on ashgrove-tutoring.example",
    body="""Hello,

Cloudflare received an abuse report about content on a domain in your Cloudflare
account. We are forwarding it to you as the domain owner so that you can
investigate.

  Report ID:   7c1e58a09b3f4d21
  Category:    Phishing & Malware
  Received:    {t0} 17:58 UTC
  Reported URL(s):
    https://ashgrove-tutoring.example/wp-content/uploads/2028/03/secure/login.php
    https://ashgrove-tutoring.example/wp-content/uploads/2028/03/secure/verify.php

Reporter's comments:
  "Page imitates a bank sign-in form and collects user credentials. Linked from
   spam messages sent on {t0}."

Cloudflare is a reverse proxy and does not host the content of your website; the
content is served from your origin server. Pages of this kind often appear after
a content management system or one of its plugins has been compromised.

Please review the URLs above, remove the material if it is malicious, and secure
your site. If you believe the report is wrong, you can reply with details.

Under our policies, Cloudflare may also pass the report to your hosting provider,
and may display a warning interstitial to visitors of URLs confirmed as phishing.

Regards,
Cloudflare Trust & Safety
https://abuse.cloudflare.com
""")

# 30 Phishing imitating Azure billing (billing pretend)
add(src="https://sites.udel.edu/phishing/2012/05/09/another-verizon-phising-scam/",
    provider="Microsoft Azure (phishing imitation)", label="billing", phishing=True,
    frm="Microsoft Azure Billing <billing-noreply@azure-invoice-center.example>",
    to="undisclosed-recipients:;", orig=D(2028, 3, 29), target=D(2028, 3, 29), hour=(5, 2, "+0000"),
    dates={}, deadline=None, fmt=us,
    subject="Your Microsoft Azure bill is ready - amount due USD 1,362.48",
    body="""Microsoft Azure

Dear Customer,

Your latest Azure invoice is now available.

  Invoice number:   E0800-73319
  Billing period:   February 2028
  Amount due:       USD 1,362.48
  Payment method:   American Express ending in ****

This amount will be charged to your card automatically. If you do not recognise
these charges, or if your subscription was used without your permission, you must
dispute them right away to stop the payment:

  View and dispute your invoice:
  http://azure-invoice-center.example/billing/dispute?inv=E0800-73319

To protect your account you may be asked to confirm your Microsoft account
password and card details.

Thank you for choosing Microsoft Azure.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# 31 Japanese ASP pricing / terms revision (pricing)
add(src="https://www.sct.or.jp/asp/fee/", provider="SCT (Japanese ASP)", label="pricing",
    frm="SCT ASPサービス事務局 <asp-info@sct.or.jp>", to="soumu@hamanako-kanko.example",
    orig=D(2021, 3, 1), target=D(2028, 3, 30), hour=(10, 0, "+0900"), dates={"eff": D(2021, 4, 1)},
    deadline="eff", fmt=wareki,
    subject="【重要】ASPサービス利用規約およびシステム利用料金改定のお知らせ（{eff}適用）",
    body="""浜名湖観光協会
ご担当者様

平素はASPサービスをご利用いただき、誠にありがとうございます。

このたび、ASPサービスの利用規約を改定し、あわせてシステム利用料金の
算定方法を見直すことといたしました。改定後の規約および料金は
{eff}から適用いたします。

■ 主な改定内容
　1. 利用料金の算定方法の変更
　　 これまでの利用件数に応じた段階料金から、「料金算定表（利用料金一覧）」に
　　 基づく算定に変更いたします。
　2. 利用規約の改定
　　 料金算定に関する条項を中心に、記載を整理いたしました。

■ 適用開始日
　{eff}

■ 対象
　本サービスをご利用中のすべてのお客様

改定後の利用規約および料金算定表は、当事務局ウェブサイトの
「利用規約とシステム利用料金」のページに掲載しております。
ご利用前に必ずご一読くださいますようお願いいたします。
なお、以前の版の利用規約も同ページにて引き続きご覧いただけます。

ご不明な点がございましたら、下記までお問い合わせください。

─────────────────────────────
ASPサービス事務局
Email：asp-info@sct.or.jp
─────────────────────────────
""")

# 32 NTT Com Microsoft 365 terms revision (informational)
add(src="https://123deta.com/document/zx581jgn-Microsoft%E5%88%A9%E7%94%A8%E8%A6%8F%E7%B4%84%E7%8F%BE%E6%94%B9%E6%AF%94%E8%BC%83%E6%9C%88%E6%97%A5%E7%8F%BE%E5%9C%A8~%E3%81%AB%E3%82%88%E3%82%8B%E3%82%B5%E3%83%BC%E3%83%93%E3%82%B9%E3%82%B5%E3%83%BC%E3%83%93%E3%82%B9%E6%97%A8%E5%8F%8A%E3%81%B3.html",
    provider="NTT Communications", label="informational",
    frm="NTTコミュニケーションズ Microsoft 365 サポート <m365-info@ntt.com>", to="joho@mikawa-seiki.example",
    orig=D(2022, 1, 14), target=D(2028, 3, 31), hour=(15, 30, "+0900"), dates={"eff": D(2022, 2, 14)},
    deadline="eff", fmt=jp,
    subject="【お知らせ】「Microsoft 365 from NTT Communications」利用規約改定について",
    body="""お客様各位

平素より「Microsoft 365 from NTT Communications」をご利用いただき、
誠にありがとうございます。

本サービスの利用規約を下記のとおり改定いたしますので、お知らせいたします。
料金の変更はございません。

■ 改定日
　{eff}

■ 主な改定内容（新旧比較）
　第11条（契約者による本サービスの契約内容の変更）
　　改定前：変更適用希望日の5営業日前までにお申し込み。
　　　　　　毎月月初3営業日は変更適用希望日に指定不可。
　　改定後：変更適用希望日の3営業日前までにお申し込み。
　　　　　　毎月月初1営業日のみ変更適用希望日に指定不可。

　第12条（契約期間）
　　本サービスの契約期間を、提供開始日から1年間とする規定を新設いたします。
　　契約期間満了日の30日前までに終了のお申し出がない場合は、
　　1年間自動的に延長されます。

改定後の利用規約全文および新旧比較表は、ビジネスポータルの
「ご契約内容・規約」よりご確認いただけます。

本件に関するお問い合わせは、担当営業またはサポートセンターまでご連絡ください。

NTTコミュニケーションズ株式会社
""")


def build():
    msgs = []
    for i, n in enumerate(N, 1):
        shift = n["target"] - n["orig"]
        fmt = n["fmt"]
        vals = {k: fmt(v + shift) for k, v in n["dates"].items()}
        vals["t0"] = fmt(n["target"])
        vals["t0m1"] = fmt(n["target"] - dt.timedelta(days=1))
        vals["dl0"] = fmt(n["target"])
        body = n["body"].format(**vals)
        subject = n["subject"].format(**vals)
        if n["deadline"]:
            deadline = (n["dates"][n["deadline"]] + shift).isoformat()
        else:
            deadline = "none"
        h, m, tz = n["hour"]
        sign = 1 if tz[0] == "+" else -1
        tzinfo = dt.timezone(sign * dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
        when = dt.datetime(n["target"].year, n["target"].month, n["target"].day, h, m, 0, tzinfo=tzinfo)
        msg = EmailMessage(policy=POLICY)
        msg["From"] = n["frm"]
        msg["To"] = n["to"]
        msg["Subject"] = subject
        msg["Date"] = email.utils.format_datetime(when)
        msg["Message-ID"] = f"<g22.{i:02d}.{when.strftime('%Y%m%d%H%M')}@notices.set-g22.example>"
        msg["MIME-Version"] = "1.0"
        msg["X-Training-Label"] = n["label"]
        msg["X-Training-Deadline"] = deadline
        if n.get("phishing"):
            msg["X-Training-Phishing"] = "yes"
        ascii_body = all(ord(c) < 128 for c in body)
        msg.set_content(body, charset="utf-8", cte="7bit" if ascii_body else "quoted-printable")
        if "MIME-Version" in msg and len(msg.get_all("MIME-Version")) > 1:
            del msg["MIME-Version"]
            msg["MIME-Version"] = "1.0"
        addr = email.utils.parseaddr(n["frm"])[1] or "MAILER-DAEMON"
        utc = when.astimezone(dt.timezone.utc)
        from_line = f"From {addr} {utc.strftime('%a %b')} {utc.day:2d} {utc.strftime('%H:%M:%S %Y')}"
        msgs.append((from_line, msg, n, deadline))
    return msgs


def write(msgs):
    parts = []
    for from_line, msg, _, _ in msgs:
        raw = msg.as_bytes(policy=POLICY).decode("ascii")
        lines = raw.split("\n")
        lines = [(">" + l) if re.match(r"^>*From ", l) else l for l in lines]
        text = "\n".join(lines)
        if not text.endswith("\n"):
            text += "\n"
        parts.append(from_line + "\n" + text)
    with open(OUT, "wb") as f:
        f.write("\n".join(parts).encode("ascii"))


def check(msgs):
    problems = []
    data = open(OUT, "rb").read()
    if b"\r" in data:
        problems.append("CR found: endings must be LF")
    box = mailbox.mbox(OUT, create=False)
    got = list(box)
    if len(got) != len(msgs):
        problems.append(f"expected {len(msgs)} messages, read {len(got)}")
    ids = set()
    counts = {}
    phish = 0
    for i, m in enumerate(got, 1):
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
                  "X-Training-Label", "X-Training-Deadline"):
            if m[h] is None:
                problems.append(f"#{i}: missing {h}")
        for k, v in m.items():
            if any(ord(c) > 127 for c in str(v)):
                problems.append(f"#{i}: non-ASCII header {k}")
        d = email.utils.parsedate_to_datetime(m["Date"])
        if (d.year, d.month) != (2028, 3):
            problems.append(f"#{i}: Date not in March 2028: {m['Date']}")
        mid = m["Message-ID"]
        if mid in ids:
            problems.append(f"#{i}: duplicate Message-ID")
        ids.add(mid)
        ct = m.get_content_type()
        cs = (m.get_content_charset() or "").lower()
        if ct != "text/plain" or cs != "utf-8":
            problems.append(f"#{i}: Content-Type {ct} {cs}")
        payload = m.get_payload(decode=True)
        text = payload.decode("utf-8")
        cte = (m["Content-Transfer-Encoding"] or "7bit").lower()
        if any(ord(c) > 127 for c in text) and cte != "quoted-printable":
            problems.append(f"#{i}: non-ASCII body not quoted-printable")
        lab = m["X-Training-Label"]
        if lab not in LABELS:
            problems.append(f"#{i}: bad label {lab}")
        counts[lab] = counts.get(lab, 0) + 1
        dl = m["X-Training-Deadline"]
        if dl != "none" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dl):
            problems.append(f"#{i}: bad deadline {dl}")
        if dl != "none":
            dt.date.fromisoformat(dl)
        if m["X-Training-Phishing"] == "yes":
            phish += 1
        if "{" in text and re.search(r"\{[a-z0-9]+\}", text):
            problems.append(f"#{i}: unfilled placeholder")
    crit = counts.get("abuse", 0) + counts.get("security-incident", 0)
    if crit < 9:
        problems.append(f"only {crit} critical notices")
    if phish < 2:
        problems.append(f"only {phish} phishing notices")
    return problems, counts, phish


def main():
    msgs = build()
    write(msgs)
    problems, counts, phish = check(msgs)
    for k in sorted(counts):
        print(f"{k}: {counts[k]}")
    print(f"total: {sum(counts.values())}, phishing: {phish}")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK", OUT)


if __name__ == "__main__":
    main()
