#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for validation batch g38 (AWS notices, October 2028). Standard library only."""
# Notice definitions, part 1 (abuse + security-incident). Imported by set_g38.py.

def N(**kw):
    return kw

def notices_part1():
    L = []
    # ---------------- ABUSE ----------------
    L.append(N(
        id="A1", orig="2018-08-02", target=26, time="17:42:09", tz="+0000",
        from_name="Amazon Web Services", from_addr="no-reply-aws@amazon.com",
        to="cloud-admin@larkspur-media.example",
        subject=lambda d: "AWS Health Event: Copyright (DMCA) report involving your resources [AWS Account: 318205764491]",
        label="abuse", deadline=None, phishing=False, lang="en",
        url="https://docs.aws.amazon.com/health/latest/ug/aws-health-events-eventbridge-schema.html",
        kind="plain",
        body=lambda d: f"""Hello,

AWS Health has opened an account-specific event for AWS account 318205764491.

Event type: AWS_ABUSE_COPYRIGHT_DMCA_REPORT
Service: ABUSE
Region: global
Start time: {d('2018-08-02','long')} 17:31 UTC
Affected resources: i-0d4e7a19c52b803f6 (203.0.113.58)

A rights holder has sent AWS a notice under the Digital Millennium Copyright
Act. The notice states that files reachable through the resource listed above
are copies of protected works and that their owner did not authorise the
distribution. The text of the complaint is attached to this event in the AWS
Health Dashboard.

Please review the reported material. If the claim is correct, remove or
disable access to it and tell us what you changed by replying through the
event. If you believe the material was taken down in error, you may send a
counter-notification with the details described in the AWS Acceptable Use
Policy.

Resources that continue to serve the reported material may be restricted.

You can view this event at https://health.aws.amazon.com/health/home#/account/event-log

Sincerely,
Amazon Web Services
"""))
    L.append(N(
        id="A2", orig="2019-10-30", target=25, time="21:05:44", tz="+0000",
        from_name="Amazon Web Services", from_addr="no-reply-aws@amazon.com",
        to="postmaster@fernhollow-travel.example",
        subject=lambda d: "Amazon SES account under review in US West (Oregon) for AWS account 506218874310",
        label="abuse", deadline="2019-11-13", phishing=False, lang="en",
        url="https://aws.amazon.com/blogs/messaging-and-targeting/changes-to-our-sending-review-process/",
        kind="plain",
        body=lambda d: f"""Hello,

You are listed as the primary contact for AWS account 506218874310.

On {d('2019-10-30','long')} we placed the Amazon SES account for this AWS
account in the US West (Oregon) Region under review. Your ability to send
email has NOT been paused, but the issue described below needs to be fixed.

---------------------------------------------------------------------
WHAT WE FOUND
---------------------------------------------------------------------
Your bounce rate is 11.6%, measured over the last 8,204 eligible messages
(about 41 days of sending). We ask senders to keep this rate below 5%;
above 10% an account is at risk of having its sending paused.

A high bounce rate tells mailbox providers that a list is not maintained,
and they may start rejecting all of your mail.

---------------------------------------------------------------------
WHAT HAPPENS NEXT
---------------------------------------------------------------------
The review period ends on {d('2019-11-13','long')}. If the rate is not back
under control by then, we will pause email sending for this account in
this Region until the cause is corrected.

Please remove addresses that hard-bounce, stop mailing lists that were
purchased or collected without consent, and then reply to this message
describing the changes you made.

Regards,
Amazon SES Team
"""))
    L.append(N(
        id="A3", orig="2024-06-12", target=18, time="08:16:27", tz="+0900",
        from_name="Amazon Web Services", from_addr="no-reply-aws@amazon.com",
        to="infra@kaede-shoji.example",
        subject=lambda d: "Amazon SES: E メール送信を一時停止しました [AWS アカウント: 745102983316]",
        label="abuse", deadline=None, phishing=False, lang="ja",
        url="https://docs.aws.amazon.com/ja_jp/ses/latest/dg/reputationdashboardmessages.html",
        kind="plain",
        body=lambda d: f"""お客様各位

AWS アカウント 745102983316 の Amazon SES(アジアパシフィック (東京) リージョン)
について、重要なお知らせです。

このアカウントは先にレビュー対象 (Under review) となっておりましたが、
レビュー期間の終了時点でも苦情率が改善されていないことを確認しました。
このため、本日 {d('2024-06-12','ja')} をもって、当リージョンにおける
E メール送信機能を一時停止 (Sending paused) いたしました。

一時停止の間、SES 経由でメッセージを送信することはできません。
受信ルールおよびその他の AWS サービスには影響はありません。

■ 現在の状況
  苦情率: 0.62%(推奨値 0.1% 未満)
  ステータス: Sending paused

■ 再開をご希望の場合
原因を特定して是正したうえで、SES コンソールの評価メトリクス
ページから、この決定の見直しをリクエストしてください。
リクエストには、実施した変更内容を具体的にご記入ください。

アマゾン ウェブ サービス
"""))
    L.append(N(
        id="A4", orig="2023-02-14", target=10, time="02:37:51", tz="+0000",
        from_name="AWS Trust & Safety", from_addr="trustandsafety@support.aws.com",
        to="security@tsubame-labs.example",
        subject=lambda d: "お客様の AWS 不正使用レポート [81446290517-1] [AWS ID 629974013852]",
        label="abuse", deadline="2023-02-15", phishing=False, lang="ja",
        url="https://repost.aws/ja/knowledge-center/report-aws-abuse",
        kind="plain",
        body=lambda d: f"""お客様

お客様の AWS リソースに関する不正使用の報告を受け取りました。

AWS ID: 629974013852
リージョン: ap-northeast-1
EC2 インスタンス ID: i-07a3c9e1f5b26d408 [198.51.100.74]
報告された行為: ポートスキャン
発生時刻: {d('2023-02-13','iso')} 22:10 UTC 頃

第三者のサーバーに対して、多数のポートへ接続を試みる通信が
上記インスタンスから送信されていると報告されています。
この種の行為は AWS 適正利用規約で禁止されています。

本メールを受信してから 24 時間以内に、このメールへ直接ご返信いただき、
行為を停止するために実施した対応をお知らせください。
行為に心当たりがない場合は、インスタンスが第三者に侵害されている
可能性があります。

ご返信がない場合、該当リソースへの通信の制限やアカウントの
停止を行うことがあります。

AWS Trust & Safety
"""))
    L.append(N(
        id="A5", orig="2020-03-27", target=13, time="10:52:03", tz="+0000",
        from_name="AWS Trust & Safety", from_addr="ec2-abuse@amazon.com",
        to="ops@hinata-kikaku.example",
        subject=lambda d: "【重要】Amazon EC2 からの迷惑メール送信に関するご報告 [AWS ID 280617354409]",
        label="abuse", deadline="2020-03-28", phishing=False, lang="ja",
        url="https://aws.amazon.com/jp/premiumsupport/knowledge-center/stop-email-spam/",
        kind="plain",
        body=lambda d: f"""お客様

お客様の AWS リソースから未承諾の大量メール(スパム)が
送信されているとの苦情を、複数の受信者から受け付けました。

AWS ID: 280617354409
リージョン: ap-northeast-1
EC2 インスタンス ID: i-0f2b86d4a91c37e50
送信元 IP アドレス: 203.0.113.121
受付日: {d('2020-03-27','ja')}

未承諾の大量メールの送信は AWS 適正利用規約に違反します。
原文の苦情(ヘッダー付き)を以下に添付しますのでご確認ください。

24 時間以内に、送信を停止したことと、その原因および再発防止策を
本メールへの返信でお知らせください。
期限までに確認できない場合、このインスタンスからの送信ポート 25
の通信をブロックする場合があります。

--- 転送された苦情 ---
Received: from mail.hinata-kikaku.example (203.0.113.121)
Subject: 期間限定キャンペーンのお知らせ
--- ここまで ---

AWS Trust & Safety
"""))
    L.append(N(
        id="A6", orig="2017-05-10", target=11, time="19:28:14", tz="+0000",
        from_name="Amazon Web Services", from_addr="no-reply-aws@amazon.com",
        to="mail-admin@brightquarry.example",
        subject=lambda d: "Amazon SES Complaint Probation for AWS Account 204771593846",
        label="abuse", deadline="2017-05-24", phishing=False, lang="en",
        url="https://docs.aws.amazon.com/ses/latest/DeveloperGuide/cm-email-provider.html",
        kind="plain",
        body=lambda d: f"""Hello,

There is a problem with Amazon SES sending on an account that lists you as
its contact. Please read this notice in full.

IMPORTANT CHANGE IN YOUR SENDING STATUS
Amazon SES sending for AWS account 204771593846 in US East (N. Virginia)
has been placed on probation. You can keep sending for now, but if the
problem below is not fixed, sending will be shut off when the probation
period ends on {d('2017-05-24','long')}.

DETAILS
A large email provider told us that many of its users marked your messages
as spam. These complaints did not arrive through a feedback loop, so they
do not show up in the complaint rate in your SES console, and the provider
does not share which recipients complained.

WHAT YOU SHOULD DO
- Send only to people who asked to receive your mail.
- Make your content clearly recognisable as coming from you.
- Stop mailing old or acquired address lists.
When the fixes are in place, reply to this message and explain them.

Thank you,
The Amazon SES Team
"""))
    L.append(N(
        id="A7", orig="2016-11-16", target=4, time="23:11:36", tz="+0000",
        from_name="Amazon Web Services", from_addr="no-reply-aws@amazon.com",
        to="it@coralpine-events.example",
        subject=lambda d: "Important information about your Amazon SES sending",
        label="abuse", deadline="2016-11-30", phishing=False, lang="en",
        url="https://docs.aws.amazon.com/ses/latest/DeveloperGuide/e-faq-pr.html",
        kind="plain",
        body=lambda d: f"""Hello,

We have found a significant issue with email sent through Amazon SES from
AWS account 861390244725 (US West (Oregon)), and the account has been put
on probation.

Probation start: {d('2016-11-16','long')}
Probation end:   {d('2016-11-30','long')}
Reason:          bounce rate of 9.3% over the last 12,518 messages

Probation does not stop you from sending today. If the problem is not
corrected before the end date, your SES sending privileges may be
suspended, which would not affect your use of other AWS services.

If you can, hold off on sending until you have found the cause. Look at
how the addresses on your list were collected and remove any that bounce.

After you have made the changes (not before), reply to this email with a
description of what you fixed so that we can review the probation.

Sincerely,
Amazon SES Enforcement
"""))
    # ---------------- SECURITY INCIDENT ----------------
    L.append(N(
        id="S1", orig="2018-03-05", target=16, time="06:44:20", tz="+0000",
        from_name="Amazon Web Services", from_addr="no-reply-aws@amazon.com",
        to="root-owner@quillfield-analytics.example",
        subject=lambda d: "Amazon Web Services has opened case 4927318561 on your behalf",
        label="security-incident", deadline="2018-03-10", phishing=False, lang="en",
        url="https://aws.amazon.com/premiumsupport/knowledge-center/potential-account-compromise/",
        kind="plain",
        body=lambda d: f"""Hello,

Amazon Web Services has opened case 4927318561 on your behalf.

Case ID: 4927318561
Subject: Your AWS Account 550193846217 may be compromised
Severity: Urgent

Dear AWS Customer,

We have detected activity in your account that matches patterns of
unauthorized access. Please treat this notice as urgent and secure the
account now.

1. Change the root user password and the passwords of all IAM users.
2. Delete or rotate every access key you did not create or no longer use.
3. Remove IAM users, roles and policies that you do not recognise.
4. Check all Regions for EC2 instances, Spot requests and Lambda functions
   you did not launch, and delete them.
5. Turn on multi-factor authentication for the root user.

When you have finished, reply to this case in the Support Center. If we do
not hear from you by {d('2018-03-10','long')}, we may suspend the account to
limit unauthorized charges.

Sincerely,
Amazon Web Services
"""))
    L.append(N(
        id="S2", orig="2024-11-26", target=24, time="14:03:58", tz="+0000",
        from_name="Amazon Web Services", from_addr="no-reply-aws@amazon.com",
        to="infra@oakmere-docs.example",
        subject=lambda d: "ACTION REQUIRED: Your AWS Access Key is Exposed for AWS Account 773019542681",
        label="security-incident", deadline=None, phishing=False, lang="en",
        url="https://blog.emberjs.com/security-incident-aws-s3-key-exposure/",
        kind="plain",
        body=lambda d: f"""Hello,

We have learned that the access key AKIA4EXAMPLE7Q2KD9WX, which belongs to
the IAM user "site-deploy" in AWS account 773019542681, has been published
together with its secret key at the following location:

https://git.oakmere-docs.example/website/commit/5c1e9a7

Anyone who finds these credentials can use them to act in your account.
To reduce the risk, we have attached the AWSCompromisedKeyQuarantineV3
managed policy to the user. Do not detach it until you have completed the
steps below.

- Create a replacement key, move your applications to it, then deactivate
  and delete the exposed key.
- Review AWS CloudTrail for calls made with the exposed key.
- Check your S3 buckets and other resources for changes you did not make.
- Remove the secret from the repository and its history.

Exposed keys can lead to unexpected charges, which remain your
responsibility under the AWS Customer Agreement.

Amazon Web Services
"""))
    L.append(N(
        id="S3", orig="2020-09-14", target=2, time="11:26:45", tz="+0900",
        from_name="アマゾン ウェブ サービス", from_addr="no-reply-aws@amazon.com",
        to="dev@koharu-app.example",
        subject=lambda d: "AWS サポートケース 7305186294: お客様の AWS アカウントが侵害された可能性があります",
        label="security-incident", deadline="2020-09-18", phishing=False, lang="ja",
        url="https://qiita.com/stonelike8/items/a261a7dab77c1f295da7",
        kind="plain",
        body=lambda d: f"""お客様

AWS アカウント 391826405573 について、アマゾン ウェブ サービスが
お客様に代わってサポートケース 7305186294 を作成しました。

IAM ユーザー「app-uploader」のアクセスキー AKIA5EXAMPLEH3N8VT2L と
対応するシークレットキーが、インターネット上の公開リポジトリ
(https://code.koharu-app.example/public/backend)で閲覧可能な状態に
なっていることを確認しました。

不正利用による高額請求を防ぐため、一部サービスの利用を一時的に
制限しています。

{d('2020-09-18','ja')}までに以下を実施のうえ、本ケースにご返信ください。
期限までにご連絡がない場合、アカウントを停止することがあります。

1. 公開されたアクセスキーを無効化し、削除する
2. ルートユーザーおよび IAM ユーザーのパスワードを変更する
3. 身に覚えのない IAM ユーザー、EC2 インスタンス等を削除する
4. ルートユーザーで MFA を有効にする

アマゾン ウェブ サービス
"""))
    L.append(N(
        id="S4", orig="2021-02-10", target=11, time="03:19:07", tz="+0000",
        from_name="Amazon Web Services", from_addr="no-reply-aws@amazon.com",
        to="admin@sendwell-logistics.example",
        subject=lambda d: "Your AWS account 836204517769 has been suspended",
        label="security-incident", deadline=None, phishing=False, lang="en",
        url="https://www.pdpc.gov.sg/-/media/Files/PDPC/PDF-Files/Commissions-Decisions/Decision---Sendtech-Pte-Ltd---220721.ashx?la=en",
        kind="plain",
        body=lambda d: f"""Dear AWS Customer,

We have suspended AWS account 836204517769 effective {d('2021-02-10','long')}.

Over the past hours we observed unusual activity in the account that is
consistent with use of a compromised access key, including the launch of
many large EC2 instances in Regions the account had not used before.
To protect you from further unauthorized charges, the account's resources
have been stopped and access to the AWS Management Console is limited.

The activity is associated with access key AKIA2EXAMPLEP6JR4SQ0, which was
created in 2015 and has never been rotated.

To ask for the account to be reinstated, sign in with the root user and
open the Support Center. You will need to confirm that you have secured
the account: delete the affected key, change all passwords, remove any
users or resources you do not recognise, and enable MFA.

We will review the account once you have contacted us.

Regards,
Amazon Web Services
"""))
    L.append(N(
        id="S5", orig="2025-07-22", target=17, time="16:48:31", tz="+0000",
        from_name="AWS Health", from_addr="health@aws.com",
        to="cloud@marrowfen.example",
        subject=lambda d: "AWS Health Event: Exposed access key detected [AWS Account: 492068113570]",
        label="security-incident", deadline=None, phishing=False, lang="en",
        url="https://medium.com/@bassel.afrem/i-accidentally-exposed-aws-keys-what-happened-next-was-a-masterclass-in-cloud-persistence-8a5154e4d31f",
        kind="plain",
        body=lambda d: f"""Hello,

You are receiving this message because AWS Health has created an event
for your account.

Account: 492068113570
Event type: AWS_RISK_CREDENTIALS_EXPOSED
Region: global
Start time: {d('2025-07-22','iso')} 16:31 UTC
Affected resource: AKIA6EXAMPLEB2RT5MZ4 (IAM user: mailer-svc)

The access key above and its secret were found in a publicly accessible
location. Shortly after, the key was used from an unfamiliar network to
create new Amazon SES identities and to send email that you may not have
authorised. A quarantine policy has been attached to the IAM user.

Please rotate the key, review recent SES sending and IAM changes in AWS
CloudTrail, and delete any identities, users or access keys that you did
not create. Unauthorized messages sent through your account can also harm
your SES sender reputation.

View this event in the AWS Health Dashboard:
https://health.aws.amazon.com/health/home#/account/event-log

AWS Health
"""))
    L.append(N(
        id="S6", orig="2024-10-02", target=25, time="09:57:12", tz="+0000",
        from_name="AWS Health", from_addr="health@aws.com",
        to="platform@grainline-ai.example",
        subject=lambda d: "[Action Required] Quarantine policy applied to an IAM user in AWS Account 657140289903",
        label="security-incident", deadline="2024-10-06", phishing=False, lang="en",
        url="https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCompromisedKeyQuarantineV3.html",
        kind="plain",
        body=lambda d: f"""Hello,

Your AWS account 657140289903 may have been accessed by someone other than
you.

We detected activity tied to the access key AKIA7EXAMPLEQ4WN1HC8 of IAM user
"ci-runner" that suggests the key and its secret are known to a third
party. The AWS managed policy AWSCompromisedKeyQuarantineV3 has been
attached to that user. It denies actions that are often misused, such as
launching compute, creating IAM users, and invoking Amazon Bedrock models.

You must contact AWS by {d('2024-10-06','iso')} through the Support Center
case linked to this event. If we do not hear from you by then, we may
suspend the account and terminate resources that look unauthorized.

Before you reply:
1. Rotate and then delete the affected key.
2. Review CloudTrail for actions taken with it and undo them.
3. Change the root and IAM passwords and enable MFA.

AWS Health
"""))
    L.append(N(
        id="S7", orig="2022-05-18", target=18, time="07:30:00", tz="+0000",
        from_name="AWS Trusted Advisor", from_addr="no-reply-aws@amazon.com",
        to="secops@harbortide.example",
        subject=lambda d: "AWS Trusted Advisor: Exposed Access Keys check status is red for account 903572861140",
        label="security-incident", deadline=None, phishing=False, lang="en",
        url="https://docs.aws.amazon.com/awssupport/latest/user/security-checks.html",
        kind="alt",
        body=lambda d: f"""AWS Trusted Advisor weekly status - {d('2022-05-18','long')}

Account: 903572861140

Exposed Access Keys: RED (1 key flagged)

  Access key ID:   AKIA3EXAMPLEV8LX2DN6
  IAM user:        reporting-batch
  Found at:        https://pastebin.example/raw/Zk3p9QvA
  Pattern:         possible fraudulent EC2 usage

Trusted Advisor checks popular public code and paste sites for access
keys, and looks for unusual EC2 usage that can follow a leak. A red status
means that one of your keys was found in public or that its usage matches
a known fraud pattern.

Recommended action: rotate the key, remove it from the public location,
and review your account for resources you did not create.

Open Trusted Advisor: https://console.aws.amazon.com/trustedadvisor/home
To stop these weekly emails, change your Trusted Advisor notification
preferences.
""",
        html=lambda d: f"""<html><body>
<h2>AWS Trusted Advisor weekly status &ndash; {d('2022-05-18','long')}</h2>
<p>Account: 903572861140</p>
<p><b style="color:#d13212">Exposed Access Keys: RED</b> (1 key flagged)</p>
<table border="1" cellpadding="4">
<tr><td>Access key ID</td><td>AKIA3EXAMPLEV8LX2DN6</td></tr>
<tr><td>IAM user</td><td>reporting-batch</td></tr>
<tr><td>Found at</td><td>https://pastebin.example/raw/Zk3p9QvA</td></tr>
<tr><td>Pattern</td><td>possible fraudulent EC2 usage</td></tr>
</table>
<p>A red status means that one of your keys was found in public or that its
usage matches a known fraud pattern.</p>
<p>Recommended action: rotate the key, remove it from the public location,
and review your account for resources you did not create.</p>
<p><a href="https://console.aws.amazon.com/trustedadvisor/home">Open Trusted Advisor</a></p>
</body></html>
"""))
    return L
