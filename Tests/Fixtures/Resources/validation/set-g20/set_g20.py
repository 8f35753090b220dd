#!/usr/bin/env python3
"""Build set-g20.mbox: labelled cloud/hosting provider notices written after public originals.
Standard library only, deterministic. Re-reads the mbox and exits 1 on any problem."""
import datetime as dt, email.utils, email.header, mailbox, os, quopri, re, sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set-g20.mbox")
LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}
M = []

def add(**kw):
    M.append(kw)

def mk_shift(orig, target):
    o = dt.date.fromisoformat(orig); t = dt.date.fromisoformat(target)
    off = t - o
    def S(d, fmt="%B %-d, %Y"):
        x = dt.datetime.strptime(d, "%Y-%m-%d") + off
        return x.strftime(fmt)
    return S

# ---------------------------------------------------------------- AWS
add(n=1, label="action-required", provider="AWS", lang="en",
    src="https://github.com/SummitRoute/aws_breaking_changes/issues/84",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="devops@tallowfield.example",
    orig="2023-07-31", target="2028-03-02", time="16:05:11", dl="2024-07-31",
    subj="[Action Required] AWS CodeStar discontinuation [AWS Account: 583920174466]",
    body=lambda S: f"""Hello,

This message is going to you because one or more AWS CodeStar projects in your
account will be affected by a coming change to that service.

Support for creating and viewing AWS CodeStar projects ends on {S('2024-07-31')}.
From that day the CodeStar console will no longer open and no new projects can
be created. Everything CodeStar provisioned for you - source repositories,
pipelines and builds - stays in place and keeps working after that date.
CodeStar connections are not part of this change and continue as before.

If you start new projects from blueprints, or want to invite developers with
project-level permissions, Amazon CodeCatalyst offers that workflow along with
further features. Its documentation covers pricing and capabilities [1].

Questions or concerns can be raised with AWS Support [2].

[1] https://codecatalyst.aws/explore
[2] https://aws.amazon.com/support

Sincerely,
Amazon Web Services
""")

add(n=2, label="security-advisory", provider="AWS", lang="en",
    src="https://github.com/oscurrencyVRL/oscurrency/issues/214",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="admin@marrowlane.example",
    orig="2017-07-24", target="2028-03-03", time="21:40:02", dl=None,
    subj="Amazon S3 bucket permissions - reminder [AWS Account: 204417738950]",
    body=lambda S: f"""Dear AWS customer,

This is a reminder that the access control lists (ACLs) on one or more of your
Amazon S3 buckets currently let any user on the internet read their contents.

Buckets with this configuration as of {S('2017-07-22')}:

  marrowlane-uploads-prod
  marrowlane-static-assets
  ml-export-archive-2016

S3 buckets are private to the account owner by default. Unless you deliberately
serve these objects to the public (for example a static website), we suggest
reviewing the bucket ACLs and bucket policies and removing the "Everyone" read
grant.

Guidance on controlling access to buckets is available in the Amazon S3
Developer Guide.

Thank you for using Amazon Web Services.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""")

add(n=3, label="security-incident", provider="AWS", lang="en",
    src="https://alexanderpaterson.com/posts/this-is-what-happened-when-i-leaked-my-aws-secret-key",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="owner@quillbeck.example",
    orig="2017-03-14", target="2028-03-04", time="07:12:45", dl=None,
    subj="Your AWS Account is Compromised [AWS Account: 771203948815]",
    body=lambda S: """Dear AWS Customer,

We believe a third party may have gained access to your AWS account. Since
yesterday your account has been running resources at a rate of roughly
USD 4,900 per day, far above its usual level, including a large number of
c3.8xlarge instances started in several regions.

An access key and secret key belonging to your account were found in a public
GitHub repository. Anyone holding that pair can act in your account.

Please do the following as soon as possible:

1. Delete the exposed access key (and any key you did not create) in the IAM
   console, and issue new credentials only where they are needed.
2. Review every region for instances, spot requests, IAM users and roles that
   you did not launch, and terminate them.
3. Change the password of the root user and enable multi-factor authentication.
4. Reply to the support case opened for you in the Support Center once these
   steps are complete, so that we can review the unauthorized charges.

Until the account is secured, we may restrict your ability to launch new
resources to limit further cost.

Sincerely,
Amazon Web Services
""")

add(n=4, label="security-incident", provider="AWS", lang="en",
    src="https://weekly-geekly.imtqy.com/articles/357602/index.html",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="andrew@dinerlist.example",
    orig="2014-12-26", target="2028-03-05", time="11:58:30", dl=None,
    subj="Your AWS account may be compromised [AWS Account: 390118276604]",
    body=lambda S: """Dear AWS Customer,

Your security matters to us. We found that an AWS access key of your account,
together with its secret key, has been published on a public GitHub repository
that holds a small Ruby on Rails application.

  Access key: ****-****-QX7M
  Location:   https://github.com/dinerlist-dev/review-clone/blob/3f0c1aa/config/application.yml

Since the key appeared online it has been used to start EC2 instances you did
not request. Charges of about USD 2,375 have accrued from this activity so far.

To limit further charges we have temporarily reduced the number of EC2
instances your account can launch. This does not secure the account; it only
caps part of the possible misuse.

What to do now:
- Delete or rotate the exposed key pair and any other key in the account.
- Terminate instances and spot requests you do not recognise, in all regions.
- Store credentials outside of source code (environment variables or IAM roles).
- Answer the support case linked to this notice when you are done.

Sincerely,
Amazon Web Services
""")

