"""Set Z, chunk B: AWS (English) action-required notices."""
from common import hl, AWS_FOOTER, AWS_HEALTH_FOOTER, AWS_SIG

NOTICES = []
add = NOTICES.append

add(dict(
    key="aws-lambda-node20-fwd", provider="AWS", lang="en", fmt="plain",
    label="action-required", deadline="2026-11-30", bland=False,
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to=hl("aws-koyo"),
    date="2026-09-03 21:12:06 +0000",
    fwd=dict(by=hl("kenji.morimoto", "Kenji Morimoto"), to=hl("ops-osaka", "Osaka Ops"),
             date="2026-09-04 09:31:55 +0900",
             note="""FYI - Koyo has 11 functions still on nodejs20.x (list below in the AWS mail). Most are the IoT ingest ones Hiroshi wrote. Can we add this to Thursday's change board? I'd like to have them on nodejs24.x well before the end of November.

Kenji"""),
    subject="[Action Required] AWS Lambda end of support for Node.js 20",
    body="""Hello,

We are contacting you because you have one or more AWS Lambda functions that use the Node.js 20 runtime.

Node.js 20 reaches upstream end of life in April 2026. In line with the Lambda runtime support policy, Lambda will end support for the Node.js 20 runtime (nodejs20.x) on November 30, 2026. After this date, Lambda will no longer apply security patches or other updates to the runtime, and functions that use it will no longer be eligible for technical support.

After support ends, you can continue to invoke your functions. However, starting January 15, 2027, you will no longer be able to create new functions that use nodejs20.x, and starting March 1, 2027, you will no longer be able to update existing functions that use it.

We recommend that you upgrade your functions to the Node.js 24 runtime (nodejs24.x) before November 30, 2026.

The following functions in account 604417285391 use the Node.js 20 runtime:

ap-northeast-1:
  koyo-iot-ingest-telemetry
  koyo-iot-ingest-alarms
  koyo-iot-normalise
  koyo-order-webhook
  koyo-pdf-render
  koyo-auth-custom-authorizer
ap-northeast-3:
  koyo-dr-replicator
  koyo-dr-healthcheck
ap-southeast-1:
  koyo-sg-dealer-api
  koyo-sg-dealer-sync
  koyo-sg-notify

This list may not include functions that were created or updated recently. You can also find affected functions in the AWS Health Dashboard or by using the AWS CLI.

For more information, see "Lambda runtimes" in the AWS Lambda Developer Guide. If you have questions, contact AWS Support.

Sincerely,
Amazon Web Services

""" + AWS_FOOTER))

add(dict(
    key="aws-rds-pg14-eoss", provider="AWS", lang="en", fmt="plain",
    label="action-required", deadline="2027-02-28", bland=False,
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to=hl("aws-brightwater"),
    date="2026-09-05 00:42:18 +0000",
    subject="Amazon RDS for PostgreSQL 14 end of standard support is February 28, 2027",
    body="""Hello,

You are receiving this message because you have one or more Amazon RDS for PostgreSQL 14 DB instances in your account.

The PostgreSQL community will stop releasing updates for PostgreSQL 14 in November 2026. Amazon RDS standard support for PostgreSQL 14 will end on February 28, 2027.

Starting March 1, 2027, any Amazon RDS for PostgreSQL 14 DB instances that are still running will be automatically enrolled in Amazon RDS Extended Support, and Extended Support charges will apply. You can avoid these charges by upgrading to a newer major version before February 28, 2027.

The following DB instances in account 880217364402 are affected:

Region ap-southeast-1
  bw-claims-prod (db.r6g.2xlarge, 14.15)
  bw-claims-reporting (db.r6g.large, 14.15)
  bw-policy-admin (db.m6g.xlarge, 14.12)

Region ap-southeast-2
  bw-dr-claims (db.r6g.2xlarge, 14.15)

We recommend that you upgrade to PostgreSQL 17, which will receive standard support until at least February 2030. Before you upgrade production databases, we recommend that you test your applications against the new version using a snapshot restore or an Amazon RDS Blue/Green Deployment, which lets you switch over with minimal downtime.

For details on upgrade paths, Extended Support pricing and the Amazon RDS release calendar, see the Amazon RDS User Guide.

If you have questions or concerns, please contact AWS Support.

""" + AWS_SIG + "\n\n" + AWS_FOOTER))

