#!/usr/bin/env python3
"""Write set-w.mbox: a hand-written, labelled validation set of cloud-provider notices.

100 notices dated December 2026, as they could arrive in the shared mailbox of a
managed-service provider ("Harbor Lane Managed Services"). Every sentence was written
for this set; no real notice text was copied. Each message carries two headers the
tool never reads:

    X-Training-Label:    abuse | security-incident | action-required | security-advisory |
                         maintenance | pricing | billing | informational
    X-Training-Deadline: YYYY-MM-DD | none

Python 3 standard library only; the output is byte-for-byte deterministic.
The script checks itself and exits 1 on any mistake. See README-set-w.md.
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import quopri
import re
import sys
from collections import Counter
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "set-w.mbox"

LABELS = (
    "abuse",
    "security-incident",
    "action-required",
    "security-advisory",
    "maintenance",
    "pricing",
    "billing",
    "informational",
)

# The mix this set was written to (checked below).
EXPECTED = {
    "abuse": 10,
    "security-incident": 12,
    "action-required": 28,
    "security-advisory": 8,
    "maintenance": 12,
    "pricing": 8,
    "billing": 8,
    "informational": 14,
}

NOTICES = []


def add(date, label, deadline, sender, to, subject, body, fmt="plain", enc=None):
    """Register one notice.

    date     "YYYY-MM-DD HH:MM +ZZZZ" (the Date header)
    fmt      "plain" (text/plain), "html" (text/html only) or "alt" (multipart/alternative)
    enc      force a transfer encoding for the text ("quoted-printable" or "base64")
    """
    NOTICES.append(
        dict(date=date, label=label, deadline=deadline, sender=sender, to=to,
             subject=subject, body=body, fmt=fmt, enc=enc)
    )


def aws(acct):
    return f"aws+{acct}@harborlane-ms.example"


# Fictitious AWS accounts managed by the MSP.
A_KIT = "482910375561"   # Kitahara Retail, production
A_MIN = "730118264409"   # Minato Logistics
A_AOB = "215506983342"   # Aoba Health, sandbox and analytics
A_SET = "904471238816"   # Seto Media
A_HLM = "361829004157"   # Harbor Lane internal

AWS_FOOTER = """\
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109, USA.
You receive this message because this address is a contact for the AWS account named above."""

AWS_FOOTER_JA = """\
アマゾン ウェブ サービス ジャパン合同会社
本メールは、上記 AWS アカウントの連絡先として登録されているアドレスにお送りしています。"""


# ---------------------------------------------------------------------------
# abuse (10)
# ---------------------------------------------------------------------------

add("2026-12-02 09:14 +0000", "abuse", "2026-12-03",
    "Amazon EC2 Abuse <ec2-abuse@amazon.com>", aws(A_KIT),
    "Your Amazon EC2 Abuse Report [17340021985-1]",
    f"""\
Hello,

We have received a report that one of your Amazon EC2 instances has been scanning
remote hosts on the internet. This kind of activity is not permitted under the AWS
Acceptable Use Policy.

  AWS account:      {A_KIT}
  Region:           ap-northeast-1
  Instance ID:      i-0b7c41e9d2f3a6058
  Public IP:        54.250.183.27
  Reported traffic: TCP SYN probes to ports 22, 23, 2375 and 6379
  First reported:   2026-12-01 22:47 UTC

Excerpt supplied by the reporting party:
  54.250.183.27 -> 203.0.113.0/24   4,812 connection attempts within 10 minutes

Please look into this and reply to this message within 24 hours, telling us what you
found and what you have done to stop the traffic. If the instance was compromised,
isolate it, rotate any credentials stored on it and rebuild it from a trusted image.

If we do not hear from you, we may act to stop the traffic ourselves, for example by
blocking the instance's network access or suspending the resources involved.

Regards,
AWS Trust & Safety

{AWS_FOOTER}
""")

add("2026-12-04 17:03 +0000", "abuse", "2026-12-06",
    "AWS Trust & Safety <trustandsafety@support.aws.com>", aws(A_SET),
    "AWS Notification",
    f"""\
Hello,

This message concerns AWS account {A_SET}.

A third party has told us that content served from your account imitates the sign-in page of a Japanese bank and asks visitors for their online banking password. We checked the report and found the page at:

  https://d3k9x1f0q7ab2c.cloudfront.net/login/secure/index.html
  Origin: Amazon S3 bucket "seto-campaign-assets-prod", object key login/secure/index.html

Because the page is actively collecting credentials, we have blocked public access to this single object. Nothing else in the bucket has been changed.

Please remove the content and any related files, find out how they were uploaded, and reply to this message within 48 hours with the results. If the content is still reachable or we receive no reply within that time, we may restrict further resources or suspend the account.

If you believe this report is mistaken, reply with the details and we will review it.

Thank you,
AWS Trust & Safety
Case reference: 17341188204

{AWS_FOOTER}
""")

add("2026-12-07 03:20 +0000", "abuse", "2026-12-21",
    "Amazon Simple Email Service <no-reply-aws@amazon.com>", aws(A_KIT),
    "Amazon SES - your account in US East (N. Virginia) is under review",
    f"""\
Hello,

We are contacting you about the Amazon SES sending account for AWS account {A_KIT} in the US East (N. Virginia) region.

Over the last 7 days the hard bounce rate of the mail sent from this account reached 11.4%. We ask senders to keep this rate below 5%; a rate this high usually means messages are being sent to addresses that were never confirmed or were bought from a list provider.

Your account is now under review. You can keep sending during the review period, which ends on December 21, 2026. If the bounce rate has not fallen below 5% by then, we may pause your ability to send email.

Steps that usually help:
- Remove addresses that bounced from all mailing lists and honour the account-level suppression list.
- Stop sending to addresses collected without double opt-in.
- Check that the bounce notifications of the configuration set "kitahara-marketing" reach someone who acts on them.

When you have made changes, please tell us about them by replying through the case in the AWS Support Center (case 17343309127).

Regards,
The Amazon SES Team

{AWS_FOOTER}
""")

add("2026-12-15 11:42 +0000", "abuse", "none",
    "Amazon Simple Email Service <no-reply-aws@amazon.com>", aws(A_MIN),
    "Amazon SES sending paused for your account in Europe (Ireland)",
    f"""\
Hello,

Sending from the Amazon SES account of AWS account {A_MIN} in the Europe (Ireland) region has been paused.

The complaint rate of recent mail from this account rose to 0.62%, well above the level we allow. The complaints were concentrated on messages sent from the identity notifications@minato-logistics.example. Our earlier warning of November 24 asked for the rate to be brought down; it has continued to rise.

While sending is paused, calls to SendEmail and SendRawEmail in eu-west-1 fail with an error. Sending in other regions is not affected.

If you want us to reconsider, open a case in the AWS Support Center and explain what caused the complaints and what has changed, for example how recipients opted in and how unsubscribes are now handled. We will review the case and reply there.

Regards,
The Amazon SES Team

{AWS_FOOTER}
""")

add("2026-12-08 14:05 +0100", "abuse", "2026-12-10",
    "Hetzner Abuse Team <abuse@hetzner.com>", "abuse-desk@harborlane-ms.example",
    "Abuse Message [AbuseID:7C3A1F:2B]: NetscanOutPack: netscan from 95.217.64.118",
    """\
Dear Sir or Madam,

We have received a report of network scanning originating from your server.
Please check the log excerpt below and take the measures necessary to stop it.

  Customer number: K0418263507
  Server:          #2281974 (AX41-NVMe, HEL1-DC7)
  IP address:      95.217.64.118

Please also send us a short statement: how the scanning could happen and
what you have done or will do to prevent it. You can submit it here:

  https://abuse.hetzner.com/statements/?token=4be1c07a9d3f2e86

Deadline for your statement: 2026-12-10 14:05:00 CET

If we have no statement by then, we may block the IP address.

Report excerpt:
From 2026-12-08 08:41:17 to 08:59:03 UTC, 95.217.64.118 opened
19,208 connections to 198.51.100.0/24 on TCP port 3389.

Kind regards

Abuse Team
Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen, Germany
""")

add("2026-12-10 06:31 +0000", "abuse", "none",
    "Vultr Support <support@vultr.com>", "noc@harborlane-ms.example",
    "Re: ticket 4411",
    """\
Hello,

This is a follow-up to ticket #4411, opened on December 8 about outbound traffic
from your instance in the Tokyo location.

  Instance: hl-proxy-tyo-2 (vc2-2c-4gb)
  Main IP:  149.28.17.203

We have again detected a large outbound UDP flood from this address, this time
about 2.1 Gbps aimed at a single host on port 27015. As we did not receive a reply
to our earlier message, we have null-routed 149.28.17.203 as of 06:12 UTC today.
The instance is still running, but it cannot be reached over this address.

To have the null route removed, reply to this ticket explaining what caused the
traffic and how it was fixed. You can use the web console in the customer portal
to log in to the instance while the address is blocked.

Regards,
Vultr Support
https://my.vultr.com/support/
""")

add("2026-12-11 10:18 +0100", "abuse", "2026-12-14",
    "OVHcloud Abuse <abuse@ovh.net>", "abuse-desk@harborlane-ms.example",
    "[OVHcloud] Abuse notification - copyright - ns3187654.ip-51-178-42.eu",
    """\
Hello,

We have received a complaint from a rights holder about content hosted on one of
your services.

  Service:  ns3187654.ip-51-178-42.eu (dedicated server, GRA)
  IP:       51.178.42.19
  Complainant: Northlight Pictures Ltd, through its legal agent
  Content reported:
    http://51.178.42.19/media/share/northlight-s02e05-1080p.mkv
    http://51.178.42.19/media/share/northlight-s02e06-1080p.mkv

The complainant states that these files are distributed without permission.

You have 72 hours from this e-mail to remove the content or to send us a
counter-notification with the reasons you believe the use is lawful. Please reply
from your OVHcloud Control Panel under Help > Abuse, quoting reference ABU-9142870.

Without an answer in that time, we may suspend the service.

Best regards,
The OVHcloud Abuse team
OVH SAS, 2 rue Kellermann, 59100 Roubaix, France
""")

add("2026-12-14 15:40 +0900", "abuse", "2026-12-18",
    "さくらインターネット 不正利用対策窓口 <abuse-desk@sakura.ad.jp>", "infra@harborlane-ms.example",
    "ご連絡",
    """\
ハーバーレーン・マネージドサービス株式会社
ご担当者様

平素はさくらインターネットをご利用いただき、誠にありがとうございます。
さくらインターネット 不正利用対策窓口でございます。

お客様がご契約中の下記サーバより、大量の迷惑メールが送信されていることを確認いたしました。
複数の外部組織からも苦情が寄せられております。

■対象サービス
　サービス　：さくらのクラウド（石狩第1ゾーン）
　会員ID　　：hlm40218
　サーバ名　：hl-mail-relay01
　IPアドレス：153.127.48.201

■確認した事象
　2026年12月13日 21時頃より、外部宛てに1時間あたり約4万通のメール送信

被害の拡大を防ぐため、現在、当該サーバから外部の TCP 25番ポート宛ての通信を一時的に制限しております。

つきましては、2026年12月18日（金）までに、原因および再発防止策を本メールへの返信にてご報告ください。
期日までにご回答をいただけない場合、やむを得ずサーバを停止させていただくことがございます。

何卒よろしくお願い申し上げます。

──────────────────────
さくらインターネット株式会社　不正利用対策窓口
https://www.sakura.ad.jp/
──────────────────────
""")

add("2026-12-16 20:55 +0000", "abuse", "2026-12-18",
    "Google Cloud Trust & Safety <cloud-trust-safety-noreply@google.com>", "gcp-admin@harborlane-ms.example",
    "[Action Required] Cryptocurrency mining detected in project hl-batch-staging",
    """\
Dear Google Cloud customer,

We have detected activity in your project hl-batch-staging (project number 660912384471) that is consistent with cryptocurrency mining. Mining is not allowed on Google Cloud without prior written approval, and we have no record of such approval for this project.

What we observed:
- 24 Compute Engine VMs of type c3-highcpu-88 created in us-central1 and europe-west4 since December 15, 2026
- Sustained outbound connections from these VMs to known mining pools on TCP port 3333
- The VMs were created by the service account ci-runner@hl-batch-staging.iam.gserviceaccount.com

If you did not start these VMs, your project may have been accessed by someone else. Please stop the activity, delete the VMs, and review who can use the service account.

Please do this no later than December 18, 2026, and reply through the support case linked below. If the activity continues after that date, we may suspend the project.

Review the case: https://console.cloud.google.com/support/cases/detail/48810277

Sincerely,
Google Cloud Trust & Safety

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this mandatory service announcement to update you about important changes to your Google Cloud account.
""", fmt="alt")

add("2026-12-21 11:05 +0900", "abuse", "2026-12-24",
    "IIJ セキュリティオペレーションセンター <soc-notice@iij.ad.jp>", "infra@harborlane-ms.example",
    "【重要】IIJからのご連絡",
    """\
ハーバーレーン・マネージドサービス株式会社
システムご担当者様

いつもIIJのサービスをご利用いただき、誠にありがとうございます。
IIJ セキュリティオペレーションセンターでございます。

外部の調整機関を通じて、貴社ご契約のサーバから第三者のネットワークに対し、
SSH（TCP 22番ポート）を対象としたポートスキャンが行われているとの報告を受けました。

　ご契約サービス：IIJ GIO インフラストラクチャー P2
　対象IPアドレス：210.130.177.46
　観測日時　　　：2026年12月20日 02:10〜04:55（日本時間）

当該サーバが第三者に不正に利用されている可能性がございます。
至急ご確認のうえ、本メール受信後3営業日以内に、調査結果と対策状況を本メールへの返信にてご報告ください。

期限までにご報告をいただけない場合、当該IPアドレスの通信を遮断させていただくことがございますので、あらかじめご了承ください。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

株式会社インターネットイニシアティブ
セキュリティオペレーションセンター
""", enc="base64")

# ---------------------------------------------------------------------------
# security-incident (12)
# ---------------------------------------------------------------------------

add("2026-12-01 13:27 +0000", "security-incident", "none",
    "Amazon Web Services <no-reply-aws@amazon.com>", aws(A_MIN),
    f"[Action Required] AWS access key exposed publicly - AWS Account {A_MIN}",
    f"""\
Hello,

We found an access key belonging to your AWS account {A_MIN} in a public location on the internet:

  Access key ID: AKIA4XN7Q2LBEXAMPLE3
  IAM user:      ci-deployer
  Found at:      https://github.com/minato-dev/infra-scripts/blob/main/deploy.env

Anyone who saw this file can use the key. To limit possible misuse, we have attached the managed policy AWSCompromisedKeyQuarantineV3 to the user ci-deployer. This denies a set of high-risk actions but does not remove everything the key can do, so please act now:

1. Deactivate and delete the exposed key, and create a replacement only if it is still needed.
2. Look in AWS CloudTrail for activity by this key that you do not recognise, in every region.
3. Check all regions for resources you did not create, such as EC2 instances, Lambda functions, IAM users or roles.
4. Remove the key from the repository history, not only from the latest commit.

We have opened support case 17338870152 for this issue. Please reply to it when you have completed these steps; the quarantine policy can then be detached.

Sincerely,
Amazon Web Services