add(n=5, label="informational", provider="AWS", lang="en",
    src="https://github.com/fecgov/openFEC/issues/6322",
    frm="Amazon Web Services <health@aws.com>", to="cloud-team@ledgerpoint.example",
    orig="2025-08-13", target="2028-03-06", time="18:20:09", dl=None,
    subj="Amazon OpenSearch Service: support timeline for Elasticsearch engine versions [AWS Account: 662031457790]",
    body=lambda S: """Hello,

You are receiving this message because your account has one or more Amazon
OpenSearch Service domains running a legacy Elasticsearch engine.

Elasticsearch 7.10 is the final Elasticsearch version that Amazon OpenSearch
Service offers; no later Elasticsearch engine versions will be added. We have
published standard and extended support dates for each Elasticsearch and
OpenSearch version [1].

To keep receiving new features and fixes, we recommend planning a move of your
domains to the most recent OpenSearch version. The migration guide describes
the supported upgrade paths and the steps to take a snapshot first [2].

Your domains are listed on the 'Affected resources' tab of the AWS Health
Dashboard.

[1] https://aws.amazon.com/blogs/big-data/amazon-opensearch-service-announces-standard-and-extended-support-dates-for-elasticsearch-and-opensearch-versions/
[2] https://docs.aws.amazon.com/opensearch-service/latest/developerguide/migration.html

Sincerely,
Amazon Web Services
""")

add(n=6, label="informational", provider="AWS", lang="en",
    src="https://github.com/alphagov/govuk-infrastructure/issues/1267",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="platform@civicdesk.example",
    orig="2024-04-22", target="2028-03-07", time="09:31:50", dl=None,
    subj="Amazon MQ for RabbitMQ: brokers on version 3.9 [AWS Account: 118842930057]",
    body=lambda S: """Hello,

You have one or more Amazon MQ for RabbitMQ brokers in the EU-WEST-2 Region
running engine version 3.9.

RabbitMQ 3.9 has reached end of life with the upstream maintainers and no
longer receives community fixes. Amazon MQ continues to run these brokers, but
we recommend moving them to RabbitMQ 3.11, the newest version currently offered
on Amazon MQ.

Major-version upgrades are performed one step at a time (3.9 to 3.10, then 3.10
to 3.11) and can be scheduled for the broker's maintenance window. Test the
upgrade on a non-production broker before applying it to production.

Affected brokers: civicdesk-publishing-prod, civicdesk-publishing-staging

Sincerely,
Amazon Web Services
""")

add(n=7, label="action-required", provider="AWS", lang="en",
    src="https://github.com/aws/containers-roadmap/issues/1001",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="k8s-admins@brightkiln.example",
    orig="2020-07-30", target="2028-03-08", time="14:02:37", dl="2020-12-08",
    subj="[Action Required] Amazon EKS Kubernetes version 1.14 end of support [AWS Account: 845501276392]",
    body=lambda S: f"""Hello,

One or more Amazon EKS clusters in your account run Kubernetes version 1.14.

Amazon EKS will end support for Kubernetes 1.14 on {S('2020-12-08')}. From that
date you can no longer create 1.14 clusters, and existing 1.14 control planes
will be moved automatically to the earliest supported version through a
gradual rollout. Node groups and cluster add-ons are not upgraded for you.

Please update your clusters and worker nodes to version 1.15 or later before
{S('2020-12-08')}, after checking the API changes listed in the EKS update
guide. The EKS console shows an upgrade notice on each affected cluster.

Affected clusters:
  brightkiln-prod-euw1   (eu-west-1)
  brightkiln-batch       (eu-west-1)

Sincerely,
Amazon Web Services
""")

add(n=8, label="action-required", provider="AWS", lang="en",
    src="https://github.com/awslabs/landing-zone-accelerator-on-aws/issues/363",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="aws-root+sec@harbourgate.example",
    orig="2023-12-21", target="2028-03-09", time="03:44:18", dl="2024-06-12",
    subj="[Action Required] AWS Lambda end of support for Node.js 16 [AWS Account: 307719254481]",
    body=lambda S: f"""Hello,

We have found that your AWS account has one or more AWS Lambda functions that
use the Node.js 16 runtime.

Lambda will end support for Node.js 16 on {S('2024-06-12')}, following the
upstream end of life of Node.js 16. After that date the runtime no longer
receives security patches or other updates, and functions using it are not
eligible for technical support. Invocations are not blocked: your functions
keep running, but on a runtime that is no longer maintained.

We recommend moving these functions to Node.js 20 before {S('2024-06-12')}.
The functions concerned are listed on the 'Affected resources' tab of your AWS
Health Dashboard. Many of them were created by the Landing Zone Accelerator
solution; check the solution's release notes for an updated version.

Sincerely,
Amazon Web Services
""")

