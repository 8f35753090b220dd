"""set-y notices, part A: abuse (10) and security-incident (12)."""
from common import AWS_NOREPLY, AWS_TS, AWS_SUPPORT, AWS_JP, WORKSPACE, M365, AZURE

NOTICES = [
# ------------------------------------------------------------------ abuse
dict(
    key="A01", provider="AWS", label="abuse", deadline="2027-01-06", rel=("d", 1),
    lang="en", kind="plain", date="2027-01-05 10:12 +0000",
    frm=AWS_TS, to="aws-tsubame@kitahama-ms.example",
    subject="Your AWS Abuse Report [48210937765] AWS ID: 604418273390",
    footer="aws_ts",
    body="""
Hello,

We've received a report that your AWS resource(s)

AWS ID: 604418273390
Region: ap-northeast-1
EC2 Instance ID: i-0c47e19a2b5d83f16
IP Address: 54.250.118.xx

has been implicated in activity that resembles scanning remote hosts on the internet for security vulnerabilities. Activity of this nature is forbidden in the AWS Acceptable Use Policy (https://aws.amazon.com/aup/). We've included the original report below for your review.

Please take action to stop the reported activity and reply directly to this email with details of the corrective actions you have taken. If you do not consider the activity described in these reports to be abusive, please reply to this email with details of your use case.

If you're unaware of this activity, it's possible that your environment has been compromised by an external attacker, or a vulnerability is allowing your machine to be used in a way that it was not intended.

We are unable to assist you with troubleshooting or technical inquiries. However, for guidance on securing your instance, we recommend reviewing the following resources:

* Amazon EC2 Security Groups User Guide: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-security-groups.html
* AWS Security Best Practices: https://aws.amazon.com/architecture/security-identity-compliance/

Please remember that you are responsible for ensuring that your instances and all applications are secured. We require a response within 24 hours. If we do not receive a response, we may take action against the resource(s) named above, which can include stopping the instance or blocking traffic to the IP address.

Case Number: 48210937765

--- Beginning of forwarded report ---

Reported-From: abuse-desk@netwatch-labs.example
Source-IP: 54.250.118.xx
Destination-Port(s): 22, 23, 2323, 5900
Observed: 2027-01-05T03:41:09Z to 2027-01-05T06:58:44Z
Connection attempts: 18,402 to 6,117 distinct hosts
Comment: Sustained horizontal SYN scan against our monitored ranges.

--- End of forwarded report ---
""",
),
dict(
    key="A02", provider="AWS", label="abuse", deadline="none",
    lang="en", kind="reply", case="171904436600", date="2027-01-07 18:26 +0000",
    frm=AWS_SUPPORT, to="aws-oyamada@kitahama-ms.example",
    subject="RE: [Case 171904436600] Amazon SES sending pause - review request",
    body="""
Hello,

Thank you for your patience while we reviewed the information you provided about the sending pause on your Amazon SES account in the US East (N. Virginia) region.

After a careful review, we are unable to lift the sending pause at this time. Based on the information we have, the bounce rate for your account rose to 14.2% between December 28 and January 3, and much of that mail was sent to addresses that appear to have been purchased or collected without the recipients' explicit consent. This is not in line with the AWS Acceptable Use Policy or the Amazon SES Service Terms, so the pause remains in effect and your account cannot send email through Amazon SES in this region.

We understand that your campaign for Oyamada Foods was sent from a list imported by a third-party vendor. Going forward, if you would like us to reconsider, you can open a new case that explains in detail how recipient addresses are obtained, how you confirm opt-in, and how bounces and complaints are processed. We are not able to provide a timeline for a future review.

For more information about our policies, see:
https://docs.aws.amazon.com/ses/latest/dg/faqs-enforcement.html

We value your feedback. Please share your experience by rating this correspondence using the link at the end of this message.

Best regards,

Miguel R.
Amazon Web Services

To see the full case history and respond, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=171904436600

> On 2027-01-05, aws-oyamada@kitahama-ms.example wrote:
> Hello, our SES sending was paused on January 4. The list in question
> was supplied by a marketing agency working for our customer. We have
> now removed all addresses that bounced and disabled the agency's
> access keys. Could you please review our account and resume sending?
> Regards, Kitahama Managed Systems operations desk
""",
),
dict(
    key="A03", provider="AWS", label="abuse", deadline="2027-01-26",
    lang="en", kind="alt", html_style="aws", date="2027-01-12 02:51 +0000",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="aws-nakano@kitahama-ms.example",
    subject="Amazon SES Review Period Notice in region AP-NORTHEAST-1 for account 331902876154",
    footer="aws_en",
    body="""
Hello,

Your Amazon SES account (331902876154) in region AP-NORTHEAST-1 is under review. You can still send email while your account is under review, but we will pause your ability to send email if the issue that caused the review is not resolved by January 26, 2027.

We placed your account under review because your complaint rate is 0.52%, which is too high. A complaint rate of 0.5% or greater could cause your account to be paused. We measured this rate over the last 6,212 eligible emails your account sent in the last 7 days.

Emails are eligible to be included in your complaint rate only if they are sent to domains that have established feedback loops with Amazon SES. Complaints are reported to us by the recipient's mailbox provider when a recipient marks your message as spam.

To resolve this issue, we recommend that you take the following steps:

- Identify the cause of the complaints. In our experience, most complaints occur because recipients did not request your email, or because you send more mail, or different mail, than the recipient expected.
- Remove addresses that have complained from your lists, and make sure your sending process honours unsubscribe requests promptly.
- Stop sending to any list that was not collected with explicit opt-in.
- Confirm that the sender identity nakano-media.example has not been used by an unauthorized application.

When you have made these changes, reply to this message with a description of what you did. Our team will review your response. We may extend the review period if your rate has not decreased at that point.

For more information, see the Amazon SES Developer Guide: https://docs.aws.amazon.com/ses/latest/dg/reputationdashboardmessages.html
""",
),
dict(
    key="A04", provider="AWS", label="abuse", deadline="2027-01-15", rel=("d", 1),
    lang="ja", kind="plain", date="2027-01-14 16:07 +0900",
    frm=AWS_TS, to="aws-seiryu@kitahama-ms.example",
    subject="AWS 不正利用に関するご報告 [Case 51902283417] AWS ID: 287710465923",
    body="""
AWS をご利用いただきありがとうございます。

お客様の AWS リソースが、フィッシングサイトの配信に関与しているとの報告を受けました。

AWS アカウント ID: 287710465923
リージョン: ap-northeast-1
リソース: Amazon S3 バケット seiryu-promo-assets-2025（静的ウェブサイトホスティング）
URL: http://seiryu-promo-assets-2025.s3-website-ap-northeast-1.amazonaws.com/login/verify.html

報告によると、上記 URL で国内の金融機関を装ったログインページが公開されており、利用者の認証情報を収集していると考えられます。このような行為は AWS 適正利用規約 (https://aws.amazon.com/jp/aup/) で禁止されています。

お客様ご自身でこの活動を行っていない場合、バケットの書き込み権限や IAM 認証情報が第三者に悪用されている可能性があります。以下をご確認ください。

・該当オブジェクトの削除、またはバケットの公開設定の無効化
・バケットポリシーおよび ACL の見直し
・不審な IAM ユーザーやアクセスキーの有無の確認
・CloudTrail ログによる書き込み元の確認

対応状況を 24 時間以内に本メールへご返信ください。期限内にご返信がない場合、報告されたリソースへのアクセスをブロックするなどの措置を講じる場合があります。本件に関する技術的なトラブルシューティングについてはお手伝いいたしかねますので、あらかじめご了承ください。

ケース番号: 51902283417

--- 報告内容 ---
報告者: phishing-report@jp-bankwatch.example
検知日時: 2027-01-14 09:22 JST
概要: 金融機関を装った認証情報収集ページ
--- 報告内容ここまで ---

AWS Trust & Safety チーム
""",
),
dict(
    key="A05", provider="Hetzner", label="abuse", deadline="2027-01-08",
    lang="en", kind="plain", date="2027-01-07 13:42 +0100",
    frm=("Hetzner Abuse Team", "abuse@hetzner.com"), to="hosting@kitahama-ms.example",
    subject="Abuse Message [AbuseID:7F1C2A:1B]: NetscanOutLevel: Netscan detected from host 95.217.44.xx",
    body="""
Dear Sir or Madam,

We have received an abuse report concerning one of your servers. Please find the report below.

Please take all necessary measures to avoid this in the future and to solve the issue.

We also request that you send a short response to us. This response should contain information about how this could have happened and what you intend to do about it. In the event that the following steps are not completed successfully, we reserve the right to block your server or IP address.

How to proceed:
- Solve the issue
- Test if the issue is solved
- Reply to this email by 2027-01-08 13:42:00 +0100 at the latest, or use the statement link below

Statement form: https://abuse.hetzner.com/statements/?token=9b43e21fd07a55c0a1e8

Server: EX44 #2281745 (ko-oyamada-batch-01)
IP: 95.217.44.xx
Customer number: K0418337291

Important note:
When replying to us, please leave the abuse ID [AbuseID:7F1C2A:1B] unchanged in the subject line. Manual replies are processed by our team; automatic replies will be ignored.

Kind regards

Abuse Team

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
Tel: +49 9831 505-0
Fax: +49 9831 505-3
www.hetzner.com

Register Court: Registergericht Ansbach, HRB 6089
CEO: Martin Hetzner, Stephan Konvickova, Gunther Zechmann

##############################################################
Netscan detected from host 95.217.44.xx

time                  protocol  src_ip        src_port  dest_ip          dest_port
Thu Jan  7 11:02:13   TCP       95.217.44.xx  41826     185.12.64.xx     3389
Thu Jan  7 11:02:13   TCP       95.217.44.xx  41830     185.12.64.xx     3389
Thu Jan  7 11:02:14   TCP       95.217.44.xx  41844     185.12.65.xx     3389
Thu Jan  7 11:02:14   TCP       95.217.44.xx  41851     185.12.66.xx     3389
(4,930 further lines omitted)
##############################################################
""",
),
dict(
    key="A06", provider="DigitalOcean", label="abuse", deadline="none",
    lang="en", kind="html", html_style="do", date="2027-01-09 22:15 +0000",
    frm=("DigitalOcean Trust & Safety", "abuse-replies@digitalocean.com"), to="do-admin@kitahama-ms.example",
    subject="DigitalOcean Support - Ticket #11483029",
    body="""
Hi there,

Our systems have detected that your Droplet is being used to mine cryptocurrency, which is a violation of our Acceptable Use Policy. To protect our platform and other customers, we have disabled public networking on the following Droplet:

- Droplet: nm-encoder-04
- Droplet ID: 398114207
- IPv4: 164.90.231.xx
- Region: SGP1
- Team: Nakano Media (team ID 7c10e4a1)

The Droplet is still running and your data has not been removed. You can continue to access it through the Recovery Console in the control panel.

In our experience, unexpected mining activity is usually the result of a compromised application, a weak SSH or root password, or an outdated package with a known vulnerability. We recommend that you take a snapshot for your own investigation, then rebuild the Droplet from a clean image rather than trying to clean the existing system.

If you believe this action was taken in error, or once you have identified and removed the cause, please reply to this ticket with a summary of what you found and what you changed. Our team will review your response and, where appropriate, restore networking.

Ticket: #11483029

Learn more about securing your Droplets: https://docs.digitalocean.com/products/droplets/how-to/secure/

Thanks,
DigitalOcean Trust & Safety

DigitalOcean, LLC, 105 Edgeview Drive, Suite 425, Broomfield, CO 80021
You are receiving this email because of an action taken on your DigitalOcean account. This is not a marketing message.
""",
),
dict(
    key="A07", provider="OVHcloud", label="abuse", deadline="none",
    lang="en", kind="plain", date="2027-01-18 08:03 +0100",
    frm=("OVHcloud", "noreply@ovh.com"), to="hosting@kitahama-ms.example",
    subject="Your service ns3102874.ip-51-75-xx.eu",
    body="""
Dear Customer,

Your dedicated server ns3102874.ip-51-75-xx.eu (customer ID km48211-ovh) has been placed in rescue mode by our security team, and its main IP address has been blocked for outgoing SMTP traffic.

Reason: sending of unsolicited bulk email (spam)

Our monitoring systems recorded more than 210,000 outgoing SMTP connections from this server over the last 6 hours, and we received several complaints from third-party mail providers about messages advertising pharmaceutical products. This activity is not compatible with our General Terms of Service and with the anti-spam policy that applies to all of our products.

What this means:
- The server has been rebooted into rescue mode. Your data on the disks has not been modified.
- Outgoing traffic on port 25 from 51.75.xx.xx is blocked.
- The block is applied to the IP address. Additional IPs attached to the server are not affected.

To restore normal operation, connect to the rescue system, identify and remove the source of the messages (compromised web application, open relay, infected account, etc.), and then use the "Unblock" option in the Network Interfaces tab of your OVHcloud Control Panel. When you unblock the IP you confirm that the issue has been fixed. Please note that a new block on the same IP within a short period may lead to a longer suspension.

Useful guides:
https://help.ovhcloud.com/csm/en-dedicated-servers-rescue-mode
https://help.ovhcloud.com/csm/en-dedicated-servers-anti-spam

Kind regards,
The OVHcloud Security team

OVH SAS, 2 rue Kellermann, 59100 Roubaix, France.
This message was sent automatically. Please do not reply directly to this email.
""",
),
dict(
    key="A08", provider="SendGrid", label="abuse", deadline="2027-01-27", rel=("b", 5),
    lang="en", kind="alt", html_style="sendgrid", date="2027-01-20 17:30 +0000",
    frm=("Twilio SendGrid Compliance", "compliance@sendgrid.com"), to="mail-relay@kitahama-ms.example",
    subject="Your SendGrid account has been placed under compliance review",
    body="""
Hello,

We're writing to let you know that your Twilio SendGrid account (username: tsubame-notify, account ID 16602934) has been placed under compliance review. During this review, your ability to send email may be limited.

Our monitoring identified the following for mail sent from your account over the past 7 days:

- Spam report rate: 0.41% (our threshold is 0.08%)
- Invalid address rate: 9.7%
- Spam trap hits: 38, on domains used by major mailbox providers

These metrics suggest that some of your recipients did not opt in to receive mail from you, or that your lists include old or purchased addresses. High spam report rates harm the reputation of our shared infrastructure and affect other senders.

To continue sending, please reply to this email within 5 business days with the following information:

1. How your recipient addresses are collected, including a link to your sign-up form.
2. How you confirm consent (for example, double opt-in).
3. How often you remove bounced and unengaged addresses.
4. A description of the mail that was sent between January 13 and January 19.

If we do not receive a response in that time, your account may be suspended. Once we receive your answers, our Compliance team will reply, usually within 2 business days.

Resources:
https://docs.sendgrid.com/ui/sending-email/deliverability
https://www.twilio.com/legal/aup

Thank you,
Twilio SendGrid Compliance Team

Twilio Inc. 101 Spear Street, Ste 500, San Francisco, CA 94105
This is a service message about your account. You can't unsubscribe from service messages.
""",
),
dict(
    key="A09", provider="Cloudflare", label="abuse", deadline="none",
    lang="en", kind="plain", date="2027-01-22 04:18 +0000",
    frm=("Cloudflare Trust & Safety", "abuse@cloudflare.com"), to="dns-admin@kitahama-ms.example",
    subject="Notice",
    body="""
Hello,

Cloudflare received a report that content on a website that uses our services is being used for phishing. We have reviewed the report and confirmed that the following URL displays a page that imitates a login page of a third-party service in order to collect credentials:

https://campaign.nakano-media.example/wp-content/uploads/2026/12/secure/index.php

Account: Nakano Media (account ID 5c1f0a9e32b84d7a)
Zone: nakano-media.example

As a result, Cloudflare has placed a phishing warning interstitial in front of the reported URL. Visitors will see a warning page before they can continue. The rest of the zone is not affected.

Because Cloudflare does not host the content of this website, we have also forwarded the report to the hosting provider listed for the origin IP address.

Phishing content on a legitimate website is often the result of a compromised content management system or plugin. We recommend that you remove the content, update the CMS and its plugins, and rotate the administrator passwords and any API tokens for the site.

After you have removed the content, you can request a review of the interstitial from the Trust & Safety section of the Cloudflare dashboard. Our team will check the URL again and remove the warning if the content is no longer present.

Report ID: 8f2d71c0b6e14a95

Regards,
Cloudflare Trust & Safety

Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107
Please do not reply to this message; replies are not monitored. Use the dashboard or https://abuse.cloudflare.com to contact us.
""",
),
dict(
    key="A10", provider="Sakura Internet", label="abuse", deadline="2027-01-25", rel=("d", 7),
    lang="ja", kind="plain", date="2027-01-18 11:30 +0900",
    frm=("さくらインターネット 不正利用対策窓口", "abuse-info@sakura.ad.jp"), to="sakura-admin@kitahama-ms.example",
    subject="【さくらインターネット】ご利用サーバーからの不正アクセスに関するご連絡",
    body="""
北浜マネージドシステムズ株式会社
ご担当者様

いつも さくらインターネット をご利用いただき、誠にありがとうございます。
さくらインターネット 不正利用対策窓口でございます。

お客様がご利用中の下記サーバーより、第三者のサーバーに対して SSH のブルートフォース攻撃と思われる通信が行われているとの通報を、外部の組織より受けました。

━━━━━━━━━━━━━━━━━━━━━━━━━━
会員ID　　　　: kms40172
サービス　　　: さくらのVPS 4G
サーバー名　　: tk2-221-18xxx.vs.sakura.ne.jp
IPアドレス　　: 153.127.xx.xx
検知日時　　　: 2027年1月17日 02:10 〜 05:48
通報元　　　　: security-team@hosting-nw.example
━━━━━━━━━━━━━━━━━━━━━━━━━━

お客様ご自身が意図した通信でない場合、サーバーが第三者に侵入され、攻撃の踏み台として悪用されている可能性がございます。

つきましては、以下の対応をお願いいたします。

1. 該当サーバーの調査（不審なプロセス、ユーザー、cron 設定の確認）
2. 原因の除去とパスワード・鍵の変更、ソフトウェアの更新
3. 調査結果と対策内容の本メールへのご返信

本メール送信日より7日以内にご回答くださいますようお願いいたします。期限までにご回答がない場合や、通信が継続している場合は、当社約款に基づき、該当サーバーのネットワークを停止させていただくことがございます。

なお、本件に関する技術的なご支援は承っておりません。あらかじめご了承ください。

------------------------------------------------------------
さくらインターネット株式会社
不正利用対策窓口
https://www.sakura.ad.jp/
※本メールにご返信の際は、件名を変更せずにお送りください。
------------------------------------------------------------
""",
),
# ------------------------------------------------------- security-incident
dict(
    key="S01", provider="AWS", label="security-incident", deadline="none",
    lang="en", kind="plain", date="2027-01-04 07:55 +0000",
    frm=AWS_NOREPLY, to="aws-tsubame@kitahama-ms.example",
    subject="Action Required: Your AWS Access Key is Exposed for AWS Account 604418273390",
    footer="aws_en",
    body="""
Hello,

We have become aware that the AWS Access Key AKIAYQ4XZ7HB2EXAMPLE, along with the corresponding Secret Key, is publicly available online at https://github.com/tsb-travel-dev/booking-sync/blob/7e1a9c2/config/settings.py.

Your security is important to us, and this exposure of your account's IAM credentials poses a security risk to your AWS account, could lead to excessive charges from unauthorized activity, and violates the AWS Customer Agreement or other agreement with us governing your use of our Services.

To protect your account from excessive charges, we may have applied the AWSCompromisedKeyQuarantineV3 AWS Managed Policy to the IAM user "svc-booking-sync", restricting access to some AWS services. Please do not remove the policy until you have completed the steps below.

Please follow the instructions below to secure your account:

Step 1: Rotate and delete the exposed AWS Access Key. Navigate to the IAM console, create a new access key for the user, update your applications, and then deactivate and delete the exposed key.

Step 2: Check your AWS CloudTrail logs for unsolicited activity, such as creation of unauthorized IAM users, policies, roles, or running EC2 instances or Lambda functions. Review all regions, not just the ones you normally use.

Step 3: Review your AWS account for any unauthorized AWS usage. Sign in to the Billing and Cost Management console and review the Bills page for unexpected charges.

Step 4: Remove the credentials from the public repository and its history. Deleting the file in a new commit is not enough.

Please be aware that you remain responsible for all charges in your account, including charges resulting from unauthorized use. Once you have completed these steps, please respond to the AWS Support case that has been opened for this notification.

Case ID: 172203918311
""",
),
dict(
    key="S02", provider="AWS", label="security-incident", deadline="2027-01-14", rel=("d", 5),
    lang="en", kind="fwd", date="2027-01-09 09:40 +0000",
    frm=AWS_NOREPLY, to="it-admin@seiryu-pharma.example",
    subject="Your AWS Account 287710465923 may be compromised",
    footer="aws_en",
    fwd=dict(
        frm=("Haruka Imai", "h.imai@seiryu-pharma.example"),
        to="aws-seiryu@kitahama-ms.example",
        date="2027-01-09 19:12 +0900",
        subject="Fwd: Your AWS Account 287710465923 may be compromised",
        note="""
Kitahama support team,

Forwarding the message below, which arrived this evening on our admin address. We did not launch anything in Sao Paulo or Ohio. Can you please look at this urgently and handle the steps AWS asks for? I'm reachable on my mobile all weekend.

Thanks,
Haruka Imai
IT Infrastructure, Seiryu Pharma
""",
    ),
    body="""
Hello,

We have detected unusual activity in your AWS account 287710465923 that indicates your account may have been accessed by an unauthorized party. Specifically, we observed the following:

- Launch of 46 g5.12xlarge EC2 instances in sa-east-1 and us-east-2 between 2027-01-09 05:12 and 06:30 UTC
- Creation of a new IAM user "aws-support-sync" with the AdministratorAccess policy attached
- Creation of access keys for the IAM user "ci-deploy" from an IP address not previously associated with your account

To protect your account, we have limited your ability to launch new EC2 instances. Existing resources have not been modified by AWS.

Please take the following actions immediately:

1. Change the password of the root user and enable MFA if it is not already enabled.
2. Delete any IAM users, roles, access keys and policies that you did not create.
3. Terminate any EC2 instances, Lambda functions and other resources that you did not launch, in all regions.
4. Review AWS CloudTrail to understand how access was obtained.
5. Reply to the support case below confirming the steps you have taken.

If we do not receive a response within 5 days, we may restrict further access to your account or suspend it to prevent additional unauthorized usage.

Case ID: 172311840527
Open the case: https://console.aws.amazon.com/support/home#/case/?displayId=172311840527
""",
),
dict(
    key="S03", provider="AWS", label="security-incident", deadline="none",
    lang="en", kind="reply", case="172108832946", date="2027-01-12 03:47 +0000",
    frm=AWS_SUPPORT, to="aws-nakano@kitahama-ms.example",
    subject="Re: [Case 172108832946] Unauthorized activity in AWS account 331902876154",
    body="""
Hello,

Thank you for the update and for the CloudTrail extract you attached.

I have reviewed the account together with our security team. We can confirm that the IAM user "media-uploader" was used from two IP addresses outside Japan starting on January 10 at 14:03 UTC, and that these sessions created an IAM role "lambda-edge-cache" and a Lambda function in eu-west-3 that was sending outbound traffic to a large number of hosts. The access key AKIAUQ3F7J2K9EXAMPLE used for these calls was the key you mentioned was embedded in the mobile build that was published last week.

According to our records you have already deactivated that key and deleted the role. We still see the following resources that were created by the unauthorized sessions and are still present:

- Lambda function "cache-warmup-eu" in eu-west-3
- EC2 key pair "support-temp" in eu-west-3
- An SNS topic "alerts-forward" in us-west-2

Please remove these resources and let us know once complete. After that, I will be able to request a review of the unexpected charges incurred between January 10 and January 11 under our billing adjustment process. Please note that a billing review is not guaranteed and is assessed case by case.

I also recommend enabling Amazon GuardDuty in all regions and adopting IAM roles with temporary credentials instead of long-term access keys for mobile and CI workloads.

Best regards,

Priya S.
Amazon Web Services

Was this response helpful? Rate it in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=172108832946

> From: aws-nakano@kitahama-ms.example
> Sent: 2027-01-11 09:15 UTC
>
> We found the exposed key and deactivated it. We also deleted the IAM
> role lambda-edge-cache. CloudTrail extract attached. Please confirm
> whether any other resources were created and advise about the charges.
""",
),
dict(
    key="S04", provider="AWS", label="security-incident", deadline="none",
    lang="ja", kind="plain", date="2027-01-15 13:21 +0900",
    frm=AWS_JP, to="aws-oyamada@kitahama-ms.example",
    subject="【重要】AWS アカウント 519274880316 のアクセスキーが公開されています",
    footer="aws_ja",
    body="""
AWS をご利用いただきありがとうございます。

お客様の AWS アカウント 519274880316 に関連付けられた IAM アクセスキー AKIAXW5T3QPL8EXAMPLE と、対応するシークレットアクセスキーが、以下の公開リポジトリ上で閲覧可能な状態になっていることを確認しました。

https://github.com/oyamada-ec/shop-batch/blob/main/.env

このような認証情報の公開は、お客様のアカウントのセキュリティ上のリスクとなり、不正な利用による高額な請求につながる可能性があります。お客様のアカウントを保護するため、該当の IAM ユーザー「batch-runner」に AWSCompromisedKeyQuarantineV3 ポリシーを適用し、一部のサービスへのアクセスを制限している場合があります。以下の手順が完了するまで、このポリシーは削除しないでください。

手順 1: 公開されたアクセスキーのローテーションと削除
IAM コンソールで新しいアクセスキーを作成し、アプリケーションを更新した後、公開されたキーを無効化して削除してください。

手順 2: 不正なアクティビティの確認
AWS CloudTrail で、身に覚えのない IAM ユーザー、ロール、ポリシーの作成や、EC2 インスタンス、Lambda 関数の起動がないか、すべてのリージョンで確認してください。

手順 3: 請求内容の確認
請求とコスト管理コンソールで、想定外の料金が発生していないか確認してください。

手順 4: リポジトリからの削除
公開リポジトリおよびコミット履歴から認証情報を完全に削除してください。

不正利用による料金を含め、アカウントで発生した料金はお客様のご負担となりますのでご注意ください。手順の完了後、本件のために作成されたサポートケース（ケース ID: 172419055083）にご返信ください。
""",
),
dict(
    key="S05", provider="GitHub", label="security-incident", deadline="none",
    lang="en", kind="plain", date="2027-01-06 12:09 +0000",
    frm=("GitHub", "noreply@github.com"), to="github-admin@kitahama-ms.example",
    subject="[GitHub] A personal access token (classic) belonging to kms-deploy-bot was found in a public repository",
    body="""
Hi @kms-deploy-bot,

GitHub was notified that one of your personal access tokens (classic) was found in a public location. As a result, we have revoked the token and it can no longer be used.

Token name: jenkins-release-2025
Scopes: repo, workflow, write:packages
Last used: January 6, 2027 at 11:52 (UTC)
Found in: https://github.com/nakano-media-labs/player-sdk-demo/blob/3f9e0c1/ci/publish.sh

The token was included in a commit pushed to a public repository. GitHub's secret scanning detected it and revoked it automatically to prevent it from being used by others.

Before the token was revoked, it was used from an IP address we have not seen on your account before (203.0.113.xx). We recommend that you review the security log for your account and the audit log of the organizations the token had access to, and check for unexpected activity such as new deploy keys, workflow changes, new releases, or pushes to protected branches.

If you still need a token for your automation, create a new fine-grained personal access token with only the permissions it needs and store it as an encrypted secret, not in your code:
https://github.com/settings/tokens

For more information about this process, see:
https://docs.github.com/code-security/secret-scanning/about-secret-scanning

Thanks,
The GitHub Team

You're receiving this email because a token associated with your account was found in a public location.
GitHub, Inc. 88 Colin P Kelly Jr Street San Francisco, CA 94107
""",
),
dict(
    key="S06", provider="GitLab", label="security-incident", deadline="none",
    lang="en", kind="plain", date="2027-01-11 21:34 +0000",
    frm=("GitLab", "gitlab@mg.gitlab.com"), to="gitlab-admin@kitahama-ms.example",
    subject="Important notice about your GitLab.com account",
    body="""
Hello Kitahama Ops,

We are contacting you because our security team has confirmed that your GitLab.com account (@kitahama-ops) was accessed by an unauthorized party.

Between 2027-01-11 18:02 and 18:40 UTC, a session signed in to your account from a new location (Bucharest, Romania) using your password and a one-time backup code. During that session, the following actions were recorded:

- A new SSH key "laptop-new" was added
- A personal access token "api-sync" with the api scope was created
- The repository group kitahama-ms/customer-infra was exported

To protect your account and the groups you belong to, we have taken these steps:

- Locked your account and signed out all active sessions
- Revoked the personal access token and removed the SSH key listed above
- Invalidated your remaining two-factor authentication backup codes

To regain access, reset your password using the link on the sign-in page and generate new backup codes. After you sign in, please review your account's authentication log, your SSH keys and access tokens, and the audit events of the groups you own. Because a group export was created, we strongly recommend that you rotate any secrets, deploy keys and CI/CD variables stored in projects under kitahama-ms/customer-infra.

If you did not use backup codes recently, they may have been stored in an insecure location. We suggest enabling a WebAuthn device as your primary second factor.

Reset password: https://gitlab.com/users/password/new
Security best practices: https://docs.gitlab.com/ee/security/

GitLab Security Operations

GitLab Inc., 268 Bush Street #350, San Francisco, CA 94104
You are receiving this email because of important activity on your GitLab.com account.
""",
),
dict(
    key="S07", provider="Google Workspace", label="security-incident", deadline="none",
    lang="en", kind="alt", html_style="workspace", date="2027-01-13 06:20 +0000",
    frm=("Google Workspace Alerts", "google-workspace-alerts-noreply@google.com"), to="gws-admin@kitahama-ms.example",
    subject="Alert: User suspended due to suspicious activity",
    footer="workspace",
    body="""
Google Workspace Alert

User suspended due to suspicious activity

Google detected suspicious activity on the account of a user in your organization and suspended it to protect your organization's data.

Organization: nakano-media.example
User: t.kondo@nakano-media.example
Activity date: January 13, 2027, 05:48 UTC
Alert ID: 6a0f2e91-7c3d-4b18-a2c5-91b0d44e8f37

What happened
Someone signed in to this account from an unfamiliar device in a country the user has not signed in from before, using the correct password. Shortly after, the session created a mail forwarding rule to an external address, deleted the sent messages, and began sending messages with links to a file-sharing page to more than 300 external recipients. This pattern matches a compromised account.

What you should do
- Review the alert details and the user's sign-in activity in the Admin console.
- Reset the user's password and sign-out cookies before you restore the account.
- Remove any mail forwarding rules, filters, delegated access and third-party app access that the user did not set up.
- Turn on 2-Step Verification for the user and consider enforcing it for the organizational unit.

The user will not be able to access Gmail, Drive or other Google services until an administrator restores the account.

View alert: https://admin.google.com/ac/ac?alertId=6a0f2e91-7c3d-4b18-a2c5-91b0d44e8f37

You're receiving this email because you are a super administrator for nakano-media.example. To change which alert emails you receive, go to Rules in the Admin console.
""",
),
dict(
    key="S08", provider="Microsoft 365", label="security-incident", deadline="none",
    lang="en", kind="html", html_style="m365", date="2027-01-19 01:05 +0000",
    frm=("Microsoft 365", "o365alerts@microsoft.com"), to="m365-admin@kitahama-ms.example",
    subject="High-severity alert: User restricted from sending email",
    footer="m365",
    body="""
A high-severity alert has been triggered

User restricted from sending email

Severity: High
Time of occurrence: 1/19/2027 12:41:00 AM (UTC)
Activity: User restricted from sending email
User: y.hoshino@tsubame-travel.example
Tenant: Tsubame Travel (tsubametravel.onmicrosoft.example)
Details: This user was restricted from sending email because outbound messages exceeded the sending limits and matched patterns associated with a compromised account.

Our investigation shows that the mailbox sent 4,812 messages in 37 minutes, most of them with the subject "Invoice for your booking" and a link to an external site that imitates a Microsoft sign-in page. Sign-in logs show a successful interactive sign-in to the account from an IP address in a region the user has not used before, immediately before the sending started. An inbox rule named "..." was created that moves replies to the RSS Subscriptions folder.

Recommended actions:
- Reset the user's password and revoke all active sessions.
- Require multifactor authentication for the account.
- Remove suspicious inbox rules, forwarding and app consents.
- Review the audit log for mailbox access and other affected users.
- Once the account is secure, remove the user from the Restricted entities page in the Microsoft Defender portal.

View alert details: https://security.microsoft.com/alerts

Thank you,
The Microsoft 365 team

You received this email because you are subscribed to alert notifications for your organization.
""",
),
dict(
    key="S09", provider="MongoDB Atlas", label="security-incident", deadline="2027-01-15", rel=("d", 2),
    lang="en", kind="plain", date="2027-01-13 09:00 +0000",
    frm=("MongoDB Atlas", "mongodb-atlas-alerts@mongodb.com"), to="dba@kitahama-ms.example",
    subject="Important: exposed database user credentials in project Seiryu-LIMS-Prod",
    body="""
Hello,

MongoDB's security team has identified that valid credentials for a database user in one of your Atlas projects have been published in a publicly accessible location.

Organization: Kitahama Managed Systems
Project: Seiryu-LIMS-Prod
Cluster: lims-prod-01 (M40, AWS ap-northeast-1)
Database user: lims_app
Location found: a public paste site, posted on January 12, 2027

Our logs also show that this user authenticated to the cluster on January 12 at 23:14 UTC from an IP address that is not in your usual connection pattern. The cluster's IP access list currently includes 0.0.0.0/0, which allows connections from any address. The session ran listCollections and find operations against the "samples" and "results" databases.

We recommend that you take the following steps immediately:

1. Change the password for the database user lims_app, or delete the user and create a new one.
2. Remove 0.0.0.0/0 from the IP access list and allow only the addresses your applications use, or use private endpoints.
3. Review the database access history and the Atlas activity feed for the project.
4. Assess whether the data that was read requires notification under the regulations that apply to you.

To limit further exposure, Atlas will automatically rotate the password for this database user within 48 hours of this notice if it has not been changed by then. Applications using the old password will then fail to connect.

Activity feed: https://cloud.mongodb.com/v2/5f8e2c31a9d04b7e13c6a0f2#/activity

If you have questions, contact MongoDB Support from the Atlas UI.

The MongoDB Atlas Team

MongoDB, Inc., 1633 Broadway, 38th Floor, New York, NY 10019
You are receiving this message because you are a Project Owner in the project listed above.
""",
),
dict(
    key="S10", provider="Twilio", label="security-incident", deadline="2027-01-22",
    lang="en", kind="plain", date="2027-01-14 15:45 +0000",
    frm=("Twilio", "no-reply@twilio.com"), to="twilio@kitahama-ms.example",
    subject="Your Twilio Auth Token was found in a public repository",
    body="""
Hi Kitahama Managed Systems,

We found the primary Auth Token for your Twilio account in a public code repository. Anyone with this token can use your account to send messages and place calls, view message logs, and change your configuration.

Account SID: AC8d7e2f41c90a4b6e1f37d05a9c2e8b11
Friendly name: Tsubame Travel - SMS notifications
Found at: https://github.com/tsubame-travel-it/sms-reminder/blob/master/app.js (commit 91b2d0e)
Detected: January 14, 2027

We also see that 1,204 SMS messages were sent to international numbers in the last 12 hours using this token, from an IP address that your account has not used before. These messages do not match your usual traffic and may be fraudulent. You can review them in the Messaging logs in the Console.

What you need to do:
- Promote your secondary Auth Token to primary, or create a new secondary token and promote it, in Console > Account > API keys & tokens.
- Update your applications to use the new token or, better, an API key.
- Remove the token from the repository and its history.
- Consider enabling SMS Geo Permissions to block countries you do not send to.

Please rotate your Auth Token before January 22, 2027. If the exposed token is still active on that date, we will rotate it for you to protect your account, and applications that use it will stop working until you update them.

You are responsible for charges incurred on your account, including those resulting from a compromised token. If you believe some charges are fraudulent, contact Twilio Support with the details.

Security best practices: https://www.twilio.com/docs/usage/security

Thanks,
The Twilio Security Team

Twilio Inc., 101 Spear Street, Ste 500, San Francisco, CA 94105
""",
),
dict(
    key="S11", provider="Azure", label="security-incident", deadline="none",
    lang="ja", kind="plain", date="2027-01-20 10:33 +0900",
    frm=("Microsoft Defender for Cloud", "defender-noreply@microsoft.com"), to="azure-admin@kitahama-ms.example",
    subject="Microsoft Defender for Cloud: サブスクリプション「Oyamada-Prod」で重大度「高」のアラートが検出されました",
    footer="azure_ja",
    body="""
Microsoft Defender for Cloud

サブスクリプション「Oyamada-Prod」で、重大度「高」のセキュリティ アラートが 1 件検出されました。

アラート名: 不審な RDP ブルートフォース攻撃の成功
重大度: 高
検出日時: 2027/01/20 0:51 (UTC)
影響を受けるリソース: oyd-jump-win01（仮想マシン）
リソース グループ: rg-oyamada-prod-jpe
サブスクリプション ID: 3f2a9c71-0b5e-4d18-9a6c-e41f07b2d583

説明:
複数の外部 IP アドレスから、ユーザー名を変えながら繰り返しログインが試行された後、アカウント「localadmin」でのログインに成功しました。ログイン後、新しいローカル ユーザー「svc_backup2」が作成され、管理者グループに追加されています。また、PowerShell によるリモート スクリプトのダウンロードが確認されました。これらの活動は、仮想マシンが侵害されたことを示しています。

推奨される対処:
1. 仮想マシンをネットワークから隔離し、調査のためにディスクのスナップショットを取得してください。
2. 作成された不明なユーザーを削除し、すべてのローカル管理者のパスワードを変更してください。
3. RDP ポート (3389) のインターネットへの公開を停止し、Azure Bastion または Just-In-Time VM アクセスを使用してください。
4. 同じ資格情報を使用している他のシステムがないか確認してください。

アラートの詳細を表示: https://portal.azure.com/#blade/Microsoft_Azure_Security/AlertBlade

このメールは、サブスクリプションのセキュリティ連絡先として登録されているため送信されています。
""",
),
dict(
    key="S12", provider="AWS", label="security-incident", deadline="2027-01-27", rel=("b", 3),
    lang="en", kind="plain", date="2027-01-22 08:30 +0000",
    frm=AWS_TS, to="aws-tsubame@kitahama-ms.example",
    subject="Important information about your account",
    footer="aws_ts",
    body="""
Hello,

We've received a report from a security researcher that personal data stored in your account is publicly accessible. We've verified that the following resource allows anonymous read access:

AWS ID: 604418273390
Amazon S3 bucket: tsubame-booking-exports
Region: ap-northeast-1
Example object: exports/2026-12/customers_full.csv

According to the report, objects in this bucket contain names, email addresses, telephone numbers and passport numbers of travellers. The researcher states that the bucket listing was accessible without credentials as of January 21, 2027. The report does not indicate whether the data has been copied by other parties.

We recommend that you act now to protect this data:

- Turn on S3 Block Public Access for the bucket, and consider enabling it at the account level.
- Review the bucket policy and object ACLs and remove any grants to "Everyone" or "AuthenticatedUsers".
- Review S3 server access logs or AWS CloudTrail data events, if enabled, to determine who accessed the objects.
- Consider your obligations under the data protection laws that apply to you.

Please reply to this email within 3 business days to confirm that you have reviewed the report and secured the resource. If the resource remains publicly accessible and we do not receive a response, we may take steps to restrict access to it.

AWS does not have access to the content you store and cannot determine whether the exposure was intentional. This message is being sent for your awareness so that you can take appropriate action.

Case Number: 48317725902
""",
),
]
