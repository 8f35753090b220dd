"""set-y notices, part D: security-advisory (8) and maintenance (12)."""
from common import AWS_NOREPLY, AWS_HEALTH, AWS_JP, GCP, AZURE

NOTICES = [
# ------------------------------------------------------- security-advisory
dict(
    key="V01", provider="AWS", label="security-advisory", deadline="none",
    lang="en", kind="plain", date="2027-01-06 01:30 +0000",
    frm=("AWS Security Bulletins", "aws-security-bulletins@amazon.com"), to="security@kitahama-ms.example",
    subject="AWS Security Bulletin AWS-2027-002: CVE-2027-11873 - heap overflow in glibc DNS resolver",
    body="""
AWS Security Bulletin
Bulletin ID: AWS-2027-002
Scope: Amazon Linux, Amazon EC2, AWS Lambda, Amazon ECS, AWS Fargate
Content Type: Important (requires attention)
Publication Date: 2027/01/05 17:00 PST

Description:

AWS is aware of CVE-2027-11873, a heap-based buffer overflow in the DNS stub resolver of the GNU C Library (glibc). Under specific conditions, a malicious DNS server or an attacker able to spoof DNS responses could cause a process that performs name resolution to crash or, potentially, to execute code.

AWS infrastructure and managed services are not affected, and no customer action is required for services where AWS manages the operating system, such as AWS Lambda managed runtimes, AWS Fargate platform versions updated after 2027/01/04, and Amazon RDS.

Affected customer-managed components:

Amazon Linux: Updated glibc packages are available for Amazon Linux 2 (ALAS2-2027-2411) and Amazon Linux 2023 (ALAS2023-2027-1187). Customers running Amazon Linux on Amazon EC2 or in container images should update glibc and restart affected processes, or launch new instances from the latest AMIs.

Container images: Customers who build container images from base images that include glibc should rebuild their images with updated base images and redeploy.

Lambda container images and custom runtimes: Customers who supply their own operating system in a Lambda container image or a custom runtime should rebuild and redeploy.

Customers running other operating systems should contact their operating system vendor for updates.

We would like to thank the researchers at the independent security team who reported this issue through coordinated disclosure.

Please contact AWS Security at aws-security@amazon.com with any security questions or concerns.

Bulletin: https://aws.amazon.com/security/security-bulletins/AWS-2027-002/

You are receiving this email because you subscribed to AWS Security Bulletins. To unsubscribe, use the link in the bulletin RSS page or manage your subscriptions in the AWS notification preferences.
""",
),
dict(
    key="V02", provider="AWS", label="security-advisory", deadline="none",
    lang="en", kind="plain", date="2027-01-13 20:05 +0000",
    frm=AWS_NOREPLY, to="aws-seiryu@kitahama-ms.example",
    subject="Security recommendation for your AWS account 287710465923",
    footer="aws_en",
    body="""
Hello,

As part of our ongoing efforts to help customers improve their security posture, we are contacting you with a recommendation for your AWS account. There is no indication that your account has been accessed by anyone other than you; this message is a proactive recommendation.

We have observed that Amazon EC2 instances in your account are still making requests to the Instance Metadata Service using version 1 (IMDSv1). IMDSv2 uses session-oriented requests that add defense in depth against unauthorized metadata access, for example through misconfigured web application firewalls, open reverse proxies or server-side request forgery (SSRF) vulnerabilities in applications.

Instances with IMDSv1 calls in the last 14 days (ap-northeast-1):
- i-0e71c5a9d34b82f06 (seiryu-lims-app-1)
- i-03f2b8d6a1e59c47a (seiryu-lims-app-2)
- i-09a4d7e3c2b16f58d (seiryu-legacy-ftp)

We recommend that you:
1. Identify the software that still uses IMDSv1 with the MetadataNoToken CloudWatch metric, and update it. Current versions of the AWS SDKs and the AWS CLI use IMDSv2 by default.
2. Set the instance metadata options to require IMDSv2 (HttpTokens=required) for each instance.
3. Set IMDSv2 as the default for new instances at the account level, and use the ec2:MetadataHttpTokens condition key in service control policies to prevent launches with IMDSv1.

For more information, see "Transition to using Instance Metadata Service Version 2" in the Amazon EC2 User Guide:
https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-transition-to-version-2.html

You can also track this recommendation in AWS Security Hub under control EC2.8.
""",
),
dict(
    key="V03", provider="Google Cloud", label="security-advisory", deadline="none",
    lang="en", kind="plain", date="2027-01-15 04:40 +0000",
    frm=GCP, to="gcp-admin@kitahama-ms.example",
    subject="Google Cloud Security Bulletin GCP-2027-004",
    footer="gcp_en",
    body="""
Hello Google Cloud customer,

We're writing to inform you about a security bulletin that may affect your Google Kubernetes Engine (GKE) clusters.

Bulletin ID: GCP-2027-004
Published: 2027-01-14
Severity: High
CVE: CVE-2027-20915

Description
A vulnerability was discovered in the Linux kernel's netfilter subsystem that could allow a local user in a container to escalate privileges to root on the node. An attacker would need to be able to run code in a container on the node, for example through a compromised workload or a malicious image.

GKE clusters running Container-Optimized OS and Ubuntu node images are affected. GKE Autopilot clusters are affected. GKE Sandbox (gVisor) Pods are not affected.

Affected clusters in your organization:
- nakano-media-video-prod / video-gke-asia (asia-northeast1), node version 1.31.4-gke.1200000
- nakano-media-video-prod / video-gke-batch (asia-northeast1), node version 1.31.4-gke.1200000

What should I do?
We recommend that you upgrade your node pools to one of the patched versions listed in the bulletin. If you have auto-upgrade enabled and your clusters are enrolled in a release channel, your nodes will be upgraded automatically in the coming weeks, according to your maintenance windows and exclusions. You can upgrade manually sooner.

As additional mitigation, consider restricting workloads that are allowed to run with elevated capabilities, and using GKE Sandbox for untrusted workloads.

For more information, including the list of patched versions, see the security bulletin:
https://cloud.google.com/kubernetes-engine/security-bulletins#gcp-2027-004

You're receiving this because you're subscribed to security bulletins for projects in your organization.
""",
),
dict(
    key="V04", provider="Azure", label="security-advisory", deadline="none",
    lang="en", kind="alt", html_style="azure", date="2027-01-19 18:10 +0000",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"), to="azure-admin@kitahama-ms.example",
    subject="Important security update for Azure Kubernetes Service",
    footer="azure",
    body="""
You're receiving this email because you have Azure Kubernetes Service (AKS) clusters in your subscription.

Security update for a container runtime vulnerability (CVE-2027-3311)

Microsoft is aware of a vulnerability in the runc container runtime, tracked as CVE-2027-3311, that could allow a container process to escape to the host under certain conditions involving crafted container images and volume mounts. At this time, we are not aware of any exploitation of this vulnerability affecting AKS customers.

Affected subscriptions and clusters:
- Oyamada-Prod: aks-oyd-prod-jpe (node image AKSUbuntu-2204gen2containerd-202612.04.0)
- Oyamada-Dev: aks-oyd-dev-jpe (node image AKSUbuntu-2204gen2containerd-202611.19.0)

Recommended action
We recommend that you upgrade your node images to version 202701.15.0 or later. Node image upgrades can be performed using the Azure portal, Azure CLI (az aks nodepool upgrade --node-image-only) or by enabling the NodeImage auto-upgrade channel. Clusters that already use the NodeImage or SecurityPatch auto-upgrade channels will receive the fix within their configured maintenance window.

Until the node images are upgraded, you can reduce risk by allowing only trusted container images, for example with Azure Policy and image signing, and by avoiding privileged containers.

More information
Security Update Guide: https://msrc.microsoft.com/update-guide/vulnerability/CVE-2027-3311
AKS release notes: https://github.com/Azure/AKS/releases

Help and support
If you have questions, contact Azure support from the Azure portal.
""",
),
dict(
    key="V05", provider="Atlassian", label="security-advisory", deadline="none",
    lang="en", kind="html", html_style="atlassian", date="2027-01-20 23:00 +0000",
    frm=("Atlassian Security", "security-noreply@atlassian.com"), to="atlassian-admin@kitahama-ms.example",
    subject="Critical security advisory: Confluence Data Center and Server (CVE-2027-31044)",
    body="""
Hi there,

We're reaching out because you're listed as a technical contact for a Confluence Data Center license. We have published a security advisory for a critical vulnerability in Confluence Data Center and Server.

Summary: Remote code execution via template injection
CVE: CVE-2027-31044
Severity: Critical (CVSS 9.6)
License: SEN-L3918274 (Seiryu Pharma, Confluence Data Center, 500 users)

Affected versions:
- 8.5.0 to 8.5.19
- 9.2.0 to 9.2.7
- 9.3.0 to 9.3.2

Fixed versions:
- 8.5.20 (Long Term Support)
- 9.2.8 (Long Term Support)
- 9.3.3 and later

What's the vulnerability?
A template injection flaw in an administration endpoint allows an unauthenticated attacker to execute arbitrary code on the Confluence server when certain conditions are met. Atlassian Cloud sites are not affected. We are not aware of active exploitation at the time of publication.

What should you do?
We strongly recommend upgrading to a fixed version. If you cannot upgrade immediately, apply the temporary mitigation described in the advisory, which blocks access to the affected endpoint at the reverse proxy, and restrict network access to the Confluence instance to trusted networks.

Read the full advisory: https://confluence.atlassian.com/security/cve-2027-31044
Download fixed versions: https://www.atlassian.com/software/confluence/download-archives

To report a security issue, visit https://www.atlassian.com/trust/security/report-a-vulnerability

Thanks,
Atlassian Security

Atlassian Pty Ltd, Level 6, 341 George Street, Sydney NSW 2000, Australia
You're receiving this email because you are a technical or billing contact for an Atlassian self-managed product. Manage your preferences: https://my.atlassian.com/email
""",
),
dict(
    key="V06", provider="Fujitsu", label="security-advisory", deadline="none",
    lang="ja", kind="plain", date="2027-01-22 16:30 +0900",
    frm=("富士通 FJcloud サポートデスク", "fjcloud-info@fujitsu.com"), to="fjcloud@kitahama-ms.example",
    subject="【FJcloud】OpenSSH の脆弱性（CVE-2027-0952）に関するお知らせ",
    body="""
FJcloud をご利用のお客様

平素より FJcloud をご利用いただき、誠にありがとうございます。

OpenSSH において、認証前にリモートからの任意のコード実行につながるおそれのある脆弱性（CVE-2027-0952）が公表されましたので、お知らせいたします。

■ 概要
OpenSSH のサーバープログラム（sshd）のシグナル処理に競合状態の問題があり、特定の条件下で、認証されていない攻撃者により任意のコードが実行される可能性があります。

■ 影響を受ける製品
・FJcloud-V / FJcloud-O で提供している Linux 系 OS イメージ（Red Hat Enterprise Linux 9、Ubuntu 22.04 / 24.04、AlmaLinux 9 など）で、OpenSSH 9.x を使用している仮想サーバー
・お客様が独自に作成したイメージを使用している仮想サーバー

当社が管理する基盤側の設備については、影響がないことを確認しております。

■ お客様にご検討いただきたい対応
各 OS ベンダーから修正版のパッケージが提供されていますので、お客様の仮想サーバーに適用していただくことを推奨いたします。すぐに適用できない場合は、以下の回避策をご検討ください。
・セキュリティグループ等により、SSH（22/tcp）へのアクセス元を必要な IP アドレスに限定する
・sshd_config の LoginGraceTime を 0 に設定する（サービス拒否のリスクがあります）

■ 参考情報
・JVN: https://jvn.jp/vu/JVNVU2027-0952/
・FJcloud セキュリティ情報: https://doc.cloud.global.fujitsu.com/security/

現時点で、本脆弱性を悪用した攻撃は確認されておりません。本件はお客様の環境における侵害を示すものではございません。

今後とも FJcloud をよろしくお願い申し上げます。

──────────────────
富士通株式会社
FJcloud サポートデスク
──────────────────
""",
),
dict(
    key="V07", provider="GitLab", label="security-advisory", deadline="none",
    lang="en", kind="plain", date="2027-01-27 22:45 +0000",
    frm=("GitLab", "security-noreply@gitlab.com"), to="gitlab-admin@kitahama-ms.example",
    subject="GitLab Critical Patch Release: 19.8.1, 19.7.3, 19.6.5",
    body="""
Hello,

Today we are releasing versions 19.8.1, 19.7.3 and 19.6.5 for GitLab Community Edition (CE) and Enterprise Edition (EE).

These versions contain important bug and security fixes, and we strongly recommend that all self-managed GitLab installations be upgraded to one of these versions immediately. GitLab.com is already running the patched version. GitLab Dedicated customers do not need to take action.

Security fixes in this release:

- Account takeover via password reset with crafted email parameters (Critical, CVE-2027-0211)
- Cross-site scripting in the Markdown renderer for merge request descriptions (High, CVE-2027-0198)
- Runner registration token exposed to guest users in project settings (Medium, CVE-2027-0240)
- Denial of service via large number of labels in issue import (Medium, CVE-2027-0262)
- Unauthorized access to confidential issue titles through the search API (Low, CVE-2027-0275)

Our records show that your license is registered for a self-managed instance. If your instance is running a version older than the ones listed above, it is affected by at least one of these issues.

We do not publish details of the vulnerabilities until 30 days after the release, to give administrators time to upgrade. Details will then be available on our public issue tracker.

Release post: https://about.gitlab.com/releases/2027/01/27/patch-release-gitlab-19-8-1-released/
Upgrade documentation: https://docs.gitlab.com/ee/update/

Thanks,
GitLab Security Team

You are receiving this email because you subscribed to GitLab security notices. Unsubscribe: https://about.gitlab.com/company/contact/
GitLab Inc., 268 Bush Street #350, San Francisco, CA 94104
""",
),
dict(
    key="V08", provider="Datadog", label="security-advisory", deadline="none",
    lang="en", kind="plain", date="2027-01-28 15:20 +0000",
    frm=("Datadog", "no-reply@dtdg.co"), to="monitoring@kitahama-ms.example",
    subject="Datadog security notice",
    body="""
Hello,

We're contacting you to share a security notice about the Datadog Agent. This notice does not indicate that your organization or your data has been compromised.

What happened
We identified a vulnerability in the Datadog Agent for Windows, versions 7.58.0 through 7.61.1. On hosts where the Agent is installed in a non-default directory, a local user with limited privileges could place a file that is then loaded by the Agent service, which runs with elevated privileges. This could allow local privilege escalation. The vulnerability cannot be exploited remotely. Linux, macOS and container Agents are not affected.

Who is affected
Our records show that your organization "Kitahama Managed Systems" has 23 Windows hosts reporting Agent versions in the affected range. You can find them in the Fleet Automation page by filtering on agent_version and os:windows.

What you should do
We recommend upgrading the Agent on Windows hosts to version 7.61.2 or later. You can upgrade remotely with Fleet Automation or use your existing deployment tooling. If you cannot upgrade soon, confirm that the Agent installation directory is only writable by administrators.

More information
Security advisory: https://www.datadoghq.com/security/advisories/
Agent release notes: https://github.com/DataDog/datadog-agent/releases

If you have any questions, contact Datadog Support or reply to this email.

Thank you,
The Datadog Security Team

Datadog, Inc. | 620 8th Ave, 45th Floor, New York, NY 10018
You received this message because you are an administrator of a Datadog organization.
""",
),
# ------------------------------------------------------------- maintenance
dict(
    key="M01", provider="AWS", label="maintenance", deadline="2027-01-19",
    lang="en", kind="plain", date="2027-01-12 08:00 +0000",
    frm=AWS_HEALTH, to="aws-seiryu@kitahama-ms.example",
    subject="[Scheduled] Amazon RDS maintenance notification",
    footer="aws_health",
    body="""
Hello,

We have scheduled required maintenance for one or more of your Amazon RDS DB instances in the AP-NORTHEAST-1 region. This maintenance will apply an operating system update that includes security patches and stability improvements.

The maintenance is scheduled to occur during your next preferred maintenance window, starting on 2027-01-19 (Tuesday) at 18:00 UTC (2027-01-20 03:00 JST). During the maintenance, each affected instance will be unavailable for a short period, typically a few minutes. Multi-AZ instances will fail over to the standby first, reducing the impact to the time required for the failover.

Affected DB instances (AWS account 287710465923):
- lims-reporting-db (Multi-AZ)
- seiryu-portal-db (Single-AZ)
- seiryu-portal-db-replica (read replica)

What do I need to do?
No action is required; the maintenance will be applied automatically during the window. If you prefer to apply the update at a different time, you can apply it immediately or change the preferred maintenance window from the RDS console, the AWS CLI (modify-db-instance --preferred-maintenance-window) or the RDS API. You cannot defer this required maintenance beyond the next window.

To view pending maintenance actions for your instances, use the Maintenance & backups tab of each DB instance or the describe-pending-maintenance-actions command.

For more information, see "Maintaining a DB instance" in the Amazon RDS User Guide: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Maintenance.html
""",
),
dict(
    key="M02", provider="AWS", label="maintenance", deadline="2027-01-24",
    lang="en", kind="plain", date="2027-01-14 12:12 +0000",
    frm=AWS_NOREPLY, to="aws-tsubame@kitahama-ms.example",
    subject="[Action may be required] Amazon EC2 Maintenance",
    footer="aws_en",
    body="""
Dear Amazon EC2 Customer,

One or more of your Amazon EC2 instances in the ap-northeast-1 region is scheduled for a system reboot. During the scheduled maintenance window, the affected instances will be unavailable for a short period and will then be rebooted.

Your instance(s):
i-0f1e83a7c5d924b60 (tsb-search-01)
i-0a3d7b91e6c42f85d (tsb-search-02)

Scheduled start time: 2027-01-24 18:00 UTC
Scheduled end time: 2027-01-24 20:00 UTC

The reboot typically completes within a few minutes. Your instance's data, including data on instance store volumes, will be preserved, and the instance will keep its IP addresses and DNS names.

If you do not want this maintenance to occur during the scheduled window, you can reschedule the event to a date and time that suits you, up to the deadline shown in the EC2 console, or you can reboot the instance yourself before the scheduled time. A customer-initiated reboot does not apply the maintenance; please use the reschedule option if you wish to change the time.

You can view the scheduled events for your instances in the EC2 console on the Events page:
https://console.aws.amazon.com/ec2/v2/home?region=ap-northeast-1#Events

For more information about scheduled events, see:
https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/monitoring-instances-status-check_sched.html

Instance owner account: 604418273390
""",
),
dict(
    key="M03", provider="AWS", label="maintenance", deadline="2027-01-28",
    lang="en", kind="plain", date="2027-01-18 03:45 +0000",
    frm=AWS_HEALTH, to="aws-tsubame@kitahama-ms.example",
    subject="AWS Health Event - Amazon ElastiCache scheduled maintenance",
    footer="aws_health",
    body="""
Hello,

We are contacting you because an important update is available for your Amazon ElastiCache nodes. The update includes security fixes for the engine and the underlying operating system.

Affected clusters (AWS account 604418273390, ap-northeast-1):
- tsb-session-cache (3 nodes)
- tsb-rate-limit (2 nodes)

Recommended apply by date: 2027-01-28
Update name: elasticache-os-update-202701

If you have not applied the update by the recommended date, ElastiCache will automatically apply it during your cluster's next maintenance window on or after 2027-01-28. For your clusters, the next maintenance window starts at 2027-01-28 19:00 UTC (Thursday) and lasts one hour.

The update is applied one node at a time. For replication groups with replicas and Multi-AZ enabled, a primary node is replaced only after a replica has been promoted, so the impact is typically limited to a brief failover of a few seconds. Clusters without replicas will be unavailable while the node is replaced.

You can apply the update yourself at any time before then from the Service Updates page of the ElastiCache console, or with the BatchApplyUpdateAction API, to choose a time that suits your workload.

For more information about self-service updates, see:
https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Self-Service-Updates.html
""",
),
dict(
    key="M04", provider="AWS", label="maintenance", deadline="2027-02-02",
    lang="en", kind="html", html_style="aws", date="2027-01-20 06:18 +0000",
    frm=AWS_HEALTH, to="aws-nakano@kitahama-ms.example",
    subject="AWS Direct Connect planned maintenance",
    footer="aws_health",
    body="""
Hello,

We will be performing maintenance on an AWS Direct Connect router in the Equinix TY2, Tokyo, JPN location. During this maintenance window, your AWS Direct Connect services associated with this router will experience interruption while we perform the work.

Start time: Tue, 2 Feb 2027 15:00:00 GMT
End time: Tue, 2 Feb 2027 21:00:00 GMT

Affected connection(s) (AWS account 331902876154):
- dxcon-fg8k2m7q (1 Gbps, Nakano Media primary)

Associated virtual interface(s):
- dxvif-ffa91c3e (private, to vgw-0c2b7e9a41d6f5038)
- dxvif-fg2d84a7 (transit, to Direct Connect gateway nm-dxgw)

The expected downtime is up to 60 minutes within the window. For customers with redundant Direct Connect connections in a different location or on a different router, traffic should fail over automatically. To check whether your connections are on different devices, see the AWS Direct Connect console. If you use a VPN connection as a backup, make sure it is configured and tested before the window.

This maintenance cannot be rescheduled. We apologize for any inconvenience this may cause.

Resiliency recommendations: https://aws.amazon.com/directconnect/resiliency-recommendation/
""",
),
dict(
    key="M05", provider="AWS", label="maintenance", deadline="2027-01-30",
    lang="en", kind="plain", date="2027-01-22 10:40 +0000",
    frm=AWS_HEALTH, to="aws-oyamada@kitahama-ms.example",
    subject="Notice",
    footer="aws_health",
    body="""
Hello,

This is a notification of scheduled maintenance for your Amazon Redshift cluster in the ap-northeast-1 region.

Cluster: oyd-dwh-prod
Node type: ra3.xlplus (4 nodes)
AWS account: 519274880316

Amazon Redshift will apply cluster version 1.0.94311 to your cluster during its maintenance window beginning on 2027-01-30 at 17:00 UTC (2027-01-31 02:00 JST). The update includes performance improvements for materialized views, bug fixes, and security updates.

During the update, your cluster will be unavailable for queries for up to 30 minutes, and existing connections will be closed. Queries that are running when the maintenance begins will be cancelled and must be resubmitted. Scheduled queries, ETL jobs and BI dashboards that connect during the window may fail.

If this time does not suit your workload, you can defer the maintenance for up to 45 days from the Redshift console by choosing "Defer maintenance" for the cluster, or change the maintenance window. Alternatively, you can choose to move the cluster to the trailing maintenance track.

You can check the release notes for this version at:
https://docs.aws.amazon.com/redshift/latest/mgmt/cluster-versions.html

To view upcoming events for your clusters, see Events in the Amazon Redshift console or the AWS Health Dashboard.
""",
),
dict(
    key="M06", provider="Sakura Internet", label="maintenance", deadline="2027-01-21",
    lang="ja", kind="plain", date="2027-01-08 15:00 +0900",
    frm=("さくらインターネット", "info@sakura.ad.jp"), to="sakura-admin@kitahama-ms.example",
    subject="[さくらのクラウド] 石狩第1ゾーン ネットワーク機器メンテナンスのお知らせ",
    body="""
さくらのクラウドをご利用のお客様

平素より さくらのクラウド をご利用いただき、誠にありがとうございます。

下記日程にて、石狩第1ゾーンのネットワーク機器のメンテナンスを実施いたします。お客様にはご迷惑をおかけいたしますが、ご理解とご協力を賜りますようお願い申し上げます。

■ 実施日時
2027年1月21日（木）02:00 〜 06:00
※作業の進捗により、終了時刻が前後する場合がございます。

■ 対象
石狩第1ゾーン（is1a）に収容されている以下のリソース
・サーバー: kms-oyd-web01、kms-oyd-web02、kms-oyd-db01
・ロードバランサー: kms-oyd-lb
・スイッチ+ルーター: kms-oyd-sw

■ 影響
作業時間帯のうち、最大 2 回、各 5 分程度のネットワークの瞬断または遅延が発生する見込みです。サーバーの停止や再起動は発生いたしません。ロードバランサーについては、冗長構成の切り替えにより数秒程度の通信断が発生いたします。

■ 作業内容
ネットワーク機器のファームウェア更新および冗長切り替え

■ お客様にご対応いただきたいこと
特にございません。メンテナンス時間帯に重要な処理を予定されている場合は、時間の変更をご検討ください。

メンテナンスの進捗状況は、以下のページにてご案内いたします。
https://cloud.sakura.ad.jp/news/

今後とも、さくらのクラウド をよろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━━━
さくらインターネット株式会社
https://www.sakura.ad.jp/
本メールは、対象リソースをご利用中のお客様へお送りしております。
━━━━━━━━━━━━━━━━━━━━━━
""",
),
dict(
    key="M07", provider="KDDI", label="maintenance", deadline="2027-02-06",
    lang="ja", kind="plain", date="2027-01-15 11:00 +0900",
    frm=("KDDI ビジネスサポート", "biz-maint@kddi.com"), to="kddi-vpn@kitahama-ms.example",
    subject="定期メンテナンスのお知らせ",
    body="""
お客様各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。

KDDI Wide Area Virtual Switch 2 をご利用のお客様へ、設備の定期メンテナンスについてご案内いたします。

記

1. 作業日時
2027年2月6日（土）00:00 〜 06:00
予備日: 2027年2月13日（土）00:00 〜 06:00

2. 作業内容
東京地区収容ルーターのソフトウェア更新

3. 影響範囲
お客様回線 ID: WVS2-TKY-0048213（小山田食品 本社〜物流センター間）
お客様回線 ID: WVS2-TKY-0048214（小山田食品 本社〜データセンター間）

4. 影響内容
作業時間中、約 20 分間の通信断が 1 回発生いたします。冗長構成をご契約のお客様は、経路切り替えにより数秒程度の瞬断となります。

5. お客様へのお願い
作業時間中は、通信が不安定になる可能性がございます。重要な通信のご予定がある場合は、時間をずらしていただきますようお願いいたします。作業終了後、通信に異常がある場合は、下記窓口までご連絡ください。

なお、当日の作業状況により、予備日に延期させていただく場合がございます。延期の際は、改めてご連絡いたします。

以上

【お問い合わせ先】
KDDI 法人お客さまセンター（24時間受付）
電話: 0077-7007（無料）
※お問い合わせの際は、お客様回線 ID をお知らせください。

KDDI株式会社
本メールは、対象回線のご契約者様へお送りしています。
""",
),
dict(
    key="M08", provider="NEC", label="maintenance", deadline="2027-01-27",
    lang="ja", kind="plain", date="2027-01-26 10:05 +0900",
    frm=("NEC Cloud IaaS サポートセンター", "cloud-iaas-support@nec.com"), to="nec-cloud@kitahama-ms.example",
    subject="【緊急】NEC Cloud IaaS 緊急メンテナンス実施のお知らせ（1月27日 01:00〜04:00）",
    body="""
NEC Cloud IaaS をご利用のお客様

平素は NEC Cloud IaaS をご利用いただき、誠にありがとうございます。

昨日発生したストレージ装置の一部コントローラーの不具合につきまして、恒久対策を適用するため、下記のとおり緊急メンテナンスを実施させていただきます。急なご案内となり大変申し訳ございませんが、ご理解とご協力をお願い申し上げます。

■ 実施日時
2027年1月27日（水）01:00 〜 04:00

■ 対象
東日本サイト STD タイプ
・仮想サーバー: sp-app01、sp-app02、sp-batch01（セイリュウ製薬 様 基幹連携システム）
・ブロックストレージ: sp-vol-data01、sp-vol-data02

■ 影響
作業中、対象ボリュームへの I/O が最大 90 秒程度停止する場合がございます。仮想サーバーは停止しませんが、I/O の停止によりアプリケーションのタイムアウトが発生する可能性がございます。

■ お客様へのお願い
作業時間帯に、バッチ処理など大量の I/O を伴う処理を実行しないよう、ご調整をお願いいたします。必要に応じて、作業前にアプリケーションを停止していただくことを推奨いたします。

■ 経緯
2027年1月25日 14:20 頃、当該ストレージ装置のコントローラーで性能低下が発生し、一部のお客様でディスクアクセスの遅延が発生いたしました。現在は暫定対策により安定稼働しております。

作業完了後、改めてご報告いたします。

本件に関するお問い合わせは、NEC Cloud IaaS サポートセンターまでご連絡ください。

──────────────────────────
日本電気株式会社
NEC Cloud IaaS サポートセンター
受付時間: 24時間 365日
──────────────────────────
""",
),
dict(
    key="M09", provider="Akamai (Linode)", label="maintenance", deadline="2027-01-20",
    lang="en", kind="plain", date="2027-01-06 19:25 +0000",
    frm=("Akamai Cloud (Linode)", "support@linode.com"), to="linode@kitahama-ms.example",
    subject="Linode Support Ticket 21847903",
    body="""
Hello,

We're reaching out to let you know that the physical host on which one or more of your Compute Instances reside requires critical maintenance. To allow us to complete this work, we will be migrating your Compute Instance(s) to a new host.

Affected Compute Instances:
- kms-monitor-tokyo (Linode ID 61829377, Tokyo 2, JP)
- kms-status-page (Linode ID 61829402, Tokyo 2, JP)

Maintenance window start: 2027-01-20 14:00 UTC
Maintenance window end: 2027-01-20 16:00 UTC

During this window, your Compute Instance will be shut down, migrated to a new host, and booted back up, if it was running when the maintenance began. We expect the downtime to be approximately 20 to 40 minutes per instance, depending on disk size. Your IP addresses, configuration and data will not change.

If you prefer to perform the migration at a time that is more convenient for you, you can initiate it yourself from the Cloud Manager before the maintenance window starts. Look for the banner on the Compute Instance's detail page and select "Enter Migration Queue".

We recommend confirming that your services are configured to start automatically at boot, and that you have recent backups. If you use Lassie (the Shutdown Watchdog), it should remain enabled.

You can view the status of this and other maintenance events at https://status.linode.com.

If you have any questions, please reply to this ticket and a member of our Support team will be happy to help.

Regards,
Akamai Cloud Support

Akamai Technologies, Inc. | 145 Broadway, Cambridge, MA 02142
You are receiving this service notice because you have active Compute Instances.
""",
),
dict(
    key="M10", provider="DigitalOcean", label="maintenance", deadline="2027-02-03",
    lang="en", kind="fwd", date="2027-01-19 21:02 +0000",
    frm=("DigitalOcean", "support@digitalocean.com"), to="infra@nakano-media.example",
    subject="Scheduled Maintenance Notification: SGP1 Network",
    fwd=dict(
        frm=("Sho Nakano", "s.nakano@nakano-media.example"),
        to="do-admin@kitahama-ms.example",
        date="2027-01-20 06:48 +0900",
        subject="FW: Scheduled Maintenance Notification: SGP1 Network",
        note="""
Kitahama team,

FYI, the maintenance below overlaps with our overnight encode jobs in Singapore. Could you check whether the encoder droplets and the load balancer are affected, and pause the job queue for that window if needed? Please reply to this thread with your plan.

Best regards,
Sho Nakano
Nakano Media / Platform Engineering
""",
    ),
    body="""
Hello,

We wanted to let you know that we will be performing scheduled maintenance on network infrastructure in our SGP1 region. This notice is being sent to you because you have resources in this region.

Start: 2027-02-03 16:00 UTC
End: 2027-02-03 20:00 UTC

During this maintenance, we will be upgrading core network devices to improve performance and reliability. While we do not expect a complete loss of connectivity, you may experience brief periods of increased latency or packet loss, up to a few minutes at a time, for Droplets, Load Balancers, Managed Databases and Kubernetes clusters in SGP1.

Your resources in SGP1 include:
- 6 Droplets
- 1 Load Balancer (nm-encode-lb)
- 1 Managed Database cluster (nm-jobs-pg)

Expected impact:
- Brief interruptions to public and private networking
- Possible reconnects for long-lived TCP connections

No action is required on your part. However, we recommend that applications are able to handle temporary network interruptions and that any critical jobs are scheduled outside this window.

We will post updates during the maintenance at https://status.digitalocean.com. If you have questions, please open a ticket from the control panel.

Thank you,
DigitalOcean Support

DigitalOcean, LLC, 105 Edgeview Drive, Suite 425, Broomfield, CO 80021
""",
),
dict(
    key="M11", provider="Oracle Cloud", label="maintenance", deadline="2027-02-12",
    lang="en", kind="plain", date="2027-01-25 13:33 +0000",
    frm=("Oracle Cloud Infrastructure", "no-reply@oracle.com"), to="oci-admin@kitahama-ms.example",
    subject="Oracle Cloud Infrastructure Notification",
    body="""
Oracle Cloud Infrastructure

Dear Customer,

Oracle Cloud Infrastructure has scheduled infrastructure maintenance for the underlying hardware of the following virtual machine instance:

Tenancy: kitahamams
Compartment: tsubame-travel/prod
Instance: tsb-reporting-vm (VM.Standard.E4.Flex, 4 OCPUs)
Instance OCID: ocid1.instance.oc1.ap-tokyo-1.anxhiljr7d2ov4cq6m3tzb5kq2rj8w1yexample
Region: ap-tokyo-1
Availability domain: AD-1

Maintenance type: Reboot migration
Maintenance due date: 2027-02-12 03:00 UTC

On the maintenance due date, Oracle Cloud Infrastructure will reboot-migrate the instance to healthy hardware. The instance will be stopped, moved and started again. Boot and block volumes attached to the instance are preserved, as are the private and public IP addresses. Data on local NVMe storage, if any, is not preserved.

If you prefer to control the timing, you can reboot-migrate the instance yourself at any time before the due date from the Console: on the instance details page, choose "Reboot migrate" under More actions. Alternatively, you can reschedule the maintenance to a later time within the allowed period using the Maintenance reschedule option.

To view all scheduled maintenance events in your tenancy, go to Compute > Instances and filter by "Maintenance scheduled".

For more information, see: https://docs.oracle.com/iaas/Content/Compute/References/infrastructure-maintenance.htm

Regards,
Oracle Cloud Infrastructure

Oracle Corporation, 2300 Oracle Way, Austin, TX 78741
This is a service notification. To manage notification settings, use the Announcements service in the Console.
""",
),
dict(
    key="M12", provider="MongoDB Atlas", label="maintenance", deadline="2027-01-31",
    lang="en", kind="alt", html_style="atlas", date="2027-01-24 02:00 +0000",
    frm=("MongoDB Atlas", "mongodb-atlas@mongodb.com"), to="dba@kitahama-ms.example",
    subject="Scheduled maintenance for project Seiryu-LIMS-Prod",
    body="""
Hello,

This is a notification that maintenance has been scheduled for clusters in your MongoDB Atlas project.

Organization: Kitahama Managed Systems
Project: Seiryu-LIMS-Prod
Clusters: lims-prod-01, lims-analytics

Scheduled start: Sunday, January 31, 2027 at 18:00 UTC (Monday, February 1, 03:00 JST)
This time matches the maintenance window configured for the project.

What will happen
Atlas will apply operating system patches and a MongoDB minor version update (8.0.x) to the nodes of each replica set. Maintenance is performed in a rolling fashion, one node at a time. During the maintenance, each replica set will hold at least one election, and applications may see a brief period, usually a few seconds, in which writes are not accepted. Drivers configured with retryable writes handle this automatically.

What you can do
- If you need more time, you can defer the maintenance up to two times by one week each from the Project Settings page.
- You can start the maintenance immediately from the same page if you prefer to complete it sooner.
- We recommend testing your application's behaviour during failover with the "Test Resilience" feature.

Project settings: https://cloud.mongodb.com/v2/5f8e2c31a9d04b7e13c6a0f2#/settings/groupSettings

If you have any questions, please contact MongoDB Support.

The MongoDB Atlas Team

MongoDB, Inc., 1633 Broadway, 38th Floor, New York, NY 10019
You are receiving this message because you are a Project Owner in the project listed above. Manage your notification settings in Atlas.
""",
),
]