add(n=9, label="maintenance", provider="AWS", lang="en",
    src="https://github.com/codestates-seb/seb40_main_033/issues/308",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="team33@pillbox.example",
    orig="2023-03-29", target="2028-03-10", time="05:16:40", dl="2023-04-12",
    subj="[Scheduled Maintenance] Amazon EC2 instance reboot - ap-northeast-2 [AWS Account: 926604131877]",
    body=lambda S: f"""Hello,

Amazon EC2 has detected degradation of the underlying hardware that hosts an
EC2 instance in your account in the ap-northeast-2 region:

  Instance ID:  i-0d41c7a95e2b3f618
  Event type:   system-maintenance (reboot)
  Window:       {S('2023-04-12', '%Y-%m-%d')} 02:00:00 UTC - {S('2023-04-12', '%Y-%m-%d')} 04:00:00 UTC

* What happens during the maintenance?
The instance is rebooted at some point in the window; this usually takes a few
minutes. It keeps its IP addresses, DNS name and the data on instance-store
volumes.

* What can I do?
You may wait for the scheduled reboot, or stop and start the instance yourself
before the window, which moves it to healthy hardware. Note that a stop/start
releases a public IPv4 address that is not an Elastic IP. Make sure your
application starts again on boot.

Scheduled events are shown in the EC2 console under Events.

Sincerely,
Amazon Web Services
""")

add(n=10, label="billing", provider="AWS", lang="en",
    src="https://github.com/airbytehq/airbyte/issues/27069",
    frm="Amazon Web Services <aws-billing@amazon.com>", to="finance@loomcart.example",
    orig="2023-06-06", target="2028-03-13", time="12:27:03", dl=None,
    subj="AWS Billing: payment unsuccessful and invoice-terms request on hold [AWS Account: 550293817744]",
    body=lambda S: """Hello,

We could not collect payment for your most recent AWS invoice with the payment
method on file, so your account currently shows an outstanding balance.

You recently asked to move this account to invoice payment with net 30 terms.
That change cannot be made while a past-due amount remains on the account, so
the request has been placed on hold.

To continue:
1. Sign in to the Billing and Cost Management console and open Payments.
2. Pay the outstanding invoice or add a payment method that can be charged.
3. Reply to your billing support case once the balance is cleared, and we will
   complete the move to net 30 invoicing.

If you have already paid, please ignore this message.

Sincerely,
Amazon Web Services
""")

add(n=11, label="action-required", provider="AWS", lang="en",
    src="https://github.com/jambonz/jambonz-infrastructure/issues/22",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="ops@callspire.example",
    orig="2022-08-12", target="2028-03-14", time="19:03:55", dl="2023-02-28",
    subj="[Action Required] Aurora Serverless v1 clusters on MySQL 5.6.10a [AWS Account: 673308421196]",
    body=lambda S: f"""Hello,

You have one or more Amazon Aurora Serverless v1 clusters running the MySQL
5.6-compatible engine version 5.6.10a.

Support for this engine version is being phased out. Please upgrade these
clusters by {S('2023-02-28')}. The recommended target is
5.7.mysql_aurora.2.08.3, which still runs as Aurora Serverless v1, so the
cluster remains serverless after the upgrade. In CloudFormation or the API,
this means changing the engine from "aurora" to "aurora-mysql" with the new
engine version.

Take a snapshot before you begin and test the upgrade against a copy of the
cluster. Clusters that are not upgraded by the date above will be upgraded by
AWS during a maintenance window.

Affected cluster: callspire-sbc-db (us-east-1)

Sincerely,
Amazon Web Services
""")

add(n=12, label="action-required", provider="AWS", lang="en",
    src="https://github.com/wellcomecollection/platform/issues/5437",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="digital-platform@archivehall.example",
    orig="2022-02-22", target="2028-03-15", time="10:48:21", dl="2023-02-28",
    subj="Amazon Aurora MySQL 5.6-compatible (version 1) end of life [AWS Account: 760015382249]",
    body=lambda S: f"""Hello,

Your account has Amazon Aurora clusters in the EU-WEST-1 Region that run Aurora
MySQL version 1, which is compatible with MySQL 5.6.

Aurora MySQL version 1 reaches end of life on {S('2023-02-28')}. Before that
date, please upgrade these clusters to Aurora MySQL version 2 (MySQL 5.7
compatible) or version 3 (MySQL 8.0 compatible). Clusters still on version 1
after end of life will be upgraded automatically during a later maintenance
window, which may cause unplanned downtime.

We suggest making a backup of each database before the upgrade, and verifying
your application against the new version in a test environment.

Affected clusters:
  id-minter-db
  workflow-db-prod

More details: https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.MySQL56.EOL.html

Sincerely,
Amazon Web Services
""")

