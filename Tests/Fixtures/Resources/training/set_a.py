#!/usr/bin/env python3
"""Training set A for the learned model: critical notices said indirectly, and
non-critical notices written in security or abuse vocabulary.

Every notice below was written for this file; none is copied from a real notice.
Run `python3 set_a.py` to (re)write set-a.mbox next to this script. The output is
deterministic: dates are derived from each notice's position unless given.

Standard library only.
"""

import datetime
import email.policy
import email.utils
import os
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

NOTICES = []


def n(category, sender, subject, body, date=None):
    NOTICES.append(
        {
            "category": category,
            "from": sender,
            "subject": subject,
            "body": textwrap.dedent(body).strip("\n"),
            "date": date,
        }
    )


# ---------------------------------------------------------------------------
# abuse (English)
# ---------------------------------------------------------------------------

n("abuse", "AWS Trust & Safety <ec2-abuse@amazon.com>",
  "Case 172839405 - response needed",
  """
  Hello,

  Over the past six hours the instance i-0abc12345def67890 in us-east-1 (account 111122223333) has opened connections to TCP port 22 on a very large number of unrelated hosts. The pattern matches a password-guessing run against SSH servers, and operators of the receiving networks have written to us about it.

  Please stop the activity and reply to this case within 24 hours with what you found and what you changed. Without a reply we may block outbound traffic from the instance or suspend it.

  Regards,
  AWS Trust & Safety
  """)

n("abuse", "Hetzner Online GmbH <abuse@hetzner.com>",
  "Server 203.0.113.45",
  """
  Dear Sir or Madam,

  Our monitoring saw your server 203.0.113.45 sending probes to many addresses in 198.51.100.0/24 and beyond, one port after another. This looks like a port scan.

  Please look into it and send us a short statement via the link below within 24 hours; otherwise the IP address will be blocked.

  https://robot.example.com/statement/8d21c

  Kind regards
  Hetzner Online GmbH
  """)

n("abuse", "DigitalOcean Trust & Safety <abuse-replies@digitalocean.com>",
  "Ticket #88213",
  """
  Hi there,

  A third party has told us that your Droplet at 198.51.100.23 is hosting a page that copies a bank's sign-in screen and collects card numbers and online banking passwords. The page lives at http://198.51.100.23/secure-verify/.

  We have restricted networking on the Droplet so that only the Recovery Console works. Please remove the content and reply on this ticket explaining how it got there; we will restore networking once it is gone.

  DigitalOcean Trust & Safety
  """)

n("abuse", "Google Cloud Platform <google-cloud-compliance@google.com>",
  "Important information about your project",
  """
  Dear Google Cloud customer,

  Virtual machines in your project my-render-farm-2931 have been connecting to a cryptocurrency mining pool. Mining is not permitted on free trial accounts under our terms of service.

  As a result, the instances have been stopped and the project has been suspended. If you think this is a mistake, you can submit an appeal from the Google Cloud console within 30 days.
  """)

n("abuse", "Microsoft Azure <azure-noreply@microsoft.com>",
  "Notification",
  """
  Microsoft Azure has observed outbound traffic from your virtual machine vm-web-01 (public IP 203.0.113.88, subscription 1a2b3c4d-0000-4e5f-8a9b-111122223333) that is consistent with taking part in a distributed denial-of-service attack. The traffic peaked at 2.1 Gbps toward a single destination.

  To protect the platform we have temporarily blocked outbound traffic from this IP address. Please review the VM, remove any software you do not recognise and respond through the Azure portal so that we can lift the block.
  """)

n("abuse", "Cloudflare Trust & Safety <abuse@cloudflare.com>",
  "Re: Case 5521 update",
  """
  Hello,

  We have been notified by a rights holder that files reachable through your site cdn.example.net infringe their copyright. The complaint lists 14 URLs under /downloads/.

  Cloudflare does not host this content, but in line with our policy we have forwarded the complaint to your hosting provider and to you. Repeated complaints may lead to further steps on your account. No reply is needed unless you want to submit a counter-notice.
  """)

n("abuse", "Linode Support <support@linode.com>",
  "Linode 44102918",
  """
  Hello,

  Our systems recorded an unusually high number of outbound SMTP connections from your Linode web-mail-3 (192.0.2.77). Several receiving mail systems told us their recipients marked these messages as unwanted.

  We have blocked outbound port 25 on this Linode until you confirm the problem is resolved. Please reply with the cause and the steps you took.

  Regards,
  Linode Support
  """)

n("abuse", "OVHcloud <noreply@ovh.net>",
  "[Ticket CS8841023] ns3123456.ip-203-0-113.eu",
  """
  Hello,

  Your server ns3123456.ip-203-0-113.eu has been restarted in rescue mode. It was sending large volumes of UDP packets to random ports on a host outside our network.

  To return to normal operation, analyse the disk from rescue mode, clean the system and reply to this message with what you found.

  From now on, any repeat of this traffic will lead to suspension without further notice.

  The OVHcloud team
  """)

n("abuse", "Scaleway <abuse@scaleway.com>",
  "Instance scw-amazing-hopper",
  """
  Hello,

  We received several complaints about your instance scw-amazing-hopper (IP 198.51.100.140). According to the reports, it tried to log in to other people's SSH services thousands of times with different user names.

  Please check the instance and tell us within 48 hours what you have done. Without an answer, we will detach its public IP.
  """)

n("abuse", "Vercel Support <support@vercel.com>",
  "About your deployment",
  """
  Hi,

  A deployment on your team, login-portal-xyz.vercel.app, was reported to us as a page that asks visitors to type in their Microsoft 365 password. We have taken the deployment offline and paused the project.

  If this is a legitimate project, reply to this email with some context and we will review it.
  """)

n("abuse", "Fastly Support <support@fastly.com>",
  "Service 4xYzAbCdEf123",
  """
  Hello,

  A complaint we received states that a service on your account is delivering a file that several antivirus engines identify as malware. The file is served at https://assets.example.org/update/setup.exe.

  Please take it down within 24 hours. If it is still available after that, we may deactivate the service.
  """)

n("abuse", "IBM Cloud <noreply@cloud.ibm.com>",
  "Regarding your account",
  """
  Dear client,

  We have received reports that the virtual server 203.0.113.12 is sending DNS responses in large volumes to addresses that never asked for them. This usually means a resolver is answering queries from anyone on the internet and is being used to amplify attacks on third parties.

  Please restrict recursion to your own networks. If the traffic continues after 48 hours we will null-route the address.

  IBM Cloud Network Operations
  """)

n("abuse", "Alibaba Cloud <noreply@alibabacloud.com>",
  "Notice on your ECS instance",
  """
  Dear user,

  Your ECS instance i-bp1a2b3c4d5e6f7g8h (Singapore) was found sending attack traffic to external IP addresses. To prevent impact on other users, public network access for the instance has been restricted for 24 hours.

  Please check the instance for malicious programs. Repeated occurrences may lead to longer restrictions.
  """)

n("abuse", "Oracle Cloud Infrastructure <no-reply@oracle.com>",
  "Your Oracle Cloud tenancy",
  """
  Hello,

  Oracle Cloud Infrastructure has suspended your tenancy acme-trial-77 because activity in it goes against the Cloud Services Agreement: compute instances in the tenancy were used to send unsolicited bulk email.

  All resources have been stopped. To ask for reinstatement, reply with an explanation and a remediation plan.
  """)

n("abuse", "Heroku <noreply@heroku.com>",
  "Your app cheap-shoes-promo",
  """
  Hi,

  We have disabled your app cheap-shoes-promo. It was serving a fake parcel-tracking page that asks people for their card details, which the Heroku acceptable use policy does not allow. The app's dynos were scaled to zero.

  Contact support within 14 days if you want to dispute this decision.
  """)

n("abuse", "Amazon Simple Email Service <no-reply-aws@amazon.com>",
  "Amazon SES account in us-west-2",
  """
  Hello,

  Sending has been paused for your Amazon SES account in us-west-2. Over the last 7 days, recipients reported your messages as junk at a rate of 0.8%, far above what we can accept.

  While sending is paused you cannot send email from this region. To resume, tell us how you collect addresses and what you have changed.
  """)

n("abuse", "Amazon Web Services <no-reply-aws@amazon.com>",
  "Your AWS account 111122223333",
  """
  Hello,

  In the past 48 hours your account sent more than 40,000 one-time-password text messages to phone numbers in countries where you had no earlier traffic, many of them in premium number ranges. This matches artificially inflated traffic, where bots fill in sign-up forms to trigger messages.

  We have lowered your SMS spending limit to USD 1. Please add CAPTCHA or rate limits to the form before asking for an increase.
  """)

n("abuse", "Google Cloud Trust & Safety <cloud-ts-noreply@google.com>",
  "Project web-prod-4821",
  """
  We have received reports that your project is hosting content that imitates a parcel delivery company and collects payment details. The content is served from a Cloud Storage bucket named promo-assets-4821.

  Public access to the bucket has been disabled. You can appeal this decision from the console.
  """)