# Notice definitions, part 2 (action-required, maintenance, pricing, billing,
# informational, security-advisory, phishing). Imported by set_g38.py.

def N(**kw):
    return kw

def notices_part2():
    L = []
    # ---------------- ACTION REQUIRED ----------------
    L.append(N(
        id="R1", orig="2023-08-24", target=5, time="18:14:40", tz="+0000",
        from_name="Amazon Web Services, Inc.", from_addr="no-reply-aws@amazon.com",
        to="devops@tallowbrook.example",
        subject=lambda d: "[Action Required] AWS Lambda end of support for Node.js 14 [AWS Account: 240981537762]",
        label="action-required", deadline="2023-11-27", phishing=False, lang="en",
        url="https://github.com/aws/aws-cdk/pull/26903",
        kind="plain",
        body=lambda d: f"""Hello,

Our records show that AWS account 240981537762 has one or more Lambda
functions that still use the Node.js 14 runtime.

Node.js 14 reached its upstream end of life on {d('2023-04-30','long')}, and
Lambda support for it is ending in two stages:

- From {d('2023-11-27','long')}, Lambda will stop applying security patches
  and other updates to the Node.js 14 runtime, these functions will no
  longer be eligible for technical support, and you will no longer be able
  to create new functions on Node.js 14.
- From {d('2024-01-25','long')}, you will also be unable to update existing
  Node.js 14 functions.

Please move these functions to Node.js 18 before {d('2023-11-27','long')}.

Invocations are not blocked when a runtime reaches end of support; the
functions keep running, but on a runtime that the Lambda team no longer
maintains.

This notice covers the $LATEST version of each function. The affected
functions are listed on the "Affected resources" tab of the AWS Health
Dashboard.

Sincerely,
Amazon Web Services
"""))
    L.append(N(
        id="R2", orig="2023-08-23", target=4, time="22:40:05", tz="+0000",
        from_name="Amazon Web Services, Inc.", from_addr="no-reply-aws@amazon.com",
        to="platform@northgate-archive.example",
        subject=lambda d: f"[Action Required] Update your Amazon RDS and Amazon Aurora SSL/TLS certificates by {d('2024-08-22','long')} [AWS Account: 479120385561] [EU-WEST-1]",
        label="action-required", deadline="2024-08-22", phishing=False, lang="en",
        url="https://github.com/wellcomecollection/platform/issues/5721",
        kind="plain",
        body=lambda d: f"""Hello,

AWS account 479120385561 has one or more Amazon RDS or Amazon Aurora
database instances in the EU-WEST-1 Region whose SSL/TLS certificate
expires on {d('2024-08-22','long')}.

If your applications use SSL/TLS to connect to these instances, you must
act before {d('2024-08-22','long')}; otherwise new connections that verify
the server certificate will fail.

Certificates are issued by a certificate authority (CA) and are only valid
for a fixed period. The current CA in EU-WEST-1 expires on that date, so
you need to:
  1. add the new CA certificates to the trust store of each client
     application, and
  2. switch each database instance to a certificate signed by the new CA.

Instructions for RDS [1] and Aurora [2] are in the user guides. The
affected instances are listed on the "Affected resources" tab of this
event in the AWS Health Dashboard.

[1] https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html
[2] https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.SSL-certificate-rotation.html

Sincerely,
Amazon Web Services
"""))
    L.append(N(
        id="R3", orig="2025-11-24", target=30, time="20:02:18", tz="+0000",
        from_name="AWS Health", from_addr="health@aws.com",
        to="cloud@pebblecart.example",
        subject=lambda d: "[Action Required] AWS Lambda Node.js 20.x end-of-life [AWS Account: 118402976533]",
        label="action-required", deadline="2026-04-30", phishing=False, lang="en",
        url="https://github.com/aws-amplify/amplify-backend/issues/3059",
        kind="plain",
        body=lambda d: f"""Hello,

[AWS Health may send reminders about this communication while affected
resources remain.]

AWS account 118402976533 has Lambda functions that use the Node.js 20.x
runtime. Node.js 20.x reaches its community end of life on
{d('2026-04-30','long')}, and Lambda support for it ends on the same day.

What changes, and when:
- {d('2026-04-30','long')}: no more security patches or runtime updates,
  no technical support, and Node.js 20.x disappears from the Lambda
  console (CloudFormation, the CLI and SAM keep working).
- {d('2026-08-31','long')}: new Node.js 20.x functions can no longer be
  created.
- {d('2026-09-30','long')}: existing Node.js 20.x functions can no longer
  be updated.

Functions keep running after these dates. We recommend upgrading to the
latest Node.js runtime available in Lambda before {d('2026-04-30','long')}.

Note: functions created for you by frameworks such as AWS Amplify or
AWS CDK custom resources are included in this list.

AWS Health
"""))
    L.append(N(
        id="R4", orig="2022-11-25", target=27, time="12:30:55", tz="+0000",
        from_name="Amazon Web Services, Inc.", from_addr="no-reply-aws@amazon.com",
        to="data-eng@saltmarsh-library.example",
        subject=lambda d: "Upgrade required for databases using Aurora MySQL-Compatible Edition version 1 [AWS Account: 760493128854]",
        label="action-required", deadline="2023-02-28", phishing=False, lang="en",
        url="https://github.com/wellcomecollection/catalogue-pipeline/issues/2267",
        kind="plain",
        body=lambda d: f"""Hello,

AWS account 760493128854 has 2 database clusters running Amazon Aurora
MySQL-Compatible Edition version 1 (MySQL 5.6 compatible), which is
reaching its end of life.

  id-registry-db        eu-west-1    5.6.mysql_aurora.1.22.5
  tei-adapter-db        eu-west-1    5.6.mysql_aurora.1.22.5

Please upgrade each cluster to a newer engine version. We suggest you do
so before {d('2023-02-28','long')}. Clusters that have not been upgraded by
then will be upgraded automatically by Amazon RDS during a maintenance
window, which causes downtime at a time you do not choose.

You can start the upgrade from the Amazon RDS console (Modify, then
choose a DB engine version compatible with MySQL 5.7) or with the AWS CLI.
Test the upgrade on a snapshot restore first.

The same recommendation is shown on the Recommendations page of the RDS
console.

Sincerely,
Amazon Web Services
"""))
    L.append(N(
        id="R5", orig="2021-01-07", target=19, time="01:45:22", tz="+0000",
        from_name="Amazon Web Services, Inc.", from_addr="no-reply-aws@amazon.com",
        to="backend@ecohaven-games.example",
        subject=lambda d: f"Upgrade your RDS for MariaDB 10.0 and 10.1 databases before {d('2021-02-09','short')}",
        label="action-required", deadline="2021-02-09", phishing=False, lang="en",
        url="https://github.com/StrangeLoopGames/EcoIssues/issues/19938",
        kind="plain",
        body=lambda d: f"""Hello,

The end of life of Amazon RDS for MariaDB 10.0 and 10.1 is approaching.
AWS account 582207364911 has 1 database instance on one of these versions:

  accounts-db    us-east-1    MariaDB 10.1.34

Please upgrade it to MariaDB 10.3 or later as soon as you can.

Starting {d('2021-02-09','short')} 00:00:01 AM UTC, Amazon RDS will begin
upgrading remaining MariaDB 10.0 and 10.1 instances to 10.3 automatically.
An automatic upgrade restarts the instance and may happen outside of the
times you would pick.

Before upgrading, take a snapshot and confirm your application works with
MariaDB 10.3. Details on the deprecation timeline are posted in the
Amazon RDS forum.

Thank you for using Amazon RDS.
Amazon Web Services
"""))
    L.append(N(
        id="R6", orig="2025-08-27", target=25, time="17:09:33", tz="+0000",
        from_name="AWS Health", from_addr="health@aws.com",
        to="aws-notices@lindqvist-retail.example",
        subject=lambda d: "[Action recommended] Changes to how you receive AWS Health email notifications",
        label="action-required", deadline="2025-10-01", phishing=False, lang="en",
        url="https://docs.aws.amazon.com/health/latest/ug/manage-user-notifications.html",
        kind="plain",
        body=lambda d: f"""Hello,

We are changing how AWS Health delivers email notifications about
account-specific events (such as scheduled maintenance, end-of-support
notices and operational issues).

Starting {d('2025-10-01','long')}, these emails will be sent through AWS
User Notifications and will come from health@aws.com. Emails will go to
the account's root email address and to alternate contacts, as today, but
delivery to any other recipients will depend on User Notifications
configurations that you create.

We recommend that you, before {d('2025-10-01','long')}:
  1. open the AWS User Notifications console in account 274019368852,
  2. create a notification configuration for AWS Health events, and
  3. add the email addresses or chat channels your teams monitor.

If you already route AWS Health events through Amazon EventBridge, that
delivery is not affected.

Thank you,
AWS Health
"""))
    L.append(N(
        id="R7", orig="2025-11-22", target=14, time="05:58:41", tz="+0000",
        from_name="AWS Health", from_addr="health@aws.com",
        to="fedops@civicdata-portal.example",
        subject=lambda d: "[Reminder] AWS Lambda end of support for Node.js 20.x [AWS Account: 907335120468] [US-WEST-2]",
        label="action-required", deadline="2026-04-30", phishing=False, lang="en",
        url="https://github.com/GSA/data.gov/issues/5578",
        kind="plain",
        body=lambda d: f"""Hello,

This is a reminder about an earlier AWS Health communication.

AWS account 907335120468 still has at least one AWS Lambda function in
US-WEST-2 that uses the Node.js 20.x runtime. Lambda is ending support for
Node.js 20.x on {d('2026-04-30','long')}, which is also the scheduled
end-of-life date of Node.js 20.x itself.

After that date the functions will continue to run, but they will no
longer receive security patches or be eligible for technical support.

We recommend upgrading these functions to the latest Node.js runtime
available in Lambda before {d('2026-04-30','long')}.

To list affected functions in a Region:
  aws lambda list-functions --region us-west-2 \\
    --query "Functions[?Runtime=='nodejs20.x'].FunctionArn"

Please check other Regions as well.

AWS Health
"""))
    # ---------------- MAINTENANCE ----------------
    L.append(N(
        id="M1", orig="2020-02-21", target=6, time="12:02:18", tz="+0000",
        from_name="AWS Managed Services", from_addr="ams-patch-notifications@amazon.com",
        to="app-owners@verdant-insure.example",
        subject=lambda d: "AMS Patch Maintenance Window started: mw-prod-app-weekly",
        label="maintenance", deadline="2020-02-21", phishing=False, lang="en",
        url="https://docs.aws.amazon.com/managedservices/latest/userguide/patch-notifications.html",
        kind="plain",
        body=lambda d: f"""Dear Customer,

The AMS patch maintenance window mw-prod-app-weekly started at
{d('2020-02-21','iso')}T12:02:18.196Z.

Details:
    Account ID:      318864027145
    Region:          eu-west-2
    Window ID:       mw-0c5d8e27b19a4f361
    Window name:     mw-prod-app-weekly
    Description:     weekly patching for patch group prod-app
    Patch group:     prod-app
    Execution ID:    4e81b2a9-7c3d-4f05-9a62-1d0e5b7c8f34

Instances in scope:
    i-0a7c4e91d23b56f08   app-web-01   stack-2f91c6d0
    i-05d8b3f2e61a9c74e   app-web-02   stack-2f91c6d0

Instances may reboot while patches are installed. A second message with
a full report will be sent when the window closes.

For questions about the AMS patch orchestrator, raise a service request
in the AMS console.

Kind regards,
Amazon Web Services - AWS Managed Services Patch Team
"""))
    L.append(N(
        id="M2", orig="2024-05-08", target=4, time="15:20:47", tz="+0900",
        from_name="AWS Health", from_addr="health@aws.com",
        to="infra@minato-seimitsu.example",
        subject=lambda d: "[AWS Health] Amazon EC2 の定期メンテナンスのお知らせ [AWS アカウント: 512904763318] [AP-NORTHEAST-1]",
        label="maintenance", deadline="2024-05-22", phishing=False, lang="ja",
        url="https://docs.aws.amazon.com/ja_jp/health/latest/ug/aws-health-concepts-and-terms.html",
        kind="plain",
        body=lambda d: f"""お客様

AWS アカウント 512904763318 の Amazon EC2 インスタンスについて、
予定されたメンテナンス(スケジュールされた変更)のお知らせです。

イベントタイプ: AWS_EC2_INSTANCE_NETWORK_MAINTENANCE_SCHEDULED
リージョン: ap-northeast-1(アジアパシフィック (東京))
対象インスタンス: i-09e2c7a5b1d48f360、i-0b61f4d83ac2e9157
開始: {d('2024-05-22','ja')} 01:00 JST
終了: {d('2024-05-22','ja')} 05:00 JST

基盤となるネットワーク機器の保守作業を行います。作業中、対象
インスタンスで数秒から数分程度の通信断が発生する可能性があります。
インスタンスの再起動は不要です。

アプリケーションへの影響が懸念される場合は、冗長構成の確認や、
メンテナンス時間帯の処理の調整をご検討ください。

詳細は AWS Health Dashboard の「影響を受けるリソース」タブで
ご確認いただけます。

AWS Health
"""))
    L.append(N(
        id="M3", orig="2020-02-21", target=27, time="14:31:06", tz="+0000",
        from_name="AWS Managed Services", from_addr="ams-patch-notifications@amazon.com",
        to="app-owners@verdant-insure.example",
        subject=lambda d: "AMS Patch Maintenance Window ended: mw-prod-db-monthly",
        label="maintenance", deadline=None, phishing=False, lang="en",
        url="https://docs.aws.amazon.com/ja_jp/managedservices/latest/userguide/patch-notifications.html",
        kind="plain",
        body=lambda d: f"""Dear Customer,

The AMS patch maintenance window mw-prod-db-monthly ended at
{d('2020-02-21','iso')}T14:30:52.811Z.

Summary:
    Account ID:      318864027145
    Region:          eu-west-2
    Window ID:       mw-07b3e94c2d15a8f60
    Execution ID:    a2c94d17-5e8b-4b30-8f6d-3e07c1b9d245

Results:
    InstanceId            Status      Patches installed   Reboot
    i-0f3a8c61b9d27e405   Success     14                  Yes
    i-06e1d95c4a7b3f280   Success     14                  Yes
    i-0c82b7f4e19a5d630   Failed      0                   No

One instance did not complete patching. AMS Operations will review the
failure and contact you if anything is needed from you.

Kind regards,
Amazon Web Services - AWS Managed Services Patch Team
"""))
    return L