add(n=13, label="billing", provider="AWS", lang="ja",
    src="https://aws.amazon.com/jp/premiumsupport/knowledge-center/reactivate-suspended-account/",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="keiri@sakuragaoka-shoji.example",
    orig="2022-03-11", target="2028-03-16", time="09:00:14", dl="2022-05-10",
    subj="【重要】AWS アカウントの一時停止について (アカウント ID: 481130297765)",
    body=lambda S: f"""AWS をご利用いただきありがとうございます。

お支払い期限を過ぎたご請求が未払いのため、お客様の AWS アカウント
(アカウント ID: 481130297765) を {S('2022-03-11', '%Y年%-m月%-d日')} に一時停止いたしました。
一時停止中は、アカウント内のサービスをご利用いただけません。

■ アカウントを再開するには
1. 請求とコスト管理コンソールの [お支払い方法] で、登録情報が正しいことを
   ご確認ください。有効でない場合は新しいお支払い方法を追加し、
   デフォルトに設定してください。
2. [お支払い] から、期限を過ぎたご請求をすべてお支払いください。

■ ご注意
- 一時停止から 60 日以内 ({S('2022-05-10', '%Y年%-m月%-d日')} まで) に再開されない場合、
  アカウントは解約され、リソースが失われる可能性があります。
- 解約から 90 日以内に再開されない場合、アカウントは削除され、
  以後は再開できません。

組織 (AWS Organizations) のメンバーアカウントの場合は、管理アカウントの
所有者にお問い合わせください。

Amazon Web Services
""")

add(n=14, label="informational", provider="AWS", lang="en",
    src="https://github.com/department-of-veterans-affairs/notification-api/issues/356",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="notify-dev@benefitsline.example",
    orig="2021-03-10", target="2028-03-17", time="22:15:33", dl=None,
    subj="Amazon SES production access granted - Case 8264039115",
    body=lambda S: """Hello,

Thank you for submitting your request to increase your sending limits. Your
Amazon SES account in the US East (N. Virginia) region has been moved out of
the sandbox and now has production access.

Your new sending quota:
  Maximum emails per 24 hours:  1,500,000
  Maximum send rate:            120 messages per second

The dedicated IP addresses you requested are assigned with automatic warm-up
enabled. Your account-level suppression list is turned on for bounces and
complaints.

Please keep following email-sending best practices: send only to recipients who
asked for your mail, and watch your bounce and complaint rates in the
reputation dashboard so that your sending stays healthy.

You can review these settings at any time in the Amazon SES console.

Best regards,
Amazon Web Services
""")

# ---------------------------------------------------------------- other providers
add(n=15, label="action-required", provider="IBM Cloud", lang="en",
    src="https://github.com/carbon-design-system/carbon-platform/issues/1646",
    frm="IBM Cloud <no-reply@cloud.ibm.com>", to="carbon-ops@designhub.example",
    orig="2023-03-21", target="2028-03-01", time="15:11:06", dl="2023-09-21",
    subj="Action required: IBM Cloud Messages for RabbitMQ version 3.9 end of life",
    body=lambda S: f"""Hello,

IBM Cloud Messages for RabbitMQ version 3.9 reaches its end of life on
{S('2023-09-21')}.

In line with our Database Versioning Policy, access to every Messages for
RabbitMQ instance still running version 3.9 on that date will be removed.

Please move your deployments to Messages for RabbitMQ 3.11, the current
preferred version, before {S('2023-09-21')}. You can restore a backup into a
new 3.11 deployment, then point your applications at the new connection
strings.

Instances on version 3.9 in your account:
  carbon-platform-queue (us-south)

For help, open a case in the IBM Cloud Support Center.

IBM Cloud
""")

add(n=16, label="action-required", provider="Heroku", lang="en",
    src="https://github.com/huginn/huginn/issues/3145",
    frm="Heroku <noreply@heroku.com>", to="agents@lanternwire.example",
    orig="2022-07-09", target="2028-03-02", time="13:42:27", dl="2023-04-30",
    subj="The Heroku-18 stack is deprecated",
    body=lambda S: f"""Hi,

You have 1 personal app on the Heroku-18 stack, which is now deprecated:

  lanternwire-huginn

Heroku-18 reaches end of life on {S('2023-04-30')}. After that date it no
longer gets security updates, and apps left on it run at their owner's risk.
From {S('2023-05-01')}, builds for Heroku-18 apps are disabled.

Please move the app to a newer stack. The Dev Center guide "Upgrading to the
Latest Stack" walks through the steps, including how to test the new stack on
a review app first.

Thanks,
The Heroku Team
""")

add(n=17, label="security-incident", provider="GitHub", lang="en",
    src="https://github.com/Hubs-Foundation/hubs/pull/3729",
    frm="GitHub <noreply@github.com>", to="jshaw@roomcast.example",
    orig="2021-01-20", target="2028-03-03", time="18:09:44", dl=None,
    subj="[GitHub] A token of yours was found in a repository and has been revoked",
    body=lambda S: """Hi jshaw-roomcast,

We found a valid OAuth, GitHub App or personal access token of yours committed
to a GitHub repository. With that token, other people could act on GitHub as
you, including changing your data, your contact details and billing settings.

As a precaution we have revoked the token. Generate a new one for the
application that used it, and keep it out of your source code.

We also suggest you:
* review your authorized OAuth applications and remove any you don't recognise;
* check your security log for activity you did not perform.

The token was committed to: https://github.com/roomcast/whats-new-page

If you have questions, contact us at https://support.github.com.

Thanks,
The GitHub Team
""")

