#!/usr/bin/env python3
"""Generate the `aws-wording-4` batch of the labelled notice corpus.

Standard library only, deterministic. Run from anywhere:

    python3 Tests/Fixtures/Resources/corpus/aws-wording-4/generate.py

40 cloud-provider notices in wording the earlier batches do not use: abuse
reports from hosting providers' abuse teams (an OVHcloud anti-hack IP block, a
CERT-Bund botnet report relayed by Hetzner, a Linode copyright notice), an SES
enforcement hidden in a 'Case ... update', a Google Cloud project suspended
for phishing, an EC2 open resolver used for DNS amplification (Japanese);
security incidents (an access key found by a public scanner under 'Information
about your AWS account', a root sign-in from a new country through a
customer's SNS topic, an IAM user launching GPU instances in six Regions, a
GuardDuty finding forwarded inline, a Microsoft Entra 'Users at risk
detected' mail, a Japanese compromise notice with a bland subject, an Azure
sign-in phish); twelve action-required notices without an [Action Required]
marker (OpenSearch, Heroku-22, Azure Cache for Redis forwarded as an
attachment, an Entra SAML certificate, Amazon MWAA, Lambda Ruby 3.3 and
Alibaba Cloud RDS in Japanese, Amazon Pinpoint, RDS for MySQL 5.7, a
DigitalOcean Kubernetes version, a Google Cloud reminder, a Japanese MFA
phish); maintenance (an '[Action Required]' ElastiCache node replacement that
AWS performs itself, MSK patching, an Alibaba Cloud ECS reboot in Japanese,
FSx for Windows, an OCI reboot migration); pricing (Google Cloud, Lambda,
Azure Batch); billing (an Alibaba Cloud overdue payment, a Japanese AWS Budgets
alert, an OVHcloud renewal phish); informational (a resolved Support case, an
S3 Vectors launch, SES production access, a Cloudflare zone activation).

Every message is written in our own words after the shape of a real, public
notice (the `source` of each label).  Each label was decided by reading the
message; the project's classifier was neither run nor read.

Writing the files, labels.json and README.md and the checks of every file
against its label (account IDs and traps, regions, Date and deadline, no
12-digit run in a Message-ID, verified mail from the provider's own domain,
non-AWS notices without AWS account IDs, AWS services catalogue ids, sources
unique and used by no earlier batch, files) are shared with the other batches
(corpus_common.py); this batch adds that no genuine action-required subject
carries an [Action Required]-style marker.  It exits 1 on any mismatch.  MIME
building and Authentication-Results come from the parent folder's generate.py;
importing either writes nothing.  aws-wording-5 imports this file for its
helpers and wording.
"""
import functools
import os
import re
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ in the corpus folder
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import corpus_common as common        # noqa: E402  (labels, writing and checking)
import generate as base               # noqa: E402  (MIME helpers)
from generate import TO_BILL, TO_JA, TO_OPS, TO_ROOT, TO_SEC  # noqa: E402
from corpus_common import fwd_block, health_arn  # noqa: E402

PROVIDER_DOMAINS = {
    "aws": ("amazon.com", "amazonaws.com", "aws.com", ".aws", "signin.aws"),
    "google-cloud": ("google.com",),
    "azure": ("microsoft.com",),
    "digitalocean": ("digitalocean.com",),
    "hetzner": ("hetzner.com",),
    "heroku": ("heroku.com",),
    "linode": ("linode.com", "akamai.com"),
    "ovhcloud": ("ovhcloud.com", "ovh.com", "ovh.net"),
    "oracle-cloud": ("oracle.com", "oraclecloud.com"),
    "alibaba-cloud": ("alibabacloud.com", "aliyun.com"),
    "cloudflare": ("cloudflare.com",),
}
BATCH = common.Batch(__file__, msgid=common.hashed_msgid("0100019d"))
MSGS, SRC = BATCH.msgs, BATCH.sources
add, inner, src = BATCH.add, BATCH.inner, BATCH.src
# L(category, services, accounts, regions, deadline, trust, reminder, source, note, traps=(),
#   provider="aws"); provider must be a key of PROVIDER_DOMAINS
L = functools.partial(common.label, providers=PROVIDER_DOMAINS)
_esc = common.esc


# --------------------------------------------------------------------------
# helpers (the wording of this batch's AWS Health and footer texts)
# --------------------------------------------------------------------------

def awstrack(host, target, seed, n=631):
    """A link wrapped by the SES click tracker (awstrack.me)."""
    return common.tracked_link(host, target, seed, n, "0100019d")


UN_FOOT_TEXT = """\
--
AWS Health created this notification and AWS User Notifications delivered it
to the contacts of this AWS account. To choose which managed notifications you
receive, open the Console Notifications Center:
https://console.aws.amazon.com/notifications/home#/managed-notifications
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210"""

# plain-text and HTML parts of a health@aws.com managed notification
un_text = functools.partial(common.un_text, details="Event details",
                            dashboard="View the event in the AWS Health Dashboard:",
                            footer=UN_FOOT_TEXT)
un_html = functools.partial(
    common.un_html, link=awstrack,
    words=("View in the Console Notifications Center", "Open event", "Affected resources",
           "Event details", "Notification settings"),
    foot="AWS Health created this notification and AWS User Notifications delivered it.")


def sns_body(message, topic_arn, seed, endpoint="security-alerts@example.com"):
    return common.sns_body(message, topic_arn, seed, endpoint)


AWS_FOOTER = """\
Thank you,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was
sent by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA
98109-5210, USA. Amazon.com is a registered trademark of Amazon.com, Inc."""

JA_FOOTER = """\
引き続きアマゾン ウェブ サービスをご利用いただきますよう、お願い申し上げます。

アマゾン ウェブ サービス ジャパン合同会社
このメールは送信専用のアドレスから配信されています。返信はお受けできません。"""

SUPPORT_FOOTER = """\
Kind regards,
Amazon Web Services

Replies to this address are not read. To add a correspondence to the case,
use the AWS Support Center. Amazon Web Services, Inc., 410 Terry Avenue North,
Seattle, WA 98109-5210"""

AWS_NOREPLY = ("Amazon Web Services", "no-reply-aws@amazon.com")
AWS_NOREPLY_JA = ("アマゾン ウェブ サービス", "no-reply-aws@amazon.com")
AWS_HEALTH = ("AWS Health", "health@aws.com")
AWS_TS_JA = ("AWS Trust & Safety", "trustandsafety@support.aws.com")
AWS_SNS = ("AWS Notifications", "no-reply@sns.amazonaws.com")
AWS_BUDGETS = ("AWS Budgets", "budgets@costalerts.amazonaws.com")
AWS_MARKETING = ("Amazon Web Services", "aws-marketing-email-replies@amazon.com")

A_AMAZON = base.auth(domain="amazon.com", mailfrom="amazonses.com")
A_HEALTH = base.auth(domain="aws.com", mailfrom="amazonses.com")
A_SNS = base.auth(domain="sns.amazonaws.com", mailfrom="amazonses.com")
A_AMAZON_JA = base.auth(domain="amazon.com", mailfrom="amazonses.com", mx="mx.example.co.jp")
A_TS_JA = base.auth(domain="support.aws.com", mailfrom="amazonses.com", mx="mx.example.co.jp")
A_BUDGETS_JA = base.auth(domain="costalerts.amazonaws.com", mailfrom="amazonses.com",
                         mx="mx.example.co.jp")
A_GOOGLE = base.auth(domain="google.com", mailfrom="scoutcamp.bounces.google.com")
A_MSFT = base.auth(domain="microsoft.com", mailfrom="microsoft.com")
A_DO = base.auth(domain="digitalocean.com", mailfrom="mail.digitalocean.com")
A_OVH = base.auth(domain="ovhcloud.com", mailfrom="mail.ovhcloud.com")
A_HETZNER = base.auth(domain="hetzner.com", mailfrom="hetzner.com")
A_LINODE = base.auth(domain="linode.com", mailfrom="linode.com")
A_HEROKU = base.auth(domain="heroku.com", mailfrom="bounces.heroku.com")
A_ALIBABA = base.auth(domain="notice.alibabacloud.com", mailfrom="notice.alibabacloud.com")
A_ALIBABA_JA = base.auth(domain="notice.alibabacloud.com", mailfrom="notice.alibabacloud.com",
                         mx="mx.example.co.jp")
A_OCI = base.auth(domain="notification.eu-frankfurt-1.oci.oraclecloud.com",
                  mailfrom="notification.eu-frankfurt-1.oci.oraclecloud.com")
A_CLOUDFLARE = base.auth(domain="notify.cloudflare.com", mailfrom="notify.cloudflare.com")

TO_DEV = ("Platform Engineering", "platform@example.com")
TO_JA2 = "infra@example.jp"


# ==========================================================================
# ABUSE (001-006)
# ==========================================================================

S = src("ovh-antihack", "OVHcloud help article on the anti-hack IP block: the alert e-mail, "
        "resolving the cause, unblocking the IP in the Control Panel",
        "https://support.us.ovhcloud.com/hc/en-us/articles/22231461696531-Enabling-IPs-After-"
        "Anti-Hack-Flags")
add("001-ovh-antihack-ip-blocked.eml",
    frm=("OVHcloud", "noreply@ovhcloud.com"), to=TO_OPS,
    subject="[kt48213-ovh] Anti-hack: IP 51.178.92.14 blocked on ns3167402.ip-51-178-92.eu",
    date="2026-09-03 06:18:42 +0000", auth_results=A_OVH,
    body="""\
Dear Customer,

Our network security system received several alerts about traffic leaving
the IP address 51.178.92.14, and we had to block this address.

  Service:      ns3167402.ip-51-178-92.eu (Rise-2 dedicated server)
  Datacentre:   GRA3 (Gravelines, France)
  Blocked at:   2026-09-03 06:11 UTC
  Reason:       outgoing SSH login attempts towards 311 external hosts
                between 05:40 and 06:05 UTC, plus one complaint received
                from a third party

While the block is in place the IP cannot send or receive traffic. You can
still reach the server through the KVM/IPMI console and by booting it in
rescue mode.

What to do next
  1. Find the cause: look for unknown processes, users and cron jobs, and
     check the authentication logs.
  2. Clean or reinstall the server, change every password and key that was
     stored on it.
  3. Unblock the IP yourself in the OVHcloud Control Panel: Bare Metal
     Cloud > Network > IP, then "Unblock anti-hack".

If the same IP is blocked again within 30 days, it can only be unblocked by
our support team after a review.

Please do not reply to this e-mail. Your copy of this message is also
available in the Control Panel under "My messages".

OVHcloud Customer Support
""",
    label=L("abuse", ["ovhcloud:Dedicated Servers"], [], ["gra3"], "2026-09-03", "verified",
            False, S,
            "The provider's anti-hack system blocked the customer's IP over outgoing SSH "
            "attacks: enforcement for abuse -> abuse. No act-by date and no date in the subject, "
            "so the deadline is the date the change takes effect, the block at 06:11 UTC on "
            "September 3, 2026 (the Date). The 30-day repeat rule is a later consequence. NIC "
            "handle in the subject as on genuine OVHcloud mail.",
            provider="ovhcloud"))

S = src("certbund-faq", "BSI FAQ on CERT-Bund reports (sent to the network's abuse contact, "
        "providers forward them to customers; reports on malware infections)",
        "https://www.bsi.bund.de/EN/Themen/Unternehmen-und-Organisationen/Cyber-Sicherheitslage/"
        "Reaktion/CERT-Bund/CERT-Bund-Reports/FAQ/faq_node.html")
add("002-hetzner-certbund-botnet-report.eml",
    frm=("Hetzner Online GmbH - Abuse Team", "abuse@hetzner.com"), to=TO_OPS,
    subject="Abuse report for 138.201.77.190: CERT-Bund - botnet infection (AbuseID: 9C41E7:21)",
    date="2026-09-15 10:31:05 +0000", auth_results=A_HETZNER,
    body="""\
Dear Sir or Madam,

We have received the report below from CERT-Bund, the computer emergency
response team of the German Federal Office for Information Security. It
concerns an IP address that belongs to one of your servers.

  Server:     EX44 #2214937
  IP:         138.201.77.190
  Location:   FSN1-DC18 (Falkenstein)

According to the report, the server is infected with bot malware: it
connected repeatedly to a command-and-control domain of a Linux botnet that
has been taken over (sinkholed) by security researchers. A server in this
state can be ordered to attack other systems at any time.

Please check the server, remove the malware and find out how it got there.
Then send us a short statement through the link below within 24 hours,
describing what you found and what you changed:

  https://robot.hetzner.com/abuse/statement?id=9C41E7:21

If we do not receive a statement in time, we may block the IP address or lock
the server to protect our network and others.

----- report from CERT-Bund (excerpt) -----
Category:        malware infection (bot)
Malware family:  linux-bot (C2 sinkhole)
Source IP:       138.201.77.190
Source port:     48212
Destination:     sinkhole, TCP port 443
First seen:      2026-09-14T22:07:31Z
Last seen:       2026-09-15T03:49:02Z
Connections:     146
----- end of report -----

Kind regards
Abuse Team

Hetzner Online GmbH
Industriestr. 25, 91710 Gunzenhausen, Germany
""",
    label=L("abuse", ["hetzner:Dedicated Server"], [], ["fsn1"], "2026-09-16", "verified", False,
            S,
            "Hosting provider's abuse team relays a CERT-Bund botnet (C2 sinkhole) report about "
            "the customer's server and demands a statement -> abuse. 'Within 24 hours' of "
            "2026-09-15 10:31 UTC -> 2026-09-16. First/last seen are past. Location FSN1-DC18 -> "
            "fsn1. AbuseID is hex, the server number has 7 digits.", provider="hetzner"))