add(dict(
    key="aws-ec2-retirement", provider="AWS", lang="en", fmt="alt",
    label="action-required", deadline="2026-09-21", bland=False,
    frm="AWS Health <no-reply@health.aws.amazon.com>", to=hl("aws-pacificgrain"),
    date="2026-09-07 12:03:59 +0000",
    subject="[Retirement Notification] Amazon EC2 Instance scheduled for retirement",
    body="""Event type: AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED
Account: 218840637159
Region: ap-southeast-2

Hello,

EC2 has detected degradation of the underlying hardware hosting one or more of your Amazon EC2 instances in the ap-southeast-2 region. Due to this degradation, your instance(s) could already be unreachable. After 2026-09-21 04:00 UTC your instance(s), which have an EBS volume as the root device, will be stopped.

Affected instances:
i-0e5d2c1b0a9f87766 (pg-grain-etl-03, m5.2xlarge)

You can see more information on your instances that are scheduled for retirement in the AWS Management Console (https://console.aws.amazon.com/ec2/v2/home?region=ap-southeast-2#Events).

What do I need to do?
We recommend that you stop and start the instance, which will migrate it to new hardware. Please note that any data on your local instance-store volumes will not be preserved when the instance is stopped. If the instance is part of an Auto Scaling group, you can terminate it and let the group launch a replacement.

What if I do nothing?
Your instance will be stopped after the specified retirement date. You can start it again at any time after it has been stopped. Any EBS-backed instances that were stopped will need to be started manually.

Why is this happening?
When AWS detects irreparable failure of the underlying host, the instance is scheduled for retirement. For more information see "Instance retirement" in the Amazon EC2 User Guide.

If you have any questions or concerns, you can contact the AWS Support Team on the community forums and via AWS Premium Support.

""" + AWS_HEALTH_FOOTER))

add(dict(
    key="aws-eks-134-eoss", provider="AWS", lang="en", fmt="plain",
    label="action-required", deadline="2026-12-02", bland=False,
    frm="AWS Health <no-reply@health.aws.amazon.com>", to=hl("aws-lumen"),
    date="2026-09-08 17:25:41 +0000",
    subject="[Action Required] Amazon EKS Kubernetes version 1.34 end of standard support",
    body="""Hello,

Amazon EKS standard support for Kubernetes version 1.34 will end on December 2, 2026. You have the following clusters running Kubernetes version 1.34 in account 731552094816:

ap-southeast-1: lumen-lms-prod, lumen-lms-staging
ap-southeast-2: lumen-analytics

On December 3, 2026, clusters that are still running version 1.34 will enter extended support. Clusters in extended support are charged an additional hourly fee per cluster. If extended support is disabled in your cluster upgrade policy, EKS will instead automatically upgrade the control plane to version 1.35 after standard support ends.

We recommend that you upgrade your clusters to version 1.35 or later before December 2, 2026. Automatic control plane upgrades do not upgrade your nodes, managed add-ons or self-managed add-ons, which can lead to version skew and unexpected behaviour if they are not upgraded as well.

Before you upgrade, please review:
- the Kubernetes 1.35 release notes and the Amazon EKS Kubernetes versions page, for removed APIs and behaviour changes
- EKS upgrade insights in the console, which lists deprecated API usage detected in each cluster
- the versions of your managed add-ons (Amazon VPC CNI, CoreDNS, kube-proxy, EBS CSI driver)

You can find the full schedule for each Kubernetes version on the Amazon EKS release calendar. If you have questions, please contact AWS Support.

""" + AWS_HEALTH_FOOTER))

