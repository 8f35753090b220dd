#!/usr/bin/env python3
"""Validation set V for NoticeDigest: 100 cloud-provider notices, as they might
arrive at a managed-service provider over one month (November 2026).

Written for this file by a helper session that had not seen the classifier, its
rules, its training sets or its corpus; no sentence is copied from a real notice.
Account ids, IP addresses, domains and case numbers are invented (documentation
ranges and example domains where possible).

Each message carries two headers the tool does not read:
  X-Training-Label:     one of CATEGORIES
  X-Training-Deadline:  YYYY-MM-DD or "none"
See README.md next to this script for the label conventions.

Run `python3 set_v.py` to (re)write set-v.mbox next to this script. The output is
deterministic. The script checks itself and exits 1 on a mistake.

Standard library only.
"""

import base64
import datetime
import email
import email.header
import email.policy
import email.utils
import hashlib
import mailbox
import os
import quopri
import re
import sys
import textwrap
from collections import Counter

CATEGORIES = (
    "abuse",
    "security-incident",
    "action-required",
    "security-advisory",
    "maintenance",
    "pricing",
    "billing",
    "informational",
)

TO_DEFAULT = "Northwind Cloud Operations <cloud-ops@northwind-msp.example>"
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")

NOTICES = []


def n(category, deadline, date, sender, subject, body, to=TO_DEFAULT, due=None):
    """Add one notice.

    date: "YYYY-MM-DD HH:MM +ZZZZ" (the Date header, in the sender's zone).
    due:  for relative deadlines stated in the body, ("days", k) or ("bdays", k);
          the self-check resolves it from the Date header and compares it with
          the deadline label.
    """
    NOTICES.append(
        {
            "category": category,
            "deadline": deadline,
            "date": date,
            "from": sender,
            "to": to,
            "subject": subject,
            "body": textwrap.dedent(body).strip("\n") + "\n",
            "due": due,
        }
    )

# ---------------------------------------------------------------------------
# abuse (10: 8 English, 2 Japanese)
# ---------------------------------------------------------------------------

n("abuse", "2026-11-04", "2026-11-03 14:22 +0000",
  "AWS Trust & Safety <ec2-abuse@amazon.com>",
  "Amazon EC2 Abuse Report [AWSI-9081726354]",
  """
Hello,

We have received a report that resources in your AWS account have been used for activity that looks like scanning hosts on the internet for open remote-access services. This kind of activity is not permitted under the AWS Acceptable Use Policy.

Account:    448812093377
Region:     eu-central-1
Instance:   i-07d4c1b9a2e5f3680
Public IP:  203.0.113.57

Excerpt from the report we received (times in UTC):
  2026-11-03 09:41:07  203.0.113.57 -> 198.51.100.0/24  TCP/3389  SYN  4,812 packets
  2026-11-03 10:02:55  203.0.113.57 -> 192.0.2.0/24     TCP/445   SYN  6,240 packets

Please investigate and stop the reported activity within 24 hours, then reply to this message describing what caused it and what you changed. If the traffic is expected, for example an authorised penetration test, tell us who authorised it and when it ends.

If we do not hear from you, or if the activity continues, we may block network traffic to and from the instance or suspend it.

If you believe this report was sent in error, reply and explain why.

Regards,
AWS Trust & Safety

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109. You receive this mail because you are the contact for the account named above.
""", to="AWS Acme Root <aws-acme@northwind-msp.example>", due=("days", 1))

n("abuse", "none", "2026-11-06 02:10 +0000",
  "Amazon Web Services <no-reply-aws@amazon.com>",
  "Amazon SES account status change - 301249876655 (eu-west-1)",
  """
Hello,

Your Amazon SES account in the EU (Ireland) region has been under review since October 22, 2026 because the rate of complaints about mail you send was above the level we allow.

During the review period your complaint rate did not come down. At the end of the review it was 0.71%, well above the 0.1% we recommend and the 0.5% at which we take action.

As a result, we have paused your ability to send email from this account in eu-west-1. The pause took effect on November 6, 2026 at 01:55 UTC. Messages submitted after that time are rejected. Receiving email and other AWS services are not affected.

AWS account:   301249876655
Region:        eu-west-1
Complaint rate at end of review: 0.71%
Bounce rate at end of review:    2.3%

If you want sending to be resumed, open a case in the AWS Support Center under "Service limit increase > SES Sending Limits" and explain:
- how you collect the addresses you mail to,
- how you handle complaints and unsubscribe requests,
- what you have changed so that recipients stop reporting your mail as spam.

We review each request manually. A request without these details cannot be approved.

Sincerely,
The Amazon SES Team

Amazon Web Services, Inc. This notification was sent to the account's primary contact.
""", to="AWS Bluefin Retail <aws-bluefin@northwind-msp.example>")

n("abuse", "2026-11-24", "2026-11-10 17:30 +0000",
  "Amazon Web Services <no-reply-aws@amazon.com>",
  "Notification regarding your Amazon SES account",
  """
Hello,

We are writing about your Amazon SES account in the US West (Oregon) region (AWS account 519034287710).

Over the last several days the share of your messages that bounced was 12.4%. That is far more than we see from senders who mail only people who asked to hear from them, and it can harm the deliverability of other Amazon SES customers.

Because of this we have placed your account under review. You can continue to send email while the review lasts.

The review period ends on November 24, 2026. If by then your bounce rate is still above 10%, or if we see other problems, we may pause your ability to send email.

What we suggest you do now:
- Remove addresses that hard-bounced from your lists and stop mailing purchased or rented lists.
- Use the account-level suppression list so that addresses that bounced are not mailed again.
- Check your bounce and complaint metrics on the Reputation metrics page of the SES console.

When you have made changes, reply through the AWS Support Center so that we can take them into account.

Thank you,
The Amazon SES Team

Amazon Web Services, Inc. | Seattle, WA
""", to="AWS Harbor Labs <aws-harbor@northwind-msp.example>")

n("abuse", "2026-11-14", "2026-11-12 20:45 +0000",
  "DigitalOcean Trust & Safety <abuse@digitalocean.com>",
  "DigitalOcean Ticket #9902741: Report for 203.0.113.210",
  """
Hi there,

We received a report that a website hosted on one of your Droplets is being used for phishing. The page imitates the sign-in page of a European bank and asks visitors for their online-banking credentials.

Droplet:     web-legacy-02 (ID 389114276)
IP address:  203.0.113.210
Reported URL: http://203.0.113.210/secure-login/verify.php
Reported at: 2026-11-12 18:02 UTC

Phishing is not allowed under our Acceptable Use Policy. This kind of content often appears after an outdated CMS or plugin has been exploited, so the Droplet owner may not know about it.

Please remove the content within 48 hours and reply to this ticket with:
1. confirmation that the content has been removed,
2. the cause, if you found it (for example a vulnerable plugin),
3. what you did to prevent it from coming back.

If the content is still reachable after that time, or if we receive no reply, we may disable networking on the Droplet or power it off.

You can reply to this email directly; your reply is added to the ticket.

Thanks,
DigitalOcean Trust & Safety

DigitalOcean, LLC, 101 6th Ave, New York, NY 10013
""", to="DigitalOcean Acme <do-acme@northwind-msp.example>", due=("days", 2))

n("abuse", "2026-11-18", "2026-11-17 07:05 +0100",
  "Hetzner Online GmbH - Abuse <abuse@hetzner.com>",
  "Abuse Message [AbuseID:7F3A21:1C]: NetscanOutLevel: Netscan detected from host 198.51.100.74",
  """
Dear Sir or Madam,

We have received a report about activity from an IP address assigned to you.

IP address:   198.51.100.74
Server:       #2214587 (EX44, FSN1-DC7)
Customer no.: K0381220147

The reporting party detected systematic connection attempts from this address to many hosts on ports 22, 23 and 2323 between 2026-11-16 22:10 and 2026-11-17 04:35 (CET). Excerpt:

  2026-11-16T22:10:14+01:00 198.51.100.74:50112 -> 192.0.2.18:22   SYN
  2026-11-16T22:10:14+01:00 198.51.100.74:50114 -> 192.0.2.19:22   SYN
  2026-11-17T04:35:02+01:00 198.51.100.74:43877 -> 192.0.2.201:2323 SYN

Please take all necessary measures to stop this activity, and send us a statement within 24 hours using the link below. The statement should tell us how the activity came about and what you have done about it.

  https://abuse.hetzner.com/statements/?token=4c1e9a7d20b3

If we do not receive a statement in time, we reserve the right to block the IP address.

Kind regards

Abuse Team
Hetzner Online GmbH
Industriestr. 25, 91710 Gunzenhausen, Germany
Register court: Registergericht Ansbach, HRB 6089
""", to="Hetzner Acme <hetzner-acme@northwind-msp.example>", due=("days", 1))

n("abuse", "none", "2026-11-08 03:20 -0800",
  "Google Cloud <CloudPlatform-noreply@google.com>",
  "Your Google Cloud project acme-render-prod",
  """
Dear Google Cloud customer,

We are writing to let you know about the status of your Google Cloud project.

Project ID:   acme-render-prod
Project number: 771203948552

Our systems found that this project is being used to mine cryptocurrency. Compute Engine instances in us-central1 and europe-west4 have been running at full CPU and GPU use while connecting to known mining pools since November 6, 2026. Mining cryptocurrency is not permitted under the Google Cloud Terms of Service without prior written approval.

In line with our policies, we have suspended the project. Its resources are no longer serving, and charges incurred up to the suspension remain payable.

If you believe the project was compromised, or that this is a mistake, you can submit an appeal from the Google Cloud console (IAM & Admin > Settings > Appeal). Please include any information that helps us understand what happened, for example which credentials were used to create the instances.

Google Cloud Trust & Safety

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to your Google Cloud account.
""", to="GCP Acme <gcp-acme@northwind-msp.example>")

n("abuse", "2026-11-24", "2026-11-20 16:00 +0000",
  "Microsoft Azure <azure-noreply@microsoft.com>",
  "Notification for Azure subscription 3f9c2a71-6b0e-4d28-9a55-1e7c0d84b213",
  """
Dear Azure customer,

Microsoft has received a notice alleging that content stored in your Azure subscription infringes copyright. Under our terms of use we are required to act on such notices.

Subscription ID:  3f9c2a71-6b0e-4d28-9a55-1e7c0d84b213
Resource:         storage account "cdnfilesacme", container "media"
Reported URLs:
  https://cdnfilesacme.blob.core.windows.net/media/releases/s02e07-1080p.mkv
  https://cdnfilesacme.blob.core.windows.net/media/releases/s02e08-1080p.mkv
Complainant:      on behalf of a film distribution company (notice reference CR-55810-26)

Please remove or disable access to the content within 2 business days of this notice and reply to this email to confirm what you did. If you believe the content is not infringing, you may instead send a counter-notice with the information listed at the link below.

  https://aka.ms/azure-counter-notice

If we do not receive a response within that period, Microsoft may disable access to the storage account or the affected resources.

Thank you,
Azure Safeguards Team

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
""", to="Azure Acme <azure-acme@northwind-msp.example>", due=("bdays", 2))

n("abuse", "none", "2026-11-25 03:40 +0000",
  "Linode Support <support@linode.com>",
  "Linode Support Ticket 21904471",
  """
Hello,

Our network monitoring systems detected a large volume of outbound UDP traffic from your Linode beginning at 02:58 UTC today. The traffic was directed at a small number of destination addresses and matched the profile of a denial-of-service attack.

Linode:       app-worker-03 (ID 61448213)
Data center:  Frankfurt, DE (eu-central)
IPv4:         198.51.100.133
Peak rate:    1.9 Gbps, 410,000 packets per second toward 192.0.2.40:443/udp

To protect our network and the targets of this traffic, we have applied a network restriction to this Linode. It can still be reached through Lish, but its public interfaces are blocked.

Traffic like this usually means that the Linode has been compromised. We recommend that you:
- log in through Lish and look for unfamiliar processes, users and cron jobs,
- back up any data you need and rebuild the Linode from a clean image,
- change all passwords and keys that were stored on it.

Once you have secured the Linode, please update this ticket with what you found and what you did, and we will review the restriction.

Regards,
Akamai Cloud (Linode) Support

You can view and reply to this ticket at https://cloud.linode.com/support/tickets/21904471
""", to="Linode Acme <linode-acme@northwind-msp.example>")

n("abuse", "2026-11-30", "2026-11-25 10:30 +0900",
  "さくらインターネット <support@sakura.ad.jp>",
  "【重要】お客様サーバーからの迷惑メール送信について（さくらのVPS）",
  """
株式会社北風データ
ご担当者様

平素よりさくらインターネットをご利用いただき、誠にありがとうございます。

お客様がご利用中の下記サーバーから、大量の迷惑メール（スパムメール）が
送信されているとの報告を外部の方より受けました。
当社でも同サーバーからの SMTP 通信量の急増を確認しております。

■対象サーバー
会員ID　　　：nwd48213
サービス　　：さくらのVPS 4G（石狩第1ゾーン）
IPアドレス　：203.0.113.88
確認日時　　：2026年11月24日 21:00 頃 ～ 現在

つきましては、以下の対応をお願いいたします。
・送信元となっているプログラムやアカウントの特定と停止
・不正に設置されたファイルの削除、パスワードの変更
・原因と実施した対策内容のご報告

本メール送信日から3営業日以内に、本メールへの返信にてご報告ください。
期日までにご報告がない場合、または送信が続いている場合は、
当社の判断により対象サーバーのネットワークを停止させていただく場合がございます。

──────────────────────────
さくらインターネット株式会社
カスタマーセンター　abuse 対応窓口
https://www.sakura.ad.jp/
──────────────────────────
""", to="北風データ 運用窓口 <infra-jp@northwind-msp.example>", due=("bdays", 3))

n("abuse", "2026-11-20", "2026-11-16 13:15 +0900",
  "アマゾン ウェブ サービス ジャパン <no-reply-aws@amazon.com>",
  "AWS からのご連絡（ケース ID 17703315521）",
  """
お客様

いつもアマゾン ウェブ サービスをご利用いただき、ありがとうございます。

お客様の AWS アカウントに関連付けられたリソースから、第三者のサーバーに対して
SSH のパスワード総当たりと見られる通信が行われているとの報告を受けました。
このような行為は AWS 適正利用規約で禁止されています。

AWS アカウント ID : 662918340057
リージョン        : アジアパシフィック (東京) ap-northeast-1
Elastic IP        : 198.51.100.201
インスタンス ID   : i-0f3b8e21c7a9d4460
報告された期間    : 2026年11月15日 23:40 ～ 11月16日 06:10（日本時間）

お手数ですが、該当インスタンスの状況を調査のうえ、通信を停止してください。
あわせて、原因および実施された対策を、2026年11月20日（金）までに本メールへの
返信にてお知らせください。

期日までにご返信がない場合、または同様の通信が継続する場合は、
該当リソースへのアクセス制限や停止を行う場合があります。

なお、正当な目的の通信（許可を得た脆弱性診断など）である場合は、
その旨と実施責任者をお知らせください。

よろしくお願いいたします。
AWS Trust & Safety チーム

アマゾン ウェブ サービス ジャパン合同会社
""", to="AWS 北風データ <aws-kitakaze@northwind-msp.example>")
# ---------------------------------------------------------------------------
# security-incident (12: 10 English, 2 Japanese)
# ---------------------------------------------------------------------------

n("security-incident", "2026-11-07", "2026-11-02 05:12 +0000",
  "Amazon Web Services <aws-security@amazon.com>",
  "[Action Required] Exposed AWS access key for account 730215548890",
  """
Hello,

We have become aware that the AWS access key AKIA2EXAMPLE7QF4WZ3N, belonging to the IAM user "deploy-bot" in AWS account 730215548890, is publicly available online at the following location:

  https://github.com/acme-devtools/site-builder/blob/5e1d0c3/config/deploy.js

Anyone who finds the key can use it to make requests with the permissions of that user. To reduce the risk, we have attached the managed policy AWSCompromisedKeyQuarantineV3 to the IAM user. The policy denies some high-risk actions; it does not stop all possible misuse. Do not remove it until you have completed the steps below.

Please take the following steps now:
1. Rotate the exposed key: create a new key, update your applications, then delete AKIA2EXAMPLE7QF4WZ3N.
2. Review AWS CloudTrail in all regions for activity you don't recognise, such as new IAM users, roles or access keys, and resources launched in regions you don't use.
3. Delete any resources you did not create and review your bill for unexpected charges.
4. Remove the key from the repository and its history.

We have opened support case 17698244071 for this. Please respond to the case within 5 days and tell us what you have done. If we cannot confirm that your account is secure, we may limit access to some services to protect you.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was sent to the root contact of the account.
""", to="AWS Acme Dev <aws-acme-dev@northwind-msp.example>", due=("days", 5))