S = src("linode-dmca", "Linode community answer on DMCA tickets (96 hours to remove the content, "
        "network restrictions otherwise, counter-notice rules)",
        "https://linode.com/community/questions/18006/i-received-a-dmca-notice-what-should-i-do")
add("003-linode-copyright-dmca-ticket.eml",
    frm=("Linode Support", "support@linode.com"), to=TO_OPS,
    subject="Linode Ticket #24719384 - Copyright Infringement Notification",
    date="2026-09-10 14:22:09 +0000", auth_results=A_LINODE,
    body="""\
Hello,

We have received a notice under the Digital Millennium Copyright Act (DMCA)
that concerns content served from one of your Linodes.

  Linode:      media-eu-01 (ID 61238804)
  Region:      Frankfurt, DE (eu-central)
  IP address:  172.105.83.41
  Reported:    http://172.105.83.41/library/releases/2026/ (full-length
               films distributed without permission of the rights holder)
  Complainant: agent acting for a film distribution company

The complete notice is attached to this ticket in Cloud Manager.

If you do not have the right to distribute this material, please remove it
and reply to this ticket to confirm. You have 96 hours from the time of this
message. If the content is still reachable after that, we will put network
restrictions on the Linode until it is removed.

If you believe the notice is mistaken, you may send a counter-notice once the
content has been taken down. A valid counter-notice must include your
signature, the material that was removed, a statement under penalty of
perjury that it was removed by mistake, and your contact details.

Thank you,
Akamai Cloud Computing (Linode) Support
Ticket #24719384 - reply above this line to update the ticket
""",
    label=L("abuse", ["linode:Compute Instances"], [], ["eu-central"], "2026-09-14", "verified",
            False, S,
            "Copyright (DMCA) complaint relayed by the provider with a removal deadline -> "
            "abuse. 96 hours from 2026-09-10 14:22 UTC -> 2026-09-14. Linode region written as "
            "eu-central (not an AWS code). Ticket and Linode IDs have 8 digits.",
            provider="linode"))

S = src("ses-pause-cryptic", "Issue about an SES pause notice that was hard to recognise as "
        "important (alerting on bounce and complaint rates afterwards)",
        "https://github.com/opengovsg/postmangovsg/issues/416")
add("004-case-update-ses-sending-pause.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="Case 177902415300861 update",
    date="2026-09-24 16:40:12 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

There is new correspondence on your case.

Case ID:   177902415300861
Status:    Pending customer action

----------------------------------------------------------------------
Correspondence
----------------------------------------------------------------------
We are contacting you about Amazon SES in the Europe (Ireland) Region for
AWS account 309478216550.

Over the last 7 days, 11.2%% of the messages your account sent were hard
bounces. A bounce rate this high usually means the sending lists contain
addresses that were bought, scraped or never confirmed. It harms the
reputation of the sending IP addresses that other customers share, and it is
not allowed under the AWS Acceptable Use Policy and the Service Terms.

Your account can still send email for now. If we do not receive a reply in
this case within 5 business days, we will pause your account's ability to
send email through Amazon SES in this Region.

In your reply, please tell us:
  - where the addresses in your current lists came from;
  - how you remove addresses that bounce or complain;
  - what you have changed to bring the bounce rate below 5%%.

You can see the bounce rate on the Reputation metrics page of the Amazon SES
console.

To reply, sign in to the Support Center:
%s

%s
""" % (awstrack("p7fq2kxz", "https://console.aws.amazon.com/support/home#/case/?displayId="
                "177902415300861&language=en", "004"), SUPPORT_FOOTER),
    label=L("abuse", ["SES"], ["309478216550"], ["eu-west-1"], "2026-10-01", "verified", False,
            S,
            "Bland subject 'Case ... update'; only the body says SES sending will be paused over "
            "a hard-bounce rate -> enforcement -> abuse. '5 business days' from Thursday "
            "2026-09-24 -> Thursday 2026-10-01. Region only by name. 15-digit case id is no "
            "account."))

S = src("gcp-suspended-tos", "Issue quoting a Google Cloud project suspension for violating the "
        "Terms of Service or Acceptable Use Policy", "https://github.com/dwzhu-pku/PaperBanana/issues/24")
add("005-gcp-project-suspended-phishing.eml",
    frm=("Google Cloud Platform", "google-cloud-compliance@google.com"), to=TO_OPS,
    subject="Your Google Cloud project lumen-ledger-442817 has been suspended",
    date="2026-10-20 08:12:33 +0000", auth_results=A_GOOGLE,
    body="""\
Dear Google Cloud customer,

We have suspended your project lumen-ledger-442817 (project number
591204837762) because it was used in a way that violates the Google Cloud
Platform Terms of Service and the Acceptable Use Policy.

Reason for the suspension
  The Cloud Run service promo-gateway in region europe-west1 served pages
  that imitate the sign-in page of a retail bank and collect the
  credentials that visitors enter. We received several reports and confirmed
  them before taking action.

What this means
  All resources in the project are stopped and can no longer be reached.
  Billing for running resources stops while the project is suspended.

What you can do
  If you did not set up this content, your project may have been
  compromised. Review the project's IAM members, service account keys and
  recent deployments. A project owner can then file an appeal from the
  project dashboard in the Google Cloud console and explain what happened
  and what was changed.

  If we do not receive an appeal by November 19, 2026, the project and its
  resources may be scheduled for deletion.

For more information about policy violations, see the project suspension
guidelines in the Google Cloud documentation.

Sincerely,
The Google Cloud Trust & Safety Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    label=L("abuse", ["google-cloud:Cloud Run"], [], ["europe-west1"], "2026-11-19", "verified",
            False, S,
            "Provider suspended the project for hosting a phishing page (AUP) -> abuse. The "
            "appeal date November 19, 2026 is the act-by date -> deadline. Project number "
            "591204837762 is a 12-digit trap, not an AWS account.",
            traps=["591204837762"], provider="google-cloud"))

S = src("ooni-open-resolver", "Incident issue about an open recursive resolver used in a DNS "
        "amplification attack, reported by the hosting provider's abuse ticket",
        "https://github.com/ooni/sysadmin/issues/248")
add("006-abuse-open-resolver-amplification-ja.eml",
    frm=AWS_TS_JA, to=TO_JA,
    subject="AWS 不正使用のご報告: DNS 増幅攻撃 (オープンリゾルバー) - 案件番号 TS-JP-58310",
    date="2026-10-07 02:55:10 +0000", auth_results=A_TS_JA,
    charset="utf-8", cte="qp", lang="ja",
    body="""\
AWS をご利用のお客様

お客様の Amazon EC2 インスタンスが、外部のシステムに対する DNS 増幅攻撃に
利用されているとの報告を受け、当社でも通信を確認しました。

  AWS アカウント:   847103926518
  リージョン:       アジアパシフィック (東京)
  インスタンス ID:  i-0f3a9c2d7b1e45a86
  Elastic IP:       54.250.91.37
  観測期間:         2026年10月6日 18:00 から 21:30 (UTC)
  内容:             送信元を偽装した ANY クエリに対して UDP 53 番ポートから
                    大量の応答を送信 (最大 約 2.4 Gbps)

このインスタンスの DNS サーバーは、インターネット上の誰からの再帰問い合わせ
にも応答する「オープンリゾルバー」になっているものと考えられます。このような
利用は AWS 適正利用規約で禁止されています。

ご対応のお願い
  1. 再帰問い合わせを許可する範囲を自社のネットワークに限定するか、
     DNS サービスを停止してください。
  2. セキュリティグループで UDP/TCP 53 番ポートへの不要なアクセスを
     遮断してください。
  3. 実施した対応内容を、24 時間以内にこのメールへの返信でお知らせください。
     件名の案件番号は変更しないでください。

期限までにご連絡がない場合、または攻撃が続く場合は、Elastic IP への通信を
遮断するか、インスタンスを停止することがあります。

AWS Trust & Safety
""",
    label=L("abuse", ["EC2"], ["847103926518"], ["ap-northeast-1"], "2026-10-08", "verified",
            False, S,
            "Japanese Trust & Safety report (UTF-8 quoted-printable) that the customer's EC2 "
            "open resolver is used for DNS amplification -> abuse. '24 時間以内' from "
            "2026-10-07 02:55 UTC -> 2026-10-08. Region only by Japanese name. The 6 October "
            "observation window is past."))

# ==========================================================================
# SECURITY INCIDENTS (007-013)
# ==========================================================================

S = src("aws-scans-github", "Issue thread: AWS scans public code (GitHub) for exposed access keys "
        "and e-mails the account owner", "https://github.com/B3nac/InjuredAndroid/issues/7")
add("007-information-about-your-account-key-found.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="Information about your AWS account",
    date="2026-10-06 13:05:44 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

AWS regularly scans public code repositories and other public websites for
AWS credentials. One of these scans found an access key that belongs to
your AWS account 7163-0582-9947:

  Access key ID:  AKIAQ3V7EXAMPLE2LKJP
  IAM user:       etl-runner
  Found at:       a public GitHub repository, file config/settings.py
                  (commit of October 5, 2026)

Anyone who reads that file can use the key to make requests on your behalf.
To limit the risk, we attached the AWS managed policy
AWSCompromisedKeyQuarantineV3 to the IAM user. The policy blocks some
actions, but it does not make the key safe to keep.

Please do the following:
  1. Create a new key for the applications that need one, then deactivate
     and delete AKIAQ3V7EXAMPLE2LKJP.
  2. Remove the key from the repository and from its history.
  3. Use AWS CloudTrail to look for requests made with the key in all
     Regions, and delete any resources or IAM users you did not create.
  4. Reply to the support case we opened for this within 5 days and tell
     us what you did.

If we do not hear from you, we may limit what the account can do, to protect
it from further misuse.

%s
""" % AWS_FOOTER,
    label=L("security-incident", ["IAM"], ["716305829947"], [], "2026-10-11", "verified", False, S,
            "Bland subject 'Information about your AWS account'; body: an access key found in a "
            "public repository by AWS's scanner, quarantine policy attached -> security-incident. "
            "'Within 5 days' of 2026-10-06 -> 2026-10-11. Account only in dashed form. IAM is "
            "global -> regions []."))

_msg08 = """\
SECURITY ALERT - AWS root user console sign-in

Account:        458120936671 (prod-payments)
Time (UTC):     2026-10-18T02:47:09Z
Result:         Success
MFA used:       No
Source IP:      177.104.23.58
Location:       Brazil (GeoIP) - no sign-in from this country in the last
                180 days
User agent:     Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/131.0
Event:          ConsoleLogin (signin.amazonaws.com)

Nobody on the platform team is travelling. If you did not sign in, follow
runbook SEC-07 (root credential compromise) now and page the on-call
security engineer.
Runbook: https://wiki.example.com/security/runbooks/SEC-07

(Generated by EventBridge rule root-console-signin -> Lambda geoip-enrich ->
SNS topic root-signin-alerts.)"""
S = src("root-signin-rule", "AWS knowledge-center article: EventBridge rule on 'AWS Console Sign "
        "In via CloudTrail' for the root user, delivered through an SNS topic",
        "https://repost.aws/knowledge-center/root-user-account-eventbridge-rule")
add("008-sns-root-signin-new-country.eml",
    frm=AWS_SNS, to=TO_SEC,
    subject="AWS Notification Message",
    date="2026-10-18 02:51:27 +0000", auth_results=A_SNS,
    headers=[("x-amz-sns-message-id", "5e2b7d0a-c4f1-5b8e-a3d6-f0c9e2b7a4d1"),
             ("x-amz-sns-subscription-arn", "arn:aws:sns:us-east-1:458120936671:"
              "root-signin-alerts:9d2f4b6a-e8c1-4a3f-b5d7-c1e3f5a7b9d2")],
    body=sns_body(_msg08, "arn:aws:sns:us-east-1:458120936671:root-signin-alerts", "008"),
    label=L("security-incident", ["IAM"], ["458120936671"], [], None, "verified", False, S,
            "Generic SNS subject 'AWS Notification Message'; the customer's own enriched alert in "
            "the body reports a successful root console sign-in without MFA from a new country "
            "-> security-incident (misused root credentials -> IAM). No date to act by -> null. "
            "us-east-1 is only the SNS topic/sign-in endpoint Region, not a resource -> regions "
            "[]."))

S = src("spot-fleet-compromise", "Blog post on a compromised AWS account: leaked key, instances "
        "launched across unused Regions, AWS opened a case",
        "https://medium.com/@ardelio/mitigating-a-compromised-aws-account-64ea08242413")
add("009-unusual-ec2-launches-iam-user.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="Unusual Amazon EC2 usage on AWS account 823409176652",
    date="2026-10-27 21:14:50 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

Our systems detected activity in your AWS account 823409176652 that does not
match how the account is normally used, and we believe that someone else
may be using your credentials.

Between 14:02 and 20:40 UTC on October 27, 2026, the IAM user
s3-backup-sync (access key AKIAV4N8EXAMPLEQ7TZM) launched 148 Amazon EC2
instances of the g5.12xlarge and p3.16xlarge types in these Regions:

  us-east-2       US East (Ohio)
  us-west-2       US West (Oregon)
  eu-central-1    Europe (Frankfurt)
  ap-southeast-1  Asia Pacific (Singapore)
  sa-east-1       South America (Sao Paulo)
  ca-central-1    Canada (Central)

Until this week the user had only called Amazon S3. To prevent further
charges, we have temporarily lowered the limit for new instance launches in
the account. Instances that are already running keep running and are billed.

What you need to do
  1. Deactivate the access key and check whether other keys or IAM users
     were created today.
  2. Terminate the instances you did not launch, in every Region listed.
  3. Review AWS CloudTrail event history for the user.
  4. Reply in the Support Center case we opened, no later than
     23:59 UTC on October 30, 2026.

If we have not heard from you by then, we may terminate the unauthorized
instances and suspend the account.

%s
""" % AWS_FOOTER,
    label=L("security-incident", ["EC2", "IAM"], ["823409176652"],
            ["ca-central-1", "ap-southeast-1", "eu-central-1", "sa-east-1", "us-east-2",
             "us-west-2"], "2026-10-30", "verified", False, S,
            "AWS reports an IAM user launching GPU instances in six Regions (likely stolen key) -> "
            "security-incident. Reply-by October 30, 2026 -> deadline. All six Regions hold "
            "affected instances (codes listed; Sao Paulo written without the accent)."))