n("abuse", "Microsoft Azure Safeguards <azsafeguards@microsoft.com>",
  "Subscription 9f8e7d6c - please respond",
  """
  Hello,

  We have received a complaint that IP 198.51.100.201, assigned to your subscription, repeatedly tried to sign in to a mail server run by another company, cycling through hundreds of passwords for each mailbox.

  Please investigate and act within 2 business days. Keep the Case ID in the subject line when you reply.
  """)

n("abuse", "DigitalOcean <noreply@digitalocean.com>",
  "Droplet ubuntu-s-1vcpu-nyc3-01",
  """
  Hi,

  Our network monitoring found this Droplet sending very high packet rates to a single IP address outside DigitalOcean. To protect our network, its public networking has been disabled. You can still reach it through the Recovery Console.

  Once you have found and removed the cause, reply here and we will turn networking back on.
  """)

n("abuse", "Hetzner Online GmbH <abuse@hetzner.com>",
  "Ticket#2026100334012345",
  """
  Dear Mr Example,

  We have received the following complaint regarding your IP 192.0.2.150. The sender states that your server is part of a botnet: it contacts a known command-and-control server at regular intervals.

  > 2026-10-03 01:12:44 UTC  192.0.2.150 -> 203.0.113.66:6667  JOIN #x1
  > 2026-10-03 01:17:44 UTC  192.0.2.150 -> 203.0.113.66:6667  JOIN #x1
  > 2026-10-03 01:22:44 UTC  192.0.2.150 -> 203.0.113.66:6667  JOIN #x1

  The connections happen every five minutes and continued overnight. Machines that behave like this are usually waiting for orders to flood or scan other networks. We kindly ask you to check your server for processes and cron entries that you did not set up yourself. If you cannot find the cause, we recommend reinstalling the operating system from a clean image.

  Please send us a statement through the link in the Robot within 24 hours. Describe what you found and what you did about it. Failure to respond can lead to the IP address being blocked, and repeated cases can lead to termination of the contract.

  Kind regards
  Hetzner Online GmbH
  """)

n("abuse", "Linode Support <support@linode.com>",
  "Follow-up on ticket 1938471",
  """
  Hello,

  We still have not heard back about the outbound scanning from your Linode. Since our last update the activity has continued: the Linode keeps connecting to port 3389 on thousands of hosts.

  As a result, we have shut the Linode down and locked it. Please respond to this ticket so we can discuss next steps.
  """)

n("abuse", "Cloudflare <noreply@notify.cloudflare.com>",
  "example-shop.net",
  """
  Hi,

  We have placed a warning page in front of example-shop.net. Our review found that the site shows a fake sign-in form for a popular webmail service, so visitors now see an interstitial before they reach it.

  Once the content is removed, you can request a review from the dashboard.
  """)

n("abuse", "OVHcloud <noreply@ovh.net>",
  "IP 203.0.113.199",
  """
  Hello,

  Our anti-DDoS infrastructure detected that your IP 203.0.113.199 is the SOURCE of a flood, not its target. The traffic has been dropped at the edge of our network.

  Please check your services. If this happens again, your server will be suspended.
  """)

n("abuse", "Scaleway <abuse@scaleway.com>",
  "Object Storage bucket media-archive",
  """
  Hello,

  A copyright holder contacted us about video files that anyone can download from your bucket media-archive in fr-par. They say they own the rights and never allowed this distribution.

  We have made the listed objects private. Please confirm that you have deleted them, or send us a counter-notice.
  """)

n("abuse", "Heroku <noreply@heroku.com>",
  "pingback-worker",
  """
  We noticed your app pingback-worker sending requests at very high rates to one website, whose operator asked us to make it stop. Traffic like this degrades third-party services and is not allowed on the platform.

  The app has been put into maintenance mode. Please reply to this message before you bring it back.
  """)

n("abuse", "Vercel <security@vercel.com>",
  "Team acme-labs",
  """
  Hello,

  A project on your team was flagged for sending visitors to a site that installs a browser extension without asking. We have blocked the affected domains.

  Please remove the redirect and contact us before adding the domains again.
  """)

n("abuse", "IBM Cloud Support <support@cloud.ibm.com>",
  "Case CS2847561",
  """
  Hello,

  Your bare metal server 198.51.100.31 now appears on a public blocklist after sending mail to addresses that never signed up for it. Several mailbox providers have written to us.

  Outbound port 25 is closed for your account from today. Please stop the mailing, request delisting, and update this case.
  """)

n("abuse", "Alibaba Cloud <noreply@alibabacloud.com>",
  "Account notification",
  """
  Dear customer,

  A third party informs us that shop.example.com, which resolves to your instance, is offering pirated copies of commercial software.

  Please remove the content within 3 working days. Otherwise we will stop the instance in accordance with the Alibaba Cloud International Website Product Terms.
  """)

n("abuse", "Oracle Cloud Support <no-reply@oracle.com>",
  "Service Request 3-29384756",
  """
  Hello,

  Monitoring shows that your instance ocid1.instance.oc1.iad.aaaaexample is sending traffic to port 23 on random addresses, which is how worms look for devices that still use factory passwords.

  We have blocked egress from the instance's VNIC. Please terminate or rebuild the instance and update the service request.
  """)

n("abuse", "AWS Trust & Safety <ec2-abuse@amazon.com>",
  "Re: [Case 1928374650]",
  """
  Hello,

  Thank you for your earlier reply. However, we continue to see the same behaviour from the instance: it is sending HTTP POST requests to wp-login.php on many different websites.

  Because it has not stopped, we have blocked outbound traffic from the instance on ports 80 and 443. Reply to this case once the instance is clean.
  """)

n("abuse", "Google Cloud Platform <google-cloud-compliance@google.com>",
  "my-sandbox-project",
  """
  A VM in your project is sending large amounts of traffic to UDP port 11211 on many hosts, using source addresses that belong to someone else. This is reflection traffic aimed at a third party.

  The VM has been suspended.
  """)

n("abuse", "DigitalOcean Trust & Safety <abuse-replies@digitalocean.com>",
  "Action taken on your account",
  """
  Hi,

  Your account has been locked. Droplets on it were sending mass email promoting a supplement to people who had not opted in, and we received more than 300 complaints within a day.

  If you believe this was a mistake, respond within 7 days.
  """)

n("abuse", "Fastly Support <support@fastly.com>",
  "Re: Your Fastly service",
  """
  Thanks for your reply. Unfortunately the page at /account/verify still asks for an online banking user name and one-time code, and still imitates the bank's layout.

  We have now removed the domain from your service.
  """)

n("abuse", "Microsoft Azure <azure-noreply@microsoft.com>",
  "Your Azure subscription has been disabled",
  """
  Your Azure subscription "Pay-As-You-Go" was disabled because of activity that goes against the Microsoft Online Services Terms: resources in it were being used to mine cryptocurrency.

  Your data is kept for 90 days. To appeal, contact Azure support.
  """)

n("abuse", "Cloudflare Trust & Safety <abuse@cloudflare.com>",
  "Account 4f3e2d1c",
  """
  Hi,

  A Worker on your account was reported as a proxy that rewrites another company's website and captures whatever visitors type into its sign-in form. We have disabled the Worker route.

  Please do not redeploy the script. Further reports about this account may lead to its suspension.
  """)

n("abuse", "Hetzner Cloud <abuse@hetzner.com>",
  "Your server #1234567 (CX22)",
  """
  Dear customer,

  Since 02:10 UTC today your server has been sending enormous numbers of TCP SYN packets to a single server in the United States. Because of the volume, we have locked the IP 198.51.100.63.

  You can unlock it in the Cloud Console after you have resolved the cause and submitted a statement.
  """)

n("abuse", "Linode Support <support@linode.com>",
  "web-prod-02",
  """
  Hello,

  We've received a report that your Linode web-prod-02 (192.0.2.44) is running a SOCKS proxy that accepts connections from anyone, and that strangers are routing junk mail and login attempts through it.

  We have restricted inbound traffic to ports 22, 80 and 443. Please close the proxy and reply here.
  """)

n("abuse", "Amazon CloudFront <ec2-abuse@amazon.com>",
  "Distribution E2EXAMPLE1234",
  """
  Hello,

  We received a notice that your distribution d111111abcdef8.cloudfront.net is delivering copies of a commercial e-book without the publisher's permission. The notice names three object paths under /books/.

  Please remove the content and reply within 5 days describing what you did, or we may disable the distribution.
  """)

n("abuse", "Google Cloud Platform <google-cloud-compliance@google.com>",
  "Compute Engine instance web-1",
  """
  Instance web-1 in us-central1-a is making outbound SSH connections to many IP addresses, the usual footprint of a machine that someone has taken over and now uses to break into others.

  We removed the instance's external IP address. Please review the instance before you attach an address again.
  """)

n("abuse", "IBM Cloud <noreply@cloud.ibm.com>",
  "Notification 00412",
  """
  Your virtual server 192.0.2.201 runs an NTP service that replies to monlist queries from anywhere, and it is being used in amplification floods. Please disable monlist or close UDP 123. The IP will be blocked in 72 hours if nothing changes.
  """)

n("abuse", "OVHcloud <noreply@ovh.net>",
  "vps-1a2b3c4d.vps.ovh.net",
  """
  Hello,

  Your VPS has been suspended. It was relaying a high volume of email with forged sender addresses, and two major mailbox providers asked us to intervene.

  To get the VPS back, reinstall it from the control panel or ask for rescue mode to recover your data first.
  """)

