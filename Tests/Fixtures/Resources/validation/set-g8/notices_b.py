# -*- coding: utf-8 -*-
from notices_a import AWS_HEALTH, AWS_ABUSE
N = []

N.append(dict(
 url="https://aws.amazon.com/legal/awsjp", provider="AWS", label="pricing", lang="ja",
 frm="Amazon Web Services <no-reply-aws@amazon.com>", to="keiri@sakuradenki.example",
 subject="【重要】AWS の契約当事者がアマゾン ウェブ サービス ジャパン合同会社に変わります",
 date="2028-03-01 10:00", orig="2021-12-01", deadline="2022-02-01",
 body="""AWS をご利用のお客様

いつも Amazon Web Services をご利用いただきありがとうございます。
本メールは、日本国内に所在するとみなされる AWS アカウント (アカウント ID:
381940265513) の所有者様にお送りしています。

■ 変更の概要
[[2022-02-01|%Y年%-m月%-d日]] から、日本国内のアカウントに対する AWS クラウドサービスの契約先が
Amazon Web Services, Inc. からアマゾン ウェブ サービス ジャパン合同会社
(AWS Japan) に切り替わります。請求書払いをご利用のアカウントは、すでに
[[2021-11-01|%Y年%-m月%-d日]] に AWS Japan へ移行済みです。

■ お客様への影響
・サービスへのアクセス方法やご利用中のリソースは変わらず、切り替えに伴う
  サービスの停止もありません。
・切り替え日以降の利用分は AWS Japan から請求され、請求書は日本の消費税法の
  要件に沿った形式で発行されます。
・AWS Marketplace の購入分など一部は、引き続き AWS, Inc. から請求されます。

■ ご確認のお願い
切り替え日までに、請求コンソールの「お支払い方法」で請求先住所を、
「アカウント」で連絡先情報と請求書の送付先メールアドレスをご確認のうえ、
必要に応じて更新してください。

詳しくはよくあるご質問をご覧ください。
https://aws.amazon.com/legal/awsjp

今後とも AWS をよろしくお願いいたします。
アマゾン ウェブ サービス
"""))

N.append(dict(
 url="https://github.com/convox/convox/issues/858", provider="AWS", label="action-required",
 frm=AWS_HEALTH, to="k8s-admins@ravenbrook.example",
 subject="[Action Required] Amazon EKS Kubernetes 1.29 end of standard support [AWS Account: 735006284917] [US-EAST-1]",
 date="2028-03-03 16:19", orig="2025-02-04", deadline="2025-03-23",
 body="""Hello,

[AWS Health may periodically trigger reminder notifications about this communication if resources remain unresolved.]

Standard support for Kubernetes version 1.29 on Amazon EKS ends on
[[2025-03-23|%B %d, %Y]].

On that date, clusters in account 735006284917 that still run 1.29 will move
into the extended support period. Clusters in extended support are billed an
additional per-cluster-hour fee on top of the standard cluster price; the
current rates are on the Amazon EKS pricing page [1].

You are getting this message because at least one of your EKS clusters in
US-EAST-1 runs Kubernetes 1.29. If you have already upgraded or removed the
cluster, you can ignore this message.

The clusters concerned are listed in the 'Affected resources' section of your
AWS Health Dashboard.

To stay on standard support and avoid the extra charge, upgrade the control
plane and node groups to 1.30 or later before [[2025-03-23|%B %d, %Y]]. The EKS user guide
explains the upgrade process and the changes between versions [2].

[1] https://aws.amazon.com/eks/pricing/
[2] https://docs.aws.amazon.com/eks/latest/userguide/update-cluster.html

Sincerely,
Amazon Web Services
"""))