_p10 = """\
GuardDuty finding in account 604918273355 (Europe (Frankfurt), eu-central-1)

Severity:      High (8.0)
Finding type:  UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS
Summary:       Temporary credentials created for EC2 instance
               i-0b7e41c9d2a85f316 through the role batch-worker-role are
               being used from the external IP address 198.51.100.77
               (ASN 64500, Netherlands).
First seen:    2026-11-04T02:31:18Z
Last seen:     2026-11-04T02:55:41Z
Count:         37
API calls:     sts:GetCallerIdentity, s3:ListBuckets, s3:GetObject
Finding ID:    4ac8e1d2b7f94c3ea6d5b0f2c8e7a1d3

View the finding:
https://eu-central-1.console.aws.amazon.com/guardduty/home?region=eu-central-1#/findings?fId=4ac8e1d2b7f94c3ea6d5b0f2c8e7a1d3

--
This notification was sent by AWS User Notifications because of the
notification configuration guardduty-high-findings that you created.
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210"""
S = src("gd-exfil-rename", "Issue about the GuardDuty finding type "
        "UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS (instance role "
        "credentials used from outside AWS)", "https://github.com/mozilla/MozDef/issues/1723")
add("010-fwd-guardduty-credential-exfiltration.eml",
    frm=("Ines Duarte", "i.duarte@example.com"), to=TO_DEV,
    subject="Fwd: GuardDuty finding: UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration"
            ".OutsideAWS (High)",
    date="2026-11-04 09:26:00 +0100",
    auth_results=base.auth(domain="example.com", mailfrom="example.com"),
    body="""\
Hi all,

This came in overnight for the payments account: the role credentials of one
of the batch boxes were used from an address outside AWS. I have not touched
anything yet. Can someone from platform look at it before the stand-up?

Ines

%s
""" % fwd_block("AWS Notifications <no-reply@notifications.aws>", "Wed, Nov 4, 2026 at 3:58 AM",
                "GuardDuty finding: UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration."
                "OutsideAWS (High)", "security-alerts@example.com", _p10),
    label=L("security-incident", ["EC2", "IAM"], ["604918273355"], ["eu-central-1"], None,
            "unverified", False, S,
            "Colleague forwards inline ('---------- Forwarded message ---------') a User "
            "Notifications mail with a High GuardDuty finding: EC2 instance-role credentials used "
            "from outside AWS -> security-incident; outer sender is the company -> unverified. "
            "'Before the stand-up' is no date; the finding has none -> null."))

S = src("entra-user-risk-mail", "Article on Microsoft Entra ID Protection 'Users at risk "
        "detected' alert e-mails (generic text, link to the Risky users report)",
        "https://ourcloudnetwork.com/how-to-setup-user-risk-reports-to-email-in-microsoft-entra/")
add("011-entra-users-at-risk-html.eml",
    frm=("Microsoft Entra ID Protection", "MSSecurity-noreply@microsoft.com"), to=TO_SEC,
    subject="Users at risk detected",
    date="2026-11-12 07:44:18 +0000", auth_results=A_MSFT,
    html="""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Users at risk detected</title></head>
<body style="margin:0;padding:0;background:#f3f2f1;font-family:'Segoe UI',Arial,sans-serif">
<table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:20px 28px 8px 28px;font-size:13px;color:#605e5c">Microsoft Entra ID Protection</td></tr>
<tr><td style="padding:0 28px 12px 28px;font-size:22px;color:#201f1e">Users at risk detected</td></tr>
<tr><td style="padding:0 28px;font-size:14px;line-height:20px;color:#201f1e">
<p>We detected a user with a risk level of at least <b>medium</b> in your
<b>Northwind Logistics</b> directory. The user's sign-in activity looks
suspicious, or their user name and password were found in a public place.</p>
<table cellpadding="4" cellspacing="0" style="font-size:13px;border-collapse:collapse">
<tr><td style="color:#605e5c">User</td><td>r.halvorsen@northwind-logistics.example</td></tr>
<tr><td style="color:#605e5c">Risk level</td><td>High</td></tr>
<tr><td style="color:#605e5c">Detections</td><td>Anonymous IP address; Unfamiliar sign-in properties</td></tr>
<tr><td style="color:#605e5c">Sign-in</td><td>2026-11-12 06:58 UTC, Bucharest, Romania (Tor exit node)</td></tr>
<tr><td style="color:#605e5c">Application</td><td>Microsoft Azure Management (Azure portal)</td></tr>
<tr><td style="color:#605e5c">Result</td><td>Success, single-factor authentication</td></tr>
<tr><td style="color:#605e5c">Tenant ID</td><td>9b2e4c7a-d3f1-4e8b-a6c2-f7d9e1b3a5c8</td></tr>
</table>
<p>We recommend that you investigate this user now: review the sign-ins,
confirm with the user, and if needed reset the password and revoke the
sessions.</p>
<p style="margin:22px 0"><a href="https://entra.microsoft.com/#view/Microsoft_AAD_IAM/SecurityMenuBlade/~/RiskyUsers"
style="background:#0078d4;color:#ffffff;padding:9px 20px;text-decoration:none">View the risky users report</a></p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#605e5c;border-top:1px solid #edebe9">
You receive this e-mail because you are listed as a recipient of Identity Protection
alerts for this directory. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table>
</body></html>
""",
    label=L("security-incident", ["azure:Microsoft Entra ID"], [], [], None, "verified", False, S,
            "HTML-only Entra ID Protection alert: a user at high risk after a successful "
            "single-factor sign-in from a Tor exit node -> security-incident. No act-by date -> "
            "null. Tenant GUID has no long digit runs.", provider="azure"))

S = src("ja-compromise-note", "Japanese blog post on an AWS account used without permission "
        "(AWS stopped the usage and wrote to the owner)", "https://note.com/taktak918/n/n6130a71e0041")
add("012-important-notice-account-ja.eml",
    frm=AWS_NOREPLY_JA, to=TO_JA,
    subject="お客様の AWS アカウントに関する重要なお知らせ",
    date="2026-11-17 01:20:45 +0000", auth_results=A_AMAZON_JA,
    charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    body="""\
お客様

AWS アカウント 190374852261 において、第三者が不正にアクセスしたと
考えられる操作を確認しましたので、お知らせいたします。

確認した操作 (協定世界時)
  2026年11月16日 19時12分  IAM ユーザー admin-tmp の作成
  2026年11月16日 19時13分  admin-tmp への AdministratorAccess の付与と
                           アクセスキーの作成
  2026年11月16日 19時20分以降  アジアパシフィック (大阪) リージョンでの
                           Amazon ECS (Fargate) タスクの大量起動

お客様の請求額の増加を防ぐため、当社にて上記のタスクの一部を停止しました。

お客様にご対応いただきたいこと
  1. ルートユーザーのパスワードを変更し、多要素認証 (MFA) を有効にする
  2. 心当たりのない IAM ユーザー、ロール、アクセスキーを削除する
  3. AWS CloudTrail で、すべてのリージョンの操作履歴を確認する
  4. 心当たりのないリソースを削除する

対応が終わりましたら、サポートセンターに作成したケースに 5 日以内に
ご返信ください。ご返信をいただけない場合、アカウントを一時的に停止する
ことがあります。

%s
""" % JA_FOOTER,
    label=L("security-incident", ["ECS", "IAM"], ["190374852261"], ["ap-northeast-3"],
            "2026-11-22", "verified", False, S,
            "Bland Japanese subject (ISO-2022-JP); the body reports a rogue admin IAM user and "
            "Fargate tasks in Osaka -> security-incident. '5 日以内' from 2026-11-17 -> "
            "2026-11-22. Region by Japanese name (大阪) only."))

S = src("ms-unusual-signin-scam", "Guide to fake Microsoft 'unusual sign-in activity' alerts "
        "(look-alike domains, credential and MFA capture)",
        "https://scamencyclopedia.org/guides/fake-microsoft-account-unusual-signin-impersonating-"
        "microsoft")
add("013-phish-azure-unusual-signin.eml",
    frm=("Microsoft Azure", "no-reply@azure-accountprotection.com"), to=TO_OPS,
    subject="Unusual sign-in activity on your Azure subscription",
    date="2026-11-24 19:02:37 +0000",
    auth_results=base.auth(domain="azure-accountprotection.com",
                           mailfrom="azure-accountprotection.com", dmarc="none"),
    headers=[("Reply-To", "azure-security-desk@outlook.example")],
    body="""\
Microsoft Azure

Unusual sign-in activity

We detected something unusual about a recent sign-in to the Microsoft
account that administers your Azure subscription (Pay-As-You-Go).

  Country/region:  Russia
  IP address:      95.24.118.6
  Date:            24/11/2026 18:41 (GMT)
  Platform:        Windows 10
  Browser:         Chrome

If this was you, you can ignore this message. If not, a malicious user may
have your password. Please review your recent activity within 24 hours, or
your subscription and all of its resources will be suspended for your
protection.

Review recent activity:
https://portal-azure.account-verify-signin.com/review?session=7KQ2ZP9W

Thanks,
The Microsoft Azure account team
""",
    label=L("security-incident", ["azure:Microsoft Entra ID"], [], [], "2026-11-25", "suspicious",
            False, S,
            "Look-alike sender azure-accountprotection.com (DMARC none), Reply-To elsewhere, link "
            "to a foreign domain: a sign-in lure imitating Microsoft -> category of the claim, "
            "security-incident, suspicious. Lure deadline 'within 24 hours' of 2026-11-24 "
            "19:02 UTC -> 2026-11-25.", provider="azure"))

# ==========================================================================
# ACTION REQUIRED, no [Action Required] marker (014-025)
# ==========================================================================

_p14 = ["Hello,",
        "Your AWS account has Amazon OpenSearch Service domains in the US East (Ohio) Region that "
        "run Elasticsearch version 7.10. Standard support for Elasticsearch versions 7.9 and 7.10 "
        "on Amazon OpenSearch Service ends on November 7, 2027.",
        "Upgrade these domains to OpenSearch 2.19 or later before November 7, 2027. An in-place "
        "upgrade takes a snapshot first and keeps the domain endpoint. Test the upgrade on a "
        "copy of the domain restored from a snapshot, because OpenSearch 2.x removes several "
        "settings that Elasticsearch 7.10 still accepted.",
        "Domains that still run Elasticsearch 7.9 or 7.10 after that date continue to work, but "
        "they move to Extended Support, which is billed as a flat fee per normalized instance "
        "hour starting November 8, 2027, in addition to the regular instance charges."]
_arn14 = health_arn("us-east-2", "ES", "AWS_ES_STANDARD_SUPPORT_ENDING", "a7c3e91f")
_res14 = ["arn:aws:es:us-east-2:274815093362:domain/catalog-search",
          "arn:aws:es:us-east-2:274815093362:domain/app-logs-2026"]
_rows14 = [("Affected account", "274815093362"), ("Service", "ES"),
           ("Event type code", "AWS_ES_STANDARD_SUPPORT_ENDING"),
           ("Event type category", "Planned lifecycle event"), ("Region", "us-east-2"),
           ("Start time", "Sun, 07 Nov 2027 00:00:00 GMT"), ("Status", "Upcoming")]