{AWS_FOOTER}
""")

add("2026-12-03 08:12 +0000", "security-incident", "2026-12-10",
    "Amazon Web Services Support <no-reply-aws@amazon.com>", aws(A_AOB),
    "AWS Support: Case 17345520911",
    f"""\
Hello,

We have opened this case on your behalf because we detected irregular activity on AWS account {A_AOB}. The activity suggests that someone other than you may have used your credentials.

Since 2026-12-02 19:40 UTC, 38 g5.12xlarge instances were launched in South America (Sao Paulo) and Europe (Stockholm), regions this account has not used before. The calls were made with the access key of the IAM user "etl-runner".

To protect the account, we have temporarily limited the launch of new EC2 instances. Existing workloads in your usual regions keep running.

Please complete the following within 5 business days:
- Change the root user password and enable MFA on the root user.
- Delete the access keys of "etl-runner" and any other keys you do not recognise.
- Terminate the instances you did not launch and delete unrecognised IAM users, roles and key pairs in all regions.
- Reply to this case confirming what you did.

If we do not hear from you in that time, we may suspend the account to prevent further unauthorised use.

Best regards,
Amazon Web Services

Case link: https://support.console.aws.amazon.com/support/home#/case/?displayId=17345520911

{AWS_FOOTER}
""")

add("2026-12-05 02:41 +0000", "security-incident", "none",
    "Amazon Web Services <no-reply-aws@amazon.com>", aws(A_SET),
    "Your AWS account",
    f"""\
Hello,

The root user of AWS account {A_SET} signed in to the AWS Management Console from a location and device we have not seen for this account before.

  Time:      2026-12-05 02:18 UTC
  IP:        185.220.101.47
  Location:  Bucharest, Romania (approximate)
  Browser:   Firefox 133 on Linux
  MFA used:  No

The root user has unrestricted access to the account, including billing and the ability to close it.

If this sign-in was made by you or a colleague, no further action is needed.

If you do not recognise it, your root credentials are likely compromised:
- Reset the root password immediately from the sign-in page.
- Register an MFA device for the root user.
- Review AWS CloudTrail for actions taken after 02:18 UTC, including new IAM users, access keys and changes to contact or payment details.
- Contact AWS Support if you cannot sign in.

Sincerely,
Amazon Web Services

{AWS_FOOTER}
""")

add("2026-12-07 16:09 +0000", "security-incident", "none",
    "GitHub <noreply@github.com>", "github-admin@harborlane-ms.example",
    "[GitHub] A personal access token on your account was publicly exposed and has been revoked",
    """\
Hi hl-release-bot,

We found one of your personal access tokens (classic) in a public repository and
have revoked it.

  Token name:  release-automation
  Scopes:      repo, workflow, write:packages
  Repository:  harborlane/legacy-tools
  File:        .github/scripts/publish.sh
  Commit:      4e1d9ab

Because the repository is public, the token could have been copied by anyone before
we revoked it. Please review the security log of your account and the audit log of
the harborlane organization for activity since the commit was pushed on
December 6, 2026, especially new deploy keys, changed workflows or published packages.

If you still need a token for this automation, create a fine-grained token with
the smallest set of permissions, and store it as an Actions secret instead of in
a file.

Thanks,
The GitHub Team

GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107
""")

add("2026-12-08 19:30 +0000", "security-incident", "2026-12-11",
    "Google Cloud <CloudPlatform-noreply@google.com>", "gcp-admin@harborlane-ms.example",
    "[Action Required] Publicly exposed service account key in project hl-analytics-prod",
    """\
Hello Google Cloud customer,

We found a credential for one of your service accounts on a public website. Anyone who has this key can act as the service account.

  Project:          hl-analytics-prod (project number 301874456120)
  Service account:  sa-bq-loader@hl-analytics-prod.iam.gserviceaccount.com
  Key ID:           5f3e91c0a7b24d1c8e62f0b9a4d7c3e11a2b6f08
  Found at:         https://github.com/hl-data/notebooks/blob/main/creds/loader.json

What you should do now:
1. Disable or delete the key in IAM & Admin > Service accounts, and create a new one only if needed.
2. Check Cloud Audit Logs for calls made with this key that you do not recognise.
3. Look for new VMs, service accounts or IAM bindings you did not create.

If the key is still enabled on December 11, 2026, we will disable it automatically to protect your project. Workloads that still use it will then stop being able to authenticate.

To stop keys from being created at all, consider the organization policy constraint iam.disableServiceAccountKeyCreation.

The Google Cloud Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""")

add("2026-12-09 07:55 +0000", "security-incident", "none",
    "Microsoft Entra ID Protection <MSSecurity-noreply@microsoft.com>", "azure-ops@harborlane-ms.example",
    "High-risk sign-in detected for a privileged user in Harbor Lane Managed Services",
    """\
Microsoft Entra ID Protection

A sign-in by a privileged user in your tenant was rated high risk.

User: k.ito-admin@harborlane.onmicrosoft.com (Global Administrator)
Time: 2026-12-09 05:02 UTC
IP address: 102.89.33.140 (Lagos, Nigeria)
Previous sign-in: 2026-12-09 03:10 UTC from Tokyo, Japan
Detections: impossible travel, anomalous token

After this sign-in the session opened the Azure portal and registered a new application named "Backup Sync" with the Mail.Read and Files.Read.All permissions, and granted admin consent.

We recommend that you:
- confirm with the user whether the sign-in was theirs;
- if not, revoke the user's sessions, reset the password and re-register MFA methods;
- delete the application "Backup Sync" and review consent grants and audit logs since 05:02 UTC.

Review risky sign-ins: https://entra.microsoft.com/#view/Microsoft_AAD_IAM/RiskySignInsBlade

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
You are receiving this because you are a security administrator for Harbor Lane Managed Services.
""", fmt="html")

add("2026-12-10 22:14 +0000", "security-incident", "none",
    "Snowflake Security <security-notifications@snowflake.com>", "data-platform@harborlane-ms.example",
    "Important information about your account",
    """\
Dear Snowflake customer,

We are writing about your Snowflake account XY48213 (AWS Asia Pacific (Tokyo)).

Our security team observed successful logins to this account from IP addresses that we associate with a threat actor who uses credentials stolen by infostealer malware. The logins used the user SVC_TABLEAU, which authenticates with a password only and has no network policy.

Between December 9 and December 10, 2026, that session ran queries against the database RETAIL_DWH and copied the results of 14 queries to an external stage pointing to a storage bucket that is not part of your environment. The affected tables include CUSTOMERS and ORDERS_2026.

As a precaution we have disabled the user SVC_TABLEAU. We have not changed anything else.

We strongly recommend that you:
- rotate the credentials of all users that sign in with a password only, and require MFA or key-pair authentication;
- apply network policies to service users;
- review LOGIN_HISTORY and QUERY_HISTORY from December 1 onwards and drop any stages you did not create.

You may have obligations to notify affected individuals or authorities. Our team is available through support case 00987654.

Snowflake Security
Snowflake Inc., 106 East Babcock Street, Bozeman, MT 59715, USA
""")

add("2026-12-12 04:02 +0000", "security-incident", "none",
    "MongoDB Atlas <mongodb-atlas-alerts@mongodb.com>", "data-platform@harborlane-ms.example",
    "Atlas security alert: unrecognized access to cluster orders-prod",
    """\
Hello,

MongoDB Atlas detected access to one of your clusters that does not match its usual pattern.

  Organization: Harbor Lane Managed Services
  Project:      Retail-Prod
  Cluster:      orders-prod (M30, AWS ap-northeast-1)

The IP access list of this project has contained 0.0.0.0/0 (access from anywhere) since 2026-11-28. On 2026-12-12 between 01:15 and 03:40 UTC, the database user "app_tmp" authenticated from 45.148.10.212, an address never seen before for this project, listed all collections and read about 1.2 million documents from the collection retail.customers.

We recommend that you act immediately:
1. Remove 0.0.0.0/0 from the IP access list and allow only your application networks.
2. Delete or rotate the password of "app_tmp" and review the other database users.
3. Download the database access history and the cluster logs for the period above.

If personal data was read, you may have to notify your customers or a regulator.

View the alert: https://cloud.mongodb.com/v2/5f1c0e7ad3a1b2c4d5e6f708#/alerts

MongoDB, Inc., 1633 Broadway, 38th Floor, New York, NY 10019
""")

add("2026-12-14 10:30 +0900", "security-incident", "2026-12-21",
    "アマゾン ウェブ サービス <no-reply-aws@amazon.com>", aws(A_HLM),
    f"【要対応】AWS アカウント {A_HLM} のアクセスキーが公開されています",
    f"""\
お客様

AWS アカウント {A_HLM} に属するアクセスキーが、インターネット上の公開された場所で見つかりました。

　アクセスキー ID：AKIAVQ3J7EXAMPLE0RT2
　IAM ユーザー　 ：s3-backup
　公開場所　　　 ：https://gist.github.com/hl-ops/9e0c1d7b5a3f42e6b8a1c2d3e4f50617

不正利用を防ぐため、当該 IAM ユーザーに AWSCompromisedKeyQuarantineV3 ポリシーをアタッチしました。

2026年12月21日までに以下の対応を完了し、サポートケース 17352204418 にてご連絡ください。
1. 公開されたアクセスキーを無効化・削除する
2. AWS CloudTrail で、身に覚えのない操作がないかすべてのリージョンで確認する
3. 作成した覚えのない EC2 インスタンス、IAM ユーザー、Lambda 関数などを削除する

期日までに対応が確認できない場合、アカウントの一部サービスのご利用を制限させていただく場合があります。

よろしくお願いいたします。
アマゾン ウェブ サービス

{AWS_FOOTER_JA}
""")

add("2026-12-17 09:12 +0900", "security-incident", "2026-12-24",
    "IIJ ID サービス <iijid-support@iij.ad.jp>", "it-admin@harborlane-ms.example",
    "ご確認のお願い",
    """\
ハーバーレーン・マネージドサービス株式会社
IIJ ID サービス 管理者様

いつもIIJ ID サービスをご利用いただき、ありがとうございます。

貴社の管理者アカウント「hl-admin」に対して、2026年12月16日 23時48分（日本時間）に、
普段とは異なる国外のIPアドレス（オランダ）からのログインが成功したことを検知しました。
ログイン後、ユーザーの追加と多要素認証設定の削除が行われています。

不正ログインの可能性が高いため、当社にて当該アカウントのパスワードを一時的にリセットし、ログインを停止しております。

本メール受信後7日以内に、管理画面のパスワード再設定手続きと多要素認証の再登録を実施してください。
期限までに実施されない場合、当該アカウントは無効化されます。
あわせて、追加されたユーザーの削除と操作ログのご確認をお願いいたします。

ご不明な点はサポート窓口までお問い合わせください。

株式会社インターネットイニシアティブ
IIJ ID サービス サポートセンター
""")

add("2026-12-18 03:47 +0000", "security-incident", "none",
    "Alibaba Cloud <no-reply@notice.alibabacloud.com>", "alibaba-admin@harborlane-ms.example",
    "[Alibaba Cloud] AccessKey leak detected for your account",
    """\
Dear Alibaba Cloud user,

We detected that an AccessKey pair of your account (UID 5518203349917725) has been published on a public code hosting platform.

  AccessKey ID: LTAI5tQx8EXAMPLEk3RvN2a
  RAM user:     oss-sync
  Location:     a public GitHub repository, file config/oss.yaml

Security Center also recorded API calls made with this AccessKey from IP addresses that your account has not used before, including RunInstances in the China (Hong Kong) region at 2026-12-18 02:55 UTC.

We recommend that you:
1. Disable the AccessKey in the RAM console and create a new one for the applications that need it.
2. Release any ECS instances and other resources you did not create.
3. Review ActionTrail events for this AccessKey.

For more information, log on to Security Center: https://yundun.console.aliyun.com/

Alibaba Cloud
""")

add("2026-12-22 15:48 +0000", "security-incident", "2026-12-29",
    "Amazon Web Services Support <no-reply-aws@amazon.com>", aws(A_AOB),
    "Re: Case 17361230077",
    f"""\
Hello,

Thank you for your patience while we reviewed the unexpected charges you reported on AWS account {A_AOB}.

Our review shows that the charges come from activity by an unauthorised party, not from a billing error:
- On December 19, 2026 an IAM user named "backup-admin" was created using the access key of the IAM user "legacy-jenkins".
- That user created Lambda functions in 12 regions and verified two sending identities in Amazon SES.
- The access key of "legacy-jenkins" is still active.

The account remains at risk until these are removed. Please delete "backup-admin", deactivate the access keys of "legacy-jenkins", remove the Lambda functions and SES identities you did not create, and reply to this case by December 29, 2026.

If we do not receive your confirmation by then, we may suspend the account to prevent further misuse. Once the account is secure, we can review a possible billing adjustment for the affected charges.

Best regards,
Daniel R.
Amazon Web Services

{AWS_FOOTER}
""")

# ---------------------------------------------------------------------------
# action-required (28)
# ---------------------------------------------------------------------------

add("2026-12-01 18:00 +0000", "action-required", "2027-02-28",
    "AWS Health <health@aws.com>", aws(A_KIT),
    f"[Action Required] Amazon RDS for PostgreSQL 13 end of standard support on February 28, 2027 [AWS Account: {A_KIT}] [ap-northeast-1]",
    """\
Hello,

Standard support for Amazon RDS for PostgreSQL major version 13 ends on February 28, 2027. You have DB instances running this version in the Asia Pacific (Tokyo) region:

  kitahara-orders-db       PostgreSQL 13.18   db.r6g.xlarge   Multi-AZ
  kitahara-reporting-db    PostgreSQL 13.18   db.m6g.large
  kitahara-stg-db          PostgreSQL 13.15   db.t4g.medium

Timeline:
- January 15, 2027: you can no longer create new PostgreSQL 13 DB instances or restore snapshots to version 13 without enrolling in RDS Extended Support.
- February 28, 2027: end of standard support.
- March 1, 2027: DB instances still on version 13 are enrolled automatically in RDS Extended Support, and Extended Support charges begin.

We recommend that you upgrade these instances to PostgreSQL 16 or 17 before February 28, 2027. Test the upgrade on a snapshot copy first; a blue/green deployment can shorten the downtime.

Upgrading a PostgreSQL DB instance: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.PostgreSQL.html

If you have questions, contact AWS Support.

Sincerely,
Amazon Web Services
""")

add("2026-12-02 21:10 +0000", "action-required", "2027-06-30",
    "AWS Health <health@aws.com>", aws(A_MIN),
    "AWS Lambda will end support for the Python 3.10 runtime on June 30, 2027",
    f"""\
Hello,

We are contacting you because AWS account {A_MIN} has Lambda functions that use the Python 3.10 runtime. Python 3.10 reached its community end of life in October 2026, and Lambda will stop supporting it on June 30, 2027.

After June 30, 2027 the runtime no longer receives security patches or updates, and functions that use it are no longer covered by technical support. Lambda then blocks changes in two steps:
- from July 31, 2027 you can no longer create new functions with Python 3.10;
- from August 31, 2027 you can no longer update existing functions that use it.

Invocations of existing functions are not blocked.

Affected functions (eu-west-1):
  minato-label-printer
  minato-edi-parser
  minato-slack-notifier