n("abuse", "Scaleway <abuse@scaleway.com>",
  "Your Scaleway account",
  """
  Hello,

  Your account has been suspended following repeated reports that your instances were trying stolen email and password pairs against an online shop's login page, thousands of times per minute.

  Your resources are stopped but not deleted. Reply to this email within 15 days if you want to contest the decision.
  """)

n("abuse", "Vercel Support <support@vercel.com>",
  "Project checkout-fast",
  """
  We've been asked by a brand owner to review your deployment checkout-fast.vercel.app. It copies their store design and takes payments, but the owner says no goods are ever shipped.

  We've paused the deployment while we look into it. Please reply with proof that you are authorised to sell these products.
  """)

n("abuse", "Heroku <noreply@heroku.com>",
  "fuzzy-river-12345",
  """
  Your app fuzzy-river-12345 has been stopped. Its worker dyno was connecting to port 22 on addresses across an entire cloud provider's range, one after another.

  Please check your dependencies and code, then contact us before you scale the worker again.
  """)

n("abuse", "Alibaba Cloud <noreply@alibabacloud.com>",
  "Instance i-t4n9abcde1234567",
  """
  Dear customer,

  A process on your instance i-t4n9abcde1234567 has been talking to a cryptocurrency mining pool around the clock. Mining is not allowed on free trial instances, so the instance has been stopped.

  If you continue to use the trial for mining, the account will be closed.
  """)

n("abuse", "AWS Trust & Safety <ec2-abuse@amazon.com>",
  "Your AWS Abuse Report [12345678]",
  """
  Hello,

  We have received a report that your Amazon EC2 instance i-0fedcba9876543210 (203.0.113.61) has been implicated in intrusion attempts against hosts outside AWS. The log excerpt from the reporter is included below.

  2026-10-02T03:14:07Z 203.0.113.61:51514 -> 198.51.100.5:22 failed password for root

  Please take action to stop the reported activity and reply with details of your corrective measures within 24 hours. If you do not, we may block the instance or suspend your account.
  """)

n("abuse", "DigitalOcean Trust & Safety <abuse-replies@digitalocean.com>",
  "Phishing content on Spaces bucket invoices-2026",
  """
  Hi,

  We received an abuse report about phishing content in your Spaces bucket invoices-2026 (nyc3). The file index.html imitates a Microsoft sign-in page.

  We have made the bucket private. Please delete the file and reply within 48 hours to avoid further action against your account.
  """)

n("abuse", "Akamai Abuse <abuse@akamai.com>",
  "Copyright complaint for 192.0.2.88",
  """
  Hello,

  We have received a copyright complaint under the DMCA concerning content hosted on 192.0.2.88, which belongs to your Linode. The complaint is attached.

  Please remove the material or send a counter-notification within 3 business days. Repeat infringers may have their accounts terminated.
  """)

n("abuse", "Microsoft Azure <azure-noreply@microsoft.com>",
  "Outbound spam from your virtual machine",
  """
  We have detected that your virtual machine mail-relay-01 (198.51.100.90) is sending spam. Outbound SMTP from the subscription has been blocked. Review the VM and open a support request once it is fixed.
  """)

n("abuse", "Google Cloud Trust & Safety <cloud-ts-noreply@google.com>",
  "Project suspended: malware distribution",
  """
  Your project file-mirror-3310 has been suspended because it was distributing malware. A Cloud Storage object served from it was flagged by Safe Browsing as software that steals browser data.

  You can appeal within 30 days from the Google Cloud console. Until then, all resources in the project are unavailable.
  """)

# ---------------------------------------------------------------------------
# abuse (Japanese)
# ---------------------------------------------------------------------------

n("abuse", "さくらインターネット <abuse@sakura.ad.jp>",
  "お客様のサーバについて",
  """
  いつもさくらインターネットをご利用いただき、ありがとうございます。

  お客様のサーバ（IPアドレス 203.0.113.21）から、外部の多数のホストの22番ポートに対して接続が繰り返し行われていることを確認いたしました。
  他のお客様や第三者への影響を防ぐため、当該IPアドレスの通信を一時的に制限しております。

  原因をご確認のうえ、実施された対処内容を本メールへの返信にてお知らせください。
  """)

n("abuse", "ConoHa <support@conoha.jp>",
  "ConoHa VPS（vps-2026-0913）に関するご連絡",
  """
  ConoHaをご利用いただきありがとうございます。

  お客様のVPSから短時間に大量のメールが送信されており、受信者の方々から迷惑メールとして多数の申告が寄せられております。
  このため、当該VPSの25番ポートからの送信を停止いたしました。

  送信の原因を調査し、対策が完了しましたらコントロールパネルのお問い合わせからご連絡ください。
  """)

n("abuse", "エックスサーバー <support@xserver.ne.jp>",
  "お客様のアカウントについて",
  """
  エックスサーバーをご利用いただきありがとうございます。

  ご契約のサーバー上に、金融機関のログイン画面を模したページが設置されているとの通報を第三者からいただきました。
  該当ファイル：/home/example/example.com/public_html/bank/login.php

  訪問者の口座情報が盗まれるおそれがあるため、該当ディレクトリへのアクセスを制限しております。
  ファイルを削除のうえ、設置された経緯をご返信ください。7日以内にご対応がない場合、サーバーの利用を停止いたします。
  """)

n("abuse", "IIJ サポートセンター <info@iij.ad.jp>",
  "【IIJ】チケット番号 20261022-0045",
  """
  お客様各位

  お客様に割り当てられているIPアドレス 198.51.100.77 から、特定の宛先に向けて大量のUDPパケットが送信されていることを検知しました。
  当社ネットワークおよび宛先への影響が大きいため、当該アドレス宛の経路をヌルルートに設定しております。

  サーバの状態をご確認いただき、対処が完了しましたら本チケットにてご連絡ください。
  """)

n("abuse", "NTTコミュニケーションズ <noreply@ntt.com>",
  "ご契約サービスに関するお知らせ",
  """
  平素は格別のご高配を賜り、厚く御礼申し上げます。

  お客様のDNSサーバ（192.0.2.53）が外部からの再帰問い合わせに応答する設定となっており、第三者への攻撃の踏み台として実際に利用されていることが判明しました。
  再帰問い合わせを許可する範囲を社内ネットワークに限定していただきますようお願いいたします。

  5営業日以内に設定が変更されない場合、当該アドレスの通信を制限させていただきます。
  """)

n("abuse", "KDDI <support@kddi.com>",
  "ご利用回線について",
  """
  いつもご利用いただきありがとうございます。

  権利者様より、お客様のサーバで公開されている動画ファイルが著作権を侵害しているとの申し立てがございました。
  該当URL：https://video.example.jp/files/

  申し立ての内容をご確認のうえ、14日以内に削除いただくか、異議がある場合はその旨をご連絡ください。
  """)

n("abuse", "富士通クラウドサービス <cloud-support@fujitsu.com>",
  "ご連絡（案件番号 FJ-2026-11873）",
  """
  お客様の仮想サーバ（vm-app-07）から、他社のメールサーバに対してパスワードを変えながらログインを試みる通信が大量に発生していることを確認いたしました。
  相手先から当社に対して停止の要請が届いております。
  至急、当該サーバで動作しているプログラムをご確認のうえ、通信を停止してください。
  """)

n("abuse", "さくらのクラウド <support@sakura.ad.jp>",
  "【さくらのクラウド】サーバ名 web01",
  """
  お客様のサーバ web01 が、仮想通貨のマイニングプールへ継続的に接続していることを確認しました。
  無料トライアル期間中のマイニングは利用規約で禁止されているため、サーバを停止いたしました。
  """)

n("abuse", "ConoHa <support@conoha.jp>",
  "重要なお知らせ",
  """
  ConoHa運営事務局です。

  お客様のサーバが外部の指令サーバと定期的に通信しており、さらに第三者に向けて不審なプログラムを配布していることが判明しました。
  被害の拡大を防ぐため、サーバのネットワークを切断しております。

  コンソールからログインし、不要なプログラムを削除するか、サーバを再構築してください。
  対応後、お問い合わせフォームよりご連絡いただければネットワークを再開いたします。
  """)

# ---------------------------------------------------------------------------
# security-incident (English)
# ---------------------------------------------------------------------------

n("security-incident", "Amazon Web Services <aws-security@amazon.com>",
  "AWS account 444455556666 - please read",
  """
  Hello,

  The access key AKIAIOSFODNN7EXAMPLE, which belongs to the IAM user deploy-bot in account 444455556666, is visible in a public GitHub repository:

  https://github.com/example/app/blob/main/config.yml

  The file was committed on October 11 at 09:42 UTC, and the key was used about twenty minutes later from an address that has never called your account before. That address ran DescribeRegions and RunInstances in four regions; the RunInstances calls failed because of your service quotas.

  To protect your account we have attached a quarantine policy to the user that blocks the most sensitive actions. Please do the following:

  1. Create a new access key for deploy-bot and update the systems that use it.
  2. Delete AKIAIOSFODNN7EXAMPLE.
  3. Review CloudTrail in every region for calls you do not recognise, and remove any resources they created.
  4. Remove the key from the repository history, not only from the latest commit.

  Then reply to this case so that we can remove the restriction. Until then, deployments that rely on this user may fail.
  """)

