from q_common import *

AWS_HEALTH = "Amazon Web Services <no-reply@notifications.aws.example.com>"
AWS_HEALTH_JP = "アマゾン ウェブ サービス <no-reply-jp@notifications.aws.example.com>"

NOTICES = [
N(id="q001", provider="AWS", kind="fwd", label="action-required", deadline="2027-05-31",
  frm="Kenji Arakawa <k.arakawa@shirakaba-si.example>", to=OPS,
  date="2027-03-02 10:41:07 +0900",
  subject="Fwd: [Action Required] Amazon Aurora MySQL 3.04 end of standard support on May 31, 2027",
  body="""Ops team,

Forwarding this from the Nanao Textiles root mailbox. Their production cluster is on 3.04.2 so this hits them. Can someone pick it up and open a change request with Nanao's IT (Ms. Hoshino)? I'd rather we didn't end up in the automatic upgrade.

Thanks,
Kenji

---------- Forwarded message ---------
From: Amazon Web Services <no-reply@notifications.aws.example.com>
Date: Mon, 1 Mar 2027 at 22:03
Subject: [Action Required] Amazon Aurora MySQL 3.04 end of standard support on May 31, 2027
To: <aws-nanao@shirakaba-si.example>

Hello,

You are receiving this message because you have one or more Amazon Aurora MySQL-Compatible Edition clusters running version 3.04 (compatible with MySQL 8.0.28) in your AWS account 318604471259.

Aurora MySQL version 3.04 will reach the end of standard support on May 31, 2027. We recommend that you upgrade your clusters to Aurora MySQL version 3.08 or higher before this date. You can perform a minor version upgrade using the AWS Management Console, the AWS CLI, or the RDS API.

Timeline:
- April 15, 2027: You will no longer be able to create new clusters with Aurora MySQL 3.04.
- May 31, 2027: End of standard support for Aurora MySQL 3.04.
- After June 1, 2027: Any remaining 3.04 clusters will be upgraded to the default minor version during a scheduled maintenance window.

A list of your affected clusters is available in the "Affected resources" tab of the AWS Health Dashboard. Affected resources in this account:

nanao-erp-prod (ap-northeast-1)
nanao-erp-stg (ap-northeast-1)

For more information about upgrading, see the Aurora User Guide [1].

If you have questions or concerns, please contact AWS Support [2].

[1] https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Updates.html
[2] https://aws.amazon.com/support

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""),

N(id="q002", provider="AWS", fmt="alt", label="action-required", deadline="2027-04-30",
  frm=AWS_HEALTH, to=AWS_RIDGE, date="2027-03-03 18:22:51 +0000",
  subject="[Action Required] AWS Lambda end of support for Node.js 20",
  body="""Hello,

We are contacting you because we have identified that your AWS Account 592007318846 currently has one or more AWS Lambda functions using the Node.js 20 runtime.

We are ending support for Node.js 20 in Lambda on April 30, 2027. This follows Node.js 20 End-Of-Life (EOL) reached by the upstream community.

As described in the Lambda runtime support policy [1], end of support for language runtimes in Lambda happens in several stages. Starting April 30, 2027, Lambda will no longer apply security patches and other updates to the Node.js 20 runtime used by Lambda functions, and functions using Node.js 20 will no longer be eligible for technical support. In addition, you will no longer be able to create new Lambda functions using the Node.js 20 runtime starting June 1, 2027. Starting July 1, 2027, you will no longer be able to update existing functions using the Node.js 20 runtime.

We recommend that you upgrade your existing Node.js 20 functions to Node.js 22 before April 30, 2027.

End of support does not impact function execution. Your functions will continue to run. However, they will be running on an unsupported runtime which is no longer maintained or patched by the AWS Lambda team.

The following command shows how to use the AWS CLI [2] to list all functions in a specific region using Node.js 20:

aws lambda list-functions --region us-east-1 --output text --query "Functions[?Runtime=='nodejs20.x'].FunctionArn"

The affected functions in your account are listed on the 'Affected resources' tab of your AWS Health Dashboard.

[1] https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html
[2] https://aws.amazon.com/cli/
""" + AWS_FOOTER),

N(id="q003", provider="AWS", label="action-required", deadline="2027-03-22",
  frm=AWS_HEALTH, to=AWS_OMI, date="2027-03-08 03:15:40 +0000",
  subject="[Retirement Notification] Amazon EC2 Instance scheduled for retirement.",
  body="""Dear Amazon EC2 Customer,

We have important news about your account (AWS Account ID: 770412958330). EC2 has detected degradation of the underlying hardware hosting your Amazon EC2 instance (instance-ID: i-0c4e81a7d2f95b310) in the ap-northeast-1 region. Due to this degradation your instance could already be unreachable. We will stop your instance after 2027-03-22 00:00 UTC.

You can see more information on your instances that are scheduled for retirement in the AWS Management Console [1].

* How does this affect you?
Your instance will be stopped after the specified retirement date, but you can start it again at any time. Note that if you have EC2 instance store volumes attached to the instance, any data on these volumes will be lost when the instance is stopped or terminated as these volumes are physically attached to the host computer.

* What do you need to do?
You may still be able to access the instance. We recommend that you replace the instance by creating an AMI of your instance and launch a new instance from the AMI. For more information please see Amazon Machine Images (AMI) [2] in the Amazon EC2 User Guide. In case of difficulties stopping your EBS-backed instance, please see the Instance FAQ [3].

* Why retirement?
AWS may schedule instances for retirement in cases where there is an unrecoverable issue with the underlying hardware.

Instance tags: Name=omi-ticketing-batch-02, Env=prod, Owner=omi-rail

If you have any questions or concerns, you can contact the AWS Support Team on the community forums and via AWS Premium Support at: http://aws.amazon.com/support

[1] https://console.aws.amazon.com/ec2/v2/home?region=ap-northeast-1#Events
[2] https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/AMIs.html
[3] https://aws.amazon.com/ec2/faqs/

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""),

N(id="q004", provider="AWS", label="action-required", deadline="2027-04-09",
  frm="Amazon Web Services <no-reply-acm@notifications.aws.example.com>", to=AWS_FERN,
  date="2027-03-10 07:00:12 +0000", bland=True,
  subject="Certificate renewal",
  body="""Greetings from Amazon Web Services,

This is a notification that AWS Certificate Manager (ACM) was unable to renew the certificate automatically using DNS validation for the following domains:

AWS account ID: 204517763091
AWS Region name: us-east-1
Certificate identifier: arn:aws:acm:us-east-1:204517763091:certificate/8e1d5b0c-43f7-4a0e-b6c2-7d9910fe2a4c
Domain names:
  shop.bluefern-studios.example
  assets.bluefern-studios.example

The certificate expires on April 9, 2027. To renew it, ACM must be able to find the CNAME records that it created when the certificate was first requested. The record for assets.bluefern-studios.example appears to have been removed from your DNS configuration. You must take action to avoid interruption in service: restore the CNAME record shown in the ACM console, or request a new certificate and associate it with your CloudFront distribution E2Q8MZ41T0XK7A before the certificate expires.

After the record is in place, ACM will retry validation automatically; no further action is required from you. Renewal can take several hours after DNS propagation.

For more information, see Managed renewal for ACM certificates in the ACM User Guide:
https://docs.aws.amazon.com/acm/latest/userguide/managed-renewal.html

If you have questions about this process, please use the AWS Support Center to contact AWS Support. Note that only accounts with a support plan can open technical support cases.

To view the certificate, go to the ACM console:
https://console.aws.amazon.com/acm/home?region=us-east-1

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""),

N(id="q005", provider="AWS", label="action-required", deadline="2027-03-23",
  frm=AWS_HEALTH, to=AWS_OMI, date="2027-03-02 21:48:30 +0000", bland=True,
  subject="Your Amazon EKS clusters",
  body="""Hello,

You are receiving this message because you have one or more Amazon EKS clusters running Kubernetes version 1.32 in your AWS account 770412958330.

Standard support for Kubernetes version 1.32 in Amazon EKS ends on March 23, 2027. On that date, clusters still running 1.32 will automatically enter extended support. Clusters in extended support are billed at $0.60 per cluster per hour, compared with $0.10 per cluster per hour during standard support, and extended support for 1.32 itself ends on March 23, 2028, after which clusters are automatically upgraded.

To avoid extended support charges, upgrade your clusters to Kubernetes version 1.33 or later before March 23, 2027. Alternatively, you can change the cluster upgrade policy to STANDARD, in which case the cluster will be automatically upgraded at the end of standard support.

Affected clusters:

omi-rail-platform (ap-northeast-1) - 1.32 - platform version eks.14
omi-rail-analytics (ap-northeast-1) - 1.32 - platform version eks.14

Before upgrading, review the Kubernetes release notes and the EKS upgrade insights for your clusters. Upgrade insights identify deprecated API usage and add-on versions that may be incompatible with the target version.

Helpful resources:
- Amazon EKS Kubernetes versions: https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html
- Cluster insights: https://docs.aws.amazon.com/eks/latest/userguide/cluster-insights.html
- Extended support pricing: https://aws.amazon.com/eks/pricing/
""" + AWS_HEALTH_FOOTER),

N(id="q006", provider="AWS", label="action-required", deadline="2027-04-02",
  frm="Amazon Route 53 <no-reply-route53@notifications.aws.example.com>", to=AWS_OMI,
  date="2027-03-03 12:05:00 +0000",
  subject="Your domain omi-rail-tickets.example will expire on April 2, 2027",
  body="""Dear AWS customer,

The following domain that is registered with Amazon Route 53 is scheduled to expire soon, and automatic renewal is disabled for this domain:

Domain name: omi-rail-tickets.example
Expiration date: April 2, 2027
AWS account: 770412958330

If you want to keep this domain, you must renew it before the expiration date. You can either enable automatic renewal, or renew the domain manually:

- To enable automatic renewal, open the Route 53 console, choose Registered domains, select the domain, and turn on Auto renew.
- To renew manually, choose Actions, Renew domain. Your default payment method will be charged the renewal fee for the top-level domain.

If you don't renew the domain, it will be suspended after the expiration date, and DNS queries for the domain will no longer resolve. Websites and email addresses that use the domain will stop working. Depending on the registry, you may be able to restore an expired domain during a grace period, and a restoration fee may apply.

If you no longer want this domain, you don't need to do anything.

For more information, see "Renewing registration for a domain" in the Amazon Route 53 Developer Guide:
https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/domain-renew.html

Regards,
Amazon Route 53

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""),

N(id="q007", provider="AWS", label="action-required", deadline="2027-06-30",
  frm=AWS_HEALTH, to=AWS_RIDGE, date="2027-03-04 16:30:02 +0000",
  subject="Action needed: AWS Elastic Beanstalk platform branches retiring",
  body="""Hello,

We are contacting you because one or more of your AWS Elastic Beanstalk environments in account 592007318846 run on platform branches that are scheduled to retire on June 30, 2027.

Retiring platform branches:
- Python 3.9 running on 64bit Amazon Linux 2
- Docker running on 64bit Amazon Linux 2

Affected environments:
ridgeway-portal-prod (us-west-2) - Python 3.9 running on 64bit Amazon Linux 2/3.7.11
ridgeway-portal-uat (us-west-2) - Python 3.9 running on 64bit Amazon Linux 2/3.7.11
ridgeway-intake-worker (us-west-2) - Docker running on 64bit Amazon Linux 2/4.2.9

After a platform branch retires, your environments continue to run, but Elastic Beanstalk stops providing maintenance updates, including security updates, for that branch. You will also be unable to create new environments on a retired branch using the console. Environments on a retired branch may become unstable as the underlying operating system reaches end of life.

What should I do?
We recommend that you migrate your environments to a supported platform branch running on Amazon Linux 2023 before June 30, 2027. Blue/green deployment lets you migrate with minimal downtime: create a new environment on the target branch, deploy your application, test it, and then swap environment URLs.

For the full retirement schedule, see the Elastic Beanstalk platform support policy:
https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/platforms-support-policy.html

Migration guide for Amazon Linux 2023:
https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.migration-al.html
""" + AWS_FOOTER),

N(id="q008", provider="AWS", label="action-required", deadline="2027-03-18", rel=("bd", 5),
  frm="Amazon Web Services <aws-verification@amazon.example.com>", to=AWS_FERN,
  date="2027-03-11 02:14:55 +0000", bland=True,
  subject="Your AWS account",
  body="""Hello,

We are contacting you regarding your AWS account 204517763091.

As part of our routine review of account information, we were unable to verify some of the information associated with this account. To keep your account in good standing, we need you to provide additional information within 5 business days of the date of this message.

Please sign in to the AWS Support Center and reply to the case titled "Account verification request" with the following:

1. The full legal name and address of the business that owns this account.
2. A business website or public listing that confirms the business name.
3. A brief description of how you use AWS, including the services you use and the expected monthly usage.
4. The name and phone number of a contact person who can answer questions about the account.

If we do not receive the requested information in time, we may restrict your ability to launch new resources, and the account may be suspended. Existing resources could become unavailable if the account is suspended.

We appreciate your understanding. Verifications like this help us protect all AWS customers from fraud and abuse.

AWS Support Center: https://console.aws.amazon.com/support/home

Do not reply to this email. This mailbox is not monitored. Please respond only through the AWS Support Center.

Regards,
AWS Accounts Team

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""),

N(id="q009", provider="AWS", label="action-required", deadline="2027-04-26",
  frm=AWS_HEALTH, to=AWS_NANAO, date="2027-03-05 19:11:43 +0000",
  subject="[Action Required] Update your Amazon S3 clients to stop using Signature Version 2",
  body="""Hello,

We are reaching out because your AWS account 318604471259 has made Amazon S3 requests signed with AWS Signature Version 2 in the last 30 days.

Amazon S3 will stop accepting requests signed with Signature Version 2 in all AWS Regions. After April 26, 2027, Signature Version 2 requests to any bucket will be rejected with an HTTP 403 error, and the applications making them will fail. Please update your clients to use Signature Version 4 by April 26, 2027.

Requests signed with Signature Version 2 were observed from the following buckets in your account over the last 30 days:

nanao-edi-inbound (ap-northeast-1) - 14,221 requests
nanao-legacy-archive (ap-northeast-1) - 388 requests

User agents seen: aws-sdk-java/1.9.x, s3cmd/1.6.1

To identify the callers, you can use AWS CloudTrail data events and filter on the additionalEventData.SignatureVersion field, or enable S3 server access logs and look for the SigV2 authentication type. Most current AWS SDKs and the AWS CLI use Signature Version 4 by default; older SDKs and some third-party tools must be upgraded or reconfigured.

For more information, see:
https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-authenticating-requests.html
https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingAWSSDK.html#UsingAWSSDK-sig2-deprecation
""" + AWS_HEALTH_FOOTER),

N(id="q010", provider="AWS", lang="ja", label="action-required", deadline="2027-04-20",
  frm=AWS_HEALTH_JP, to=AWS_NANAO, date="2027-03-09 11:02:18 +0900",
  subject="【要対応】Amazon RDS 証明書の更新について（2027 年 4 月 20 日まで）",
  body="""AWS をご利用いただき、ありがとうございます。

お客様の AWS アカウント (318604471259) において、アジアパシフィック (東京) リージョンの Amazon RDS DB インスタンスが、有効期限を迎える認証局 (CA) 証明書 rds-ca-rsa2048-g1 の中間証明書を使用していることを確認したため、ご連絡しております。

当該中間証明書は 2027 年 4 月 20 日に有効期限を迎えます。SSL/TLS で DB インスタンスに接続しているアプリケーションへの影響を避けるため、2027 年 4 月 20 日までに、以下のいずれかの対応を実施してください。

1. DB インスタンスの証明書を rds-ca-rsa2048-g2 に変更する
2. アプリケーションの信頼ストアを最新の証明書バンドル (global-bundle.pem) に更新する

証明書の変更には DB インスタンスの再起動が必要となる場合があります。メンテナンスウィンドウでの適用、または「今すぐ適用」を選択できます。

対象リソース:
nanao-orders-db (ap-northeast-1)
nanao-reporting-db (ap-northeast-1)

期限までに対応が行われない場合、期限後はクライアント側で証明書の検証に失敗し、アプリケーションから DB インスタンスへ接続できなくなる可能性があります。証明書の検証を行わない接続は影響を受けませんが、セキュリティ上、検証を有効にすることを推奨します。

手順の詳細は以下のドキュメントをご参照ください。
https://docs.aws.amazon.com/ja_jp/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html
""" + AWS_JP_FOOTER),

N(id="q011", provider="AWS", lang="ja", label="action-required", deadline="2027-06-30",
  frm=AWS_HEALTH_JP, to=AWS_OMI, date="2027-03-12 09:40:00 +0900",
  subject="[要対応] AWS Lambda における Python 3.10 のサポート終了 (2027年6月30日)",
  body="""お客様各位

AWS アカウント 770412958330 において、Python 3.10 ランタイムを使用している AWS Lambda 関数が 1 つ以上存在することを確認いたしました。

Lambda における Python 3.10 のサポートは 2027 年 6 月 30 日に終了いたします。これは、Python コミュニティによる Python 3.10 のサポート終了 (EOL) に伴うものです。

Lambda ランタイムサポートポリシー [1] に記載されているとおり、ランタイムのサポート終了は段階的に行われます。

・2027 年 6 月 30 日: セキュリティパッチの適用およびテクニカルサポートを終了します
・2027 年 7 月 31 日: Python 3.10 を使用した新規関数の作成ができなくなります
・2027 年 8 月 31 日: Python 3.10 を使用した既存関数の更新ができなくなります

サポート終了後も関数の実行は継続されますが、AWS Lambda チームによる保守やパッチ適用が行われないランタイム上で動作することになります。2027 年 6 月 30 日までに、既存の関数を Python 3.13 へ移行していただくようお願いいたします。

対象となる関数は、AWS Health Dashboard の「影響を受けるリソース」タブに表示されます。以下の AWS CLI コマンドでも確認できます。

aws lambda list-functions --region ap-northeast-1 --output text --query "Functions[?Runtime=='python3.10'].FunctionArn"

[1] https://docs.aws.amazon.com/ja_jp/lambda/latest/dg/runtime-support-policy.html
""" + AWS_JP_FOOTER),

N(id="q012", provider="AWS", fmt="alt", label="action-required", deadline="2027-04-12",
  frm="Amazon Web Services <aws-account-security@amazon.example.com>", to=AWS_RIDGE,
  date="2027-03-15 15:20:09 +0000", bland=True,
  subject="Important information about your account",
  body="""Hello,

We're writing to let you know about an upcoming change to how you sign in to your AWS account 592007318846 as the root user.

Beginning April 12, 2027, AWS will require multi-factor authentication (MFA) for all root user sign-ins to standalone accounts and management accounts in AWS Organizations. Our records show that the root user of this account does not currently have an MFA device registered.

Please register an MFA device for the root user by April 12, 2027. If no MFA device is registered by then, you will be prompted to register one the next time you sign in as the root user, and you will not be able to complete sign-in until you do so. This may delay urgent tasks that require root user credentials, such as changing account settings or closing the account.

You can use passkeys, security keys, authenticator apps, or hardware TOTP tokens. We recommend registering more than one device so that you are not locked out if one is lost.

To register an MFA device:
1. Sign in to the AWS Management Console as the root user.
2. Open the account menu and choose Security credentials.
3. In the Multi-factor authentication (MFA) section, choose Assign MFA device.

If you manage this account through AWS Organizations, consider using centralized root access management to remove root credentials from member accounts altogether.

Learn more: https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html

Thank you for helping us keep your account secure.

Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""),

N(id="q013", provider="AWS", fmt="alt", label="action-required", deadline="2027-05-17",
  frm=AWS_HEALTH, to=AWS_FERN, date="2027-03-16 20:07:33 +0000",
  subject="ACTION REQUIRED: Amazon CloudFront to end support for TLS 1.0 and TLS 1.1 viewer connections",
  body="""Hello,

You are receiving this message because one or more Amazon CloudFront distributions in your AWS account 204517763091 use a viewer security policy that allows TLS 1.0 or TLS 1.1.

On May 17, 2027, CloudFront will stop accepting TLS 1.0 and TLS 1.1 connections from viewers for all distributions. After this date, distributions configured with the TLSv1, TLSv1_2016 or TLSv1.1_2016 security policies will be automatically moved to TLSv1.2_2021, and viewers that only support TLS 1.0 or TLS 1.1 will be unable to connect.

In the last 30 days, your distributions served the following share of requests over TLS 1.0 or TLS 1.1:

E2Q8MZ41T0XK7A (shop.bluefern-studios.example) - 0.4%
E1HV0T6N3LQ9PD (media.bluefern-studios.example) - 2.7%

What you need to do:
Update the security policy on the affected distributions to TLSv1.2_2021 or later and confirm that your clients and any embedded devices support TLS 1.2. Please complete these changes before May 17, 2027. You can use CloudFront standard logs or real-time logs to identify clients still connecting with older protocols (ssl-protocol field).

If your distributions use the default CloudFront certificate (*.cloudfront.net), they are not affected by this change.

Documentation: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html
""" + AWS_HEALTH_FOOTER),

N(id="q014", provider="AWS", label="action-required", deadline="2027-08-01",
  frm=AWS_HEALTH, to=AWS_RIDGE, date="2027-03-22 17:55:00 +0000",
  subject="Reminder: Amazon Redshift DC2 node types retire on August 1, 2027",
  body="""Hello,

This is a reminder that Amazon Redshift DC2 node types (dc2.large and dc2.8xlarge) will be retired on August 1, 2027. You are receiving this message because your AWS account 592007318846 has at least one provisioned cluster using DC2 nodes.

Affected clusters:
ridgeway-claims-dw (us-west-2) - dc2.large x 4 nodes
ridgeway-bi-sandbox (us-west-2) - dc2.large x 2 nodes

Key dates:
- May 1, 2027: You can no longer create new clusters or resize existing clusters to DC2 node types.
- August 1, 2027: DC2 node types are retired. Remaining DC2 clusters will be migrated to RA3 node types by AWS during your maintenance window, which may include a short period of unavailability and a change in cost.

We recommend migrating to RA3 nodes or to Amazon Redshift Serverless before August 1, 2027. You can use elastic resize or snapshot restore to move to RA3. For dc2.large clusters, we generally recommend ra3.large with the same number of nodes. RA3 managed storage is charged separately from compute; review pricing to estimate the impact.

If you hold reserved nodes for DC2, you can exchange them for RA3 reserved nodes at no additional cost through the Redshift console.

Learn more:
https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-clusters.html#rs-upgrading-to-ra3
https://aws.amazon.com/redshift/pricing/
""" + AWS_FOOTER),
]