Please migrate these functions to Python 3.13 or later. You can list every affected function in all regions in the AWS Health Dashboard under "Affected resources".

Sincerely,
Amazon Web Services

{AWS_FOOTER}
""")

add("2026-12-03 16:45 +0000", "action-required", "2027-03-23",
    "AWS Health <health@aws.com>", aws(A_SET),
    f"Amazon EKS: Kubernetes version 1.32 standard support ends March 23, 2027 [AWS Account: {A_SET}]",
    """\
Hello,

Standard support for Kubernetes version 1.32 in Amazon EKS ends on March 23, 2027. The following clusters in your account run this version:

  seto-media-prod      ap-northeast-1
  seto-media-batch     ap-northeast-1

When standard support ends, these clusters move to extended support, which is charged at an additional hourly fee per cluster. Extended support for 1.32 lasts until March 23, 2028; at the end of it, EKS upgrades the control plane automatically to the oldest version then in extended support.

We recommend that you upgrade these clusters to Kubernetes 1.34 before March 23, 2027, after checking your manifests for removed APIs with EKS upgrade insights.

If you prefer not to use extended support, set the cluster upgrade policy to STANDARD; clusters are then upgraded automatically at the end of standard support.

Amazon EKS version lifecycle: https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html

Sincerely,
Amazon Web Services
""")

add("2026-12-04 05:12 +0000", "action-required", "2027-01-20",
    "AWS Health <health@aws.com>", aws(A_SET),
    f"AWS Notification [AWS Account: {A_SET}] [ap-northeast-1]",
    """\
Hello,

The server certificates on some of your Amazon RDS DB instances are issued by the certificate authority rds-ca-rsa2048-g0, whose certificate expires on January 20, 2027.

Affected DB instances:
  seto-cms-aurora-1   (Aurora MySQL 3.08)
  seto-cms-aurora-2   (Aurora MySQL 3.08)
  seto-ads-db         (MySQL 8.4.3)

Please change these DB instances to the CA rds-ca-rsa2048-g1 and make sure your client applications trust the new root certificate before January 20, 2027. The change requires a restart unless the engine supports rotation without restart.

If you do nothing, applications that verify the server certificate will fail to connect to these DB instances after the old certificate expires. Applications that connect without verifying the certificate keep working, but we do not recommend that setup.

Download the certificate bundle: https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem

Sincerely,
Amazon Web Services
""")

add("2026-12-05 12:00 +0000", "action-required", "2027-01-15",
    "Amazon Web Services <no-reply-aws@amazon.com>", aws(A_HLM),
    f"Action needed: confirm the security contact for AWS account {A_HLM}",
    f"""\
Hello,

Every AWS account must have a security contact that can be reached when we need to tell you about a risk to the account. The security contact of AWS account {A_HLM} has not been confirmed since it was added in 2019, and mail to it has recently bounced.

  Current security contact: sec-alerts@harborlane.example (bounced on 2026-11-30)

Please sign in to the AWS Management Console, open Account > Alternate contacts, and update or confirm the security contact by January 15, 2027.

If the contact is not confirmed by that date, we will send security notices only to the root user email address, and some account settings will ask you to confirm the contact before they can be changed.

Thank you for helping us keep your account secure.

Amazon Web Services

{AWS_FOOTER}
""")

add("2026-12-07 20:30 +0000", "action-required", "2027-05-31",
    "AWS Health <health@aws.com>", aws(A_KIT),
    "Amazon OpenSearch Service: plan your upgrade from Elasticsearch 6.8",
    f"""\
Hello,

You are running Amazon OpenSearch Service domains on Elasticsearch 6.8 in AWS account {A_KIT}:

  kitahara-search-prod   ap-northeast-1   6 data nodes
  kitahara-logs          ap-northeast-1   3 data nodes

Extended support for Elasticsearch 6.x ends on May 31, 2027. After that date these domains no longer receive bug fixes or security updates, and we cannot guarantee that they will keep working as new instance types and features are introduced.

We recommend that you upgrade these domains to OpenSearch 2.x before May 31, 2027. An upgrade from 6.8 requires a step through Elasticsearch 7.10, so please plan time for testing. Taking a manual snapshot before each step is a good safeguard.

Upgrading domains: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/version-migration.html

If you have questions, your account team and AWS Support can help.

Sincerely,
Amazon Web Services
""")

add("2026-12-08 11:30 +0000", "action-required", "2027-01-31",
    "AWS Health <health@aws.com>", aws(A_MIN),
    "Final reminder: Elastic Beanstalk platform branch \"Node.js 18 on 64bit Amazon Linux 2\" retires on January 31, 2027",
    """\
Hello,

This is our last reminder before the retirement of the Elastic Beanstalk platform branch "Node.js 18 running on 64bit Amazon Linux 2" on January 31, 2027.

Environments in your account still on this branch:
  minato-tracking-api-prod   ap-northeast-1
  minato-tracking-api-stg    ap-northeast-1

After January 31, 2027 you cannot create new environments on this branch. Existing environments keep running, but they no longer receive platform updates, including security patches, and managed platform updates stop.

Please migrate these environments to "Node.js 22 running on 64bit Amazon Linux 2023" before that date. A blue/green deployment with a CNAME swap avoids downtime.

Migration guide: https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.migration-al.html

Sincerely,
Amazon Web Services
""")

add("2026-12-09 04:05 +0000", "action-required", "2027-01-08",
    "Amazon Web Services <no-reply-aws@amazon.com>", aws(A_KIT),
    "[ACTION REQUIRED] Your certificate renewal for *.shop-kitahara.example requires DNS validation",
    f"""\
Hello,

AWS Certificate Manager (ACM) could not automatically renew the following certificate in AWS account {A_KIT}:

  Domain:       *.shop-kitahara.example (also shop-kitahara.example)
  Certificate:  arn:aws:acm:us-east-1:{A_KIT}:certificate/0c4e2a71-93b8-4f6d-a1e5-7d2c9b8f0e34
  In use by:    CloudFront distribution E2QH7XJ5K3ZP9A
  Expires:      January 8, 2027

ACM renews certificates by checking the DNS validation CNAME record it gave you when you requested the certificate. That record is no longer present in the DNS zone of shop-kitahara.example.

To renew, add this CNAME record back to the zone before the certificate expires on January 8, 2027:
  Name:  _5d1f0b3a9c7e2d4f6a8b.shop-kitahara.example.
  Value: _a91c3e5f7b2d4068.mhbtsbpdnt.acm-validations.aws.

ACM retries validation several times a day and renews the certificate as soon as the record is found. If the certificate expires, browsers will show security warnings for your site.

Sincerely,
Amazon Web Services

{AWS_FOOTER}
""")

add("2026-12-09 22:40 +0000", "action-required", "2027-01-08",
    "Amazon Web Services <no-reply-aws@amazon.com>", aws(A_AOB),
    f"Reminder: register an MFA device for the root user of AWS account {A_AOB}",
    f"""\
Hello,

Multi-factor authentication (MFA) is now required for the root user of every AWS account in an organization's management account and in standalone accounts. The root user of AWS account {A_AOB} does not yet have an MFA device.

Please register at least one MFA device for the root user within 30 days of this notice. You can use a passkey or security key, an authenticator app, or a hardware TOTP token.

After that period, the next time anyone signs in as the root user they will have to register an MFA device before they can continue to the console. Access through IAM users and roles is not affected.

How to register a device:
1. Sign in as the root user.
2. Open Security credentials from the account menu.
3. Under Multi-factor authentication, choose Assign MFA device.

If you manage many accounts, consider removing root credentials from member accounts with centralized root access in AWS Organizations.

Thank you,
Amazon Web Services

{AWS_FOOTER}
""")

add("2026-12-10 13:00 +0000", "action-required", "2027-04-30",
    "AWS Health <health@aws.com>", aws(A_MIN),
    "Action recommended: upgrade your Amazon MSK clusters",
    f"""\
Hello,

Your AWS account {A_MIN} has Amazon MSK provisioned clusters running Apache Kafka version 3.5.1:

  minato-events-prod   ap-northeast-1   6 brokers
  minato-events-dev    ap-northeast-1   3 brokers

Amazon MSK will end support for Apache Kafka 3.5.1 on April 30, 2027. We recommend upgrading these clusters to Apache Kafka 3.8.x or later before that date.

What happens if the clusters are not upgraded:
- after April 30, 2027 we no longer provide fixes for 3.5.1;
- starting in May 2027, Amazon MSK upgrades remaining clusters automatically to the recommended version during scheduled maintenance.

An in-place version upgrade is a rolling update and does not require downtime if your clients use replication factor 3 and min.insync.replicas 2.

Supported versions: https://docs.aws.amazon.com/msk/latest/developerguide/supported-kafka-versions.html

Sincerely,
Amazon Web Services
""")

add("2026-12-11 08:00 +0000", "action-required", "2027-01-31",
    "Amazon Web Services Billing <aws-billing-notifications@amazon.com>", "billing@harborlane-ms.example",
    "Important information about your account",
    """\
Hello,

We are writing about AWS account 527716093348, whose billing address is in Germany.

From January 1, 2027, AWS accounts with a billing address in Germany will be contracted with and invoiced by Amazon Web Services EMEA SARL. Your services, prices and account ID do not change.

Your account does not have a VAT registration number on file. Business customers who provide a valid VAT number are invoiced without German VAT under the reverse-charge mechanism; without a number, VAT at 19% is added to your invoices.

To avoid VAT being added, please enter your VAT registration number in the Billing and Cost Management console under Tax settings by January 31, 2027. If the number is added after that date, VAT already invoiced cannot be refunded.

Tax settings: https://console.aws.amazon.com/billing/home#/tax

If your account is not used for business purposes, no action is needed.

Thank you for using Amazon Web Services.
Amazon Web Services EMEA SARL, 38 Avenue John F. Kennedy, L-1855 Luxembourg
""")

add("2026-12-14 17:20 +0000", "action-required", "2027-02-15",
    "AWS Health <health@aws.com>", aws(A_SET),
    "Amazon CloudFront distributions using security policy TLSv1_2016 must be updated by February 15, 2027",
    """\
Hello,

On February 15, 2027, Amazon CloudFront stops accepting TLS 1.0 and TLS 1.1 connections from viewers. Distributions in your account still use a viewer security policy that allows these versions:

  E1M7Q0ZC8W4T2N   www.seto-media.example        TLSv1_2016
  E3RB8K2J6V0PXS   img.seto-media.example        TLSv1.1_2016

Please change the security policy of these distributions to TLSv1.2_2021 or later before February 15, 2027. Viewers with modern browsers and operating systems are not affected by this change. Old devices that support only TLS 1.0 or 1.1 will no longer be able to connect once the change takes effect.

You can check how many of your requests still use old protocol versions in the CloudFront standard logs (field ssl-protocol).

Viewer security policies: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html

Sincerely,
Amazon Web Services
""")

add("2026-12-14 23:05 +0000", "action-required", "2027-03-01",
    "AWS Health <health@aws.com>", aws(A_KIT),
    f"AWS Notification [AWS Account: {A_KIT}] [eu-central-1]",
    """\
Hello,

Some of your managed nodes in AWS Systems Manager run versions of SSM Agent that are older than 3.2.582.0.

Beginning March 1, 2027, Systems Manager will reject connections from SSM Agent versions earlier than 3.2.582.0. Nodes that run an older agent will then appear as offline, and Run Command, Patch Manager, Session Manager and State Manager associations will stop working on them.

Managed nodes affected in Europe (Frankfurt): 14
Examples:
  i-04c8e1a7b3d92f615   SSM Agent 3.1.1446.0
  i-0d93b5f2e71a8c406   SSM Agent 3.1.1732.0
  mi-0a7f3c9e21d4b8056  SSM Agent 3.0.1390.0

Please update SSM Agent on these nodes before March 1, 2027. You can use the AWS-UpdateSSMAgent document with Run Command, or turn on automatic agent updates in Fleet Manager settings.

The full list is available in the AWS Health Dashboard.

Sincerely,
Amazon Web Services
""")

add("2026-12-15 09:45 +0000", "action-required", "2027-03-08",
    "AWS Health <health@aws.com>", aws(A_MIN),
    f"[Action Required] AWS Fargate platform version 1.3.0 retirement [AWS Account: {A_MIN}]",
    """\
Hello,

AWS Fargate platform version 1.3.0 for Linux is being retired. You have Amazon ECS services in ap-northeast-1 that are pinned to this version:

  cluster minato-core   service route-optimizer    (4 tasks)
  cluster minato-core   service label-renderer     (2 tasks)

Timeline:
- From January 18, 2027, new tasks can no longer be launched on platform version 1.3.0 in new services.
- On March 8, 2027, Fargate begins stopping tasks that still run on platform version 1.3.0. Services will replace them on the latest platform version, which may cause a short interruption.

Please update the services to use platform version LATEST (currently 1.4.0) before March 8, 2027, so that you control when the tasks are replaced. Platform version 1.4.0 uses a different network path for pulling images and storing ephemeral data; review the differences before updating.

Fargate platform versions: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-linux-fargate.html

Sincerely,
Amazon Web Services
""")

add("2026-12-15 10:00 +0900", "action-required", "2027-03-31",
    "AWS Health <health@aws.com>", aws(A_MIN),
    f"【要対応】Amazon Aurora MySQL バージョン 3.05 の標準サポート終了（2027年3月31日）について [AWS Account: {A_MIN}]",
    """\
お客様

いつも Amazon Web Services をご利用いただき、ありがとうございます。

Amazon Aurora MySQL バージョン 3.05 の標準サポートは、2027年3月31日に終了します。
お客様のアカウントでは、以下の DB クラスターが本バージョンで稼働しています。

　minato-wms-cluster　　　（アジアパシフィック（東京））
　minato-wms-stg-cluster　（アジアパシフィック（東京））

■スケジュール
・2027年3月31日：バージョン 3.05 の標準サポート終了
・2027年4月1日以降：メンテナンスウィンドウにて、サポート対象のマイナーバージョン（3.08 以降）へ順次自動アップグレード

自動アップグレードはお客様のタイミングを選べないため、2027年3月31日までに、検証のうえご自身でのアップグレードを実施していただくことを強くお勧めします。

手順の詳細は以下のドキュメントをご参照ください。
https://docs.aws.amazon.com/ja_jp/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Updates.html

ご不明な点がございましたら、AWS サポートまでお問い合わせください。

アマゾン ウェブ サービス
""")

add("2026-12-15 19:30 +0900", "action-required", "2027-04-30",
    "AWS Health <health@aws.com>", aws(A_SET),
    "AWS Lambda: Node.js 22 ランタイムのサポート終了について",
    f"""\
お客様

AWS アカウント {A_SET} には、Node.js 22 ランタイムを使用している Lambda 関数があります。

Node.js 22 はコミュニティによるサポートが 2027年4月に終了するため、AWS Lambda でも 2027年4月30日をもって Node.js 22 ランタイムのサポートを終了いたします。

■今後の予定
・2027年4月30日：サポート終了（セキュリティパッチの提供終了）
・2027年6月1日：Node.js 22 を使用する関数の新規作成ができなくなります
・2027年7月1日：既存関数の更新ができなくなります
※既存関数の呼び出しは引き続き可能です