n("security-incident", "Google Cloud <cloud-noreply@google.com>",
  "Action needed: project billing-exports-22",
  """
  Hello,

  A private key for the service account sa-ci@billing-exports-22.iam.gserviceaccount.com is publicly available on a code-sharing site. We have disabled the key.

  Create a replacement only if you still need one, and check Cloud Audit Logs for activity that you did not start.
  """)

n("security-incident", "Microsoft Entra <msonlineservicesteam@microsoft.com>",
  "Sign-in activity for admin@contoso.example",
  """
  Someone signed in to admin@contoso.example from an IP address in a country where your organisation has no users, with a browser that account had never used. The sign-in used the correct password, and minutes later a new application registration named "sync-helper" was created.

  We have blocked further sign-ins for this user. Reset the password, revoke sessions and remove any app registrations you do not recognise.
  """)

n("security-incident", "AWS Notifications <no-reply@sns.amazonaws.com>",
  "Finding in account 111122223333 (eu-west-1)",
  """
  GuardDuty finding
  Type: UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS
  Severity: High
  Resource: i-0abc12345def67890

  Temporary credentials that were issued to the instance role of i-0abc12345def67890 are being used from 203.0.113.250, an address outside AWS. The calls include ListBuckets and GetSecretValue.
  """)

n("security-incident", "DigitalOcean <noreply@digitalocean.com>",
  "Account activity review",
  """
  Hi,

  22 Droplets of the largest size were created on your account in the last hour, in regions you have never used before. They were created with an API token named "ci" that was issued three months ago.

  We have powered off these Droplets and revoked the token. If you did not create them, destroy them, issue new tokens and turn on two-factor authentication.
  """)

n("security-incident", "Heroku Security <security@heroku.com>",
  "Re: Case 5530 update",
  """
  Following up on our earlier message: the OAuth token issued to a third-party integration on your team was used to download the source code of four of your apps, from an address we do not associate with your team.

  We have revoked all tokens issued to that integration. Please rotate the secrets stored in the config vars of the apps listed below.

  - orders-api
  - billing-worker
  - admin-web
  - reports-cron
  """)

n("security-incident", "Cloudflare <noreply@notify.cloudflare.com>",
  "Notification",
  """
  An API token on your account was used to change the DNS records of example.com from a network in a country where your team has never signed in. The apex record now points to 198.51.100.9.

  We have suspended the token. Please review the audit log and restore the records you expect.
  """)

n("security-incident", "Akamai Cloud <support@linode.com>",
  "Your Akamai Cloud account",
  """
  Hello,

  There was a login to your account from an IP address we had not seen before, followed within two minutes by a password change and the removal of your two-factor device. As a precaution, we have locked the account.

  Please contact support from the email address on file so that we can verify your identity.
  """)

n("security-incident", "OVHcloud <noreply@ovh.net>",
  "Your account xy12345-ovh",
  """
  Hello,

  After a series of failed attempts, someone successfully logged in to your customer account from 203.0.113.140 and added two new SSH keys to your dedicated servers. Your usual connections come from a different country.

  We have temporarily restricted the account to read-only. Please call our support line to confirm your identity, then remove the keys you did not add.
  """)

n("security-incident", "Scaleway <security@scaleway.com>",
  "API key SCW1234567890ABCDEFG",
  """
  Hello,

  The secret part of this API key appears in the layers of a public image on Docker Hub (example/worker:latest). Anyone who pulls the image can read it.

  We have revoked the key. Please generate a new one, keep it out of image builds, and check your project's audit trail for actions performed with the old key.
  """)

n("security-incident", "Vercel <security@vercel.com>",
  "Environment variable found in a public repository",
  """
  Hi,

  The value of the environment variable DATABASE_URL from your project shop-api is present in a public GitHub repository. The connection string includes a password.

  Rotate the database password now and update the variable in your project settings.
  """)

n("security-incident", "IBM Cloud <noreply@cloud.ibm.com>",
  "Account 1a2b3c4d5e",
  """
  Dear client,

  An API key on your account was used to order 40 virtual servers in a data center your team does not use, from an address in a network that has never accessed your account. We have cancelled the orders and disabled the key.

  Please review the users and API keys on the account and tell us whether any other orders from the past week were not yours.
  """)

n("security-incident", "Alibaba Cloud <noreply@alibabacloud.com>",
  "Your AccessKey LTAI5tEXAMPLE",
  """
  Dear customer,

  Your AccessKey LTAI5tEXAMPLE was found in a public GitHub repository. Anyone who holds it can call Alibaba Cloud APIs on your behalf.

  Please disable the AccessKey in the RAM console immediately, create a new one, and review ActionTrail for calls you did not make.
  """)

n("security-incident", "Oracle Cloud Guard <no-reply@oracle.com>",
  "Tenancy acme-prod",
  """
  Hello,

  Cloud Guard has raised a critical problem in tenancy acme-prod. The administrator user signed in from Frankfurt and, 20 minutes later, from an address in South America, which cannot be the same person travelling.

  The second session created a new API signing key. Please delete the key, reset the user's password and check the audit log for changes made from 198.51.100.170.
  """)

n("security-incident", "Fastly <noreply@fastly.com>",
  "API token activity",
  """
  Hello,

  Your API token "deploy-2025" was used yesterday at 23:40 UTC to purge all content and upload a new VCL version to service 7yHgFdSaQwErTy. The requests came from an address we have never seen on your account.

  We have revoked the token. Please roll back the service version and tell us whether this was someone on your team.
  """)

n("security-incident", "Google Cloud Security Command Center <scc-noreply@google.com>",
  "Finding on instance gke-pool-1-abcd",
  """
  Finding: Execution: Cryptocurrency Mining Hash Match
  Severity: CRITICAL
  Project: ml-platform-prod
  Resource: gke-pool-1-abcd (us-central1-b)

  A binary started in a container on this node matches the hash of a known mining program. The container was started from a pod in the default namespace that your team's deployment pipeline did not create.
  """)

n("security-incident", "Microsoft Defender for Cloud <mdc-noreply@microsoft.com>",
  "Alert on vm-db-02",
  """
  Severity: High

  A process on vm-db-02 opened a shell that is connected back to 192.0.2.99 on port 4444. The process was started by the database service account shortly after a burst of failed logins from the same address.

  Recommended steps: isolate the VM, capture a disk snapshot for investigation, and reset the credentials used on it.
  """)

n("security-incident", "Amazon Web Services <aws-security@amazon.com>",
  "Regarding your AWS account",
  """
  Hello,

  We have noticed activity in account 111122223333 that does not match its usual pattern. Since yesterday, the access key of the IAM user backup-svc has been used to create three new IAM users with administrator permissions and to run Lambda functions in eight regions you have not used before.

  To help protect the account, we may limit some services until you respond. Please take these steps:

  1. Change the root user password and rotate every access key.
  2. Delete IAM users, roles and resources that you did not create.
  3. Reply to this case to confirm the account is secured.
  """)

n("security-incident", "Heroku Security <security@heroku.com>",
  "Database credentials for app orders-api",
  """
  The connection string for the Heroku Postgres database attached to orders-api was posted on a public paste site about two hours ago. We have rotated the credentials, so the app has been restarted with the new ones.

  Please check the database for changes you did not make.
  """)

n("security-incident", "DigitalOcean <noreply@digitalocean.com>",
  "Spaces key DO00EXAMPLEKEY",
  """
  Hi,

  A Spaces access key on your account turned up in a public commit on GitHub. We have revoked it. Generate a new key and review the access logs of your buckets for downloads you don't recognise.
  """)

n("security-incident", "Hetzner Cloud <support@hetzner.com>",
  "Project \"production\"",
  """
  Dear customer,

  Your Cloud API token "terraform" was used today from 203.0.113.201 to delete four servers and two volumes in the project "production". Your team's previous requests all came from one network in Germany.

  We have invalidated the token. Backups that still exist can be restored from the Cloud Console; please contact us if you need help.
  """)

n("security-incident", "Microsoft Azure <azure-noreply@microsoft.com>",
  "Storage account stcontosoprod",
  """
  A key for the storage account stcontosoprod was detected in a public GitHub repository by secret scanning.

  Regenerate both account keys, update your applications, and review the storage logs for requests from unknown addresses.
  """)

n("security-incident", "Google Cloud <cloud-noreply@google.com>",
  "Unusual resource usage in project ml-experiments",
  """
  Hello,

  Over the past six hours, 64 GPUs were created in three regions in your project ml-experiments, by a service account that until now only read from Cloud Storage. The instances are running a single process at full load.

  If your team did not launch these instances, delete them, disable the service account keys and review who has the role roles/editor in the project.
  """)

n("security-incident", "Cloudflare <noreply@notify.cloudflare.com>",
  "New member on account Example Corp",
  """
  A new member, ops-helper@example.net, was added to your account with the Super Administrator role. The invitation was sent through the API with a token belonging to a former employee, and accepted from 198.51.100.73.

  If this was not expected, remove the member, delete the token and review the audit log for changes made since the invitation.
  """)