add(dict(
    key="aws-opensearch-es6", provider="AWS", lang="en", fmt="plain",
    label="action-required", deadline="2026-11-07", bland=True,
    frm="Amazon OpenSearch Service <no-reply-aws@amazon.com>", to=hl("aws-brightwater"),
    date="2026-09-11 14:50:02 +0000",
    subject="Amazon OpenSearch Service",
    body="""Hello,

We are contacting you about Amazon OpenSearch Service domains in your account 880217364402 that run Elasticsearch version 6.8.

Standard support for Elasticsearch versions 6.8 and earlier on Amazon OpenSearch Service ends on November 7, 2026. After this date, these domains will be moved to Extended Support, which is billed at an additional flat fee per normalized instance hour, and they will receive only critical security fixes.

Affected domains:
- bw-claims-search (ap-southeast-1, Elasticsearch 6.8, 6 data nodes)
- bw-audit-logs (ap-southeast-1, Elasticsearch 6.8, 3 data nodes)

Please plan and complete an upgrade to OpenSearch 2.x or later before November 7, 2026 to remain on standard support. An in-place upgrade from Elasticsearch 6.8 requires an intermediate upgrade to Elasticsearch 7.10 first. The upgrade assistant in the OpenSearch Service console checks each domain for compatibility issues, such as indices that were created in version 5.x and must be reindexed before the upgrade.

We recommend that you:
1. Take a manual snapshot of each domain.
2. Run the upgrade check from the console.
3. Test your applications and client libraries against a domain restored from the snapshot on the target version.
4. Upgrade production during a period of low traffic.

For more information, see "Upgrading Amazon OpenSearch Service domains" in the Amazon OpenSearch Service Developer Guide, and the OpenSearch Service version support calendar.

Sincerely,
The Amazon OpenSearch Service Team

""" + AWS_FOOTER))

add(dict(
    key="aws-acm-renewal", provider="AWS", lang="en", fmt="plain",
    label="action-required", deadline="2026-10-14", bland=False,
    frm="Amazon Certificate Manager <no-reply@certificates.amazon.com>", to=hl("aws-lumen"),
    date="2026-09-12 06:18:33 +0000",
    subject="Action needed: Certificate renewal for portal.lumen-schools.example",
    body="""Greetings from Amazon Web Services,

We were unable to automatically renew the certificate below because one or more domain names could not be validated. The certificate will expire on October 14, 2026 at 23:59 UTC. After that date, clients connecting to resources that use this certificate will receive certificate errors.

AWS account ID: 731552094816
AWS Region: ap-southeast-1
Certificate identifier: arn:aws:acm:ap-southeast-1:731552094816:certificate/5c7e12ab-90de-4f1a-8b33-6d2e0f4a7c19

Domain names that could not be validated:
  portal.lumen-schools.example
  parents.lumen-schools.example

Domain names that were validated:
  www.lumen-schools.example

Associated resources:
  Application Load Balancer lumen-portal-alb
  CloudFront distribution E2XK7Q4PLM91ZA

What do I need to do?
This certificate was requested with DNS validation. ACM renews it automatically only while the validation CNAME records are present in DNS. The CNAME records for the domains listed above can no longer be found. To allow the renewal to continue, add the CNAME records shown in the ACM console for this certificate to the DNS configuration for each domain.

Once the records are in place, ACM will retry validation automatically. No further action is needed after the renewal succeeds, and the associated resources will use the renewed certificate automatically.

If you no longer use these domain names, you can request a new certificate that contains only the names you need and associate it with your resources.

For more information, see "Managed renewal for ACM certificates" in the AWS Certificate Manager User Guide.

Sincerely,
Amazon Web Services

""" + AWS_FOOTER))