n("security-incident", "none", "2026-11-14 09:00 +0000",
  "Amazon Web Services <no-reply-aws@amazon.com>",
  "AWS Notification - Case 17712093384",
  """
Dear AWS Customer,

We have detected activity in your AWS account 604218377120 that suggests an unauthorized party may have obtained access to it.

Between November 13, 2026 23:05 UTC and November 14, 2026 04:50 UTC we observed:
- creation of the IAM users "svc-backup2" and "adminx" with AdministratorAccess,
- launch of 46 g5.12xlarge instances in ap-south-1 and sa-east-1, regions your account had not used before,
- creation of new access keys for two existing IAM users.

To protect your account we have temporarily restricted it from launching new EC2 instances in all regions. Existing resources keep running.

Please complete the following:
1. Change the root user password and enable MFA on the root user.
2. Delete IAM users, roles and access keys you did not create, and rotate all remaining keys.
3. Terminate instances and other resources you did not launch, in every region.
4. Review CloudTrail for any other changes made in that period.

When you have finished, reply to this case from the Support Center so that we can review your account and remove the restriction.

We understand this may be disruptive and we are here to help.

Best regards,
AWS Customer Service

Amazon Web Services, Inc. | https://aws.amazon.com/support
""", to="AWS Westport <aws-westport@northwind-msp.example>")

n("security-incident", "none", "2026-11-19 22:47 +0000",
  "Amazon Web Services <no-reply-aws@amazon.com>",
  "Important information about your AWS account",
  """
Hello,

We noticed a sign-in to the AWS Management Console using the root user credentials of your AWS account that did not match the account's usual pattern.

AWS account:   215566390841
Time:          November 19, 2026 22:31 UTC
Source IP:     192.0.2.177
Location:      could not be determined (anonymizing network)
Browser:       unrecognized device

Four minutes after this sign-in, the root user password was changed and the account's alternate billing contact was replaced. No multi-factor authentication device is registered for the root user.

If you made these changes yourself, you can ignore this message. If you did not, someone else may have control of your root user credentials. We recommend that you:
- recover the root user through "Forgot password" and set a new, unique password,
- register an MFA device for the root user,
- review the account contacts and IAM users, roles and access keys, and remove anything you don't recognize,
- contact AWS Support if you can no longer sign in.

For guidance, see "What to do if you notice unauthorized activity in your AWS account" in the AWS Knowledge Center.

Thank you,
Amazon Web Services

This email was sent to the root email address of the account. Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109.
""", to="AWS Pelican Foods <aws-pelican@northwind-msp.example>")

n("security-incident", "2026-11-13", "2026-11-09 07:30 -0800",
  "Google Cloud <CloudPlatform-noreply@google.com>",
  "[Action Required] Publicly accessible credentials for project data-pipeline-7731",
  """
Dear Google Cloud customer,

We found a credential for your Google Cloud project published on the public internet.

Project ID:        data-pipeline-7731
Service account:   etl-runner@data-pipeline-7731.iam.gserviceaccount.com
Key ID:            3b7e0a99c41d2f5e8a6b10c27d4e9f0a12b3c4d5
Found at:          https://github.com/acme-analytics/etl-jobs/blob/main/secrets/sa.json

A service account key lets anyone who holds it act as the service account. We also see API calls made with this key from IP addresses outside your usual ranges during the past 48 hours, including calls to list and read Cloud Storage buckets.

What you need to do:
1. Disable or delete the key from IAM & Admin > Service Accounts, and create a new key only if you really need one.
2. Review Cloud Audit Logs for calls made with the key and undo changes you did not make.
3. Remove the file from the repository and from its history.

Please complete these steps no later than November 13, 2026. If the key is still valid after that date, we may suspend the project to protect you and other users.

For help, contact Google Cloud Support and mention reference GC-EXPOSED-58817.

Sincerely,
The Google Cloud Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""", to="GCP Acme <gcp-acme@northwind-msp.example>")

n("security-incident", "none", "2026-11-05 03:18 +0000",
  "Microsoft Defender for Cloud <securityalerts@microsoft.com>",
  "Microsoft Defender for Cloud: High severity alert on vm-web-02",
  """
Microsoft Defender for Cloud has detected a high severity security alert in your environment.

Alert:           Successful SSH brute force attack
Severity:        High
Subscription:    Contoso Retail Production (5d21e0b4-9f3c-47a1-8b62-0c5e7a913d48)
Resource:        vm-web-02 (Virtual machine, West Europe)
Detected:        2026-11-05 02:51 UTC
Attacker IP:     203.0.113.199

Description:
After several hundred failed SSH sign-in attempts, a sign-in as user "deploy" succeeded from the same address. Within minutes the user downloaded a file to /tmp and added a new key to ~/.ssh/authorized_keys.

Recommended steps:
1. Isolate the virtual machine, for example by restricting its network security group.
2. Reset the credentials of the affected user and remove unknown keys.
3. Investigate the processes and files created after the sign-in.
4. Enable just-in-time VM access to limit future exposure of port 22.

View the full alert in the Azure portal:
https://portal.azure.com/#blade/Microsoft_Azure_Security/AlertBlade/alertId/2517893011_8d4a

You received this email because you are listed as a security contact for the subscription.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""", to="Azure Contoso <azure-contoso@northwind-msp.example>")

n("security-incident", "none", "2026-11-11 10:02 -0800",
  "GitHub <noreply@github.com>",
  "[GitHub] Your personal access token has been revoked",
  """
Hi acme-ci-bot,

A GitHub personal access token belonging to your account was committed to a public repository, so we revoked it to protect your account.

Token:        ci-release (classic, created 2025-04-02)
Scopes:       repo, workflow, write:packages
Found in:     acme-labs/infra-scripts, commit 9c41e7a, file deploy/.env
Revoked at:   2026-11-11 17:58 UTC

Before we revoked it, the token was used to make API requests from IP addresses that have not accessed your account before (198.51.100.23 and 198.51.100.61). Those requests listed private repositories and downloaded the archive of acme-labs/billing-core.

We recommend that you:
- review your security log at https://github.com/settings/security-log,
- check the audit log of the acme-labs organization for changes you didn't make,
- rotate any secrets stored in the repositories that were downloaded,
- create a new fine-grained token with only the access it needs.

If you have any questions, please contact GitHub Support.

Thanks,
The GitHub Team

GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107
""", to="Acme Engineering <github-acme@northwind-msp.example>")

n("security-incident", "none", "2026-11-23 12:40 +0000",
  "AWS Support <no-reply-aws@amazon.com>",
  "AWS Support: Case 17731154902 - new correspondence",
  """
Hello,

We are contacting you about an Amazon S3 bucket in your AWS account 883104227659.

A security researcher has told AWS that objects in the bucket "acme-hr-exports" (eu-west-2) can be listed and downloaded by anyone without credentials. We checked the bucket's configuration and confirmed that its bucket policy grants s3:GetObject and s3:ListBucket to all principals, and that Block Public Access is turned off for the bucket and the account.

Server access logs for the bucket show that between November 18 and November 22, 2026 more than 12,000 objects were downloaded from IP addresses that do not belong to your organization. Object keys suggest the files contain payroll exports with personal data.

We recommend that you:
1. Turn on S3 Block Public Access for the account and remove the public statements from the bucket policy.
2. Review the access logs to determine which objects were downloaded.
3. Assess whether you need to inform affected individuals or authorities under the laws that apply to you.

Please reply to this case if you need help or have questions about the report.

Best regards,
Karan D.
Amazon Web Services

To see the full case history, sign in to the AWS Support Center.
""", to="AWS Acme HR <aws-acmehr@northwind-msp.example>")

n("security-incident", "none", "2026-11-04 13:30 -0800",
  "Heroku <noreply@heroku.com>",
  "Important notice about your Heroku account",
  """
Hello ops@pelicanfoods.example,

We're writing to let you know that we have taken steps to protect your Heroku account.

The email address and password used for your account appeared in a collection of credentials leaked from another website. Over the last 24 hours we also saw sign-in attempts to your account using that password from several countries you have not signed in from before, and one of them succeeded on November 4 at 19:12 UTC.

To secure your account, we have:
- reset your password,
- revoked all existing API tokens and OAuth authorizations,
- signed out all active sessions.

Next steps:
1. Set a new password using the link "Forgot your password?" on the login page.
2. Turn on multi-factor authentication if it isn't already on.
3. Review the activity of your apps (releases, config vars, add-ons) since November 4 and roll back any changes you did not make.
4. Rotate secrets stored in config vars, such as database URLs and API keys for other services.

If you need help, open a ticket at https://help.heroku.com.

The Heroku Team

Heroku is a Salesforce company. Salesforce, Inc., Salesforce Tower, 415 Mission Street, San Francisco, CA 94105
""", to="Heroku Pelican <heroku-pelican@northwind-msp.example>")

n("security-incident", "2026-11-26", "2026-11-19 08:15 +0000",
  "Cloudflare <noreply@notify.cloudflare.com>",
  "Update on your Cloudflare account",
  """
Hi,

Cloudflare regularly looks for Cloudflare credentials that have been published by mistake. We found the Global API Key of your account in a package published on the public npm registry.

Account:   finance@harborlabs.example (account ID 0b7a3f5e91c24d6e8f10a2b3c4d5e6f7)
Credential: Global API Key
Found in:  npm package "harbor-edge-tools", version 2.3.1, file dist/config.json

The Global API Key gives full access to every zone and setting in your account. We have not yet rolled it so that your integrations keep working, but you should assume that others have copied it.

Please roll your Global API Key within 7 days (My Profile > API Tokens > Global API Key > Change) and move your integrations to scoped API tokens. If the key has not been changed by then, we will roll it automatically, which will break any integrations still using it.

We also recommend reviewing the Audit Logs of your account for changes you did not make, such as new DNS records, Workers or page rules.

If you have questions, contact Cloudflare Support.

Cloudflare Security

Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107 | Privacy Policy
""", to="Cloudflare Harbor Labs <cf-harbor@northwind-msp.example>", due=("days", 7))

n("security-incident", "2026-11-24", "2026-11-21 07:55 +0000",
  "Amazon Web Services <no-reply-aws@amazon.com>",
  "Case 17712093384 update",
  """
Hello,

Thank you for the steps you have taken so far on AWS account 604218377120. We have reviewed the account again and some items from our earlier message are still open.

Still present in the account:
- IAM user "adminx" with two active access keys (last used November 20, 2026),
- 12 running g5.12xlarge instances in sa-east-1 (launched November 14, 2026),
- a Lambda function "sys-update" in ap-south-1 that was created by the unauthorized party.

While these remain, we cannot be sure the unauthorized party has lost access, so the restriction on launching EC2 instances stays in place.

Please remove the items above and reply to this case by November 24, 2026. If we do not receive a reply by then and the activity continues, we may suspend the account to prevent further unauthorized use and charges.

Once the account is secured, you can ask for a review of the charges caused by the unauthorized activity through the same case.

Best regards,
Mirela S.
AWS Customer Service

To respond, sign in to the AWS Support Center and open case 17712093384.
""", to="AWS Westport <aws-westport@northwind-msp.example>")

n("security-incident", "2026-11-18", "2026-11-13 10:05 +0900",
  "アマゾン ウェブ サービス ジャパン <aws-security@amazon.com>",
  "【要対応】AWS アカウント 584410092236 のアクセスキーが公開されています",
  """
AWS をご利用のお客様

お客様の AWS アカウント 584410092236 に属する IAM ユーザー「backup-sync」の
アクセスキー（AKIA2EXAMPLEK9RB2TXM）が、インターネット上で公開されていることを
確認しました。

公開場所: 公開リポジトリ https://gitlab.com/kitakaze-data/tools/-/blob/main/sync.sh

このキーを入手した第三者は、当該ユーザーの権限で AWS を操作できます。
被害を抑えるため、当該ユーザーに AWSCompromisedKeyQuarantineV3 ポリシーを
アタッチしました。このポリシーはすべての不正利用を防ぐものではありません。

以下の対応を直ちに実施してください。
1. 公開されたアクセスキーを無効化・削除し、新しいキーに切り替える
2. すべてのリージョンで CloudTrail を確認し、身に覚えのない IAM ユーザー、
   ロール、アクセスキー、リソースがないか確認する
3. 不審なリソースを削除し、請求内容を確認する

本件についてサポートケース 17700981254 を作成しました。
対応内容を 5 日以内にケースへご返信ください。安全が確認できない場合、
一部サービスの利用を制限させていただく場合があります。

アマゾン ウェブ サービス ジャパン合同会社
""", to="AWS 北風データ <aws-kitakaze@northwind-msp.example>", due=("days", 5))

n("security-incident", "none", "2026-11-27 23:10 +0900",
  "さくらインターネット <info@sakura.ad.jp>",
  "さくらインターネットからのお知らせ",
  """
会員ID：nwd48213
株式会社北風データ ご担当者様

いつもさくらインターネットをご利用いただきありがとうございます。

お客様の会員メニューに、普段と異なる環境からのログインがありましたので
お知らせいたします。

ログイン日時　：2026年11月27日 22:41
接続元IPアドレス：192.0.2.230（国外）
利用環境　　　：不明なブラウザ

また、このログインの直後に、さくらのクラウドの API キーが 2 件新規に発行され、
登録メールアドレスの変更手続きが開始されています。

お心当たりがない場合は、第三者による不正ログインの可能性があります。
直ちに以下をご確認ください。
・会員メニューのパスワード変更と二段階認証の設定
・不審な API キーの削除
・サーバーやディスクなど、作成した覚えのないリソースの有無

お心当たりがある場合は、本メールは破棄してください。

※本メールは送信専用アドレスからお送りしています。

さくらインターネット株式会社
""", to="北風データ 運用窓口 <infra-jp@northwind-msp.example>")
# ---------------------------------------------------------------------------
# action-required (28: 22 English, 6 Japanese)
# ---------------------------------------------------------------------------

n("action-required", "2027-02-28", "2026-11-02 19:00 +0000",
  "Amazon Web Services <no-reply-aws@amazon.com>",
  "[Action Required] Amazon RDS for PostgreSQL 14 end of standard support on February 28, 2027",
  """
Hello,

You are receiving this message because your AWS account 512209877341 has one or more Amazon RDS for PostgreSQL DB instances running major version 14.

Amazon RDS standard support for PostgreSQL 14 ends on February 28, 2027. We recommend that you upgrade these instances to PostgreSQL 16 or higher before then.

Timeline:
- Now until February 28, 2027: you can upgrade at a time of your choosing.
- March 1, 2027: instances still running PostgreSQL 14 are automatically enrolled in Amazon RDS Extended Support, and Extended Support charges begin.
- February 28, 2029: RDS Extended Support for PostgreSQL 14 ends, and remaining instances are upgraded automatically.

Affected DB instances:
  eu-west-1   orders-db-primary   db.r6g.2xlarge
  eu-west-1   orders-db-replica   db.r6g.2xlarge
  eu-west-1   reporting-pg        db.m6g.large

Before upgrading, test the upgrade on a snapshot copy, and check that your extensions are supported on the target version. You can also use blue/green deployments to reduce downtime.

For pricing of RDS Extended Support, see the Amazon RDS pricing page. If you have questions, contact AWS Support.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and sent by Amazon Web Services, Inc.
""", to="AWS Bluefin Retail <aws-bluefin@northwind-msp.example>")

n("action-required", "2027-01-14", "2026-11-05 20:30 +0000",
  "Amazon Web Services <health@aws.com>",
  "AWS Lambda end of support for Python 3.10 [AWS Account: 902117335548] [us-east-1]",
  """
Hello,

We are contacting you because your AWS account has Lambda functions in the US East (N. Virginia) region that use the Python 3.10 runtime.

Python 3.10 has reached end of life upstream, and AWS Lambda will end support for the Python 3.10 runtime on January 14, 2027. After that date Lambda stops applying security patches and other updates to the runtime, and functions using it are no longer eligible for technical support.

Lambda then blocks changes in two further steps:
- from February 13, 2027 you can no longer create new functions that use Python 3.10,
- from March 15, 2027 you can no longer update existing functions that use Python 3.10.

Existing functions keep running and can still be invoked after these dates.

We recommend that you upgrade your functions to Python 3.13 before January 14, 2027.

The following functions are affected:
  arn:aws:lambda:us-east-1:902117335548:function:thumbnailer
  arn:aws:lambda:us-east-1:902117335548:function:nightly-export
  arn:aws:lambda:us-east-1:902117335548:function:slack-notifier

You can also see the list of affected resources in the "Affected resources" tab of the AWS Health Dashboard.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109
""", to="AWS Harbor Labs <aws-harbor@northwind-msp.example>")