n("security-incident", "Amazon Web Services <no-reply-aws@amazon.com>",
  "Sign-in to your root user",
  """
  Hello,

  Your root user for account 111122223333 signed in from a location it has never used, after the password was reset through the forgot-password flow. The MFA device was then deactivated.

  If this was not you, contact AWS Support immediately using the account recovery form at https://aws.example.com/recover.
  """)

n("security-incident", "Oracle Cloud Infrastructure <no-reply@oracle.com>",
  "User jdoe in identity domain Default",
  """
  Hello,

  The password of user jdoe was reset from an address in a network our records have never linked to your tenancy. Within the same session, a new API key was uploaded for that user and three object storage buckets were made public.

  We have deactivated the user. Please review the changes with your security team and reactivate the user only after you have reset the password yourself.
  """)

n("security-incident", "IBM Cloud Activity Tracker <noreply@cloud.ibm.com>",
  "Event on account 2b3c4d5e6f",
  """
  The Activity Tracker route for your account was deleted at 04:12 UTC by the service ID svc-reporting. That service ID has never changed logging settings before, and the request came from 203.0.113.17, which is not one of your registered networks.

  Nine minutes later the same service ID listed all keys in your Key Protect instance. Please recreate the route and rotate the keys.
  """)

n("security-incident", "Linode Support <support@linode.com>",
  "Object Storage keys on your account",
  """
  Hello,

  The Object Storage access key "backup-key" listed and downloaded every object in your buckets in us-east-1 between 01:00 and 03:30 UTC today, from 198.51.100.222, an address that has never used your account.

  We have revoked the key. Please create a new one for your backup job and consider whether the downloaded data needs to be reported.
  """)

n("security-incident", "Vercel <security@vercel.com>",
  "Production domain for project marketing-site",
  """
  Hi,

  The production domain www.example.com was moved from your project marketing-site to a project on another team at 02:18 UTC, using a session that started from a country where none of your members live.

  We have reverted the domain and signed out all sessions for your team. Please have every member change their password and turn on two-factor authentication.
  """)

n("security-incident", "Scaleway <security@scaleway.com>",
  "Instance scw-db-primary",
  """
  Hello,

  An SSH public key was added to your project, and then to the instance scw-db-primary, using an API token that had been idle for eight months. The requests came from 192.0.2.210.

  We have locked the token. Please remove the key from the instance's authorized_keys and check the instance for new users or cron jobs.
  """)

n("security-incident", "Alibaba Cloud <noreply@alibabacloud.com>",
  "RAM user login on account 5566778899",
  """
  The RAM user finance-report signed in to the console from Brazil at 03:05 (UTC+8). All previous logins for this user were from Hangzhou.

  If this was not expected, disable the user's console access and reset its password.
  """)

n("security-incident", "Amazon Simple Email Service <no-reply-aws@amazon.com>",
  "SMTP credentials ses-smtp-user.20260301",
  """
  Hello,

  The SMTP credentials ses-smtp-user.20260301 in eu-central-1 are being used from more than 300 different IP addresses, sending messages with subjects your account has never sent before. Your application normally connects from two addresses.

  We have paused sending for these credentials. Delete the IAM user behind them, create new credentials and keep them out of your client-side code.
  """)

n("security-incident", "Google Payments <payments-noreply@google.com>",
  "Billing account 01ABCD-234EFG-56789H",
  """
  We have suspended billing account 01ABCD-234EFG-56789H because of suspicious activity, including a new payment method added from an unfamiliar device and a sudden rise in spending. Projects linked to the account are stopped.

  To restore it, verify your identity in the console. If you did not add the payment method, remove it and change your Google account password.
  """)

n("security-incident", "Microsoft Azure <azure-noreply@microsoft.com>",
  "Subscription restricted",
  """
  We have placed restrictions on your subscription "Production" after noticing sign-ins and resource creation that do not look like your normal use. Creating new resources is disabled until you verify the account owner.

  Please open the link in the Azure portal banner to complete verification.
  """)

n("security-incident", "Heroku Security <security@heroku.com>",
  "Connected GitHub account",
  """
  Hello,

  An attacker obtained OAuth tokens from one of our integration partners and used the token linked to your Heroku account to clone private GitHub repositories belonging to your organisation. We have revoked the token.

  Please reconnect GitHub from your account settings, and treat any secrets stored in those repositories as known to others: rotate them.
  """)

n("security-incident", "DigitalOcean <noreply@digitalocean.com>",
  "Password reset required",
  """
  Hi,

  The email address and password you use for DigitalOcean appear in a list of credentials published on a public forum. We have reset your password and signed out all sessions.

  Use the link below to choose a new password, and please don't reuse one from another site.

  https://cloud.example.com/password/reset/9a8b7c
  """)

n("security-incident", "Fastly Support <support@fastly.com>",
  "TLS private key for www.example.com",
  """
  The private key of the TLS certificate you uploaded for www.example.com has been posted publicly on a paste site. We have disabled the certificate on your services, so they now use the Fastly shared certificate.

  Please get the certificate reissued with a new key and upload it again.
  """)

n("security-incident", "AWS Notifications <no-reply@sns.amazonaws.com>",
  "GuardDuty: Backdoor:EC2/C&CActivity.B!DNS",
  """
  Account: 111122223333
  Region: ap-northeast-1
  Resource: i-0123456789abcdef0

  The instance is querying a domain name that is associated with a known command-and-control server. This suggests that software on the instance is taking instructions from an outside party.
  """)

n("security-incident", "Google Cloud Security Command Center <scc-noreply@google.com>",
  "Event Threat Detection in project payments-prod",
  """
  Finding: Persistence: IAM Anomalous Grant
  Severity: HIGH

  The Owner role on project payments-prod was granted to an account in a domain outside your organisation (helper@example.net). The grant was made by a user who has not used the console in five months.

  Review the grant and revoke it if it was not intended.
  """)

# ---------------------------------------------------------------------------
# security-incident (Japanese)
# ---------------------------------------------------------------------------

n("security-incident", "さくらインターネット <support@sakura.ad.jp>",
  "お客様のアカウントについて",
  """
  さくらインターネットをご利用いただき、ありがとうございます。

  お客様の会員IDで、これまでご利用のない国からコントロールパネルへのログインがあったことを確認しました。ログイン後、登録メールアドレスの変更が試みられています。
  安全のため、会員IDのログインを一時的に停止いたしました。

  お手数ですが、本人確認書類をご提出のうえ、パスワードを再設定してください。
  """)

n("security-incident", "ConoHa <support@conoha.jp>",
  "APIトークンに関するご連絡",
  """
  ConoHaをご利用いただきありがとうございます。

  お客様のAPIユーザー（gncu12345678）の認証情報が、インターネット上で誰でも閲覧できるリポジトリに掲載されていることを確認しました。
  第三者による利用を防ぐため、当該APIユーザーのパスワードを無効化しております。

  新しいパスワードを設定し、身に覚えのないサーバが作成されていないかご確認ください。
  """)

n("security-incident", "IIJ GIO サポート <gio-support@iij.ad.jp>",
  "【IIJ GIO】ご契約ID gio12345 について",
  """
  お客様各位

  ご契約ID gio12345 において、本日未明に身に覚えのない仮想サーバが30台作成されていることを確認いたしました。作成に使われたAPIキーは、通常とは異なる海外のIPアドレスから利用されています。

  当該サーバは停止し、APIキーを無効化しました。
  お客様で作成されたものでない場合は、サーバを削除し、管理者アカウントのパスワードを変更してください。
  """)

n("security-incident", "エックスサーバー <support@xserver.ne.jp>",
  "【重要】FTPアカウントのご確認のお願い",
  """
  お客様のFTPアカウント ftp@example.jp に、通常とは異なるIPアドレス（203.0.113.230）からログインがあり、複数のPHPファイルが書き換えられた形跡がございます。
  当社にてFTPパスワードを変更いたしました。

  サーバーパネルから新しいパスワードを設定し、書き換えられたファイルをバックアップから復元してください。
  """)

n("security-incident", "NTTコミュニケーションズ <noreply@ntt.com>",
  "ご連絡",
  """
  お客様の管理者アカウント admin01 で、深夜に海外のIPアドレスからのログインが連続して成功しており、その直後に新しい利用者が追加されていることを確認しました。
  被害拡大防止のため、当該アカウントを一時停止しております。

  ご契約者様ご本人による操作でない場合は、至急サポートデスクまでお電話ください。
  """)

n("security-incident", "KDDI クラウドサポート <cloud-support@kddi.com>",
  "アクセスキーの取り扱いについて",
  """
  いつもご利用いただきありがとうございます。

  お客様のアクセスキー（ID：KDDI-AK-7788）が、インターネット上の掲示板に書き込まれていることを確認しました。当社ではすでに当該キーを失効させております。
  新しいキーを発行し、操作履歴に心当たりのない処理がないかご確認ください。
  """)

# ---------------------------------------------------------------------------
# non-critical notices in security / abuse vocabulary (English)
# ---------------------------------------------------------------------------