S = src("eol-amazon-es", "endoflife.date page for Amazon Elasticsearch on OpenSearch Service "
        "(end of standard support and of Extended Support per version)",
        "https://endoflife.date/amazon-elasticsearch")
add("014-health-opensearch-es710-upgrade-before.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="Upgrade your Amazon OpenSearch Service domains running Elasticsearch 7.10 before "
            "November 7, 2027 [AWS Account: 274815093362] [US-EAST-2]",
    date="2026-11-09 17:30:00 +0000", auth_results=A_HEALTH,
    body=un_text(_p14, _arn14, _rows14, _res14),
    html=un_html("Upgrade your Amazon OpenSearch Service domains running Elasticsearch 7.10 "
                 "before November 7, 2027", _p14, _arn14, _rows14, host="h3kz9vqa", seed="014",
                 resources=_res14),
    label=L("action-required", ["ES"], ["274815093362"], ["us-east-2"], "2027-11-07", "verified",
            False, S,
            "'Upgrade ... before November 7, 2027' (AWS Health managed notification, multipart) "
            "-> action-required. Subject names the end of standard support -> 2027-11-07; the "
            "Extended Support charge from November 8, 2027 is a later consequence. Region from "
            "subject suffix, ARNs and name."))

S = src("heroku18-eol-faq", "Heroku-18 end-of-life FAQ (timeline: failing first builds in 7-day "
        "and 24-hour windows, end of life, no more builds from the next day)",
        "https://help.heroku.com/X5OE6BCA/heroku-18-end-of-life-faq")
add("015-heroku-22-builds-stop-working.eml",
    frm=("Heroku", "noreply@heroku.com"), to=TO_DEV,
    subject="Builds on the Heroku-22 stack will stop working on May 1, 2027",
    date="2026-11-02 15:00:00 +0000", auth_results=A_HEROKU,
    body="""\
Hi there,

Apps that you own or collaborate on still use the Heroku-22 stack:

  acme-api-prod         (team: acme-platform)
  acme-worker           (team: acme-platform)
  acme-admin-staging    (team: acme-platform)

Heroku-22 is based on Ubuntu 22.04, whose standard support ends in April
2027. In line with our stack update policy, Heroku-22 reaches end of life on
April 30, 2027. Here is what will happen:

  February 1, 2027  The first build of each Heroku-22 app in any 7-day period
                    fails with a deprecation message. A second attempt
                    succeeds.
  April 1, 2027     The same happens to the first build in any 24-hour
                    period.
  April 30, 2027    Heroku-22 reaches end of life. Apps keep running but no
                    longer get security updates.
  May 1, 2027       Builds on Heroku-22 stop working completely, including
                    Review Apps and Heroku CI.

To keep deploying, move your apps to Heroku-24:

  heroku stack:set heroku-24 -a <app name>

then push a new build. The Heroku-24 upgrade notes list the packages that
changed between Ubuntu 22.04 and 24.04.

Thanks,
The Heroku Team

Heroku, Inc. - 415 Mission Street, Suite 300, San Francisco, CA 94105
""",
    label=L("action-required", ["heroku:Stacks"], [], [], "2027-05-01", "verified", False, S,
            "'... will stop working on May 1, 2027' -> action-required. The subject names the "
            "event (builds stop) -> 2027-05-01; the failing first builds from February 1 and "
            "April 1 are earlier restrictions not tied to the required action, April 30 is the "
            "end of life one day before. No regions.", provider="heroku"))

_inner16 = inner(
    "016-inner", frm=("Microsoft Azure", "azure-noreply@microsoft.com"), to="azure-admin@example.de",
    subject="Migrate your Azure Cache for Redis instances to Azure Managed Redis by 30 September 2028",
    date="2026-09-18 22:14:05 +0000", auth_results=A_MSFT, attach_name="Azure notice.eml",
    body="""\
Microsoft Azure

Migrate your Azure Cache for Redis instances to Azure Managed Redis by
30 September 2028

You're receiving this e-mail because you use Azure Cache for Redis in the
subscription Contoso-Prod (4f7c2a9e-b1d3-4c6e-8a0f-d2e5b7c9a1f3).

  cache-orders-weu    Premium P2   West Europe (westeurope)
  cache-session-neu   Standard C3  North Europe (northeurope)

Azure Cache for Redis (Basic, Standard and Premium tiers) will be retired on
30 September 2028. Azure Managed Redis replaces it and runs on Redis
Enterprise software with higher throughput and built-in clustering.

Key dates
  1 October 2026      You can no longer create new Azure Cache for Redis
                      instances. Existing instances keep running.
  30 September 2028   Azure Cache for Redis is retired. Migrate your
                      instances by this date.
  1 October 2028      Remaining instances are disabled.

Required action
Create an Azure Managed Redis instance, move your data (for example by
exporting an RDB file or replicating with a client tool) and point your
applications to the new endpoint, which uses port 10000.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")
S = src("azure-redis-retire", "Blog post on the Azure Cache for Redis retirement: no new "
        "instances from October 1, 2026, migrate by September 30, 2028, disabled October 1, 2028",
        "https://zaclohrenz.com/posts/2025/october10")
add("016-fwd-azure-redis-retirement-attached.eml",
    frm=("Jonas Weber", "j.weber@example.de"), to=TO_DEV,
    subject="WG: Migrate your Azure Cache for Redis instances to Azure Managed Redis by 30 "
            "September 2028",
    date="2026-09-21 08:05:12 +0200",
    auth_results=base.auth(domain="example.de", mailfrom="example.de"),
    body="""\
Hi team,

Microsoft's notice is attached. The part that hits us first: from 1 October
we can no longer create classic Redis caches, so the new staging cache must
already be Azure Managed Redis. The two production caches can wait for a
proper migration plan - let's put that on the Q1 roadmap.

Jonas
""",
    attach=[_inner16],
    label=L("action-required", ["azure:Azure Cache for Redis"], [], ["northeurope", "westeurope"],
            "2028-09-30", "unverified", False, S,
            "Colleague forwards an Azure retirement notice as an attached message/rfc822 -> "
            "category of what it carries, action-required; company sender -> unverified. Act-by "
            "date 'Migrate ... by 30 September 2028' (also in the subject) -> deadline. The "
            "no-new-instances date 1 October 2026 is an earlier restriction the required action "
            "is not tied to, although the colleague plans around it; 1 October 2028 is a later "
            "consequence.", provider="azure"))

S = src("entra-cert-faq", "Microsoft Entra application-management certificates FAQ (SAML signing "
        "certificates expire after three years, notices 60, 30 and 7 days before)",
        "https://learn.microsoft.com/en-us/azure/active-directory/manage-apps/application-"
        "management-certs-faq")
add("017-entra-saml-certificate-expires.eml",
    frm=("Microsoft Entra", "azure-noreply@microsoft.com"), to=("Identity Admins", "idadmins@example.com"),
    subject="Your SAML signing certificate for Fabrikam Expenses expires on December 3, 2026",
    date="2026-11-03 04:10:55 +0000", auth_results=A_MSFT,
    body="""\
Microsoft Entra ID

The SAML signing certificate that Microsoft Entra ID uses for single sign-on
to one of your enterprise applications will expire soon.

  Application:   Fabrikam Expenses
  Directory:     Northwind Logistics
  Thumbprint:    A3F7C2E9B41D8F6A0C5E3B7D9F2A4C6E8B0D1F3A
  Expires:       December 3, 2026, 09:41 UTC

After the certificate expires, the application will reject the SAML tokens
that Entra ID issues, and users will not be able to sign in to it.

To avoid an outage:
  1. In the Microsoft Entra admin center, open Enterprise applications >
     Fabrikam Expenses > Single sign-on, and create a new SAML signing
     certificate.
  2. Give the new certificate (or the federation metadata URL) to the
     application's administrator, and wait until it is configured there.
  3. Make the new certificate active.

We send this notice 60, 30 and 7 days before the expiry date to the
notification addresses set for the application.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""",
    label=L("action-required", ["azure:Microsoft Entra ID"], [], [], "2026-12-03", "verified",
            False, S,
            "'Your SAML signing certificate ... expires on December 3, 2026': the customer must "
            "rotate it -> action-required, deadline the expiry date in the subject. The "
            "60/30/7-day cadence does not make this a reminder (no earlier notice referred to).",
            provider="azure"))

S = src("mwaa-versions", "Amazon MWAA user guide on Apache Airflow versions (deprecation and "
        "end of support: no new environments at that version)",
        "https://docs.aws.amazon.com/mwaa/latest/userguide/airflow-versions.md")
add("018-mwaa-airflow-end-of-support-timeline.eml",
    frm=AWS_NOREPLY, to=TO_DEV,
    subject="Amazon MWAA: Apache Airflow v2.7.2 and v2.8.1 reach end of support on March 31, 2027",
    date="2026-10-13 18:05:30 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

You are receiving this message because AWS account 605729184413 has Amazon
Managed Workflows for Apache Airflow (MWAA) environments that run Apache
Airflow v2.7.2 or v2.8.1:

  arn:aws:airflow:eu-west-2:605729184413:environment/finance-etl    (v2.7.2)
  arn:aws:airflow:eu-central-1:605729184413:environment/ml-feature-jobs (v2.8.1)

Amazon MWAA ends support for these two versions on March 31, 2027. The
timeline is:

  January 15, 2027   New environments can no longer be created with v2.7.2
                     or v2.8.1.
  March 31, 2027     End of support. The versions no longer receive security
                     patches, and AWS Support can no longer help with them.
  April 15, 2027     We begin upgrading environments that still run these
                     versions to Apache Airflow v2.10.3, during each
                     environment's weekly maintenance window.

We recommend that you upgrade your environments yourself before March 31,
2027, so that you can test your DAGs, plugins and requirements file against
the new version first. In-place version upgrades are available in the MWAA
console and with the UpdateEnvironment API.

%s
""" % AWS_FOOTER,
    label=L("action-required", ["AIRFLOW"], ["605729184413"], ["eu-central-1", "eu-west-2"],
            "2027-03-31", "verified", False, S,
            "Three future dates: no new environments (January 15, 2027, earlier restriction not "
            "tied to the upgrade), end of support named in the subject (March 31, 2027 -> "
            "deadline), automatic upgrade from April 15, 2027 (later consequence). Regions from "
            "the environment ARNs."))

S = src("lambda-ruby-runtimes", "Lambda developer guide: Ruby runtimes with deprecation, "
        "block-create and block-update dates (Ruby 3.3: Mar 31, Apr 30, May 31, 2027)",
        "https://docs.aws.amazon.com/lambda/latest/dg/lambda-ruby.html")
add("019-lambda-ruby33-end-of-support-ja.eml",
    frm=AWS_NOREPLY_JA, to=TO_JA,
    subject="AWS Lambda における Ruby 3.3 ランタイムのサポート終了について",
    date="2026-10-01 00:35:00 +0000", auth_results=A_AMAZON_JA,
    charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    body="""\
お客様各位

AWS アカウント 376190248551 で、Ruby 3.3 ランタイム (ruby3.3) を使用している
AWS Lambda 関数があるため、ご連絡しております。

Lambda における Ruby 3.3 のサポートは、2027年3月31日 に終了します。
Ruby 3.3 のコミュニティによるメンテナンスが同時期に終了するためです。

今後の予定
  2027年3月31日  サポート終了。以降、ランタイムにはセキュリティパッチが
                 適用されず、テクニカルサポートの対象外となります。
  2027年4月30日  Ruby 3.3 を使用する関数を新たに作成できなくなります。
  2027年5月31日  Ruby 3.3 を使用する既存の関数を更新できなくなります。

サポート終了後も関数の呼び出しは引き続き可能ですが、2027年3月31日 までに
Ruby 3.4 (ruby3.4) への移行を完了していただくことをお勧めします。

対象の関数 (一部)
  arn:aws:lambda:ap-northeast-1:376190248551:function:order-webhook
  arn:aws:lambda:ap-northeast-1:376190248551:function:invoice-pdf
  arn:aws:lambda:ap-northeast-3:376190248551:function:dr-healthcheck

すべての対象関数は、AWS Health Dashboard の「影響を受けるリソース」タブで
ご確認いただけます。

%s
""" % JA_FOOTER,
    label=L("action-required", ["LAMBDA"], ["376190248551"], ["ap-northeast-1", "ap-northeast-3"],
            "2027-03-31", "verified", False, S,
            "Japanese subject '...のサポート終了について' (ISO-2022-JP): runtime end of support the "
            "customer must act on -> action-required. Three dates; the end of support (the event "
            "the subject names, also the migrate-by date) 2027年3月31日 -> deadline; create and "
            "update blocks are later consequences. Regions from the function ARNs."))

S = src("alibaba-rds-classic-eol", "Alibaba Cloud notice (Japanese) that ApsaraDB RDS instances "
        "of the classic network type are being retired, with how to find and switch them to VPC",
        "https://www.alibabacloud.com/help/ja/rds/apsaradb-rds-for-mysql/eol-for-apsaradb-rds-"
        "instances-of-the-classic-network-type")