add(n=18, label="action-required", provider="Webmail provider (phishing)", lang="en", phish=True,
    src="https://github.com/ipfs/ipfs-docs/issues/1455",
    frm="Mail Server Admin <postmaster@ltd-mailcenter.example>", to="j.novak@orchardmill.example",
    orig="2023-01-25", target="2028-03-06", time="08:37:12", dl="2023-01-28",
    subj="Mailbox removal approved: j.novak@orchardmill.example",
    body=lambda S: f"""Removal of j.novak@orchardmill.example from the orchardmill.example
mail server has been approved and started.

Because the last verification warning was not answered, the mailbox will be
removed in exactly 48 hours ({S('2023-01-28', '%d %b %Y')}) from now
({S('2023-01-25', '%d %b %Y')}).

To keep your mailbox, choose one of the options below now:

  CONTINUE REMOVAL  -> https://bafy-mailcheck.ipfs.example/portal.html
  CANCEL REMOVAL    -> https://bafy-mailcheck.ipfs.example/portal.html

Mail Server Administration
""")

add(n=19, label="abuse", provider="Crane Authentication (brand protection)", lang="en",
    src="https://github.com/cunnie/sslip.io/issues/114",
    frm="Security Operations Center <soc@crane-auth.example>", to="abuse@nipdns.example",
    orig="2026-09-21", target="2028-03-07", time="17:26:58", dl=None,
    subj="Fraudulent site on your network [OP #2047718] (203[.]0[.]113[.]57)",
    body=lambda S: """To whom it may concern,

We have found a fraudulent (phishing) site on your service that tries to steal
account details from customers of our client, an online car marketplace.

Fraudulent URLs:
  hxxp://203[.]0[.]113[.]57[.]nipdns[.]example/index[.]html
  hxxp://203[.]0[.]113[.]57[.]nipdns[.]example/Loading[.]html
  hxxp://203[.]0[.]113[.]57[.]nipdns[.]example/verification[.]html

Hosting IP of the phish: 203[.]0[.]113[.]57

Please investigate and take the site down as soon as possible.

Reply to this message or call +1 208 555 0143 with any questions, and quote
ticket OP# 2047718 in all correspondence.

Thank you,
Security Operations Center
Crane Authentication
""")

add(n=20, label="abuse", provider="Brand-protection vendor (ipfs gateway)", lang="en",
    src="https://github.com/ipfs/kubo/issues/10573",
    frm="Takedown Desk <takedowns@brandshield-ops.example>", to="abuse@gatewaynet.example",
    orig="2024-11-05", target="2028-03-08", time="11:05:40", dl=None,
    subj="Phishing page served through your gateway - urgent takedown request",
    body=lambda S: """Hello,

We are writing on behalf of our client, a decentralised-finance platform. A
phishing page delivered through your public gateway is being used in an
active attack against its users:

  hxxps[:]//gatewaynet[.]example/ipfs/QmTq8Wn4ZrKb7yXcD2pLm9sVh3eGfA1uJo6RkNw5TyPqXe/

The campaign uses several look-alike domains with our client's logo, name and
a typo of its domain. Visitors solve a captcha and are then sent to this page,
which asks them to connect a crypto wallet.

We reported this to several of your addresses before without a reply. Given
that the attack is ongoing, please remove or block this content without delay
and confirm once done.

Regards,
Takedown Desk
""")

add(n=21, label="security-incident", provider="Travis CI", lang="en",
    src="https://github.com/servo/saltfs/issues/664",
    frm="Travis CI <support@travis-ci.com>", to="infra@gearloom.example",
    orig="2017-05-08", target="2028-03-09", time="20:14:05", dl=None,
    subj="Travis CI security advisory: encrypted secrets may have been exposed",
    body=lambda S: f"""Hello,

We are contacting you about a security issue that affected repositories built
on Travis CI.

Because of a flaw in how build logs were handled, values defined as encrypted
variables or behind a "secure:" key in a .travis.yml file could have been
visible to others for a period before {S('2017-05-08')}. The flaw has been
fixed and those values can no longer be read from logs, but we cannot rule out
that someone copied them while it was open.

Your organisation has repositories that defined such secrets:
  gearloom/saltfs
  gearloom/doc-builder

We strongly recommend that you:
1. revoke and re-create every credential that was stored as a Travis secret;
2. update the encrypted values in your .travis.yml files and settings;
3. review the services those credentials gave access to for unexpected use.

Details are in our blog post on {S('2017-05-08')}. Contact support@travis-ci.com
with any question.

The Travis CI Team
""")

add(n=22, label="informational", provider="NIFCLOUD", lang="ja",
    src="https://mailgateway.nifcloud.com/info/2016/09/",
    frm="ニフクラ メールゲートウェイ <mailgateway-info@nifcloud.example>", to="mail-admin@kawabe-seiki.example",
    orig="2016-10-21", target="2028-03-10", time="14:28:00", dl=None,
    subj="【メンテナンス中止】キュー滞留時間縮小作業について",
    body=lambda S: f"""お客様各位

平素は当社サービスをご利用いただき、誠にありがとうございます。

下記の日時に予定しておりましたメンテナンスは、中止となりましたので
お知らせいたします。

・予定日時 : {S('2016-11-09', '%Y/%m/%d')}(水) 13:30 - 15:00
・作業内容 : キュー滞留時間縮小作業
・影響対象 : 全サービス
・影響     : なし(サービス無停止での作業)

■ 本作業でご案内していた変更点
受信箱の容量超過など一時的なエラーで届かないメールは、現在最大 24 時間
サーバに滞留した後、送信元へエラーメールが返送されます。本作業では
この滞留時間を最大 3 時間に短縮する予定でした。

今回の中止により、滞留時間は引き続き最大 24 時間のままとなります。
再実施の際は、改めてご案内いたします。

ニフクラ メールゲートウェイ サポート
""")