# informational
n("informational", "AWS Security <aws-security-newsletter@amazon.com>",
  "AWS Security Newsletter - October 2026",
  """
  Welcome to this month's security newsletter.

  In this issue: how to spot a compromised access key before it is used, a walkthrough of automatic quarantine for leaked credentials, and a case study on detecting port scanning from your own VPCs. We also look back at the most common abuse reports of the quarter and what customers did to prevent them.

  Read the full issue at https://aws.example.com/security/newsletter/2026-10.

  You are receiving this email because you subscribed to AWS security updates.
  """)

n("informational", "Amazon Web Services <aws-marketing-email-replies@amazon.com>",
  "Amazon GuardDuty now detects compromised credentials used from your own VPC",
  """
  Amazon GuardDuty now identifies when EC2 instance credentials are used from another AWS account, a common sign of credential theft. The new finding type is available in all commercial regions at no additional cost and is enabled automatically for existing detectors.

  Learn more in the GuardDuty user guide.
  """)

n("informational", "Google Cloud <googlecloud-noreply@google.com>",
  "How to respond if a service account key leaks",
  """
  Hello,

  In this month's tip, we walk through what to do if you find a service account key in a public repository: disable the key, review Cloud Audit Logs for unfamiliar calls, and move to workload identity federation so that keys are not needed at all.

  The guide includes a checklist and sample log queries. Read it at https://cloud.example.com/docs/key-incident.
  """)

n("informational", "Microsoft Azure <azure-noreply@microsoft.com>",
  "Beware of fake Azure billing emails",
  """
  We are aware of phishing emails that pretend to come from Microsoft Azure and claim that your subscription will be suspended unless you update your payment details. These messages link to a page that asks for your password.

  Microsoft will never ask for your password by email. If you receive such a message, do not click the link; report it using the Report Phishing button in Outlook. No action is needed on your account.
  """)

n("informational", "DigitalOcean <noreply@digitalocean.com>",
  "Updates to our Acceptable Use Policy",
  """
  Hi,

  We've refreshed our Acceptable Use Policy to describe more clearly what counts as network abuse, spam and cryptocurrency mining on our platform, and how we handle reports from third parties. The changes take effect on November 1, 2026.

  Nothing changes for customers using DigitalOcean as intended, and you don't need to do anything. You can read the updated policy at https://www.example.com/legal/aup.
  """)

n("informational", "Cloudflare <noreply@notify.cloudflare.com>",
  "Post-incident report: dashboard and API errors on October 8",
  """
  On October 8 between 14:02 and 14:51 UTC, some customers saw errors when using the dashboard and API. The incident was caused by a configuration change in our authentication service, not by an attack, and no customer data was accessed.

  The change was rolled back and the service has been fully restored. This report describes the timeline and the steps we are taking to prevent a repeat.
  """)

n("informational", "Hetzner Online GmbH <info@hetzner.com>",
  "Warning: phishing emails in circulation",
  """
  Dear customer,

  Fraudulent emails are currently being sent in our name. They claim that your server has been blocked because of an abuse complaint and ask you to log in via a link to resolve it. The link leads to a fake login page.

  From our side, we only ever request statements through the Robot or Cloud Console. Please do not enter your credentials on unknown pages, and delete these emails.

  Kind regards
  Hetzner Online GmbH
  """)

n("informational", "Linode Support <support@linode.com>",
  "Ticket 1938471 closed",
  """
  Hello,

  Thank you for your reply and for cleaning up the Linode. We have confirmed that the outbound scanning has stopped, and we have restored full networking. This ticket is now closed; no further action is needed.
  """)

n("informational", "Google <no-reply@accounts.google.com>",
  "Your account was recovered successfully",
  """
  You have successfully recovered access to your Google account cloud-admin@example.com. Your password has been changed and all other sessions have been signed out.

  If you made this change, you don't need to do anything else.
  """)

n("informational", "Fastly Events <events@fastly.com>",
  "Webinar: stopping credential stuffing at the edge",
  """
  Join our security engineers on November 12 at 17:00 UTC for a live session on detecting credential stuffing, account takeover and bot-driven brute force before they reach your origin.

  Register at https://events.example.com/credential-stuffing. A recording will be sent to everyone who signs up.
  """)

n("informational", "Scaleway <newsletter@scaleway.com>",
  "Scaleway Edge Services now blocks brute-force login attempts",
  """
  Hello,

  Edge Services can now rate-limit repeated login attempts and block IP addresses that show brute-force behaviour, with rules you can set per path. The feature is available in public beta in all regions.

  Read the documentation to get started.
  """)

n("informational", "Vercel <noreply@vercel.com>",
  "Introducing Attack Challenge Mode for all plans",
  """
  Attack Challenge Mode is now available on every Vercel plan. When your site is under a DDoS attack, you can switch it on to make visitors pass a browser challenge before reaching your app, while search engines and known bots still get through.

  Challenged requests are not billed.
  """)

n("informational", "Heroku <noreply@heroku.com>",
  "Update on the April security incident: investigation closed",
  """
  Hello,

  We have completed our investigation into the security incident we reported in April. The attacker's access has been removed, all affected tokens were revoked at the time, and we found no further activity after April 16.

  Customers who needed to take action were contacted directly at the time. If you did not hear from us, your account was not affected. This message requires no action.
  """)

n("informational", "Google Cloud Trust & Safety <cloud-ts-noreply@google.com>",
  "Your appeal has been approved",
  """
  Hello,

  Thank you for the information you provided. We have reviewed your appeal for project my-render-farm-2931 and reinstated the project. Your resources are available again.
  """)

n("informational", "AWS Trust & Safety <ec2-abuse@amazon.com>",
  "Re: [Case 1928374650] resolved",
  """
  Hello,

  Thank you for your cooperation. We have verified that the activity reported in this case has stopped, and we have removed the block on outbound traffic for the instance. This case is now resolved and no further response is needed.
  """)

n("informational", "Cloudflare Trust & Safety <abuse@cloudflare.com>",
  "We received your abuse report",
  """
  Thank you for your report about phishing-example.net. We have received it and assigned it reference number 4471-AB.

  We will forward it to the site's hosting provider and to the site owner. Cloudflare does not share the identity of reporters with the site owner unless you asked us to.
  """)

n("informational", "Microsoft Azure <azure-noreply@microsoft.com>",
  "Microsoft Security Copilot is now generally available in Azure",
  """
  Security Copilot helps your analysts summarise incidents, explain suspicious scripts and draft response steps using natural language. It now integrates with Microsoft Defender for Cloud and Microsoft Sentinel, and is available in 12 regions.

  Start a trial from the Azure portal.
  """)

n("informational", "AWS Security Blog <aws-blog-noreply@amazon.com>",
  "How to tell whether an EC2 instance has joined a botnet",
  """
  In our latest post, we look at the signals that an instance is being used against others: steady connections to unfamiliar hosts, spikes in outbound traffic on port 25, and DNS queries for random-looking domains. We show how to find them with VPC Flow Logs and Amazon Athena.

  Read the post on the AWS Security Blog.
  """)

n("informational", "OVHcloud <newsletter@ovh.net>",
  "Security corner: what we saw in Q3",
  """
  Hello,

  In the third quarter our anti-DDoS infrastructure absorbed more than 40,000 attacks, the largest reaching 2.4 Tbps. In this edition we explain how mitigation works on your servers, why open resolvers and memcached services are still used for amplification, and how to keep your machines out of botnets.

  Happy reading!
  """)

# security-advisory
n("security-advisory", "Amazon Linux Security Center <no-reply@amazon.com>",
  "ALAS-2026-412: openssh vulnerability",
  """
  A vulnerability in OpenSSH (CVE-2026-31842) could allow a remote attacker to execute code on systems running the affected version under a rare configuration. Updated packages are available for Amazon Linux 2023.

  We recommend running "dnf update openssh" and restarting sshd at your convenience. We have seen no evidence of exploitation.
  """)

n("security-advisory", "AWS Trusted Advisor <no-reply-aws@amazon.com>",
  "S3 bucket allows public read access",
  """
  Trusted Advisor found that the bucket marketing-assets-111122223333 grants read access to everyone. Public buckets can expose data if they hold files that were not meant to be shared.

  Review the bucket policy and enable Block Public Access unless the bucket is meant to host public content.
  """)

n("security-advisory", "Scaleway <security@scaleway.com>",
  "Open database port detected on your instance",
  """
  Hello,

  Our periodic scan found that your instance scw-mongo-01 (198.51.100.150) accepts connections on port 27017 from the internet. We have not seen any suspicious connections, but databases reachable from anywhere are a frequent target.

  We recommend restricting the port with a security group.
  """)

n("security-advisory", "Microsoft Azure Advisor <azure-noreply@microsoft.com>",
  "Storage accounts allow anonymous blob access",
  """
  Azure Advisor has identified 3 storage accounts in subscription "Development" where anonymous read access to blobs is allowed. Consider disallowing anonymous access if your applications do not need it.
  """)

n("security-advisory", "Google Cloud Security Command Center <scc-noreply@google.com>",
  "Misconfiguration: firewall rule open to the internet",
  """
  Security Health Analytics found that the firewall rule allow-rdp in project office-tools allows traffic on port 3389 from 0.0.0.0/0. This finding describes a configuration weakness; no attack was observed.

  Limit the source range to the addresses that need access.
  """)