n("action-required", "2026-12-02", "2026-11-09 18:00 +0000",
  "Amazon Web Services <no-reply-aws@amazon.com>",
  "Reminder: Amazon EKS Kubernetes version 1.34 end of standard support",
  """
Hello,

This is a reminder that standard support for Kubernetes version 1.34 on Amazon EKS ends on December 2, 2026.

Your AWS account 118273645509 has the following clusters running version 1.34:
  us-east-1   platform-prod
  us-east-1   platform-staging
  us-west-2   data-jobs

After December 2, 2026, clusters still on 1.34 move into extended support automatically. Clusters in extended support are charged at USD 0.60 per cluster per hour instead of USD 0.10. Extended support for 1.34 ends on December 2, 2027; at that point any cluster still on 1.34 will be upgraded automatically to the oldest version then in extended support.

To stay on standard support pricing, upgrade the control plane and your node groups to version 1.35 or later before December 2, 2026. Review the Kubernetes release notes for removed APIs and test your workloads on a non-production cluster first.

If you prefer to stay on 1.34 for now, no action is needed to keep the clusters running, but extended support charges will apply.

For more information, see "Understand the Kubernetes version lifecycle on EKS" in the Amazon EKS User Guide.

Sincerely,
Amazon Web Services

This message was sent to the account owner. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""", to="AWS Northwind Platform <aws-platform@northwind-msp.example>")

n("action-required", "2026-12-10", "2026-11-04 08:00 +0000",
  "Amazon Web Services <no-reply-aws@amazon.com>",
  "Action needed: Certificate renewal for portal.acme-example.com requires domain validation",
  """
Hello,

AWS Certificate Manager (ACM) was unable to renew the certificate below automatically, because it could not validate one or more of the domain names in it.

Certificate ARN:  arn:aws:acm:us-east-1:448812093377:certificate/6c2e4a1f-9b3d-4f07-8e21-0a5d7c3b9e44
Domain names:     portal.acme-example.com, api.acme-example.com
Expires:          December 10, 2026
In use by:        CloudFront distribution E2QW8ZLX4N1TYA

The certificate uses DNS validation. ACM looks for the following CNAME record, which is no longer present in your DNS zone:

  _3f9a1c07d5e2b8a4.api.acme-example.com.  CNAME  _81b2c9e0f4a7.mhbtsbpdnt.acm-validations.aws.

To renew the certificate, add the CNAME record back to the DNS zone of acme-example.com. ACM checks the record periodically and renews the certificate once it can validate all domain names.

If the certificate is not validated before December 10, 2026, it will expire and clients connecting to the CloudFront distribution will see certificate errors.

You can check the renewal status in the ACM console.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. | This message relates to an AWS service you use.
""", to="AWS Acme Root <aws-acme@northwind-msp.example>")

n("action-required", "2027-01-12", "2026-11-12 16:30 +0000",
  "Amazon Web Services <no-reply-aws@amazon.com>",
  "AWS Notification - Amazon EC2 Windows instances",
  """
Hello,

You are receiving this email because your AWS account 207733118840 has Amazon EC2 instances launched from Windows Server 2016 AMIs.

Microsoft extended support for Windows Server 2016 ends on January 12, 2027. After that date Microsoft no longer provides security updates for the operating system, and AWS will stop publishing updated Windows Server 2016 AMIs. AWS will mark the existing Windows Server 2016 AMIs as deprecated on the same day.

Instances already running will continue to run, but they will no longer receive security fixes.

We strongly recommend that you upgrade or migrate these instances to Windows Server 2022 or Windows Server 2025 before January 12, 2027. You can use the in-place upgrade automation in AWS Systems Manager (AWSEC2-CloneInstanceAndUpgradeWindows) or launch new instances and migrate your workloads.

Affected instances:
  ap-southeast-2   i-0a11b2c3d4e5f6071   erp-app-01
  ap-southeast-2   i-0b22c3d4e5f607182   erp-app-02
  ap-southeast-2   i-0c33d4e5f60718293   file-gw

If you need more time, Microsoft offers Extended Security Updates for purchase; see the Microsoft website for details.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""", to="AWS Pelican Foods <aws-pelican@northwind-msp.example>")

n("action-required", "2027-03-31", "2026-11-16 21:00 +0000",
  "Amazon Web Services <health@aws.com>",
  "AWS Health Event [AWS Account: 318840092271] [eu-central-1]",
  """
Hello,

We are reaching out because you have AWS Elastic Beanstalk environments in the EU (Frankfurt) region that run on platform branches based on Amazon Linux 2.

With the end of support for Amazon Linux 2, Elastic Beanstalk will retire all Amazon Linux 2 platform branches on March 31, 2027. Starting December 1, 2026, you will no longer be able to create new environments on these platform branches. Existing environments will continue to run after the retirement date, but they will no longer receive platform updates, security patches or managed updates, and AWS Support may ask you to upgrade before helping with issues.

We recommend migrating your environments to the corresponding Amazon Linux 2023 platform branches before March 31, 2027. For most applications this means creating a new environment on the new branch, testing it, and swapping CNAMEs.

Affected environments:
  checkout-api-prod     Node.js 18 running on 64bit Amazon Linux 2
  checkout-api-staging  Node.js 18 running on 64bit Amazon Linux 2
  worker-queue          Python 3.8 running on 64bit Amazon Linux 2

For a list of Amazon Linux 2023 platform branches and the migration guide, see the AWS Elastic Beanstalk Platforms documentation.

Sincerely,
Amazon Web Services

To manage which notifications you receive, visit the AWS User Notifications console.
""", to="AWS Bluefin Retail <aws-bluefin@northwind-msp.example>")

n("action-required", "2027-01-08", "2026-11-18 17:15 +0000",
  "Amazon Web Services <no-reply-aws@amazon.com>",
  "[ACTION REQUIRED] Amazon CloudWatch Synthetics runtime syn-nodejs-puppeteer-7.0 deprecation on January 8, 2027",
  """
Hello,

Amazon CloudWatch Synthetics will deprecate the canary runtime syn-nodejs-puppeteer-7.0 on January 8, 2027. The runtime is built on a Node.js version and a Chromium build that no longer receive updates.

After the deprecation date:
- you can no longer create new canaries with this runtime,
- existing canaries continue to run, but they no longer receive security fixes, and we cannot guarantee their behavior as websites adopt features the old browser does not support.

The following canaries in AWS account 730215548890 use this runtime:
  us-east-1   homepage-availability
  us-east-1   checkout-flow
  eu-west-1   login-api-heartbeat

Please update these canaries to runtime syn-nodejs-puppeteer-10.0 or later before January 8, 2027. In most cases you can change the runtime version in the console or with the UpdateCanary API without changing your script.

See "Synthetics runtime versions" in the Amazon CloudWatch User Guide for the differences between runtimes.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""", to="AWS Acme Dev <aws-acme-dev@northwind-msp.example>")

n("action-required", "2026-12-15", "2026-11-24 19:40 +0000",
  "Amazon Web Services <no-reply-aws@amazon.com>",
  "Final reminder: Amazon MSK end of support for Apache Kafka version 3.6 on December 15, 2026",
  """
Hello,

This is a final reminder that Amazon Managed Streaming for Apache Kafka (Amazon MSK) ends support for Apache Kafka version 3.6 on December 15, 2026.

Your AWS account 604218377120 still has the following provisioned clusters on version 3.6.0:
  eu-west-1   events-prod      (6 brokers, kafka.m7g.large)
  eu-west-1   events-replay    (3 brokers, kafka.m7g.large)

After December 15, 2026 you can no longer create clusters with Kafka 3.6, and AWS Support will not troubleshoot issues specific to that version. Starting January 2027, Amazon MSK will upgrade remaining clusters to Kafka 3.8 automatically during their maintenance windows; you cannot pick the time of that upgrade yourself.

We recommend that you upgrade your clusters to version 3.8 or later before December 15, 2026, so that you control when the rolling upgrade happens and can verify your clients beforehand.

You can start an in-place version upgrade from the Amazon MSK console or with the UpdateClusterKafkaVersion API. Brokers are updated one at a time.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109
""", to="AWS Westport <aws-westport@northwind-msp.example>")

n("action-required", "2026-12-15", "2026-11-26 18:00 +0000",
  "Amazon Web Services <no-reply-aws@amazon.com>",
  "Reminder: Register MFA for the root user of your AWS account",
  """
Hello,

Multi-factor authentication (MFA) is one of the simplest and most effective ways to protect your AWS account. Our records show that the root user of AWS account 215566390841 does not have an MFA device registered.

Beginning December 15, 2026, root users of standalone AWS accounts must register MFA when they sign in to the AWS Management Console. Root users without MFA will be asked to register a device before they can continue, and will not be able to use the console until they do.

We recommend that you register MFA for the root user now, so that you are not locked out when you next need the root user. You can use a passkey or security key, an authenticator app, or a hardware TOTP token. You can register up to eight devices.

To register a device:
1. Sign in to the AWS Management Console as the root user.
2. Open "Security credentials" from the account menu.
3. Choose "Assign MFA device" and follow the steps.

If the root user email address or phone number on file is out of date, update it first, because you may need it to recover access.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. You are receiving this message because you are the owner of the account.
""", to="AWS Pelican Foods <aws-pelican@northwind-msp.example>")

n("action-required", "2026-12-07", "2026-11-20 00:30 +0000",
  "Amazon Web Services <no-reply-aws@amazon.com>",
  "Update regarding your Amazon OpenSearch Service domains",
  """
Hello,

We are contacting you about Amazon OpenSearch Service domains in your AWS account 883104227659 that run Elasticsearch version 6.8.

Extended Support for Elasticsearch 6.8 on Amazon OpenSearch Service ends on December 7, 2026. Until then, these domains receive critical security fixes and you are charged the Extended Support fee per normalized instance hour.

After December 7, 2026, the domains continue to serve traffic, but they no longer receive any fixes, and we may not be able to help with operational issues on them. Some console features will also stop working for these domains.

We recommend that you upgrade these domains to OpenSearch 2.19 or later by December 7, 2026. Upgrades from Elasticsearch 6.8 go through Elasticsearch 7.10 first; allow time to take a manual snapshot and test your queries on each step.

Affected domains:
  eu-west-2   logs-archive   (Elasticsearch 6.8, 3 x r6g.large.search)
  eu-west-2   search-legacy  (Elasticsearch 6.8, 2 x m6g.large.search)

For guidance, see "Upgrading Amazon OpenSearch Service domains" in the developer guide.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""", to="AWS Acme HR <aws-acmehr@northwind-msp.example>")

n("action-required", "2027-01-31", "2026-11-07 08:00 -0800",
  "Google Cloud <CloudPlatform-noreply@google.com>",
  "[Action Required] Migrate App Engine apps from Python 3.8 by January 31, 2027",
  """
Hello Google Cloud customer,

We're writing to remind you that the Python 3.8 runtime for App Engine standard environment reached end of support and is deprecated. Our records show that you have App Engine services that still use it.

Project(s):  acme-web-frontend (default, api-v1), acme-marketing (default)

What's changing:
Starting January 31, 2027, you will no longer be able to deploy new versions of services that use Python 3.8. Versions that are already deployed will keep serving traffic for now, but they will not receive security updates, and we may disable them in the future with advance notice.

What you need to do:
Migrate your services to a supported runtime, such as Python 3.12 or 3.13, and redeploy them before January 31, 2027. Most apps only need to update the runtime setting in app.yaml and the versions of their dependencies.

We're here to help:
- Read the runtime support schedule: https://cloud.google.com/appengine/docs/standard/lifecycle/support-schedule
- Contact Google Cloud Support through the console if you have questions.

Thanks for choosing Google Cloud.

- The Google Cloud Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You're receiving this mandatory service announcement to update you about important changes to your Google Cloud product or account.
""", to="GCP Acme <gcp-acme@northwind-msp.example>")

n("action-required", "2028-09-30", "2026-11-03 23:00 +0000",
  "Microsoft Azure <azure-noreply@microsoft.com>",
  "Action recommended: Migrate to Azure Managed Redis before 30 September 2028",
  """
You're receiving this email because you use Azure Cache for Redis.

Azure Cache for Redis (Basic, Standard and Premium tiers) will be retired on 30 September 2028. We recommend migrating your caches to Azure Managed Redis, which offers better performance and newer Redis versions.

Important dates:
- 1 April 2027: you will no longer be able to create new Azure Cache for Redis instances in subscriptions that don't already have one.
- 30 September 2028: Azure Cache for Redis instances will be retired and will no longer be available. Data in caches that have not been migrated will be lost.

Required action:
To avoid disruption, migrate your caches to Azure Managed Redis before 30 September 2028.

Affected resources in subscription Contoso Retail Production (5d21e0b4-9f3c-47a1-8b62-0c5e7a913d48):
  redis-session-weu   Standard C2   West Europe
  redis-catalog-weu   Premium P1    West Europe

Help and support:
Read the migration guide at https://aka.ms/redis-migration and contact Azure support with questions.

Account information
Subscription ID: 5d21e0b4-9f3c-47a1-8b62-0c5e7a913d48

Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""", to="Azure Contoso <azure-contoso@northwind-msp.example>")

n("action-required", "2026-11-10", "2026-11-02 15:00 +0000",
  "Microsoft Azure <azure-noreply@microsoft.com>",
  "Upgrade your App Service apps to .NET 10 before 10 November 2026",
  """
You're receiving this email because you have apps on Azure App Service that run on .NET 8.

.NET 8 reaches end of support on 10 November 2026. After that date, Microsoft will no longer release security fixes or technical support for .NET 8, and App Service will no longer update the .NET 8 runtime on the platform.

Your apps will continue to run, but they will be exposed to any vulnerabilities found after end of support, and you won't be able to get support for issues related to the runtime.

Required action:
Upgrade your apps to .NET 10 (LTS) before 10 November 2026. After you update and test your code, change the stack setting of each app in the Azure portal under Configuration > General settings, or in your deployment templates.

Affected apps:
  contoso-shop-api        (West Europe, plan asp-shop-prod)
  contoso-shop-admin      (West Europe, plan asp-shop-prod)
  contoso-jobs-func       (North Europe, Function App)

Help and support:
Read the App Service language support policy at https://aka.ms/appservice-lifecycle. If you have questions, contact Azure support.

Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""", to="Azure Contoso <azure-contoso@northwind-msp.example>")

n("action-required", "2026-12-18", "2026-11-10 14:00 +0000",
  "IBM Cloud <no-reply@cloud.ibm.com>",
  "IBM Cloud notification for account 4f0e9a21c6b84d7e",
  """
Hello,

This notification concerns IBM Cloud Kubernetes Service in account "Westport Logistics" (4f0e9a21c6b84d7e).

Kubernetes version 1.32 becomes unsupported in IBM Cloud Kubernetes Service on December 18, 2026.

Clusters in this account that run version 1.32:
  wl-prod-eu-de      (eu-de, 12 worker nodes)
  wl-batch-eu-de     (eu-de, 4 worker nodes)

Clusters running an unsupported version do not receive security patches, and IBM Cloud Support can only help with them once they have been updated. About 30 days after the version becomes unsupported, you can no longer add worker nodes or update the master of such clusters except to move to a supported version.

Update the cluster master and then the worker nodes to version 1.33 or later before December 18, 2026. Review the version changelog for deprecated APIs before you update.

  ibmcloud ks cluster master update --cluster wl-prod-eu-de --version 1.33
  ibmcloud ks worker replace --cluster wl-prod-eu-de --worker <worker_ID> --update

For details, see "Kubernetes version information" in the IBM Cloud documentation.

IBM Cloud

You received this notification because you are subscribed to notifications for this account. Manage preferences in the IBM Cloud console under Notifications.
""", to="IBM Westport <ibm-westport@northwind-msp.example>")

n("action-required", "2026-11-28", "2026-11-21 10:00 +0000",
  "Oracle Cloud Infrastructure <no-reply@oracle.com>",
  "Oracle Cloud Infrastructure: Your Always Free compute instance has been identified as idle",
  """
Hello,

Thank you for using Oracle Cloud Free Tier.

We have identified the following Always Free compute instance in your tenancy as idle. Idle Always Free instances are reclaimed so that capacity remains available to all Free Tier users.

Tenancy:    harborlabs
Region:     Germany Central (Frankfurt)
Instance:   build-runner-1 (VM.Standard.A1.Flex, 4 OCPU, 24 GB)
OCID:       ocid1.instance.oc1.eu-frankfurt-1.antheljsexample7q2k

Over the last 7 days the instance used less than 20% of its CPU, network and memory at the 95th percentile.

This instance will be stopped in 7 days unless its usage increases above these thresholds. A stopped instance is not deleted and can be started again, but capacity to restart it may not be available.

To keep the instance running you can:
- upgrade your account to Pay As You Go; Always Free resources of upgraded accounts are not reclaimed,
- or make sure the instance is actually in use.

If you no longer need the instance, you can terminate it yourself.

Sincerely,
Oracle Cloud Infrastructure

Oracle Corporation, 2300 Oracle Way, Austin, TX 78741
""", to="OCI Harbor Labs <oci-harbor@northwind-msp.example>", due=("days", 7))