N.append(dict(
 url="https://github.com/opengovsg/FormSG/issues/2516", provider="AWS", label="action-required",
 frm="Amazon Web Services <no-reply-aws@amazon.com>", to="devops@lumenforms.example",
 subject="AWS Support Case 8824517302: Elastic Beanstalk Docker platform shown as deprecated",
 date="2028-03-05 07:55", orig="2021-08-11", deadline="2022-06-30",
 body="""Hello,

Thank you for contacting AWS Support. I have reviewed your question about the
"deprecated" label on your Elastic Beanstalk environment lumenforms-prod, even
though it uses the most recent Docker platform version.

The label appears because that platform version is built on the original Amazon
Linux AMI (AL1). Since [[2021-07-08|%B %d, %Y]], every Elastic Beanstalk platform branch based
on AL1 has been marked as deprecated and is scheduled for retirement on
[[2022-06-30|%B %d, %Y]] [1].

Until that date the AL1 branches remain fully supported. After the retirement
date, AL1 environments will no longer receive security updates, and you will not
be able to create new environments on those branches.

What we recommend:
  - Move the environment to the corresponding Amazon Linux 2 (AL2) platform
    branch before [[2022-06-30|%B %d, %Y]].
  - The usual approach is to create a new environment on the AL2 branch, deploy
    your application there, test it, and then swap the environment CNAMEs [2].

[1] https://docs.aws.amazon.com/elasticbeanstalk/latest/relnotes/release-2021-07-08-al1-retire.html
[2] https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.CNAMESwap.html

Best regards,
Amazon Web Services
AWS Support

To see the full case history or reply, sign in to the AWS Support Center.
"""))

N.append(dict(
 url="https://github.com/tjrehdrms123/Backend-Study-By-Nest/blob/main/study/CloudServer/AWS/Error/AWS%20Abuse%20Report%20with%20work32.md", provider="AWS", label="abuse",
 frm=AWS_ABUSE, to="backend@haneulsoft.example",
 subject="Your AWS Abuse Report [19264017523-1] - no response received",
 date="2028-03-08 04:30", orig="2023-04-28", deadline="2023-04-29",
 body="""Hello,

We have still not heard from you about the abuse report that involves resources
in your account. If this remains unanswered, we may take mitigating action
against the resources named in the report.

Please reply to this email within 24 hours and tell us what you did to stop the
activity.

Required actions: investigate root cause
Reported activity: Port Scanning
Abuse time: [[2023-04-27 14:46|%d %b %Y %H:%M]]:47 GMT
Implicated instance: i-07d2c4f19a8be6031 [203.0.113.214]

If you need more help with this report, see:
https://aws.amazon.com/premiumsupport/knowledge-center/aws-abuse-report/

If you do not think the activity is abusive, reply to this email and explain
why.

Regards,
AWS Trust & Safety

---Beginning of forwarded report(s)---

Hello,

This is to let you know about unauthorised use of systems or networks. Hosts in
your address space have been probing our servers for open TCP ports. Because of
this behaviour we believe they may be compromised machines in a botnet.

The log is in UTC and lists at most five attempts per source address. Each
attempt completed the TCP handshake, so the source addresses are reliable.

(attacker IP)      (IP scanned)     (TCP port)
203.0.113.214      192.0.2.17       22
203.0.113.214      192.0.2.18       22
203.0.113.214      192.0.2.21       2222

Please also notify the owners of the machines involved so they can clean them.

---End of forwarded report(s)---
"""))

N.append(dict(
 url="https://github.com/charlieppark/charlieppark.github.io-backup/blob/main/tech/2211260014/index.md", provider="AWS", label="security-incident",
 frm="Amazon Web Services <no-reply-aws@amazon.com>", to="yc.kim@gyeolnet.example",
 subject="[ACTION REQUIRED] Your AWS account 483019276650 may be compromised",
 date="2028-03-10 19:02", orig="2022-10-05", deadline=None,
 body="""Dear AWS Customer,

We have seen activity in your AWS account 483019276650 that suggests someone
other than you may have gained access to it. For example, a p3.16xlarge
instance (i-0c51e7a2d94b38f60) was launched in a Region you do not normally use
on [[2022-09-04|%B %d, %Y]], and multi-factor authentication was enabled on the root user
on [[2022-10-04|%B %d, %Y]] from an unfamiliar location.

To help protect the account we have temporarily limited some actions. Please
complete the steps below, then reply to this case.

Step 1: Change the root user password and the passwords of all IAM users, and
        turn on multi-factor authentication for the root user.

Step 2: Look through CloudTrail for actions you did not take, such as new IAM
        users, access keys, roles or policies, and delete them.

Step 3: Check every Region for resources you did not create, for example EC2
        instances, Spot requests or Lambda functions, and terminate them.
        Stopping an instance is not enough: stopped instances can still incur
        charges for attached storage.

Step 4: Reply to this message to confirm that steps 1 to 3 are done. We will
        then review the charges related to the unauthorised usage.

Sincerely,
Amazon Web Services
"""))