n("security-advisory", "IBM Cloud <noreply@cloud.ibm.com>",
  "Security bulletin: ingress-nginx vulnerability affects Kubernetes clusters",
  """
  A vulnerability in the ingress-nginx controller (CVE-2026-24513) may allow a user who can create Ingress objects to read secrets from the cluster. IBM Cloud Kubernetes Service clusters running version 1.31 or earlier include the affected component.

  Apply the latest worker node patch to pick up the fixed version. See the bulletin for details.
  """)

n("security-advisory", "Oracle Security Alerts <no-reply@oracle.com>",
  "Oracle Critical Patch Update Advisory - October 2026",
  """
  The October 2026 Critical Patch Update contains 312 new security fixes across Oracle product families. Some of the vulnerabilities may be remotely exploitable without authentication.

  Oracle recommends that customers apply the fixes as soon as possible. The full advisory, including risk matrices, is available at https://www.example.com/security-alerts/cpuoct2026.html.
  """)

n("security-advisory", "OVHcloud <noreply@ovh.net>",
  "Your server answers DNS queries from the whole internet",
  """
  Hello,

  During a routine scan we noticed that your server 203.0.113.10 answers recursive DNS queries from any address. We have no sign that it has been used against anyone, but open resolvers are regularly misused to amplify floods.

  We suggest limiting recursion to your own networks or disabling it.
  """)

n("security-advisory", "DigitalOcean <noreply@digitalocean.com>",
  "Redis on your Droplet is reachable without a password",
  """
  Hi,

  We noticed that Redis on your Droplet redis-cache-01 (192.0.2.61) listens on a public interface and does not require authentication. Nothing points to misuse so far, but exposed Redis instances are often taken over by automated tools.

  Consider binding Redis to the private network or adding a password and a Cloud Firewall rule.
  """)

n("security-advisory", "Cloudflare <noreply@notify.cloudflare.com>",
  "Your origin IP may be visible in DNS",
  """
  The DNS-only record ftp.example.com points to the same address as your proxied website. Someone who finds this record could send traffic directly to your origin and bypass Cloudflare's protection.

  Consider proxying the record or moving the service to a different address.
  """)

n("security-advisory", "Vercel <security@vercel.com>",
  "Next.js advisory: middleware authorization bypass",
  """
  A vulnerability in Next.js (CVE-2026-29927) allows requests to skip middleware under certain conditions. Applications that rely on middleware alone for authorization may be affected.

  We recommend upgrading to Next.js 15.4.2 or later. Deployments on Vercel are protected by a platform-level mitigation.
  """)

# action-required
n("action-required", "Amazon Web Services <no-reply-aws@amazon.com>",
  "MFA will be required for root user sign-in",
  """
  Hello,

  Starting November 16, 2026, the root user of account 111122223333 will need multi-factor authentication to sign in to the AWS Management Console. Accounts without an MFA device will be asked to register one at their next sign-in after that date.

  To avoid interruption, register a passkey or authenticator app for the root user before November 16.
  """)

n("action-required", "Google Cloud <googlecloud-noreply@google.com>",
  "2-Step Verification becomes mandatory for Google Cloud",
  """
  Hello Administrator,

  To protect accounts against stolen passwords, 2-Step Verification will be mandatory for all users who sign in to the Google Cloud console, gcloud CLI and Firebase starting October 20, 2026.

  Please make sure the users in your organisation have enrolled before this date; users who haven't enrolled will be prompted and cannot continue until they do.
  """)

n("action-required", "Microsoft Azure <azure-noreply@microsoft.com>",
  "Enforcement of mandatory MFA for Azure management operations",
  """
  Beginning October 15, 2026, Azure will require multi-factor authentication for create, update and delete operations through Azure CLI, PowerShell and the REST API. Service principals and managed identities are not affected.

  Enable MFA for all user accounts that manage Azure resources before this date to avoid failed deployments.
  """)

n("action-required", "Heroku <noreply@heroku.com>",
  "Multi-factor authentication required by November 30",
  """
  Hi,

  As part of our commitment to account security, all Heroku accounts must have MFA enabled by November 30, 2026. After that date you will be asked to set it up before you can log in.

  Set up MFA now in Account Settings.
  """)

n("action-required", "Cloudflare <noreply@notify.cloudflare.com>",
  "Global API Key will stop working on December 31",
  """
  Your account still uses the Global API Key for 3 integrations. Because a single long-lived key gives full access to your account if it ever leaks, we are retiring it on December 31, 2026.

  Replace it with scoped API tokens before that date.
  """)

n("action-required", "DigitalOcean <noreply@digitalocean.com>",
  "Rotate your legacy Spaces keys by October 31",
  """
  Hi,

  Spaces access keys created before 2023 cannot be limited to specific buckets, and anyone holding one can reach all of your data. On October 31, 2026, these legacy keys will be disabled.

  Please create new, scoped keys and update your applications before then.
  """)

n("action-required", "Fastly <noreply@fastly.com>",
  "Verify domain ownership to keep your TLS certificate",
  """
  The Fastly-managed certificate for shop.example.com expires on October 9, 2026, and it cannot be renewed automatically because the verification record is missing. Add the CNAME record shown in the console before that date, or visitors will see certificate errors.
  """)

# maintenance
n("maintenance", "Amazon RDS <no-reply-aws@amazon.com>",
  "Scheduled security patching for your RDS instances",
  """
  Hello,

  We will apply operating system security patches to your RDS for PostgreSQL instances in eu-west-1 during their maintenance windows between October 6 and October 20, 2026. Each instance will be unavailable for a few minutes while it restarts.

  No action is required; to choose the time yourself, apply the pending maintenance before your window.
  """)

n("maintenance", "Hetzner Online GmbH <info@hetzner.com>",
  "Maintenance of DDoS protection systems in Falkenstein",
  """
  Dear customer,

  On 14 October 2026 between 02:00 and 04:00 CEST we will update the hardware of our DDoS mitigation systems in the Falkenstein data center. During this time, attack traffic filtering may be delayed by up to a minute and short packet loss may occur.

  You do not need to take any action.
  """)

n("maintenance", "Scaleway <noreply@scaleway.com>",
  "Hypervisor reboots to apply a security fix",
  """
  Hello,

  To apply a fix for a CPU vulnerability, we will reboot the hypervisors hosting your instances in nl-ams-1 on November 4 between 22:00 and 02:00 CET. Your instances will be stopped and started again automatically, with about 10 minutes of downtime.
  """)

# pricing
n("pricing", "Amazon Web Services <aws-marketing-email-replies@amazon.com>",
  "Price change for GuardDuty Runtime Monitoring",
  """
  Hello,

  Effective December 1, 2026, the price of Amazon GuardDuty Runtime Monitoring for EC2 will change from USD 1.50 to USD 1.80 per vCPU per month in all regions. Threat detection for S3 and EKS audit logs is not affected.

  Your current usage would cost about USD 27 more per month at the new rate.
  """)

n("pricing", "Cloudflare <noreply@notify.cloudflare.com>",
  "Changes to Advanced DDoS Protection pricing",
  """
  Starting January 1, 2027, Advanced DDoS Protection for Magic Transit will be billed per protected prefix instead of a flat monthly fee. Existing contracts keep their current terms until renewal.
  """)

# billing
n("billing", "AWS Billing <no-reply-aws@amazon.com>",
  "Your AWS invoice for October 2026 is available",
  """
  Hello,

  Your invoice for account 111122223333 for October 2026 is now available in the Billing console. The total is USD 3,412.08, including USD 3,000.00 for AWS Shield Advanced and USD 198.40 for Amazon GuardDuty.

  The amount will be charged to your card ending in 4242 within the next few days.
  """)

n("billing", "Google Cloud Billing <billing-noreply@google.com>",
  "Budget alert: Security tooling has reached 80%",
  """
  Your budget "Security tooling" for billing account 01ABCD-234EFG-56789H has reached 80% of its monthly amount of USD 2,000. Most of the spend this month comes from Security Command Center Premium and Cloud Armor.
  """)

n("billing", "Microsoft Azure <azure-noreply@microsoft.com>",
  "Credit applied to your subscription",
  """
  Following the review of your support request 2610140040001234, we have applied a one-time credit of USD 1,845.20 to subscription "Production". The credit covers the virtual machine charges created during the security incident you reported in September.

  The credit will appear on your next invoice.
  """)

# ---------------------------------------------------------------------------
# non-critical notices in security / abuse vocabulary (Japanese)
# ---------------------------------------------------------------------------

n("informational", "さくらインターネット <info@sakura.ad.jp>",
  "【注意喚起】当社を装ったフィッシングメールについて",
  """
  さくらインターネットをご利用いただき、ありがとうございます。

  現在、当社を装い「お客様のサーバが不正利用により停止されます」などと記載して、偽のログインページへ誘導するメールが確認されております。
  当社がメールでパスワードの入力をお願いすることはございません。

  心当たりのないメールのリンクは開かず、削除してください。お客様のアカウントに関するお手続きは不要です。
  """)