add(dict(
    key="aws-r53-contact-verify", provider="AWS", lang="en", fmt="plain",
    label="action-required", deadline="2026-09-20", rel=("days", 15), bland=False,
    frm="Amazon Route 53 <noreply@registrar.amazon.com>", to=hl("aws-koyo"),
    date="2026-09-05 08:10:00 +0000",
    subject="Verify your email address for koyo-machinery.example",
    body="""Dear AWS customer,

The registrant contact information for the domain below was recently updated. ICANN, the organization that coordinates domain name registrations, requires that we confirm the email address of the registrant contact whenever it changes.

Domain name: koyo-machinery.example
Registrant contact email: aws-koyo@harbourline-ops.example
Registrar: Amazon Registrar, Inc.

To verify this email address, please click the link below:

https://route53.amazon.com/verify-contact?token=7Yq2dP0aXv9mKfL3eWc8Ns

You must verify the email address within 15 days of this message. If you do not verify it within that time, we are required to suspend the domain, as specified in the ICANN Registrar Accreditation Agreement. When a domain is suspended it stops resolving on the internet, so websites and email that use the domain will stop working until the address is verified.

If you did not change the contact details for this domain, or if you believe this message was sent in error, please contact AWS Support.

You can check the verification status of your domains in the Route 53 console, under Registered domains.

Regards,
Amazon Route 53

Amazon Registrar, Inc. is an ICANN-accredited registrar. This email was sent to the registrant contact of the domain listed above.

""" + AWS_FOOTER))

add(dict(
    key="aws-root-mfa", provider="AWS", lang="en", fmt="alt",
    label="action-required", deadline="2026-10-20", bland=True,
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to=hl("aws-pacificgrain"),
    date="2026-09-17 01:07:44 +0000", accent="#ff9900",
    subject="Your AWS Account",
    body="""Hello,

At AWS, security is our top priority. To help protect your AWS account, we are requiring the use of multi-factor authentication (MFA) for root user sign-in on standalone AWS accounts.

Our records show that the root user of AWS account 947103385260 does not have MFA registered.

Beginning October 20, 2026, when you sign in to the AWS Management Console as the root user of this account, you will be required to register an MFA device before you can continue. If you have not registered MFA by then, you will not be able to complete root user sign-in until you do so, and automation that depends on root user console sign-in may be interrupted.

We recommend that you register MFA now. You can use a passkey or FIDO security key, an authenticator app on your phone, or a hardware TOTP token. You can register more than one device, which makes it easier to recover access if a device is lost.

To register MFA:
1. Sign in to the AWS Management Console as the root user.
2. Choose your account name in the navigation bar, and then choose Security credentials.
3. Under Multi-factor authentication (MFA), choose Assign MFA device and follow the steps.

If your account is a member of an AWS Organization, you can instead centrally manage root access for member accounts and remove root credentials altogether.

For more information, see "Multi-factor authentication for AWS account root user" in the IAM User Guide.

Thank you,
Amazon Web Services

""" + AWS_FOOTER))

add(dict(
    key="aws-msk-kafka-eos", provider="AWS", lang="en", fmt="plain",
    label="action-required", deadline="2026-10-19", bland=False,
    frm="AWS Health <no-reply@health.aws.amazon.com>", to=hl("aws-pacificgrain"),
    date="2026-09-21 22:40:15 +0000",
    subject="Action required: upgrade your Amazon MSK clusters running Apache Kafka 3.6.0 by October 19, 2026",
    body="""Hello,

Amazon MSK will end support for Apache Kafka version 3.6.0 on October 19, 2026. You are receiving this message because the following provisioned clusters in account 218840637159 run this version:

ap-southeast-2  pg-grain-events      (kafka.m7g.large x 3)
ap-southeast-2  pg-grain-events-dr   (kafka.m7g.large x 3)

Please upgrade these clusters to Apache Kafka 3.9.x (recommended) before October 19, 2026. Upgrades are performed as rolling updates, broker by broker, and clusters remain available during the upgrade if your topics use a replication factor of 3 and min.insync.replicas of 2 or less.

After October 19, 2026, Amazon MSK will begin automatically upgrading remaining clusters to version 3.9.x during their maintenance windows. Automatic upgrades may happen at a time that is inconvenient for your workload, so we strongly recommend that you upgrade on your own schedule.

Before you upgrade, please:
- check that your client libraries support the target version;
- review the Apache Kafka release notes for configuration changes;
- confirm that consumer lag is low and no partitions are under-replicated.

You can start an upgrade from the Amazon MSK console by choosing the cluster, then Actions, then Update cluster version.

For more information, see "Supported Apache Kafka versions" in the Amazon MSK Developer Guide.

""" + AWS_HEALTH_FOOTER))