■対象の関数（ap-northeast-1）
　seto-thumbnail-resizer
　seto-rss-builder

サポート終了日までに、Node.js 24 ランタイムへの移行をご検討ください。
対象関数の一覧は AWS Health Dashboard の「影響を受けるリソース」からもご確認いただけます。

今後ともよろしくお願いいたします。
アマゾン ウェブ サービス

{AWS_FOOTER_JA}
""", enc="base64")

add("2026-12-16 13:25 +0900", "action-required", "2026-12-31",
    "Amazon Route 53 <noreply@registrar.amazon.com>", aws(A_HLM),
    "【お願い】ドメイン登録者メールアドレスのご確認",
    """\
お客様

Amazon Route 53 でご登録いただいているドメインの登録者連絡先が変更されました。

　ドメイン名：harborlane-tokyo.com
　新しい登録者メールアドレス：domains@harborlane-ms.example

ICANN（ドメイン名の管理団体）の規則により、登録者のメールアドレスが有効であることを確認する必要があります。
本メールの送信日から15日以内に、下記のリンクをクリックしてメールアドレスをご確認ください。

https://registrar.amazon.com/verify?token=2f8c91b04e7a4d63a5c0e9b1d2f3a4b5

期限までにご確認いただけない場合、ICANN の規則に基づきドメインが一時停止され、
このドメインを使用しているウェブサイトやメールがご利用いただけなくなります。

このメールにお心当たりがない場合は、AWS サポートまでご連絡ください。

Amazon Route 53
""")

add("2026-12-16 19:00 +0000", "action-required", "2027-01-22",
    "Google Cloud <CloudPlatform-noreply@google.com>", "gcp-admin@harborlane-ms.example",
    "[Action Required] GKE clusters on version 1.33 reach end of support on January 22, 2027",
    """\
Hello Google Cloud customer,

We're writing to let you know that GKE version 1.33 reaches end of support on January 22, 2027, and you have clusters running it.

  Project hl-analytics-prod:  cluster analytics-main  (us-central1, Standard, 1.33.5-gke.1180000)
  Project hl-web-prod:        cluster web-asia        (asia-northeast1, Autopilot, 1.33.5-gke.1180000)

What you need to do
Upgrade the control plane and node pools of these clusters to version 1.34 or later before January 22, 2027. Review the deprecation insights in the console for APIs that your workloads still call.

What happens if you do nothing
After the end of support date, GKE upgrades clusters automatically to a supported version, even if a maintenance exclusion is configured. Workloads that use removed APIs may fail after the upgrade.

Learn more: https://cloud.google.com/kubernetes-engine/docs/release-schedule

Thanks for choosing Google Kubernetes Engine.
The Google Cloud Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this mandatory service announcement to update you about important changes to Google Kubernetes Engine.
""")

add("2026-12-17 02:15 +0000", "action-required", "2027-02-01",
    "Google Cloud <CloudPlatform-noreply@google.com>", "gcp-admin@harborlane-ms.example",
    "Your Google Cloud account",
    """\
Hello,

You are receiving this message as an Organization Administrator of harborlane-ms.example (organization ID 884120937715).

Starting February 1, 2027, Google Cloud will send notifications in the Security, Technical and Legal categories only to the Essential Contacts you have configured. We will no longer fall back to sending them to project owners and organization administrators.

Your organization has no Essential Contacts for the Security and Technical categories. If you do not add them, your team may miss notices about security incidents, service changes and required actions.

Please add Essential Contacts for the Security and Technical categories before February 1, 2027:
1. In the Google Cloud console, open IAM & Admin > Essential Contacts.
2. Select the organization harborlane-ms.example.
3. Add a group address for each category, for example a shared mailbox monitored by your operations team.

Documentation: https://cloud.google.com/resource-manager/docs/managing-notification-contacts

The Google Cloud Team
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""")

add("2026-12-17 16:00 +0000", "action-required", "2028-09-30",
    "Microsoft Azure <azure-noreply@microsoft.com>", "azure-ops@harborlane-ms.example",
    "Migrate your Linux Consumption function apps to Flex Consumption by 30 September 2028",
    """\
Microsoft Azure

You're receiving this email because you use Azure Functions on the Linux Consumption plan.

On 30 September 2028, the Linux Consumption hosting plan for Azure Functions will be retired. After that date, function apps on this plan will stop running, and you will no longer be able to deploy to them. The Flex Consumption plan, which is generally available, replaces it and adds virtual network integration, faster scaling and always-ready instances.

Function apps in your subscriptions on Linux Consumption:
  hl-func-webhooks (subscription HL-Production, Japan East)
  hl-func-report-export (subscription HL-Production, Japan East)
  aoba-func-ingest (subscription Aoba-Health, Japan West)

Required action
To avoid disruption, migrate these function apps to the Flex Consumption plan by 30 September 2028. Use the az functionapp flex-migration command to check compatibility and create the new apps.

Migration guidance: https://learn.microsoft.com/azure/azure-functions/migration/migrate-plan-consumption-to-flex

Help and support: if you have questions, create a support request in the Azure portal.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
""", fmt="html")

add("2026-12-18 07:30 +0000", "action-required", "2026-12-27",
    "Microsoft Azure <azure-noreply@microsoft.com>", "azure-ops@harborlane-ms.example",
    "Your Azure subscription",
    """\
Microsoft Azure

Hello,

The free account subscription "HL Sandbox" (ID 9c2e71f0-4b8d-4a63-9e15-3d7f8a0c2b64) reaches the end of its 30-day period on 27 December 2026. You have used USD 164 of your USD 200 credit.

To keep your resources, upgrade the subscription to pay-as-you-go before 27 December 2026. Upgrading keeps the remaining free services for the rest of the 12 months; you pay only for usage beyond them.

If you don't upgrade:
- on 27 December 2026 the subscription will be disabled, and virtual machines and other resources will stop;
- 90 days later, the subscription and all its data will be deleted and cannot be recovered.

Resources currently running in this subscription: 2 virtual machines, 1 storage account, 1 Azure SQL database.

Upgrade now: https://portal.azure.com/#blade/Microsoft_Azure_Billing/FreeTrialUpgradeBlade

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""", fmt="alt")

add("2026-12-18 14:00 +0000", "action-required", "2027-01-29",
    "DigitalOcean <support@digitalocean.com>", "noc@harborlane-ms.example",
    "Your DigitalOcean account",
    """\
Hi there,

PostgreSQL 13 has reached end of life in the upstream community, and DigitalOcean Managed Databases will end support for it on January 29, 2027.

Your team "Harbor Lane MSP" has the following clusters on PostgreSQL 13:

  db-postgresql-sgp1-17742   (SGP1, 2 nodes)
  db-postgresql-nyc3-40915   (NYC3, 1 node)

Please upgrade these clusters to PostgreSQL 17 before January 29, 2027. You can start an in-place upgrade from the Settings tab of each cluster in the control panel; we suggest testing it first on a fork of the cluster.

From February 15, 2027, clusters still on PostgreSQL 13 will be upgraded automatically to PostgreSQL 17 during their maintenance window. Applications that rely on behaviour removed in newer versions may then fail.

Upgrade guide: https://docs.digitalocean.com/products/databases/postgresql/how-to/upgrade-version/

Happy coding,
The DigitalOcean Team

DigitalOcean, LLC, 105 Edgeview Drive, Suite 425, Broomfield, CO 80021
""")

add("2026-12-21 17:30 +0000", "action-required", "2027-04-30",
    "Heroku <noreply@heroku.com>", "heroku-admin@harborlane-ms.example",
    "Reminder: the Heroku-22 stack reaches end-of-life on April 30, 2027",
    """\
Hello,

This is a reminder that the Heroku-22 stack, based on Ubuntu 22.04, reaches end-of-life on April 30, 2027.

Apps in your team "harborlane" still on Heroku-22:
  hl-status-page
  hl-webhook-relay
  kitahara-coupon-api

After April 30, 2027, the stack no longer receives security updates, and builds of apps on Heroku-22 will fail. Running dynos are not stopped, but they are no longer covered by Heroku support.

Please upgrade these apps to the Heroku-24 stack before April 30, 2027:
  heroku stack:set heroku-24 -a <app name>
then deploy a new release. We recommend trying the upgrade on a review app or staging app first.

Stack upgrade guide: https://devcenter.heroku.com/articles/upgrading-to-the-latest-stack

Thanks,
The Heroku Team
Salesforce, Inc., 415 Mission Street, San Francisco, CA 94105
""")

add("2026-12-22 09:00 +0000", "action-required", "2027-01-31",
    "Cloudflare <noreply@notify.cloudflare.com>", "cloudflare-admin@harborlane-ms.example",
    "Action needed: update your Authenticated Origin Pulls certificate",
    """\
Hello,

You are receiving this message because zones in your Cloudflare account use zone-level Authenticated Origin Pulls with the Cloudflare-provided certificate.

Affected zones:
  kitahara-retail.example
  seto-media.example

The Cloudflare certificate that is presented to your origin servers for Authenticated Origin Pulls expires on January 31, 2027. We have published its replacement, which is signed by the same certificate authority.

What you need to do
Before January 31, 2027, make sure that your origin servers trust the CA that signed the new certificate. If your origin validates only the exact old certificate (certificate pinning), update the configuration to the new certificate or, better, to the CA.

If your origin rejects the new certificate after the change, visitors will see 5xx errors for these zones.

Alternatively, upload your own certificate for per-hostname Authenticated Origin Pulls, which gives you full control of its lifetime.

Documentation: https://developers.cloudflare.com/ssl/origin-configuration/authenticated-origin-pull/

The Cloudflare Team
Cloudflare, Inc., 101 Townsend Street, San Francisco, CA 94107
""", fmt="alt")

add("2026-12-23 12:00 +0000", "action-required", "2027-02-06",
    "GitHub <noreply@github.com>", "github-admin@harborlane-ms.example",
    "[GitHub] Two-factor authentication will be required for your account",
    """\
Hi hl-release-bot,

Because your account contributes code to repositories that many people depend on, GitHub now requires it to use two-factor authentication (2FA).

You have 45 days from today to enable 2FA. During that time you can keep using GitHub as usual, and we will remind you from time to time.

When the 45 days have passed, you will have to set up 2FA before you can do anything else on github.com. Git operations with existing SSH keys or tokens keep working, but signing in to the website will be blocked until 2FA is configured.

To enable 2FA now, go to Settings > Password and authentication > Two-factor authentication. We recommend a passkey or a security key, with an authenticator app as a backup.

Enable two-factor authentication: https://github.com/settings/security

Thanks,
The GitHub Team

GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107
""")

add("2026-12-24 01:00 +0000", "action-required", "2027-08-31",
    "MongoDB Atlas <mongodb-atlas@mongodb.com>", "data-platform@harborlane-ms.example",
    "Action required: upgrade Atlas clusters running MongoDB 7.0",
    """\
Hello,

MongoDB 7.0 reaches end of life on August 31, 2027. The following clusters in your organization "Harbor Lane Managed Services" still run it:

  Project Retail-Prod:   orders-prod, orders-analytics
  Project Internal-Ops:  hl-runbooks

Please upgrade these clusters to MongoDB 8.0 before August 31, 2027. Upgrades are rolling and do not require downtime for replica sets, but drivers older than the minimum versions for 8.0 must be updated first.

If a cluster is still on 7.0 after the end of life date, Atlas will upgrade it automatically to 8.0 in its maintenance window, starting in September 2027. You will receive a separate notice a week before the automatic upgrade.

Before upgrading, review the compatibility changes in the MongoDB 8.0 release notes, and consider testing on a restored copy of your data.

Upgrade a cluster: https://www.mongodb.com/docs/atlas/tutorial/major-version-change/

Thank you,
The MongoDB Atlas Team

MongoDB, Inc., 1633 Broadway, 38th Floor, New York, NY 10019
""")

add("2026-12-25 10:00 +0900", "action-required", "2027-02-01",
    "Oracle Cloud Infrastructure <oraclecloud-notices_jp@oracle.com>", "oci-admin@harborlane-ms.example",
    "【重要】Oracle Cloud Infrastructure: アイデンティティ・ドメイン管理者に対する多要素認証の必須化（2027年2月1日）",
    """\
お客様各位

平素は Oracle Cloud Infrastructure（OCI）をご利用いただき、誠にありがとうございます。

OCI では、アカウントの安全性をさらに高めるため、2027年2月1日より、アイデンティティ・ドメインの管理者ロールを持つすべてのユーザーに対して、コンソールへのサインイン時の多要素認証（MFA）を必須といたします。

■対象テナンシ
　テナンシ名：harborlane-prod（ホーム・リージョン：日本東部（東京））
　MFA 未登録の管理者ユーザー：3名

■お客様にお願いしたいこと
2027年2月1日までに、対象の管理者ユーザーで Oracle Mobile Authenticator、FIDO2 セキュリティキー等の MFA 要素を登録してください。

■期日を過ぎた場合
MFA を登録していない管理者ユーザーは、次回サインイン時に MFA の登録を完了するまでコンソールを利用できなくなります。API キーによるアクセスには影響ありません。

設定手順：https://docs.oracle.com/ja-jp/iaas/Content/Identity/mfa/understand-multi-factor-authentication.htm

今後とも Oracle Cloud Infrastructure をよろしくお願い申し上げます。

日本オラクル株式会社
Oracle Cloud Infrastructure サポート
""")

add("2026-12-28 14:00 +0900", "action-required", "2027-03-01",
    "富士通 クラウドサービス運用窓口 <cloud-info@fujitsu.com>", "infra@harborlane-ms.example",
    "お知らせ",
    """\
ハーバーレーン・マネージドサービス株式会社
ご担当者様

平素は富士通のクラウドサービスをご利用いただき、誠にありがとうございます。

当社では、セキュリティ強化のため、API エンドポイントおよびコントロールパネルへの接続において、
TLS 1.0 / TLS 1.1 による通信の受け付けを終了いたします。

■実施日
　2027年3月1日（月）

■影響
　実施日以降、TLS 1.2 以上に対応していないクライアント（古い SDK、OS 標準ライブラリ等）からは
　API およびコントロールパネルに接続できなくなります。

■お客様へのお願い
　貴社の契約（契約番号：FJC-0084216）では、直近30日間に TLS 1.1 による API 接続が約1,200件確認されております。
　実施日までに、ご利用のツール・SDK を TLS 1.2 以上に対応したバージョンへ更新してください。

詳細は以下のページをご確認ください。
https://cloud.fujitsu.com/notice/2026/tls-deprecation/

ご不明な点がございましたら、運用窓口までお問い合わせください。

富士通株式会社　クラウドサービス運用窓口
""", enc="quoted-printable")

# ---------------------------------------------------------------------------
# security-advisory (8)
# ---------------------------------------------------------------------------

add("2026-12-02 23:00 +0000", "security-advisory", "none",
    "Amazon Web Services <no-reply-aws@amazon.com>", aws(A_KIT),
    "Security notification: OpenSSH vulnerability CVE-2026-31022 and Amazon Linux",
    f"""\
Hello,

AWS is aware of CVE-2026-31022, a vulnerability in OpenSSH server versions before 9.9p3. Under certain configurations it may allow a remote attacker to cause the sshd process to crash before authentication; remote code execution has not been demonstrated.