n("action-required", "ConoHa <info@conoha.jp>",
  "二段階認証必須化のお知らせ",
  """
  ConoHaをご利用いただきありがとうございます。

  アカウントの乗っ取り被害を防止するため、2026年11月25日より、コントロールパネルへのログイン時に二段階認証が必須となります。
  期日までに設定が完了していない場合、ログイン時に設定画面が表示され、設定が完了するまで操作できなくなります。

  お早めにコントロールパネルの「セキュリティ設定」から二段階認証を有効にしてください。
  """)

n("security-advisory", "IIJ セキュリティ情報 <security-info@iij.ad.jp>",
  "【セキュリティ情報】OpenSSLの脆弱性（CVE-2026-40211）について",
  """
  OpenSSLにおいて、細工された証明書を処理するとサービスが停止するおそれのある脆弱性が公表されました。
  当社提供のOSイメージのうち、一部のバージョンが影響を受けます。

  現時点で悪用は確認されておりませんが、修正版パッケージへの更新をご検討ください。
  """)

n("informational", "エックスサーバー <info@xserver.ne.jp>",
  "利用規約改定のお知らせ",
  """
  いつもエックスサーバーをご利用いただき、誠にありがとうございます。

  2026年12月1日付で利用規約を改定し、禁止事項に「仮想通貨のマイニング」および「大量のメール送信による迷惑行為」を明記いたします。
  これまでの運用を変更するものではなく、お客様にお手続きいただく必要はございません。
  """)

n("informational", "NTTコミュニケーションズ <noreply@ntt.com>",
  "【復旧】DDoS攻撃に伴う通信遅延について",
  """
  10月18日 14:20頃から15:05頃にかけて、当社バックボーンに対する大規模なDDoS攻撃の影響により、一部のお客様で通信の遅延が発生しておりました。
  攻撃通信の遮断により、現在は復旧しております。

  お客様の情報への影響はございません。ご迷惑をおかけしましたことをお詫び申し上げます。
  """)

n("informational", "KDDI <event@kddi.com>",
  "セミナーのご案内：クラウドの不正アクセス対策",
  """
  クラウド環境を狙った不正アクセスやランサムウェアの手口と、その対策をご紹介するオンラインセミナーを11月19日に開催いたします。
  参加費は無料です。お申し込みはこちら：https://event.example.jp/seminar/1119
  """)

n("security-advisory", "富士通クラウドサービス <cloud-support@fujitsu.com>",
  "公開設定のストレージに関するご案内",
  """
  お客様のオブジェクトストレージのうち、バケット「share-docs」が誰でも閲覧できる設定になっております。
  不審なアクセスは確認されておりませんが、意図しない情報公開につながるおそれがあります。
  公開が不要な場合は、アクセス設定の見直しをご検討ください。
  """)

n("informational", "さくらインターネット <info@sakura.ad.jp>",
  "新機能「不正ログイン検知」の提供を開始しました",
  """
  さくらのクラウドのコントロールパネルに、普段と異なる環境からのログインを検知してメールでお知らせする「不正ログイン検知」機能を追加しました。
  追加料金なしでご利用いただけます。設定方法はサポートサイトをご覧ください。
  """)

n("informational", "ConoHa サポート <support@conoha.jp>",
  "お問い合わせ（チケット番号 CNH-558012）の対応完了のお知らせ",
  """
  ConoHaサポートです。

  先日ご連絡いたしましたVPSからの大量送信の件につきまして、対策が完了したことを確認いたしました。
  25番ポートの制限を解除しましたので、通常どおりご利用いただけます。

  本チケットはクローズさせていただきます。ご協力ありがとうございました。
  """)

n("informational", "エックスサーバー <info@xserver.ne.jp>",
  "【サポート情報】アカウントが乗っ取られた場合の対処方法",
  """
  第三者にアカウントへログインされてしまった場合に備えて、確認すべき項目と対処の手順をまとめたマニュアルを公開しました。
  パスワードの変更、ログイン履歴の確認、改ざんされたファイルの復元方法などを順を追ってご説明しています。
  マニュアル：https://www.example.jp/manual/account-takeover
  """)


# ---------------------------------------------------------------------------
# writing the mbox
# ---------------------------------------------------------------------------

RECIPIENTS = (
    "ops@example.com",
    "cloud-admin@example.com",
    "security@example.net",
    "infra-team@example.org",
    "billing@example.com",
    "devops@example.jp",
    "admin@example.co.jp",
)

START = datetime.datetime(2026, 9, 1, tzinfo=datetime.timezone.utc)
JST = datetime.timezone(datetime.timedelta(hours=9))
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
STOCK = re.compile(r"compromis|abuse report|exposed|leak|unauthori", re.IGNORECASE)


def language(notice):
    return "ja" if CJK.search(notice["subject"] + notice["body"]) else "en"


def notice_date(index, notice):
    if notice["date"] is not None:
        return notice["date"]
    day = (index * 53) % 91  # 2026-09-01 .. 2026-11-30
    moment = START + datetime.timedelta(
        days=day,
        hours=6 + (index * 7) % 14,
        minutes=(index * 17) % 60,
        seconds=(index * 29) % 60,
    )
    if language(notice) == "ja":
        moment = moment.astimezone(JST)
    return moment


def wrap(body):
    lines = []
    for line in body.split("\n"):
        line = line.rstrip()
        if len(line) <= 76 or CJK.search(line):
            lines.append(line)
        else:
            lines.extend(
                textwrap.wrap(line, width=76, break_long_words=False, break_on_hyphens=False)
            )
    return "\n".join(lines) + "\n"


def quote_from(data):
    # mboxrd: any line that begins with zero or more '>' then "From " gets one more '>'.
    return re.sub(rb"(?m)^(>*From )", rb">\1", data)


DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
HEADER_POLICY = email.policy.SMTP.clone(linesep="\n", max_line_length=78)


def header(name, value, encode=False):
    if encode:
        # RFC 2047 encoded words for non-ASCII text, folded at 78 columns.
        folded = HEADER_POLICY.header_factory(name, value).fold(policy=HEADER_POLICY)
        return folded.encode("ascii")
    value.encode("ascii")
    return ("%s: %s\n" % (name, value)).encode("ascii")


def build(index, notice):
    moment = notice_date(index, notice)
    head = b"".join(
        [
            header("From", notice["from"], encode=True),
            header("To", RECIPIENTS[index % len(RECIPIENTS)], encode=True),
            header("Subject", notice["subject"], encode=True),
            header("Date", email.utils.format_datetime(moment)),
            header("Message-ID", "<training-a-%03d@example.org>" % (index + 1)),
            header("MIME-Version", "1.0"),
            header("Content-Type", "text/plain; charset=utf-8"),
            header("Content-Transfer-Encoding", "8bit"),
            header("X-Training-Label", notice["category"]),
        ]
    )
    body = wrap(notice["body"]).encode("utf-8")
    sender = email.utils.parseaddr(notice["from"])[1] or "MAILER-DAEMON"
    utc = moment.astimezone(datetime.timezone.utc)
    from_line = "From %s %s %s %2d %02d:%02d:%02d %d\n" % (
        sender, DAYS[utc.weekday()], MONTHS[utc.month - 1], utc.day,
        utc.hour, utc.minute, utc.second, utc.year,
    )
    return from_line.encode("ascii") + quote_from(head + b"\n" + body) + b"\n"


def check():
    problems = []
    seen = {}
    for i, notice in enumerate(NOTICES):
        if notice["category"] not in CATEGORIES:
            problems.append("notice %d: unknown label %r" % (i + 1, notice["category"]))
        key = (notice["subject"].strip(), notice["body"].strip())
        if key in seen:
            problems.append("notice %d duplicates notice %d" % (i + 1, seen[key] + 1))
        seen[key] = i
        for field in ("from", "subject", "body"):
            if not notice[field].strip():
                problems.append("notice %d: empty %s" % (i + 1, field))
        moment = notice_date(i, notice)
        utc_day = moment.date()
        if not (datetime.date(2026, 9, 1) <= utc_day <= datetime.date(2026, 11, 30)):
            problems.append("notice %d: date %s out of range" % (i + 1, moment))
    return problems


def main():
    problems = check()
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "set-a.mbox")
    with open(path, "wb") as f:
        for i, notice in enumerate(NOTICES):
            f.write(build(i, notice))
    by_cat = Counter(x["category"] for x in NOTICES)
    by_lang = Counter(language(x) for x in NOTICES)
    by_both = Counter((x["category"], language(x)) for x in NOTICES)
    print("wrote %d notices to %s" % (len(NOTICES), path))
    print("%-18s %4s %4s %5s" % ("category", "en", "ja", "total"))
    for cat in CATEGORIES:
        print("%-18s %4d %4d %5d" % (cat, by_both[(cat, "en")], by_both[(cat, "ja")], by_cat[cat]))
    print("%-18s %4d %4d %5d" % ("all", by_lang["en"], by_lang["ja"], len(NOTICES)))
    critical = [x for x in NOTICES if x["category"] in ("abuse", "security-incident")]
    plain = [x for x in critical if not STOCK.search(x["subject"] + " " + x["body"])]
    print("critical notices without stock words: %d of %d" % (len(plain), len(critical)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
