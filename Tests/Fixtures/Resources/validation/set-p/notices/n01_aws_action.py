from .common import N, AWS_FOOT, AWS_HEALTH_FOOT, AWS_FOOT_JP, OPS, AWS_ISH, AWS_MIZ, AWS_HBV, AWS_KISO, AWS_PAYER, ACCT

NOTICES = [
N(1, "action-required", "2027-02-28", "en", "2027-02-02 17:05 +0000", "aws_health", AWS_ISH,
  "[Action Required] Amazon RDS for PostgreSQL 14 end of standard support on February 28, 2027",
  f"""
Hello,

You are receiving this message because you have one or more Amazon RDS for PostgreSQL database instances running major version 14 in the following AWS account: {ACCT['ish']}.

As announced previously, Amazon RDS for PostgreSQL 14 reaches the end of standard support on February 28, 2027. We recommend that you upgrade your instances to PostgreSQL 16 or higher before that date.

Affected resources:
- arn:aws:rds:ap-northeast-1:{ACCT['ish']}:db:milkflow-prod-pg (db.r6g.large, 14.17)
- arn:aws:rds:ap-northeast-1:{ACCT['ish']}:db:milkflow-stg-pg (db.t4g.medium, 14.17)

Timeline:
- February 28, 2027: End of standard support for RDS for PostgreSQL 14.
- March 1, 2027: Instances that are still on version 14 are automatically enrolled in Amazon RDS Extended Support and Extended Support charges begin to accrue.
- February 28, 2030: End of RDS Extended Support for PostgreSQL 14.

If you do not want to be charged for RDS Extended Support, you must upgrade your database instances before February 28, 2027. You can perform a major version upgrade in place, or use Amazon RDS Blue/Green Deployments to minimize downtime. We recommend that you test the upgrade on a snapshot copy first, because a major version upgrade can include changes that are not backward compatible with your application.

For pricing details, see the RDS Extended Support section of the Amazon RDS pricing page [2]. For upgrade guidance, see the Amazon RDS User Guide [3].

[2] https://aws.amazon.com/rds/postgresql/pricing/
[3] https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.PostgreSQL.html
""" + AWS_HEALTH_FOOT),

N(2, "action-required", "2027-03-31", "en", "2027-02-03 19:40 +0000", "aws_health", AWS_MIZ,
  "AWS Lambda end of support for Python 3.10",
  f"""
Hello,

We are contacting you because we identified that your AWS account {ACCT['miz']} currently has one or more AWS Lambda functions using the Python 3.10 runtime.

We are ending support for Python 3.10 in Lambda on March 31, 2027. This follows Python 3.10 End-Of-Life (EOL), which the Python community reached in October 2026 [1].

As described in the Lambda runtime support policy [2], end of support for language runtimes happens in several stages. Starting March 31, 2027, Lambda will no longer apply security patches and other updates to the Python 3.10 runtime used by Lambda functions, and functions using Python 3.10 will no longer be eligible for technical support. Additionally, you will no longer be able to create new Lambda functions using the Python 3.10 runtime starting May 31, 2027. Starting June 30, 2027, you will no longer be able to update existing functions using the Python 3.10 runtime.

We recommend that you upgrade your existing Python 3.10 functions to Python 3.13 before March 31, 2027.

End of support does not impact function execution. Your functions will continue to run. However, they will be running on an unsupported runtime which is no longer maintained or patched by the AWS Lambda team.

The following command shows how to use the AWS CLI to list all functions in a specific region using Python 3.10:

aws lambda list-functions --region us-west-2 --output text --query "Functions[?Runtime=='python3.10'].FunctionArn"

A list of your affected Lambda functions is available in the 'Affected resources' tab of the AWS Health Dashboard.

[1] https://devguide.python.org/versions/
[2] https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html
""" + AWS_HEALTH_FOOT, kind="alt"),

N(3, "action-required", "2027-02-18", "en", "2027-02-04 06:12 +0000", "aws", AWS_HBV,
  "[Retirement Notification] Amazon EC2 Instance scheduled for retirement.",
  f"""
Dear Amazon EC2 Customer,

We have important news about your account (AWS Account ID: {ACCT['hbv']}). EC2 has detected degradation of the underlying hardware hosting your Amazon EC2 instance (instance-ID: i-0c47e2a9d1b358f06) in the ap-northeast-1 region. Due to this degradation, your instance could already be unreachable. After 2027-02-18 06:00 UTC your instance, which has an EBS volume as the root device, will be stopped.

You can see more information on your instances that are scheduled for retirement in the AWS Management Console [1].

* How does this affect you?
Your instance's root device is an EBS volume and the instance will be stopped after the specified retirement date. You can start it again at any time. Note that if you have EC2 instance store volumes attached to the instance, any data on these volumes will be lost when the instance is stopped or terminated as these volumes are physically attached to the host computer.

* What do you need to do?
You may still be able to access the instance. We recommend that you replace the instance by creating an AMI of your instance and launching a new instance from the AMI. For more information, please see Amazon Machine Images (AMI) [2] in the Amazon EC2 User Guide. In case of difficulties stopping your EBS-backed instance, please see the Troubleshooting Stopping Your Instance section [3].

* Why retirement?
AWS may schedule instances for retirement in cases where there is an unrecoverable issue with the underlying hardware.

[1] https://console.aws.amazon.com/ec2/v2/home?region=ap-northeast-1#Events:
[2] https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/AMIs.html
[3] https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/TroubleshootingInstancesStopping.html
""" + AWS_FOOT, bland=True,
  fwd={"from": ("Daichi Morioka", "d.morioka@tamagawa-cp.example"), "to": OPS,
       "date": "2027-02-05 10:31 +0900",
       "note": """Hi team,

This came to the Harborview AWS contact address yesterday. i-0c47e2a9d1b358f06 is tms-batch-02 (the nightly manifest export). Can whoever is on shift this week take an AMI and move it to a new instance before the 18th? Please coordinate the downtime with Harborview's IT desk first, they run the export at 01:00 JST.

Thanks,
Daichi"""}),

N(4, "action-required", "2027-03-23", "en", "2027-02-08 20:15 +0000", "aws_health", AWS_KISO,
  "Action needed: Amazon EKS clusters running Kubernetes version 1.32",
  f"""
Hello,

You are receiving this message because you have one or more Amazon EKS clusters running Kubernetes version 1.32 in AWS account {ACCT['kiso']}.

Standard support for Kubernetes version 1.32 in Amazon EKS ends on March 23, 2027. On that date, clusters that are still running version 1.32 will automatically enter extended support. Clusters in extended support are charged an additional fee per cluster hour, and the extended support period for version 1.32 ends on March 23, 2028, at which time Amazon EKS automatically upgrades the control plane to the oldest version still in extended support.

Affected clusters:
- kiso-shop-prod (ap-northeast-1)
- kiso-shop-dev (ap-northeast-1)

To avoid extended support charges, upgrade these clusters to Kubernetes version 1.33 or later before March 23, 2027. If you want to keep clusters on standard support only, you can set the cluster upgrade policy to STANDARD; in that case the control plane is upgraded automatically at the end of standard support.

Before you upgrade, review the Kubernetes release notes and the Amazon EKS version documentation for API removals that may affect your workloads, and update your managed node groups, Fargate profiles and add-ons (Amazon VPC CNI, CoreDNS, kube-proxy) to compatible versions. You can use EKS upgrade insights in the console to check your clusters for deprecated API usage.

For more information, see "Understand the Kubernetes version lifecycle on EKS" in the Amazon EKS User Guide:
https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html
""" + AWS_HEALTH_FOOT),

N(5, "action-required", "2027-04-15", "en", "2027-02-09 18:02 +0000", "aws", AWS_HBV,
  "Important information about your Amazon Redshift clusters",
  f"""
Hello,

We are reaching out because one or more Amazon Redshift provisioned clusters or Redshift Serverless workgroups in your AWS account ({ACCT['hbv']}) accept SSL connections using server certificates issued from the legacy Redshift certificate bundle.

On April 15, 2027, Amazon Redshift will begin serving server certificates issued by AWS Certificate Manager (ACM) for all SSL connections in the ap-northeast-1 and us-west-2 Regions. Client applications that verify the server certificate (sslmode=verify-ca or verify-full) and that rely only on the legacy redshift-ca-bundle.crt file will fail to connect after that date.

Affected resources:
- hbv-analytics (provisioned cluster, ap-northeast-1)
- hbv-forecast-wg (Serverless workgroup, us-west-2)

What you need to do:
1. Identify client applications, BI tools and ETL jobs that connect to the resources listed above with certificate verification enabled.
2. Update JDBC, ODBC and Python drivers to the current versions, which include the ACM root certificates, or download the updated certificate bundle from the Amazon Redshift documentation.
3. Test connectivity with the updated bundle before April 15, 2027.

Clients that use sslmode=require without verification, or that trust the Amazon root CAs from the operating system trust store, do not need to change anything.

For detailed instructions, see "Transitioning to ACM certificates for SSL connections" in the Amazon Redshift Management Guide:
https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-transitioning-to-acm-certs.html

If you have questions, contact AWS Support.
""" + AWS_FOOT, bland=True),

N(6, "action-required", "2027-04-30", "en", "2027-02-10 16:47 +0000", "aws_health", AWS_MIZ,
  "Action Required: Upgrade Amazon ElastiCache clusters running Redis OSS 5.0.6",
  f"""
Hello,

You are receiving this message because your AWS account {ACCT['miz']} has one or more Amazon ElastiCache clusters running Redis OSS engine version 5.0.6 or earlier.

Amazon ElastiCache will end standard support for Redis OSS versions 4 and 5 on April 30, 2027. After that date, clusters on these versions will be automatically enrolled in ElastiCache Extended Support, which is billed in addition to your normal node charges, and they will no longer receive non-critical bug fixes.

Your affected clusters:
- mzc-session-cache (cache.r7g.large x 2, ap-northeast-1)
- mzc-catalog-cache (cache.t4g.small, ap-northeast-1)

We recommend that you upgrade to ElastiCache for Valkey 8 or Redis OSS 7.1 before April 30, 2027. Upgrading from Redis OSS to Valkey can be done in place with no change to your endpoints, and Valkey clusters are priced lower than Redis OSS clusters for the same node types.

To upgrade, open the ElastiCache console, select the cluster, choose Modify, and select the new engine and version. You can apply the change immediately or during your next maintenance window. We suggest that you take a manual backup before upgrading.

For more information about the ElastiCache version lifecycle, see:
https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/engine-versions.html
""" + AWS_HEALTH_FOOT, kind="html"),

N(7, "action-required", "2027-02-26", "en", "2027-02-11 02:30 +0000", "aws", AWS_KISO,
  "Verify your email address for kiso-outdoor.example",
  f"""
Dear AWS customer,

The registrant contact email address for the domain kiso-outdoor.example, which is registered with Amazon Route 53 under AWS account {ACCT['kiso']}, has not been verified.

The Internet Corporation for Assigned Names and Numbers (ICANN) requires domain registrars to verify that the email address for the registrant contact is valid. To verify your email address, click the following link:

https://route53domains.amazonaws.com/verify?token=7Hq2cVnX0pLrA4e9WmZbT1sK

You must verify the email address within 15 days of receiving this email. If you don't verify it, we are required to suspend the domain, and it will no longer be available on the internet. Websites and email that use this domain will stop working until the address is verified.

If you did not change the contact information for this domain, or if you believe you received this message in error, review the contact details for the domain in the Route 53 console:

https://console.aws.amazon.com/route53/domains/home#/DomainDetails/kiso-outdoor.example

Domain: kiso-outdoor.example
Registrant contact: Kiso Outdoor Co., Ltd. (c/o Tamagawa Cloud Partners)
Email address to verify: aws+kiso-outdoor@tamagawa-cp.example

If you already verified this email address, you can ignore this message. For more information about verification, see "Verifying the email address for the registrant contact" in the Amazon Route 53 Developer Guide.

Regards,
Amazon Route 53

This message was sent by Amazon Web Services, Inc. or its affiliates. Please do not reply to this email; replies to this address are not monitored.
""", rel=("d", 15)),

N(8, "action-required", "2027-03-14", "en", "2027-02-12 08:19 +0000", "aws", AWS_MIZ,
  "[ACTION REQUIRED] Your certificate renewal is pending validation",
  f"""
Greetings from Amazon Web Services,

This is a notification that AWS Certificate Manager (ACM) has been unable to renew the certificate(s) listed below automatically because the domain validation records could not be found.

AWS Account ID: {ACCT['miz']}
AWS Region name: us-east-1
Certificate identifier: arn:aws:acm:us-east-1:{ACCT['miz']}:certificate/5e2b9c71-0d4a-4f3e-9a61-8c7d2e4b1f90
Domains:
- shop.mizunami-ceramics.example
- www.mizunami-ceramics.example
Expiry date: March 14, 2027

ACM validates domain ownership before it renews a certificate. For DNS validation, ACM looks for the CNAME record that was added to your DNS configuration when the certificate was first requested. The record for www.mizunami-ceramics.example no longer exists in the hosted zone that serves this domain. This can happen if the record was deleted or the domain was moved to a different DNS provider.

To renew the certificate, add the following CNAME record back to the DNS configuration of the domain:

Name: _3c9a41e0b7d2f58c6a1e.www.mizunami-ceramics.example.
Value: _8f1b27c4d9e05a36.mhbtsbpdnt.acm-validations.aws.

The certificate will be renewed automatically within a few hours after ACM can validate the record. If the certificate is not renewed before March 14, 2027, it will expire, and the CloudFront distribution E2KQ7ZC4M1V8XR that uses it will stop serving HTTPS traffic for that name.

For more information, see "Managed certificate renewal" in the AWS Certificate Manager User Guide:
https://docs.aws.amazon.com/acm/latest/userguide/managed-renewal.html
""" + AWS_FOOT),

N(9, "action-required", "2027-07-31", "en", "2027-02-15 21:10 +0000", "aws_health", AWS_HBV,
  "Amazon OpenSearch Service: end of standard support for legacy Elasticsearch versions",
  f"""
Hello,

We are contacting you because your AWS account {ACCT['hbv']} has one or more Amazon OpenSearch Service domains running Elasticsearch versions 7.1 through 7.8.

Amazon OpenSearch Service will end standard support for Elasticsearch versions 7.1 through 7.8 on July 31, 2027. After that date, domains running these versions will move to Extended Support and will be billed a flat additional fee per normalized instance hour. Domains in Extended Support continue to receive critical security fixes, but no other bug fixes or operating system updates.

Affected domains (ap-northeast-1):
- hbv-tracking-logs (Elasticsearch 7.4)
- hbv-audit-search (Elasticsearch 7.7)

We strongly recommend that you upgrade these domains to OpenSearch 2.x before July 31, 2027. An upgrade from Elasticsearch 7.x to OpenSearch is an in-place, blue/green operation and does not require you to create a new domain. Because index compatibility rules apply, domains running Elasticsearch 7.4 may need to be upgraded to Elasticsearch 7.10 first.

Recommended steps:
1. Take a manual snapshot of each domain.
2. Run the upgrade eligibility check in the OpenSearch Service console (Actions > Upgrade > Check upgrade eligibility).
3. Verify your clients and plugins against the OpenSearch compatibility documentation.
4. Perform the upgrade during a period of low traffic.

For the complete support calendar and Extended Support pricing, refer to:
https://docs.aws.amazon.com/opensearch-service/latest/developerguide/what-is.html#choosing-version
""" + AWS_HEALTH_FOOT),

N(10, "action-required", "2027-03-15", "en", "2027-02-16 17:33 +0000", "aws", AWS_PAYER,
  "Your AWS account",
  f"""
Hello,

We are writing to let you know about an upcoming change to how the root user signs in to AWS account {ACCT['payer']} and to the member accounts of your organization that still have root user credentials.

Beginning March 15, 2027, the root user of every standalone and management account must use multi-factor authentication (MFA) to sign in to the AWS Management Console. Our records show that the following accounts do not yet have an MFA device registered for the root user:

- {ACCT['payer']} (Tamagawa Cloud Partners - payer)
- {ACCT['kiso']} (Kiso Outdoor - production)

What you need to do

Register at least one MFA device for the root user of each account listed above before March 15, 2027. We recommend a FIDO2 passkey or security key, which provides phishing-resistant authentication; you can register up to eight MFA devices per root user. To register a device, sign in as the root user, open the account menu, choose Security credentials, and under Multi-factor authentication choose Assign MFA device.

If you have not registered an MFA device by that date, you will be asked to register one the next time the root user signs in, and you will not be able to complete the sign-in until registration succeeds. Make sure that the person who controls the root user email address is available when that happens.

If you use AWS Organizations, you can instead centrally manage root access and remove root user credentials from member accounts.

To learn more, visit https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html.

Thank you for using Amazon Web Services.
""" + AWS_FOOT, kind="alt", bland=True),

N(11, "action-required", "2027-04-09", "en", "2027-02-17 22:45 +0000", "aws_health", AWS_ISH,
  "Reminder: Amazon MQ for ActiveMQ 5.17 end of support on April 9, 2027",
  f"""
Hello,

This is a reminder that Amazon MQ will end support for Apache ActiveMQ version 5.17 on April 9, 2027. You are receiving this message because you have one or more brokers running ActiveMQ 5.17 in your AWS account {ACCT['ish']}.

Affected brokers:
- b-3f0d8a52-7c41-4e93-b1a6-2d95ce0f4a17 (ish-orders-broker, ap-northeast-1, mq.m5.large, ACTIVE_STANDBY_MULTI_AZ)

Starting April 9, 2027, you will no longer be able to create new brokers on ActiveMQ 5.17, and existing brokers on that version will be upgraded automatically to ActiveMQ 5.18 during their scheduled maintenance windows in the weeks following that date. Automatic upgrades may restart your broker and cause a brief interruption for connected clients.

We recommend that you upgrade your brokers to ActiveMQ 5.18 yourself before April 9, 2027 so that you can choose the time of the upgrade and validate your clients. ActiveMQ 5.18 requires Java 11 or later on the broker side but remains wire-compatible with existing OpenWire, AMQP, STOMP and MQTT clients.

To upgrade, open the Amazon MQ console, select the broker, choose Edit, select version 5.18 and choose whether to apply the change immediately or in the next maintenance window. You can also enable automatic minor version upgrades to receive patch releases going forward.

For more information, refer to the Amazon MQ version support calendar:
https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/activemq-version-management.html
""" + AWS_HEALTH_FOOT),

N(12, "action-required", "2027-04-30", "en", "2027-02-22 19:05 +0000", "aws", AWS_KISO,
  "AWS Elastic Beanstalk platform branch retirement",
  f"""
Hello,

This is a notification about AWS Elastic Beanstalk environments in your AWS account ({ACCT['kiso']}) that use a platform branch scheduled for retirement.

The following platform branch will be retired on April 30, 2027:
- Python 3.9 running on 64bit Amazon Linux 2023

Environments in your account using this platform branch:
- kiso-reservations-prod (ap-northeast-1)
- kiso-reservations-staging (ap-northeast-1)

What does retirement mean?
After a platform branch is retired, Elastic Beanstalk no longer provides platform updates, including security patches and managed platform updates, for it. You will no longer be able to create new environments on a retired branch. Existing environments continue to run, but they are not eligible for support and they can become vulnerable as operating system and runtime packages age.

What should you do?
We recommend that you migrate your environments to a supported platform branch, such as Python 3.12 running on 64bit Amazon Linux 2023, before April 30, 2027. For the smoothest migration, use a blue/green deployment: create a new environment on the supported branch, test your application there, and then swap the environment CNAMEs.

Python 3.12 includes changes that can affect your application, for example the removal of the distutils module. Review your requirements.txt file and test your dependencies before you migrate.

For the list of retiring platform branches and the retirement schedule, see the AWS Elastic Beanstalk Platforms guide:
https://docs.aws.amazon.com/elasticbeanstalk/latest/platforms/platforms-retiring.html

Thank you,
The AWS Elastic Beanstalk Team
""" + AWS_FOOT),

N(13, "action-required", "2027-04-30", "ja", "2027-02-09 10:20 +0900", "aws_jp", AWS_ISH,
  "【要対応】Amazon RDS for MariaDB 10.5 の標準サポート終了について（2027年4月30日）",
  f"""
お客様各位

平素より Amazon Web Services をご利用いただき、誠にありがとうございます。

お客様の AWS アカウント（{ACCT['ish']}）において、Amazon RDS for MariaDB のメジャーバージョン 10.5 を実行している DB インスタンスが確認されたため、本メールをお送りしております。

Amazon RDS for MariaDB 10.5 の標準サポートは、2027年4月30日（金）をもって終了いたします。

■ 対象リソース
・ish-lims-db（ap-northeast-1、db.m6g.large、MariaDB 10.5.27）
・ish-lims-db-replica（ap-northeast-1、db.m6g.large、MariaDB 10.5.27）

■ スケジュール
・2027年4月30日：標準サポート終了
・2027年5月1日：10.5 のまま稼働しているインスタンスは RDS 延長サポートに自動登録され、延長サポート料金の請求が開始されます

■ お客様に必要な対応
延長サポート料金の発生を避けるには、2027年4月30日までに対象の DB インスタンスを MariaDB 10.11 以降へアップグレードしてください。メジャーバージョンアップグレードでは、アプリケーションとの互換性に影響する変更が含まれる場合があります。事前にスナップショットから検証用インスタンスを作成し、動作確認を行うことを推奨いたします。ダウンタイムを最小限に抑えたい場合は、Amazon RDS ブルー/グリーンデプロイをご利用ください。

アップグレード手順の詳細は、以下のドキュメントをご参照ください。
https://docs.aws.amazon.com/ja_jp/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.MariaDB.html
""" + AWS_FOOT_JP),

N(14, "action-required", "2027-03-09", "ja", "2027-02-19 11:05 +0900", "aws_jp", AWS_HBV,
  "【重要】お客様の AWS アカウントに関するお知らせ",
  f"""
AWS をご利用のお客様

お客様の AWS アカウント（{ACCT['hbv']}）において、Node.js 20 ランタイムを使用している AWS Lambda 関数が 1 つ以上確認されたため、ご連絡しております。

AWS Lambda における Node.js 20 のサポートは、2027年3月9日に終了いたします。

Lambda のランタイムサポートポリシーに基づき、サポート終了は以下の段階で進みます。

・2027年3月9日：Node.js 20 ランタイムへのセキュリティパッチおよびその他の更新の提供を終了し、当該関数はテクニカルサポートの対象外となります
・2027年4月9日：Node.js 20 を使用した新規関数の作成ができなくなります
・2027年5月10日：Node.js 20 を使用した既存関数の更新ができなくなります

サポート終了後も関数の呼び出しは引き続き可能ですが、保守やパッチ適用が行われないランタイム上で実行されることになります。2027年3月9日までに、対象の関数を Node.js 22 以降へ移行していただくようお願いいたします。

対象の関数は、AWS Health Dashboard の「影響を受けるリソース」タブで確認できます。また、以下の AWS CLI コマンドで特定リージョンの対象関数を一覧表示できます。

aws lambda list-functions --region ap-northeast-1 --output text --query "Functions[?Runtime=='nodejs20.x'].FunctionArn"

移行にあたっては、依存パッケージの互換性をご確認のうえ、検証環境でテストを実施してください。詳細は「Lambda ランタイム」のドキュメントをご覧ください。
https://docs.aws.amazon.com/ja_jp/lambda/latest/dg/lambda-runtimes.html
""" + AWS_FOOT_JP, bland=True),
]