# Notice definitions, part 3 (pricing, billing, informational, advisory,
# phishing). Imported by set_g38.py.

def N(**kw):
    return kw

def notices_part3():
    L = []
    # ---------------- PRICING ----------------
    L.append(N(
        id="P1", orig="2023-07-28", target=20, time="16:55:13", tz="+0000",
        from_name="Amazon Web Services", from_addr="no-reply-aws@amazon.com",
        to="billing-owner@ridgeway-labs.example",
        subject=lambda d: "Upcoming charge for public IPv4 addresses [AWS Account: 689215407331]",
        label="pricing", deadline="2024-02-01", phishing=False, lang="en",
        url="https://aws.amazon.com/about-aws/whats-new/2023/07/aws-public-ip-insights-vpc-ip-address-manager/",
        kind="plain",
        body=lambda d: f"""Hello,

On {d('2023-07-28','long')} we announced a new charge for public IPv4
addresses. It takes effect on {d('2024-02-01','long')}.

From that date, every public IPv4 address in AWS account 689215407331 will
be billed at $0.005 per IP per hour, whether it is attached to a running
resource (EC2 instance, load balancer, NAT gateway and so on) or idle.
Today only idle Elastic IP addresses are charged.

To see which of your resources use public IPv4 addresses, turn on Public
IP Insights in Amazon VPC IP Address Manager. The feature is free and
shows usage by Region, service and address type.

Your AWS Cost and Usage Report will show the new usage type
"PublicIPv4:InUseAddress" once the charge applies.

Details are on the Amazon VPC pricing page. For questions, contact AWS
Support.

Amazon Web Services
"""))
    L.append(N(
        id="P2", orig="2025-06-24", target=17, time="10:00:00", tz="+0900",
        from_name="アマゾン ウェブ サービス ジャパン", from_addr="aws-jp-info@amazon.com",
        to="owner@sakura-tsushin.example",
        subject=lambda d: "【ご案内】AWS 無料利用枠の内容変更について",
        label="pricing", deadline="2025-07-15", phishing=False, lang="ja",
        url="https://aws.amazon.com/jp/free/",
        kind="alt",
        body=lambda d: f"""AWS をご利用いただき、誠にありがとうございます。

{d('2025-07-15','ja')}より、新規に作成される AWS アカウント向けの
無料利用枠の仕組みを変更いたしますので、ご案内申し上げます。

■ 主な変更点
・新規アカウントには、サインアップ時に最大 100 USD 分の
  AWS クレジットが付与されます。
・対象サービスの利用や所定のアクティビティの完了により、
  最大 100 USD 分のクレジットが追加で付与されます。
・無料プランの期間は最長 6 か月間となります。

■ 既存のアカウントについて
{d('2025-07-15','ja')}より前に作成されたアカウントには、従来の
12 か月無料利用枠が引き続き適用されます。

詳細は AWS 無料利用枠のページをご覧ください。
https://aws.amazon.com/jp/free/

アマゾン ウェブ サービス ジャパン合同会社
""",
        html=lambda d: f"""<html><body style="font-family:sans-serif">
<p>AWS をご利用いただき、誠にありがとうございます。</p>
<p>{d('2025-07-15','ja')}より、新規に作成される AWS アカウント向けの無料利用枠の仕組みを変更いたします。</p>
<ul>
<li>新規アカウントには、サインアップ時に最大 100 USD 分の AWS クレジットが付与されます。</li>
<li>対象サービスの利用などにより、最大 100 USD 分のクレジットが追加で付与されます。</li>
<li>無料プランの期間は最長 6 か月間となります。</li>
</ul>
<p>{d('2025-07-15','ja')}より前に作成されたアカウントには、従来の 12 か月無料利用枠が引き続き適用されます。</p>
<p><a href="https://aws.amazon.com/jp/free/">AWS 無料利用枠の詳細</a></p>
<p>アマゾン ウェブ サービス ジャパン合同会社</p>
</body></html>
"""))
    # ---------------- BILLING ----------------
    L.append(N(
        id="B1", orig="2024-03-19", target=24, time="03:12:40", tz="+0000",
        from_name="AWS Budgets", from_addr="no-reply-aws@amazon.com",
        to="taro@yamabuki-design.example",
        subject=lambda d: "AWS 無料利用枠の使用量アラート",
        label="billing", deadline=None, phishing=False, lang="ja",
        url="https://repost.aws/ja/knowledge-center/free-tier-charges",
        kind="plain",
        body=lambda d: f"""AWS Budgets による AWS 無料利用枠の使用量アラート

AWS をご利用のお客様

お客様の AWS アカウント 826193045771 において、{d('2024-03-19','month_ja')}分の
無料利用枠の対象サービスのうち 1 つ以上で、使用量が上限の 85% を
超えました。

{d('2024-03-19','slash')} 時点の使用量 / 無料利用枠の上限
  642 時間 / 750 時間  Amazon EC2 t2.micro インスタンス (Linux)
  4.31 GB-月 / 5 GB-月  Amazon S3 標準ストレージ

上限を超えた分は、通常のオンデマンド料金で請求されます。
使用状況の詳細は、Billing and Cost Management コンソールの
「無料利用枠」ページでご確認いただけます。

このアラートは AWS Budgets により自動的に送信されています。
配信を停止する場合や送信先を変更する場合は、Billing コンソールの
「請求設定」から変更してください。
"""))
    L.append(N(
        id="B2", orig="2019-07-03", target=4, time="06:25:31", tz="+0000",
        from_name="Amazon Web Services EMEA SARL", from_addr="aws-receivables-support@email.amazon.com",
        to="accounts@kestrelbay.example",
        subject=lambda d: "Amazon Web Services Invoice Available [Account: 337812640597]",
        label="billing", deadline=None, phishing=False, lang="en",
        url="https://repost.aws/ja/knowledge-center/aws-vat-invoice",
        kind="alt",
        body=lambda d: f"""Greetings from Amazon Web Services,

Your VAT invoice for the billing period {d('2019-06-01','long')} to
{d('2019-06-30','long')} is now available.

  Account ID:       337812640597
  Invoice number:   EUINGB19-1483302
  Seller:           Amazon Web Services EMEA SARL
  Amount:           GBP 412.87 (including VAT of GBP 68.81)

The amount will be charged to the payment method on file for this
account. You do not need to do anything.

You can download the invoice as a PDF from the Bills page of the Billing
and Cost Management console. Organizations member accounts with their own
tax registration number can download their own VAT invoices.

Sincerely,
Amazon Web Services
""",
        html=lambda d: f"""<html><body>
<p>Greetings from Amazon Web Services,</p>
<p>Your VAT invoice for the billing period {d('2019-06-01','long')} to {d('2019-06-30','long')} is now available.</p>
<table cellpadding="3">
<tr><td>Account ID</td><td>337812640597</td></tr>
<tr><td>Invoice number</td><td>EUINGB19-1483302</td></tr>
<tr><td>Seller</td><td>Amazon Web Services EMEA SARL</td></tr>
<tr><td>Amount</td><td>GBP 412.87 (including VAT of GBP 68.81)</td></tr>
</table>
<p>The amount will be charged to the payment method on file for this account. You do not need to do anything.</p>
<p>Sincerely,<br>Amazon Web Services</p>
</body></html>
"""))
    # ---------------- INFORMATIONAL ----------------
    L.append(N(
        id="I1", orig="2023-04-12", target=11, time="01:00:00", tz="+0000",
        from_name="アマゾン ウェブ サービス ジャパン", from_addr="aws-marketing-email-replies@amazon.com",
        to="cto@hoshizora-soft.example",
        subject=lambda d: "AWS サポートプランのご紹介 ― 技術的な課題をエンジニアと一緒に解決",
        label="informational", deadline=None, phishing=False, lang="ja",
        url="https://aws.amazon.com/jp/premiumsupport/faqs/",
        kind="alt",
        body=lambda d: """AWS をご利用いただきありがとうございます。

AWS のすべてのお客様には、ベーシックサポートが追加料金なしで
提供されています。より迅速な回答が必要な場合は、有料の
サポートプランもご検討ください。

■ デベロッパー
  営業時間内に、E メールで技術的なご質問を承ります。

■ ビジネス
  24 時間 365 日、電話・チャット・E メールでエンジニアに相談でき、
  本番システム障害には 1 時間以内に応答します。

■ Enterprise On-Ramp / エンタープライズ
  テクニカルアカウントマネージャーによる支援や、
  重要なワークロードの運用レビューをご利用いただけます。

どのプランも月単位でご利用いただけ、長期契約は不要です。
詳しくは「AWS サポート よくある質問」をご覧ください。
https://aws.amazon.com/jp/premiumsupport/faqs/

配信停止をご希望の場合は、メール設定ページから変更できます。
アマゾン ウェブ サービス ジャパン合同会社
""",
        html=lambda d: """<html><body style="font-family:sans-serif">
<h2>AWS サポートプランのご紹介</h2>
<p>AWS のすべてのお客様には、ベーシックサポートが追加料金なしで提供されています。</p>
<ul>
<li><b>デベロッパー</b>: 営業時間内に E メールで技術的なご質問を承ります。</li>
<li><b>ビジネス</b>: 24 時間 365 日、エンジニアに相談できます。</li>
<li><b>Enterprise On-Ramp / エンタープライズ</b>: テクニカルアカウントマネージャーによる支援。</li>
</ul>
<p>どのプランも月単位でご利用いただけ、長期契約は不要です。</p>
<p><a href="https://aws.amazon.com/jp/premiumsupport/faqs/">AWS サポート よくある質問</a></p>
<p>アマゾン ウェブ サービス ジャパン合同会社</p>
</body></html>
"""))
    L.append(N(
        id="I2", orig="2026-11-18", target=11, time="17:00:00", tz="+0000",
        from_name="Amazon Web Services", from_addr="aws-marketing-email-replies@amazon.com",
        to="security-team@glasswing-health.example",
        subject=lambda d: "New: report suspected abuse of AWS resources with the AWS Abuse Signal API",
        label="informational", deadline=None, phishing=False, lang="en",
        url="https://docs.aws.amazon.com/abuse-signal/",
        kind="alt",
        body=lambda d: """Hello,

AWS Trust & Safety now offers the AWS Abuse Signal API, a programmatic way
for customers, security researchers and partners to report suspected abuse
of AWS resources.

With the new API you can:
  - submit reports in the eXtended Abuse Reporting Format (XARF), covering
    spam, phishing, DDoS, malware distribution and copyright issues;
  - follow each report from submission to resolution;
  - list your reports and filter them by correlation ID;
  - retry submissions safely using client tokens, without duplicates.

The API is available through the AWS CLI and the AWS SDKs. Reports are
stored in us-east-1, us-west-2 and eu-west-2.

Get started in the user guide:
https://docs.aws.amazon.com/abuse-signal/

You received this email because you are subscribed to AWS security news.
""",
        html=lambda d: """<html><body>
<h2>Introducing the AWS Abuse Signal API</h2>
<p>AWS Trust &amp; Safety now offers a programmatic way to report suspected abuse of AWS resources.</p>
<ul>
<li>Submit reports in XARF format</li>
<li>Track each report to resolution</li>
<li>List and filter reports by correlation ID</li>
<li>Retry safely with client tokens</li>
</ul>
<p><a href="https://docs.aws.amazon.com/abuse-signal/">Read the user guide</a></p>
</body></html>
"""))
    L.append(N(
        id="I3", orig="2022-09-14", target=18, time="16:30:00", tz="+0000",
        from_name="Amazon Web Services", from_addr="aws-marketing-email-replies@amazon.com",
        to="sre@bluefinch-media.example",
        subject=lambda d: "How-to: route AWS Health and abuse events to Amazon EventBridge",
        label="informational", deadline=None, phishing=False, lang="en",
        url="https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-health.html",
        kind="plain",
        body=lambda d: """Hello,

Did you know that AWS Health sends events straight to Amazon EventBridge?
You can act on them automatically instead of waiting for an email.

AWS Health publishes two kinds of events to the default event bus:
  - "AWS Health Event" for operational issues, scheduled changes and
    account notifications;
  - "AWS Health Abuse Event" for abuse reports about your resources.

A rule that matches everything from AWS Health looks like this:

  { "source": ["aws.health"] }

Add "detail-type": ["AWS Health Abuse Event"] to handle only abuse
reports, for example to open a ticket or page the on-call engineer.

Calls to the AWS Health API itself are also available through AWS
CloudTrail events in EventBridge.

Learn more in the EventBridge events reference.

Amazon Web Services
"""))
    L.append(N(
        id="I4", orig="2025-09-25", target=5, time="15:00:00", tz="+0000",
        from_name="AWS re:Invent", from_addr="reinvent@awsevents.com",
        to="jordan.ames@stillwater-apps.example",
        subject=lambda d: "Your AWS re:Invent 2028 session catalog is live",
        label="informational", deadline=None, phishing=False, lang="en",
        url="https://github.com/sublime-security/sublime-rules/pull/3309",
        kind="html",
        html=lambda d: f"""<html><body style="font-family:Arial,sans-serif">
<h1>The re:Invent session catalog is live</h1>
<p>Hi Jordan,</p>
<p>AWS re:Invent returns to Las Vegas from
{d('2025-12-01','long')} to {d('2025-12-05','long')}.</p>
<p>The full session catalog is now available. Browse keynotes,
breakouts, chalk talks and workshops, and mark your favorites
so they show up in your agenda.</p>
<p>Reserved seating opens in a few weeks. Registered attendees
will receive an email when it does.</p>
<p><a href="https://reinvent.awsevents.com/sessions/">Browse the catalog</a></p>
<p>See you in Las Vegas,<br>The AWS Events team</p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc.,
410 Terry Avenue North, Seattle, WA 98109.
<a href="https://reinvent.awsevents.com/unsubscribe/">Unsubscribe</a></p>
</body></html>
"""))
    # ---------------- SECURITY ADVISORY ----------------
    L.append(N(
        id="V1", orig="2021-12-10", target=6, time="23:58:02", tz="+0000",
        from_name="AWS Security", from_addr="aws-security-bulletins@amazon.com",
        to="security@tidewater-bank.example",
        subject=lambda d: "AWS Security Bulletin AWS-2028-019: Apache Log4j2 issue (CVE-2028-41873)",
        label="security-advisory", deadline=None, phishing=False, lang="en",
        url="https://aws.amazon.com/security/security-bulletins/AWS-2021-006/",
        kind="plain",
        body=lambda d: f"""AWS Security Bulletin AWS-2028-019
Apache Log4j2 issue (CVE-2028-41873)
Published: {d('2021-12-10','iso')} 23:45 UTC

AWS is aware of a recently disclosed issue in the Apache Log4j2 library
(versions 2.0 to 2.14.1) that can allow remote code execution when an
application logs data controlled by an attacker.

We are actively monitoring this issue and are working on addressing it
for any AWS services that use Log4j2 or provide it to customers as part
of their service. We will update this bulletin as we have more
information.

Customers who run Log4j2 in their own environments should update to the
latest version provided by the Apache project, or apply the mitigations
it recommends. AWS WAF customers can enable the AWSManagedRulesKnownBad
InputsRuleSet, which has been updated with a rule for this issue.

Questions about this bulletin can be sent to aws-security@amazon.com.

Amazon Web Services Security
"""))
    # ---------------- PHISHING ----------------
    L.append(N(
        id="F1", orig="2022-01-26", target=25, time="13:41:29", tz="+0000",
        from_name="Amazon Web Services", from_addr="no-reply@aws-account-services.example",
        to="k.okafor@pinecrest-health.example",
        subject=lambda d: "Your AWS account has been temporarily locked",
        label="security-incident", deadline="2022-01-27", phishing=True, lang="en",
        url="https://hf-mirror.492719920.workers.dev/datasets/intertwine-expel/expel-blog/blob/bb62fc392c3372715ee7c98c3f9cbe2007875c4f/attack-trend-alert-aws-themed-credential-phishing-technique.json",
        kind="html",
        html=lambda d: f"""<html><body style="font-family:Arial,sans-serif;background:#f2f3f3">
<div style="max-width:560px;margin:auto;background:#fff;padding:24px">
<img src="http://aws-account-services.example/img/aws-logo.png" alt="aws" width="80">
<h2 style="color:#232f3e">Unusual sign-in activity detected</h2>
<p>Dear AWS customer,</p>
<p>We noticed a sign-in to your AWS Management Console from an
unrecognized device on {d('2022-01-26','long')}.</p>
<p>As a precaution, access to your account has been temporarily
locked. To restore access, verify your identity within 24 hours.
Accounts that are not verified will be suspended.</p>
<p style="text-align:center">
<a href="http://signin.aws-account-services.example/console/verify"
style="background:#ff9900;color:#fff;padding:10px 18px;text-decoration:none">Verify my account</a></p>
<p>Thank you,<br>Amazon Web Services</p>
</div>
</body></html>
"""))
    L.append(N(
        id="F2", orig="2025-07-11", target=20, time="09:03:55", tz="+0000",
        from_name="AWS Security", from_addr="security-alert@aws-notify-center.example",
        to="devlead@ashgrove-labs.example",
        subject=lambda d: "AWS Security Alert: new access key created for root user",
        label="security-incident", deadline=None, phishing=True, lang="en",
        url="https://github.com/sublime-security/sublime-rules/pull/2935",
        kind="plain",
        body=lambda d: f"""AWS Security Notification

Hello,

A new access key was created for the root user of your AWS account on
{d('2025-07-11','long')} at 08:47 UTC.

  Location: Bucharest, Romania
  IP address: 203.0.113.206
  Browser: Chrome on Windows

If you did not create this key, your account may be compromised. Review
the activity and revoke the key now:

  http://console.aws-notify-center.example/iam/review?ref=RK-55120

If you created the key, you can ignore this message.

This is an automated message from Amazon Web Services. Please do not
reply.
"""))
    L.append(N(
        id="F3", orig="2023-07-11", target=24, time="18:22:47", tz="+0000",
        from_name="Amazon Web Services Billing", from_addr="billing@awsbilling-support.example",
        to="finance@quartzline-studio.example",
        subject=lambda d: "AWS Billing: payment declined - update required",
        label="billing", deadline="2023-07-13", phishing=True, lang="en",
        url="https://github.com/sublime-security/sublime-rules/pull/605",
        kind="plain",
        body=lambda d: f"""Dear Customer,

We were unable to charge the payment method on file for your Amazon Web
Services invoice dated {d('2023-07-01','long')}.

  Amount due: USD 1,284.16
  Status: Payment declined

To avoid interruption of your AWS services, please update your billing
information within 48 hours. Accounts with unpaid balances after this
period will be suspended and running resources may be terminated.

Update your payment details here:
http://awsbilling-support.example/account/payment-update

Thank you for choosing Amazon Web Services.

AWS Billing Department
"""))
    return L