n("action-required", "2026-11-12", "2026-11-03 17:00 +0000",
  "DigitalOcean <support@digitalocean.com>",
  "PostgreSQL 14 reaches end of life on November 12, 2026",
  """
Hi there,

The PostgreSQL community ends support for PostgreSQL 14 on November 12, 2026. From that date the version no longer receives security fixes, and DigitalOcean Managed Databases will stop supporting it.

You have the following database clusters running PostgreSQL 14:
  db-postgres-ams3-prod     (AMS3, 2 nodes)
  db-postgres-ams3-analytics (AMS3, 1 node)

What you need to do
Upgrade each cluster to PostgreSQL 17 or 18 before November 12, 2026. You can start an in-place major version upgrade from the cluster's Settings page in the control panel, or with the API. We recommend creating a fork of the cluster first and testing your application against the upgraded fork.

What happens if you don't
Starting December 3, 2026, we will upgrade remaining PostgreSQL 14 clusters automatically to PostgreSQL 17 during their maintenance windows. Automatic upgrades can cause a few minutes of downtime and may break applications that rely on removed features.

You can read more in our documentation: https://docs.digitalocean.com/products/databases/postgresql/details/upgrade/

Happy coding,
The DigitalOcean Team

DigitalOcean, LLC, 101 6th Ave, New York, NY 10013
""", to="DigitalOcean Acme <do-acme@northwind-msp.example>")

n("action-required", "2027-01-31", "2026-11-11 09:30 +0100",
  "Hetzner Online GmbH <info@hetzner.com>",
  "Information about your server #2214587",
  """
Dear Customer,

We are contacting you about the following dedicated server in your account:

Server:        #2214587
Product:       EX41 (FSN1-DC7)
Customer no.:  K0381220147

The hardware platform of this product is reaching the end of its service life, and we are no longer able to obtain spare parts for it. For this reason we will terminate the product on 31 January 2027.

Please order a replacement server and move your data and services to it before 31 January 2027. For servers of discontinued products we waive the setup fee on current dedicated servers ordered by that date; use the voucher code given in your Robot account under "Main functions > Server".

On 31 January 2027 the server will be switched off. All data stored on it will be deleted irrevocably on 14 February 2027. We cannot restore data after this date.

If you have already cancelled this server, you may disregard this message.

If you have any questions, please contact our support team via Robot.

Kind regards

Hetzner Online GmbH
Industriestr. 25, 91710 Gunzenhausen, Germany
Tel: +49 9831 505-0
Register court: Registergericht Ansbach, HRB 6089
""", to="Hetzner Acme <hetzner-acme@northwind-msp.example>")

n("action-required", "2027-04-30", "2026-11-13 09:00 -0800",
  "Heroku <noreply@heroku.com>",
  "Action needed: upgrade your apps off the Heroku-22 stack",
  """
Hi,

Some of your apps are still running on the Heroku-22 stack, which is based on Ubuntu 22.04.

Heroku-22 reaches end-of-life on April 30, 2027, when Canonical's standard support for Ubuntu 22.04 ends. After that date:
- builds for apps on Heroku-22 will be blocked,
- existing dynos will keep running, but the stack will no longer receive security updates.

Affected apps:
  pelican-storefront
  pelican-storefront-staging
  pelican-order-sync

Please upgrade these apps to Heroku-24 before April 30, 2027:

  heroku stack:set heroku-24 -a <app name>
  git commit --allow-empty -m "Upgrade to heroku-24" && git push heroku main

We recommend upgrading a review app or staging app first and testing it.

See the Heroku-24 stack article in Dev Center for the full list of changes between the stacks.

Thanks,
The Heroku Team

Heroku is a Salesforce company. You are receiving this email because you own or collaborate on the apps listed above.
""", to="Heroku Pelican <heroku-pelican@northwind-msp.example>")

n("action-required", "2026-12-14", "2026-11-06 06:00 -0800",
  "GitHub <noreply@github.com>",
  "[GitHub] Enable two-factor authentication by December 14, 2026",
  """
Hey acme-ops,

As part of our effort to make the software supply chain more secure, GitHub requires accounts that contribute code to enable two-factor authentication (2FA). Your account has been selected for enrollment.

You have until December 14, 2026 to enable 2FA.

After that date, you will be asked to set up 2FA the next time you sign in, and you won't be able to use GitHub.com until you complete the setup. Existing personal access tokens, SSH keys and GitHub Apps keep working.

Setting up 2FA takes a few minutes:
1. Go to Settings > Password and authentication.
2. Choose "Enable two-factor authentication".
3. Set up a passkey, security key or authenticator app, and save your recovery codes.

We also recommend adding a second method in case you lose access to your first one.

Learn more about the 2FA requirement: https://docs.github.com/authentication/securing-your-account-with-two-factor-authentication-2fa

Thanks,
The GitHub Team

You're receiving this email because of an important change to your GitHub account. GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107
""", to="Acme Engineering <github-acme@northwind-msp.example>")

n("action-required", "2027-01-05", "2026-11-17 19:00 +0000",
  "Cloudflare <noreply@notify.cloudflare.com>",
  "Some of your Cloudflare Tunnels run an unsupported cloudflared version",
  """
Hi,

We noticed that some Cloudflare Tunnels in your account are connected with versions of cloudflared that are more than a year old.

Account: Harbor Labs (0b7a3f5e91c24d6e8f10a2b3c4d5e6f7)

  Tunnel              Connector version   Last seen
  harbor-office       2025.2.1            2026-11-17
  harbor-k8s-prod     2025.4.0            2026-11-17
  harbor-nas          2024.12.2           2026-11-16

Cloudflare supports cloudflared releases for one year after their release date. Starting January 5, 2027, connectors running versions older than 2025.7.0 will no longer be able to establish new connections to Cloudflare, and the tunnels listed above will go down when their connectors restart.

Please update cloudflared on these hosts to the latest version before January 5, 2027. If you installed it from our package repository, a normal package upgrade is enough; container users should pull the latest cloudflare/cloudflared image.

You can check the version of every connector in Zero Trust > Networks > Tunnels.

Thanks,
The Cloudflare Team

Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107
""", to="Cloudflare Harbor Labs <cf-harbor@northwind-msp.example>")

n("action-required", "2026-12-01", "2026-11-08 12:00 -0800",
  "Vercel <notifications@vercel.com>",
  "Upgrade your Vercel projects from Node.js 20 before December 1, 2026",
  """
Hi Acme team,

Node.js 20 reached end of life upstream earlier this year. Vercel will deprecate Node.js 20 for Builds and Functions on December 1, 2026.

What this means for you:
- Starting December 1, 2026, new deployments of projects configured for Node.js 20 will fail to build.
- Existing deployments will continue to work and serve traffic.

Projects in team "acme" that still use Node.js 20:
  acme-storefront
  acme-docs
  acme-status-page

How to upgrade:
Open each project's Settings > Build and Deployment > Node.js Version and select 24.x, or set "engines": { "node": "24.x" } in package.json. Then redeploy and check that your build and functions work as expected.

If you don't deploy these projects often, we still recommend upgrading now so that an urgent fix later doesn't fail to build.

Read the changelog: https://vercel.com/changelog

- The Vercel Team

Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723
""", to="Vercel Acme <vercel-acme@northwind-msp.example>")

n("action-required", "2027-01-15", "2026-11-15 16:00 +0000",
  "Akamai Cloud <no-reply@linode.com>",
  "Legacy Dedicated 4GB plans ending January 15, 2027",
  """
Hello,

We're retiring the legacy Dedicated 4GB (g6-dedicated-2) plan on January 15, 2027. It is being replaced by the Dedicated 4GB G7 plan, which runs on newer AMD EPYC processors and includes more transfer.

Your account has the following Linodes on this plan:
  app-worker-01   Frankfurt, DE   ID 55123987
  app-worker-02   Frankfurt, DE   ID 55123988
  ci-runner       Newark, NJ      ID 48770213

What you need to do
Resize or migrate these Linodes to a current plan before January 15, 2027. A resize to the G7 plan requires a reboot and usually finishes within 15 minutes; choose a time that suits you.

If you take no action, we will migrate these Linodes to the Dedicated 4GB G7 plan during February 2027 and send you the scheduled window in advance. The new plan costs USD 43 per month instead of USD 36.

If you have questions, our Support team is available 24/7 at https://cloud.linode.com/support.

Thank you,
Akamai Cloud Computing

Akamai Technologies, Inc., 145 Broadway, Cambridge, MA 02142
""", to="Linode Acme <linode-acme@northwind-msp.example>")
n("action-required", "2027-01-31", "2026-11-04 11:00 +0900",
  "アマゾン ウェブ サービス ジャパン <no-reply-aws@amazon.com>",
  "【要対応】Amazon ElastiCache for Redis OSS バージョン 6 の標準サポート終了（2027年1月31日）",
  """
いつも AWS をご利用いただき、ありがとうございます。

お客様の AWS アカウント 584410092236 で、Redis OSS エンジンのバージョン 6 を
使用している Amazon ElastiCache クラスターが稼働しているため、ご連絡いたします。

Amazon ElastiCache における Redis OSS バージョン 6 の標準サポートは、
2027年1月31日に終了します。

■今後のスケジュール
・2027年1月31日まで　：標準サポート期間（追加料金なし）
・2027年2月1日以降　：延長サポートに自動的に移行し、延長サポート料金が発生
・2030年1月31日　　　：延長サポート終了

■対象リソース（ap-northeast-1）
・session-cache-prod（cache.r7g.large × 3 ノード）
・rate-limit-cache（cache.t4g.medium × 2 ノード）

■お客様に実施いただきたいこと
2027年1月31日までに、Valkey 8 または Redis OSS 7.1 へのアップグレードを
実施してください。アップグレードはコンソールまたは ModifyReplicationGroup API から
実行でき、レプリカを持つクラスターではダウンタイムを最小限に抑えられます。

延長サポート料金の詳細は、Amazon ElastiCache の料金ページをご覧ください。
ご不明な点は AWS サポートまでお問い合わせください。

アマゾン ウェブ サービス ジャパン合同会社
本メールはアカウントの連絡先に送信されています。
""", to="AWS 北風データ <aws-kitakaze@northwind-msp.example>")

n("action-required", "2027-02-26", "2026-11-18 09:30 +0900",
  "アマゾン ウェブ サービス <health@aws.com>",
  "AWS Health イベントのお知らせ [AWS アカウント: 731188204456] [ap-northeast-1]",
  """
お客様各位

AWS IoT Core をご利用いただき、ありがとうございます。

お客様のアカウントで、AWS IoT Core のレガシーエンドポイント
（VeriSign 系のサーバー証明書を使用するエンドポイント）に接続している
デバイスが確認されたため、ご連絡いたします。

AWS IoT Core は、レガシーエンドポイントでの VeriSign 系証明書の提供を
2027年2月26日に終了します。この日以降、VeriSign のルート CA のみを信頼する
デバイスは AWS IoT Core に接続できなくなります。

■対象
アカウント ID　　：731188204456
リージョン　　　　：ap-northeast-1
過去 30 日間に接続したデバイス数：1,284 台
接続先　　　　　　：a1b2c3d4e5f6g7.iot.ap-northeast-1.amazonaws.com

■推奨される対応
デバイスの接続先を Amazon Trust Services (ATS) エンドポイント
（xxxxxxxx-ats.iot.ap-northeast-1.amazonaws.com）に変更し、
デバイスのトラストストアに Amazon Root CA を追加してください。
2027年2月26日までに対応を完了いただくようお願いいたします。

対象デバイスの一覧は、AWS Health Dashboard の「影響を受けるリソース」タブで
ご確認いただけます。

よろしくお願いいたします。
アマゾン ウェブ サービス
""", to="AWS 北風データ IoT <aws-kitakaze-iot@northwind-msp.example>")

n("action-required", "2027-03-31", "2026-11-10 15:00 +0900",
  "さくらインターネット <info@sakura.ad.jp>",
  "【要対応】さくらのクラウド 旧世代ディスクプランの提供終了に伴う移行のお願い",
  """
会員ID：nwd48213
株式会社北風データ ご担当者様

平素より「さくらのクラウド」をご利用いただき、誠にありがとうございます。

このたび、「さくらのクラウド」の旧世代ディスクプラン（標準プラン HDD 第1世代）の
提供を終了させていただくこととなりました。

■スケジュール
・2026年12月1日　　：対象プランでのディスク新規作成・複製の受付終了
・2027年3月31日　　：対象プランの提供終了
・2027年4月以降　　：未移行のディスクを当社にて順次停止・削除

■お客様にお願いしたいこと
2027年3月31日までに、対象ディスクを現行の SSD プランへ移行してください。
ディスクの複製機能、またはアーカイブ経由で移行が可能です。

■対象ディスク（石狩第1ゾーン）
・113600294517　backup-vol-01（500GB）
・113600294518　backup-vol-02（500GB）

移行手順は以下のマニュアルをご参照ください。
https://manual.sakura.ad.jp/cloud/storage/disk-migration.html

お客様にはご不便をおかけいたしますが、何卒ご理解を賜りますようお願い申し上げます。

さくらインターネット株式会社
https://cloud.sakura.ad.jp/
""", to="北風データ 運用窓口 <infra-jp@northwind-msp.example>")

n("action-required", "2027-01-20", "2026-11-19 14:00 +0900",
  "IIJ サポートセンター <info@iij.ad.jp>",
  "【重要】IIJ GIO ストレージ&アナリシスサービス API エンドポイントにおける TLS 1.0/1.1 の無効化について",
  """
お客様各位

平素は IIJ のサービスをご利用いただき、誠にありがとうございます。

IIJ GIO ストレージ&アナリシスサービスでは、セキュリティ向上のため、
API エンドポイントにおける TLS 1.0 および TLS 1.1 での接続を無効化いたします。

■実施日
2027年1月20日（水）

■影響
実施日以降、TLS 1.2 未満のプロトコルでの API 接続はできなくなります。
古い OS や SDK、独自に組み込んだ HTTP クライアントをご利用の場合、
データのアップロードや取得が失敗する可能性があります。

■お客様にご対応いただきたいこと
実施日までに、ご利用中のクライアントが TLS 1.2 以上で接続できることを
ご確認のうえ、必要に応じて OS・ライブラリの更新や設定変更を行ってください。

過去 30 日間に TLS 1.0/1.1 での接続が確認されたお客様のサービスコード：
・gis0128834

確認方法の詳細は、サービスオンラインマニュアルをご覧ください。

本件に関するお問い合わせは、IIJ サポートセンターまでご連絡ください。

株式会社インターネットイニシアティブ
IIJ サポートセンター
""", to="北風データ 運用窓口 <infra-jp@northwind-msp.example>")

n("action-required", "2026-12-11", "2026-11-11 16:20 +0900",
  "KDDI 法人お客さまセンター <noreply@kddi.com>",
  "お知らせ",
  """
お客さま各位

平素は KDDI のサービスをご利用いただき、誠にありがとうございます。

KDDI クラウドプラットフォームサービス（KCPS）の管理ポータルについて、
不正アクセス対策の強化のため、ログイン方式を変更いたします。

新方式では、ID とパスワードに加えてワンタイムパスワードによる
多要素認証が必須となります。

■お客さまへのお願い
本メール送信日から30日以内に、管理ポータルへログインのうえ、
全ての管理者アカウントで多要素認証の登録を完了してください。
期間内に登録が完了していないアカウントは、期間経過後、
管理ポータルへのログインができなくなります。
（仮想マシン等の稼働には影響ありません）

■対象契約
契約 ID：KCPS-0094417
管理者アカウント数：3

登録手順は、管理ポータルのお知らせ欄に掲載しているマニュアルをご確認ください。

ご不明点がございましたら、担当営業または法人お客さまセンターまでお問い合わせください。

KDDI 株式会社
※本メールは送信専用です。ご返信いただいてもお答えできません。
""", to="北風データ 運用窓口 <infra-jp@northwind-msp.example>", due=("days", 30))