N.append(dict(
 url="https://github.com/MozillaFoundation/mofo-devops/issues/368", provider="AWS", label="maintenance",
 frm=AWS_HEALTH, to="webops@tidewaterfoundation.example",
 subject="Amazon EC2 Maintenance: Instance scheduled for reboot [AWS Account ID: 290451173862]",
 date="2028-03-11 09:40", orig="2016-07-11", deadline="2016-07-25",
 body="""Dear Amazon EC2 Customer,

Maintenance is scheduled for one or more of your Amazon EC2 instances on
[[2016-07-25|%Y-%m-%d]], starting at 00:00 UTC and lasting 2 hours. During the window the
following instance in the us-east-1 region will be unavailable and then
rebooted:

  i-5d8a2c71  (search-production)

After the maintenance your instance resumes normal operation, and all of its
configuration settings are kept.

If you want to avoid the downtime and the reboot, you can move the workload to a
replacement instance before the window; replacement instances are not affected
by this maintenance. Otherwise no action is normally needed from you. Some
underlying system components may change at reboot, and your operating system
may ask for additional drivers or software afterwards.

If the instance belongs to an Auto Scaling group, it will be terminated and
replaced with a new instance during the maintenance window.

You can see all scheduled events for your instances in the AWS Management
Console: https://console.aws.amazon.com/ec2/v2/home?region=us-east-1#Events

Sincerely,
Amazon Web Services
"""))

N.append(dict(
 url="https://github.com/FieldDB/FieldDB/issues/591", provider="AWS", label="maintenance",
 frm=AWS_HEALTH, to="sysadmin@lexicafield.example",
 subject="Amazon EC2 Instance scheduled for power maintenance [AWS Account ID: 842266019735]",
 date="2028-03-12 21:15", orig="2012-09-21", deadline="2012-10-02",
 body="""Dear Amazon EC2 Customer,

Power maintenance is planned for one or more of your Amazon EC2 instances on
[[2012-10-02|%Y-%m-%d]]. The work starts at 20:00 UTC and takes about 2 hours. While it is
in progress, these instances in the us-east-1 region will be unavailable and
will then be rebooted:

  i-3f1a8c2e
  i-7b04d95a

Once the power maintenance has finished, the instances return to normal
operation with their configuration unchanged.

To keep running without interruption, you can migrate these instances to
replacement instances beforehand; replacements are not affected by this power
maintenance. If you do nothing, the instances will simply be rebooted during the
window.

Sincerely,
Amazon Web Services
"""))

N.append(dict(
 url="https://github.com/azavea/cac-tripplanner/issues/864", provider="AWS", label="maintenance",
 frm=AWS_HEALTH, to="ops@routewise.example",
 subject="Amazon EC2 Maintenance: system reboot scheduled [AWS Account ID: 556712083924]",
 date="2028-03-14 12:22", orig="2017-07-26", deadline="2017-08-07",
 body="""Hello,

The host that runs one of your Amazon EC2 instances needs a system reboot for
power maintenance. The reboot is scheduled for the following window:

  Instance ID:  i-2c8d61fe  (nat-gateway-b)
  Region:       us-east-1
  Event:        system-reboot
  Not before:   [[2017-08-07 00:00|%Y-%m-%dT%H:%M:%S.000Z]]
  Not after:    [[2017-08-07 02:00|%Y-%m-%dT%H:%M:%S.000Z]]

During the window the instance will be unavailable while the host is rebooted.
Your instance keeps its configuration, instance ID and private IP address.

If you would rather control the timing, stop and then start the instance at any
point before the window opens. This moves it to healthy hardware and cancels the
scheduled event. Note that an instance without an Elastic IP address receives a
new public IP address when it starts again.

You can review the event with "aws ec2 describe-instance-status" or on the
Events page of the EC2 console.

Sincerely,
Amazon Web Services
"""))