# ---------------------------------------------------------------- main part
import os, sys, re, hashlib, mailbox
from datetime import date, datetime, timedelta, timezone
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.charset import Charset, QP, BASE64
from email.header import Header, decode_header, make_header
from email.utils import formataddr, parsedate_to_datetime
from email.generator import Generator
import io

NAME = "g38"
OUTDIR = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(OUTDIR, "set-%s.mbox" % NAME)
LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
SHORT = [m[:3] for m in MONTHS]


def make_d(offset):
    def d(iso, fmt):
        x = date.fromisoformat(iso) + timedelta(days=offset)
        if fmt == "long":
            return "%s %d, %d" % (MONTHS[x.month - 1], x.day, x.year)
        if fmt == "short":
            return "%s %02d, %d" % (SHORT[x.month - 1], x.day, x.year)
        if fmt == "iso":
            return x.isoformat()
        if fmt == "ja":
            return "%d年%d月%d日" % (x.year, x.month, x.day)
        if fmt == "month_ja":
            return "%d年%d月" % (x.year, x.month)
        if fmt == "slash":
            return "%d/%02d/%02d" % (x.year, x.month, x.day)
        raise ValueError(fmt)
    return d


def text_part(text, subtype="plain"):
    if all(ord(c) < 128 for c in text):
        return MIMEText(text, subtype, "us-ascii")
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text):
        cs = Charset("utf-8"); cs.body_encoding = BASE64
        return MIMEText(text, subtype, cs)
    cs = Charset("utf-8"); cs.body_encoding = QP
    return MIMEText(text, subtype, cs)