Updated packages are available:
- Amazon Linux 2023: ALAS2023-2026-1187 (openssh 9.9p3-1.amzn2023)
- Amazon Linux 2: ALAS2-2026-2790 (openssh 7.4p1-22.amzn2.0.12)

AWS services that we operate on your behalf have already been updated. We have no indication that this issue has been exploited against AWS infrastructure.

We are sending this notice because your account has EC2 instances that run Amazon Linux. If you operate such instances, we recommend that you apply the update with "sudo dnf update openssh" (AL2023) or "sudo yum update openssh" (AL2) and restart sshd. Instances that do not accept SSH from the internet are at lower risk.

Security bulletins: https://aws.amazon.com/security/security-bulletins/

Sincerely,
Amazon Web Services

{AWS_FOOTER}
""")

add("2026-12-08 02:30 +0000", "security-advisory", "none",
    "Google Cloud <CloudPlatform-noreply@google.com>", "gcp-admin@harborlane-ms.example",
    "Google Cloud security bulletin GCP-2026-071 (GKE)",
    """\
Hello Google Cloud customer,

A new security bulletin has been published for Google Kubernetes Engine.

Bulletin:   GCP-2026-071
Published:  2026-12-07
Severity:   High
CVE:        CVE-2026-40113 (containerd)

Description
A flaw in containerd could allow a container with the CAP_SYS_ADMIN capability to write to files on the host node. An attacker would first need to run a privileged or specially configured workload on the cluster.

What should I do?
GKE Autopilot clusters are upgraded automatically and need no action. For Standard clusters, the patched node versions are listed in the bulletin. Node pools with auto-upgrade enabled will be upgraded over the coming weeks; you can upgrade them earlier if you run untrusted workloads. Clusters that do not allow privileged containers are not exposed.

Read the bulletin: https://cloud.google.com/kubernetes-engine/security-bulletins#gcp-2026-071

The Google Cloud Team
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""")

add("2026-12-09 18:00 +0000", "security-advisory", "none",
    "Microsoft Security Response Center <msrc-noreply@microsoft.com>", "azure-ops@harborlane-ms.example",
    "Azure security notification: vulnerability in the API Management developer portal has been fixed",
    """\
Microsoft Azure

Dear customer,

The Microsoft Security Response Center (MSRC) was told by an external researcher about a cross-site scripting vulnerability in the self-hosted and managed developer portal of Azure API Management. An attacker with publisher access to an API description could have inserted script that ran in the browsers of portal visitors.

Microsoft deployed a fix to the managed developer portal in all regions on 4 December 2026. Our investigation found no evidence that the vulnerability was exploited.

We are informing you because your subscriptions contain API Management instances:
  apim-hl-public (HL-Production, Japan East)

No customer action is required for the managed developer portal. If you host the developer portal yourself, update it to the latest release from the open-source repository.

More details will be published in the Security Update Guide: https://msrc.microsoft.com/update-guide

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

add("2026-12-11 21:00 +0000", "security-advisory", "none",
    "Fastly Security <security-notices@fastly.com>", "cdn-admin@harborlane-ms.example",
    "Notice",
    """\
Dear Fastly customer,

Fastly has been tracking CVE-2026-38820, a newly disclosed weakness in how some HTTP/2 servers handle streams that are reset during header processing. It can be used to exhaust server resources with relatively little traffic.

Fastly's edge network was not affected by this issue, and we have added further protections to detect and limit abusive patterns of this kind on our platform.

Your origins may still be affected if they speak HTTP/2 and can be reached directly from the internet, without going through Fastly. We recommend that you:
- check the advisories of your web server or load balancer vendor and apply their updates;
- restrict origin access to Fastly's address ranges or use mutual TLS between Fastly and your origin.

We will update our advisory page if anything changes:
https://www.fastly.com/security-advisories/

Fastly Security Team
Fastly, Inc., 475 Brannan Street, Suite 300, San Francisco, CA 94107
""")

add("2026-12-14 18:00 +0900", "security-advisory", "none",
    "NTTコミュニケーションズ カスタマーサポート <sdpf-support@ntt.com>", "infra@harborlane-ms.example",
    "【ご案内】OpenSSL の脆弱性（CVE-2026-40551）に関する当社サービスへの影響について",
    """\
お客様各位

平素より当社サービスをご利用いただき、誠にありがとうございます。

2026年12月9日に公開された OpenSSL の脆弱性（CVE-2026-40551）について、当社サービスへの影響調査の結果をご案内いたします。

■脆弱性の概要
　特定の形式の証明書を処理する際にメモリの範囲外読み込みが発生し、サービス運用妨害（DoS）につながるおそれがあるものです。

■当社サービスへの影響
　・当社が提供するマネージドサービス（ロードバランサー、API ゲートウェイ等）：12月12日までに対策済みです。
　・コントロールパネル：影響はございません。

■お客様にてご確認いただきたい事項
　お客様がサーバ上で独自にインストールされている OpenSSL については、当社の対策の対象外となります。
　各 OS ベンダーの公開情報をご参照のうえ、必要に応じて対応をご検討ください。

詳細：https://sdpf.ntt.com/news/2026/openssl-cve-2026-40551/

今後とも当社サービスをよろしくお願い申し上げます。

NTTコミュニケーションズ株式会社
""", enc="base64")

add("2026-12-16 11:00 +0900", "security-advisory", "none",
    "さくらインターネット <info@sakura.ad.jp>", "infra@harborlane-ms.example",
    "【重要】Apache HTTP Server の脆弱性（CVE-2026-39877）について",
    """\
お客様各位

平素はさくらインターネットをご利用いただき、誠にありがとうございます。

Apache HTTP Server 2.4.65 以前のバージョンにおいて、mod_proxy の処理に起因する脆弱性（CVE-2026-39877）が公表されました。
細工されたリクエストにより、リクエストスマグリングが可能となるおそれがあります。

■当社サービスの対応状況
　さくらのレンタルサーバ：12月15日に対策済みのバージョンへ更新いたしました。
　さくらのマネージドサーバ：12月17日に更新作業を予定しております（再起動は発生いたしません）。

■さくらのVPS・さくらのクラウドをご利用のお客様
　お客様ご自身でインストールされた Apache HTTP Server は、当社では更新いたしません。
　該当するバージョンをご利用の場合は、2.4.66 以降へのアップデートを推奨いたします。

詳細は以下のページをご確認ください。
https://www.sakura.ad.jp/information/announcements/2026/12/16/apache-cve-2026-39877/

今後ともさくらインターネットをよろしくお願い申し上げます。

さくらインターネット株式会社
""")

add("2026-12-17 19:00 +0000", "security-advisory", "none",
    "GitHub <noreply@github.com>", "github-admin@harborlane-ms.example",
    "[GitHub] Security update: new Git releases fix a submodule vulnerability",
    """\
Hi there,

The Git project has released Git 2.52.1, together with updates to the older maintained versions, to fix CVE-2026-36214. When a malicious repository is cloned with --recurse-submodules, a crafted submodule path could cause Git to write files outside the working tree and run them as hooks.

GitHub.com is not affected, and we have added checks that reject pushes containing this pattern. Patches for GitHub Enterprise Server are available in versions 3.17.9, 3.18.5 and 3.19.2. GitHub Desktop and Codespaces images have been updated.

We recommend that you update Git on developer machines and CI runners, and avoid cloning untrusted repositories recursively until you have done so.

Read the advisory: https://github.blog/open-source/git/git-security-vulnerabilities-announced-2026-12/

Thanks,
The GitHub Team

GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107
""")

add("2026-12-21 06:00 +0000", "security-advisory", "none",
    "AWS Health <health@aws.com>", aws(A_KIT),
    f"AWS Notification [AWS Account: {A_KIT}] [Multiple regions]",
    """\
Hello,

This is a security notification about CVE-2026-44719, an issue in the runc container runtime that could allow a malicious container image to gain access to the host file system during container start.

AWS-managed infrastructure has been updated:
- Amazon ECS and Amazon EKS on AWS Fargate: patched; no action is needed.
- Amazon ECS-optimized and EKS-optimized AMIs released on or after December 19, 2026 include runc 1.3.5.

If you run self-managed container hosts, EKS managed node groups with custom AMIs, or ECS container instances launched from older AMIs, we recommend updating runc or replacing the instances with the latest AMIs. Running only images from trusted sources reduces the risk.

We are not aware of this issue being exploited in AWS environments.

Security bulletin: https://aws.amazon.com/security/security-bulletins/AWS-2026-031/

Sincerely,
Amazon Web Services
""")

# ---------------------------------------------------------------------------
# maintenance (12)
# ---------------------------------------------------------------------------

add("2026-12-01 07:00 +0000", "maintenance", "2026-12-15",
    "AWS Health <health@aws.com>", aws(A_SET),
    f"[Retirement Notification] Amazon EC2 Instance scheduled for retirement [AWS Account: {A_SET}] [ap-northeast-1]",
    """\
Hello,

EC2 has detected degradation of the underlying hardware hosting your Amazon EC2 instance in the ap-northeast-1 region. Because of this, your instance cannot be migrated live and is scheduled for retirement.

  Instance ID:  i-0f2a6c8e4b1d3a597 (seto-encoder-02)
  Type:         c5.4xlarge, EBS-backed
  Retirement:   after 2026-12-15 00:00 UTC

On the retirement date the instance will be stopped. You can start it again afterwards; it will then run on healthy hardware.

To avoid an unplanned stop, you can stop and start the instance yourself at a time that suits you before the retirement date. A reboot is not enough, because it keeps the instance on the same host. Data on instance store volumes, if any, is lost when the instance stops.

You can see this event in the EC2 console under Events and in the AWS Health Dashboard.

Sincerely,
Amazon Web Services
""")

add("2026-12-03 12:30 +0000", "maintenance", "2026-12-12",
    "AWS Health <health@aws.com>", aws(A_MIN),
    f"Amazon EC2 Maintenance - scheduled instance reboot [AWS Account: {A_MIN}] [eu-west-1]",
    """\
Hello,

One or more of your Amazon EC2 instances in the eu-west-1 region are scheduled for a reboot so that we can apply maintenance to the underlying host.

  i-07a1c3e5f9b2d4680  minato-edi-gw-1
  i-0c4e6a8b0d2f1e357  minato-edi-gw-2

Maintenance window: 2026-12-12 01:00 UTC to 2026-12-12 03:00 UTC

During the window each instance will be rebooted once; the reboot usually takes a few minutes. Your data on EBS and instance store volumes is kept.

If this time does not suit you, you can reboot the instances yourself earlier, which completes the maintenance, or reschedule the event within the limits shown in the EC2 console under Events.

Sincerely,
Amazon Web Services
""")

add("2026-12-04 19:00 +0000", "maintenance", "2027-01-06",
    "AWS Health <health@aws.com>", aws(A_KIT),
    "Amazon RDS: upcoming operating system maintenance for your DB instances",
    """\
Hello,

Amazon RDS will apply an operating system update to the DB instances below. The update includes security fixes and improvements to the underlying host software.

  kitahara-orders-db      (Multi-AZ)
  kitahara-reporting-db   (Single-AZ)

The update will be applied during the weekly maintenance window of each DB instance, starting on January 6, 2027.

No action is required on your part. For Multi-AZ DB instances, RDS updates the standby first and then fails over, so the downtime is typically under a minute. Single-AZ DB instances are unavailable for a few minutes while the update is applied.

If you would like to control the timing, you can apply the update earlier from the RDS console (Actions > Upgrade now) or change the maintenance window.

Sincerely,
Amazon Web Services
""")

add("2026-12-06 10:00 +0000", "maintenance", "2026-12-16",
    "AWS Health <health@aws.com>", aws(A_AOB),
    f"AWS Direct Connect Planned Maintenance Notification [AWS Account: {A_AOB}] [ap-northeast-1]",
    """\
Hello,

We will carry out planned maintenance on AWS Direct Connect equipment that serves one of your connections.

  Connection:  dxcon-fg7k2m9q (aoba-tokyo-primary, 10 Gbps)
  Location:    Equinix TY2, Tokyo
  Start:       2026-12-16 15:00 UTC
  End:         2026-12-16 21:00 UTC

During this window the connection may be unavailable for up to 90 minutes in total. BGP sessions on this connection will go down while the work is carried out.

If you have a redundant connection at another location or a VPN backup, traffic will fail over automatically and you do not need to do anything. We recommend that you confirm the backup path is working before the maintenance starts.

Sincerely,
Amazon Web Services
""")

add("2026-12-08 03:55 +0000", "maintenance", "none",
    "AWS Health <health@aws.com>", aws(A_KIT),
    f"AWS Notification [AWS Account: {A_KIT}] [us-east-1]",
    """\
Hello,

[RESOLVED] Increased invocation errors for AWS Lambda

Between 01:12 and 03:31 UTC on December 8, 2026, some AWS Lambda functions in the US East (N. Virginia) region had increased invocation errors and throttling. The problem was caused by a capacity issue in one Availability Zone of the internal service that places function execution environments.

The issue has been resolved and the service is operating normally. Asynchronous invocations that failed during the event were retried automatically.

Functions in your account that may have been affected:
  kitahara-order-webhook
  kitahara-stock-sync

You can find more details in the AWS Health Dashboard.

Sincerely,
Amazon Web Services
""")

add("2026-12-13 04:00 +0000", "maintenance", "none",
    "AWS Health <health@aws.com>", aws(A_SET),
    "Update on your Amazon ElastiCache nodes",
    f"""\
Hello,

The service update for Amazon ElastiCache that we announced on November 25, 2026 has been completed on the following clusters in AWS account {A_SET}:

  seto-session-cache    (Valkey 8.0, ap-northeast-1)
  seto-feed-cache       (Valkey 8.0, ap-northeast-1)

The update applied engine patch 8.0.4 and host security fixes. Each node was replaced one at a time, and failover was completed within a few seconds per shard.

No further action is needed. If you see any change in the behaviour of your application since the update, please contact AWS Support.

Sincerely,
Amazon Web Services
""")

add("2026-12-09 13:00 +0100", "maintenance", "2026-12-17",
    "Hetzner Online <maintenance@hetzner.com>", "noc@harborlane-ms.example",
    "Maintenance: power distribution work in data center FSN1-DC14",
    """\
Dear Client,

We will be carrying out work on the power distribution of data center
park Falkenstein, FSN1-DC14.

From 06:00 until 10:00 CET on 2026-12-17 the servers listed below may
lose power for up to 30 minutes. They will be switched back on
automatically when the work is finished.

Affected servers:
  #1983420  EX44   88.99.143.20
  #1983421  EX44   88.99.143.21

There is nothing you need to do. We do, however, recommend that you make
sure your backups are up to date and that services start automatically
after a reboot.

We apologize for any inconvenience.

Kind regards

Hetzner Online GmbH
https://status.hetzner.com/
""")

add("2026-12-10 16:00 +0100", "maintenance", "2026-12-15",
    "OVHcloud <noreply@ovhcloud.com>", "noc@harborlane-ms.example",
    "[OVHcloud] Intervention planned on your server ns3092211.ip-145-239-18.eu",
    """\
Hello,

Our monitoring has detected that one of the power supply units of your server
ns3092211.ip-145-239-18.eu is showing errors. To prevent an outage, a technician
will replace it.

  Server:       ns3092211.ip-145-239-18.eu (Advance-2, SBG3)
  Intervention: 2026-12-15, between 09:00 and 11:00 (Paris time)
  Expected downtime: about 20 minutes

The server will be shut down cleanly before the replacement and restarted
afterwards. No data will be affected.

You do not need to do anything. If you have questions, please open a ticket
from your Control Panel.

Kind regards,
OVHcloud Datacenter Operations
""")