N.append(dict(
 url="https://brokenco.de/2021/01/15/leaking-aws-keys.html", provider="AWS", label="security-incident",
 frm="Amazon Web Services <no-reply-aws@amazon.com>", to="maintainers@deltaforge.example",
 subject="Your AWS account 779144038215 is compromised - AWS Support Case 7721409953",
 date="2028-03-15 02:48", orig="2021-01-15", deadline=None,
 body="""Amazon Web Services has opened case 7721409953 on your behalf.

Case ID: 7721409953
Subject: Your AWS account 779144038215 is compromised
Severity: Urgent

Dear AWS Customer,

Please read this notice and act promptly to secure your account.

We found that the AWS access key AKIAEXAMPLEB4N2WQ8TL, which belongs to the IAM
user "integration-readonly", is publicly available together with its secret
key at the following location:

  https://github.com/deltaforge-example/delta-tests/blob/3e91c0a/tests/.env

Anyone who finds these credentials can use them against your account, which may
lead to unexpected charges. Publishing credentials in this way is also contrary
to the AWS Customer Agreement.

As a precaution we have attached the AWSCompromisedKeyQuarantineV2 policy to
the IAM user and temporarily limited your ability to launch some resource types.
This limits misuse but does not make the account secure.

What to do next:
  1. Rotate the exposed key: create a new key for the applications that need
     it, switch them over, then delete the exposed key.
  2. Check CloudTrail and the Billing console for any usage you do not
     recognise, in every Region.
  3. Remove the credentials from the repository history.
  4. Reply to this case when you are done.

Sincerely,
Amazon Web Services
"""))

N.append(dict(
 url="https://github.com/cisagov/cool-system/issues/108", provider="AWS", label="informational",
 frm="Amazon Web Services <no-reply-aws@amazon.com>", to="cloud-ops@meridianlab.example",
 subject="Amazon EC2 email sending limits removed [AWS Account: 614380297751]",
 date="2028-03-17 01:36", orig="2020-10-30", deadline=None,
 body="""Hello,

We have processed your request to lift the email sending restriction on your
Amazon EC2 resources in account 614380297751.

The throttle on outbound traffic to TCP port 25 has been removed for the
following Region:

  us-east-1

Please keep in mind that mail sent from these resources must continue to comply
with the AWS Acceptable Use Policy. We may reinstate the restriction if we
receive abuse complaints about this traffic.

If you also asked for reverse DNS records for your Elastic IP addresses, they
will be configured separately and you will receive a confirmation when that is
done.

Sincerely,
Amazon Web Services
"""))

N.append(dict(
 url="https://github.com/HoraceShmorace/Image-Flex/issues/20", provider="AWS", label="action-required",
 frm=AWS_HEALTH, to="webmaster@northbeacon.example",
 subject="Reminder: [Action Required] AWS Lambda end of support for Node.js 16 [AWS Account: 320958441176]",
 date="2028-03-18 18:11", orig="2024-05-06", deadline="2024-06-12",
 body="""Hello,

[Amazon Health Dashboard may periodically trigger reminder notifications about this communication]

This is a reminder that your AWS account still has AWS Lambda functions running
on Node.js 16.

Lambda support for Node.js 16 ends on [[2024-06-12|%B %d, %Y]]. The upstream Node.js 16
release line reached end of life on [[2023-09-11|%B %d, %Y]] [1].

Support is withdrawn in stages, as the Lambda runtime support policy describes [2]:
  - From [[2024-06-12|%B %d, %Y]], the runtime is no longer patched or updated, affected
    functions are not eligible for technical support, and Node.js 16 is no
    longer offered in the AWS Console (CloudFormation, the AWS CLI, AWS SAM and
    other tools can still create and update functions).
  - From [[2025-02-28|%B %d, %Y]], you can no longer create new Node.js 16 functions.
  - From [[2025-03-31|%B %d, %Y]], you can no longer update existing Node.js 16 functions.

Please upgrade the functions to the latest available Node.js runtime before
[[2024-06-12|%B %d, %Y]]. The full list of affected functions is on the 'Affected resources'
tab of the AWS Health Dashboard.

[1] https://nodejs.org/en/blog/announcements/nodejs16-eol
[2] https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html

Sincerely,
Amazon Web Services
"""))

