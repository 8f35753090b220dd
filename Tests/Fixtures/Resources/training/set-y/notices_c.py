"""set-y notices, part C: action-required, mixed providers (14)."""
from common import AWS_NOREPLY, AWS_HEALTH, GCP, WORKSPACE, AZURE, M365

NOTICES = [
dict(
    key="R15", provider="AWS", label="action-required", deadline="2027-02-17",
    lang="en", kind="fwd", date="2027-01-07 03:20 +0000",
    frm=AWS_HEALTH, to="aws-legacy@kitahama-ms.example",
    subject="[Action Required] Amazon MQ for RabbitMQ version 3.11 end of support on February 17, 2027",
    footer="aws_health",
    fwd=dict(
        frm=("Daisuke Morita", "d.morita@kitahama-ms.example"),
        to="aws-oyamada@kitahama-ms.example",
        date="2027-01-07 13:05 +0000",
        subject="Fwd: [Action Required] Amazon MQ for RabbitMQ version 3.11 end of support on February 17, 2027",
        note="""
Hi all,

This landed in the old aws-legacy alias, which nobody watches any more. The broker listed is the Oyamada order queue (account 519274880316). Can whoever is on the Oyamada rotation this month open a change ticket and plan the upgrade with their team? The upgrade restarts the broker, so it needs a window.

Also, please update the alternate contact on that account so these go to aws-oyamada@ directly.

Daisuke
""",
    ),
    body="""
Hello,

You are receiving this message because you have one or more Amazon MQ for RabbitMQ brokers running version 3.11 in your AWS account. Amazon MQ will end support for RabbitMQ 3.11 on February 17, 2027.

Starting February 17, 2027, Amazon MQ will no longer provide security patches or bug fixes for brokers on version 3.11, and you will no longer be able to create new brokers on this version. After that date, Amazon MQ will upgrade remaining brokers to version 3.13 during their scheduled maintenance windows. The automatic upgrade will restart each broker, and may cause a short interruption.

To ensure a smooth transition, we recommend that you upgrade your brokers to RabbitMQ 3.13 before February 17, 2027. You can upgrade from the Amazon MQ console, the AWS CLI or the API by setting the engine version and choosing to apply the change immediately or during the next maintenance window.

Affected brokers (ap-northeast-1):
- oyd-order-events (mq.m5.large, cluster deployment, 3.11.28)

Before upgrading, please review:
- Client library compatibility with RabbitMQ 3.13
- The use of classic mirrored queues, which are not supported in later versions; we recommend quorum queues
- Policies and feature flags required for the target version

Amazon MQ version support calendar: https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/rabbitmq-version-management.html
""",
),
dict(
    key="R16", provider="AWS", label="action-required", deadline="2027-01-26", rel=("d", 15),
    lang="en", kind="plain", date="2027-01-11 00:14 +0000",
    frm=("Amazon Route 53", "noreply@registrar.amazon.com"), to="domains@kitahama-ms.example",
    subject="Verify your email address for nakano-media.example",
    footer="aws_en",
    body="""
Dear AWS customer,

You recently registered or transferred a domain, or changed the registrant contact information for a domain, using Amazon Route 53. The Internet Corporation for Assigned Names and Numbers (ICANN) requires that we verify the email address of the registrant contact.

Domain name: nakano-media.example
AWS account: 331902876154
Registrant contact email: domains@kitahama-ms.example

Please click the following link to verify that this email address is valid:

https://registrar.amazon.com/verify?token=e7c29a14-5d0b-4f83-9b61-2a8fd0c73e15

If you do not verify your email address within 15 days, the domain will be suspended, as required by ICANN. When a domain is suspended, it is not available on the internet: your website and email for the domain will stop working until the email address is verified.

If the link above does not work, you can resend the verification email from the Registered domains page in the Route 53 console.

If you did not request this change, someone may have access to your AWS account. Please review your account activity and contact AWS Support.

Registrant details on record:
Organization: Nakano Media Co., Ltd.
Contact type: Company
Country: JP

For more information about ICANN verification requirements, see:
https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/domain-contact-verification.html

This email was sent by Amazon Registrar, Inc. on behalf of Amazon Route 53.
""",
),
dict(
    key="R17", provider="AWS", label="action-required", deadline="2027-03-10",
    lang="en", kind="plain", date="2027-01-26 05:05 +0000",
    frm=AWS_HEALTH, to="aws-nakano@kitahama-ms.example",
    subject="AWS Fargate notification [AWS Account: 331902876154]",
    footer="aws_health",
    body="""
Hello,

You are receiving this notification because you have Amazon ECS tasks running on AWS Fargate platform version 1.4.0 that were launched before January 20, 2027. A security patch is available for the Fargate platform, and tasks launched before that date need to be replaced to receive it.

Please update these tasks before 2027-03-10 06:00 UTC. If your tasks are part of an ECS service, you can replace them by forcing a new deployment of the service (for example, "aws ecs update-service --force-new-deployment"). Standalone tasks must be stopped and started again.

After 2027-03-10 06:00 UTC, AWS Fargate will begin retiring remaining tasks that have not been replaced. Tasks in a service will be replaced automatically by the ECS scheduler according to the service's deployment configuration, which may briefly reduce capacity. Standalone tasks will be stopped and will not be restarted.

You can control when retirement occurs within a 7-day period using the fargateTaskRetirementWaitPeriod account setting.

Affected ECS services and tasks (ap-northeast-1):
- Cluster nm-web / service nm-frontend: 6 tasks
- Cluster nm-web / service nm-image-resizer: 4 tasks
- Cluster nm-batch / standalone task arn:aws:ecs:ap-northeast-1:331902876154:task/nm-batch/4b7e20f1c3a94d86a51e0f27c8b93d14

For details, see "Fargate task maintenance" in the Amazon ECS Developer Guide:
https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-maintenance.html
""",
),
dict(
    key="R18", provider="Google Cloud", label="action-required", deadline="2027-03-18",
    lang="en", kind="alt", html_style="google", date="2027-01-07 23:48 +0000",
    frm=GCP, to="gcp-admin@kitahama-ms.example",
    subject="[Action Required] Migrate from Container Registry to Artifact Registry by March 18, 2027",
    footer="gcp_en",
    body="""
Hello Google Cloud customer,

We're writing to remind you that Container Registry is being shut down and that you need to migrate your images to Artifact Registry by March 18, 2027.

What you need to know

Container Registry is deprecated. Artifact Registry is its successor and supports container images as well as language packages and OS packages, with regional repositories, finer-grained access control and vulnerability scanning.

Our records show that the following projects pushed or pulled images from Container Registry in the last 30 days:

- nakano-media-video-prod (gcr.io, asia.gcr.io)
- nakano-media-ci (gcr.io)

On March 18, 2027, Container Registry will stop serving requests for images stored in gcr.io repositories that have not been migrated. After that date, image pulls and pushes to these repositories will fail, which can cause deployments, autoscaling and CI pipelines to break.

What you need to do

Before March 18, 2027:
1. Create gcr.io repositories in Artifact Registry. You can use the automatic migration tool (gcloud artifacts docker upgrade migrate) to copy images and redirect traffic.
2. Update IAM permissions so that your service accounts can read from and write to Artifact Registry.
3. Check GKE node pools, Cloud Run services, Cloud Build triggers and third-party CI systems that reference gcr.io.

If you have already migrated and redirected gcr.io traffic for these projects, no further action is required.

Learn more: https://cloud.google.com/artifact-registry/docs/transition/transition-from-gcr

We're here to help
If you have questions, contact Google Cloud Support.

You're receiving this mandatory service announcement because you're a project owner or editor of the projects listed above.
""",
),
dict(
    key="R19", provider="Google Workspace", label="action-required", deadline="2027-02-24",
    lang="en", kind="plain", date="2027-01-08 18:30 +0000",
    frm=WORKSPACE, to="gws-admin@kitahama-ms.example",
    subject="Important information about your Google Workspace account",
    footer="workspace",
    body="""
Hello Administrator,

We're writing to let you know that Google will start requiring 2-Step Verification (2SV) for all administrator accounts in your organization.

Details

Starting February 24, 2027, administrators of your Google Workspace account who have not turned on 2-Step Verification will be required to enroll the next time they sign in. Until they complete enrollment, they will not be able to access the Admin console or use the Admin SDK APIs.

Our records show that the following administrator accounts in tsubame-travel.example are not yet enrolled in 2SV:

- it-admin@tsubame-travel.example (Super Admin)
- helpdesk@tsubame-travel.example (Help Desk Admin)
- kms-support@tsubame-travel.example (User Management Admin)

What you need to do

To avoid interruption to administrative access, please make sure each of these administrators turns on 2-Step Verification before February 24, 2027:
1. Sign in to the account and go to https://myaccount.google.com/security.
2. Under "How you sign in to Google", select 2-Step Verification and follow the steps.
3. We recommend passkeys or security keys for administrator accounts.

If you use a third-party identity provider for single sign-on, administrators who sign in through SSO with multi-factor authentication at the identity provider are not affected. Super administrators who sign in directly to Google are affected.

Shared or service accounts with administrator roles should be reviewed. Consider using service accounts with domain-wide delegation instead of shared administrator passwords.

For more information, visit the Help Center: https://support.google.com/a/answer/9176657
""",
),
dict(
    key="R20", provider="Azure", label="action-required", deadline="2027-09-30",
    lang="en", kind="html", html_style="azure", date="2027-01-12 19:00 +0000",
    frm=AZURE, to="azure-admin@kitahama-ms.example",
    subject="Upgrade to Standard SKU public IP addresses in Azure by 30 September 2027",
    footer="azure",
    body="""
You're receiving this email because you use Basic SKU public IP addresses in Azure.

Basic SKU public IP addresses will be retired on 30 September 2027

On 30 September 2027, we'll retire Basic SKU public IP addresses. You can continue to use your existing Basic SKU public IP addresses until then; however, you'll no longer be able to create new ones after 31 March 2027.

To avoid service disruption, upgrade your Basic SKU public IP addresses to Standard SKU by 30 September 2027. Standard SKU public IP addresses offer security by default, zone redundancy and support for Standard Load Balancer and NAT Gateway.

Your subscriptions that contain Basic SKU public IP addresses:
- Oyamada-Prod (3f2a9c71-0b5e-4d18-9a6c-e41f07b2d583): 4 addresses
- Oyamada-Dev (a81d5e02-6c4f-4b97-8e13-59c0f7a2d164): 7 addresses

Required action
- Identify the resources that use Basic SKU public IP addresses, such as virtual machines, Basic Load Balancers and VPN gateways, by using Azure Resource Graph or Azure Advisor.
- Upgrade the public IP addresses to Standard SKU. Static Basic SKU addresses can be upgraded in place and keep their IP address. Dynamic addresses must be changed to static first.
- Because Standard SKU addresses are closed to inbound traffic by default, make sure a network security group allows the traffic you need.

Help and support
If you have questions, get answers from community experts in Microsoft Q&A. If you have a support plan and you need technical help, create a support request in the Azure portal.

Learn more: https://learn.microsoft.com/azure/virtual-network/ip-services/public-ip-basic-upgrade-guidance
""",
),
dict(
    key="R21", provider="Microsoft 365", label="action-required", deadline="2027-03-15",
    lang="en", kind="plain", date="2027-01-14 02:12 +0000",
    frm=M365, to="m365-admin@kitahama-ms.example",
    subject="Message center: (Updated) Exchange Online to retire Basic authentication for SMTP AUTH client submission",
    footer="m365",
    body="""
Message ID: MC1187402
Service: Exchange Online
Tag: Retirement, Admin impact
Action required by: March 15, 2027

Tenant: Tsubame Travel

Updated January 14, 2027: We have updated the timeline below. Thank you for your patience.

Exchange Online will permanently remove support for Basic authentication with the Client Submission (SMTP AUTH) endpoint. Beginning March 15, 2027, SMTP AUTH connections that use Basic authentication will be rejected with the error "550 5.7.30 Basic authentication is not supported for Client Submission".

How this will affect your organization:
Our telemetry shows that in the last 30 days the following sources in your tenant submitted mail with Basic authentication:
- Multifunction printer "tsb-osaka-mfp-2f" using account scan@tsubame-travel.example
- Application using account noreply-booking@tsubame-travel.example (1,926 messages)

After March 15, 2027, these devices and applications will no longer be able to send email through Exchange Online unless they are updated.

What you need to do to prepare:
- Update applications to use OAuth 2.0 for SMTP AUTH, or move them to Microsoft Graph for sending.
- For devices that cannot use OAuth, consider direct send or an SMTP relay connector through Exchange Online, or High Volume Email.
- Use the SMTP AUTH Clients report in the Exchange admin center to find remaining Basic authentication usage.

Additional information:
https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online
""",
),
dict(
    key="R22", provider="Heroku", label="action-required", deadline="2027-04-30",
    lang="en", kind="plain", date="2027-01-15 16:20 +0000",
    frm=("Heroku", "noreply@heroku.com"), to="heroku@kitahama-ms.example",
    subject="Action needed: Heroku-20 stack end-of-life on April 30, 2027",
    body="""
Hi,

We're writing to let you know that the Heroku-20 stack, based on Ubuntu 20.04, will reach end-of-life on April 30, 2027. You are receiving this email because you own or collaborate on apps that are still using Heroku-20.

Apps using Heroku-20 in your account:
- seiryu-sample-tracker (team: seiryu-pharma)
- seiryu-sample-tracker-staging (team: seiryu-pharma)
- kms-status-page (team: kitahama-ms)

What end-of-life means
After April 30, 2027, Heroku-20 will no longer receive security updates, and builds will no longer be allowed for apps on the stack. Existing dynos will continue to run, but we cannot guarantee that apps on an unsupported stack will keep working, and they will not receive fixes for newly discovered vulnerabilities in the base image.

What you need to do
Please upgrade your apps to Heroku-24 before April 30, 2027. To upgrade:

1. Check the Heroku-24 stack documentation for changes that may affect your app, including buildpack and library version changes.
2. Create a review app or staging copy on Heroku-24 and test it: heroku stack:set heroku-24 -a <app name>
3. Deploy to apply the new stack, then verify your app.

If you need more time, contact Heroku Support before the end-of-life date to discuss your situation.

Stack update guide: https://devcenter.heroku.com/articles/upgrading-to-the-latest-stack
Stack support policy: https://devcenter.heroku.com/articles/stack

Thanks,
The Heroku Team

Heroku, a Salesforce company. 415 Mission Street, 3rd Floor, San Francisco, CA 94105.
You are receiving this email because you have apps on Heroku. This is a required service notification.
""",
),
dict(
    key="R23", provider="GitHub", label="action-required", deadline="2027-02-08",
    lang="en", kind="plain", date="2027-01-09 14:00 +0000",
    frm=("GitHub", "noreply@github.com"), to="github-admin@kitahama-ms.example",
    subject="[GitHub] Enable two-factor authentication on your account by February 8, 2027",
    body="""
Hey @kms-readonly-audit!

You're receiving this because you've contributed code to GitHub.com or are a member of an organization, and your account has been selected for the next group of accounts required to enable two-factor authentication (2FA).

Two-factor authentication adds an extra layer of security to your account by requiring a second form of verification when you sign in. It helps protect the software supply chain by making it much harder for someone to take over your account even if your password is compromised.

You have until February 8, 2027 to enable 2FA. After that date, you will be required to enroll in 2FA the next time you sign in, and you will not be able to access GitHub.com until you do. You will be able to use a one-week grace period after your first sign-in following the deadline, during which you can snooze the prompt once.

Enable 2FA now: https://github.com/settings/security

You can use any of the following as your second factor:
- A passkey or security key
- A TOTP authenticator app
- GitHub Mobile
- SMS (available in some regions, not recommended)

After enabling 2FA, make sure to download your recovery codes and store them somewhere safe. Without them, you could lose access to your account if you lose your device.

If this account is used by automation, consider replacing it with a GitHub App or a fine-grained personal access token owned by a maintained account.

Learn more about 2FA: https://docs.github.com/authentication/securing-your-account-with-two-factor-authentication-2fa

Thanks,
The GitHub Security Team

GitHub, Inc. 88 Colin P Kelly Jr Street San Francisco, CA 94107
""",
),
dict(
    key="R24", provider="Cloudflare", label="action-required", deadline="2027-02-20",
    lang="en", kind="plain", date="2027-01-19 20:55 +0000",
    frm=("Cloudflare", "noreply@notify.cloudflare.com"), to="dns-admin@kitahama-ms.example",
    subject="Action needed: certificate authority change for your Universal SSL certificates",
    body="""
Hi there,

We're writing because one or more zones in your Cloudflare account use Universal SSL or Advanced Certificate Manager certificates that are issued by a certificate authority whose intermediate and root certificates are changing.

Starting February 20, 2027, certificates for your zones will be renewed from the new chain. Visitors using modern browsers and operating systems will not notice any change. However, some clients may be affected if they rely on the old chain:

- Mobile apps or IoT devices that use certificate pinning against the old intermediate
- Older Android devices that have not received trust store updates
- Custom clients with a hard-coded list of trusted roots

Affected zones in account "Kitahama Managed Systems":
- tsubame-travel.example
- oyamada-foods.example
- nakano-media.example

What you need to do:
If you pin certificates in mobile apps or other clients, update them to trust the new chain, or remove pinning, before February 20, 2027. If you know of older clients that must keep working, you can order an Advanced certificate from a different certificate authority for the affected hostnames before that date.

If you do not pin certificates and your visitors use current browsers, no action is needed on your side.

You can check which certificate authority is in use for each zone on the SSL/TLS > Edge Certificates page of the dashboard.

Learn more: https://developers.cloudflare.com/ssl/reference/certificate-authorities/

Thanks,
The Cloudflare Team

Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107
You are receiving this important service notice because you are an administrator of a Cloudflare account.
""",
),
dict(
    key="R25", provider="ConoHa", label="action-required", deadline="2027-03-31",
    lang="ja", kind="plain", date="2027-01-13 14:00 +0900",
    frm=("ConoHa by GMO", "noreply@conoha.jp"), to="conoha@kitahama-ms.example",
    subject="【重要】旧プラン VPS 提供終了に伴う移行のお願い（2027年3月31日まで）",
    body="""
北浜マネージドシステムズ株式会社 様

平素より ConoHa をご利用いただき、誠にありがとうございます。

このたび、ConoHa VPS の旧プラン（2019年以前にお申し込みのメモリ 1GB〜8GB プラン）につきまして、基盤設備の老朽化に伴い提供を終了させていただくこととなりました。お客様には大変ご不便をおかけいたしますが、何卒ご理解賜りますようお願い申し上げます。

■ 対象サーバー
・ネームタグ: tsubame-mail-relay（メモリ 2GB プラン / 東京リージョン）
・ネームタグ: tsubame-wiki（メモリ 4GB プラン / 東京リージョン）

■ スケジュール
・2027年3月31日（水）: 移行期限（旧プランの提供終了日）
・2027年4月1日（木）: 旧プランのサーバーを停止
・2027年5月31日（月）: 停止したサーバーおよびデータを削除

■ お客様にご対応いただきたいこと
2027年3月31日までに、新プランのサーバーへデータを移行し、旧プランのサーバーを削除してください。新プランへの移行には、以下の方法がございます。

1. コントロールパネルの「イメージ保存」で旧サーバーのイメージを保存し、そのイメージから新プランのサーバーを作成する
2. 新プランのサーバーを作成し、お客様ご自身でデータを移行する

なお、移行期間中は新プランのサーバーと旧プランのサーバーの両方に料金が発生いたしますが、移行に伴う初月分の料金は当社にて割引させていただきます。

移行手順の詳細は、以下のサポートページをご確認ください。
https://support.conoha.jp/v/vps-migration/

ご不明な点がございましたら、コントロールパネルのお問い合わせフォームよりご連絡ください。

今後とも ConoHa をよろしくお願い申し上げます。

──────────────────────
ConoHa by GMO
GMOインターネットグループ株式会社
※本メールは送信専用アドレスよりお送りしております。
──────────────────────
""",
),
dict(
    key="R26", provider="Xserver", label="action-required", deadline="2027-02-22",
    lang="ja", kind="plain", date="2027-01-21 12:00 +0900",
    frm=("エックスサーバー", "support@xserver.ne.jp"), to="xserver@kitahama-ms.example",
    subject="[エックスサーバー] PHP 7.4 の提供終了について（2027年2月22日）",
    body="""
エックスサーバー をご利用のお客様

いつもエックスサーバーをご利用いただき、誠にありがとうございます。

エックスサーバーでは、セキュリティ維持の観点から、公式サポートが終了している PHP 7.4 の提供を、2027年2月22日（月）をもって終了いたします。

お客様のサーバーにおいて、以下のドメインで PHP 7.4 が設定されていることを確認いたしました。

サーバーID: kitahamams02
ドメイン:
・recipe.oyamada-foods.example
・campaign2024.oyamada-foods.example

■ お客様にご対応いただきたいこと
2027年2月22日までに、サーバーパネルの「PHP Ver.切替」より、PHP 8.2 以上へ切り替えてください。切り替え前に、ご利用中の WordPress 本体・テーマ・プラグイン等が新しいバージョンに対応していることをご確認ください。
「動作確認URL」機能を使うと、公開中のサイトに影響を与えずに、新しい PHP バージョンでの表示を確認することができます。

■ 提供終了後の動作
提供終了日以降、PHP 7.4 が設定されているドメインは、当社にて PHP 8.2 へ自動的に切り替えます。プログラムが対応していない場合、サイトが正しく表示されなくなる可能性がございます。

PHP バージョンの切り替え方法:
https://www.xserver.ne.jp/manual/man_server_php_version.php

ご不明な点がございましたら、サポート窓口までお問い合わせください。

今後ともエックスサーバーをよろしくお願いいたします。

--
エックスサーバー株式会社
https://www.xserver.ne.jp/
※本メールはサーバーをご契約中のお客様へお送りしている重要なお知らせです。
""",
),
dict(
    key="R27", provider="IIJ", label="action-required", deadline="2027-02-12",
    lang="ja", kind="plain", date="2027-01-25 09:30 +0900",
    frm=("IIJ サービスヘルプデスク", "info@iij.ad.jp"), to="iij-contract@kitahama-ms.example",
    subject="ご連絡",
    body="""
北浜マネージドシステムズ株式会社
ご契約ご担当者様

平素より IIJ のサービスをご利用いただき、誠にありがとうございます。
株式会社インターネットイニシアティブ サービスヘルプデスクでございます。

当社では、電気通信事業法および関連ガイドラインに基づき、ご契約者様の登録情報について定期的な確認を実施しております。つきましては、下記ご契約に登録されている情報をご確認いただき、変更の有無をご回答いただけますようお願い申し上げます。

■ 対象のご契約
サービスコード: IIJ GIO インフラストラクチャー P2（Gen.2）
契約ID: gnk2048816
ご利用者名: 中野メディア株式会社（エンドユーザー）
登録技術連絡先: noc@kitahama-ms.example

■ ご回答方法
IIJ サービスオンラインにログインし、「ご契約者情報の確認」画面より、登録内容に変更がない場合は「変更なし」、変更がある場合は新しい内容をご入力のうえ送信してください。
https://help.iij.ad.jp/

■ ご回答期限
2027年2月12日（金）

期限までにご回答をいただけない場合、今後の重要なお知らせや障害・メンテナンス情報が届かなくなるおそれがあるため、ご契約内容の確認のためにご連絡させていただく場合や、一部サービスの新規お申し込み・設定変更を一時的に制限させていただく場合がございます。

ご多用のところ恐れ入りますが、ご対応のほどよろしくお願いいたします。

──────────────────────────
株式会社インターネットイニシアティブ
サービスヘルプデスク
本メールは送信専用です。お問い合わせは IIJ サービスオンラインからお願いいたします。
──────────────────────────
""",
),
dict(
    key="R28", provider="NTT Communications", label="action-required", deadline="2027-03-31",
    lang="ja", kind="plain", date="2027-01-27 17:15 +0900",
    frm=("NTTコミュニケーションズ SDPFサポート", "sdpf-info@ntt.com"), to="sdpf@kitahama-ms.example",
    subject="【要対応】Smart Data Platform 旧 API エンドポイント廃止のお知らせ",
    body="""
Smart Data Platform をご利用のお客様

平素より Smart Data Platform（SDPF）をご利用いただき、誠にありがとうございます。

SDPF では、API のセキュリティ強化および運用効率化のため、旧形式の API エンドポイント（api.ecl.ntt.com 配下のバージョン 1 系）を廃止いたします。お客様のテナントにおいて、過去 30 日以内に旧エンドポイントへのアクセスが確認されましたので、ご連絡いたします。

■ 廃止日
2027年3月31日（水）

■ 対象テナント
・テナント ID: 7e02b3c8f19a4d65（セイリュウ製薬 検証環境）
・テナント ID: c41f96a0d27e4b81（セイリュウ製薬 本番環境）

■ 影響
廃止日以降、旧エンドポイントへのリクエストはエラー（HTTP 410）となります。旧エンドポイントを利用したスクリプト、Terraform プロバイダー、監視ツール等が動作しなくなります。

■ お客様にご対応いただきたいこと
2027年3月31日までに、ご利用中のツールやスクリプトの接続先を新しいエンドポイント（バージョン 2 系）へ変更してください。
・Terraform プロバイダーをご利用の場合は、v3.0 以降へ更新してください。
・認証方式が API キー方式からトークン方式に変わります。新しい認証情報はポータルから発行できます。

移行ガイド:
https://sdpf.ntt.com/docs/api-migration/

ご不明な点につきましては、チケットシステムよりお問い合わせください。

今後とも、Smart Data Platform をよろしくお願い申し上げます。

────────────────────────
NTTコミュニケーションズ株式会社
Smart Data Platform サポートセンター
※本メールは送信専用アドレスからお送りしています。
────────────────────────
""",
),
]