add("2026-12-11 17:00 +0900", "maintenance", "2027-01-13",
    "さくらのクラウド サポート <cloud-support@sakura.ad.jp>", "infra@harborlane-ms.example",
    "【メンテナンス】さくらのクラウド 石狩第2ゾーン ネットワーク機器メンテナンスのお知らせ（2027年1月13日）",
    """\
お客様各位

平素はさくらのクラウドをご利用いただき、誠にありがとうございます。

品質向上のため、石狩第2ゾーンのネットワーク機器において、下記のとおりメンテナンスを実施いたします。

■作業日時
　2027年1月13日（水）02:00 〜 06:00

■対象
　石狩第2ゾーンに設置されたサーバ、スイッチ、ルータ＋スイッチ

■影響
　作業時間中、数十秒程度の通信断が数回発生する可能性がございます。
　サーバの停止・再起動は発生いたしません。

お客様による作業は不要です。
お客様にはご不便をおかけいたしますが、何卒ご理解を賜りますようお願い申し上げます。

メンテナンス情報：https://cloud.sakura.ad.jp/news/maintenance/2027/01/13/is1b-network/

さくらインターネット株式会社
""", enc="base64")

add("2026-12-15 15:30 +0900", "maintenance", "2026-12-22",
    "NTTコミュニケーションズ 工事情報 <fic-maintenance@ntt.com>", "noc@harborlane-ms.example",
    "お知らせ",
    """\
お客様各位

平素より Flexible InterConnect をご利用いただき、誠にありがとうございます。

下記の日程で、東京第3エリアの設備工事を実施いたしますのでお知らせいたします。

■工事日時
　2026年12月22日（火）01:00 〜 05:00

■対象
　Flexible InterConnect 東京第3エリア
　対象ポート：F012000184221（ハーバーレーン・マネージドサービス株式会社 様）

■影響
　作業中、最大10分程度の通信断が2回発生する見込みです。
　冗長構成でご利用の場合、通信は予備系に切り替わります。

作業は予定時間内に完了する見込みですが、状況により延長する場合がございます。
ご不便をおかけいたしますが、ご理解とご協力を賜りますようお願い申し上げます。

NTTコミュニケーションズ株式会社
Flexible InterConnect 運用センター
""", enc="quoted-printable")

add("2026-12-14 20:00 +0000", "maintenance", "2026-12-22",
    "Akamai Cloud (Linode) <support@linode.com>", "noc@harborlane-ms.example",
    "Scheduled migration for your Linode hl-web-03",
    """\
Hello,

To carry out maintenance on the host that your Linode runs on, we need to move it
to another host in the same data center.

  Linode:  hl-web-03 (Dedicated 8 GB, Tokyo 3, jp-tyo-3)
  Window:  starts 2026-12-22 02:00 UTC

During the migration your Linode will be shut down, moved and booted again. This
usually takes 15 to 60 minutes, depending on disk size. IP addresses and
configuration stay the same.

If you would rather choose the time yourself, you can start the migration at any
point before the window from the Linode's page in Cloud Manager.

You can follow the status of this maintenance in Cloud Manager and on our status
page: https://status.linode.com/

Thank you,
Akamai Cloud Support
""")

add("2026-12-17 09:00 +0100", "maintenance", "2027-01-05",
    "Scaleway <noreply@scaleway.com>", "noc@harborlane-ms.example",
    "Information regarding your Instances",
    """\
Hello,

We will apply security updates to the hypervisors of the fr-par-2 Availability Zone.
To finish the update, the Instances running on them must be rebooted.

  Organization: Harbor Lane Managed Services
  Instances:    hl-vpn-par (PRO2-S), hl-build-par (POP2-4C-16G)
  Window:       2027-01-05 20:00 CET to 2027-01-06 02:00 CET

Each Instance will be unavailable for about 5 minutes during the window.
No action is required on your side.

If you prefer, you can reboot the Instances yourself from the console before
the window starts; they will then start on an updated hypervisor and will not
be rebooted again.

Best regards,
The Scaleway Team
Scaleway SAS, 8 rue de la Ville l'Eveque, 75008 Paris, France
""")

# ---------------------------------------------------------------------------
# pricing (8)
# ---------------------------------------------------------------------------

add("2026-12-02 17:00 +0000", "pricing", "2027-02-01",
    "Amazon Web Services <no-reply-aws@amazon.com>", aws(A_MIN),
    "Upcoming change to Amazon S3 request pricing in Asia Pacific (Osaka), effective February 1, 2027",
    f"""\
Hello,

We are writing to tell you about a change to Amazon S3 prices in the Asia Pacific (Osaka) region. Your AWS account {A_MIN} used Amazon S3 in this region in the last three months.

Effective February 1, 2027, request prices for S3 Standard will change as follows:

  PUT, COPY, POST, LIST requests (per 1,000):   USD 0.0047  ->  USD 0.0050
  GET, SELECT and all other requests (per 1,000): USD 0.00037 ->  USD 0.00040

Storage prices, data transfer prices and prices for other storage classes do not change.

Based on your usage in November 2026, we estimate that this change would have increased your monthly S3 charges in this region by less than USD 15.

You do not need to do anything. You can review your S3 request usage in AWS Cost Explorer by filtering on the usage type APN3-Requests-Tier1.

Amazon S3 pricing: https://aws.amazon.com/s3/pricing/

Sincerely,
Amazon Web Services

{AWS_FOOTER}
""")

add("2026-12-05 09:00 +0000", "pricing", "2027-03-01",
    "Amazon Web Services <no-reply-aws@amazon.com>", aws(A_HLM),
    "Important information about your AWS account",
    f"""\
Hello,

AWS account {A_HLM} was created under the legacy AWS Free Tier program, which gives 12 months of free usage for a set of services.

We are changing how this program applies to accounts that belong to an AWS Organization. Starting March 1, 2027, member accounts of an organization will no longer receive the 12-month free usage allowances, including 750 hours per month of t3.micro instances, 750 hours per month of db.t4g.micro for Amazon RDS and 5 GB of S3 Standard storage. Usage that was previously free will be charged at standard On-Demand rates.

Your account is a member of the organization o-7hq2kx91ab. In November 2026, it used about 720 instance hours of t3.micro and 700 hours of db.t4g.micro under the free allowance, which would have cost about USD 24 at On-Demand rates.

Always-free offers, such as the monthly AWS Lambda request allowance, are not affected.

You can review your free tier usage on the Free Tier page of the Billing and Cost Management console.

Sincerely,
Amazon Web Services

{AWS_FOOTER}
""")

add("2026-12-07 16:00 +0000", "pricing", "2027-04-01",
    "Google Cloud <CloudPlatform-noreply@google.com>", "gcp-admin@harborlane-ms.example",
    "Action recommended: review upcoming Cloud Storage pricing changes effective April 1, 2027",
    """\
Hello Google Cloud customer,

We're writing to let you know about changes to Cloud Storage pricing that take effect on April 1, 2027.

What's changing
- Data transfer between Google Cloud regions on the same continent for Cloud Storage replication will be charged at USD 0.02 per GB (currently included in replication pricing).
- Class A operations on Nearline and Coldline storage will increase by 10%.
- Prices for Standard storage at rest do not change.

How this affects you
Your billing account 01A2B3-C4D5E6-F7G8H9 has dual-region buckets in the projects hl-analytics-prod and hl-backup-vault that would be affected. Based on your usage over the last 30 days, we estimate an increase of about 6% in your Cloud Storage charges.

What you can do
No action is required. We recommend that you review your replication settings and budgets before the change, and use the pricing calculator to estimate future costs.

Cloud Storage pricing: https://cloud.google.com/storage/pricing

The Google Cloud Team
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""")