def hdr(s):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8").encode()


def build(n):
    od = date.fromisoformat(n["orig"])
    sent_day = date(2028, 10, n["target"])
    offset = (sent_day - od).days
    assert offset % 7 == 0, n["id"]
    d = make_d(offset)
    n["offset"] = offset
    n["subject_s"] = n["subject"](d)
    n["body_s"] = n["body"](d) if "body" in n else None
    n["html_s"] = n["html"](d) if "html" in n else None
    if n["deadline"] is None:
        n["deadline_s"] = "none"
    else:
        n["deadline_s"] = (date.fromisoformat(n["deadline"]) + timedelta(days=offset)).isoformat()
    hh, mm, ss = map(int, n["time"].split(":"))
    sign = 1 if n["tz"][0] == "+" else -1
    tzo = timezone(sign * timedelta(hours=int(n["tz"][1:3]), minutes=int(n["tz"][3:5])))
    dt = datetime(sent_day.year, sent_day.month, sent_day.day, hh, mm, ss, tzinfo=tzo)
    n["dt"] = dt
    if n["kind"] == "plain":
        msg = text_part(n["body_s"], "plain")
    elif n["kind"] == "html":
        msg = text_part(n["html_s"], "html")
    else:
        # A fixed boundary, so that the script writes the same bytes every time (added after the batch
        # was scored at arrival, which it was with random boundaries).
        msg = MIMEMultipart("alternative", boundary="=_g38_alt_%s" % n["id"])
        msg.attach(text_part(n["body_s"], "plain"))
        msg.attach(text_part(n["html_s"], "html"))
    msg["From"] = formataddr((n["from_name"], n["from_addr"]), charset="utf-8")
    msg["To"] = n["to"]
    msg["Subject"] = hdr(n["subject_s"])
    msg["Date"] = dt.strftime("%a, %d %b %Y %H:%M:%S ") + n["tz"]
    dom = n["from_addr"].split("@")[1]
    mid = hashlib.sha1(("%s|%s|%s" % (NAME, n["id"], n["subject_s"])).encode("utf-8")).hexdigest()[:24]
    msg["Message-ID"] = "<%s.%s@%s>" % (mid, n["id"].lower(), dom)
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    msg["X-Training-Label"] = n["label"]
    msg["X-Training-Deadline"] = n["deadline_s"]
    if n["phishing"]:
        msg["X-Training-Phishing"] = "yes"
    return msg