add("020-alibaba-rds-classic-network-eol-ja.eml",
    frm=("Alibaba Cloud", "no-reply@notice.alibabacloud.com"), to=TO_JA2,
    subject="【Alibaba Cloud】ApsaraDB RDS クラシックネットワークインスタンスの提供終了について",
    date="2026-09-29 03:00:00 +0000", auth_results=A_ALIBABA_JA,
    charset="utf-8", cte="base64", lang="ja",
    body="""\
Alibaba Cloud をご利用いただき、誠にありがとうございます。

Alibaba Cloud は、クラシックネットワークタイプの ApsaraDB RDS インスタンスの
提供を終了いたします。お客様のアカウント (UID: 5842771933081465) に
対象のインスタンスがございますので、ご案内いたします。

対象インスタンス
  rm-0iw7k2x9p4q1ab   ApsaraDB RDS for MySQL 8.0
                      リージョン: 日本 (東京) ap-northeast-1
  rm-0iw7m5t3c8v2cd   ApsaraDB RDS for PostgreSQL 15
                      リージョン: 日本 (東京) ap-northeast-1

スケジュール
  2026年12月1日  クラシックネットワークのインスタンスでは、仕様の変更が
                 できなくなります。
  2027年3月31日  提供終了。この日までに、ネットワークタイプを VPC に切り替えて
                 ください。切り替えが完了していないインスタンスは、クラシック
                 ネットワークのエンドポイントが削除され、接続できなくなります。

切り替え方法
  ApsaraDB RDS コンソールのインスタンス詳細ページで「データベース接続」を開き、
  「VPC に切り替え」を選択してください。ハイブリッドアクセスを有効にすると、
  一定期間、クラシックネットワークと VPC の両方のエンドポイントを利用できます。

ご不明な点がございましたら、チケットにてお問い合わせください。

Alibaba Cloud
""",
    label=L("action-required", ["alibaba-cloud:ApsaraDB RDS"], [], ["ap-northeast-1"],
            "2027-03-31", "verified", False, S,
            "Japanese retirement notice ('...の提供終了について', UTF-8 base64): the customer must "
            "switch to VPC -> action-required. Act-by date 2027年3月31日 (no date in the subject) "
            "-> deadline; the 2026年12月1日 spec-change block is an earlier restriction. Alibaba's "
            "Tokyo Region is also called ap-northeast-1. The 16-digit UID is no account.",
            provider="alibaba-cloud"))

S = src("pinpoint-to-connect", "AWS contact-center blog on moving from Amazon Pinpoint (end of "
        "support October 30, 2026) to Amazon Connect",
        "https://aws.amazon.com/blogs/contact-center/from-amazon-pinpoint-to-amazon-connect-with-"
        "customer-experience-intact/")
add("021-pinpoint-engagement-stops-working.eml",
    frm=AWS_NOREPLY, to=TO_DEV,
    subject="Amazon Pinpoint campaigns, journeys and segments will stop working on October 30, 2026",
    date="2026-09-16 20:12:44 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

AWS account 518273640095 still has Amazon Pinpoint projects that use
engagement features:

  US East (N. Virginia)   project "loyalty-app"    3 active campaigns, 2 journeys
  Europe (Ireland)        project "eu-newsletter"  1 recurring campaign

On October 30, 2026, Amazon Pinpoint reaches end of support. From that day
the Amazon Pinpoint console and its resources - endpoints, segments,
campaigns, journeys and analytics - are no longer available, and scheduled
campaigns and journeys stop sending.

The messaging APIs for SMS, voice, mobile push, OTP and phone number
validation are not affected; they continue as AWS End User Messaging.

What to do before October 30, 2026
  - Export the endpoints and segments you want to keep.
  - Move campaigns and journeys to Amazon Connect outbound campaigns, and
    customer data to Amazon Connect Customer Profiles.
  - Move event collection and mobile analytics to Amazon Kinesis or another
    analytics service.

The migration guide in the Amazon Pinpoint documentation describes each
step.

%s
""" % AWS_FOOTER,
    label=L("action-required", ["MOBILETARGETING"], ["518273640095"], ["eu-west-1", "us-east-1"],
            "2026-10-30", "verified", False, S,
            "'... will stop working on October 30, 2026' (real end-of-support date of Amazon "
            "Pinpoint) -> action-required, deadline the subject date. Regions by name only. "
            "Pinpoint's catalogue id is MOBILETARGETING."))

S = src("eol-rds-extended-support", "endoflife.date pull request adding Amazon RDS Extended "
        "Support dates for MySQL and PostgreSQL",
        "https://github.com/endoflife-date/endoflife.date/pull/5553")
add("022-rds-mysql57-extended-support-ends.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="Amazon RDS Extended Support for MySQL 5.7 ends February 28, 2027 - upgrade your DB "
            "instances",
    date="2026-11-19 16:45:00 +0000", auth_results=A_AMAZON,
    body="""\
Dear Amazon RDS customer,

The following DB instances in AWS account 902615374488 still run MySQL 5.7
under Amazon RDS Extended Support:

  Canada (Central)           ca-central-1   billing-db      (5.7.44-rds.20250508)
  South America (Sao Paulo)  sa-east-1      crm-replica-1   (5.7.44-rds.20250508)

RDS Extended Support for MySQL 5.7 ends on February 28, 2027. After that
date AWS no longer provides security fixes for MySQL 5.7 on Amazon RDS.

Timeline
  December 15, 2026   You can no longer create MySQL 5.7 DB instances or
                      restore MySQL 5.7 snapshots.
  February 28, 2027   End of RDS Extended Support for MySQL 5.7.
  From March 1, 2027  Amazon RDS upgrades remaining MySQL 5.7 instances to
                      MySQL 8.4 during their maintenance windows. The upgrade
                      can take the instance offline for some time.

We strongly recommend that you upgrade to MySQL 8.4 yourself before
February 28, 2027, so that you choose the time and can test your
application first. Use a blue/green deployment to keep the downtime short.

%s
""" % AWS_FOOTER,
    label=L("action-required", ["RDS"], ["902615374488"], ["ca-central-1", "sa-east-1"],
            "2027-02-28", "verified", False, S,
            "Engine end of Extended Support the customer must act on -> action-required. "
            "Subject date February 28, 2027 (also the upgrade-before date) -> deadline; the "
            "December 15, 2026 create/restore block is an earlier restriction, the automatic "
            "upgrade from March 1, 2027 a later consequence."))

S = src("doks-version-unsupported", "Issue quoting a DigitalOcean mail: 'Your cluster ... is "
        "running version ... of DigitalOcean Kubernetes that will no longer be supported'",
        "https://github.com/MinBZK/regels.overheid.nl/issues/490")
add("023-doks-cluster-version-unsupported.eml",
    frm=("DigitalOcean", "noreply@digitalocean.com"), to=TO_DEV,
    subject="Your Kubernetes cluster k8s-prod-ams3 runs a version that will no longer be supported",
    date="2026-11-05 12:00:00 +0000", auth_results=A_DO,
    body="""\
Hello,

Your cluster k8s-prod-ams3 (datacenter AMS3) is running version
1.32.9-do.2 of DigitalOcean Kubernetes. This version reaches end of life on
December 10, 2026, and will no longer receive patches after that date.

Please upgrade the cluster to 1.33 before December 10, 2026. You can start
the upgrade from the Kubernetes page of the control panel or with:

  doctl kubernetes cluster upgrade k8s-prod-ams3 --version 1.33.6-do.0

Clusters that are still on 1.32 after December 10 will be upgraded
automatically during their next maintenance window. To reduce disruption
during any upgrade, enable surge upgrades and make sure your workloads have
more than one replica and a PodDisruptionBudget.

Check the 1.33 changelog for API removals that may affect your manifests.

Thanks,
The DigitalOcean Team
""",
    label=L("action-required", ["digitalocean:Kubernetes"], [], ["ams3"], "2026-12-10",
            "verified", False, S,
            "No date in the subject; body: version end of life, 'upgrade ... before December 10, "
            "2026' -> action-required, act-by date -> deadline. Automatic upgrade afterwards is a "
            "later consequence.", provider="digitalocean"))

S = src("gcp-beta-discontinued-reminder", "Issue quoting a Google Cloud follow-up reminder that "
        "a beta API will be discontinued, listing affected projects and the replacement",
        "https://github.com/vmware/vic/issues/7126")
add("024-gcp-reminder-os-config-guest-policies.eml",
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"), to=TO_OPS,
    subject="[Reminder] Migrate your projects from OS Config guest policies to OS policies by "
            "February 1, 2027",
    date="2026-10-22 17:20:00 +0000", auth_results=A_GOOGLE,
    body="""\
Hello Google Cloud customer,

This is a follow-up to our notice of April 2026. OS Config guest policies, a
beta feature of VM Manager, will be turned down on February 1, 2027. OS
policies, which are generally available, replace them.

After February 1, 2027, guest policies will no longer be applied to your
VMs, and the guest policies API will return errors.

Your projects below used guest policies in the last 30 days:

  ridge-analytics-prod (project number 730518264097)
  ridge-analytics-dev  (project number 730518264310)

What you need to do
Re-create each guest policy as an OS policy assignment and check that it
reports compliance on your VMs, then delete the guest policy. Please
complete the migration before February 1, 2027.

Thanks for choosing Google Cloud.

- The Google Cloud Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about
important changes to Google Cloud Platform or your account.
""",
    label=L("action-required", ["google-cloud:VM Manager"], [], [], "2027-02-01", "verified", True,
            S,
            "'[Reminder] Migrate ... by February 1, 2027' -> action-required, reminder (refers to "
            "an earlier notice). Migrate-by and turn-down date -> deadline. Two 12-digit project "
            "numbers are traps. No Region.", traps=["730518264097", "730518264310"],
            provider="google-cloud"))

S = src("phish-ownership-7days-ja", "Japanese write-up of a phishing mail in Amazon's name: prove "
        "account ownership within 7 days or the account is deleted",
        "https://to65.net/spam-amazon20220219")
add("025-phish-mfa-reregistration-ja.eml",
    frm=("Amazon Web Services", "security@aws-securecenter.jp"), to=TO_JA,
    subject="【重要】AWS アカウントの多要素認証 (MFA) 再登録のお願い (7日以内)",
    date="2026-11-26 11:48:03 +0000",
    auth_results=base.auth(domain="aws-securecenter.jp", mailfrom="aws-securecenter.jp",
                           dmarc="none", mx="mx.example.co.jp"),
    charset="utf-8", cte="base64", lang="ja",
    body="""\
AWS をご利用のお客様

平素より Amazon Web Services をご利用いただき、ありがとうございます。

セキュリティポリシーの改定に伴い、すべてのルートユーザーに多要素認証 (MFA)
デバイスの再登録をお願いしております。

お客様のアカウントは、まだ再登録が完了しておりません。
7日以内に下記のページから再登録を行ってください。

  ▼再登録はこちら
  https://signin-aws.account-mfa-update.jp/mfa/register?id=JP7K2QX

期限内に再登録が確認できない場合、お客様のアカウントは停止され、
保存されているデータおよびリソースはすべて削除されます。

※本メールは送信専用です。

Amazon Web Services セキュリティセンター
""",
    label=L("action-required", ["IAM"], [], [], "2026-12-03", "suspicious", False, S,
            "Japanese look-alike (aws-securecenter.jp, DMARC none, link to a foreign domain) "
            "claiming a mandatory MFA re-registration -> category of the claim, "
            "action-required, suspicious. Lure deadline '7日以内' from 2026-11-26 -> 2026-12-03."))

# ==========================================================================
# MAINTENANCE (026-030)
# ==========================================================================

S = src("elasticache-node-replacement", "Issue quoting an ElastiCache mail: nodes planned for "
        "replacement in the maintenance window to apply mandatory patches, optional "
        "self-service, schedule of remaining nodes", "https://github.com/mozmeao/infra/issues/938")
add("026-action-required-elasticache-node-replacement.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="[Action Required] Amazon ElastiCache node replacement - US West (Oregon)",
    date="2026-10-16 06:20:00 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

Some Amazon ElastiCache nodes in your AWS account 431096825574 are
scheduled to be replaced during their clusters' maintenance windows. The
replacement applies mandatory patches that improve the security and
reliability of the nodes. AWS performs the replacement; you do not have to
do anything.

Replacement schedule (US West (Oregon), us-west-2)
  Cluster             Node                    Replacement time
  sessions-prod       sessions-prod-0001-001  09:00 UTC, October 25, 2026
  sessions-prod       sessions-prod-0001-002  09:30 UTC, October 25, 2026
  ratelimit-cache     ratelimit-cache-0001    10:00 UTC, November 1, 2026

During a replacement, a replica is promoted if the cluster has one, and
clients reconnect within seconds. A cluster with a single node is
unavailable for a few minutes.

If you prefer to control the timing, you can replace the nodes yourself
before the scheduled time, by changing the maintenance window or by adding
and removing replicas as described in the ElastiCache User Guide. Nodes
that you replace yourself are removed from the schedule above.

Nodes may also be replaced outside these times if the underlying hardware
fails.

%s
""" % AWS_FOOTER,
    label=L("maintenance", ["ELASTICACHE"], ["431096825574"], ["us-west-2"], "2026-10-25",
            "verified", False, S,
            "Subject carries '[Action Required]', but AWS replaces the nodes itself and "
            "self-service is optional -> maintenance. Earliest replacement still ahead, "
            "October 25, 2026 -> deadline (date the change takes effect)."))