add(n=23, label="billing", provider="Sakura Internet (VPS)", lang="ja",
    src="http://milkstand.net/fsgarage/archives/001879.html",
    frm="さくらインターネット <info@sakura.ad.jp>", to="fsgarage@milkbar.example",
    orig="2012-09-12", target="2028-03-13", time="06:30:19", dl="2012-11-12",
    subj="【さくらのVPS】ご入金未確認によるサービス停止のお知らせ",
    body=lambda S: f"""さくらインターネットをご利用いただき、誠にありがとうございます。

{S('2012-08-01', '%Y年%-m月')}分のご利用料金について、お支払い期日を過ぎても
ご入金が確認できませんでしたため、本日 {S('2012-09-12', '%Y年%-m月%-d日')} より下記サービスを
停止いたしました。

  サービス : さくらのVPS 1G
  サーバ名 : www12345u.sakura.ne.jp

■ 停止中の状態
・外部との通信、およびコンソールからのログインはできません。
・サーバ上のデータは、停止日から約 2 か月間保全いたします。

■ 再開をご希望の場合
会員メニューよりクレジットカードで未払い料金をお支払いください。
ご入金確認後、当日中を目安に停止を解除いたします。

{S('2012-11-12', '%Y年%-m月%-d日')} までにお支払いが確認できない場合、ご契約は解約となり、
サーバ上のデータは削除されます。削除後の復旧はできませんのでご注意ください。

さくらインターネット株式会社 カスタマーセンター
""")

add(n=24, label="security-incident", provider="Amazon.co.jp (phishing)", lang="ja", phish=True,
    src="https://mail.condb.link/?p=158",
    frm="会員資格は取り消されます <contact@amazon.co.jp>", to="t.morita@hanamizuki.example",
    orig="2023-05-18", target="2028-03-14", time="23:51:07", dl="2023-05-19",
    subj="ご利用のAmazonアカウントを一時保留いたしました",
    body=lambda S: """Amazonからのお知らせ

Amazonをご利用いただき、ありがとうございます。

お客様のアカウントで通常と異なるアクセスを検知しました。安全のため
アカウントを一時保留とし、保留中のご注文および定期購読を停止しています。

アクセスを再開するには、以下からサインインし、画面の案内に従って
必要な情報をご入力ください。内容を確認のうえ、24 時間以内にご連絡します。

  Amazon ログイン: https://amazon-co-jp.account-hold.example/signin

※ 24 時間以内にご対応いただけない場合、アカウントは 1 週間後に
  完全に削除される設定となります。
※ セキュリティ強化のため、2 段階認証の有効化をおすすめします。

またのご利用をお待ちしております。
Amazon

このメールアドレスは送信専用です。返信はお控えください。
""")

add(n=25, label="security-incident", provider="Amazon.co.jp (phishing)", lang="ja", phish=True,
    src="https://scan.netsecurity.ne.jp/article/2018/08/29/41327.html",
    frm="Amazon.co.jp <account-update@amazon-jp-support.example>", to="yuki.hara@shiratama.example",
    orig="2018-08-27", target="2028-03-15", time="12:03:44", dl="2018-08-28",
    subj="あなたのアカウントはブロックされています 2018/08/27 原 祐樹",
    body=lambda S: """原 祐樹 様

お客様のアカウント情報が無効、または古いままになっていたため、
Amazon アカウントへのアクセスを一時的に無効にしました。

引き続きご利用いただくには、下記のリンクから最新のフォームで
登録情報を更新してください。

  アカウントを更新する:
  http://amazon.co.jp.account-renew.example/verify

このリンクの有効期限は 24 時間です。期限を過ぎると、アカウントは
閉鎖される場合があります。

Amazon.co.jp カスタマーサービス
""")

add(n=26, label="abuse", provider="Amazon.co.jp (phishing)", lang="ja", phish=True,
    src="https://ymg.nagoya/spam-mail-3256/amp",
    frm="Amazon 法務部 <legal-notice@amazon-policy-center.example>", to="s.kudo@tsubakiya.example",
    orig="2025-06-10", target="2028-03-16", time="16:40:32", dl=None,
    subj="ご利用規約に関連するアカウント制限のご案内",
    body=lambda S: """いつも Amazon をご利用いただき、誠にありがとうございます。

公正な購買体験を守るため、当社ではアカウントのご利用状況を定期的に
確認しております。このたびの確認の結果、お客様のアカウントにおいて
プロモーションの不正利用など、利用規約に反する可能性のある操作が
確認されました。

このため、お客様のアカウントには現在、一部機能の制限を設けております。
制限を解除するには、以下のページでご本人確認を完了してください。

  本人確認を行う: https://amazon-jp.policy-review.example/verify

確認が完了しない場合、アカウントの制限が継続される場合があります。

Amazon カスタマーサービス 法務部門
""")

