"""set-y notices, part B: action-required, AWS (14)."""
from common import AWS_NOREPLY, AWS_HEALTH, AWS_JP

NOTICES = [
dict(
    key="R01", provider="AWS", label="action-required", deadline="2027-02-28",
    lang="en", kind="plain", date="2027-01-05 17:02 +0000",
    frm=AWS_HEALTH, to="aws-seiryu@kitahama-ms.example",
    subject="[Action Required] Amazon RDS for PostgreSQL 13 end of standard support on February 28, 2027 [AWS Account: 287710465923]",
    footer="aws_health",
    body="""
Hello,

You are receiving this message because you have one or more Amazon RDS for PostgreSQL 13 database instances in your account. Amazon RDS for PostgreSQL 13 will reach the end of standard support on February 28, 2027, in line with the community end-of-life schedule.

We recommend that you upgrade your instances to PostgreSQL 16 or higher before February 28, 2027. Major version upgrades can take time to test, so please plan your upgrade well in advance.

Timeline:
- Now to February 28, 2027: you can upgrade to a supported major version at any time, either in place or by using Amazon RDS Blue/Green Deployments to reduce downtime.
- March 1, 2027: instances still running PostgreSQL 13 will be automatically enrolled in Amazon RDS Extended Support, and Extended Support charges will begin to apply.
- February 28, 2030: end of RDS Extended Support for PostgreSQL 13. Any remaining instances will be upgraded automatically to the next supported version.

Your affected resources in ap-northeast-1:
- lims-reporting-db (db.r6g.xlarge, 13.14)
- lims-archive-db (db.m6g.large, 13.14)
- qa-analytics (db.t4g.medium, 13.16)

You can also find the list of affected resources in the "Affected resources" tab of the AWS Health Dashboard.

For more information on upgrading, see the Amazon RDS User Guide: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.PostgreSQL.html
For Extended Support pricing, see: https://aws.amazon.com/rds/postgresql/pricing/
""",
),
dict(
    key="R02", provider="AWS", label="action-required", deadline="2027-03-31",
    lang="en", kind="plain", date="2027-01-06 20:40 +0000",
    frm=AWS_HEALTH, to="aws-oyamada@kitahama-ms.example",
    subject="[Action Required] AWS Lambda end of support for Python 3.9 [AWS Account: 519274880316]",
    footer="aws_health",
    body="""
Hello,

We are contacting you as we have identified that your AWS Account currently has one or more AWS Lambda functions using the Python 3.9 runtime.

We are ending support for Python 3.9 in Lambda on March 31, 2027. This follows the end of upstream security support for the language version. As described in the Lambda runtime support policy [1], end of support for language runtimes in Lambda happens in several stages.

- Starting March 31, 2027, Lambda will no longer apply security patches and other updates to the Python 3.9 runtime used by Lambda functions, and functions using Python 3.9 will no longer be eligible for technical support. Python 3.9 will also no longer be available in the AWS Console, although you can still create and update functions that use Python 3.9 via AWS CloudFormation, the AWS CLI, AWS SAM, or other tools.
- Starting June 1, 2027, you will no longer be able to create new Lambda functions using the Python 3.9 runtime.
- Starting July 1, 2027, you will no longer be able to update existing functions using the Python 3.9 runtime.

We recommend that you upgrade your existing Python 3.9 functions to Python 3.13 before March 31, 2027.

End of support does not impact function execution. Your functions will continue to run. However, they will be running on an unsupported runtime which is no longer maintained or patched by the AWS Lambda team.

Your list of affected Lambda functions in ap-northeast-1:
arn:aws:lambda:ap-northeast-1:519274880316:function:order-export-nightly
arn:aws:lambda:ap-northeast-1:519274880316:function:stock-sync
arn:aws:lambda:ap-northeast-1:519274880316:function:label-printer-webhook

If you have any concerns or require further assistance, please contact AWS Support.

[1] https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html
""",
),
dict(
    key="R03", provider="AWS", label="action-required", deadline="2027-01-29",
    lang="en", kind="plain", date="2027-01-08 04:16 +0000",
    frm=AWS_NOREPLY, to="aws-tsubame@kitahama-ms.example",
    subject="[Retirement Notification] Amazon EC2 Instance scheduled for retirement.",
    footer="aws_en",
    body="""
Dear Amazon EC2 Customer,

We have important news about your account (AWS Account ID: 604418273390). EC2 has detected degradation of the underlying hardware hosting your Amazon EC2 instance (instance-ID: i-07b3e5c19d2a48f60) in the ap-northeast-1 region. Due to this degradation, your instance could already be unreachable. After 2027-01-29 00:00 UTC your instance, which has an EBS volume as the root device, will be stopped.

You can see more information on your instances that are scheduled for retirement in the AWS Management Console (https://console.aws.amazon.com/ec2/v2/home?region=ap-northeast-1#Events).

* How does this affect you?
Your instance's root device is an EBS volume and the instance will be stopped after the specified retirement date. You can start it again at any time. Note that if you have EC2 instance store volumes attached to the instance, any data on these volumes will be lost when the instance is stopped or terminated as these volumes are physically attached to the host computer.

* What do you need to do?
You may still be able to access the instance. We recommend that you replace the instance by creating an AMI of your instance and launching a new instance from the AMI. For more information please see Amazon Machine Images (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/AMIs.html) in the EC2 User Guide. In case of difficulties stopping your EBS-backed instance, please see the Troubleshooting Stopping Your Instance documentation.

Alternatively, stopping and starting the instance yourself before the retirement date will move it to healthy hardware.

* Why retirement?
AWS may schedule instances for retirement in cases where there is an unrecoverable issue with the underlying hardware. For more information about scheduled retirement events please see the EC2 user guide (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-retirement.html).

Instance name tag: tsb-api-legacy-2
Instance type: m5.xlarge
""",
),
dict(
    key="R04", provider="AWS", label="action-required", deadline="2027-03-15",
    lang="en", kind="plain", date="2027-01-11 09:03 +0000",
    frm=AWS_NOREPLY, to="aws-nakano@kitahama-ms.example",
    subject="Your AWS account 331902876154",
    footer="aws_en",
    body="""
Hello,

You are receiving this message because your AWS account has one or more Amazon RDS or Amazon Aurora database instances that use the certificate authority rds-ca-rsa2048-g0 for SSL/TLS connections.

The rds-ca-rsa2048-g0 certificate authority expires on March 15, 2027. To avoid interruption of SSL/TLS connections between your applications and your database instances, please take the following actions before March 15, 2027:

1. Download the new combined certificate bundle from https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem and add it to the trust store of every application, driver and tool that connects to your databases with certificate verification enabled.
2. Modify each of the DB instances listed below to use rds-ca-rsa2048-g1 (or another supported CA). Changing the CA requires a restart of the database instance, which you can apply immediately or during your next maintenance window.

Applications that connect without SSL/TLS, or with SSL/TLS but without certificate verification, will not be affected. However, we recommend that you verify certificates as a security best practice.

If no action is taken, applications that verify the server certificate will fail to connect after the certificate authority expires.

Affected DB instances:
Region ap-northeast-1:
- nm-cms-aurora-cluster-instance-1 (Aurora MySQL)
- nm-cms-aurora-cluster-instance-2 (Aurora MySQL)
- nm-subscribers-db (RDS for MySQL)
Region ap-northeast-3:
- nm-dr-replica (RDS for MySQL)

For step-by-step instructions, see "Rotating your SSL/TLS certificate" in the Amazon RDS User Guide: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html
""",
),
dict(
    key="R05", provider="AWS", label="action-required", deadline="2027-02-03",
    lang="en", kind="plain", date="2027-01-12 11:25 +0000",
    frm=("Amazon Web Services", "no-reply@certificates.amazon.com"), to="aws-tsubame@kitahama-ms.example",
    subject="Certificate renewal for tsubame-travel.example requires action",
    footer="aws_en",
    body="""
Greetings from Amazon Web Services,

This is a notification that AWS Certificate Manager (ACM) was unable to renew the certificate automatically using DNS validation for the following domain names in your certificate:

tsubame-travel.example
www.tsubame-travel.example
booking.tsubame-travel.example

AWS account ID: 604418273390
AWS Region name: ap-northeast-1
Certificate identifier: arn:aws:acm:ap-northeast-1:604418273390:certificate/1b7c4e20-8f93-4a6d-b2e5-07c91d3af845

Your certificate expires on February 3, 2027. After that date, websites and applications that use this certificate will show security warnings to visitors, and secure connections may fail.

ACM was unable to renew the certificate because the CNAME records required for validation are no longer present in the DNS configuration for your domain. This often happens when the DNS zone is moved to a new provider or records are cleaned up.

To renew this certificate, you must ensure that the proper CNAME records are present in your DNS configuration for each domain listed above. You can find the CNAME records for your domains by expanding your certificate and its domain entries in the ACM console. You can also use the DescribeCertificate command in the ACM API or the describe-certificate operation in the ACM CLI.

Once the records are in place, ACM will retry renewal automatically. No further action is needed after validation succeeds; your certificate will be renewed and deployed to the associated services without changes to your configuration.

If you no longer need this certificate, you can delete it from the ACM console.

For more details, see: https://docs.aws.amazon.com/acm/latest/userguide/troubleshooting-renewal.html
""",
),
dict(
    key="R06", provider="AWS", label="action-required", deadline="2027-03-23",
    lang="en", kind="plain", date="2027-01-13 15:50 +0000",
    frm=AWS_HEALTH, to="aws-nakano@kitahama-ms.example",
    subject="Reminder: Amazon EKS Kubernetes version 1.29 end of standard support",
    footer="aws_health",
    body="""
Hello,

This is a reminder that Kubernetes version 1.29 in Amazon EKS will reach the end of standard support on March 23, 2027. You are receiving this message because you currently have one or more EKS clusters running Kubernetes version 1.29.

Affected clusters:
- nm-streaming-prod (ap-northeast-1)
- nm-streaming-stg (ap-northeast-1)

What happens on March 23, 2027:
On that date, clusters running Kubernetes version 1.29 that have not been upgraded will enter extended support. Clusters in extended support are charged at a higher hourly rate for the cluster control plane. Per-cluster pricing for extended support is listed on the Amazon EKS pricing page.

At the end of extended support, EKS will automatically upgrade the control plane of any remaining cluster to the oldest version then in extended support. Automatic upgrades can cause incompatibility with workloads, so we strongly encourage you to upgrade before the standard support date.

What you need to do:
We recommend that you upgrade your clusters to Kubernetes version 1.31 or later before March 23, 2027. Before you upgrade:
1. Review the Kubernetes release notes for deprecated and removed APIs, and use EKS upgrade insights in the console to check your clusters.
2. Upgrade managed add-ons (VPC CNI, CoreDNS, kube-proxy) to versions compatible with the target version.
3. Upgrade the control plane one minor version at a time, then update your managed node groups and self-managed nodes.

If you would like to avoid extended support charges completely, you can set the cluster upgrade policy to STANDARD. Clusters with this policy are upgraded automatically at the end of standard support.

EKS version lifecycle: https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html
""",
),
dict(
    key="R07", provider="AWS", label="action-required", deadline="2027-02-10",
    lang="en", kind="alt", html_style="aws", date="2027-01-14 06:35 +0000",
    frm=AWS_HEALTH, to="aws-oyamada@kitahama-ms.example",
    subject="AWS Notification - Amazon OpenSearch Service software update",
    footer="aws_health",
    body="""
Hello,

A service software update is available for one or more of your Amazon OpenSearch Service domains, and this update is required. It contains fixes for security vulnerabilities and important stability improvements.

Affected domains in ap-northeast-1 (AWS account 519274880316):
- oyd-product-search (OpenSearch 2.11, current service software R20251107)
- oyd-logs (OpenSearch 2.11, current service software R20251107)

Required update: OpenSearch_2_11_R20261218-P2

Please apply the update before 2027-02-10. You can start the update from the OpenSearch Service console, by choosing "Actions" and then "Update" for the domain, or with the StartServiceSoftwareUpdate API. Service software updates use blue/green deployment and do not require downtime, but they can temporarily increase load on your cluster. We recommend that you apply the update during a period of low traffic and take a manual snapshot first.

If you do not apply the update by 2027-02-10, OpenSearch Service will schedule it automatically during the off-peak window of each domain after that date. You can view the scheduled date and time in the console, and change it if necessary, once the update has been scheduled.

To learn more about service software updates, see:
https://docs.aws.amazon.com/opensearch-service/latest/developerguide/service-software.html
""",
),
dict(
    key="R08", provider="AWS", label="action-required", deadline="2027-04-30",
    lang="en", kind="plain", date="2027-01-15 19:12 +0000",
    frm=AWS_HEALTH, to="aws-tsubame@kitahama-ms.example",
    subject="Amazon ElastiCache",
    footer="aws_health",
    body="""
Hello,

We are reaching out because your AWS account 604418273390 has one or more Amazon ElastiCache clusters running Redis OSS version 5.0.6. ElastiCache will end standard support for Redis OSS versions 4 and 5 on April 30, 2027.

Here is the timeline:

- February 1, 2027: you will no longer be able to create new clusters or replication groups using Redis OSS 4 or 5. Existing clusters are not affected and you can continue to add replicas and take backups.
- April 30, 2027: end of standard support. We ask that you upgrade your clusters to Valkey 8 or Redis OSS 7.1 by this date.
- May 1, 2027: any clusters still on Redis OSS 4 or 5 will be enrolled in ElastiCache extended support and will be charged an additional fee per node-hour for up to three years.

Affected replication groups in ap-northeast-1:
- tsb-session-cache (cache.r6g.large x 3, 5.0.6)
- tsb-rate-limit (cache.t4g.medium x 2, 5.0.6)

Upgrading to Valkey can be done in place with no data loss and minimal downtime, and Valkey pricing is lower than Redis OSS for the same node type. Upgrades from Redis OSS 5 to 7.1 are also supported in place. We recommend that you test the upgrade on a copy of your cluster restored from a backup before upgrading production.

For a step-by-step procedure, see: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/VersionManagement.html
For extended support pricing, see: https://aws.amazon.com/elasticache/pricing/
""",
),
dict(
    key="R09", provider="AWS", label="action-required", deadline="2027-02-15",
    lang="en", kind="plain", date="2027-01-18 13:00 +0000",
    frm=AWS_NOREPLY, to="aws-root-seiryu@kitahama-ms.example",
    subject="Your AWS account",
    footer="aws_en",
    body="""
Hello,

At AWS, security is our top priority. We are contacting you because the root user of your AWS account 287710465923 does not have multi-factor authentication (MFA) enabled.

Beginning on February 15, 2027, AWS will require MFA for every root user sign-in to the AWS Management Console for standalone accounts and management accounts in AWS Organizations. After this date, if you attempt to sign in as the root user without MFA, you will be prompted to register an MFA device before you can continue. If the person signing in does not have access to a suitable device at that time, they may be unable to complete the sign-in.

What you need to do:
Register at least one MFA device for the root user before February 15, 2027. We recommend phishing-resistant options such as passkeys or FIDO2 security keys. You can register up to eight MFA devices for the root user, so you can keep a backup device in a secure location.

To register an MFA device:
1. Sign in to the AWS Management Console as the root user.
2. Open the Security credentials page from the account menu.
3. In the Multi-factor authentication (MFA) section, choose Assign MFA device and follow the steps.

If your organization uses centralized root access management, you may instead remove root user credentials from member accounts; this message applies only to the account named above.

Root user email: aws-root-seiryu@kitahama-ms.example

Learn more: https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html

Thank you for helping us keep your account secure.
""",
),
dict(
    key="R10", provider="AWS", label="action-required", deadline="2027-07-31",
    lang="ja", kind="plain", date="2027-01-19 10:00 +0900",
    frm=AWS_JP, to="aws-oyamada@kitahama-ms.example",
    subject="【要対応】Amazon RDS for MySQL 8.0 の標準サポートは 2027年7月31日 に終了します [AWS アカウント: 519274880316]",
    footer="aws_ja",
    body="""
いつも AWS をご利用いただきありがとうございます。

お客様の AWS アカウントで、Amazon RDS for MySQL 8.0 を使用する DB インスタンスが稼働していることを確認したため、ご連絡しております。

Amazon RDS for MySQL 8.0 の標準サポートは 2027年7月31日 に終了します。2027年7月31日 までに、DB インスタンスを MySQL 8.4 へアップグレードしていただくようお願いいたします。

■ スケジュール
・現在〜2027年7月31日: 任意のタイミングでメジャーバージョンアップグレードを実施いただけます。Blue/Green デプロイを利用することで、ダウンタイムを短縮できます。
・2027年8月1日以降: MySQL 8.0 のまま稼働している DB インスタンスは、自動的に Amazon RDS 延長サポートに登録され、延長サポート料金が発生します。
・延長サポート終了後: 残っている DB インスタンスは、サポートされているバージョンに自動的にアップグレードされます。

■ 対象リソース（ap-northeast-1）
・oyd-ec-main（db.r6g.2xlarge, 8.0.39）
・oyd-ec-replica-1（db.r6g.2xlarge, 8.0.39）
・oyd-wms（db.m6g.large, 8.0.36）

■ アップグレード前にご確認いただきたい事項
・MySQL 8.4 で削除または変更されたパラメータ、認証プラグイン（mysql_native_password の既定での無効化など）の影響
・アプリケーションのドライバーおよび ORM の対応状況
・ステージング環境でのテスト

対象リソースの一覧は、AWS Health Dashboard の「影響を受けるリソース」タブでもご確認いただけます。

詳しくは、Amazon RDS ユーザーガイドをご参照ください。
https://docs.aws.amazon.com/ja_jp/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.MySQL.html
""",
),
dict(
    key="R11", provider="AWS", label="action-required", deadline="2027-02-05",
    lang="ja", kind="plain", date="2027-01-20 15:22 +0900",
    frm=AWS_JP, to="aws-seiryu@kitahama-ms.example",
    subject="Amazon EC2 インスタンスに関するお知らせ",
    footer="aws_ja",
    body="""
Amazon EC2 をご利用のお客様

お客様の AWS アカウント（ID: 287710465923）の ap-northeast-1 リージョンで稼働している Amazon EC2 インスタンス（インスタンス ID: i-0a91d6f2c83e47b05）をホストしている基盤ハードウェアに、性能の低下が検出されました。このため、該当インスタンスはリタイアが予定されています。

リタイア予定日時: 2027年2月5日 09:00 (JST)
インスタンス名: seiryu-file-gw-01
インスタンスタイプ: r5.large
ルートデバイス: EBS ボリューム

■ 影響
ルートデバイスが EBS ボリュームのため、リタイア予定日時を過ぎるとインスタンスは停止されます。停止後は、いつでも再度起動することができます。インスタンスストアボリュームが接続されている場合、そのデータはインスタンスの停止時に失われます。

■ お客様に実施いただきたいこと
リタイア予定日時までに、インスタンスをお客様ご自身で停止し、再度起動してください。停止・起動を行うことで、インスタンスは正常なハードウェアに移行されます。再起動（リブート）ではハードウェアは移行されませんのでご注意ください。
あるいは、インスタンスから AMI を作成し、その AMI から新しいインスタンスを起動して置き換えることも可能です。

なお、基盤ハードウェアの状態によっては、すでにインスタンスに到達できない場合があります。

予定されているイベントは、EC2 コンソールの「イベント」画面でご確認いただけます。
https://console.aws.amazon.com/ec2/v2/home?region=ap-northeast-1#Events

リタイアについての詳細:
https://docs.aws.amazon.com/ja_jp/AWSEC2/latest/UserGuide/instance-retirement.html
""",
),
dict(
    key="R12", provider="AWS", label="action-required", deadline="2027-03-01",
    lang="en", kind="plain", date="2027-01-21 22:10 +0000",
    frm=AWS_HEALTH, to="aws-tsubame@kitahama-ms.example",
    subject="[ACTION REQUIRED] Amazon API Gateway custom domain names: end of support for TLS 1.0 and 1.1",
    footer="aws_health",
    body="""
Hello,

We are contacting you because one or more Amazon API Gateway custom domain names in your AWS account use a security policy that allows TLS 1.0 or TLS 1.1 connections, and we have observed client connections using these protocol versions in the last 30 days.

Effective March 1, 2027, API Gateway will update the TLS_1_0 security policy so that it no longer accepts TLS 1.0 and TLS 1.1 connections. After that date, clients that can only negotiate TLS 1.0 or 1.1 will be unable to connect to your APIs through these custom domain names.

Affected custom domain names (AWS account 604418273390):
- api.tsubame-travel.example (ap-northeast-1, REGIONAL) - 3,412 TLS 1.0/1.1 connections in the last 30 days
- partner-api.tsubame-travel.example (ap-northeast-1, EDGE) - 88 TLS 1.0/1.1 connections in the last 30 days

What you need to do before March 1, 2027:
1. Identify the clients that use TLS 1.0 or 1.1. You can enable access logging with the $context.tlsVersion variable to see the protocol used by each request.
2. Update those clients to support TLS 1.2 or later, or ask your partners to do so.
3. Optionally, change the security policy of your custom domain names to TLS_1_2 now, so that you can confirm the impact in advance.

Connections to the default execute-api endpoints are not affected, as they already require TLS 1.2.

For more information, see "Choosing a security policy for your custom domain" in the API Gateway Developer Guide: https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html
""",
),
dict(
    key="R13", provider="AWS", label="action-required", deadline="2027-06-30",
    lang="en", kind="html", html_style="aws", date="2027-01-22 16:45 +0000",
    frm=("Amazon Web Services", "aws-email@amazon.com"), to="aws-nakano@kitahama-ms.example",
    subject="Reminder: Amazon Linux 2 end of support is approaching",
    footer="aws_en",
    body="""
Hello,

This is a reminder that Amazon Linux 2 will reach end of support on 2027-06-30. You are receiving this message because one or more Amazon EC2 instances in your AWS account 331902876154 were launched from Amazon Linux 2 AMIs within the last 30 days.

After end of support, Amazon Linux 2 will no longer receive security updates or bug fixes, and AMIs will no longer be published. Existing instances will continue to run, but they will be exposed to unpatched vulnerabilities, and packages in the Amazon Linux 2 repositories may be removed from the mirrors over time.

We recommend that you migrate your workloads to Amazon Linux 2023 before 2027-06-30. Amazon Linux 2023 offers a predictable release cadence, long-term support for each major version, and security features such as SELinux and kernel hardening enabled by default.

Affected instances (sample, ap-northeast-1):
- i-0d2c8a71f4e9b3056 nm-transcode-worker-01
- i-04f7b6e2c91a5d38e nm-transcode-worker-02
- i-0b95e3d7a2c1f8064 nm-bastion
- 11 more instances, listed in AWS Systems Manager Inventory

Resources to help you migrate:
- Comparing Amazon Linux 2 and Amazon Linux 2023: https://docs.aws.amazon.com/linux/al2023/ug/compare-with-al2.html
- Amazon Linux 2023 User Guide: https://docs.aws.amazon.com/linux/al2023/ug/
- Amazon Linux 2 FAQs: https://aws.amazon.com/amazon-linux-2/faqs/

If you use container images based on amazonlinux:2, also plan to move them to amazonlinux:2023.

You can unsubscribe from Amazon Linux product announcements in your communication preferences; however, you will continue to receive service notices related to your account.
""",
),
dict(
    key="R14", provider="AWS", label="action-required", deadline="2027-04-15",
    lang="en", kind="plain", date="2027-01-25 07:30 +0000",
    frm=AWS_HEALTH, to="aws-oyamada@kitahama-ms.example",
    subject="Notice regarding your AWS Elastic Beanstalk environments",
    footer="aws_health",
    body="""
Hello,

We are contacting you because you have one or more AWS Elastic Beanstalk environments running on the platform branch "Node.js 18 running on 64bit Amazon Linux 2". This platform branch will be retired on April 15, 2027.

What retirement means:
- After April 15, 2027, the platform branch will no longer receive platform updates, including security patches for the operating system and Node.js runtime.
- You will no longer be able to create new environments on a retired platform branch using the console, though existing environments continue to run.
- Managed platform updates will stop for environments on the retired branch.

Please migrate your environments to a supported platform branch, such as "Node.js 22 running on 64bit Amazon Linux 2023", by April 15, 2027. Because this migration changes both the operating system and the Node.js major version, we recommend a blue/green deployment: create a new environment on the target platform, deploy and test your application, and then swap environment URLs.

Affected environments in ap-northeast-1 (account 519274880316):
- oyd-storefront-prod (platform version 5.9.12)
- oyd-storefront-stg (platform version 5.9.12)
- oyd-admin-api (platform version 5.9.8)

Common items to check during migration:
- .ebextensions configuration files that use yum; Amazon Linux 2023 uses dnf.
- Platform hooks and Procfile changes.
- Native Node.js modules that need to be rebuilt for Node.js 22.

Platform support policy: https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/platforms-support-policy.html
Migration guide: https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.migration-al.html
""",
),
]