_p27 = ["Hello,",
        "Amazon MSK will apply security patches to the brokers of your provisioned cluster "
        "orders-stream in the Asia Pacific (Sydney) Region. The patches update the operating "
        "system of the broker hosts.",
        "Patching starts in the cluster's maintenance window on Wednesday, November 18, 2026 at "
        "03:00 UTC. Brokers are restarted one at a time, and each broker is back in the cluster "
        "before the next one starts. Partition leadership moves to other brokers while a broker "
        "restarts.",
        "You do not need to do anything. Clients that use a replication factor of 3, "
        "min.insync.replicas of 2 and retries on transient errors should see only short latency "
        "increases. Avoid changes to the cluster configuration while the patching runs."]
_arn27 = health_arn("ap-southeast-2", "KAFKA", "AWS_KAFKA_SECURITY_PATCHING_SCHEDULED", "c81f2d07")
_rows27 = [("Affected account", "657201938845"), ("Service", "KAFKA"),
           ("Event type code", "AWS_KAFKA_SECURITY_PATCHING_SCHEDULED"),
           ("Event type category", "Scheduled change"), ("Region", "ap-southeast-2"),
           ("Start time", "Wed, 18 Nov 2026 03:00:00 GMT"),
           ("End time", "Wed, 18 Nov 2026 07:00:00 GMT"), ("Status", "Upcoming")]
_res27 = ["arn:aws:kafka:ap-southeast-2:657201938845:cluster/orders-stream/"
          "6f1d2c3b-8a9e-4f7d-b2c1-e3d4f5a6b7c8-s2"]
S = src("msk-maintenance-ops", "Pull request adding MSK operations guidance (maintenance windows, "
        "rolling broker restarts, client settings that ride through them)",
        "https://github.com/aws/tools-for-devops-agent/pull/19")
add("027-health-msk-broker-patching.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="Amazon MSK security patching for cluster orders-stream [AWS Account: 657201938845] "
            "[AP-SOUTHEAST-2]",
    date="2026-11-10 22:03:00 +0000", auth_results=A_HEALTH,
    body=un_text(_p27, _arn27, _rows27, _res27),
    html=un_html("Amazon MSK security patching for cluster orders-stream", _p27, _arn27, _rows27,
                 host="m4tqz8ka", seed="027", resources=_res27),
    label=L("maintenance", ["KAFKA"], ["657201938845"], ["ap-southeast-2"], "2026-11-18",
            "verified", False, S,
            "AWS patches the brokers in the maintenance window, no action needed -> maintenance. "
            "Window start November 18, 2026 -> deadline. Region from suffix, ARN and name."))

S = src("alibaba-ecs-system-events", "Alibaba Cloud documentation (Japanese) on ECS system events: "
        "scheduled maintenance reboots announced in advance, with the planned time",
        "https://jp.alibabacloud.com/help/doc-detail/66574.htm")
add("028-alibaba-ecs-system-maintenance-ja.eml",
    frm=("Alibaba Cloud", "no-reply@notice.alibabacloud.com"), to=TO_JA2,
    subject="【Alibaba Cloud】ECS インスタンスのシステムメンテナンス (再起動) 予定のお知らせ",
    date="2026-11-12 06:00:00 +0000", auth_results=A_ALIBABA_JA,
    charset="utf-8", cte="qp", lang="ja",
    body="""\
Alibaba Cloud をご利用いただき、誠にありがとうございます。

お客様の ECS インスタンスが稼働している物理サーバーで、定期メンテナンスを
実施する必要があることが判明しました。そのため、下記のとおりシステム
イベント (インスタンスの再起動) を予定しております。

  インスタンス ID:  i-6we3k9x0p2dq7m1zb4aa
  インスタンス名:   web-tokyo-02
  リージョン:       日本 (東京) ap-northeast-1 / ゾーン B
  イベント:         SystemMaintenance.Reboot
  予定日時:         2026年11月19日 14:00 (UTC+9)
  影響:             インスタンスが再起動されます (数分程度)

お客様による対応は必須ではありません。ご都合のよい時間に再起動したい場合は、
予定日時より前に ECS コンソールの「イベント」ページからインスタンスを
再起動するか、イベントの実行日時を変更してください。再起動が完了すると、
このイベントは自動的に終了します。

Alibaba Cloud
""",
    label=L("maintenance", ["alibaba-cloud:Elastic Compute Service"], [], ["ap-northeast-1"],
            "2026-11-19", "verified", False, S,
            "Japanese system-event notice (UTF-8 quoted-printable): the provider reboots the "
            "instance for host maintenance; action optional -> maintenance. Planned time "
            "2026年11月19日 14:00 UTC+9 = 05:00 UTC the same day -> deadline. Alibaba's Tokyo "
            "Region code ap-northeast-1.", provider="alibaba-cloud"))

_p29 = ["Hello,",
        "Amazon FSx will install Windows Server updates on your FSx for Windows File Server file "
        "system fs-0a1b2c3d4e5f6a7b8 (Single-AZ 2) in the Europe (Ireland) Region.",
        "The update runs in the file system's weekly maintenance window on Saturday, November 7, "
        "2026, between 02:00 and 02:30 UTC. Single-AZ file systems are unavailable for up to "
        "20 minutes while the update runs; SMB clients reconnect automatically afterwards.",
        "No action is required. If the time does not suit you, move the weekly maintenance "
        "window in the Amazon FSx console. Updates that are not installed within 14 days of "
        "release are installed at the next available time."]
_arn29 = health_arn("eu-west-1", "FSX", "AWS_FSX_WINDOWS_MAINTENANCE_SCHEDULED", "4d9b7e21")
_rows29 = [("Affected account", "783019264507"), ("Service", "FSX"),
           ("Event type code", "AWS_FSX_WINDOWS_MAINTENANCE_SCHEDULED"),
           ("Event type category", "Scheduled change"), ("Region", "eu-west-1"),
           ("Start time", "Sat, 07 Nov 2026 02:00:00 GMT"),
           ("End time", "Sat, 07 Nov 2026 02:30:00 GMT"), ("Status", "Upcoming")]
_res29 = ["arn:aws:fsx:eu-west-1:783019264507:file-system/fs-0a1b2c3d4e5f6a7b8"]
S = src("fsx-windows-maintenance-windows", "FSx for Windows File Server guide (German) on "
        "maintenance windows: weekly patching, at least once every 14 days, Single-AZ downtime",
        "https://docs.aws.amazon.com/de_de/fsx/latest/WindowsGuide/maintenance-windows.html")
add("029-health-fsx-windows-maintenance.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="Maintenance scheduled for your Amazon FSx for Windows File Server file system "
            "[AWS Account: 783019264507] [EU-WEST-1]",
    date="2026-10-29 14:40:00 +0000", auth_results=A_HEALTH,
    body=un_text(_p29, _arn29, _rows29, _res29),
    html=un_html("Maintenance scheduled for your Amazon FSx for Windows File Server file system",
                 _p29, _arn29, _rows29, host="f2wq7nxa", seed="029", resources=_res29),
    label=L("maintenance", ["FSX"], ["783019264507"], ["eu-west-1"], "2026-11-07", "verified",
            False, S,
            "AWS installs updates in the weekly window; moving the window is optional -> "
            "maintenance. Window date November 7, 2026 -> deadline."))

S = src("oci-infra-maintenance", "OCI Compute documentation on infrastructure maintenance "
        "(scheduled reboot migration with a due date, customer may reboot earlier)",
        "https://docs.oracle.com/en-us/iaas/Content/Compute/References/infrastructure-"
        "maintenance.htm")
add("030-oci-maintenance-reboot-due.eml",
    frm=("Oracle Cloud Infrastructure", "noreply@notification.eu-frankfurt-1.oci.oraclecloud.com"),
    to=TO_OPS,
    subject="OCI Compute: maintenance reboot scheduled for instance app-vm-02 (due 2026-09-23)",
    date="2026-09-08 09:30:00 +0000", auth_results=A_OCI,
    body="""\
Oracle Cloud Infrastructure

Scheduled maintenance for a compute instance

The physical host of the instance below needs maintenance. Because the
instance cannot be live migrated, we will reboot-migrate it to a healthy
host at the maintenance due time.

  Tenancy:       northwind
  Compartment:   prod
  Instance:      app-vm-02
  OCID:          ocid1.instance.oc1.eu-frankfurt-1.anthelljtxq4kmb3rz7yvdwcnpfoeh2sua5gi6
  Shape:         VM.Standard.E4.Flex
  Region:        eu-frankfurt-1 (Germany Central, Frankfurt)
  Due:           2026-09-23 06:00 UTC

During the reboot migration the instance is stopped, moved and started
again; expect a few minutes of downtime. Boot and block volumes and the
private IP address are kept.

You can choose the time yourself: reboot the instance from the Console
(Instance details > Reboot) at any time before the due time, and the
migration happens during that reboot.

This is an automated message from Oracle Cloud Infrastructure. Please do not
reply.
""",
    label=L("maintenance", ["oracle-cloud:Compute"], [], ["eu-frankfurt-1"], "2026-09-23",
            "verified", False, S,
            "Provider reboot-migrates the instance for host maintenance; an earlier reboot is "
            "optional -> maintenance. Due date in the subject, 2026-09-23 -> deadline. Sender is "
            "an OCI Notifications address whose host names the home Region.",
            provider="oracle-cloud"))

# ==========================================================================
# PRICING (031-033)
# ==========================================================================

S = src("gcp-pricing-update-issue", "Issue tracking a Google Cloud infrastructure pricing update "
        "(Cloud Storage, Persistent Disk snapshots, new SKUs first, existing ones later)",
        "https://github.com/Cyclenerd/google-cloud-pricing-cost-calculator/issues/15")
add("031-gcp-billing-notice-price-changes.eml",
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"), to=TO_BILL,
    subject="[Billing Notice] Upcoming price changes for Cloud Storage and Persistent Disk "
            "snapshots on February 1, 2027",
    date="2026-10-01 16:00:00 +0000", auth_results=A_GOOGLE,
    body="""\
Hello,

We are writing to tell you about changes to the prices of some Cloud Storage
and Compute Engine services that your Cloud Billing account
01A7F3-9C2B4D-E58F10 uses.

What is changing
  - Cloud Storage: the price of Standard storage in multi-regions rises, and
    a new inter-region replication charge applies to dual-region buckets.
  - Compute Engine: standard Persistent Disk snapshots are billed per GB
    stored and per region; a cheaper archive snapshot SKU is added.

When
  December 1, 2026   The new SKUs appear in the catalog and apply to new
                     buckets and snapshot schedules.
  February 1, 2027   The new prices apply to all existing usage.

Example: multi-region Standard storage in the US rises from $0.026 to
$0.028 per GB per month; in asia-northeast1 (Tokyo), regional Standard
storage stays at $0.023.

What you can do
Use the attached estimate, which is based on your usage in the last 90
days, to see how your costs may change. Customers with a committed-use
contract keep their current prices until the contract renews.

The Google Cloud Billing Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    label=L("pricing", ["google-cloud:Cloud Storage", "google-cloud:Compute Engine"], [], [],
            "2027-02-01", "verified", False, S,
            "'[Billing Notice]' price changes -> pricing. The subject names the date the new "
            "prices take effect for existing usage, February 1, 2027 -> deadline; December 1 "
            "applies only to new resources. asia-northeast1 appears only as a price example -> "
            "regions []. Billing account id is alphanumeric.", provider="google-cloud"))

S = src("lambda-init-billing", "Blog post on AWS Lambda's standardized billing of the INIT phase "
        "(effective date, what was unbilled before, how it is priced)",
        "https://www.cloudthat.com/resources/blog/understanding-the-new-aws-lambda-init-phase-"
        "billing-model")
add("032-lambda-snapstart-restore-billing.eml",
    frm=AWS_NOREPLY, to=TO_BILL,
    subject="Change to AWS Lambda billing for SnapStart restores starting January 4, 2027",
    date="2026-09-09 19:00:00 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

Starting January 4, 2027, AWS Lambda will include the time a SnapStart
function spends restoring its snapshot in the billed duration of the
invocation. Today the restore time is billed as a separate, lower
"SnapStart restore" charge per GB of cached snapshot.

Who is affected
AWS account 629481037512 ran SnapStart-enabled functions in the US East
(N. Virginia) and Europe (Paris) Regions in August 2026.

What changes
  - The restore phase is billed at the on-demand duration price of the
    function, for example $0.0000166667 per GB-second for x86 functions in
    US East (N. Virginia).
  - The separate SnapStart restore charge and the SnapStart cache charge are
    removed.

For most workloads restores happen on well under 1%% of invocations, so the
change in the monthly bill should be small. You can estimate it from the
RestoreDuration value in the REPORT lines of your function logs.

No action is required.

%s
""" % AWS_FOOTER,
    label=L("pricing", ["LAMBDA"], ["629481037512"], ["eu-west-3", "us-east-1"], "2027-01-04",
            "verified", False, S,
            "Billing-model change -> pricing, effective date January 4, 2027 (also in the "
            "subject) -> deadline. Regions where the account ran the affected functions are "
            "labelled; US East is also the price example."))