add(n=27, label="abuse", provider="Google Cloud", lang="en",
    src="https://github.com/amcteams/hysteria-install/issues/1",
    frm="Google Cloud Compliance <google-cloud-compliance@google.com>", to="swfz.admin@tidalport.example",
    orig="2023-11-19", target="2028-03-17", time="04:22:50", dl=None,
    subj="[Action Required] Google Cloud Platform: VM suspended for denial-of-service activity (project tidal-proxy-381204)",
    body=lambda S: f"""Dear Developer,

We have detected that a VM instance in your Google Cloud project
tidal-proxy-381204 has been taking part in denial-of-service (DoS) attacks.
This violates the Google Cloud Platform Terms of Service, so the instance
showing this behavior has been suspended.

  Affected VM:  proxy-node-1 (asia-east1-b)
  Source IP:    198.51.100.23
  Time window:  {S('2023-11-18', '%Y-%m-%d')} 21:14 - 21:37 (Pacific Time)

This is not the first detection for this project.

To regain access, sign in as a project owner, review the activity and make sure
the instance has not been compromised, then submit an appeal from the console.
Without an appeal the suspended resources may be deleted.

Sincerely,
Google Cloud Platform / API Trust & Safety Team
""")

add(n=28, label="abuse", provider="DigitalOcean", lang="en",
    src="https://github.com/pry0cc/axiom/issues/201",
    frm="DigitalOcean Support <support@support.digitalocean.com>", to="nullman@scopehunt.example",
    orig="2021-02-01", target="2028-03-20", time="10:10:10", dl=None,
    subj="Your DigitalOcean account has been locked",
    body=lambda S: """Hello,

Your DigitalOcean account has been locked and your Droplets powered off.

Our systems recorded large-scale scanning of third-party networks from several
Droplets on your account at the same time. This kind of mass scanning is
treated as abusive under our Acceptable Use Policy, regardless of the tool used
to run it.

If the scanning was limited to targets that had authorised it (for example,
assets inside a bug-bounty scope), reply to this ticket with:
- the purpose of the scans and the tool you used;
- evidence that the targets gave permission;
- the steps you will take to keep scanning within those limits.

Our Trust & Safety team will review your reply and let you know whether access
can be restored.

Thanks,
DigitalOcean Support
""")

add(n=29, label="security-incident", provider="Heroku", lang="en",
    src="https://github.com/hackclub/mfa/issues/4",
    frm="Heroku <noreply@heroku.com>", to="eng@lanternclub.example",
    orig="2022-05-05", target="2028-03-21", time="01:33:29", dl=None,
    subj="Heroku security notification: rotate secrets stored in config vars",
    body=lambda S: f"""Hello,

As part of our investigation into the recent security incident, we have found
that a threat actor may have read config vars of applications owned by your
account or team. Config vars often hold API keys, OAuth client secrets and
database URLs.

Applications concerned:
  lanternclub-mfa
  lanternclub-orpheus

We recommend that you rotate every secret kept in these config vars right
away - for example Slack bot tokens and signing secrets, Twilio account SIDs
and auth tokens - and then update the config vars with the new values.

Please also review the access logs of the connected services for use you do
not recognise. Updates on the incident are posted at status.heroku.com.

The Heroku Security Team
""")

add(n=30, label="maintenance", provider="IBM SoftLayer", lang="en",
    src="https://github.com/nodejs/build/issues/441",
    frm="SoftLayer <noreply@softlayer.com>", to="build@nodeforge.example",
    orig="2016-06-22", target="2028-03-22", time="08:45:12", dl="2016-06-29",
    subj="Event 41285037 - PROVISIONING SYSTEM SCHEDULED MAINTENANCE - " ,
    subj_fmt=("2016-06-29", "%d %b %Y"),
    body=lambda S: f"""Planned Event notification

Subject:     Event 41285037 - PROVISIONING SYSTEM SCHEDULED MAINTENANCE - {S('2016-06-29', '%d %b %Y').upper()}
Event Type:  Planned Event
Start Date:  {S('2016-06-29', '%A %d-%b-%Y')} 21:00 UTC
End Date:    {S('2016-06-29', '%A %d-%b-%Y')} 23:00 UTC
Duration:    2 hours

Impacted resources:
  test-softlayer-ubuntu1604-x64-1
  release-softlayer-centos7-x64-1

Maintenance will be carried out on the host systems behind the virtual servers
listed above. During the window the servers will be rebooted; expect a short
interruption for each of them.

No action is required, but you may want to plan around the window for
workloads that cannot tolerate a restart.

SoftLayer, an IBM Company
""")