n("action-required", "2027-02-28", "2026-11-24 10:00 +0900",
  "NTTコミュニケーションズ <sdpf-info@ntt.com>",
  "【ご案内】Smart Data Platform 旧 API エンドポイント廃止のお知らせ",
  """
お客さま各位

平素より Smart Data Platform（SDPF）をご利用いただき、誠にありがとうございます。

SDPF クラウド/サーバーの旧 API エンドポイント（v1 系）について、
2027年2月28日をもって提供を終了いたします。

■廃止対象
https://api-v1.sdpf.example.ntt.com/ で始まる各 API

■廃止後の影響
廃止日以降、旧エンドポイントへのリクエストはすべてエラーとなります。
旧エンドポイントを利用した自動化スクリプトや外部ツールは動作しなくなります。

■お願い
お手数ですが、廃止日までに新 API エンドポイント（v2 系）への切り替えを
お願いいたします。なお、2026年10月の 1 か月間に、お客さまのテナント
（tenant-7f21c0）から旧エンドポイントへのアクセスが 18,420 件ございました。

新旧 API の対応表と移行ガイドは、ナレッジセンターに掲載しております。
https://sdpf.ntt.com/docs/api-migration/

ご不明な点は、チケットにてお問い合わせください。

NTTコミュニケーションズ株式会社
Smart Data Platform 運営事務局
""", to="北風データ 運用窓口 <infra-jp@northwind-msp.example>")
# ---------------------------------------------------------------------------
# security-advisory (8: 7 English, 1 Japanese)
# ---------------------------------------------------------------------------

n("security-advisory", "none", "2026-11-07 01:30 +0000",
  "Amazon Web Services <health@aws.com>",
  "Security notification for Amazon Linux 2023 [AWS Account: 445566778899] [us-east-1]",
  """
Hello,

AWS is aware of CVE-2026-31877, a recently disclosed issue in the sudo package that could allow a local user with limited sudo rights to run commands as root under certain non-default configurations.

Updated packages that address the issue are available in the Amazon Linux 2023 repositories (sudo-1.9.15-1.p5.amzn2023.0.4). Amazon Linux 2023 AMIs released on or after November 6, 2026 already include the fix.

We are sending you this notification because your account has EC2 instances in us-east-1 that were launched from Amazon Linux 2023 AMIs released before that date. This notification does not mean that your instances have been accessed or that the issue has been exploited in your account; we have no indication of that.

We recommend that you update the package on these instances:

  sudo dnf upgrade --releasever=latest sudo

or launch replacement instances from the latest AMI.

For more information, see the Amazon Linux Security Center entry ALAS2023-2026-1184.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109
""", to="AWS Northwind Platform <aws-platform@northwind-msp.example>")

n("security-advisory", "none", "2026-11-12 14:00 -0800",
  "Google Cloud <CloudPlatform-noreply@google.com>",
  "Google Cloud security bulletin GCP-2026-061: Linux kernel vulnerability affecting GKE nodes",
  """
Hello Google Cloud customer,

We are sharing information about a vulnerability that affects Google Kubernetes Engine (GKE) nodes.

Bulletin:   GCP-2026-061
CVE:        CVE-2026-38150
Severity:   High
Published:  2026-11-12

Description
A use-after-free flaw in the Linux kernel's netfilter subsystem could let a process inside a container escalate its privileges to root on the node. Exploiting it requires the ability to run code in a container with CAP_NET_ADMIN, or on a node where unprivileged user namespaces are enabled.

What Google has done
GKE Autopilot clusters and Standard node pools enrolled in auto-upgrade will be upgraded to patched versions over the coming weeks as part of the normal rollout. Container-Optimized OS and Ubuntu node images with the fix are available now.

What you can do
If you run untrusted workloads, or if you have disabled node auto-upgrade, we recommend manually upgrading your node pools to one of the patched versions listed in the bulletin. You can check the status of your clusters in the console.

Read the full bulletin: https://cloud.google.com/kubernetes-engine/security-bulletins#gcp-2026-061

- The Google Cloud Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""", to="GCP Acme <gcp-acme@northwind-msp.example>")

n("security-advisory", "none", "2026-11-15 05:00 +0000",
  "Microsoft Azure <azure-noreply@microsoft.com>",
  "Important information about your Azure subscription",
  """
You're receiving this email because you have virtual machines that use the Azure Monitor Agent extension.

Microsoft has fixed a security vulnerability in the Azure Monitor Agent for Linux (CVE-2026-41203). The issue could have allowed a local, low-privileged user on a virtual machine to read configuration files of the agent that might contain connection details.

What we did
The fixed agent version (1.35.4) was released on 10 November 2026. Because automatic extension upgrade is enabled on your virtual machines, the fix has already been installed on them.

Our investigation found no evidence that this vulnerability was exploited in customer environments.

Do you need to do anything?
No action is required for virtual machines with automatic extension upgrade enabled. If you manage the agent version manually on some machines, we recommend updating them to 1.35.4 or later.

Affected subscription: Contoso Retail Production (5d21e0b4-9f3c-47a1-8b62-0c5e7a913d48)

More information is available in the Microsoft Security Response Center update guide:
https://msrc.microsoft.com/update-guide/vulnerability/CVE-2026-41203

Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""", to="Azure Contoso <azure-contoso@northwind-msp.example>")

n("security-advisory", "none", "2026-11-17 22:45 -0800",
  "GitHub <noreply@github.com>",
  "[acme-labs/checkout-service] Dependabot alert: critical severity vulnerability in fast-xml-builder",
  """
Dependabot found a vulnerable dependency in acme-labs/checkout-service.

Package:          fast-xml-builder (npm)
Affected versions: < 4.6.2
Patched version:  4.6.2
Manifest:         package-lock.json
Severity:         Critical (CVSS 9.1)
Advisory:         GHSA-7m3q-x2f8-9vcr / CVE-2026-44017

Summary
Crafted input passed to the builder's attribute serializer can lead to prototype pollution, which in some applications allows remote code execution.

Dependabot can't tell whether your code calls the affected function. Review how checkout-service uses fast-xml-builder to decide how urgent this is for you.

Remediation
Upgrade fast-xml-builder to version 4.6.2 or later. Dependabot has opened pull request #1287 with the update.

View the alert:
https://github.com/acme-labs/checkout-service/security/dependabot/58

You are receiving this because you are a security manager for the acme-labs organization. Manage your notification settings at https://github.com/settings/notifications.

GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107
""", to="Acme Engineering <github-acme@northwind-msp.example>")

n("security-advisory", "none", "2026-11-26 02:00 +0000",
  "Cloudflare <noreply@notify.cloudflare.com>",
  "Cloudflare WAF: emergency managed rule released for CVE-2026-40211",
  """
Hi,

On November 25, 2026, a critical vulnerability (CVE-2026-40211) was disclosed in a widely used e-commerce plugin for WordPress. The flaw allows unauthenticated attackers to upload files and run code on affected sites. Exploitation attempts were observed within hours of the disclosure.

What Cloudflare has done
We released an emergency rule in the Cloudflare Managed Ruleset that detects requests trying to exploit this vulnerability. For zones on the Pro, Business and Enterprise plans that have the Managed Ruleset deployed, the rule is enabled with the action "Block" by default.

Rule ID:   4e2b9f70c1a8
Ruleset:   Cloudflare Managed Ruleset
Category:  Remote Code Execution

What you can do
The WAF rule is a mitigation, not a fix. If your sites use the plugin, update it to version 9.4.3 or later. You can review blocked requests in Security > Events by filtering on the rule ID.

This message was sent to all accounts with zones that use the WAF. It does not mean that your sites use the plugin or have been attacked.

The Cloudflare Team

Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107
""", to="Cloudflare Harbor Labs <cf-harbor@northwind-msp.example>")

n("security-advisory", "none", "2026-11-23 20:00 +0000",
  "Oracle Cloud Infrastructure <no-reply@oracle.com>",
  "Oracle Security Alert Advisory - CVE-2026-21990",
  """
Dear Oracle Cloud customer,

Oracle has released Security Alert CVE-2026-21990 for a vulnerability in Oracle WebLogic Server. The vulnerability can be exploited over the network without authentication through the T3 and IIOP protocols, and may result in takeover of the server. Its CVSS 3.1 base score is 9.8.

Affected versions: Oracle WebLogic Server 12.2.1.4.0, 14.1.1.0.0 and 14.1.2.0.0.

Oracle Cloud Infrastructure services that include WebLogic Server and are managed by Oracle have been updated, and no action is needed for them.

If you run WebLogic Server yourself, for example on OCI Compute instances, in Oracle WebLogic Server for OCI stacks that you manage, or on premises, Oracle strongly recommends that you apply the patches listed in the Security Alert as soon as possible. Where patching is delayed, restricting access to the T3 and IIOP protocols reduces the risk.

Security Alert details:
https://www.oracle.com/security-alerts/alert-cve-2026-21990.html

For questions about your environment, please open a service request in My Oracle Support.

Oracle Security

Oracle Corporation, 2300 Oracle Way, Austin, TX 78741
""", to="OCI Harbor Labs <oci-harbor@northwind-msp.example>")

n("security-advisory", "none", "2026-11-28 03:00 +0000",
  "Amazon Web Services <no-reply-aws@amazon.com>",
  "AWS Notification",
  """
Hello,

We are writing to you about research published on November 27, 2026 that describes a new variant of speculative execution side-channel issues affecting some processors (CVE-2026-45102).

AWS has been working with the processor vendors on this issue. The AWS Nitro System and the hypervisors used by Amazon EC2 instances are already protected; no customer data could be read across instances or from the host through this issue, and no instance reboot is needed for that protection.

Inside an instance, the issue could in theory let one process read memory of another process on the same instance. As a general practice, we recommend keeping the operating system kernels of your instances updated. Amazon Linux kernels with the additional mitigation will be available in the coming days, and we will update our security bulletin when they are.

This message is informational. We have no indication that this issue has been used against your account.

You can follow updates on the AWS Security Bulletins page: https://aws.amazon.com/security/security-bulletins/

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""", to="AWS Northwind Platform <aws-platform@northwind-msp.example>")

n("security-advisory", "none", "2026-11-06 17:00 +0900",
  "IIJ サポートセンター <info@iij.ad.jp>",
  "【ご案内】OpenSSL の脆弱性（CVE-2026-3399）に関する当社サービスへの影響について",
  """
お客様各位

平素は IIJ のサービスをご利用いただき、誠にありがとうございます。

2026年11月4日（現地時間）に公表された OpenSSL の脆弱性（CVE-2026-3399、
深刻度：高）について、当社サービスへの影響を調査いたしましたので、
ご案内いたします。

■脆弱性の概要
細工された証明書を処理する際にメモリ破損が発生し、
サービス停止や任意のコード実行につながる可能性があるものです。

■当社サービスへの影響
・IIJ GIO インフラストラクチャー P2 のコントロールパネル等、当社管理部分：
　11月5日に修正版の適用を完了しております。
・IIJ セキュア Web ゲートウェイサービス：影響はございません。

なお、現時点で本脆弱性を悪用した攻撃による当社設備への影響は確認されておりません。

■お客様管理のサーバーについて
お客様ご自身で管理されている OS やアプリケーションで OpenSSL 3.x を
ご利用の場合は、各ディストリビューションから提供される修正版の
適用をご検討ください。

詳細は IIJ のセキュリティ情報ページをご覧ください。
https://www.iij.ad.jp/security/

株式会社インターネットイニシアティブ
IIJ サポートセンター
""", to="北風データ 運用窓口 <infra-jp@northwind-msp.example>")
# ---------------------------------------------------------------------------
# maintenance (12: 9 English, 3 Japanese)
# ---------------------------------------------------------------------------

n("maintenance", "2026-12-01", "2026-11-05 09:10 +0000",
  "Amazon Web Services <health@aws.com>",
  "[Retirement Notification] Amazon EC2 Instance scheduled for retirement [AWS Account: 207733118840] [ap-southeast-2]",
  """
Hello,

Our monitoring found a fault in the physical host that runs one of your Amazon EC2 instances in the Asia Pacific (Sydney) region, in AWS account 207733118840. The host can no longer be relied on, and the instance may already be impaired.

The instance is scheduled for retirement on December 1, 2026 at 00:00 UTC, when we will stop it.

Instance:       i-0e4d21c9a8b7f6053 (reporting-etl)
Instance type:  m5.2xlarge
Root device:    EBS

What will happen
Because the instance has an EBS root volume, it will be stopped, not terminated. You can start it again at any time after that, and it will be placed on healthy hardware. Data on instance store volumes, if any, will be lost.

What you can do
You may stop and start the instance yourself at a time that suits you before the scheduled date; this moves it to healthy hardware and cancels the retirement event. If the instance is part of an Auto Scaling group, you can also replace it.

You can see this event, and all other scheduled events for your instances, in the Events page of the EC2 console or in the AWS Health Dashboard.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109
""", to="AWS Pelican Foods <aws-pelican@northwind-msp.example>")

n("maintenance", "2026-12-07", "2026-11-09 04:00 +0000",
  "Amazon Web Services <health@aws.com>",
  "Amazon RDS planned maintenance [AWS Account: 512209877341] [eu-west-1]",
  """
Hello,

Amazon RDS will apply an operating system update to the following DB instances in your AWS account in the EU (Ireland) region. The update includes security fixes and improvements to the underlying host.

  orders-db-primary   (Multi-AZ)
  orders-db-replica
  reporting-pg

The update will be applied during each instance's weekly maintenance window, beginning December 7, 2026. For Multi-AZ instances, RDS updates the standby first and then fails over, so downtime is usually limited to the failover (typically under a minute). Single-AZ instances are unavailable for a few minutes while the update is applied.

No action is required on your part. If you would rather choose the exact time, you can apply the update yourself before then from the RDS console ("Actions > Upgrade now") or with the ApplyPendingMaintenanceAction API.

You can see the pending maintenance for each instance on its "Maintenance & backups" tab.

Sincerely,
Amazon Web Services

To manage which notifications you receive, visit the AWS User Notifications console.
""", to="AWS Bluefin Retail <aws-bluefin@northwind-msp.example>")

n("maintenance", "2026-11-18", "2026-11-11 23:30 +0000",
  "Amazon Web Services <health@aws.com>",
  "AWS Direct Connect Planned Maintenance Notification [AWS Account: 118273645509] [us-east-1]",
  """
Hello,

We will be performing planned maintenance on AWS Direct Connect equipment that hosts one or more of your connections.

Start time:  2026-11-18 04:00 UTC
End time:    2026-11-18 08:00 UTC
Location:    Equinix DC6, Ashburn, VA
Affected connection(s):
  dxcon-fgq41m2z  (10 Gbps, "nw-ashburn-primary")

During this window the connection will be unavailable for up to 30 minutes while we upgrade software on the AWS device. BGP sessions over the affected connection will go down and come back up.

If you have a redundant connection at a different location, traffic will fail over to it. If this is your only connection, we recommend that you plan for the interruption, for example by configuring a Site-to-Site VPN as a backup path.

This maintenance cannot be rescheduled. You do not need to reply to this notification.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""", to="AWS Northwind Platform <aws-platform@northwind-msp.example>")

n("maintenance", "2026-11-27", "2026-11-13 02:20 +0000",
  "Amazon Web Services <no-reply-aws@amazon.com>",
  "AWS Notification",
  """
Dear Amazon EC2 Customer,

One or more of your Amazon EC2 instances in the eu-west-1 region is scheduled for a system reboot so that we can apply maintenance to the underlying host.

Affected instances (AWS account 604218377120):
  i-0d5c1e7a9b3f24610   api-gw-01
  i-09e8a4b2c6d1f7350   api-gw-02

Maintenance window: November 27, 2026 02:00 UTC to November 27, 2026 04:00 UTC

During the window each instance will be rebooted once. A system reboot is similar to a reboot you start yourself: the instance keeps its instance ID, IP addresses and the data on its volumes. It usually completes within a few minutes.

No action is required on your part. If the scheduled time doesn't work for you, you can reschedule the event to another time before the event deadline shown in the EC2 console, under Events.

To learn more, see "Scheduled events for your instances" in the Amazon EC2 User Guide.

Sincerely,
Amazon Web Services

This message was sent by Amazon Web Services, Inc.
""", to="AWS Westport <aws-westport@northwind-msp.example>")

n("maintenance", "none", "2026-11-22 08:00 +0000",
  "Amazon Web Services <health@aws.com>",
  "Completed: Amazon ElastiCache service update [AWS Account: 512209877341] [eu-west-1]",
  """
Hello,

The service update ElastiCache-2026-10-engine-patch has been applied to the following clusters in your AWS account in the EU (Ireland) region:

  cart-cache          (3 nodes)   completed 2026-11-21 23:14 UTC
  feature-flags       (2 nodes)   completed 2026-11-21 23:41 UTC

The update installed security and stability fixes for the cache engine. Nodes were updated one at a time, and replicas were promoted as needed to keep the clusters available.

There is nothing further for you to do for these clusters. If you see unexpected behavior since the update, please contact AWS Support and mention the update name.

You can review past service updates on the Service Updates page of the ElastiCache console.

Sincerely,
Amazon Web Services

To manage which notifications you receive, visit the AWS User Notifications console.
""", to="AWS Bluefin Retail <aws-bluefin@northwind-msp.example>")