S = src("azure-batch-pricing", "Azure Batch notice: pool pricing changes as network resources "
        "move to standard load balancers, rolled out between two dates",
        "https://github.com/Azure/Batch/issues/167")
add("033-azure-batch-pool-pricing-change.eml",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"), to=TO_BILL,
    subject="Azure Batch: pricing for pools with public IP addresses changes in February 2027",
    date="2026-11-16 18:30:00 +0000", auth_results=A_MSFT,
    body="""\
Microsoft Azure

Pricing for Azure Batch pools with public IP addresses will change

You're receiving this e-mail because you use Azure Batch in the
subscription Research-Compute (c3e8a1f5-7b2d-4e9c-a6f0-b8d2c4e6a1f7).

  Batch account:  rcbatchuks
  Location:       UK South (uksouth)
  Pools affected: render-pool, genome-pool

To support new networking features, Batch will create standard load
balancers and standard static public IP addresses for pools that have
public node communication, instead of the basic resources it uses today.
The change rolls out between 1 February 2027 and 21 February 2027.

From the day the change reaches your pools, you'll be charged for:
  - the standard public IP addresses, per hour;
  - the data that the load balancer processes for your nodes, including
    task output files and container images pulled through it.

Recommended action
If your pools don't need public IP addresses, switch them to simplified
node communication without public IP addresses. This avoids the new
charges.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""",
    label=L("pricing", ["azure:Azure Batch"], [], ["uksouth"], "2027-02-01", "verified", False, S,
            "New charges from a networking change -> pricing. Rolling window 1-21 February 2027; "
            "the change can take effect from the first day -> 2027-02-01 (the subject gives "
            "only the month). Region UK South (uksouth).", provider="azure"))

# ==========================================================================
# BILLING (034-036)
# ==========================================================================

S = src("alibaba-ecs-overdue", "Alibaba Cloud ECS documentation on overdue payments (deduction "
        "attempts on T, T+7 and T+14, pay-as-you-go instances stopped on day T+15)",
        "https://www.alibabacloud.com/help/en/ecs/overdue-payments")
add("034-alibaba-overdue-payment.eml",
    frm=("Alibaba Cloud", "no-reply@notice.alibabacloud.com"), to=TO_BILL,
    subject="Your Alibaba Cloud account has an overdue payment",
    date="2026-10-06 01:10:00 +0000", auth_results=A_ALIBABA,
    body="""\
Dear customer,

The available credit in your Alibaba Cloud account (UID 5842771933081465) was
not enough to settle the bill of October 5, 2026, and the payment is now
overdue.

  Overdue amount:   USD 412.87
  Bill:             pay-as-you-go usage, September 2026
  Resources:        3 pay-as-you-go ECS instances and 2 disks in
                    Singapore (ap-southeast-1)

While the payment is overdue you can keep using your existing resources,
but you cannot buy new resources, renew subscriptions or change instance
types. We will try to deduct the amount again on October 12 and October 19.

If the overdue amount is not settled by October 20, 2026, the pay-as-you-go
instances will be stopped on that day. Instances that stay stopped for
another 15 days are released, and their data cannot be recovered.

To settle the bill, add funds or a payment method on the Expenses and
Costs page of the console.

Alibaba Cloud Billing
""",
    label=L("billing", ["alibaba-cloud:Billing"], [], ["ap-southeast-1"], "2026-10-20",
            "verified", False, S,
            "Overdue payment -> billing. Explicit act-by date (settle by October 20, 2026 or the "
            "instances stop) -> deadline; the retry dates are not deadlines, the release 15 days "
            "later is a consequence. Resources in Alibaba's Singapore Region (ap-southeast-1).",
            provider="alibaba-cloud"))

S = src("budgets-daily-ja", "Japanese how-to on AWS Budgets daily cost budgets and their "
        "threshold e-mail alerts", "https://www.spread1.co.jp/wp/?p=3296")
add("035-budgets-daily-threshold-ja.eml",
    frm=AWS_BUDGETS, to=TO_JA,
    subject="AWS Budgets: 予算「daily-dev-sandbox」の実績がしきい値を超えました",
    date="2026-11-21 00:05:10 +0000", auth_results=A_BUDGETS_JA,
    charset="utf-8", cte="base64", lang="ja",
    body="""\
AWS Budgets からのお知らせ

AWS アカウント 298164057312 の予算「daily-dev-sandbox」について、
設定されたしきい値を超えましたのでお知らせします。

  予算名:         daily-dev-sandbox
  予算の種類:     コスト (日次)
  対象期間:       2026年11月20日 (UTC)
  予算額:         40.00 USD
  アラートの条件: 実績コストが予算額の 100% を超えた場合
  実績コスト:     57.82 USD (予算額の 144.55%)

コストの内訳は AWS Cost Explorer でご確認いただけます。
予算やアラートの設定は、AWS Budgets のダッシュボードで変更できます。

このメールは、お客様が AWS Budgets で設定した通知先に送信されています。
""",
    label=L("billing", ["BILLING"], ["298164057312"], [], None, "verified", False, S,
            "Japanese AWS Budgets actual-cost alert (UTF-8 base64) -> billing. No act-by date -> "
            "null. No Region."))

S = src("ovh-phish-domain-fees", "Article on phishing mails in OVHcloud's name claiming unpaid "
        "domain fees, suspension and deletion within three days",
        "https://tarnkappe.info/artikel/cyberangriffe/ovhcloud-im-fokus-der-phisher-299060.html")
add("036-phish-ovh-domain-renewal.eml",
    frm=("OVHcloud", "billing@ovhcloud-renewal.com"), to=TO_BILL,
    subject="Suspension of your domain example-shop.fr - payment not received",
    date="2026-09-28 07:33:19 +0000",
    auth_results=base.auth(domain="ovhcloud-renewal.com", mailfrom="ovhcloud-renewal.com",
                           dmarc="none"),
    body="""\
Dear customer,

Our billing system has detected that the renewal of your domain
example-shop.fr was not paid, despite our reminders. The domain has
therefore been suspended and your website and e-mail addresses no longer
work.

To reactivate the domain, please pay the renewal fee of 7.99 EUR within
3 days:

  https://ovhcloud-renewal.com/manager/billing/renew?domain=example-shop.fr

If we do not receive the payment within this period, the domain will be
deleted and may be registered by someone else.

Best regards,
OVHcloud Billing Department
""",
    label=L("billing", ["ovhcloud:Domain Names"], [], [], "2026-10-01", "suspicious", False, S,
            "Look-alike sender ovhcloud-renewal.com (DMARC none), no NIC handle in the subject, "
            "payment link on the same foreign domain: an urgent payment lure imitating OVHcloud "
            "-> category of the claim, billing, suspicious. 'Within 3 days' of 2026-09-28 -> "
            "2026-10-01.", provider="ovhcloud"))

# ==========================================================================
# INFORMATIONAL (037-040)
# ==========================================================================

S = src("custodian-case-subject", "Pull request that puts the account ID in the subject of "
        "service-limit cases, because AWS's replies to resolved cases do not name the account",
        "https://github.com/cloud-custodian/cloud-custodian/pull/1556")