add(dict(
    key="aws-workspaces-bundle", provider="AWS", lang="en", fmt="plain",
    label="action-required", deadline="2027-01-15", bland=True,
    frm="Amazon WorkSpaces <no-reply-aws@amazon.com>", to=hl("aws-brightwater"),
    date="2026-09-22 10:22:37 +0000",
    subject="Your Amazon WorkSpaces",
    body="""Hello,

We are writing to inform you that Amazon WorkSpaces will retire the public bundles based on Windows Server 2016 (Windows 10 desktop experience) on January 15, 2027.

Our records indicate that your account 880217364402 has 37 WorkSpaces in the Asia Pacific (Singapore) Region that were launched from these bundles, and 2 custom bundles that were created from images based on them:

Custom bundles:
  wsb-8k2lq0tzm  (bw-claims-agent-v4)
  wsb-3n7hc1pvx  (bw-underwriting-v2)

What does this mean for me?
After January 15, 2027, the operating system in these bundles will no longer receive security updates from AWS. You will also no longer be able to launch new WorkSpaces from the retired public bundles or create new images from WorkSpaces based on them. Existing WorkSpaces will keep running, but we cannot guarantee that they will continue to work with new WorkSpaces client versions.

What do I need to do?
Please migrate your users to bundles based on Windows Server 2022 before January 15, 2027. You can use the WorkSpaces migrate feature to move a WorkSpace to a new bundle while keeping the user volume (D:), or rebuild your custom images on Windows Server 2022 and migrate users to the new bundles.

We recommend testing application compatibility with a small group of users first.

For step-by-step instructions, see "Migrate a WorkSpace" in the Amazon WorkSpaces Administration Guide. If you have questions, please reach out to AWS Support or your account team.

Thank you,
The Amazon WorkSpaces Team

""" + AWS_FOOTER))

add(dict(
    key="aws-iam-legacy-actions", provider="AWS", lang="en", fmt="plain",
    label="action-required", deadline="2026-11-16", bland=True,
    frm="AWS Health <no-reply@health.aws.amazon.com>", to=hl("aws-root"),
    date="2026-09-25 16:31:08 +0000",
    subject="AWS Notification - Account 430118275546",
    body="""Hello,

We are contacting you because IAM policies in your AWS Organization still use legacy actions for the AWS Billing and Cost Management console (aws-portal:ViewBilling, aws-portal:ModifyBilling, aws-portal:ViewAccount, aws-portal:ModifyAccount and aws-portal:ViewUsage).

These legacy actions will stop being evaluated on November 16, 2026. After that date, users and roles who rely on them will lose access to billing pages, invoices and cost reports in the console, and users who should not have access will no longer gain it through these actions.

Please update affected policies to use the fine-grained actions (for example billing:GetBillingData, invoicing:GetInvoicePDF, ce:GetCostAndUsage and account:GetAccountInformation) before November 16, 2026.

We found the legacy actions in the following policies:

Account 430118275546 (management account)
  customer managed policy HL-FinanceReadOnly
  inline policy on role HL-BillingAutomation
Account 880217364402
  customer managed policy bw-finance-team
Account 218840637159
  service control policy p-4x9kq2md (DenyBillingChanges)

You can use the affected policies tool in the Billing and Cost Management console to identify policies and generate a mapping to the new actions. The tool can also apply the updated policies for you after you review them.

If you have already updated these policies, no further action is needed.

For more information, see "Mapping fine-grained AWS Billing actions" in the AWS Billing User Guide.

""" + AWS_HEALTH_FOOTER))