n("maintenance", "2026-12-02", "2026-11-14 10:00 -0800",
  "Google Cloud <CloudPlatform-noreply@google.com>",
  "Your Google Cloud project shop-prod-2291",
  """
Hello,

Maintenance has been scheduled for a Cloud SQL instance in your Google Cloud project.

Project:     shop-prod-2291
Instance:    orders-mysql (MySQL 8.4, europe-west3)
Scheduled:   Wednesday, December 2, 2026, 22:00 - 23:00 UTC (your preferred maintenance window)

Cloud SQL uses maintenance to update the database engine minor version, the operating system and the underlying infrastructure. During the update the instance restarts, and connections are interrupted for usually less than 60 seconds for instances with high availability.

You do not need to do anything. If the scheduled time is not convenient, you can:
- reschedule the maintenance to a later time within the next 28 days,
- apply the maintenance immediately from the instance's Overview page,
- set a deny maintenance period for your peak season.

To receive future maintenance notifications earlier, update the maintenance settings of the instance.

Learn more: https://cloud.google.com/sql/docs/mysql/maintenance

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to your Google Cloud product or account.
""", to="GCP Bluefin <gcp-bluefin@northwind-msp.example>")

n("maintenance", "2026-12-07", "2026-11-17 12:00 +0000",
  "Microsoft Azure <azure-noreply@microsoft.com>",
  "Azure Service Health: Planned maintenance for virtual machines in West Europe",
  """
Azure Service Health

Planned maintenance
Tracking ID: 8K2P-3TZ

Azure will perform maintenance on the host infrastructure of some of your virtual machines in West Europe. The maintenance requires the virtual machines to be redeployed to updated hosts, which causes a restart.

Self-service window:   23 November 2026 - 6 December 2026
Scheduled maintenance: starting 7 December 2026, 22:00 UTC

During the self-service window you can start the maintenance on each virtual machine yourself, at a time that suits you, from the Maintenance page of the virtual machine or with PowerShell or the Azure CLI. Virtual machines that have not been maintained during the self-service window will be maintained automatically from the scheduled start.

Affected virtual machines (subscription Contoso Retail Production):
  vm-web-01, vm-web-02, vm-sql-01

Virtual machines in an availability set or scale set are maintained one update domain at a time.

Data on temporary disks may be lost when a virtual machine is redeployed.

View this event in the Azure portal: https://app.azure.com/h/8K2P-3TZ/5d21e0

Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""", to="Azure Contoso <azure-contoso@northwind-msp.example>")

n("maintenance", "2026-11-24", "2026-11-16 14:00 +0100",
  "Hetzner Online GmbH <info@hetzner.com>",
  "Maintenance work: network maintenance in FSN1-DC14 on 2026-11-24",
  """
Dear Customer,

We will be carrying out maintenance work on our network in the data center park Falkenstein. Servers in the following data center are affected:

  FSN1-DC14

Start:      2026-11-24 06:00 CET
End:        2026-11-24 07:30 CET
Expected impact: several short interruptions of network connectivity, each lasting less than 5 minutes

Reason: software update on the core routers that connect FSN1-DC14 to our backbone.

Affected servers in your account:
  #2319904 (AX52)
  #2319905 (AX52)

You do not need to take any action. Your servers will not be restarted.

We apologize for any inconvenience this may cause. You can find current information about maintenance and disruptions at https://status.hetzner.com.

Kind regards

Hetzner Online GmbH
Industriestr. 25, 91710 Gunzenhausen, Germany
Register court: Registergericht Ansbach, HRB 6089
""", to="Hetzner Acme <hetzner-acme@northwind-msp.example>")

n("maintenance", "2026-12-03", "2026-11-20 09:00 +0100",
  "OVHcloud <support@ovhcloud.com>",
  "[OVHcloud] Planned intervention on your dedicated server ns3012345.ip-203-0-113.eu",
  """
Hello,

An intervention is planned on your dedicated server ns3012345.ip-203-0-113.eu.

Server:       ns3012345.ip-203-0-113.eu (Advance-2, Gravelines GRA3)
Date:         Thursday 3 December 2026
Time slot:    between 09:00 and 13:00 (Paris time)
Estimated downtime: 45 minutes
Reason:       replacement of a power supply unit reporting faults

During the intervention your server will be shut down by our technicians and restarted once the part has been replaced. We recommend that you stop your services cleanly beforehand and check that your backups are up to date.

If this time slot is a problem for you, you can ask for a different slot by replying to ticket CS10488213 from your Control Panel at least 48 hours before the intervention.

You will receive an email when the intervention is complete.

Kind regards,
The OVHcloud team

OVH SAS, 2 rue Kellermann, 59100 Roubaix, France
""", to="OVH Acme <ovh-acme@northwind-msp.example>")

n("maintenance", "2026-12-03", "2026-11-19 18:00 +0900",
  "さくらインターネット <info@sakura.ad.jp>",
  "【メンテナンス】石狩第2ゾーン ネットワーク機器メンテナンスのお知らせ（12月3日）",
  """
お客様各位

平素よりさくらインターネットをご利用いただき、誠にありがとうございます。

下記の日程にて、石狩データセンター 第2ゾーンのネットワーク機器の
メンテナンスを実施いたします。

■日時
2026年12月3日（木）2:00 ～ 6:00

■対象
さくらのクラウド 石狩第2ゾーンをご利用のお客様

■影響
作業時間中、対象ゾーンのサーバーにおいて最大 3 分程度の通信断が
2 回程度発生する見込みです。サーバーの停止や再起動は発生しません。

■お客様の作業
お客様による作業は不要です。

作業は予告なく延長・中止となる場合がございます。進捗状況は
さくらインターネット障害・メンテナンス情報ページにてお知らせいたします。
https://support.sakura.ad.jp/mainte/

ご迷惑をおかけいたしますが、何卒ご理解とご協力を賜りますよう
お願い申し上げます。

さくらインターネット株式会社
""", to="北風データ 運用窓口 <infra-jp@northwind-msp.example>")

n("maintenance", "2026-11-26", "2026-11-12 11:00 +0900",
  "NTTコミュニケーションズ <sdpf-info@ntt.com>",
  "SDPF サービスに関するお知らせ",
  """
お客さま各位

平素より Smart Data Platform をご利用いただき、誠にありがとうございます。

下記の日程で、東日本 3 リージョンのストレージ基盤の定期メンテナンスを実施いたします。

■実施日時
2026年11月26日（木）1:00 ～ 5:00

■対象サービス
・SDPF クラウド/サーバー ブロックストレージ（東日本 3）
・ファイルストレージ（東日本 3）

■影響
作業時間中、ストレージへの I/O が数秒間停止する場合があります。
仮想サーバーの停止・再起動は発生しません。

■お客さまへのお願い
お客さまによる事前の作業は必要ございません。
I/O の一時停止に敏感なアプリケーションをご利用の場合は、
作業時間中のバッチ処理等を避けていただくことをおすすめいたします。

対象テナント：tenant-7f21c0

メンテナンス情報は、SDPF ポータルのお知らせ欄でもご確認いただけます。

NTTコミュニケーションズ株式会社
Smart Data Platform 運営事務局
""", to="北風データ 運用窓口 <infra-jp@northwind-msp.example>")

n("maintenance", "2026-12-10", "2026-11-26 12:00 +0900",
  "アマゾン ウェブ サービス <health@aws.com>",
  "[AWS アカウント: 731188204456] [ap-northeast-1] Amazon Aurora のメンテナンスのお知らせ",
  """
お客様

AWS をご利用いただき、ありがとうございます。

アジアパシフィック（東京）リージョンにある、お客様の Amazon Aurora MySQL
DB クラスターに対して、必須のメンテナンスを実施いたします。

■対象 DB クラスター
・iot-telemetry-aurora（Aurora MySQL 3.08.1）
・iot-admin-aurora（Aurora MySQL 3.08.1）

■実施時期
2026年12月10日以降、各クラスターの週次メンテナンスウィンドウ中に適用されます。

■内容
データベースエンジンのパッチバージョン 3.08.2 への更新です。
適用時に DB クラスターが再起動し、数十秒程度の接続断が発生します。

お客様による対応は必要ありません。適用時期をご自身で管理したい場合は、
実施時期より前に RDS コンソールの「今すぐアップグレード」から
適用いただくこともできます。

保留中のメンテナンスは、各クラスターの「メンテナンスとバックアップ」タブで
ご確認いただけます。

アマゾン ウェブ サービス
""", to="AWS 北風データ IoT <aws-kitakaze-iot@northwind-msp.example>")
# ---------------------------------------------------------------------------
# pricing (8: 6 English, 2 Japanese)
# ---------------------------------------------------------------------------

n("pricing", "2027-02-01", "2026-11-04 22:00 +0000",
  "Amazon Web Services <no-reply-aws@amazon.com>",
  "Important information about your AWS account",
  """
Hello,

We are writing to tell you about an upcoming change to AWS Config pricing that affects your AWS account 448812093377.

From February 1, 2027, the price for each configuration item recorded with continuous recording will change from USD 0.003 to USD 0.0035 in all AWS commercial Regions. The price for periodic recording (USD 0.012 per configuration item) and the prices for AWS Config rule evaluations and conformance packs are not changing.

Based on your usage in October 2026, when your account recorded about 2.1 million configuration items, the change would have increased your AWS Config charges by approximately USD 1,050 per month.

You can reduce the number of configuration items you record by:
- excluding resource types you don't need from recording,
- switching high-churn resource types to periodic recording.

The new price will appear on the AWS Config pricing page and in the AWS Pricing Calculator. If you have questions, contact AWS Support or your account team.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was sent to the account's billing contact.
""", to="AWS Acme Root <aws-acme@northwind-msp.example>")

n("pricing", "2027-01-01", "2026-11-15 00:10 +0000",
  "Amazon Web Services <aws-marketing-email-replies@amazon.com>",
  "Changes to the AWS Free Tier for Amazon RDS",
  """
Hello,

We're writing to let you know about a change to the AWS Free Tier for Amazon RDS.

What's changing
Starting January 1, 2027, the 750 free hours per month of Amazon RDS Single-AZ usage will apply only to db.t4g.micro instances. Usage of db.t2.micro and db.t3.micro instances will be charged at the standard On-Demand rates from that date, even for accounts that are still within their Free Tier period.

The 20 GB of General Purpose (SSD) storage and 20 GB of backup storage included in the Free Tier are not changing.

Who is affected
Your account 902117335548 ran db.t3.micro instances in October 2026 that were covered by the Free Tier:
  us-east-1   wp-staging-db   db.t3.micro   MySQL 8.4

If you keep this instance on db.t3.micro, we estimate charges of about USD 12.40 per month starting January 2027. You can avoid this charge by modifying the instance to db.t4g.micro, which is supported by most engine versions.

For details, see the AWS Free Tier page and the Amazon RDS pricing page.

Sincerely,
The AWS Free Tier Team

Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109
Unsubscribe from marketing email | Privacy
""", to="AWS Harbor Labs <aws-harbor@northwind-msp.example>")

n("pricing", "2026-12-20", "2026-11-06 08:00 +0000",
  "Alibaba Cloud <noreply@alibabacloud.com>",
  "Alibaba Cloud: Notice of price adjustment for OSS internet outbound traffic",
  """
Dear Alibaba Cloud customer,

Thank you for using Alibaba Cloud Object Storage Service (OSS).

We are adjusting the price of internet outbound traffic for OSS in the regions listed below. The new prices take effect on December 20, 2026 (UTC+8) and apply to all pay-as-you-go usage from that time.

Region                    Current price        New price
Singapore                 USD 0.081 per GB     USD 0.090 per GB
Japan (Tokyo)             USD 0.081 per GB     USD 0.092 per GB
Germany (Frankfurt)       USD 0.070 per GB     USD 0.078 per GB

Prices for internet inbound traffic, storage, requests and CDN origin traffic are not changed. Outbound traffic resource plans you have already purchased remain valid at their original price until they expire.

Your account (UID 5281934457120093) used about 38 TB of OSS internet outbound traffic in Singapore in October 2026.

If you have any questions, please submit a ticket in the Alibaba Cloud console.

Best regards,
Alibaba Cloud

Alibaba Cloud (Singapore) Private Limited
This is a service email; it is sent even if you have unsubscribed from marketing email.
""", to="Alibaba Westport <ali-westport@northwind-msp.example>")

n("pricing", "2027-03-01", "2026-11-10 09:00 -0800",
  "Google Cloud <CloudPlatform-noreply@google.com>",
  "Your Google Cloud billing account 01A2B3-C4D5E6-F7A8B9",
  """
Hello,

We're writing to let you know about changes to the free tier of Cloud Run.

Starting March 1, 2027, the monthly free tier of Cloud Run will change as follows for request-based billing:

  Requests:         2 million per month  ->  1 million per month
  CPU:              180,000 vCPU-seconds ->  120,000 vCPU-seconds
  Memory:           360,000 GiB-seconds  ->  240,000 GiB-seconds

Usage above the free tier will be billed at the current list prices; the list prices themselves are not changing. Instance-based billing is not affected.

Based on your usage in the last three months, we estimate that charges to billing account 01A2B3-C4D5E6-F7A8B9 for Cloud Run will increase by about USD 6 per month. Projects using Cloud Run on this billing account: acme-web-frontend, acme-webhooks.

You can review your Cloud Run usage in Billing > Reports, filtered by service.

Learn more: https://cloud.google.com/run/pricing

Thanks for choosing Google Cloud.

- The Google Cloud Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to your Google Cloud product or account.
""", to="GCP Acme <gcp-acme@northwind-msp.example>")

n("pricing", "2027-01-01", "2026-11-18 10:00 +0100",
  "Hetzner Online GmbH <info@hetzner.com>",
  "Information regarding your Hetzner Cloud products",
  """
Dear Customer,

Over the past year our costs for electricity, hardware and data center space have risen considerably. To continue offering our products at the quality you expect, we need to adjust the prices of some Hetzner Cloud products.

The new prices will apply to new orders from 1 December 2026 and to existing products from 1 January 2027.

Product                   Old price (monthly)   New price (monthly)
CX23                      EUR 3.49              EUR 3.99
CPX32                     EUR 11.99             EUR 13.49
Primary IPv4              EUR 0.50              EUR 0.60
Volumes (per GB)          EUR 0.044             EUR 0.052

All prices exclude VAT. Hourly prices change proportionally. The prices of dedicated vCPU servers (CCX), snapshots and traffic remain unchanged.

Your project "acme-prod" currently uses 14 CPX32 servers, 16 Primary IPv4 addresses and 2,400 GB of volumes.

You do not need to do anything to accept the new prices. If you do not wish to continue using a product at the new price, you can delete it at any time in the Cloud Console; billing is hourly.

Thank you for your understanding.

Kind regards

Hetzner Online GmbH
Industriestr. 25, 91710 Gunzenhausen, Germany
""", to="Hetzner Acme <hetzner-acme@northwind-msp.example>")

n("pricing", "2026-12-01", "2026-11-24 15:00 +0000",
  "Fastly <billing@fastly.com>",
  "Update to your Fastly bandwidth rates",
  """
Hello Bluefin Retail,

We're writing to let you know that the bandwidth rates for your Fastly account will change with the billing period starting December 1, 2026.

Your account is on the usage-based Standard plan. Rates per GB delivered:

  Region              Current    From December 1, 2026
  North America       USD 0.12   USD 0.13
  Europe              USD 0.12   USD 0.13
  Asia Pacific        USD 0.19   USD 0.21
  South America       USD 0.28   USD 0.28

Request pricing, the monthly minimum and the prices of add-on products such as Next-Gen WAF are not changing.

If you'd like to move to a committed-use contract with fixed rates, your account manager can prepare an offer.

Your invoice for November usage will still use the current rates.

Thanks for building with Fastly.

Fastly Billing
Fastly, Inc., 475 Brannan St #300, San Francisco, CA 94107
""", to="Fastly Bluefin <fastly-bluefin@northwind-msp.example>")