add("037-support-case-resolved-ebs-quota.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="[Case 178120993400172] [Account:341906728855] Raise gp3 storage limit in us-east-1 "
            "- Resolved",
    date="2026-09-19 03:22:00 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

We have resolved your case. A summary of the final correspondence follows.

Case ID:  178120993400172
Subject:  [Account:341906728855] Raise gp3 storage limit in us-east-1
Status:   Resolved

----------------------------------------------------------------------
Your request to increase the quota "Storage for General Purpose SSD (gp3)
volumes, in TiB" in the US East (N. Virginia) Region has been approved.
The new value is 150 TiB. It is in effect now and appears in the Service
Quotas console.

If you need anything else about this request, reply to the case in the
Support Center within the next 14 days and it will reopen automatically.
After that, please open a new case.
----------------------------------------------------------------------

Was this answer helpful? Rate it in the Support Center:
%s

%s
""" % (awstrack("r2nw9xqc", "https://console.aws.amazon.com/support/home#/case/?displayId="
                "178120993400172&language=en", "037"), SUPPORT_FOOTER),
    label=L("informational", ["EBS"], ["341906728855"], ["us-east-1"], None, "verified", False, S,
            "A resolved Support case: quota increase granted, nothing to do -> informational, "
            "null (the 14-day reopen window is not a deadline). Account only in the bracketed "
            "subject tag and case subject."))

_p38_text = """\
Amazon S3 Vectors is now available in three more Regions

Starting today, November 18, 2026, you can create vector buckets and vector
indexes with Amazon S3 Vectors in the Asia Pacific (Osaka), Europe (Milan)
and South America (Sao Paulo) Regions. S3 Vectors stores vector embeddings
durably in Amazon S3 and answers similarity queries in well under a second,
without a separate vector database to run.

With this launch, S3 Vectors is available in 17 AWS Regions. Amazon Bedrock
Knowledge Bases can use a vector index in any of them as its vector store.

Join the live webinar "Building retrieval on S3 Vectors" on December 3,
2026, and look out for the preview of hybrid (keyword and vector) search,
which opens in January 2027.

Get started in the Amazon S3 console: https://console.aws.amazon.com/s3/vector-buckets

You are receiving this e-mail because you are subscribed to AWS product
announcements. Unsubscribe: https://pages.awscloud.com/communication-preferences
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
"""
_p38_html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Amazon S3 Vectors in three more Regions</title></head>
<body style="margin:0;background:#ffffff;font-family:Arial,sans-serif;color:#16191f">
<table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;color:#ffffff;padding:16px 24px;font-size:18px">Amazon Web Services</td></tr>
<tr><td style="padding:20px 24px 6px 24px;font-size:22px;font-weight:bold">Amazon S3 Vectors is now available in three more Regions</td></tr>
<tr><td style="padding:0 24px;font-size:14px;line-height:21px">
<p>Starting today, <b>November 18, 2026</b>, you can create vector buckets and vector indexes with
Amazon S3 Vectors in the Asia Pacific (Osaka), Europe (Milan) and South America (Sao Paulo) Regions.
S3 Vectors stores vector embeddings durably in Amazon S3 and answers similarity queries in well under a
second, without a separate vector database to run.</p>
<p>With this launch, S3 Vectors is available in 17 AWS Regions. Amazon Bedrock Knowledge Bases can use a
vector index in any of them as its vector store.</p>
<p>Join the live webinar <i>Building retrieval on S3 Vectors</i> on December 3, 2026, and look out for the
preview of hybrid (keyword and vector) search, which opens in January 2027.</p>
<p style="margin:20px 0"><a href="https://console.aws.amazon.com/s3/vector-buckets" style="background:#ff9900;color:#16191f;padding:9px 18px;text-decoration:none;font-weight:bold">Get started</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#545b64;border-top:1px solid #eaeded">
You are receiving this e-mail because you are subscribed to AWS product announcements.
<a href="https://pages.awscloud.com/communication-preferences" style="color:#545b64">Unsubscribe</a><br>
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr>
</table>
</body></html>
"""
S = src("s3-vectors-ga", "Article on the general availability of Amazon S3 Vectors (scale, "
        "Regions, Bedrock Knowledge Bases integration)",
        "https://bybowu.com/article/amazon-s3-vectors-ga-rag-at-billionvector-scale")
add("038-s3-vectors-region-launch.eml",
    frm=AWS_MARKETING, to=TO_DEV,
    subject="Now available: Amazon S3 Vectors in Osaka, Milan and Sao Paulo",
    date="2026-11-18 17:00:00 +0000", auth_results=A_AMAZON,
    body=_p38_text, html=_p38_html,
    label=L("informational", ["S3VECTORS"], [], [], None, "verified", False, S,
            "Feature launch with dates (available today, webinar December 3, preview in January "
            "2027) -> informational, null: none of the dates asks the reader to act. Regions are "
            "news, not affected resources -> regions []."))

S = src("ses-limit-raised", "Issue noting that the Amazon SES case was answered: out of the "
        "sandbox with a 50,000-per-day quota and a rate of 14 messages per second",
        "https://github.com/cul-2016/quiz/issues/257")
add("039-ses-production-access-granted.eml",
    frm=AWS_NOREPLY, to=TO_DEV,
    subject="Case 177410665800129: Amazon SES production access - Europe (Frankfurt)",
    date="2026-10-14 11:47:00 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

Thank you for the details you sent about how you collect addresses and
handle bounces and complaints.

We have granted your request. Amazon SES in the Europe (Frankfurt) Region is
no longer in the sandbox for AWS account 560381729416. Your new sending
limits are:

  Sending quota:      50,000 messages per 24-hour period
  Maximum send rate:  14 messages per second

You can now send to addresses that you have not verified. Keep in mind that
we expect senders to keep the bounce rate below 5%% and the complaint rate
below 0.1%%. You can follow both on the Reputation metrics page of the SES
console. If you need higher limits later, request them in Service Quotas.

We have marked this case as resolved.

%s
""" % SUPPORT_FOOTER,
    label=L("informational", ["SES"], ["560381729416"], ["eu-central-1"], None, "verified", False,
            S,
            "Production access granted in a Support case reply -> informational, null. The "
            "bounce/complaint thresholds are guidance, not a date. Region by name only."))

S = src("cloudflare-domain-status", "Cloudflare documentation mirror on domain statuses (pending, "
        "active, moved, deleted; e-mail on status change)",
        "https://cloudflare-docs-ai.pages.dev/dns/zone-setups/reference/domain-status/")
add("040-cloudflare-zone-active.eml",
    frm=("Cloudflare", "noreply@notify.cloudflare.com"), to=TO_OPS,
    subject="northwind-cargo.com is now active on a Cloudflare Free plan",
    date="2026-09-30 13:14:00 +0000", auth_results=A_CLOUDFLARE,
    body="""\
Hi,

Good news: Cloudflare now answers DNS queries for northwind-cargo.com, and the
domain is active on a Free plan.

We confirmed that the domain's nameservers at your registrar are:

  ada.ns.cloudflare.com
  tom.ns.cloudflare.com

What happens now
  - Traffic to proxied records goes through Cloudflare's network.
  - A Universal SSL certificate for northwind-cargo.com and its first-level
    subdomains is being issued. This usually takes less than 15 minutes.
  - You can change DNS records, caching and security settings at any time in
    the dashboard.

If you did not expect this change, check who has access to your Cloudflare
account and to the domain at your registrar.

Thanks,
The Cloudflare Team

Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107
""",
    label=L("informational", ["cloudflare:DNS"], [], [], None, "verified", False, S,
            "Zone activation confirmation -> informational, null. The certificate issuance is "
            "automatic; nothing to do.", provider="cloudflare"))

# ==========================================================================
# writing and checking
# ==========================================================================

MARKER_RE = re.compile(r"action\s+required|action\s+needed|要対応|ご対応が必要", re.I)


def _unmarked(spec, msg, text):
    """A genuine action-required notice of this batch carries no [Action Required]-style marker."""
    lab = spec["label"]
    if (lab["category"] == "action-required" and lab["trust"] != "suspicious"
            and MARKER_RE.search(str(msg["Subject"]))):
        return ["genuine action-required notice carries an [Action Required]-style marker"]
    return []


def main():
    catalogue = common.catalogue_ids()
    BATCH.write(build=base.build, readme=README, sources=SRC,
                errors=common.source_errors(MSGS, SRC, common.earlier_sources(BATCH.sub)),
                check=lambda spec, raw: common.check(spec, raw, senders=PROVIDER_DOMAINS,
                                                     aws_services=catalogue, extra=[_unmarked]),
                report=[("trust", common.provider_line), ("language", common.critical_line)])


README = """\
# aws-wording-4: more notices in new wording (AWS and ten other providers)

%(n)d notices (`NNN-short-name.eml`) with labels in `labels.json` (paths relative to the
parent `corpus/` folder). Everything here is written by `generate.py` (standard library only,
deterministic; it imports the MIME helpers and `auth()` from the parent `generate.py`):

    python3 Tests/Fixtures/Resources/corpus/aws-wording-4/generate.py

It rewrites the `.eml` files, `labels.json` and this README, parses every file back and checks
the labels against the decoded text (labelled account IDs present, every other 12-digit run a
declared trap, labelled regions present as code or name, Date within 2026-09-01..2026-11-30, no
deadline before the Date, no run of 12+ digits in a Message-ID, verified mail sent from the
provider's own domain with passing authentication, non-AWS notices without AWS accounts, AWS
services are `id`s of `Sources/DigestClassify/Resources/services.json`, other providers'
services carry the `<provider>:` prefix, no genuine action-required subject carries an
[Action Required]-style marker, every source is used once and by no earlier batch, files
exist). It exits 1 on a mismatch. Edit the script, not the files.

All labels were decided by reading the messages; the classifier was neither run nor read.
Wording is our own; shapes (subjects, senders, structure, date kinds, account and region
notation) follow the public pages listed under Sources, none of which an earlier batch uses
as a source or cites in a note or README. Account IDs, case, ticket and resource IDs, prices
and most 2026-2027 changes are invented for the autumn-2026 setting (the MWAA, RDS MySQL 5.7
timeline, Alibaba Cloud RDS, DigitalOcean 1.32, OS Config guest policy, Lambda SnapStart,
Google Cloud price and Azure Batch dates, the OpenSearch Extended Support fee start). Real
dates kept where public: Amazon Pinpoint support ends October 30, 2026; Lambda Ruby 3.3 is
deprecated March 31, 2027 (create blocked April 30, update May 31); Heroku-22 is supported
through April 2027; Azure Cache for Redis takes no new instances from October 1, 2026 and
retires September 30, 2028; Elasticsearch 7.9/7.10 on OpenSearch Service leaves standard
support on November 7, 2027.

## Deadline rule used

The product owner's rule governs where the parent README differs: the deadline is the date
the reader must act by; when the subject names the date of an event (end of support,
retirement, a change taking effect), that date; an earlier restriction (no new
creation/purchases from a date) is not the deadline unless the reader's action is tied to it;
a later consequence (automatic upgrade, extra charges, deletion after the end) is not the
deadline; with no act-by date and no subject date, the date the change takes effect; relative
deadlines ('within 24 hours', '5 business days', '5日以内') are resolved from the Date header;
null for informational, billing and security-advisory notices unless they set an explicit
action date; for phishing, the date the lure claims.

## What is in the batch

- Critical (%(crit)d). Abuse: an OVHcloud anti-hack IP block (001); a CERT-Bund botnet (C2
  sinkhole) report relayed by Hetzner's abuse team (002); a Linode DMCA ticket with 96 hours
  to remove the content (003); an SES bounce enforcement visible only in the body of 'Case ...
  update' (004); a Google Cloud project suspended for hosting phishing (005); a Japanese Trust &
  Safety report of an EC2 open resolver used for DNS amplification (006). Security incidents:
  an access key found by AWS's public-code scanner under 'Information about your AWS account'
  (007); a root sign-in from a new country, no MFA, in the customer's SNS alert under 'AWS
  Notification Message' (008); an IAM user launching GPU instances in six Regions (009); a
  GuardDuty InstanceCredentialExfiltration finding forwarded inline (010); an HTML-only Entra
  ID Protection 'Users at risk detected' mail (011); a Japanese compromise notice under a bland
  subject (012); a look-alike Azure 'unusual sign-in' phish (013).
- Action required, none with an [Action Required] marker: 'Upgrade ... before' (014,
  OpenSearch, AWS Health); '... will stop working on' (015 Heroku-22, 021 Amazon Pinpoint);
  'Migrate ... by' (016, Azure Cache for Redis, forwarded as message/rfc822); 'Your ...
  certificate expires' (017, Entra SAML); timelines with three future dates (018 MWAA, 019
  Lambda Ruby 3.3 in Japanese, 022 RDS MySQL 5.7); a Japanese '...の提供終了について' from
  Alibaba Cloud (020); a DigitalOcean Kubernetes version without a subject date (023); a Google
  Cloud '[Reminder] Migrate ... by' (024); a Japanese MFA re-registration phish (025).
- Maintenance: an '[Action Required]' ElastiCache node replacement that AWS performs itself
  (026), MSK broker patching (027, Health), an Alibaba Cloud ECS reboot in Japanese (028), FSx
  for Windows (029, Health), an OCI reboot migration with a due date (030).
- Pricing: a Google Cloud '[Billing Notice]' (031), Lambda SnapStart restore billing (032),
  Azure Batch pool charges rolled out over three weeks (033). Billing: an Alibaba Cloud overdue
  payment with a stop date (034), a Japanese AWS Budgets daily alert (035), an OVHcloud
  domain-renewal phish (036).
- Informational: a resolved Support case (037), an S3 Vectors Region launch with dates (038,
  multipart), SES production access granted (039), a Cloudflare zone activation (040).
- Providers: %(prov)s.
- Senders: no-reply-aws@amazon.com (plain notices, Support case mail), health@aws.com
  (managed notifications, multipart with awstrack.me links), no-reply@sns.amazonaws.com,
  trustandsafety@support.aws.com, budgets@costalerts.amazonaws.com,
  aws-marketing-email-replies@amazon.com; noreply@ovhcloud.com, abuse@hetzner.com,
  support@linode.com, google-cloud-compliance@google.com, CloudPlatform-noreply@google.com,
  MSSecurity-noreply@microsoft.com, azure-noreply@microsoft.com, noreply@heroku.com,
  no-reply@notice.alibabacloud.com, noreply@digitalocean.com, an OCI Notifications address,
  noreply@notify.cloudflare.com; two colleagues; three look-alike domains for the phish.
- Encodings: us-ascii 7bit, UTF-8 quoted-printable and base64, ISO-2022-JP (body and RFC 2047
  subject, 012 and 019), HTML only (011), multipart/alternative (Health, 038),
  multipart/mixed with message/rfc822 (016). Languages: %(en)d English, %(ja)d Japanese.
- Traps: two 12-digit Google project numbers (024) and one (005), declared as traps; 15-digit
  case numbers; a 16-digit Alibaba UID; an account only in dashed form (007) or only in a
  bracketed subject tag (037); Alibaba Region codes identical to AWS ones (Tokyo
  ap-northeast-1, Singapore ap-southeast-1); earlier restrictions before the deadline (015,
  016, 018, 020, 022); a colleague who plans around the earlier date (016); news and price
  example Regions that are not resources (031, 038); an '[Action Required]' subject on a
  maintenance notice (026); 'Start time' rows of Health events; an SNS topic Region that is not
  a resource Region (008); a time written in UTC+9 (028).

## Counts

| category | all | verified | unverified | suspicious |
|---|---|---|---|---|
%(rows)s

Trust: %(ver)d verified, %(unv)d unverified, %(sus)d suspicious.
Reminders: %(rem)d. Messages with a deadline: %(dl)d.

## Labels we were unsure of

- `001` (OVHcloud anti-hack): deadline 2026-09-03, the day the block took effect (the rule's
  fallback), although the block is already in place when the mail arrives; null would also be
  defensible.
- `004` ('Case ... update'): abuse (SES enforcement); '5 business days' counted from Thursday
  2026-09-24 without holidays -> 2026-10-01.
- `008` (root sign-in via SNS): services `IAM` for misused root credentials; `SIGNIN` is also
  a catalogue id and would fit the ConsoleLogin event.
- `010` (forwarded GuardDuty finding): services `EC2`, `IAM` (instance-role credentials), not
  `GUARDDUTY`, which only reports it.
- `015` (Heroku-22): deadline May 1, 2027 because the subject names it; the end of life is one
  day earlier (April 30), and a reader might plan for that.
- `016` (Azure Redis, forwarded): deadline 2028-09-30; the colleague's remark makes the
  1 October 2026 creation block matter for their staging cache, but the notice's required
  action (migration) is not tied to it.
- `017` (Entra SAML certificate): not a reminder, although Microsoft sends the same notice 60,
  30 and 7 days ahead; the message itself does not say it repeats one.
- `023` (DigitalOcean): action-required with the upgrade-before date; a reader who accepts the
  automatic upgrade could see it as maintenance.
- `026` ('[Action Required]' ElastiCache node replacement): maintenance despite the marker,
  deadline the first replacement (October 25, 2026), not the last one (November 1).
- `028` (Alibaba ECS): deadline 2026-11-19, 14:00 UTC+9 is 05:00 UTC the same day.
- `030` (OCI): maintenance, although the only way to control the downtime is an earlier reboot.
- `032` (Lambda SnapStart billing): regions `us-east-1` and `eu-west-3`, where the account ran
  the affected functions; US East is also the price example.
- `033` (Azure Batch): deadline 2027-02-01, the start of the rollout window (the change can
  reach the pools any day until 21 February).
- `034` (Alibaba overdue): billing with the stop date as act-by date; regions labelled because
  the instances that will stop are named.
- `035` (Budgets): billing, null; `038` (launch): informational, null although it names
  three dates.
- Service names chosen by us for other providers: `ovhcloud:Dedicated Servers`,
  `ovhcloud:Domain Names`, `heroku:Stacks`, `google-cloud:VM Manager`,
  `alibaba-cloud:ApsaraDB RDS`, `alibaba-cloud:Elastic Compute Service`,
  `alibaba-cloud:Billing`, `azure:Azure Cache for Redis`, `azure:Azure Batch`,
  `digitalocean:Kubernetes`; Amazon Pinpoint is `MOBILETARGETING` and Amazon MWAA `AIRFLOW` in
  the catalogue.

## Sources read (shapes and facts, never copied)

%(sources)s
"""


if __name__ == "__main__":
    main()