def serialize(msg, dt):
    fp = io.StringIO()
    Generator(fp, mangle_from_=False, maxheaderlen=0).flatten(msg)
    raw = fp.getvalue().replace("\r\n", "\n")
    lines = raw.split("\n")
    out = []
    for ln in lines:
        if re.match(r"^>*From ", ln):
            ln = ">" + ln
        out.append(ln)
    raw = "\n".join(out)
    if not raw.endswith("\n"):
        raw += "\n"
    fromline = "From MAILER-DAEMON %s\n" % dt.astimezone(timezone.utc).strftime("%a %b %d %H:%M:%S %Y")
    return fromline + raw + "\n"


def main_body(m):
    """Return (plain, html) decoded from a parsed message."""
    plain = html = None
    for part in m.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        txt = part.get_payload(decode=True).decode(part.get_content_charset() or "us-ascii")
        if ct == "text/plain":
            plain = txt
        elif ct == "text/html":
            html = txt
    return plain, html


def unescape(s):
    return re.sub(r"(?m)^>(>*From )", r"\1", s) if s is not None else None


def main():
    notices = notices_part1() + notices_part2() + notices_part3()
    problems = []
    msgs = []
    for n in notices:
        msgs.append(build(n))
    with open(MBOX, "w", encoding="utf-8", newline="\n") as f:
        for n, m in zip(notices, msgs):
            f.write(serialize(m, n["dt"]))

    # ---- read back and check
    box = mailbox.mbox(MBOX, create=False)
    got = list(box)
    if len(got) != len(notices):
        problems.append("message count %d != %d" % (len(got), len(notices)))
    for n, m in zip(notices, got):
        i = n["id"]
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if m[h] is None:
                problems.append("%s: missing header %s" % (i, h))
        for h, v in m.items():
            if any(ord(c) > 127 for c in v):
                problems.append("%s: raw non-ASCII in header %s" % (i, h))
        subj = str(make_header(decode_header(m["Subject"])))
        if subj != n["subject_s"]:
            problems.append("%s: subject mismatch %r" % (i, subj))
        if m["X-Training-Label"] not in LABELS or m["X-Training-Label"] != n["label"]:
            problems.append("%s: bad label" % i)
        dl = m["X-Training-Deadline"]
        hdt = parsedate_to_datetime(m["Date"])
        if hdt != n["dt"]:
            problems.append("%s: date mismatch" % i)
        if hdt.year != 2028 or hdt.month != 10:
            problems.append("%s: not in October 2028" % i)
        if dl != n["deadline_s"]:
            problems.append("%s: deadline mismatch" % i)
        if dl != "none":
            try:
                dd = date.fromisoformat(dl)
                if dd < hdt.date():
                    problems.append("%s: deadline %s before Date" % (i, dl))
            except ValueError:
                problems.append("%s: bad deadline %r" % (i, dl))
        ph = m["X-Training-Phishing"]
        if (ph == "yes") != n["phishing"] or (ph is not None and ph != "yes"):
            problems.append("%s: phishing header mismatch" % i)
        plain, html = main_body(m)
        plain, html = unescape(plain), unescape(html)
        if n["body_s"] is not None and plain != n["body_s"]:
            problems.append("%s: plain body mismatch" % i)
        if n["html_s"] is not None and html != n["html_s"]:
            problems.append("%s: html body mismatch" % i)
        main = n["body_s"] if n["body_s"] is not None else n["html_s"]
        nl = len(main.rstrip("\n").split("\n"))
        if not 8 <= nl <= 40:
            problems.append("%s: body has %d lines" % (i, nl))
        ct = m.get_content_type()
        if n["lang"] == "ja":
            for part in m.walk():
                if not part.is_multipart() and part["Content-Transfer-Encoding"] != "base64":
                    problems.append("%s: Japanese part not base64" % i)
    # ---- mix counts
    from collections import Counter
    real = Counter(n["label"] for n in notices if not n["phishing"])
    phish = sum(1 for n in notices if n["phishing"])
    ja = sum(1 for n in notices if n["lang"] == "ja")
    need = {"action-required": 6, "maintenance": 3, "pricing": 2, "billing": 2,
            "informational": 3, "security-advisory": 1}
    if len(notices) != 36:
        problems.append("need 36 notices")
    if real["abuse"] + real["security-incident"] < 11:
        problems.append("fewer than 11 critical")
    for k, v in need.items():
        if real[k] < v:
            problems.append("too few %s" % k)
    if phish != 3:
        problems.append("phishing count %d" % phish)
    if ja < 6:
        problems.append("fewer than 6 Japanese")
    urls = [n["url"] for n in notices]
    if len(set(urls)) != len(urls):
        problems.append("duplicate source URL")
    ids = [m["Message-ID"] for m in got]
    if len(set(ids)) != len(ids):
        problems.append("duplicate Message-ID")

    # ---- README and used-sources
    with open(os.path.join(OUTDIR, "used-sources.txt"), "w", encoding="utf-8") as f:
        for u in urls:
            f.write(u + "\n")
    rows = []
    for k, n in enumerate(notices, 1):
        rows.append("| %d | %s | %s | Amazon Web Services | %s | %s | %s |" % (
            k, n["label"], n["deadline_s"], "yes" if n["phishing"] else "no",
            n["lang"], n["url"]))
    counts = ", ".join("%s %d" % (k, real[k]) for k in sorted(real))
    readme = """# Validation batch %s

One batch of 36 labelled cloud-provider notices for blind measurement of a
notice classifier. All notices concern Amazon Web Services (no-reply-aws,
health@aws.com, AWS Trust & Safety, Amazon SES, Support cases, Trusted
Advisor, AWS Budgets/billing, AWS Managed Services, marketing and AWS Japan),
plus 3 phishing mails that impersonate AWS. Every notice follows one public
original (listed below); all sentences were rewritten, identifiers, hosts,
account numbers and addresses replaced, and all dates moved into October 2028
by a whole number of weeks (weekday kept).

Files: `set_%s.py` (generator and checker), `set-%s.mbox` (mboxo),
`used-sources.txt` (source URLs in notice order).

Labels are in `X-Training-Label`, `X-Training-Deadline` and
`X-Training-Phishing` headers.

## Counts

- notices: %d (%d in Japanese, %d phishing)
- non-phishing labels: %s
- phishing (labelled by what they pretend to be): %s
- provider: Amazon Web Services only

## Notices

| # | label | deadline | provider | phishing | language | original URL |
|---|---|---|---|---|---|---|
%s
""" % (NAME, NAME, NAME, len(notices), ja, phish, counts,
       ", ".join("%s %s" % (n["id"], n["label"]) for n in notices if n["phishing"]),
       "\n".join(rows))
    with open(os.path.join(OUTDIR, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme)

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