add(dict(
    key="aws-cloudfront-tls", provider="AWS", lang="en", fmt="plain",
    label="action-required", deadline="2026-12-01", bland=False,
    frm="Amazon CloudFront <no-reply-aws@amazon.com>", to=hl("aws-lumen"),
    date="2026-09-28 19:55:51 +0000",
    subject="Reminder: Update CloudFront distributions using the TLSv1_2016 security policy",
    body="""Hello,

This is a reminder of our earlier message from June 2026. Amazon CloudFront will remove support for the TLSv1_2016 and TLSv1.1_2016 security policies for viewer connections on December 1, 2026.

Your AWS account 731552094816 has the following distributions configured with one of these policies:

  E2XK7Q4PLM91ZA   portal.lumen-schools.example      TLSv1_2016
  E1R0S9T8U7V6WX   media.lumen-schools.example       TLSv1.1_2016

Starting December 1, 2026, CloudFront will automatically apply the TLSv1.2_2021 security policy to distributions that still use one of the retired policies. Viewers that only support TLS 1.0 or TLS 1.1, such as some very old browsers, operating systems and embedded devices, will no longer be able to connect to these distributions.

What do you need to do?
Before December 1, 2026, please:
1. Check your CloudFront standard logs or real-time logs for requests that used TLS 1.0 or TLS 1.1 (the ssl-protocol field).
2. Contact the owners of any clients that still use these protocol versions and ask them to upgrade.
3. Update each distribution to the TLSv1.2_2021 security policy in the CloudFront console, under Settings, Security policy.

Updating the security policy does not require you to change your certificate, and the change is deployed to all edge locations within a few minutes.

For more information, see "Supported protocols and ciphers between viewers and CloudFront" in the Amazon CloudFront Developer Guide.

Thank you for using Amazon CloudFront.

""" + AWS_SIG + "\n\n" + AWS_FOOTER))

add(dict(
    key="aws-eb-platform-retire", provider="AWS", lang="en", fmt="plain",
    label="action-required", deadline="2026-12-31", bland=False,
    frm="AWS Elastic Beanstalk <no-reply-aws@amazon.com>", to=hl("aws-koyo"),
    date="2026-09-29 04:12:20 +0000",
    subject="[ACTION REQUIRED] AWS Elastic Beanstalk platform branch retirement on December 31, 2026",
    body="""Hello,

You are receiving this message because one or more of your AWS Elastic Beanstalk environments are running on a platform branch that will be retired on December 31, 2026.

Platform branch: PHP 8.1 running on 64bit Amazon Linux 2023
Account: 604417285391

Environments:
  ap-northeast-1  koyo-partner-portal-prod
  ap-northeast-1  koyo-partner-portal-stg
  ap-northeast-3  koyo-partner-portal-dr

On the retirement date, Elastic Beanstalk will stop providing platform updates for this branch, including security patches. You will also no longer be able to create new environments on the retired branch through the console. Existing environments will continue to run, but they will not be eligible for managed platform updates or for AWS Support on platform-related issues.

We recommend that you migrate your environments to the PHP 8.4 platform branch before December 31, 2026. To migrate, you can:
- clone the environment to the new platform branch, test your application, and then swap the environment URLs (blue/green deployment); or
- update the platform version of the environment in place, after testing in a non-production environment.

Please review the PHP migration guides for changes between PHP 8.1 and 8.4 that may affect your application.

For more information, see "Elastic Beanstalk platform support policy" and the retired platform branch schedule in the AWS Elastic Beanstalk Developer Guide.

If you have questions or concerns, please contact AWS Support.

Sincerely,
The AWS Elastic Beanstalk Team

""" + AWS_FOOTER))