N.append(dict(
 url="https://global-creative.jp/awsteishinorisukutoeikyouwotetteikaisetsuteishitaisakunojuuyoupointotoha", provider="AWS", label="action-required", lang="ja",
 frm=AWS_HEALTH, to="infra@kawasemi-sys.example",
 subject="[要対応] AWS App Mesh のサポート終了について [AWS アカウント: 527730184496]",
 date="2028-03-19 10:30", orig="2025-10-01", deadline="2026-09-30",
 body="""お客様各位

[未対応のリソースが残っている場合、AWS Health からこの通知のリマインダーが
定期的に送信されることがあります。]

お客様の AWS アカウント (527730184496) で AWS App Mesh のリソースが
ご利用中であることを確認したため、本メールをお送りしています。

AWS App Mesh のサポートは [[2026-09-30|%Y年%-m月%-d日]] をもって終了いたします。
なお、[[2024-09-24|%Y年%-m月%-d日]] 以降、App Mesh を新たにご利用いただくことは
できなくなっております。

サポート終了日以降は、App Mesh のコンソールおよび API が利用できなくなり、
既存のメッシュの設定変更もできなくなります。

■ お客様にお願いしたいこと
サポート終了日までに、Amazon ECS Service Connect または Amazon VPC Lattice
への移行をご検討ください。移行手順は以下のブログおよびドキュメントで
ご案内しています。
https://aws.amazon.com/blogs/containers/migrating-from-aws-app-mesh-to-amazon-ecs-service-connect/

対象となるメッシュの一覧は、AWS Health Dashboard の「影響を受けるリソース」
タブでご確認いただけます。

ご不明な点がございましたら、AWS サポートまでお問い合わせください。

アマゾン ウェブ サービス
"""))

N.append(dict(
 url="https://docs.aws.amazon.com/ja_jp/AWSEC2/latest/UserGuide/monitoring-instances-status-check_sched.html", provider="AWS", label="maintenance", lang="ja",
 frm=AWS_HEALTH, to="unyou@hoshizora-net.example",
 subject="[リタイア通知] Amazon EC2 インスタンスのリタイアが予定されています [AWS アカウント ID: 219483306571]",
 date="2028-03-20 13:05", orig="2024-05-10", deadline="2024-05-24",
 body="""Amazon EC2 をご利用のお客様

お客様の AWS アカウント (AWS アカウント ID: 219483306571) に関する
重要なお知らせです。ap-northeast-1 リージョンのインスタンス
(インスタンス ID: i-0b6e29d4c7a13f805) をホストしている基盤ハードウェアに
劣化が検出されました。この劣化により、インスタンスにすでに到達できなく
なっている可能性があります。

ルートデバイスが EBS ボリュームである本インスタンスは、
[[2024-05-24 13:00|%Y-%m-%d %H:%M]] UTC 以降に停止されます。

* お客様への影響
リタイア日を過ぎるとインスタンスは停止されますが、その後いつでも再度
起動できます。インスタンスストアボリュームが接続されている場合、その
データは停止時に失われます。

* お客様に必要な対応
予定日まで待つこともできますが、それ以前に任意のタイミングでインスタンスを
停止して起動し直すと、正常なハードウェアに移行されます (再起動では移行
されませんのでご注意ください)。

予定されているイベントの詳細は、AWS マネジメントコンソールの EC2
「イベント」ページでご確認いただけます。
https://console.aws.amazon.com/ec2/v2/home?region=ap-northeast-1#Events

アマゾン ウェブ サービス
"""))

N.append(dict(
 url="https://aws.amazon.com/jp/blogs/news/how-to-pay-aws-by-yen", provider="AWS", label="billing", lang="ja",
 frm="Amazon Web Services <no-reply-aws@amazon.com>", to="shiharai@midoriya-shoten.example",
 subject="AWS のお支払い通貨が日本円に変更されました (アカウント ID: 650271938804)",
 date="2028-03-21 09:00", orig="2017-07-12", deadline=None,
 body="""AWS をご利用のお客様

アカウント ID 650271938804 のお支払い通貨の設定が、米ドルから日本円に
変更されたことをお知らせします。

■ 変更内容
・お支払い通貨: 日本円 (JPY)
・お支払い方法: クレジットカード (VISA 末尾 4417)
・適用開始: 次回のご請求分から

■ ご注意いただきたい点
・ご利用料金は引き続き米ドルで計算され、月末の集計時に AWS が定める
  その時点の為替レートで日本円に換算されます。
・AWS Marketplace で AMI 形式の有償ソフトウェアをご利用の場合、その部分は
  引き続き米ドルで請求されます。
・日本円でのお支払いに対応しているカードブランドは VISA と Mastercard です。

この変更に心当たりがない場合は、すぐに請求情報とコスト管理コンソールで
設定をご確認のうえ、AWS サポートまでご連絡ください。

アマゾン ウェブ サービス
"""))