n("pricing", "2027-02-01", "2026-11-02 14:00 +0900",
  "さくらインターネット <info@sakura.ad.jp>",
  "【ご案内】さくらのクラウド サービス料金改定のお知らせ（2027年2月1日）",
  """
お客様各位

平素より「さくらのクラウド」をご利用いただき、誠にありがとうございます。

電力料金や機器調達費用の上昇を受け、誠に勝手ながら、
2027年2月1日（月）ご利用分より、以下のサービスの料金を改定させていただきます。

■改定対象と新料金（月額・税込）
・サーバー（1コア/1GB プラン）　　：1,980円 → 2,200円
・サーバー（2コア/4GB プラン）　　：6,380円 → 7,040円
・SSD プラン ディスク（100GB）　　：4,400円 → 4,840円
・グローバル IP アドレス（1 個）　　：1,100円 → 1,320円

時間割料金・日割料金も同様の割合で改定いたします。
転送量、オブジェクトストレージ、ウェブアクセラレータの料金に変更はございません。

■お客様へのお願い
本改定に伴うお手続きは不要です。改定後の料金は、2027年2月ご利用分の
ご請求から適用されます。

料金の詳細は、以下のページをご覧ください。
https://cloud.sakura.ad.jp/payment/

お客様にはご負担をおかけいたしますが、何卒ご理解を賜りますよう
お願い申し上げます。

さくらインターネット株式会社
""", to="北風データ 運用窓口 <infra-jp@northwind-msp.example>")

n("pricing", "2027-01-01", "2026-11-27 09:00 +0900",
  "アマゾン ウェブ サービス ジャパン <no-reply-aws@amazon.com>",
  "AWS からのお知らせ",
  """
お客様

いつもアマゾン ウェブ サービスをご利用いただき、ありがとうございます。

Amazon Lightsail のアジアパシフィック（東京）リージョンにおける
インスタンスプランの料金を改定することになりましたので、お知らせいたします。

■適用日
2027年1月1日（日本時間 午前9時）

■改定内容（Linux/Unix プラン、月額）
・512 MB プラン ：USD 5.00 → USD 5.50
・1 GB プラン　 ：USD 7.00 → USD 7.70
・2 GB プラン　 ：USD 12.00 → USD 13.20
その他のプランも同程度の割合で改定されます。

Windows プラン、データベース、ロードバランサー、データ転送量の料金は
変更ありません。

■お客様のご利用状況
AWS アカウント 584410092236 で、東京リージョンの Lightsail インスタンスを
6 台ご利用中です。

本件について、お客様側でのお手続きは必要ありません。
詳細は Amazon Lightsail の料金ページをご覧ください。

アマゾン ウェブ サービス ジャパン合同会社
""", to="AWS 北風データ <aws-kitakaze@northwind-msp.example>")
# ---------------------------------------------------------------------------
# billing (8: 6 English, 2 Japanese)
# ---------------------------------------------------------------------------

n("billing", "none", "2026-11-03 07:00 +0000",
  "Amazon Web Services <no-reply-aws@amazon.com>",
  "Amazon Web Services Billing Statement Available [Account: 448812093377]",
  """
Greetings from Amazon Web Services,

This email confirms that your latest billing statement, for the period October 1 - October 31, 2026, is now available in the Billing and Cost Management console.

Account number:   448812093377
Account name:     acme-production
Statement total:  USD 18,244.90
Invoice number:   EUINIE26-2871044
Payment method:   Visa ending in 4421

Your payment method will be charged for this amount in the next few days; you do not need to make a separate payment.

Top services this period:
  Amazon Elastic Compute Cloud       USD 9,812.33
  Amazon Relational Database Service USD 4,106.75
  Amazon Simple Storage Service      USD 1,377.02
  Other services                     USD 2,948.80

To view your bill, sign in to the console and choose Bills. You can download the invoice PDF from the Invoices tab.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. or its affiliates. Please do not reply to this email.
""", to="AWS Acme Root <aws-acme@northwind-msp.example>")

n("billing", "none", "2026-11-21 15:30 +0000",
  "AWS Budgets <no-reply@budgets.amazonaws.com>",
  "AWS Budgets: Prod-Monthly has exceeded your alert threshold",
  """
AWS Budget Notification November 21, 2026
AWS Account 604218377120

Dear AWS Customer,

Your budget Prod-Monthly has an alert that fires when actual spend for the month passes 80% of the budgeted amount. Actual spend this month has now reached USD 20,311.58, which is above that threshold. Details are below and in the AWS Budgets dashboard.

Budget Name:          Prod-Monthly
Budget Type:          Cost
Budgeted Amount:      USD 25,000.00
Alert Type:           ACTUAL
Alert Threshold:      > 80.00%
ACTUAL Amount:        USD 20,311.58

The largest increases compared with last month are in Amazon EC2 (sa-east-1) and AWS Lambda (ap-south-1).

To change this alert or create new ones, go to the AWS Budgets dashboard:
https://console.aws.amazon.com/billing/home#/budgets

You are receiving this email because you are subscribed to notifications for this budget.

Amazon Web Services, Inc.
""", to="AWS Westport <aws-westport@northwind-msp.example>")

n("billing", "2026-11-19", "2026-11-12 06:00 +0000",
  "AWS Receivables <aws-receivables-support@email.amazon.com>",
  "[Action Required] Your AWS account 730215548890 has a past due balance",
  """
Hello,

We were unable to charge your payment method for the following invoice, and it is now past due.

Account:          730215548890
Invoice number:   EUINIE26-2866310
Invoice date:     October 2, 2026
Amount due:       USD 3,482.16
Payment method:   Mastercard ending in 9052 (declined: card expired)

Please pay the outstanding balance by November 19, 2026. You can update your payment method and retry the payment in the Billing and Cost Management console under Payments. If you pay by bank transfer, use the remittance details shown on the invoice and include the invoice number.

If we do not receive payment by that date, your account may be suspended, and you will not be able to use AWS services until the balance is paid. Resources in a suspended account may be deleted if the balance remains unpaid.

If you have already paid, thank you, and please disregard this message. Payments can take up to five business days to appear.

If you have questions about this invoice, contact AWS Billing support through the Support Center.

Sincerely,
AWS Accounts Receivable

Amazon Web Services EMEA SARL, 38 Avenue John F. Kennedy, L-1855 Luxembourg
""", to="AWS Acme Dev <aws-acme-dev@northwind-msp.example>")

n("billing", "2026-12-02", "2026-11-02 04:00 -0800",
  "Google Payments <payments-noreply@google.com>",
  "Your Google Cloud invoice is available: October 2026",
  """
Hello,

Your monthly invoice for Google Cloud is now available.

Billing account name:   Bluefin Retail - invoiced
Billing account ID:     01F4C2-9A7B3E-5D1C08
Invoice number:         5184429031
Invoice date:           November 1, 2026
Service period:         October 1 - October 31, 2026
Amount due:             USD 7,310.42
Payment due date:       December 2, 2026

Your billing account is set up for monthly invoicing. Please pay by bank transfer to the account shown on the invoice, and include the invoice number 5184429031 in the payment reference so that we can match your payment.

You can download the invoice PDF and the cost table in the Google Cloud console under Billing > Documents.

Late payments may lead to the suspension of services on this billing account.

Thank you for using Google Cloud.

Google Cloud Billing
Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Ireland
""", to="GCP Bluefin <gcp-bluefin@northwind-msp.example>")

n("billing", "none", "2026-11-25 20:00 +0000",
  "Amazon Web Services <no-reply-aws@amazon.com>",
  "Update on your AWS account",
  """
Hello,

We're writing with an update on the promotional credits on your AWS account 902117335548.

Credits applied to your October 2026 bill:   USD 1,873.20
Remaining credit balance:                   USD 1,240.55
Promotion:                                  AWS Activate Portfolio
Credit expiration date:                     December 31, 2026

Credits are applied automatically to eligible charges on your monthly bill. Charges that are not eligible, such as AWS Marketplace purchases, Route 53 domain registrations and Reserved Instance upfront fees, are billed to your payment method.

Any balance that remains after the expiration date cannot be used or extended. Once the credits are used up or expire, eligible charges are billed to your default payment method.

You can see your credits and how they have been applied under Billing and Cost Management > Credits.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. Please do not reply to this email.
""", to="AWS Harbor Labs <aws-harbor@northwind-msp.example>")

n("billing", "none", "2026-11-16 19:00 +0000",
  "DigitalOcean <billing@digitalocean.com>",
  "Important information about your account",
  """
Hi there,

We're writing to let you know about a change to the taxes shown on your DigitalOcean invoices.

Starting with invoices issued on or after January 1, 2027, DigitalOcean will charge Goods and Services Tax (GST) to customers with a billing address in Malaysia, in line with local regulations. GST will appear as a separate line on your invoice and will be charged together with your usage.

Your billing address is in Malaysia, so this change applies to your account (team "Acme Asia").

If your business is registered for GST and you have not yet added your registration number, you can add it in Settings > Billing > Tax information. Registered businesses will see the tax handled according to their registration status.

Your prices for Droplets, Spaces and other products are not changing; only the tax applied to them is.

You can review your past invoices under Billing > Billing history.

Thanks,
The DigitalOcean Billing Team

DigitalOcean, LLC, 101 6th Ave, New York, NY 10013
""", to="DigitalOcean Acme <do-acme@northwind-msp.example>")

n("billing", "none", "2026-11-03 16:00 +0900",
  "アマゾン ウェブ サービス ジャパン <aws-billing-jp@amazon.co.jp>",
  "アマゾン ウェブ サービス ご請求書発行のお知らせ [アカウント: 584410092236]",
  """
お客様

いつもアマゾン ウェブ サービスをご利用いただき、ありがとうございます。

2026年10月ご利用分のご請求書を発行いたしましたので、お知らせいたします。

AWS アカウント ID ：584410092236
請求書番号　　　　：JPIN26-0915532
ご請求期間　　　　：2026年10月1日 ～ 2026年10月31日
ご請求金額　　　　：1,284,300 円（うち消費税 116,754 円）
お支払方法　　　　：クレジットカード（末尾 7710）

ご請求金額は、ご登録のクレジットカードに数日中に請求されます。
別途お振り込みいただく必要はございません。

本請求書は、適格請求書発行事業者（登録番号 T0000000000000）である
アマゾン ウェブ サービス ジャパン合同会社が発行しております。

ご請求書（PDF）は、請求とコスト管理コンソールの「請求書」から
ダウンロードいただけます。

アマゾン ウェブ サービス ジャパン合同会社
本メールは送信専用アドレスから送信しています。
""", to="AWS 北風データ <aws-kitakaze@northwind-msp.example>")

n("billing", "2026-11-30", "2026-11-20 09:00 +0900",
  "さくらインターネット <billing@sakura.ad.jp>",
  "【さくらインターネット】お支払い期限のお知らせ",
  """
会員ID：nwd48213
株式会社北風データ ご担当者様

平素よりさくらインターネットをご利用いただき、誠にありがとうございます。

下記のご請求について、お支払い期限が近づいておりますのでお知らせいたします。

■ご請求内容
請求書番号　：SAKURA-2610-0048213
ご請求金額　：328,460円（税込）
対象　　　　：2026年10月ご利用分（さくらのクラウド、さくらのVPS）
お支払方法　：銀行振込
お支払期限　：2026年11月30日（月）

お支払期限までにご入金が確認できない場合、ご契約中のサービスを
停止させていただく場合がございます。

既にお支払いいただいている場合は、行き違いとなりますので
本メールは破棄してください。

振込先口座は、会員メニューの「請求書」ページでご確認いただけます。

さくらインターネット株式会社
経理部 請求担当
""", to="北風データ 経理 <billing-jp@northwind-msp.example>")
# ---------------------------------------------------------------------------
# informational (14: 12 English, 2 Japanese)
# ---------------------------------------------------------------------------

n("informational", "none", "2026-11-19 17:00 +0000",
  "Amazon Web Services <aws-marketing-email-replies@amazon.com>",
  "Your re:Invent 2026 planning guide: keynotes, sessions and livestreams",
  """
Hello,

re:Invent 2026 is almost here. Whether you are joining us in Las Vegas from November 30 to December 4 or following along online, here is what you need to know.

Keynotes
- Monday evening: Peter DeSantis on infrastructure
- Tuesday: Matt Garman, CEO of AWS
- Wednesday: Swami Sivasubramanian on agents and data
- Thursday: Werner Vogels, Amazon CTO

All keynotes and leadership sessions are livestreamed free of charge. Register for the virtual pass to watch live or on demand.

Plan your week
Reserved seating for breakout sessions, chalk talks and workshops is open in the event portal. Popular sessions fill up quickly; walk-up lines are available for every session if you miss out.

New this year
The Security and Identity track has moved to the Venetian, and the Expo opens one day earlier on Monday.

We look forward to seeing you there.

The AWS Events Team

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
You are receiving this email because you registered interest in AWS events. Unsubscribe | Privacy
""", to="Northwind Cloud Team <cloud-team@northwind-msp.example>")

n("informational", "none", "2026-11-24 17:00 +0000",
  "Amazon Web Services <aws-marketing-email-replies@amazon.com>",
  "New: Amazon GuardDuty now detects credential exfiltration across your organization",
  """
Hello,

Attackers who steal credentials rarely stay in one account. Today we're announcing a new capability in Amazon GuardDuty that links related suspicious activity across the accounts of your AWS organization into a single attack sequence finding.

What's new
- Multi-account attack sequences: GuardDuty correlates signals such as unusual API calls, credential use from new locations and data access across member accounts, and reports them as one critical finding with a timeline.
- Exfiltration detection for temporary credentials: GuardDuty now flags when session credentials issued to an EC2 instance or a Lambda function are used from outside AWS.
- Suggested remediation: each finding includes the affected principals and recommended steps.

Availability
The capability is available today in all commercial Regions where GuardDuty is offered, at no additional charge for existing GuardDuty customers. If GuardDuty is enabled through your delegated administrator account, it is turned on automatically.

Learn more
Read the launch blog post and the GuardDuty User Guide to see example findings.

Thank you,
The Amazon GuardDuty Team

Amazon Web Services, Inc. | Unsubscribe | Privacy
""", to="Northwind Cloud Team <cloud-team@northwind-msp.example>")

n("informational", "none", "2026-11-08 04:00 +0000",
  "Amazon Web Services <no-reply-aws@amazon.com>",
  "Update on your service",
  """
Hello,

We're writing to let you know about a naming change in AWS Systems Manager that you may notice in the console.

Beginning November 30, 2026, the Explorer and OpsCenter capabilities of AWS Systems Manager will appear together in the console under the name "Operations Hub". The change affects the console navigation and the documentation only.

What stays the same
- The APIs, CLI commands and CloudFormation resource types of Explorer and OpsCenter keep their current names.
- Existing OpsItems, resource data syncs and integrations continue to work unchanged.
- IAM policies that grant access to these capabilities do not need to be updated.
- Pricing does not change.

You don't need to take any action. Bookmarks to the old console pages will redirect to the new location.

Your account 318840092271 used OpsCenter in the last 90 days, which is why you are receiving this message.

For more information, see the AWS Systems Manager User Guide.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""", to="AWS Bluefin Retail <aws-bluefin@northwind-msp.example>")

n("informational", "none", "2026-11-11 16:00 +0000",
  "AWS Security <aws-marketing-email-replies@amazon.com>",
  "AWS Security Newsletter - November 2026",
  """
AWS Security Newsletter | November 2026

In this issue

1. Ransomware in the cloud: what we saw this year
Our incident response team looks back at the most common ways attackers reached customer data in 2026, from leaked access keys in code repositories to overly permissive S3 bucket policies, and what stopped them.

2. Rotate less, protect more
How IAM Roles Anywhere and short-lived credentials remove the need to store long-term access keys on servers outside AWS.

3. Security Hub: new controls
Twelve new controls, including checks for public EBS snapshots and for Lambda function URLs without authentication.

4. Webinar: incident response tabletop for cloud teams
December 9, 2026, 10:00 PT. A walkthrough of a simulated credential compromise, with the playbooks we use.

5. From the AWS Security Blog
- Building a data perimeter with resource control policies
- Detecting crypto-mining with GuardDuty Runtime Monitoring

You are receiving this newsletter because you subscribed to AWS security communications.
Unsubscribe | Manage preferences | Privacy

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
""", to="Northwind Security <security@northwind-msp.example>")

n("informational", "none", "2026-11-26 07:00 +0000",
  "Amazon Web Services <no-reply-aws@amazon.com>",
  "Amazon SES: keeping your sending reputation healthy",
  """
Hello,

Thank you for sending email with Amazon SES. As the holiday season begins, many senders increase their volume, and we want to share some practices that help keep your sending reputation healthy.

Your account status
Your SES account 301249876655 in eu-central-1 is in good standing. Over the last 30 days your bounce rate was 0.8% and your complaint rate was 0.02%. There is nothing you need to do.

Good practices for high-volume periods
- Increase volume gradually rather than sending a large campaign all at once.
- Send only to recipients who opted in, and honor unsubscribe requests quickly.
- Use the account-level suppression list, and remove addresses that hard-bounce.
- Set up Virtual Deliverability Manager to see inbox placement and receive recommendations.
- Publish DMARC for your sending domains.

If your bounce or complaint rates rise, we review accounts to protect all SES customers; following these practices makes that much less likely.

For more detail, see "Amazon SES sending review process" in the developer guide.

Sincerely,
The Amazon SES Team

Amazon Web Services, Inc. | Seattle, WA
""", to="AWS Bluefin Retail <aws-bluefin@northwind-msp.example>")