add("2026-12-10 02:00 +0000", "pricing", "2027-02-01",
    "Microsoft Azure <azure-noreply@microsoft.com>", "azure-ops@harborlane-ms.example",
    "Important update for your Azure account",
    """\
Microsoft Azure

Dear customer,

Microsoft regularly reviews the local-currency prices of Azure to keep them consistent across regions.

Effective 1 February 2027, prices in Japanese yen (JPY) for Azure services purchased through the Microsoft Customer Agreement and pay-as-you-go subscriptions will increase by 9%. Prices in US dollars do not change.

This applies to the billing account "Harbor Lane Managed Services" (billing currency JPY).

What this means for you:
- Consumption from 1 February 2027 will be charged at the new prices.
- Reservations and savings plans purchased before that date keep their price for their current term.
- Marketplace offers from third-party publishers are not affected.

You can review your current costs and set budgets in Cost Management in the Azure portal.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

add("2026-12-12 18:00 +0000", "pricing", "2027-02-03",
    "Netlify <team@netlify.com>", "web-admin@harborlane-ms.example",
    "Changes to Netlify Pro plan pricing",
    """\
Hi Harbor Lane team,

We're updating how the Pro plan is priced to make it simpler to predict what you pay as your sites grow.

What's changing
- Pro becomes a credit-based plan: each seat includes a monthly allowance of credits, which are used by bandwidth, build minutes, function invocations and form submissions.
- Extra credits are sold in packs of 1,500 for USD 10.
- The separate add-ons for bandwidth and build minutes are retired.

When it applies to you
The new pricing applies to teams that sign up from January 15, 2027. For existing teams, it applies from the first billing cycle that starts on or after February 1, 2027. Your team "harborlane-web" has its next billing cycle starting on February 3, 2027, so that is when your pricing changes.

Based on your usage over the last three months, we expect your monthly bill to stay within 5% of what you pay today.

See details and compare plans: https://www.netlify.com/pricing/

Questions? Reply to this email and our team will help.

The Netlify Team
""", fmt="alt")

add("2026-12-15 12:00 +0900", "pricing", "2027-04-01",
    "さくらのクラウド <info@sakura.ad.jp>", "infra@harborlane-ms.example",
    "【ご案内】さくらのクラウド サービス料金改定のお知らせ",
    """\
お客様各位

平素はさくらのクラウドをご利用いただき、誠にありがとうございます。

電気料金および機器調達コストの上昇を受け、誠に恐縮ながら、2027年4月1日ご利用分より、さくらのクラウドの一部サービスの料金を改定させていただくこととなりました。

■改定内容（月額・税込）
　サーバ（2コア・4GB）　　　：6,820円 → 7,370円
　サーバ（4コア・8GB）　　　：13,640円 → 14,740円
　SSDディスク（100GB）　　　：1,980円 → 2,200円
　※ネットワーク転送料、ルータ＋スイッチの料金に変更はございません。

■対象
　石狩第1・第2ゾーン、東京第1・第2ゾーンの全プラン

■お手続き
　お客様でのお手続きは不要です。新料金は2027年4月分のご請求から適用されます。

お客様にはご負担をおかけいたしますが、何卒ご理解を賜りますようお願い申し上げます。

料金の詳細：https://cloud.sakura.ad.jp/payment/2027-price-revision/

さくらインターネット株式会社
""", enc="quoted-printable")

add("2026-12-18 16:00 +0900", "pricing", "2027-03-01",
    "IIJ 営業統括部 <gio-info@iij.ad.jp>", "infra@harborlane-ms.example",
    "お知らせ",
    """\
ハーバーレーン・マネージドサービス株式会社
ご担当者様

平素は格別のご高配を賜り、厚く御礼申し上げます。

データセンターの電力料金および保守部材の価格上昇が続いていることから、誠に心苦しいお願いではございますが、
IIJ GIO インフラストラクチャー P2 の一部メニューについて、月額料金を改定させていただくこととなりました。

■適用開始
　2027年3月1日ご利用分より（2027年4月発行の請求書から反映されます）

■改定内容
　パブリックリソース 仮想サーバ（汎用タイプ）：約8%の値上げ
　ストレージ（ベーシック）：約5%の値上げ
　※貴社ご契約分の新旧料金の対照表を添付の案内ページに掲載しております。

■お手続き
　ご契約内容の変更やお手続きは不要です。

料金表：https://www.iij.ad.jp/biz/p2/price-revision-2027/

今後ともIIJのサービスをご愛顧賜りますよう、よろしくお願い申し上げます。

株式会社インターネットイニシアティブ
""")

add("2026-12-21 14:00 +0000", "pricing", "2027-01-01",
    "IBM Cloud <cloud-notifications@ibm.com>", "ibm-admin@harborlane-ms.example",
    "IBM Cloud: update to Cloud Object Storage pricing",
    """\
Dear IBM Cloud client,

We are writing to let you know about changes to IBM Cloud Object Storage pricing for your account "Harbor Lane MSP" (account ID 7f3a91c0d2e84b56a1c7e9f0b3d5a246).

Effective January 1, 2027:
- Data retrieval from the Cold Vault storage class increases from USD 0.02 to USD 0.03 per GB.
- The Lite plan free allowance for new instances is reduced from 25 GB to 5 GB per month.
- Storage prices for the Standard and Smart Tier classes do not change.

Your account has two Cloud Object Storage instances using Cold Vault (cos-hl-archive, cos-aoba-backup). Existing Lite instances keep their current allowance.

There is nothing you need to do; new prices will appear on your invoice for January 2027 usage.

Pricing details: https://cloud.ibm.com/objectstorage/pricing

Thank you for choosing IBM Cloud.
IBM Cloud Notifications, IBM Corporation, 1 New Orchard Road, Armonk, NY 10504
""")

# ---------------------------------------------------------------------------
# billing (8)
# ---------------------------------------------------------------------------

add("2026-12-02 08:00 +0000", "billing", "2027-01-01",
    "Amazon Web Services Receivables <aws-receivables-support@email.amazon.com>", "billing@harborlane-ms.example",
    f"Your AWS invoice for November 2026 is available [Account: {A_KIT}]",
    f"""\
Greetings from Amazon Web Services,

The invoice for AWS account {A_KIT} for the billing period November 1 - November 30, 2026 is now available.

  Invoice number:  2198437752
  Invoice date:    December 2, 2026
  Amount due:      USD 18,442.17
  Payment terms:   Net 30
  Due date:        January 1, 2027

Your account pays by bank transfer. Please pay the amount due by the due date, quoting the invoice number as the payment reference. The bank details are printed on the invoice.

You can download the invoice as PDF from the Bills page of the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/bills

If you have questions about this invoice, open a billing case in the AWS Support Center. Billing support is free of charge.

Sincerely,
Amazon Web Services

{AWS_FOOTER}
""")

add("2026-12-09 00:10 +0000", "billing", "none",
    "AWS Budgets <no-reply@budgets.amazonaws.com>", "billing@harborlane-ms.example",
    "AWS Budgets: HL-Prod-Monthly has exceeded your alert threshold",
    f"""\
AWS Budget Notification December 09, 2026
AWS Account {A_KIT}

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your HL-Prod-Monthly budget is greater than 80.00% of USD 12,000.00 for the current month.

The ACTUAL Cost associated with this budget is USD 10,284.63. You can find more information about this budget in the AWS Budgets console.

Budget Name: HL-Prod-Monthly
Budget Type: Cost
Budgeted Amount: USD 12,000.00
Alert Type: ACTUAL
Alert Threshold: > 80.00%
ACTUAL Amount: USD 10,284.63
Forecasted Amount: USD 15,930.00

Go to the AWS Budgets console: https://console.aws.amazon.com/billing/home#/budgets
""")

add("2026-12-11 13:00 +0000", "billing", "2026-12-21",
    "Amazon Web Services Billing <aws-billing-notifications@amazon.com>", aws(A_MIN),
    "Your account",
    f"""\
Hello,

We were unable to collect payment for AWS account {A_MIN}.

  Invoice:          2191770834 (October 2026 usage)
  Amount overdue:   USD 2,316.40
  Last attempt:     December 3, 2026, card ending 4417 declined

Please make a payment for the overdue amount by December 21, 2026. You can update your payment method and pay now on the Payments page of the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/paymentsoverview

If we do not receive payment by that date, your AWS account may be suspended, and resources in the account may be unavailable until the balance is paid. Continued non-payment can lead to the account being closed.

If you have already paid, please ignore this message. If you believe you received it in error, contact us through the AWS Support Center.

Sincerely,
Amazon Web Services

{AWS_FOOTER}
""")

add("2026-12-09 12:00 +0000", "billing", "none",
    "Amazon Web Services <no-reply-aws@amazon.com>", "billing@harborlane-ms.example",
    "Your Amazon EC2 Reserved Instances are expiring soon",
    f"""\
Hello,

This is a reminder that some Reserved Instances in AWS account {A_KIT} are reaching the end of their term.

  Reservation ID                          Type            Region           Count  End date
  4e1b7a2c-90d3-4f58-b6e1-2a9c7d3f8e05    m6i.2xlarge     ap-northeast-1   3      2027-01-08
  9a0c5d3e-1f7b-4c26-8e94-6b2d0a1c3f78    r6g.large       ap-northeast-1   2      2027-01-08

After the end date, instances matching these reservations continue to run and are billed at On-Demand rates.

Reserved Instances do not renew automatically. If you want to keep a discount for this usage, you can purchase new Reserved Instances or a Savings Plan; a queued purchase can start exactly when the current term ends.

You can review your reservations and recommendations in the Billing and Cost Management console under Reservations.

Sincerely,
Amazon Web Services

{AWS_FOOTER}
""")

add("2026-12-14 06:00 +0000", "billing", "none",
    "Google Cloud Billing <billing-noreply@google.com>", "billing@harborlane-ms.example",
    "Credits have been applied to your Google Cloud billing account",
    """\
Hello,

We've applied promotional credits to your Cloud Billing account.

  Billing account:  Harbor Lane MSP (01A2B3-C4D5E6-F7G8H9)
  Credit:           Partner Advantage - migration incentive
  Amount:           USD 5,000.00
  Valid from:       December 14, 2026
  Expires:          December 31, 2027
  Applies to:       Compute Engine, Cloud SQL and Google Kubernetes Engine usage

The credit is applied automatically to eligible usage before your payment method is charged. Any unused amount expires at the end of the validity period.

You can see your remaining credit on the Credits page of the Billing section of the Google Cloud console:
https://console.cloud.google.com/billing/01A2B3-C4D5E6-F7G8H9/credits

There's nothing you need to do.

The Google Cloud Billing Team
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""")

add("2026-12-16 02:00 +0000", "billing", "none",
    "Tencent Cloud <noreply@tencentcloud.com>", "billing@harborlane-ms.example",
    "Tencent Cloud: your account balance is low",
    """\
Dear Tencent Cloud user,

The available balance of your account (ID 100038471926, Harbor Lane Managed Services) is low.

  Available balance:        USD 38.20
  Average daily spend:      USD 12.70
  Estimated time remaining: about 3 days

Your account uses pay-as-you-go billing for Cloud Virtual Machine, Cloud Object Storage and Content Delivery Network in the Singapore and Tokyo regions.

When the balance falls below zero, the account is in arrears. Pay-as-you-go resources are then isolated and stop serving traffic, and after a further period they may be released and their data deleted.

To avoid interruption, top up your account or set up automatic payment in the Billing Center:
https://console.tencentcloud.com/expense/recharge

You can change the balance threshold for these alerts in Billing Center > Balance Alert.

Tencent Cloud
""", fmt="html")

add("2026-12-04 10:00 +0900", "billing", "2026-12-28",
    "さくらインターネット 会員メニュー <member-info@sakura.ad.jp>", "keiri@harborlane-ms.example",
    "【さくらインターネット】2026年11月分 ご請求金額確定のお知らせ",
    """\
ハーバーレーン・マネージドサービス株式会社
経理ご担当者様

平素はさくらインターネットをご利用いただき、誠にありがとうございます。

2026年11月分のご利用料金が確定いたしましたので、お知らせいたします。

■会員ID　　　　：hlm40218
■請求書番号　　：SKR-2026110-448213
■ご請求金額　　：482,130円（税込）
　（うち消費税額：43,830円）
■お支払方法　　：銀行振込
■お支払期限　　：2026年12月28日（月）

請求書（適格請求書）は会員メニューの「請求書」からダウンロードいただけます。
https://secure.sakura.ad.jp/auth/login

お支払期限までに、請求書記載の口座へお振り込みくださいますようお願いいたします。
なお、行き違いでお支払いいただいている場合はご容赦ください。

さくらインターネット株式会社
""", enc="base64")

add("2026-12-22 10:00 +0900", "billing", "none",
    "アマゾン ウェブ サービス ジャパン 請求チーム <aws-billing-japan@amazon.co.jp>", "keiri@harborlane-ms.example",
    "AWS 請求書の記載内容変更のお知らせ",
    """\
お客様

いつも Amazon Web Services をご利用いただき、ありがとうございます。

2027年1月に発行する請求書（2026年12月ご利用分）より、請求書の記載内容を以下のとおり変更いたします。

■変更内容
　1. 消費税額の端数処理を、サービスごとの計算から請求書単位の計算に変更します。
　2. 適格請求書発行事業者の登録番号を、請求書の1ページ目上部に記載します。
　3. 円建て請求の場合、為替レートの適用日を請求書に明記します。

■影響
　端数処理の変更により、消費税額が数円程度変わる場合がございます。
　ご利用料金そのもの、お支払方法、お支払期日に変更はございません。

お客様によるお手続きは不要です。
経理システムで請求書を自動で取り込まれている場合は、新しいレイアウトをご確認ください。

アマゾン ウェブ サービス ジャパン合同会社
""")

# ---------------------------------------------------------------------------
# informational (14)
# ---------------------------------------------------------------------------

add("2026-12-05 15:00 +0000", "informational", "none",
    "Amazon Web Services <aws-marketing-email-replies@amazon.com>", "cloud-team@harborlane-ms.example",
    "re:Invent 2026 recap: the launches you may have missed",
    """\
re:Invent 2026 recap

Hello,

Another re:Invent is behind us. If you could not follow every keynote, here is a short selection of what was announced in Las Vegas.

Compute: new Graviton5-based instance families for general purpose and memory-optimised workloads, with up to 30% better price performance than the previous generation.

Storage: Amazon S3 Tables now support automatic compaction across regions, and Amazon EFS adds a lower-cost archive tier.

Databases: Amazon Aurora DSQL adds PostgreSQL-compatible triggers, and Amazon DynamoDB introduces point-in-time recovery windows of up to 90 days.

AI: new agent building blocks in Amazon Bedrock, including managed memory and evaluation tools.

Watch the keynotes and breakout sessions on demand: https://reinvent.awsevents.com/on-demand/

See you next year,
The AWS Events Team

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109, USA.
Unsubscribe from AWS marketing emails: https://pages.awscloud.com/communication-preferences.html
""", fmt="html")

add("2026-12-07 14:00 +0000", "informational", "none",
    "Amazon Web Services <aws-security-newsletter@amazon.com>", "cloud-team@harborlane-ms.example",
    "Security best practices: five steps to protect your AWS account from exposed credentials",
    """\
Hello,

Leaked access keys remain one of the most common ways AWS accounts are compromised. Attackers scan public code repositories and paste sites around the clock, and an exposed key is often used within minutes. Here are five steps that make this much less likely.

1. Prefer temporary credentials. Use IAM roles for workloads and IAM Identity Center for people, so there are no long-lived keys to leak.
2. Protect the root user. Enable MFA, remove any root access keys and keep the root email address on a monitored group mailbox.
3. Scan before you push. Add a secret scanner to your pre-commit hooks and CI pipelines, and turn on push protection for your repositories.
4. Watch for unusual activity. Amazon GuardDuty detects suspicious API calls, such as instances launched in regions you never use.
5. Have a plan. Write down who deactivates keys, who reviews CloudTrail and who talks to AWS Support if a key is exposed.

Read the full guide: https://aws.amazon.com/security/best-practices/credentials/

Stay secure,
The AWS Security Team

You receive this newsletter because you subscribed to AWS security updates.
Unsubscribe: https://pages.awscloud.com/communication-preferences.html
""", fmt="alt")

add("2026-12-11 23:00 +0000", "informational", "none",
    "Amazon Web Services Support <no-reply-aws@amazon.com>", aws(A_AOB),
    "Case 17345520911 update",
    f"""\
Hello,

Thank you for working with us on the irregular activity in AWS account {A_AOB}.

We have confirmed the steps you reported: the root password was changed and MFA enabled, the access keys of "etl-runner" were deleted, and the instances in South America (Sao Paulo) and Europe (Stockholm) were terminated. We did not find any further unrecognised resources.

The temporary limit on launching EC2 instances has been removed, and the account is in good standing.

We are now resolving this case. If you need more help with this issue, you can reopen the case from the Support Center within 14 days; after that, please open a new case.

If you would like to request a review of the charges caused by the unauthorised instances, open a separate case in the Account and billing category.

Best regards,
Priya K.
Amazon Web Services

{AWS_FOOTER}
""")

add("2026-12-03 18:00 +0000", "informational", "none",
    "Amazon Web Services <aws-marketing-email-replies@amazon.com>", "cloud-team@harborlane-ms.example",
    "Introducing Amazon GuardDuty Malware Protection for Amazon EFS",
    """\
New from AWS

Amazon GuardDuty Malware Protection now scans Amazon EFS file systems for malware, including ransomware, cryptominers and web shells.

Shared file systems are an attractive target: a single infected upload can spread to every instance and container that mounts it. With this launch, GuardDuty can scan new and changed files automatically, or run on-demand scans of an entire file system, without agents and without affecting the performance of your workloads.

When malware is found, GuardDuty creates a finding with the file path and the threat name, and can tag the file so that you can quarantine it with an EventBridge rule.

Availability and pricing
Malware Protection for EFS is available today in all commercial AWS Regions where GuardDuty is offered. You pay per GB scanned; the first 1,000 GB per account each month are free during the first 30 days.

Learn more: https://aws.amazon.com/guardduty/features/malware-protection/

The Amazon GuardDuty Team

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109, USA.
Unsubscribe: https://pages.awscloud.com/communication-preferences.html
""", fmt="html")

add("2026-12-14 02:00 +0000", "informational", "none",
    "AWS Support <aws-support-survey@amazon.com>", aws(A_MIN),
    "How did we do? Tell us about your recent AWS Support case",
    """\
Hello,

You recently worked with AWS Support on case 17352219084, "Elastic Beanstalk deployment stuck in Updating".

We would like to hear about your experience. The survey has five questions and takes about two minutes.

  Start the survey: https://survey.aws.amazon.com/support/17352219084

Your answers go directly to the AWS Support leadership team and help us improve the service. The survey closes on January 15, 2027.

If your issue is not fully resolved, please reopen the case from the Support Center instead of replying to this email.

Thank you for using AWS Support.

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109, USA.
""")

add("2026-12-15 14:00 +0000", "informational", "none",
    "Cloudflare <noreply@news.cloudflare.com>", "cloudflare-admin@harborlane-ms.example",
    "Cloudflare DDoS threat report for 2026 Q3",
    """\
Cloudflare DDoS threat report: 2026 Q3

Hello,

Our latest DDoS threat report is out. Some highlights from the third quarter:

- Cloudflare mitigated 9.4 million DDoS attacks, 41% more than in the same quarter last year.
- The largest attack peaked at 11.2 Tbps and lasted under a minute; it came from a botnet of compromised routers and IoT devices.
- DNS amplification through open resolvers and reflection through misconfigured memcached servers were again among the most common network-layer vectors.
- Attacks against telecommunications, gaming and financial services grew fastest, and Japan moved into the top ten most attacked locations.

The report also explains why short, high-volume bursts are now the norm, and why manual mitigation is rarely fast enough.

Read the full report: https://blog.cloudflare.com/ddos-threat-report-2026-q3/

The Cloudflare Team
Cloudflare, Inc., 101 Townsend Street, San Francisco, CA 94107
Manage your email preferences: https://www.cloudflare.com/email-preferences/
""", fmt="html")

add("2026-12-16 16:00 +0000", "informational", "none",
    "Microsoft Azure Events <azure-events@microsoft.com>", "azure-ops@harborlane-ms.example",
    "Last chance: register for \"Defending against ransomware with Microsoft Defender for Cloud\" on January 14, 2027",
    """\
Microsoft Azure | Webinar

Ransomware gangs are moving from endpoints to cloud workloads. In this one-hour live webinar, Microsoft security engineers show how attackers move from a stolen credential to encrypted storage accounts, and how to stop them at each step.

Date: Thursday, 14 January 2027
Time: 10:00-11:00 Japan Standard Time (also streamed at 10:00 Pacific Time)
Language: English, with live Japanese captions

You will learn how to:
- find exposed storage accounts and over-privileged identities with attack path analysis;
- turn on immutable backups for Azure Blob Storage and Azure Backup;
- respond to a Defender for Cloud alert with an automated playbook.

Registration closes when the session is full. Register: https://aka.ms/azure-ransomware-webinar-jan2027

Can't attend? Register anyway and we'll send you the recording.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
Unsubscribe: https://go.microsoft.com/fwlink/?LinkId=242318
""", fmt="alt")

add("2026-12-17 20:00 +0000", "informational", "none",
    "Google Cloud <CloudPlatform-noreply@google.com>", "gcp-admin@harborlane-ms.example",
    "Security Command Center Standard tier is being renamed",
    """\
Hello Google Cloud customer,

We're writing to let you know about a name change that you will see in the Google Cloud console and documentation.

Starting January 12, 2027, the Standard service tier of Security Command Center will be called Security Command Center Essentials. The Premium and Enterprise tiers keep their names.

What stays the same
- The features included in the tier, and its price (no charge).
- API names, IAM roles and permissions, and billing SKUs.
- Your findings, notification configurations and exports.

There's nothing you need to do. If you reference the tier name in internal documentation or runbooks, you may want to update it.

Security Command Center overview: https://cloud.google.com/security-command-center/docs/service-tiers

The Google Cloud Team
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""")

add("2026-12-17 11:00 +0900", "informational", "none",
    "アマゾン ウェブ サービス ジャパン <aws-jp-events@amazon.co.jp>", "cloud-team@harborlane-ms.example",
    "【ご案内】AWS re:Invent 2026 振り返りウェビナー（2027年1月20日開催）",
    """\
お客様

いつも Amazon Web Services をご利用いただき、ありがとうございます。

12月にラスベガスで開催された AWS re:Invent 2026 で発表された新サービス・新機能を、
日本語でわかりやすく解説するオンラインセミナーを開催いたします。

■開催日時
　2027年1月20日（水）14:00〜16:30

■主な内容
　・コンピューティング、ストレージ、データベースの主要アップデート
　・生成 AI 関連サービスの新機能
　・セキュリティ・ガバナンス関連のアップデート

■参加費
　無料（事前登録制）

お申し込みはこちら：https://aws.amazon.com/jp/events/reinvent-recap-2027/

ご多忙のところ恐縮ですが、皆様のご参加を心よりお待ちしております。

アマゾン ウェブ サービス ジャパン合同会社
配信停止：https://pages.awscloud.com/communication-preferences-jp.html
""", fmt="alt")

add("2026-12-22 14:00 +0900", "informational", "none",
    "さくらインターネット <info@sakura.ad.jp>", "infra@harborlane-ms.example",
    "【ご案内】コントロールパネルのデザイン変更について",
    """\
お客様各位

平素はさくらインターネットをご利用いただき、誠にありがとうございます。

より快適にご利用いただけるよう、2027年1月19日（火）より、さくらのクラウドのコントロールパネルのデザインを刷新いたします。

■主な変更点
　・メニュー構成の見直し（よく使う機能をトップ画面に集約）
　・ダークモードへの対応
　・スマートフォン表示の改善

■変更のない項目
　・ログイン URL、API、各機能の仕様
　・ご利用料金

お客様でのお手続きは不要です。
新しい画面の操作方法は、マニュアルサイトで順次公開してまいります。

https://manual.sakura.ad.jp/cloud/controlpanel/2027-redesign.html

今後ともさくらインターネットをよろしくお願い申し上げます。

さくらインターネット株式会社
""", enc="quoted-printable")

add("2026-12-10 09:00 +0900", "informational", "none",
    "NEC クラウドサポートセンター <cloud-support@jp.nec.com>", "infra@harborlane-ms.example",
    "年末年始のサポート窓口の営業について",
    """\
お客様各位

平素は NEC Cloud IaaS をご利用いただき、誠にありがとうございます。

年末年始期間中のサポート窓口の営業について、下記のとおりご案内いたします。

■休業期間
　2026年12月29日（火）〜 2027年1月3日（日）

■休業期間中の対応
　・障害のお問い合わせ：通常どおり24時間365日受け付けいたします。
　・一般のお問い合わせ、各種お申し込み：2027年1月4日（月）より順次対応いたします。

お急ぎのお問い合わせは、12月28日（月）17時までにご連絡いただきますようお願いいたします。

お客様にはご不便をおかけいたしますが、何卒ご了承くださいますようお願い申し上げます。

日本電気株式会社
NEC クラウドサポートセンター
""")

add("2026-12-19 01:00 +0000", "informational", "none",
    "Amazon Web Services <no-reply-aws@amazon.com>", aws(A_HLM),
    "Notice",
    f"""\
Hello,

We have updated the AWS Service Terms. The changes take effect on January 1, 2027.

The main changes are:
- new sections for services launched at re:Invent 2026;
- clarifications to the terms for Amazon Bedrock model providers;
- updated data processing locations for AWS Support.

You do not need to do anything. By continuing to use AWS services on or after January 1, 2027, you agree to the updated terms. The AWS Customer Agreement itself has not changed.

You can read the current version, and a summary of the changes, here:
https://aws.amazon.com/service-terms/

This message was sent to the root user email address of AWS account {A_HLM}.

Sincerely,
Amazon Web Services

{AWS_FOOTER}
""")

add("2026-12-18 15:00 +0000", "informational", "none",
    "Datadog <newsletter@datadoghq.com>", "cloud-team@harborlane-ms.example",
    "Datadog December product roundup",
    """\
What's new in Datadog - December 2026

Hi there,

Here is a look at what shipped in Datadog this month.

Cloud Security: Agentless scanning now covers container images in Amazon ECR and Google Artifact Registry, and shows which vulnerable images are actually running.

Log Management: Flex Logs adds a cold tier with 15-month retention, searchable from the same Log Explorer.

APM: Service pages now show upstream and downstream latency on one chart, and Dynamic Instrumentation supports Go.

Events: Join us on January 27, 2027 for a live session on reducing alert fatigue with correlation rules.

Read all release notes: https://www.datadoghq.com/blog/december-2026-roundup/

The Datadog Team
Datadog, Inc., 620 8th Avenue, 45th Floor, New York, NY 10018
Unsubscribe: https://www.datadoghq.com/email-preferences/
""", fmt="html")

add("2026-12-23 17:00 +0000", "informational", "none",
    "Vercel <notifications@vercel.com>", "web-admin@harborlane-ms.example",
    "Update from Vercel",
    """\
Hi Harbor Lane,

A few updates from Vercel before the end of the year.

New region in Osaka
Functions can now run in Osaka (kix1), next to the existing Tokyo region. Choose it in your project's Functions settings to keep data and compute in western Japan.

Firewall improvements
The Vercel Firewall now shows blocked bot traffic per route, and custom rules can rate-limit by JA4 fingerprint.

Build cache sharing
Preview and production builds in the same project now share a build cache, which shortens builds for most frameworks.

Nothing changes for your existing projects unless you turn these features on.

Read the changelog: https://vercel.com/changelog

The Vercel Team
Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723
""", fmt="alt")


# ---------------------------------------------------------------------------
# building the mbox
# ---------------------------------------------------------------------------

JA_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")
URL_RE = re.compile(r"https?://[^\s<>\"]+")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def lang_of(n):
    return "ja" if JA_RE.search(n["subject"] + n["body"]) else "en"


def parse_date(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def encode_header(name, value):
    charset = "us-ascii" if value.isascii() else "utf-8"
    return Header(value, charset, header_name=name).encode(linesep="\n")


def sender_header(sender):
    name, addr = email.utils.parseaddr(sender)
    return email.utils.formataddr((name, addr), charset="utf-8"), addr


def choose_cte(text, forced):
    if forced:
        return forced
    if text.isascii() and max(len(line) for line in text.split("\n")) <= 78:
        return "7bit"
    return "quoted-printable"


def encode_text(text, cte):
    if cte == "7bit":
        return text
    raw = text.encode("utf-8")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return quopri.encodestring(raw).decode("ascii")


def to_html(text, subject, lang):
    blocks = re.split(r"\n[ \t\u3000]*\n", text.strip("\n"))
    out = []
    for i, block in enumerate(blocks):
        lines = []
        for line in block.split("\n"):
            stripped = line.lstrip(" ")
            indent = "&nbsp;" * (len(line) - len(stripped))
            esc = html.escape(stripped, quote=False)
            esc = URL_RE.sub(lambda m: f'<a href="{m.group(0)}" style="color:#0b66c3;">{m.group(0)}</a>', esc)
            lines.append(indent + esc)
        if i == 0 and len(lines) == 1 and len(block) < 60 and not block.rstrip().endswith((",", "、", "様")):
            out.append(f'<h2 style="font-size:20px;margin:0 0 16px 0;">{lines[0]}</h2>')
        else:
            out.append('<p style="margin:0 0 14px 0;">' + "<br>\n".join(lines) + "</p>")
    body = "\n".join(out)
    return f"""\
<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{html.escape(subject, quote=False)}</title>
</head>
<body style="margin:0;padding:0;background:#f4f4f4;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222222;">
<tr><td style="padding:24px 32px;">
{body}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""


def build_message(idx, n):
    d = parse_date(n["date"])
    utc = d.astimezone(dt.timezone.utc)
    from_hdr, addr = sender_header(n["sender"])
    digest = hashlib.sha1((n["date"] + n["subject"] + n["to"]).encode("utf-8")).hexdigest()
    domain = addr.split("@", 1)[1]
    headers = [
        "From: " + from_hdr,
        "To: " + n["to"],
        "Subject: " + encode_header("Subject", n["subject"]),
        "Date: " + email.utils.format_datetime(d),
        f"Message-ID: <{utc:%Y%m%d%H%M%S}.{digest[:16]}@{domain}>",
        "MIME-Version: 1.0",
    ]
    text = n["body"] if n["body"].endswith("\n") else n["body"] + "\n"
    lang = lang_of(n)
    if n["fmt"] == "plain":
        cte = choose_cte(text, n["enc"])
        headers += ["Content-Type: text/plain; charset=utf-8",
                    "Content-Transfer-Encoding: " + cte]
        payload = encode_text(text, cte)
    else:
        page = to_html(text, n["subject"], lang)
        hcte = "base64" if n["enc"] == "base64" else "quoted-printable"
        hpart = encode_text(page, hcte)
        if n["fmt"] == "html":
            headers += ["Content-Type: text/html; charset=utf-8",
                        "Content-Transfer-Encoding: " + hcte]
            payload = hpart
        else:
            boundary = f"----=_Part_{idx:03d}_{digest[16:28]}"
            cte = choose_cte(text, n["enc"])
            headers += [f'Content-Type: multipart/alternative; boundary="{boundary}"']
            payload = (
                "This is a multi-part message in MIME format.\n\n"
                f"--{boundary}\n"
                "Content-Type: text/plain; charset=utf-8\n"
                f"Content-Transfer-Encoding: {cte}\n\n"
                + encode_text(text, cte)
                + f"\n--{boundary}\n"
                "Content-Type: text/html; charset=utf-8\n"
                f"Content-Transfer-Encoding: {hcte}\n\n"
                + hpart
                + f"\n--{boundary}--\n"
            )
    headers += ["X-Training-Label: " + n["label"],
                "X-Training-Deadline: " + n["deadline"]]
    message = "\n".join(headers) + "\n\n" + payload
    if not message.endswith("\n"):
        message += "\n"
    from_line = f"From {addr} {utc:%a %b} {utc.day:2d} {utc:%H:%M:%S %Y}"
    escaped = "".join(
        (">" + line if line.startswith("From ") else line)
        for line in message.splitlines(keepends=True)
    )
    return from_line + "\n" + escaped + "\n"


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------

def check_notices(notices):
    errors = []
    for i, n in enumerate(notices):
        where = f"notice {i} ({n['subject'][:60]!r})"
        if n["label"] not in LABELS:
            errors.append(f"{where}: unknown label {n['label']!r}")
        if n["fmt"] not in ("plain", "html", "alt"):
            errors.append(f"{where}: unknown format {n['fmt']!r}")
        try:
            d = parse_date(n["date"])
        except ValueError as exc:
            errors.append(f"{where}: bad date {n['date']!r}: {exc}")
            continue
        if (d.year, d.month) != (2026, 12):
            errors.append(f"{where}: date {n['date']} is not in December 2026")
        dl = n["deadline"]
        if dl != "none":
            if not DATE_RE.match(dl):
                errors.append(f"{where}: deadline {dl!r} is neither 'none' nor YYYY-MM-DD")
            else:
                try:
                    day = dt.date.fromisoformat(dl)
                except ValueError:
                    errors.append(f"{where}: deadline {dl!r} is not a valid date")
                else:
                    if day < d.date():
                        errors.append(f"{where}: deadline {dl} is before the Date {n['date']}")
        nlines = len(n["body"].rstrip("\n").split("\n"))
        if not 8 <= nlines <= 30:
            errors.append(f"{where}: body has {nlines} lines (want 8-30)")
        for line in n["body"].split("\n"):
            if line.startswith(">From "):
                errors.append(f"{where}: body line starts with '>From ' (ambiguous in mboxo)")
    counts = Counter(n["label"] for n in notices)
    if dict(counts) != EXPECTED:
        errors.append(f"category counts {dict(counts)} differ from {EXPECTED}")
    if len(notices) != 100:
        errors.append(f"{len(notices)} notices, want 100")
    return errors


def split_mbox(text):
    messages, current = [], None
    for line in text.splitlines(keepends=True):
        if line.startswith("From ") and (current is None or current[-1:] == ["\n"]):
            if current is not None:
                messages.append("".join(current[:-1]))
            current = []
            continue
        current.append(line[1:] if line.startswith(">From ") else line)
    if current is not None:
        messages.append("".join(current[:-1]) if current[-1:] == ["\n"] else "".join(current))
    return messages


def check_output(notices, data):
    errors = []
    if not data.isascii():
        errors.append("mbox is not pure ASCII")
    if "\n>From " not in data:
        errors.append("no escaped '>From ' line in the mbox (escaping untested)")
    raw = split_mbox(data)
    if len(raw) != len(notices):
        return errors + [f"mbox holds {len(raw)} messages, want {len(notices)}"]
    ids = set()
    for n, text in zip(notices, raw):
        msg = email.message_from_string(text, policy=email.policy.default)
        where = f"message {n['subject'][:60]!r}"
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if msg[h] is None:
                errors.append(f"{where}: missing {h}")
        if str(msg["Subject"]) != n["subject"]:
            errors.append(f"{where}: subject round-trip gives {str(msg['Subject'])!r}")
        if msg["X-Training-Label"] != n["label"] or msg["X-Training-Deadline"] != n["deadline"]:
            errors.append(f"{where}: training headers do not round-trip")
        if msg["Message-ID"] in ids:
            errors.append(f"{where}: duplicate Message-ID")
        ids.add(msg["Message-ID"])
        if email.utils.parsedate_to_datetime(msg["Date"]) != parse_date(n["date"]):
            errors.append(f"{where}: Date does not round-trip")
        want = {"plain": "text/plain", "html": "text/html", "alt": "multipart/alternative"}[n["fmt"]]
        if msg.get_content_type() != want:
            errors.append(f"{where}: content type {msg.get_content_type()}, want {want}")
        body = n["body"] if n["body"].endswith("\n") else n["body"] + "\n"
        if n["fmt"] in ("plain", "alt"):
            part = msg.get_body(preferencelist=("plain",))
            if part is None or part.get_content() != body:
                errors.append(f"{where}: text/plain body does not round-trip")
        if n["fmt"] in ("html", "alt"):
            part = msg.get_body(preferencelist=("html",))
            if part is None or "</html>" not in part.get_content():
                errors.append(f"{where}: text/html part missing or broken")
    return errors


def main():
    errors = check_notices(NOTICES)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1
    ordered = sorted(NOTICES, key=lambda n: parse_date(n["date"]).astimezone(dt.timezone.utc))
    data = "".join(build_message(i, n) for i, n in enumerate(ordered, 1))
    errors = check_output(ordered, data)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1
    OUT.write_bytes(data.encode("ascii"))

    table = Counter((n["label"], lang_of(n)) for n in ordered)
    print(f"wrote {OUT.name}: {len(ordered)} messages")
    print(f"{'category':20} {'en':>4} {'ja':>4} {'all':>5}")
    for label in LABELS:
        en, ja = table[(label, "en")], table[(label, "ja")]
        print(f"{label:20} {en:4d} {ja:4d} {en + ja:5d}")
    langs = Counter(lang_of(n) for n in ordered)
    fmts = Counter(n["fmt"] for n in ordered)
    dls = sum(n["deadline"] != "none" for n in ordered)
    print(f"languages: {dict(langs)}; formats: {dict(fmts)}; with deadline: {dls}, none: {len(ordered) - dls}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