add(n=31, label="action-required", provider="Microsoft Azure", lang="en",
    src="https://github.com/azure-deprecation/dashboard/issues/42",
    frm="Microsoft Azure <azure-noreply@microsoft.com>", to="cloudadmin@fernhollow.example",
    orig="2020-03-02", target="2028-03-23", time="17:55:48", dl="2023-03-01",
    subj="Action required: migrate your IaaS VMs (classic) to Azure Resource Manager by " ,
    subj_fmt=("2023-03-01", "%-d %B %Y"),
    body=lambda S: f"""You're receiving this email because you use virtual machines (classic)
deployed through Azure Service Manager.

Azure Resource Manager now offers every infrastructure-as-a-service capability
of Azure Service Manager, and more. For that reason we will retire IaaS VMs
(classic) on {S('2023-03-01', '%-d %B %Y')}.

What this means for you
- Customers not already using VMs (classic) can no longer create them.
- Please complete the migration of your classic VMs to Azure Resource Manager
  by {S('2023-03-01', '%-d %B %Y')}. Moving earlier gives you template-based
  deployments, parallel deployment into availability sets, independent
  lifecycle management of compute, network and storage, and virtual-network
  isolation by default.

Subscription: Fernhollow Production (3f9c2d71-5e0a-4b8e-9d12-77a04c6e1b35)

Learn how to plan and run the migration in the Azure documentation.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# ---------------------------------------------------------------- build
def enc_header(s):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return email.header.Header(s, "utf-8").encode(maxlinelen=76)

def enc_addr(a):
    name, addr = email.utils.parseaddr(a)
    return email.utils.formataddr((str(email.header.Header(name, "utf-8").encode()) if any(ord(c) > 127 for c in name) else name, addr))

def build():
    out = []
    for m in M:
        S = mk_shift(m["orig"], m["target"])
        subj = m["subj"]
        if m.get("subj_fmt"):
            subj = subj + S(*m["subj_fmt"])
        body = m["body"](S)
        body = re.sub(r"(?m)^From ", ">From ", body)
        d = dt.datetime.fromisoformat(m["target"] + "T" + m["time"]).replace(tzinfo=dt.timezone.utc)
        date_hdr = email.utils.format_datetime(d)
        dl = S(m["dl"], "%Y-%m-%d") if m["dl"] else "none"
        m["deadline"] = dl; m["subject_final"] = subj
        try:
            body.encode("ascii"); cte = "7bit"; payload = body
        except UnicodeEncodeError:
            cte = "quoted-printable"
            payload = quopri.encodestring(body.encode("utf-8")).decode("ascii")
        h = [("From", enc_addr(m["frm"])), ("To", m["to"]), ("Subject", enc_header(subj)),
             ("Date", date_hdr), ("Message-ID", f"<g20.{m['n']:02d}.{m['target'].replace('-', '')}@notices.g20.example>"),
             ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=utf-8"),
             ("Content-Transfer-Encoding", cte), ("X-Training-Label", m["label"]),
             ("X-Training-Deadline", dl)]
        if m.get("phish"):
            h.append(("X-Training-Phishing", "yes"))
        sender = email.utils.parseaddr(m["frm"])[1] or "MAILER-DAEMON"
        fl = "From " + sender + " " + d.strftime("%a %b %d %H:%M:%S %Y")
        text = fl + "\n" + "\n".join(f"{k}: {v}" for k, v in h) + "\n\n" + payload.rstrip("\n") + "\n"
        out.append(text)
    with open(OUT, "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(out))

def check():
    errs = []
    raw = open(OUT, "rb").read()
    if b"\r" in raw: errs.append("CR found")
    box = mailbox.mbox(OUT)
    msgs = list(box)
    if len(msgs) != len(M): errs.append(f"count {len(msgs)} != {len(M)}")
    ids = set()
    for i, msg in enumerate(msgs, 1):
        for k in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
                  "X-Training-Label", "X-Training-Deadline"):
            if msg[k] is None: errs.append(f"#{i} missing {k}")
        for k, v in msg.items():
            try: str(v).encode("ascii")
            except UnicodeEncodeError: errs.append(f"#{i} non-ascii header {k}")
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if (d.year, d.month) != (2028, 3): errs.append(f"#{i} date {d}")
        if msg["X-Training-Label"] not in LABELS: errs.append(f"#{i} label")
        dl = msg["X-Training-Deadline"]
        if dl != "none" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dl): errs.append(f"#{i} deadline {dl}")
        if msg["Message-ID"] in ids: errs.append(f"#{i} dup id")
        ids.add(msg["Message-ID"])
        if msg.get_content_charset() != "utf-8": errs.append(f"#{i} charset")
        body = msg.get_payload(decode=True).decode("utf-8")
        try:
            body.encode("ascii")
            if msg["Content-Transfer-Encoding"] not in ("7bit",): errs.append(f"#{i} cte")
        except UnicodeEncodeError:
            if msg["Content-Transfer-Encoding"] != "quoted-printable": errs.append(f"#{i} needs qp")
        if len(body) < 200: errs.append(f"#{i} short body")
    return errs

if __name__ == "__main__":
    build()
    e = check()
    if e:
        print("\n".join(e)); sys.exit(1)
    from collections import Counter
    c = Counter(m["label"] for m in M)
    print(f"ok: {len(M)} messages -> {OUT}")
    for k, v in sorted(c.items()): print(f"  {k}: {v}")
    if "--table" in sys.argv:
        for m in M:
            print(f"| {m['n']} | {m['label']} | {m['deadline']} | {m['provider']}{' (phishing)' if m.get('phish') and 'phishing' not in m['provider'] else ''} | {m['lang']} | {m['src']} |")