n("informational", "none", "2026-11-29 11:00 +0000",
  "AWS Support <no-reply-aws@amazon.com>",
  "Case 17740021187 update",
  """
Hello,

Thank you for contacting AWS Support.

We have completed your request to raise the Lambda concurrent executions quota for AWS account 604218377120 in the eu-west-1 region.

  Quota:            Concurrent executions
  Previous value:   1,000
  New value:        5,000
  Status:           Approved and applied

The new quota is available now. You can confirm it in the Service Quotas console under AWS Lambda.

As we have completed this request, we will resolve the case. If you have further questions, reply to this case within the next 14 days and it will reopen automatically.

We value your feedback. Please rate this interaction using the link in the Support Center.

Best regards,
Tomás R.
Amazon Web Services

To see the case history, sign in to the AWS Support Center.
""", to="AWS Westport <aws-westport@northwind-msp.example>")

n("informational", "none", "2026-11-23 08:00 -0800",
  "Google Cloud <googlecloud-noreply@google.com>",
  "Tell us about your experience with Google Cloud Support",
  """
Hello,

You recently worked with Google Cloud Support on case 51822903 ("Cloud SQL connection timeouts from GKE"). We'd like to hear how it went.

The survey has five questions and takes about three minutes:

  https://survey.cloud.google.com/support/51822903?lang=en

Your answers go to the team that runs Google Cloud Support and help us improve response times, the quality of answers and how we keep you informed.

Responses are used in accordance with the Google Cloud Privacy Notice. The survey is optional, and the link works for 14 days.

Thank you for being a Google Cloud customer.

- The Google Cloud Support Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You received this email because you opened a support case with Google Cloud. This is a one-time survey.
""", to="GCP Bluefin <gcp-bluefin@northwind-msp.example>")

n("informational", "none", "2026-11-09 17:00 +0000",
  "Microsoft Azure <azure-noreply@microsoft.com>",
  "Azure updates: November 2026 roundup",
  """
Your monthly roundup of Azure updates

Here are some of the updates we announced in the past month.

Generally available
- Azure Container Apps: serverless GPUs are now generally available in six more regions.
- Azure Database for PostgreSQL flexible server: PostgreSQL 18 support.
- Azure Monitor: simplified pricing for Basic logs.

Public preview
- Azure Kubernetes Service: node auto-provisioning with workload-aware bin packing.
- Microsoft Defender for Cloud: agentless malware scanning for storage accounts.

Events
- Microsoft Ignite 2026 sessions are now available on demand.
- Azure Infrastructure Day, 8 December 2026, online.

Retirements announced this month are listed on the Azure Updates page. If any of them affect your resources, you will also receive a separate notification from Azure Service Health.

Explore all updates at https://azure.microsoft.com/updates

You are receiving this email because you subscribed to Azure update communications.
Unsubscribe | Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""", to="Northwind Cloud Team <cloud-team@northwind-msp.example>")

n("informational", "none", "2026-11-05 08:00 -0800",
  "GitHub <noreply@github.com>",
  "Keep secrets out of your repositories with push protection",
  """
Hi acme-labs admins,

Leaked credentials are one of the most common ways attackers get into cloud accounts and build systems. Every year, millions of secrets are pushed to public repositories by accident, and many of them are found by automated scanners within minutes.

Push protection, part of GitHub Secret Protection, stops secrets before they leave a developer's machine. When someone pushes a commit that contains a supported secret, such as a cloud access key or a payment API token, the push is blocked and the developer sees where the secret is and how to remove it.

Here's how to get started in your organization:
1. Go to Organization settings > Advanced Security.
2. Enable secret scanning and push protection for all repositories, or for a selected set.
3. Decide who may bypass a block, and require a reason when they do.

You can also add custom patterns for internal tokens, and review bypasses in the security overview.

Read the guide: https://docs.github.com/code-security/secret-scanning/push-protection

Happy coding,
The GitHub Team

You're receiving this email because you are an owner of the acme-labs organization. GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107
""", to="Acme Engineering <github-acme@northwind-msp.example>")

n("informational", "none", "2026-11-14 14:00 +0000",
  "Cloudflare <noreply@notify.cloudflare.com>",
  "Cloudflare DDoS threat report for 2026 Q3",
  """
Hi,

Our DDoS threat report for the third quarter of 2026 is out. Here are some of the highlights.

- Cloudflare mitigated 9.8 million DDoS attacks in Q3, 31% more than in the same quarter last year.
- The largest attack peaked at 11.2 terabits per second and lasted 48 seconds. It was mitigated automatically.
- Hyper-volumetric HTTP attacks increasingly come from botnets of compromised cloud virtual machines rather than IoT devices.
- The most attacked industries were gaming, telecommunications and financial services.
- Ransom DDoS threats rose during the run-up to major shopping events.

What this means for you
Your zones are protected by our automatic DDoS mitigation at no extra cost on every plan. If you want to tune sensitivity, or receive alerts when attacks on your zones are mitigated, see Notifications in the dashboard.

Read the full report on the Cloudflare blog: https://blog.cloudflare.com/ddos-threat-report-2026-q3

The Cloudflare Team

Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107 | Unsubscribe
""", to="Cloudflare Harbor Labs <cf-harbor@northwind-msp.example>")

n("informational", "none", "2026-11-21 18:00 +0000",
  "Vultr <support@vultr.com>",
  "Vultr is now live in Osaka",
  """
Hi there,

We're excited to announce that our new Osaka, Japan data center is now open.

Available from day one:
- Cloud Compute (shared and dedicated CPU)
- Optimized Cloud Compute
- Bare Metal
- Block Storage and Object Storage
- Vultr Kubernetes Engine
- Cloud GPU (NVIDIA L40S)

Osaka joins our Tokyo location and gives you a second Japanese region for low-latency traffic in western Japan and for disaster recovery between regions. Private networking (VPC 2.0) is available within Osaka, and pricing is the same as in Tokyo.

To deploy, select "Osaka" when you create a new instance in the customer portal, or use the region ID "itm" in the API.

As always, if you have any questions, our support team is available 24/7.

Cheers,
The Vultr Team

Vultr Holdings LLC, 319 Clematis Street, Suite 900, West Palm Beach, FL 33401
Manage your email preferences in the customer portal.
""", to="Vultr Westport <vultr-westport@northwind-msp.example>")

n("informational", "none", "2026-11-01 18:00 +0000",
  "Amazon Web Services <aws-marketing-email-replies@amazon.com>",
  "Five steps to protect your AWS account from unauthorized use",
  """
Hello,

Most security incidents we help customers with start with something simple: a leaked access key, a root user without MFA, or an administrator password reused from another site. The good news is that a few steps make an account much harder to compromise.

1. Protect the root user. Register MFA, store the credentials securely and don't use the root user for daily work.
2. Use temporary credentials. Sign in through IAM Identity Center and use roles for applications instead of long-term access keys.
3. Keep secrets out of code. Store them in AWS Secrets Manager and scan your repositories for keys before you push.
4. Turn on detection. Enable AWS CloudTrail in all regions and Amazon GuardDuty so you hear about suspicious activity quickly.
5. Keep your contacts current. Make sure the security contact of every account reaches someone who reads it.

Want a checklist? The AWS Security Hub foundational best practices standard checks most of these automatically.

Join our free webinar "Securing a new AWS account in one afternoon" on demand at any time.

The AWS Security Team

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
Unsubscribe | Privacy
""", to="Northwind Security <security@northwind-msp.example>")

n("informational", "none", "2026-11-06 12:00 +0900",
  "アマゾン ウェブ サービス ジャパン <aws-jp-events@amazon.co.jp>",
  "【ご案内】AWS re:Invent 2026 振り返りオンラインセミナー開催のお知らせ",
  """
お客様各位

いつもアマゾン ウェブ サービスをご利用いただき、ありがとうございます。

米国ラスベガスで開催される AWS re:Invent 2026 で発表された新サービスや
アップデートを、日本語でわかりやすく解説するオンラインセミナーを開催いたします。

■開催概要
日時　　：2026年12月15日（火）14:00 ～ 17:00
形式　　：オンライン（ライブ配信、後日オンデマンド配信あり）
参加費　：無料（事前登録制）

■プログラム（予定）
・基調講演ハイライト
・生成 AI・エージェント関連のアップデート
・コンピューティング、データベースの新機能
・セキュリティとガバナンスの最新情報

■対象
AWS をご利用中、またはご検討中のエンジニア・技術責任者の皆様

お申し込みは以下のページから承っております。
https://aws.amazon.com/jp/events/reinvent-recap-2026/

皆様のご参加をお待ちしております。

アマゾン ウェブ サービス ジャパン合同会社
配信停止をご希望の方は、メール設定ページよりお手続きください。
""", to="北風データ 運用窓口 <infra-jp@northwind-msp.example>")

n("informational", "none", "2026-11-30 10:00 +0900",
  "KDDI 法人お客さまセンター <noreply@kddi.com>",
  "KDDI からのお知らせ",
  """
お客さま各位

平素は KDDI のサービスをご利用いただき、誠にありがとうございます。

2027年1月1日付で、下記のとおりサービス名称を変更いたしますので、
お知らせいたします。

■名称変更の内容
旧名称：KDDI クラウドプラットフォームサービス（KCPS）
新名称：KDDI Cloud Platform

■変更されないもの
・ご契約内容、ご利用料金、サービス仕様
・管理ポータルの URL およびログイン ID
・API エンドポイント

名称変更に伴い、お客さまにお手続きいただく必要はございません。
2027年1月ご利用分以降の請求書および管理ポータル上の表記は、
順次新名称に切り替わります。

今後とも KDDI のサービスをご愛顧賜りますよう、よろしくお願い申し上げます。

KDDI 株式会社
※本メールは送信専用です。ご返信いただいてもお答えできません。
""", to="北風データ 運用窓口 <infra-jp@northwind-msp.example>")
# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTH_START = datetime.date(2026, 11, 1)
MONTH_END = datetime.date(2026, 11, 30)


def parse_date(text):
    return datetime.datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def resolve_due(start, due):
    kind, count = due
    if kind == "days":
        return start + datetime.timedelta(days=count)
    if kind == "bdays":
        day = start
        left = count
        while left:
            day += datetime.timedelta(days=1)
            if day.weekday() < 5:
                left -= 1
        return day
    raise ValueError(kind)


def language(notice):
    return "ja" if JAPANESE.search(notice["subject"] + notice["body"]) else "en"


def check(notices):
    errors = []
    seen = set()
    for i, nt in enumerate(notices, 1):
        where = "notice %d (%s)" % (i, nt["subject"][:60])
        if nt["category"] not in CATEGORIES:
            errors.append("%s: unknown category %r" % (where, nt["category"]))
        try:
            dt = parse_date(nt["date"])
        except ValueError:
            errors.append("%s: bad date %r" % (where, nt["date"]))
            continue
        sent = dt.date()
        if not MONTH_START <= sent <= MONTH_END:
            errors.append("%s: date %s outside November 2026" % (where, sent))
        deadline = nt["deadline"]
        if deadline != "none":
            if not DATE_RE.match(deadline):
                errors.append("%s: deadline %r is not YYYY-MM-DD or none" % (where, deadline))
            else:
                try:
                    day = datetime.date.fromisoformat(deadline)
                except ValueError:
                    errors.append("%s: deadline %r is not a valid date" % (where, deadline))
                else:
                    if day < sent:
                        errors.append("%s: deadline %s before Date %s" % (where, day, sent))
        if nt["due"] is not None:
            want = resolve_due(sent, nt["due"]).isoformat()
            if deadline != want:
                errors.append("%s: relative deadline %r resolves to %s, label says %s"
                              % (where, nt["due"], want, deadline))
        lines = nt["body"].rstrip("\n").split("\n")
        filled = [l for l in lines if l.strip()]
        if not 8 <= len(lines) <= 30 or len(filled) < 8:
            errors.append("%s: body has %d lines (%d non-blank); want 8-30"
                          % (where, len(lines), len(filled)))
        if any(len(l) > 900 for l in lines):
            errors.append("%s: body line too long" % where)
        key = (nt["subject"], nt["date"])
        if key in seen:
            errors.append("%s: duplicate subject and date" % where)
        seen.add(key)
    return errors


def encode_header(value):
    charset = "us-ascii" if value.isascii() else "utf-8"
    return email.header.Header(value, charset, maxlinelen=76, header_name="Subject").encode("\n")


def encode_address(value):
    name, addr = email.utils.parseaddr(value)
    return email.utils.formataddr((name, addr), charset="utf-8")


def render(index, nt):
    dt = parse_date(nt["date"])
    _, sender_addr = email.utils.parseaddr(nt["from"])
    domain = sender_addr.split("@", 1)[1]
    digest = hashlib.sha1(("%d|%s|%s" % (index, nt["date"], nt["subject"])).encode("utf-8")).hexdigest()
    message_id = "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), digest[:16], domain)
    body = nt["body"]
    if body.isascii():
        cte, payload = "7bit", body
    elif JAPANESE.search(body):
        cte = "base64"
        payload = base64.encodebytes(body.encode("utf-8")).decode("ascii")
    else:
        cte = "quoted-printable"
        payload = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    headers = [
        "From: " + encode_address(nt["from"]),
        "To: " + encode_address(nt["to"]),
        "Subject: " + encode_header(nt["subject"]),
        "Date: " + email.utils.format_datetime(dt),
        "Message-ID: " + message_id,
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: " + cte,
        "X-Training-Label: " + nt["category"],
        "X-Training-Deadline: " + nt["deadline"],
    ]
    utc = dt.astimezone(datetime.timezone.utc)
    envelope = "From %s %s %s %2d %s" % (sender_addr, utc.strftime("%a"), utc.strftime("%b"),
                                          utc.day, utc.strftime("%H:%M:%S %Y"))
    text = "\n".join(headers) + "\n\n" + payload
    if not text.endswith("\n"):
        text += "\n"
    escaped = []
    for line in text.split("\n"):
        if line.startswith("From "):
            line = ">" + line
        escaped.append(line)
    return envelope + "\n" + "\n".join(escaped) + "\n"


def verify_written(path, notices):
    errors = []
    box = mailbox.mbox(path)
    messages = list(box)
    if len(messages) != len(notices):
        errors.append("mbox holds %d messages, expected %d" % (len(messages), len(notices)))
    for nt, raw in zip(notices, messages):
        msg = email.message_from_bytes(raw.as_bytes(), policy=email.policy.default)
        where = nt["subject"][:60]
        if str(msg["Subject"]) != nt["subject"]:
            errors.append("%s: subject does not round-trip: %r" % (where, str(msg["Subject"])))
        if msg["X-Training-Label"] != nt["category"]:
            errors.append("%s: label header mismatch" % where)
        if msg["X-Training-Deadline"] != nt["deadline"]:
            errors.append("%s: deadline header mismatch" % where)
        body = msg.get_content()
        # mboxo: undo the ">From " escape; the blank separator line belongs to the box.
        body = re.sub(r"(?m)^>From ", "From ", body).replace("\r\n", "\n").rstrip("\n") + "\n"
        if body != nt["body"]:
            errors.append("%s: body does not round-trip" % where)
        if email.utils.parsedate_to_datetime(msg["Date"]) != parse_date(nt["date"]):
            errors.append("%s: Date does not round-trip" % where)
    box.close()
    return errors


def main():
    notices = sorted(NOTICES, key=lambda nt: parse_date(nt["date"]))
    errors = check(notices)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        return 1
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "set-v.mbox")
    text = "\n".join(render(i, nt) for i, nt in enumerate(notices, 1))
    text.encode("ascii")
    with open(path, "w", encoding="ascii", newline="\n") as handle:
        handle.write(text)
    errors = verify_written(path, notices)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        return 1
    by_cat = Counter(nt["category"] for nt in notices)
    by_lang = Counter(language(nt) for nt in notices)
    by_pair = Counter((nt["category"], language(nt)) for nt in notices)
    with_deadline = sum(1 for nt in notices if nt["deadline"] != "none")
    print("wrote %s: %d notices, %d with a deadline" % (path, len(notices), with_deadline))
    for cat in CATEGORIES:
        print("  %-18s %3d  (en %d, ja %d)" % (cat, by_cat[cat], by_pair[(cat, "en")], by_pair[(cat, "ja")]))
    print("  languages: en %d, ja %d" % (by_lang["en"], by_lang["ja"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
