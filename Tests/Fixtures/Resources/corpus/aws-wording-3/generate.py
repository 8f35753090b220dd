#!/usr/bin/env python3
"""Generate the `aws-wording-3` batch of the labelled notice corpus.

Standard library only, deterministic. Run from anywhere:

    python3 Tests/Fixtures/Resources/corpus/aws-wording-3/generate.py

40 cloud-provider notices in wording the earlier batches do not use: Trust &
Safety reports about a phishing page, a port scan (Japanese) and spam after a
lifted port-25 limit; an SES review opened as a Support case over complaints;
a Google Cloud crypto-mining warning; an exposed key reported in a Support
case, in Japanese to the security contact and forwarded as an attachment; a
GuardDuty console-login finding as raw SNS JSON; an account suspended pending
verification; a Microsoft Defender for Cloud mining alert; twelve
action-required notices without the usual markers (App Mesh, MSK, Bedrock,
CloudWatch Synthetics, Amazon MQ, an IoT CA certificate, a toll-free number
registration, Aurora MySQL LTS in Japanese, Azure Functions, AWS Proton, AWS
Glue and a certificate-renewal phish); Redshift, Dedicated Host, RDS (relayed
by a Japanese MSP) and DigitalOcean maintenance; Bedrock extended-access, Price
List and Cognito pricing; Free plan end, purchase order, Japanese invoice and a
free-tier phish; a security bulletin and an Inspector finding; a post-event
summary, an account-closure confirmation and an ACM renewal event.

Every message is written in our own words after the shape of a real, public
notice (the `source` of each label).  Each label was decided by reading the
message; the project's classifier was neither run nor read.

Writing the files, labels.json and README.md and the checks of every file
against its label (account IDs and traps, regions, Date and deadline, no
12-digit run in a Message-ID, verified mail from the provider's own domain
without an authentication failure, non-AWS notices without AWS account IDs,
files) are shared with the other batches (corpus_common.py).  It exits 1 on
any mismatch.  MIME building and Authentication-Results come from the parent
folder's generate.py; importing either writes nothing.
"""
import functools
import json
import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ in the corpus folder
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import corpus_common as common        # noqa: E402  (labels, writing and checking)
import generate as base               # noqa: E402  (MIME helpers)
from generate import TO_BILL, TO_JA, TO_OPS, TO_ROOT, TO_SEC  # noqa: E402
from corpus_common import (AWS_FOOTER, JA_FOOTER, SUPPORT_FOOTER,  # noqa: E402
                           fwd_block, health_arn, un_text)

PROVIDER_DOMAINS = {
    "aws": ("amazon.com", "amazonaws.com", "aws.com", ".aws", "signin.aws"),
    "google-cloud": ("google.com",),
    "azure": ("microsoft.com",),
    "digitalocean": ("digitalocean.com",),
}
BATCH = common.Batch(__file__, msgid=common.hashed_msgid("0100019c"))
MSGS, SRC = BATCH.msgs, BATCH.sources
add, inner, src = BATCH.add, BATCH.inner, BATCH.src
# L(category, services, accounts, regions, deadline, trust, reminder, source, note, traps=(),
#   provider="aws")
L = functools.partial(common.label, providers=PROVIDER_DOMAINS)


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def awstrack(host, target, seed, n=512):
    return common.tracked_link(host, target, seed, n, "0100019c")


un_html = functools.partial(common.un_html, link=awstrack)


def sns_body(message, topic_arn, seed):
    return common.sns_body(message, topic_arn, seed, "cloud-ops@example.com")


AWS_NOREPLY = ("Amazon Web Services", "no-reply-aws@amazon.com")
AWS_NOREPLY_JA = ("アマゾン ウェブ サービス", "no-reply-aws@amazon.com")
AWS_HEALTH = ("AWS Health", "health@aws.com")
AWS_UN = ("AWS Notifications", "no-reply@notifications.aws")
AWS_TS = ("AWS Trust & Safety", "trustandsafety@support.aws.com")
AWS_TS_JA = ("AWS Trust & Safety", "trustandsafety@support.aws.com")
AWS_SNS = ("AWS Notifications", "no-reply@sns.amazonaws.com")
AWS_RECEIVABLES = ("Amazon Web Services", "aws-receivables-support@email.amazon.com")

A_AMAZON = base.auth(domain="amazon.com", mailfrom="amazonses.com")
A_HEALTH = base.auth(domain="aws.com", mailfrom="amazonses.com")
A_UN = base.auth(domain="notifications.aws", mailfrom="amazonses.com")
A_TS = base.auth(domain="support.aws.com", mailfrom="amazonses.com")
A_SNS = base.auth(domain="sns.amazonaws.com", mailfrom="amazonses.com")
A_AMAZON_JA = base.auth(domain="amazon.com", mailfrom="amazonses.com", mx="mx.example.co.jp")
A_TS_JA = base.auth(domain="support.aws.com", mailfrom="amazonses.com", mx="mx.example.co.jp")
A_HEALTH_JA = base.auth(domain="aws.com", mailfrom="amazonses.com", mx="mx.example.co.jp")
A_RECV_JA = base.auth(domain="email.amazon.com", mailfrom="amazonses.com", mx="mx.example.co.jp")
A_GOOGLE = base.auth(domain="google.com", mailfrom="scoutcamp.bounces.google.com")
A_MSFT = base.auth(domain="microsoft.com", mailfrom="microsoft.com")
A_DO = base.auth(domain="digitalocean.com", mailfrom="mail.digitalocean.com")

TO_DEV = ("Platform Engineering", "platform@example.com")
TO_JA2 = "infra@example.jp"


# ==========================================================================
# ABUSE AND SECURITY INCIDENTS (001-012)
# ==========================================================================

S = src("phish-host", "Guide to reporting phishing sites hosted on AWS (EC2, S3, CloudFront; what "
        "Trust & Safety needs: URL, IP, evidence)", "https://www.scamsnitch.ai/guides/aws")
add("001-abuse-phishing-page-ec2-eip.eml",
    frm=AWS_TS, to=TO_SEC,
    subject="Abuse notification - Phishing - ticket AWS-TS-58204417",
    date="2026-09-08 09:12:40 +0000", auth_results=A_TS,
    body="""\
Hello,

A brand-protection company told us that a web page served from an Elastic IP
address in your AWS account imitates the sign-in page of a parcel delivery
service and asks visitors for card numbers. Hosting such a page is not allowed
under the AWS Acceptable Use Policy.

Resource named in the report
  Account:      481203957764
  Region:       Europe (Paris)
  Instance:     i-0c5d7a2e91f4b6038
  Elastic IP:   13.38.214.77
  URL:          http://13.38.214.77/colis/suivi/connexion.php
  First seen:   2026-09-07 18:40 UTC

Evidence attached to the report: two screenshots and the page source, in which
the form posts to /colis/suivi/collect.php on the same address.

What we need from you
Take the page down and tell us, by replying to this message within 24 hours,
how it got there and what you changed. If the page belongs to an application
you did not deploy, treat the instance as compromised: take a snapshot for your
investigation, replace the instance and rotate the keys that were on it.

If the page is still online after that time, or we do not hear from you, we
may block traffic to the address or suspend the instance.

Please keep the ticket number AWS-TS-58204417 in the subject of your reply.

Regards,
AWS Trust & Safety
""",
    label=L("abuse", ["EC2"], ["481203957764"], ["eu-west-3"], "2026-09-09", "verified",
            False, S,
            "Trust & Safety report that the customer's instance hosts a phishing page -> abuse. "
            "'Within 24 hours' of 2026-09-08 09:12 UTC -> 2026-09-09; 'First seen' 7 September "
            "is past. Region only by name Europe (Paris). Ticket number has letters and 8 digits."))

S = src("ses-review-case", "Write-up of an SES account moved under review and the support case "
        "answered about it", "https://gist.github.com/heridev/edfa7c39e85b8cc6bf1c35b38797f0a7")
add("002-support-case-ses-complaint-review.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="Case ID 178843306100512: Amazon SES account review - Asia Pacific (Singapore)",
    date="2026-09-30 14:20:06 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

We opened the case below about the Amazon SES account of AWS account
739158264012 in the Asia Pacific (Singapore) Region.

Case ID:   178843306100512
Subject:   Amazon SES account review - Asia Pacific (Singapore)
Severity:  General guidance

Correspondence:
Recipients marked too many of the messages sent from your account as spam.
Over the last 30 days the complaint rate was 0.42%%. We ask senders to keep it
under 0.1%%, and we take action above 0.5%%.

Because of this we placed your account under review. You can still send
email while the review lasts. The review period ends on October 28, 2026. If
the complaint rate is not back under 0.1%% by then, or it keeps rising, we
may pause your account's ability to send email in this Region.

Please reply in this case and tell us:
  - how you collect the addresses you send to;
  - how recipients can unsubscribe, and how quickly you honour it;
  - what you are changing to bring the complaint rate down.

Reply in the Support Center:
%s

%s
""" % (awstrack("k2vq8mnd", "https://console.aws.amazon.com/support/home#/case/?displayId="
                "178843306100512&language=en", "002"), SUPPORT_FOOTER),
    label=L("abuse", ["SES"], ["739158264012"], ["ap-southeast-1"], "2026-10-28", "verified",
            False, S,
            "SES review for complaints, delivered as a Support case: reputation enforcement -> "
            "abuse (parent README). Sending continues; the end of the review period October 28, "
            "2026 is when a pause may follow -> deadline. 15-digit case id is not an account. "
            "Region by name in the subject and body."))

S = src("gcp-action-required", "Blog post quoting a Google 'Action required: Critical problem with "
        "your Google Cloud Platform / API project' warning with a 3-day deadline",
        "https://fredtrotter.com/2016/08/22/google-intrusion-detection-problems/")
add("003-gcp-crypto-mining-warning.eml",
    frm=("Google Cloud Platform", "google-cloud-compliance@google.com"), to=TO_OPS,
    subject="Action required: Critical problem with your Google Cloud project brisk-otter-204117",
    date="2026-10-14 16:05:33 +0000", auth_results=A_GOOGLE,
    body="""\
Dear Developer,

We have recently detected that your Google Cloud project brisk-otter-204117
(project number 830517264419) is being used to mine cryptocurrency. Mining
cryptocurrency is not allowed on Google Cloud without prior written approval,
as described in the Google Cloud Platform Terms of Service.

Affected resource
  VM instance:  render-worker-7 (5831207749021836458)
  Zone:         asia-southeast1-b
  Detected:     2026-10-14 11:20 UTC, outbound connections to a public mining
                pool on port 3333

In many cases this activity means that someone else has gained access to the
project, for example through a leaked service account key or an exposed
management port.

What you need to do
If the activity is yours, stop it. If it is not, stop the VM, review the
project's IAM members and service account keys, and delete any resources you
did not create. Then submit an appeal from the project's dashboard in the
Google Cloud console and explain what you found and what you changed.

If we do not receive an appeal within 3 days, your project will be
suspended.

Sincerely,
The Google Cloud Platform Team

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about
important changes to Google Cloud Platform or your account.
""",
    label=L("abuse", ["google-cloud:Compute Engine"], [], ["asia-southeast1-b"], "2026-10-17",
            "verified", False, S,
            "Google warns that a project mines cryptocurrency (policy enforcement for use of the "
            "platform) -> abuse, although it suggests a compromise. 'Within 3 days' of "
            "2026-10-14 -> 2026-10-17. The 12-digit project number is a Google identifier, not "
            "an AWS account (declared trap); the 19-digit VM id is no 12-digit run. Zone "
            "labelled as written.", traps=["830517264419"], provider="google-cloud"))

S = src("abuse-ja-deck", "Japanese study-session deck on investigating AWS abuse reports",
        "https://speakerdeck.com/iret/di-180hui-yun-mian-abuse-report-nodiao-cha-que-ren-fang-fa-nituite")
add("004-abuse-port-scan-ja.eml",
    frm=AWS_TS_JA, to=TO_JA,
    subject="AWS 不正利用の報告: ポートスキャン (AWS アカウント 602948173355)",
    date="2026-11-04 02:30:18 +0000", auth_results=A_TS_JA,
    charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    body="""\
お客様

AWS Trust & Safety チームです。お客様の AWS アカウントのリソースから、
第三者のネットワークに対するポートスキャンが行われているとの報告を受けました。
このような行為は AWS 利用規約 (Acceptable Use Policy) で禁止されています。

  AWS アカウント:    602948173355
  リージョン:        アジアパシフィック (東京)
  インスタンス ID:   i-0f8e3b6a2c91d7e45
  パブリック IP:     54.250.118.206

報告者から提供されたログ (抜粋、時刻は UTC):
  2026-11-03 16:02:11  54.250.118.206 -> 198.51.100.0/24  TCP 22,23,3389,5900
  2026-11-03 16:09:47  54.250.118.206 -> 203.0.113.0/24   TCP 1-1024

本メールの受信から 24 時間以内に、次の対応を行ったうえで本メールにご返信ください。
  1. 該当するスキャン行為を停止する
  2. 原因 (意図した診断作業か、第三者による不正アクセスか) を調査する
  3. 再発防止のために実施した対策をお知らせいただく

正規の脆弱性診断である場合は、診断の対象と期間をご返信ください。
ご返信がない場合、または行為が継続している場合は、インスタンスの通信を
遮断する、またはアカウントを停止することがあります。

AWS Trust & Safety
""",
    label=L("abuse", ["EC2"], ["602948173355"], ["ap-northeast-1"], "2026-11-05", "verified",
            False, S,
            "Japanese (ISO-2022-JP subject and body) Trust & Safety report: the customer's "
            "instance scans others -> abuse. '24 時間以内' of 2026-11-04 02:30 UTC -> 2026-11-05. "
            "Log times of 3 November are past. Region only as アジアパシフィック (東京)."))

S = src("port25", "Spamhaus article on spam from AWS and the port 25 restriction on EC2",
        "https://www.spamhaus.org/resource-hub/network-security/amazon-web-services-thwarting-"
        "spam-with-a-decade-old-best-practice/")
add("005-abuse-spam-port25-reinstated.eml",
    frm=AWS_TS, to=TO_OPS,
    subject="AWS Abuse: unsolicited email sent from 3.142.57.190 - port 25 limit restored",
    date="2026-10-22 19:44:02 +0000", auth_results=A_TS,
    body="""\
Hello,

Earlier this year we removed the limit on outbound SMTP (TCP port 25) for
the Elastic IP address below at your request. We have now received several
reports that the address sends unsolicited bulk email, and it has been listed
by two public blocklists since 2026-10-21.

  AWS account:    915374028661
  Region:         us-east-2
  Instance:       i-03a9f1c7e6b2d48a0
  Elastic IP:     3.142.57.190
  rDNS:           mail.northwind-offers.example

Sample from one report (headers shortened):
  Received: from mail.northwind-offers.example ([3.142.57.190])
  Subject: Your parcel is waiting - confirm delivery fee
  Date: Wed, 21 Oct 2026 23:18:52 +0000

To protect other customers and the reputation of AWS address space, we have
put the port 25 limit back in place for this address. Mail submitted through
Amazon SES is not affected.

Please reply to this message within 3 business days and describe the cause
and what you have done about it. If the instance was compromised, tell us how
it was rebuilt. Without a reply we may suspend the instance. Once the cause is
fixed, you can ask again for the limit to be removed.

Regards,
AWS Trust & Safety
""",
    label=L("abuse", ["EC2"], ["915374028661"], ["us-east-2"], "2026-10-27", "verified", False,
            S,
            "Spam from the customer's instance; AWS restored the port 25 limit (enforcement) -> "
            "abuse. '3 business days' from Thursday 2026-10-22 -> Tuesday 2026-10-27. Blocklist "
            "date and sample Date are past."))

S = src("key-leak-experiment", "Blog post on deliberately exposing access keys on GitHub: one "
        "support case and one email from AWS", "https://eduard.schwarzkopf.center/i-exposed-aws-"
        "access-keys-on-purpose-heres-what-i-learned-and-how-i-boosted-incident-response/")
add("006-support-case-exposed-key-github.eml",
    frm=AWS_NOREPLY, to=TO_SEC,
    subject="Case ID 179012774800461: Access key for IAM user ci-release found in a public "
            "GitHub repository",
    date="2026-09-17 13:06:51 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

We opened this case because we found an access key and its secret key for
your AWS account 356192847003 published on the internet:

  Access key ID:   AKIAVQ4TZ2EXAMPLE7LM
  IAM user:        ci-release
  Location:        https://github.com/example-labs/release-tools/blob/3f9c2e1/.env
  Found at:        2026-09-17 12:58 UTC

Anyone who has seen the key can use it. To limit the damage, we attached the
AWS managed policy AWSCompromisedKeyQuarantineV3 to the IAM user. The policy
blocks a set of actions that are often misused; it does not stop every use of
the key.

Please do the following now:
  1. Deactivate and delete the key, then create a new one for the workloads
     that need it. Removing the file from the repository is not enough, because
     it stays in the history and in forks.
  2. Look in AWS CloudTrail for calls made with the key since 2026-09-17
     12:50 UTC, in all Regions.
  3. Delete resources you do not recognise, such as instances, IAM users,
     roles or Lambda functions.
  4. Tell us in this case what you found.

Case link:
%s

%s
""" % (awstrack("k2vq8mnd", "https://console.aws.amazon.com/support/home#/case/?displayId="
                "179012774800461&language=en", "006"), SUPPORT_FOOTER),
    label=L("security-incident", ["IAM"], ["356192847003"], [], None, "verified", False, S,
            "Exposed access key reported through a Support case -> security-incident. No date to "
            "act by (the times are when the key was found) -> null. 15-digit case id; the "
            "awstrack host's us-east-1 is not a resource region; commit hash has no digit run."))

_gd = {
    "version": "0", "id": "7e3b1f9c-2a4d-4e6f-9b1a-5c8d0e2f4a6b",
    "detail-type": "GuardDuty Finding", "source": "aws.guardduty",
    "account": "248061937715", "time": "2026-10-02T03:51:27Z", "region": "ap-southeast-1",
    "resources": [],
    "detail": {
        "schemaVersion": "2.0", "accountId": "248061937715", "region": "ap-southeast-1",
        "partition": "aws", "id": "a6c8e2f4b1d3e5a7c9e1f3b5d7a9c1e3",
        "arn": "arn:aws:guardduty:ap-southeast-1:248061937715:detector/"
               "d4c2e6a8b0f1d3e5a7c9e1f3b5d7a9c1/finding/a6c8e2f4b1d3e5a7c9e1f3b5d7a9c1e3",
        "type": "UnauthorizedAccess:IAMUser/ConsoleLoginSuccess.B",
        "resource": {"resourceType": "AccessKey",
                     "accessKeyDetails": {"principalId": "AIDAEXAMPLEQ7K2M4N6P8",
                                          "userType": "IAMUser", "userName": "finance-ro"}},
        "service": {
            "serviceName": "guardduty",
            "action": {"actionType": "AWS_API_CALL",
                       "awsApiCallAction": {"api": "ConsoleLogin",
                                            "serviceName": "signin.amazonaws.com",
                                            "callerType": "Remote IP",
                                            "remoteIpDetails": {
                                                "ipAddressV4": "45.153.160.14",
                                                "country": {"countryName": "Netherlands"},
                                                "organization": {"asnOrg": "Hosting-provider "
                                                                           "BV"}}}},
            "eventFirstSeen": "2026-10-02T03:31:09Z", "eventLastSeen": "2026-10-02T03:31:09Z",
            "count": 1},
        "severity": 5,
        "createdAt": "2026-10-02T03:46:40Z", "updatedAt": "2026-10-02T03:46:40Z",
        "title": "Unusual console login was seen for principal finance-ro.",
        "description": "A console login for finance-ro was seen from a location that is "
                       "unusual for this principal."}}
S = src("gd-iam", "GuardDuty IAM finding types (UnauthorizedAccess:IAMUser/ConsoleLoginSuccess.B)",
        "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_finding-types-iam.html")
add("007-sns-guardduty-console-login-json.eml",
    frm=AWS_SNS, to=TO_SEC,
    subject="AWS Notification Message",
    date="2026-10-02 03:52:04 +0000", auth_results=A_SNS,
    headers=[("x-amz-sns-message-id", "c2e4a6b8-0d1f-5a3c-9e7b-4d6f8a0c2e4f"),
             ("x-amz-sns-subscription-arn", "arn:aws:sns:ap-southeast-1:248061937715:"
              "guardduty-high:e1a3c5e7-b9d1-4f3a-8c5e-7a9b1d3f5e7a")],
    body=sns_body(json.dumps(_gd, separators=(",", ":")),
                  "arn:aws:sns:ap-southeast-1:248061937715:guardduty-high", "007"),
    label=L("security-incident", ["IAM"], ["248061937715"], ["ap-southeast-1"], None,
            "verified", False, S,
            "Raw GuardDuty finding (EventBridge JSON on one line) delivered by the customer's SNS "
            "subscription under the generic subject 'AWS Notification Message': an unusual "
            "successful console sign-in -> security-incident. No act-by date -> null. Account "
            "appears in JSON, ARNs and the unsubscribe link; finding region labelled."))

S = src("suspended-revert", "Article on why AWS accounts get suspended (security, verification) and "
        "how to get them reinstated", "https://cloud8.io/blog/aws-account-suspended-how-to-revert/")
add("008-account-suspended-pending-verification.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="Your AWS account 5071-3862-9940 is suspended until we can verify it",
    date="2026-11-06 10:27:45 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

We have suspended your AWS account 5071-3862-9940 to protect it.

Over the last 24 hours we saw activity that does not match how the account
was used before: a new IAM user was created from an address we have not seen
for this account, and that user launched 24 g6.48xlarge instances in the
US East (Ohio) and Europe (Stockholm) Regions. This pattern is common when
credentials have been stolen.

While the account is suspended, your resources are stopped and you cannot
sign in to the AWS Management Console except to the Support Center.

To have the account reinstated, we need to confirm that you control it. By
November 13, 2026, please open the case we created for you in the Support
Center and provide:
  - the full name and billing address of the account owner;
  - the last four digits of the payment card on file;
  - confirmation of which of the recent activity was yours.

If we cannot verify the account by that date, we will close it. Charges for
the unauthorised instances will be reviewed after the account is reinstated.

%s
""" % AWS_FOOTER,
    label=L("security-incident", ["EC2", "IAM"], ["507138629940"], ["eu-north-1", "us-east-2"],
            "2026-11-13", "verified", False, S,
            "Account suspended because of activity that suggests stolen credentials, with a "
            "verification step -> security-incident. Verify by November 13, 2026 -> deadline. "
            "Account only in dashed form; Regions only by name."))

S = src("mdc-alerts", "Microsoft Defender for Cloud security alerts reference (digital currency "
        "mining behaviour on VMs)", "https://docs.azure.cn/en-us/defender-for-cloud/alerts-reference")
add("009-azure-defender-mining-alert.eml",
    frm=("Microsoft Defender for Cloud", "azure-noreply@microsoft.com"), to=TO_SEC,
    subject="High severity alert in subscription Contoso-Prod: Digital currency mining related "
            "behavior detected",
    date="2026-11-18 07:15:39 +0000", auth_results=A_MSFT,
    body="""\
Microsoft Defender for Cloud has detected suspicious activity in your environment.

Alert:            Digital currency mining related behavior detected
Severity:         High
Subscription:     Contoso-Prod (6f2b8d41-3c7e-4a95-b0d2-8e1f7c3a5b69)
Resource group:   rg-batch-weu
Resource:         vm-batch-02 (Microsoft.Compute/virtualMachines)
Location:         eastus2
Detected:         11/18/2026 6:58:02 AM UTC

Description
Analysis of host data on vm-batch-02 found a process whose command line and
network connections match a known cryptocurrency miner. The process was
started by a shell spawned from the web server account shortly after a
successful SSH sign-in from an address that has not been seen before.

Recommended actions
1. Confirm whether the process is authorized. If it is not, stop the VM and
   capture a disk snapshot for investigation.
2. Reset the credentials of the accounts on the VM and review the network
   security group rules that allow SSH from the internet.
3. Check the subscription's activity log for other resources created by the
   same identity.

View the full alert in Microsoft Defender for Cloud:
https://portal.azure.com/#blade/Microsoft_Azure_Security/AlertBlade/alertId/2518239874213470993_8f3a/subscriptionId/6f2b8d41-3c7e-4a95-b0d2-8e1f7c3a5b69

You are receiving this email because you are listed as a security contact for
this subscription. To change who receives these emails, go to Environment
settings > Email notifications in Microsoft Defender for Cloud.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""",
    label=L("security-incident", ["azure:Virtual Machines"], [], ["eastus2"], None, "verified",
            False, S,
            "Defender for Cloud alert: a miner running on the customer's VM after a suspicious "
            "sign-in, i.e. the customer is the victim -> security-incident. No date to act by "
            "-> null. The 19-digit alert id is no 12-digit run. Region as the Azure code "
            "eastus2.", provider="azure"))

S = src("security-contact-ja", "AWS Security Maturity Model (Japanese): keep the security contact "
        "current, AWS notifies it about exposed access keys",
        "https://maturitymodel.security.aws.dev/ja/1.-quickwins/assign-security-contacts")
add("010-exposed-key-security-contact-ja.eml",
    frm=AWS_NOREPLY_JA, to=("セキュリティ窓口", "sec-contact@example.co.jp"),
    subject="AWS アカウント 830274615529 のアクセスキーがインターネット上で公開されています",
    date="2026-10-05 06:41:20 +0000", auth_results=A_AMAZON_JA,
    charset="utf-8", cte="qp", lang="ja",
    body="""\
AWS アカウント 830274615529 のセキュリティに関する連絡先としてご登録の方へ

お客様の IAM ユーザーのアクセスキーとシークレットアクセスキーが、
インターネット上の公開ページに掲載されていることを確認しました。

  アクセスキー ID:  AKIA4XQ2VHEXAMPLEN9R
  IAM ユーザー:     backup-agent
  掲載場所:         公開されているペーストサイトのページ
  確認日時:         2026年10月5日 06:12 (UTC)

被害を抑えるため、当該 IAM ユーザーに AWS 管理ポリシー
AWSCompromisedKeyQuarantineV3 をアタッチしました。これにより一部の操作は
拒否されますが、キーの利用がすべて止まるわけではありません。

ただちに次の対応を実施してください。
  1. 該当するアクセスキーを無効化・削除し、必要に応じて新しいキーを発行する
  2. AWS CloudTrail で、このキーによる操作をすべてのリージョンについて確認する
  3. 作成した覚えのないリソースや IAM ユーザー、ロールを削除する

対応の結果は、サポートセンターに作成したケースで 2026年10月9日 までに
お知らせください。ご連絡が確認できない場合、不正利用の拡大を防ぐために
アカウントの一部機能を制限することがあります。

%s
""" % JA_FOOTER,
    label=L("security-incident", ["IAM"], ["830274615529"], [], "2026-10-09", "verified", False,
            S,
            "Japanese (UTF-8 quoted-printable) exposed-key notice to the security contact -> "
            "security-incident. Report in the case by 2026年10月9日 -> deadline; the 5 October "
            "time is when the key was found. IAM is global -> regions []."))

_p11 = ["Hello,",
        "AWS has detected that the access key AKIAZK7M3PEXAMPLEQ2W, which belongs to the IAM "
        "user terraform-ci in your account, is publicly visible. It was found in a public "
        "container image layer on a public registry.",
        "We attached the managed policy AWSCompromisedKeyQuarantineV3 to the user. Rotate and "
        "delete the key, check AWS CloudTrail for activity you do not expect, and remove "
        "resources that you did not create. Detach the quarantine policy only after that.",
        "The event stays open until the key is deleted."]
_arn11 = health_arn("global", "RISK", "AWS_RISK_CREDENTIALS_EXPOSED", "Hk3m9QxT")
_rows11 = [("Affected account", "164508273391"), ("Service", "RISK"),
           ("Event type code", "AWS_RISK_CREDENTIALS_EXPOSED"), ("Event type category", "Issue"),
           ("Region", "global"), ("Start time", "Tue, 22 Sep 2026 21:14:05 GMT"),
           ("Status", "Open")]
_inner11 = inner("011-inner", frm=AWS_HEALTH, to=TO_ROOT,
                 subject="Access key exposed publicly [AWS Account: 164508273391] [GLOBAL]",
                 date="2026-09-22 21:19:33 +0000",
                 body=un_text(_p11, _arn11, _rows11,
                              ["arn:aws:iam::164508273391:user/terraform-ci"]),
                 html=un_html("Access key exposed publicly", _p11, _arn11, _rows11,
                              host="t7hw2qpa", seed="011",
                              resources=["arn:aws:iam::164508273391:user/terraform-ci"]),
                 attach_name="Access key exposed publicly.eml")
S = src("nhi-exposed", "Article: treat exposed AWS credentials as an active incident (revoke, "
        "rotate, review CloudTrail)", "https://nhimg.org/?p=43360")
add("011-fwd-health-exposed-key-attached.eml",
    frm=("Tomasz Nowak", "t.nowak@example.com"), to=TO_SEC,
    subject="FW: Access key exposed publicly [AWS Account: 164508273391] [GLOBAL]",
    date="2026-09-23 07:02:14 +0200",
    auth_results=base.auth(domain="example.com", mailfrom="example.com"),
    body="""\
Hi security team,

Forwarding the original from AWS (attached). The key belongs to our
terraform-ci user; the image with the baked-in credentials was pushed to the
public registry by the build on Monday. I have already made the repository
private. Could one of you rotate the key and go through CloudTrail today?

Thanks,
Tomasz
""",
    attach=[_inner11],
    label=L("security-incident", ["IAM"], ["164508273391"], [], None, "unverified", False, S,
            "A colleague forwards an AWS Health managed notification (multipart, attached as "
            "message/rfc822): the label is what it carries -> security-incident; outer sender is "
            "the company -> unverified. The colleague's 'today' is no date from the notice and "
            "the event has no act-by date -> null. Region 'global' -> regions []."))

S = src("phish-suspended", "Blog dissecting a 'Fw: RE: [Action Required] - [Account Suspended]' "
        "phishing email (sender id, fake RE/FW, verify link)", "https://blog.maxycore.net/2020/03")
add("012-phish-account-suspended-re.eml",
    frm=("AWS Account Protection", "security@aws-account-protect.com"), to=TO_ROOT,
    subject="RE: [Account Suspended] Unusual activity - verify your AWS account within 24 hours",
    date="2026-11-24 21:40:10 +0000",
    auth_results=base.auth(domain="aws-account-protect.com", mailfrom="aws-account-protect.com",
                           dmarc="none"),
    headers=[("Reply-To", "aws-verify-desk@protonmail.example")],
    html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>AWS</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<p><b>Amazon Web Services</b></p>
<p>Dear Customer,</p>
<p>Our security system detected unusual sign-in attempts on your AWS account from an
unrecognised device (Lagos, Nigeria). For your protection your account and all running
services have been <b>temporarily suspended</b>.</p>
<p>To restore access you must confirm your identity and billing details <b>within 24 hours</b>.
If we do not receive your confirmation, the account and its data will be permanently
deleted.</p>
<p style="margin:22px 0"><a href="https://aws-account-protect.com/signin/verify?token=8KQ2ZP"
style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Verify my account</a></p>
<p>Thank you for your understanding,<br>AWS Account Protection Team</p>
<p style="font-size:11px;color:#888">This is an automated message. Please do not reply.</p>
</body></html>
""",
    label=L("security-incident", ["IAM"], [], [], "2026-11-25", "suspicious", False, S,
            "HTML-only look-alike from aws-account-protect.com (passes SPF/DKIM only for its own "
            "domain, DMARC none), fake 'RE:', reply-to elsewhere: phishing that claims a "
            "suspension for unusual sign-ins -> category of the claim, security-incident, "
            "suspicious. Lure deadline 'within 24 hours' of 2026-11-24 21:40 UTC -> 2026-11-25."))


# ==========================================================================
# ACTION REQUIRED (013-024), none with an [Action Required] marker
# ==========================================================================

S = src("appmesh", "App Mesh user guide end-of-support notice (September 30, 2026; migrate to "
        "Amazon ECS Service Connect)",
        "https://docs.amazonaws.cn/en_us/app-mesh/latest/userguide/tooling.md")
add("013-app-mesh-support-ends.eml",
    frm=AWS_NOREPLY, to=TO_DEV,
    subject="AWS App Mesh support ends on September 30, 2026",
    date="2026-09-03 17:30:12 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

You are receiving this message because your AWS account 426910385527 has
service meshes in AWS App Mesh.

On September 30, 2026, AWS will stop supporting AWS App Mesh. After that
date you will not be able to open the App Mesh console or reach App Mesh
resources, and the Envoy proxies in your tasks and pods will no longer
receive configuration from App Mesh.

Meshes in your account:
  shop-mesh       US West (Oregon)     14 virtual nodes
  payments-mesh   US West (Oregon)      6 virtual nodes
  reports-mesh    Europe (Ireland)      3 virtual nodes

Please move your services to another service-to-service networking option
before September 30, 2026. For workloads on Amazon ECS we recommend Amazon
ECS Service Connect; for Amazon EKS, consider Amazon VPC Lattice or an open
source service mesh. The migration guide explains how to run both side by
side while you move traffic:
https://aws.amazon.com/blogs/containers/migrating-from-aws-app-mesh-to-amazon-ecs-service-connect

If you have questions, contact AWS Support.

%s
""" % AWS_FOOTER,
    label=L("action-required", ["APPMESH"], ["426910385527"], ["eu-west-1", "us-west-2"],
            "2026-09-30", "verified", False, S,
            "Service discontinuation the customer must migrate away from, worded 'we will stop "
            "supporting' with no marker -> action-required. Real public date September 30, "
            "2026. Regions by name in the mesh list."))

_p14 = ["Hello,",
        "Apache Kafka version 3.6 on Amazon MSK reaches end of support on March 31, 2027. You "
        "have one or more MSK provisioned clusters running Kafka 3.6.0 in the EU-CENTRAL-1 "
        "Region.",
        "Upgrade these clusters to Apache Kafka 3.9 or later before March 31, 2027. After that "
        "date Amazon MSK can upgrade a cluster that is still on 3.6 to the recommended version at "
        "any time, without a further notice, and you will not be able to create new clusters on "
        "3.6.",
        "An in-place upgrade performs a rolling restart of the brokers. Test your clients "
        "against the new version first and plan the upgrade for a time with low traffic."]
_arn14 = health_arn("eu-central-1", "KAFKA", "AWS_KAFKA_VERSION_END_OF_SUPPORT", "0c7d2e9a")
_rows14 = [("Affected account", "318406529774"), ("Service", "KAFKA"),
           ("Event type code", "AWS_KAFKA_VERSION_END_OF_SUPPORT"),
           ("Event type category", "Account notification"), ("Region", "eu-central-1"),
           ("Start time", "Thu, 1 Oct 2026 08:00:00 GMT"),
           ("End time", "Wed, 31 Mar 2027 23:59:00 GMT"), ("Status", "Upcoming")]
_res14 = ["arn:aws:kafka:eu-central-1:318406529774:cluster/orders-events/4a8c2e6f-1b3d-4f5a-9c7e-2d4f6a8c0e1b-3",
          "arn:aws:kafka:eu-central-1:318406529774:cluster/clickstream/7e9a1c3e-5f7b-4d9f-8b1d-3f5b7d9f1a3c-2"]
S = src("msk-versions", "Amazon MSK version support policy (end of support dates, automatic "
        "upgrade after end of support)",
        "https://docs.aws.amazon.com/msk/latest/developerguide/version-support.html")
add("014-health-msk-kafka-36-end-of-support.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="Apache Kafka 3.6 on Amazon MSK reaches end of support [AWS Account: 318406529774] "
            "[EU-CENTRAL-1]",
    date="2026-10-01 08:03:27 +0000", auth_results=A_HEALTH,
    body=un_text(_p14, _arn14, _rows14, _res14),
    html=un_html("Apache Kafka 3.6 on Amazon MSK reaches end of support", _p14, _arn14, _rows14,
                 host="t7hw2qpa", seed="014", resources=_res14),
    label=L("action-required", ["KAFKA"], ["318406529774"], ["eu-central-1"], "2027-03-31",
            "verified", False, S,
            "Health managed notification: Kafka version end of support, upgrade before it "
            "('reaches end of support' wording, no marker) -> action-required. Deadline March "
            "31, 2027 (matches the event End time); 'Start time' is the Date. The date and the "
            "event type code are invented."))

S = src("bedrock-lifecycle", "Amazon Bedrock model lifecycle (Active, Legacy, EOL; update the "
        "application to a newer model before EOL)",
        "https://docs.aws.amazon.com/us_en/bedrock/latest/userguide/model-lifecycle.html")
add("015-bedrock-model-end-of-life.eml",
    frm=AWS_NOREPLY, to=TO_DEV,
    subject="Amazon Bedrock: Meta Llama 3.1 70B Instruct reaches end of life on February 15, 2027",
    date="2026-09-15 20:10:55 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

We are writing because your AWS account 690275138846 called the model
meta.llama3-1-70b-instruct-v1:0 in Amazon Bedrock in the last 30 days, in
the US East (N. Virginia) and US West (Oregon) Regions.

The model moved to the Legacy state on August 15, 2026 and will reach end of
life (EOL) on February 15, 2027. From the EOL date, requests to this model ID
will fail in all Regions.

Please update your application to use a newer model before February 15,
2027, for example meta.llama3-3-70b-instruct-v1:0 or another active model
that fits your use case. Migration does not happen automatically. Because
responses can differ between models, test your prompts and any output
parsing with the new model before you switch production traffic.

You can see each model's lifecycle state in the Amazon Bedrock console and in
the modelLifecycle field returned by GetFoundationModel.

%s
""" % AWS_FOOTER,
    label=L("action-required", ["BEDROCK"], ["690275138846"], ["us-east-1", "us-west-2"],
            "2027-02-15", "verified", False, S,
            "Model end of life: requests fail unless the application moves to another model "
            "('update your application to use', no marker) -> action-required. Legacy date "
            "August 15, 2026 is past; EOL February 15, 2027 -> deadline. Model dates invented."))

S = src("synthetics-policy", "CloudWatch Synthetics runtime support policy (email 60 days before a "
        "runtime is deprecated, canaries keep running, update the runtime)",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/"
        "CloudWatch_Synthetics_Runtime_Support_Policy.html")
add("016-synthetics-runtime-deprecation.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="Amazon CloudWatch Synthetics will stop supporting runtime syn-nodejs-puppeteer-9.1 "
            "on December 8, 2026",
    date="2026-10-09 15:42:18 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

Some of your Amazon CloudWatch Synthetics canaries use a runtime version that
will be deprecated in 60 days.

  Runtime version:    syn-nodejs-puppeteer-9.1
  Deprecation date:   December 8, 2026
  AWS account:        573920184466
  Region:             eu-west-2

  Canaries:
    checkout-flow          every 5 minutes
    login-smoke            every 1 minute
    partner-api-health     every 15 minutes

After December 8, 2026 you can no longer create canaries with this runtime.
Existing canaries keep running, but they no longer receive security patches
and are not eligible for technical support.

Update the canaries to a supported runtime, such as syn-nodejs-puppeteer-11.0
or syn-nodejs-playwright-3.0, before the deprecation date. In the CloudWatch
console you can select up to five canaries, choose Actions > Update runtime,
and start a dry run to check that each canary still passes on the new
runtime before you save the change.

%s
""" % AWS_FOOTER,
    label=L("action-required", ["CLOUDWATCH"], ["573920184466"], ["eu-west-2"], "2026-12-08",
            "verified", False, S,
            "Runtime deprecation that the customer must act on ('will stop supporting', no "
            "marker) -> action-required; deadline the deprecation date. Canaries keep running, "
            "which a reader might take as softer, but the notice asks for the update before the "
            "date. Runtime names and date invented."))

S = src("mq-rabbit", "Amazon MQ for RabbitMQ engine versions (90 days notice, no new brokers "
        "within 30 days of end of support, automatic upgrade within 45 days after it)",
        "https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/rabbitmq-version-management.html")
add("017-mq-rabbitmq-313-upgrade-before.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="Please upgrade your Amazon MQ for RabbitMQ 3.13 brokers before February 15, 2027",
    date="2026-11-10 18:25:03 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

Amazon MQ will end support for RabbitMQ version 3.13 on February 15, 2027.
Your AWS account 207385946128 has the following brokers on 3.13 in the
Asia Pacific (Mumbai) Region:

  b-5e1c9a37-2f84-4d6b-a0c3-7e9f1b2d4c68   orders-broker     mq.m5.large, cluster
  b-8a2d4f60-1c3e-4b7a-9d5f-3e6a8c0b2d49   notify-broker     mq.t3.micro, single instance

What changes when
  - From January 16, 2027 you can no longer create new brokers on RabbitMQ
    3.13.
  - On February 15, 2027 support ends. Within 45 days after that date,
    Amazon MQ upgrades any remaining 3.13 broker to the next supported version
    during its maintenance window.

We recommend that you upgrade to RabbitMQ 4.2 yourself before these dates,
at a time you choose, so that you can test your clients first. Note that the
default queue type on 4.2 is quorum when no queue type is given. Single
instance brokers are offline while they restart; cluster brokers restart one
node at a time.

%s
""" % AWS_FOOTER,
    label=L("action-required", ["MQ"], ["207385946128"], ["ap-south-1"], "2027-02-15",
            "verified", False, S,
            "Engine end of support with an upgrade request ('please upgrade before', no marker) "
            "-> action-required. Deadline: the end of support the subject names (upgrade before "
            "February 15, 2027), not the earlier create block of January 16, 2027 (owner's rule). "
            "Broker ids are UUID-like (no 12-digit run). Dates invented."))

S = src("iot-ca-expiring", "AWS IoT Device Defender audit checks (CA_CERTIFICATE_EXPIRING_CHECK)",
        "https://docs.aws.amazon.com/cdk/api/v2/docs/@aws-cdk_aws-iot-alpha.AuditCheck.html")
add("018-iot-ca-certificate-expires.eml",
    frm=AWS_NOREPLY, to=TO_DEV,
    subject="Your AWS IoT CA certificate expires on November 30, 2026",
    date="2026-11-02 12:14:37 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

A CA certificate registered with AWS IoT Core in your AWS account
854019326775 expires soon.

  Region:             Europe (Frankfurt)
  CA certificate ID:  7c3e9f2a4b6d8e0f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f
  Subject:            CN=Fleet Devices Intermediate CA 2024, O=Example Devices GmbH
  Not after:          2026-11-30 23:59:59 UTC
  Devices signed:     about 18,400 device certificates

When the CA certificate expires, devices whose certificates were signed by it
cannot register with just-in-time registration, and connections may fail for
devices that check the whole chain.

Before November 30, 2026:
  1. Create a new CA certificate (or renew the current one) with your
     certificate authority.
  2. Register the new CA certificate with AWS IoT and turn on
     auto-registration for it if you use just-in-time registration.
  3. Issue new device certificates signed by the new CA and roll them out to
     your fleet.

You receive this message because the AWS IoT Device Defender audit check
CA_CERTIFICATE_EXPIRING_CHECK found a non-compliant resource.

%s
""" % AWS_FOOTER,
    label=L("action-required", ["IOT"], ["854019326775"], ["eu-central-1"], "2026-11-30",
            "verified", False, S,
            "'Your certificate expires' wording: the customer must renew and register a new CA "
            "-> action-required; expiry date November 30, 2026 -> deadline. The 64-hex CA id has "
            "short digit runs only. Region by name."))

S = src("tfn", "AWS End User Messaging toll-free number registration (Privacy Policy and Terms "
        "URLs required from September 15, 2026; up to 15 business days)",
        "https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-reg-type-tollfree.md")
add("019-tfn-registration-needs-changes.eml",
    frm=("AWS End User Messaging", "no-reply-aws@amazon.com"), to=TO_DEV,
    subject="Your toll-free number registration needs changes before it can be approved",
    date="2026-10-21 22:08:44 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

The review of a toll-free number registration in your AWS account
841730562298 (US East (N. Virginia) Region) is on hold because information
is missing.

  Registration ID:    registration-3b7d1f5a9c2e4a6b8d0f
  Phone number:       +1 833-555-0147
  Use case:           Account notifications
  Status:             REQUIRES_UPDATES

What the reviewer needs
  - A Privacy Policy URL. Since September 15, 2026 every new toll-free
    registration must include one, publicly reachable and about your business.
  - A Terms and Conditions URL that describes the messages recipients will
    receive and how to opt out.
  - Sample messages that match the use case above.

Please update the registration in the AWS End User Messaging console and
submit it again by November 20, 2026. If it is not resubmitted by then, we
will close the registration and release the phone number. Until the number
is verified, messages sent from it to US recipients are blocked.

Review can take up to 15 business days after you submit.

%s
""" % AWS_FOOTER,
    label=L("action-required", ["SMS-VOICE"], ["841730562298"], ["us-east-1"], "2026-11-20",
            "verified", False, S,
            "Registration returned for changes; resubmit by November 20, 2026 or lose the number "
            "-> action-required with that deadline. September 15, 2026 is past. Service code "
            "SMS-VOICE (the End User Messaging SMS namespace) is our choice. The phone number is "
            "a 555 test number (11 digits)."))

S = src("aurora-lts", "Aurora MySQL long-term support (LTS) releases (at least three years, then "
        "upgrade to the next LTS; reminder before the end)",
        "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Update.SpecialVersions.html")
add("020-aurora-mysql-304-lts-ja.eml",
    frm=AWS_NOREPLY_JA, to=TO_JA,
    subject="Amazon Aurora MySQL バージョン 3.04 (LTS) の標準サポート終了について",
    date="2026-10-29 01:15:00 +0000", auth_results=A_AMAZON_JA,
    charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    body="""\
お客様各位

AWS アカウント 519306284471 で、長期サポート (LTS) リリースである
Amazon Aurora MySQL バージョン 3.04 を使用している DB クラスターが
稼働しているため、ご連絡いたします。

Aurora MySQL 3.04 の標準サポートは 2027年4月30日 に終了します。

対象の DB クラスター:
  アジアパシフィック (東京)   ap-northeast-1   orders-aurora      8.0.mysql_aurora.3.04.4
  アジアパシフィック (大阪)   ap-northeast-3   orders-aurora-dr   8.0.mysql_aurora.3.04.4

2027年4月30日 までに、次の LTS リリースである Aurora MySQL 3.10 へ
アップグレードしてください。期日を過ぎても 3.04 のまま稼働している
DB クラスターは、その後のメンテナンスウィンドウで 3.10 へ自動的に
アップグレードされます。自動アップグレードの実施時期はお客様が
選ぶことはできません。

アップグレードには、Amazon RDS ブルー/グリーンデプロイを利用すると
切り替え時のダウンタイムを短くできます。LTS リリースを使い続ける場合は、
自動マイナーバージョンアップグレードを無効にしたままにしてください。

%s
""" % JA_FOOTER,
    label=L("action-required", ["RDS"], ["519306284471"], ["ap-northeast-1", "ap-northeast-3"],
            "2027-04-30", "verified", False, S,
            "Japanese (ISO-2022-JP) end of standard support of an Aurora MySQL LTS minor version; "
            "upgrade by 2027年4月30日 or be upgraded automatically -> action-required. RDS is the "
            "service code for Aurora. Date invented."))

S = src("azfunc-isolated", "Migrate .NET apps from the in-process model to the isolated worker "
        "model (support for in-process ends November 10, 2026)",
        "https://learn.microsoft.com/en-US/Azure/azure-functions/migrate-dotnet-to-isolated-model")
add("021-azure-functions-in-process-ends.eml",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"), to=TO_DEV,
    subject="Migrate your .NET function apps to the isolated worker model by 10 November 2026",
    date="2026-09-24 16:31:09 +0000", auth_results=A_MSFT,
    body="""\
You're receiving this email because you use Azure Functions.

Support for the in-process model for .NET apps in Azure Functions ends on
10 November 2026. After that date your in-process apps keep running, but they
won't receive security updates or bug fixes, and Microsoft Support can't help
with them.

Function apps in your subscription that still use the in-process model:

  Subscription:  Contoso-Prod (6f2b8d41-3c7e-4a95-b0d2-8e1f7c3a5b69)
  func-orders-prod      westeurope    .NET 8, in-process
  func-invoices-prod    westeurope    .NET 8, in-process

Required action
To avoid running unsupported apps, migrate them to the isolated worker model
before 10 November 2026: change the project to the isolated worker SDK and
packages, add a Program.cs that builds the host, update your bindings, set
FUNCTIONS_WORKER_RUNTIME to dotnet-isolated and deploy through a staging slot.

Help and support
Migration guide: https://learn.microsoft.com/azure/azure-functions/migrate-dotnet-to-isolated-model
If you have questions, get answers from community experts in Microsoft Q&A.

Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""",
    label=L("action-required", ["azure:Azure Functions"], [], ["westeurope"], "2026-11-10",
            "verified", False, S,
            "Azure retirement mail: migrate before the end of support of the in-process model "
            "(real public date 10 November 2026) -> action-required. 'Required action' is a "
            "heading, not a subject marker. Region code as written.", provider="azure"))

S = src("ssl-renewal-scam", "Write-up of an SSL certificate renewal scam email sent to website "
        "owners", "https://freshysites.com/wordpress/security/ssl-renewal-scam/")
add("022-phish-acm-certificate-renewal.eml",
    frm=("AWS Certificate Manager", "renewals@aws-certmanager-billing.com"), to=TO_ROOT,
    subject="Your SSL certificate for www.example.com expires on October 15, 2026",
    date="2026-10-12 05:19:51 +0000",
    auth_results=base.auth(result="fail", domain="aws-certmanager-billing.com",
                           mailfrom="srv03.bulkmailer-hosting.example", dkim="none"),
    headers=[("Return-Path", "<bounce@srv03.bulkmailer-hosting.example>")],
    body="""\
Dear Customer,

The SSL certificate protecting www.example.com will expire on October 15, 2026.

Once the certificate expires, visitors will see a security warning and most
browsers will refuse to open your website. Orders and logins on your site
will stop working.

To keep your website secure, renew the certificate for 1 year now:

    Renew now ($89.00): https://aws-certmanager-billing.com/renew?domain=www.example.com

Renewal takes less than two minutes. Payment is by card only.

AWS Certificate Manager
Amazon Web Services
""",
    label=L("action-required", ["ACM"], [], [], "2026-10-15", "suspicious", False, S,
            "Certificate-renewal scam posing as ACM from an unrelated domain, SPF/DMARC fail, "
            "payment link (ACM public certificates cost nothing and renew themselves): category "
            "of the claim, action-required; suspicious. Claimed expiry October 15, 2026."))

S = src("proton", "AWS Proton user guide end-of-support notice (October 7, 2026; deployed "
        "infrastructure stays intact)",
        "https://docs.aws.amazon.com/proton/latest/userguide/ag-getting-started.md")
add("023-proton-support-ends-reminder.eml",
    frm=AWS_NOREPLY, to=TO_DEV,
    subject="Reminder: migrate off AWS Proton before support ends on October 7, 2026",
    date="2026-09-09 16:00:21 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

We are writing again about the end of support for AWS Proton, which we
announced last year. Your AWS account 684230917755 still has AWS Proton
environments and services in the US East (N. Virginia) Region.

On October 7, 2026, AWS will end support for AWS Proton. After that date you
will no longer be able to open the AWS Proton console or manage AWS Proton
resources through the API. The infrastructure that AWS Proton deployed for
you, such as CloudFormation stacks, VPCs and ECS services, will remain in
place and keep running.

Please migrate before October 7, 2026. For most customers this means
managing the existing CloudFormation stacks directly, or moving templates to
AWS CloudFormation with Git sync or another deployment tool. The AWS Proton
Service Deprecation and Migration Guide describes how to detach your stacks:
https://docs.aws.amazon.com/proton/latest/userguide/proton-end-of-support.html

%s
""" % AWS_FOOTER,
    label=L("action-required", ["PROTON"], ["684230917755"], ["us-east-1"], "2026-10-07",
            "verified", True, S,
            "Discontinuation reminder ('Reminder:' and 'We are writing again' -> reminder true) "
            "with 'please migrate before' and no action marker -> action-required. Real public "
            "date October 7, 2026."))

S = src("glue-policy", "AWS Glue version support policy (end of support, then end of life: jobs "
        "can no longer run)", "https://docs.aws.amazon.com/glue/latest/dg/glue-version-support-policy.html")
add("024-glue-30-end-of-life.eml",
    frm=AWS_NOREPLY, to=TO_DEV,
    subject="AWS Glue version 3.0 will reach end of life on March 31, 2027",
    date="2026-11-18 19:37:16 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

AWS Glue version 3.0 reached end of support on April 1, 2026 and will reach
end of life on March 31, 2027. Your AWS account 392817465530 has 11 jobs on
Glue 3.0 in the Europe (Ireland) Region that ran in the last 90 days,
including:

  nightly-orders-etl        Spark, Glue 3.0
  customer-dedupe           Spark, Glue 3.0
  s3-inventory-compaction   Spark, Glue 3.0

What end of life means
  - You cannot create jobs or interactive sessions on Glue 3.0.
  - Job runs on Glue 3.0 can no longer be started, and runs in progress on
    March 31, 2027 are stopped.
  - Glue 3.0 is removed from the AWS Glue APIs and SDKs.

Update these jobs to AWS Glue 5.0 before March 31, 2027. Review the
migration notes for Spark and Python version changes and run each job on
the new version in a test environment before switching the schedule.

%s
""" % AWS_FOOTER,
    label=L("action-required", ["GLUE"], ["392817465530"], ["eu-west-1"], "2027-03-31",
            "verified", False, S,
            "'X will reach end of life': jobs stop running unless moved -> action-required. "
            "End of support April 1, 2026 is past (trap); end of life March 31, 2027 -> "
            "deadline. Glue 3.0 dates invented."))


# ==========================================================================
# MAINTENANCE (025-028)
# ==========================================================================

_p25 = ["Hello,",
        "A required maintenance update is scheduled for your Amazon Redshift provisioned "
        "cluster analytics-prod in the US-EAST-2 Region. The update moves the cluster to the "
        "latest patch on the current maintenance track and includes security fixes for the "
        "underlying operating system.",
        "The update will be applied during the cluster's maintenance window on Sunday, November "
        "22, 2026, between 06:00 and 06:30 UTC. The cluster restarts during the update and is "
        "unavailable for queries for about 10 minutes; open connections are dropped.",
        "You do not need to do anything. To run the update earlier, choose a different "
        "maintenance window or defer it once by up to 14 days on the Maintenance tab of the "
        "cluster in the Amazon Redshift console."]
_arn25 = health_arn("us-east-2", "REDSHIFT", "AWS_REDSHIFT_MAINTENANCE_SCHEDULED", "5b2e8d1c")
_rows25 = [("Affected account", "750394861227"), ("Service", "REDSHIFT"),
           ("Event type code", "AWS_REDSHIFT_MAINTENANCE_SCHEDULED"),
           ("Event type category", "Scheduled change"), ("Region", "us-east-2"),
           ("Start time", "Sun, 22 Nov 2026 06:00:00 GMT"),
           ("End time", "Sun, 22 Nov 2026 06:30:00 GMT"), ("Status", "Upcoming")]
S = src("redshift-track", "Amazon Redshift MaintenanceTrack (current and trailing tracks applied "
        "in the maintenance window)",
        "https://docs.aws.amazon.com/redshift/latest/APIReference/API_MaintenanceTrack.html")
add("025-health-redshift-maintenance-window.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="Scheduled maintenance for Amazon Redshift cluster analytics-prod [AWS Account: "
            "750394861227] [US-EAST-2]",
    date="2026-11-09 10:44:05 +0000", auth_results=A_HEALTH,
    body=un_text(_p25, _arn25, _rows25,
                 ["arn:aws:redshift:us-east-2:750394861227:cluster:analytics-prod"]),
    html=un_html("Scheduled maintenance for Amazon Redshift cluster analytics-prod", _p25, _arn25,
                 _rows25, host="t7hw2qpa", seed="025",
                 resources=["arn:aws:redshift:us-east-2:750394861227:cluster:analytics-prod"]),
    label=L("maintenance", ["REDSHIFT"], ["750394861227"], ["us-east-2"], "2026-11-22",
            "verified", False, S,
            "AWS applies a required update in the maintenance window; nothing to do -> "
            "maintenance. Deadline the date of the event, November 22, 2026 (also the Health "
            "Start time here). The defer option is optional."))

S = src("dh-maintenance", "EC2 Dedicated Hosts: with host maintenance off, AWS emails you to "
        "migrate off a degraded host within 28 days, then terminates and releases it",
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/dedicated-hosts-maintenance-configuring.html")
add("026-ec2-dedicated-host-degraded.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="Amazon EC2 Dedicated Host h-0b7e2d9f4a1c6e358 is degraded and will be released",
    date="2026-11-12 04:56:30 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

We detected degradation of the hardware behind one of your Amazon EC2
Dedicated Hosts. Host maintenance is turned off for this host, so we cannot
move your instances to a replacement host automatically.

  AWS account:      463820175596
  Region:           Asia Pacific (Sydney)
  Dedicated Host:   h-0b7e2d9f4a1c6e358 (r6i, ap-southeast-2b)
  Instances:        i-0e4a7c1f9b3d6a285, i-06d9b2e8f4a1c7e39, i-0a3f8c6e2d9b1f574

Because you have a Dedicated Host Reservation, a replacement host has been
allocated in the same Availability Zone: h-0d3a9e6b1f8c2e47a.

Please stop your instances and start them on the replacement host, or on
another host of your choice, within 28 days. On December 10, 2026 any
instances still running on h-0b7e2d9f4a1c6e358 will be terminated and the
host will be released. Data on instance store volumes is lost when an
instance stops; EBS volumes are kept.

To avoid manual moves in the future, turn host maintenance on for your hosts
with the modify-hosts command or in the EC2 console.

%s
""" % AWS_FOOTER,
    label=L("maintenance", ["EC2"], ["463820175596"], ["ap-southeast-2"], "2026-12-10",
            "verified", False, S,
            "AWS retires a degraded host (like an instance retirement) -> maintenance, although "
            "the customer has to move the instances; December 10, 2026 (28 days after the Date) "
            "is when instances are terminated -> deadline. Region by name and in the AZ name."))

_orig27 = """\
Dear Amazon RDS Customer,

We are contacting you to inform you that one or more of your Amazon RDS DB
instances in the ap-northeast-1 Region of account 286104739526 are scheduled
to receive maintenance on the underlying hardware between 2026-12-01 15:30 UTC
(Tuesday) and 2026-12-08 15:30 UTC (Tuesday). The maintenance is applied in
each instance's weekly maintenance window within that period.

Affected DB instances:
  kaikei-db-prod     (Multi-AZ)
  hanbai-db-stg      (Single-AZ)

Single-AZ instances are unavailable for a few minutes during the maintenance.
Multi-AZ instances fail over to the standby if the primary's Availability
Zone is affected, which takes about 60 seconds.

You can view the scheduled maintenance and apply it earlier from the RDS
console, the AWS CLI or the RDS API.

Sincerely,
Amazon Web Services
"""
S = src("rds-hw-ja", "Japanese column on handling an RDS hardware maintenance notice (Multi-AZ "
        "failover, about 60 seconds)", "https://www.sunnycloud.jp/column/20221206-02/")
add("027-msp-relay-rds-hardware-maintenance-ja.eml",
    frm=("AWS運用サポート窓口", "support@ops.example-msp.jp"), to=TO_JA2,
    subject="[転送] Amazon RDS ハードウェアメンテナンスのお知らせ (アカウント 286104739526)",
    date="2026-11-20 02:10:00 +0000",
    auth_results=base.auth(domain="ops.example-msp.jp", mailfrom="ops.example-msp.jp",
                           mx="mx.example.jp"),
    charset="utf-8", cte="base64", lang="ja",
    body="""\
株式会社サンプル物流
システムご担当者様

いつもお世話になっております。AWS運用サポート窓口です。

お客様の AWS アカウント宛てに、AWS より RDS のハードウェアメンテナンスの
通知が届きましたので、原文を転送いたします。

■ 概要
・対象: kaikei-db-prod (マルチ AZ)、hanbai-db-stg (シングル AZ)
・リージョン: アジアパシフィック (東京)
・期間: 2026年12月2日 0:30 ～ 2026年12月9日 0:30 (日本時間)
  (各インスタンスの週次メンテナンスウィンドウ内で実施されます)
・影響: シングル AZ は数分間停止、マルチ AZ はフェイルオーバー (約60秒)

AWS 側で実施されるメンテナンスのため、お客様での作業は必須ではありません。
事前に適用したい場合やメンテナンスウィンドウを変更したい場合は、
本メールにご返信ください。

%s
--
AWS運用サポート窓口
support@ops.example-msp.jp
""" % fwd_block("Amazon Web Services <no-reply-aws@amazon.com>", "Thu, Nov 19, 2026 at 9:41 PM",
                "Amazon RDS Maintenance Notification", "aws-root@example.jp", _orig27),
    label=L("maintenance", ["RDS"], ["286104739526"], ["ap-northeast-1"], "2026-12-01",
            "unverified", False, S,
            "A Japanese MSP (UTF-8 base64) forwards an English RDS hardware maintenance notice "
            "inline: what it carries is maintenance; sender is the MSP -> unverified. Deadline "
            "the start of the window, 2026-12-01 (15:30 UTC, already 12月2日 in Japan time as "
            "the MSP writes). No reply-by date."))

S = src("do-migration", "Status page quoting a DigitalOcean Droplet migration notice (live "
        "migration first, offline migration as fallback)", "https://status.pikagirl.me/incident/24/")
add("028-do-droplet-migration-sgp1.eml",
    frm=("DigitalOcean Support", "support@digitalocean.com"), to=TO_OPS,
    subject="Scheduled maintenance: Droplet migration in SGP1 on 27 October 2026",
    date="2026-10-19 11:05:47 +0000", auth_results=A_DO,
    body="""\
Hello,

We will be carrying out maintenance on the physical machines that host some
of your Droplets in our SGP1 datacenter, so we need to move these Droplets to
other hardware.

Maintenance window:
  Start:  2026-10-27 02:00 UTC
  End:    2026-10-27 06:00 UTC

Affected Droplets:
  api-sg-01   (ID 518830274)
  api-sg-02   (ID 518830291)
  redis-sg    (ID 519004117)

We will first try a live migration. A live migration causes no reboot, but
you may see slower disk I/O for a short time and up to a second of packet
loss while the network switches over. If a Droplet cannot be live-migrated,
we will power it off, migrate it offline and power it on again within the
window.

During the window, control panel and API actions on the affected Droplets
(such as resizes, power actions or snapshots) will not succeed.

No action is required from you. If you prefer, you can move a workload to a
new Droplet before the window.

Thanks,
The DigitalOcean Team
DigitalOcean, LLC, 105 Edgeview Drive, Suite 425, Broomfield, CO 80021
""",
    label=L("maintenance", ["digitalocean:Droplets"], [], ["sgp1"], "2026-10-27", "verified",
            False, S,
            "Provider migrates the customer's Droplets in a window; no action required -> "
            "maintenance. Deadline the window date October 27, 2026. Droplet ids are 9 digits.",
            provider="digitalocean"))

# ==========================================================================
# PRICING (029-031)
# ==========================================================================

S = src("bedrock-legacy", "Amazon Bedrock model lifecycle (Legacy): public extended access "
        "period with higher prices set by the provider, notice of the dates and pricing",
        "https://docs.aws.amazon.com/fr_fr/bedrock/latest/userguide/model-lifecycle-legacy.html")
add("029-bedrock-extended-access-pricing.eml",
    frm=AWS_NOREPLY, to=TO_BILL,
    subject="Amazon Bedrock: new prices for Cohere Command R+ from January 5, 2027",
    date="2026-10-05 21:22:48 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

Your AWS account 604183927551 used Cohere Command R+ (cohere.command-r-plus-v1:0)
in Amazon Bedrock in the US West (Oregon) Region during the last 30 days.

This model is in the Legacy state. On January 5, 2027 it enters the public
extended access period, and the model provider has set new on-demand prices
that apply from that date:

                           Current price         From January 5, 2027
  Input tokens             $3.00 per 1M          $6.00 per 1M
  Output tokens            $15.00 per 1M         $30.00 per 1M

Batch inference is billed at 50%% of the new on-demand prices. The model's
end-of-life date does not change and will be announced at least 3 months
ahead.

No action is needed to keep using the model at the new prices. To avoid the
higher prices, move your application to an active model before January 5,
2027.

%s
""" % AWS_FOOTER,
    label=L("pricing", ["BEDROCK"], ["604183927551"], ["us-west-2"], "2027-01-05", "verified",
            False, S,
            "Price change for a model in extended access; the model keeps working, migration is "
            "optional -> pricing. Deadline the date the new prices apply, January 5, 2027. "
            "Prices and dates invented."))

_pl = {"formatVersion": "v1.0", "offerCode": "AmazonCloudWatch",
       "publicationDate": "2026-11-16T09:12:44Z", "effectiveDate": "2026-12-01T00:00:00Z",
       "version": "20261116091244",
       "currentVersionUrl": "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/"
                            "AmazonCloudWatch/20261116091244/index.json",
       "regionIndexUrl": "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/"
                         "AmazonCloudWatch/20261116091244/region_index.json",
       "changeSummary": "Vended logs delivered to Amazon S3 and Amazon Data Firehose: tier "
                        "prices changed in all commercial Regions."}
S = src("price-list-sns", "Setting up price update notifications (Amazon SNS topics for AWS Price "
        "List changes)", "https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/"
        "notifications-price-list-api.html")
add("030-sns-price-list-update.eml",
    frm=AWS_SNS, to=TO_BILL,
    subject="AWS Notification Message",
    date="2026-11-16 09:14:02 +0000", auth_results=A_SNS,
    headers=[("x-amz-sns-message-id", "9b1d3f5a-7c9e-5b2d-8f4a-6c8e0a2c4e6b")],
    body=sns_body(json.dumps(_pl, indent=2),
                  "arn:aws:sns:us-east-1:405179263881:price-list-api", "030"),
    label=L("pricing", ["CLOUDWATCH"], ["405179263881"], [], "2026-12-01", "verified", False, S,
            "Machine-readable AWS Price List update (JSON) from the public price-list SNS topic "
            "under the generic subject: a price change -> pricing, effectiveDate December 1, "
            "2026 -> deadline. The only 12-digit ID is the owner of AWS's SNS topic; labelled as "
            "the rules ask (same choice as aws-wording-2 017). 14-digit version numbers are no "
            "12-digit runs; us-east-1 is the topic's home, not an affected Region."))

S = src("cognito-price", "Issue tracking a Cognito price increase (tiered M2M pricing) and the "
        "AWS rep's reply", "https://github.com/SummitRoute/aws_breaking_changes/issues/94")
add("031-cognito-m2m-pricing-change.eml",
    frm=AWS_NOREPLY, to=TO_BILL,
    subject="Changes to Amazon Cognito pricing for machine-to-machine authorization",
    date="2026-09-21 17:48:31 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

We are writing to tell you about a change to how Amazon Cognito charges for
machine-to-machine (M2M) authorization. Your AWS account 127495036648 has
user pools with M2M app clients in the Europe (Frankfurt) Region.

Today, token requests from M2M app clients that use the client credentials
grant are free. Starting January 1, 2027, they will be billed as follows:

  App clients with client credentials grant   $6.00 per client per month
  Token requests                              $2.25 per 10,000 requests

Requests from user sign-in flows are not affected; they are still billed per
monthly active user under your user pool's feature plan.

Based on your usage in August 2026, about 3.1 million M2M token requests, your
estimated additional monthly cost would be about $700. You can reduce token
requests by caching access tokens in your clients until they expire.

For details, see the Amazon Cognito pricing page.

%s
""" % AWS_FOOTER,
    label=L("pricing", ["COGNITO"], ["127495036648"], ["eu-central-1"], "2027-01-01",
            "verified", False, S,
            "A new charge for a previously free feature, effective January 1, 2027 -> pricing "
            "with that deadline. August 2026 usage is past. Prices and date invented."))

# ==========================================================================
# BILLING (032-035)
# ==========================================================================

S = src("free-plan", "AWS agent toolkit notes on the July 2025 Free Tier (Free plan: $200 credits "
        "for 6 months, upgrade to the Paid plan, account closes when the plan ends)",
        "https://raw.githubusercontent.com/aws/agent-toolkit-for-aws/main/skills/core-skills/"
        "aws-billing-and-cost-management/references/free-tier.md")
add("032-free-plan-ends-upgrade.eml",
    frm=("AWS Billing", "no-reply-aws@amazon.com"), to=TO_ROOT,
    subject="Your AWS Free plan ends on October 28, 2026",
    date="2026-10-14 08:00:04 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

The Free plan of your AWS account 275048193366 ends on October 28, 2026, six
months after you opened the account. You have $61.40 of your $200.00 Free
Tier credits left.

What happens next
  - If you upgrade to the Paid plan before October 28, 2026, your resources
    keep running and your remaining credits are applied to future bills.
    Usage beyond the credits is charged at standard rates.
  - If you do not upgrade, your account is closed automatically on October
    28, 2026 and you lose access to its resources. We keep your content for
    90 days; upgrading within that time restores access.

To upgrade, open the Billing and Cost Management console and choose
Upgrade plan.

Services with an Always Free offer stay free within their limits on both
plans.

%s
""" % AWS_FOOTER,
    label=L("billing", ["BILLING"], ["275048193366"], [], "2026-10-28", "verified", False, S,
            "Free-tier notice -> billing; an explicit act-by date (upgrade before October 28, "
            "2026 or the account closes) -> deadline kept, as the parent README does for billing "
            "mail with an action date."))

S = src("billing-checklist", "AWS Billing monthly checklist: check purchase order balance and "
        "expiry, email notifications before a PO expires",
        "https://docs.aws.amazon.com/ja_jp/awsaccountbilling/latest/aboutv2/monthly-billing-checklist.html")
add("033-purchase-order-expiring.eml",
    frm=("AWS Billing", "no-reply-aws@amazon.com"), to=TO_BILL,
    subject="Purchase order PO-2026-0417 for your AWS account expires on November 30, 2026",
    date="2026-11-02 15:10:27 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

A purchase order that you added in the AWS Billing and Cost Management
console for AWS account 859302716644 is about to expire.

  Purchase order:     PO-2026-0417
  Expiration date:    November 30, 2026
  Remaining balance:  $4,812.55 of $60,000.00
  Line items:         All AWS usage and subscriptions

Invoices issued after the purchase order expires, or that exceed its balance,
will not show a purchase order number. If your accounts payable team requires
one, those invoices may be rejected and paid late.

Please add a new purchase order, or extend this one and raise its balance,
before November 30, 2026. You can manage purchase orders on the Purchase
orders page of the Billing and Cost Management console.

You receive this email because you are a contact for this purchase order.

%s
""" % AWS_FOOTER,
    label=L("billing", ["BILLING"], ["859302716644"], [], "2026-11-30", "verified", False, S,
            "Billing administration notice with an explicit act-by date (renew the purchase "
            "order before it expires) -> billing, deadline November 30, 2026."))

S = src("invoice-ja", "Japanese post on switching AWS to invoice payment (bank transfer within 30 "
        "days of the invoice)", "https://qiita.com/kusokamayarou/items/c9974326dc7ad2c18636")
add("034-invoice-bank-transfer-ja.eml",
    frm=AWS_RECEIVABLES, to=TO_JA,
    subject="アマゾン ウェブ サービス 請求書のお知らせ (2026年10月分)",
    date="2026-11-03 06:22:15 +0000", auth_results=A_RECV_JA,
    charset="utf-8", cte="base64", lang="ja",
    body="""\
AWS をご利用いただきありがとうございます。

AWS アカウント 638201947753 の 2026年10月分のご利用料金について、
請求書を発行いたしました。請求書の PDF は Billing and Cost Management
コンソールの [請求書] ページからダウンロードいただけます。

  請求書番号:     2026-JP-4419027
  請求書発行日:   2026年11月3日
  ご請求金額:     USD 12,486.30 (消費税を含む)
  お支払い方法:   請求書払い (銀行振込)
  お支払い期日:   2026年12月3日

お支払い期日までに、請求書に記載の口座へお振り込みください。
振込手数料はお客様のご負担となります。お振り込みの際は、振込依頼人名の
前に請求書番号を記入してください。

お支払いが期日までに確認できない場合、アカウントのサービスが
制限されることがあります。

%s
""" % JA_FOOTER,
    label=L("billing", ["BILLING"], ["638201947753"], [], "2026-12-03", "verified", False, S,
            "Japanese (UTF-8 base64) invoice for bank-transfer payment -> billing; the invoice "
            "due date 2026年12月3日 is kept as deadline (parent README). Invoice number has 7 "
            "digits after the dash. Sender email.amazon.com."))

S = src("phish-free-tier", "Threat note on fake AWS free-tier expiration lures that ask to "
        "'verify the account' or rotate IAM keys on a fake console",
        "https://www.gorganizer.net/explain/fake-aws-free-tier-expiration-iam-rotate-lure")
add("035-phish-free-tier-expiring.eml",
    frm=("AWS Billing Support", "billing@aws-freetier-notice.com"), to=TO_ROOT,
    subject="Final notice: your AWS Free Tier expires in 48 hours - pending charge $1,284.19",
    date="2026-09-27 02:33:48 +0000",
    auth_results=base.auth(result="fail", domain="aws-freetier-notice.com",
                           mailfrom="mta12.sendgrid-relay.example", dkim="none"),
    headers=[("Return-Path", "<noreply@mta12.sendgrid-relay.example>")],
    html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>AWS Billing</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p style="color:#ff9900;font-weight:bold">aws</p>
<p>Hello AWS customer,</p>
<p>Your AWS Free Tier benefits will expire in <b>48 hours</b>. Our records show a pending
charge of <b>$1,284.19</b> that will be taken from your card when the Free Tier ends.</p>
<p>To keep your free benefits and cancel the pending charge, sign in and verify your account,
then rotate your IAM access keys as required by the new Free Tier policy.</p>
<p><a href="https://console-aws-freetier.com/signin?redirect=billing">Sign in to the AWS Console</a></p>
<p>If you do not act before the deadline, the charge will be processed automatically and
cannot be refunded.</p>
<p>AWS Billing Support</p>
</body></html>
""",
    label=L("billing", ["BILLING"], [], [], "2026-09-29", "suspicious", False, S,
            "Free-tier expiry lure from an unrelated domain (SPF/DMARC fail), fake console link, "
            "asks for sign-in and key rotation: billing by its claim, suspicious. '48 hours' from "
            "2026-09-27 02:33 UTC -> 2026-09-29."))

# ==========================================================================
# SECURITY ADVISORY (036-037)
# ==========================================================================

S = src("heartbleed-bulletin", "AWS security bulletin on the OpenSSL Heartbleed issue (per-service "
        "status and the steps customers must take)",
        "https://aws.amazon.com/tw/security/security-bulletins/aws-services-updated-to-address-"
        "openssl-vulnerability/")
add("036-security-bulletin-openssl.eml",
    frm=AWS_NOREPLY, to=TO_SEC,
    subject="AWS security bulletin AWS-2026-031: OpenSSL issue CVE-2026-41877",
    date="2026-10-15 23:05:12 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

OpenSSL published an advisory for CVE-2026-41877, a flaw in certificate
verification that can let a remote party crash a TLS client or server that
uses OpenSSL 3.0 to 3.5. We are contacting you because your AWS account
941027365818 has EC2 instances in the Europe (Stockholm) Region that run
Amazon Linux 2023 images published before the fix.

What AWS has done
  - Elastic Load Balancing, Amazon CloudFront, Amazon API Gateway and AWS
    Lambda managed runtimes are updated. No action is needed for them.
  - Updated openssl packages are available in the Amazon Linux 2023
    repositories, and new AMIs are published.

What you should do
  - On Amazon Linux 2023 instances, run: sudo dnf upgrade --releasever=latest openssl
    and restart the services that use TLS (or reboot the instance).
  - For other operating systems, follow your vendor's guidance.
  - Container images that bundle OpenSSL need to be rebuilt.

Instances that matched our check:
  i-07c2e9a4f1b6d3e85   web-1
  i-0d4b8f1a6c3e9a270   web-2

The full bulletin, which we update as we learn more, is on the AWS Security
Bulletins page.

%s
""" % AWS_FOOTER,
    label=L("security-advisory", ["EC2"], ["941027365818"], ["eu-north-1"], None, "verified",
            False, S,
            "Vulnerability bulletin with patching guidance and no date -> security-advisory, "
            "deadline null. Region by name. Bulletin and CVE numbers invented."))

_insp = """\
Amazon Inspector finding

Severity:        CRITICAL
Title:           CVE-2026-3316 - org.apache.tika:tika-core
Status:          ACTIVE
Resource:        i-0f2c6a9e4b1d7c853 (EC2 instance)
Account:         317460928515
Region:          sa-east-1
First observed:  Sep 11, 2026, 05:48 UTC
Inspector score: 9.4
Exploit available: yes
Fix available:   yes - upgrade tika-core to 3.2.3

Description
A crafted document can make the affected library read files outside the
intended directory. The vulnerable package was found in
/opt/ingest/lib/tika-core-3.1.0.jar.

Remediation
Upgrade the package, redeploy the application and run a new scan. See the
finding in the Amazon Inspector console for the full list of affected paths.

View notification: %s

--
You received this notification because of the notification configuration
"inspector-critical" that a user in your account created in AWS User
Notifications. Manage notification configurations:
https://console.aws.amazon.com/notifications/home#/configurations
""" % awstrack("u3pn6xkd", "https://console.aws.amazon.com/notifications/home#/notifications",
               "037")
S = src("inspector-eb", "Amazon Inspector EventBridge event schema (finding events routed to "
        "notifications)", "https://docs.aws.amazon.com/inspector/latest/user/eventbridge-integration.html")
add("037-un-inspector-critical-finding.eml",
    frm=AWS_UN, to=TO_SEC,
    subject="Amazon Inspector: CRITICAL finding on i-0f2c6a9e4b1d7c853",
    date="2026-09-11 05:50:36 +0000", auth_results=A_UN,
    body=_insp,
    label=L("security-advisory", ["EC2", "INSPECTOR"], ["317460928515"], ["sa-east-1"], None,
            "verified", False, S,
            "A vulnerability finding routed through a customer-configured User Notifications "
            "rule: a vulnerable package to fix, no sign of misuse -> security-advisory, null. "
            "The awstrack host's us-east-1 is not a resource region. CVE invented."))

# ==========================================================================
# INFORMATIONAL (038-040)
# ==========================================================================

_p38 = ["Hello,",
        "Between 07:14 and 10:02 UTC on October 20, 2026, Amazon DynamoDB in the US-EAST-1 "
        "Region returned increased error rates and latencies for requests to the regional "
        "endpoint. Services that depend on DynamoDB, including AWS Lambda and Amazon ECS, saw "
        "elevated errors in the same period. The issue is resolved and all services operate "
        "normally.",
        "We have published a post-event summary that explains what happened, how we restored "
        "service and the changes we are making so that it does not happen again. Your account "
        "had resources in the Region during the event, so we are sending you the link directly.",
        "No action is required. If your workloads still show errors, open a support case."]
_arn38 = health_arn("us-east-1", "DYNAMODB", "AWS_DYNAMODB_OPERATIONAL_ISSUE", "PES_7f3a")
_rows38 = [("Affected account", "508372941166"), ("Service", "DYNAMODB"),
           ("Event type code", "AWS_DYNAMODB_OPERATIONAL_ISSUE"),
           ("Event type category", "Issue"), ("Region", "us-east-1"),
           ("Start time", "Tue, 20 Oct 2026 07:14:00 GMT"),
           ("End time", "Tue, 20 Oct 2026 10:02:00 GMT"), ("Status", "Closed")]
S = src("pes-2011", "AWS post-event summary of the April 2011 EBS event in US East",
        "https://aws.amazon.com/message/65648/")
add("038-health-post-event-summary.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="Post-event summary available: Amazon DynamoDB increased error rates [AWS Account: "
            "508372941166] [US-EAST-1]",
    date="2026-10-23 18:30:00 +0000", auth_results=A_HEALTH,
    body=un_text(_p38, _arn38, _rows38),
    html=un_html("Post-event summary available: Amazon DynamoDB increased error rates", _p38,
                 _arn38, _rows38, host="t7hw2qpa", seed="038"),
    label=L("informational", ["DYNAMODB"], ["508372941166"], ["us-east-1"], None, "verified",
            False, S,
            "A resolved operational issue and a link to its post-event summary; nothing to do "
            "-> informational, null. Event times are past. The event is invented."))

S = src("close-account", "AWS Organizations CloseAccount (90-day post-closure period, reopen "
        "through Support, a final bill can still arrive)",
        "https://docs.aws.amazon.com/organizations/latest/APIReference/API_CloseAccount.html")
add("039-account-closed-confirmation.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="Your AWS account 4702-9318-5560 is closed",
    date="2026-09-25 12:41:56 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

As requested, we closed your AWS account 4702-9318-5560 on September 25,
2026.

What this means
  - You can no longer use AWS services with this account. Resources that
    were still running have been stopped.
  - For 90 days, until December 24, 2026, you can sign in to the Support
    Center and ask us to reopen the account. Content in the account is kept
    during this period.
  - After 90 days the closure is permanent, the content is deleted and the
    account cannot be reopened.
  - You may still receive a bill for usage from the beginning of this month
    until the closure.

If you did not ask to close this account, contact AWS Support right away.

%s
""" % AWS_FOOTER,
    label=L("informational", [], ["470293185560"], [], None, "verified", False, S,
            "Confirmation of a closure the customer asked for -> informational. December 24, "
            "2026 is the end of an optional reopen period, not an act-by date -> null. Account "
            "only in dashed form."))

_acm = {"version": "0", "id": "3e5a7c9e-1b3d-4f5a-8c7e-9d1f3b5a7c9e",
        "detail-type": "ACM Certificate Available", "source": "aws.acm",
        "account": "593746182034", "time": "2026-11-27T04:12:09Z", "region": "eu-west-1",
        "resources": ["arn:aws:acm:eu-west-1:593746182034:certificate/"
                      "b1d3f5a7-c9e1-4b3d-a5f7-c9e1b3d5f7a9"],
        "detail": {"Action": "RENEWAL", "CertificateType": "AMAZON_ISSUED",
                   "CommonName": "api.example.com", "DomainValidationMethod": "DNS",
                   "CertificateCreatedDate": "2025-12-18T09:40:51Z",
                   "CertificateExpirationDate": "2027-12-28T23:59:59Z",
                   "DaysToExpiry": 396, "InUse": True, "Exported": False}}
S = src("acm-events", "EventBridge reference for AWS Certificate Manager events (Certificate "
        "Available, Renewal Action Required, Approaching Expiration)",
        "https://docs.amazonaws.cn/eventbridge/latest/ref/events-ref-acm.html")
add("040-sns-acm-certificate-renewed.eml",
    frm=AWS_SNS, to=TO_OPS,
    subject="AWS Notification Message",
    date="2026-11-27 04:12:31 +0000", auth_results=A_SNS,
    headers=[("x-amz-sns-message-id", "5d7f9b1d-3f5a-5c7e-9a1b-3c5e7a9b1d3f")],
    body=sns_body(json.dumps(_acm, separators=(",", ":")),
                  "arn:aws:sns:eu-west-1:593746182034:acm-events", "040"),
    label=L("informational", ["ACM"], ["593746182034"], ["eu-west-1"], None, "verified", False,
            S,
            "EventBridge 'ACM Certificate Available' with Action RENEWAL: the managed renewal "
            "succeeded, nothing to do -> informational. The new expiry 2027-12-28 is not a "
            "deadline (trap next to the certificate-expiry notices 018 and 022)."))


# ==========================================================================
# writing and checking
# ==========================================================================

def main():
    BATCH.write(build=base.build, readme=README, sources=SRC,
                check=lambda spec, raw: common.check(spec, raw, senders=PROVIDER_DOMAINS),
                report=[("trust", common.provider_line)])


README = """\
# aws-wording-3: notices in wording the earlier batches do not use (AWS and three other providers)

%(n)d notices (`NNN-short-name.eml`) with labels in `labels.json` (paths relative to the
parent `corpus/` folder). Everything here is written by `generate.py` (standard library only,
deterministic; it imports the MIME helpers and `auth()` from the parent `generate.py`):

    python3 Tests/Fixtures/Resources/corpus/aws-wording-3/generate.py

It rewrites the `.eml` files, `labels.json` and this README, parses every file back and checks
the labels against the decoded text (labelled account IDs present, every other 12-digit run a
declared trap, labelled regions present as code or name, Date within 2026-09-01..2026-11-30, no
deadline before the Date, no run of 12+ digits in a Message-ID, verified mail sent from the
provider's own domain with passing authentication, non-AWS notices without AWS accounts,
service names in the batch conventions, files exist). It exits 1 on a mismatch. Edit the
script, not the files. Its Message-ID helper breaks every digit run after four digits.

All labels were decided by reading the messages; the classifier was neither run nor read.
Wording is our own; shapes (subjects, senders, structure, date kinds, account and region
notation) follow the public pages listed under Sources, none of which the earlier batches
used. Account IDs, case and ticket numbers, instance, host and broker IDs, prices, CVE and
bulletin numbers and several 2026-2027 changes are invented for the autumn-2026 setting (the
MSK 3.6, Bedrock model, Synthetics runtime, RabbitMQ 3.13, Aurora MySQL 3.04 and Glue 3.0
dates, the Cognito and Bedrock prices, the Price List change, the DynamoDB event). Real dates
kept where public: AWS App Mesh support ends September 30, 2026; AWS Proton support ends
October 7, 2026; the Azure Functions in-process model ends November 10, 2026; new toll-free
registrations need Privacy Policy and Terms URLs from September 15, 2026.

## What is in the batch

- Critical (%(crit)d): a Trust & Safety phishing-page report on an Elastic IP (001); an SES
  review opened as a Support case over complaints (002); a Google Cloud 'Action required:
  Critical problem' crypto-mining warning with 3 days to appeal (003); a Japanese port-scan
  report (004); spam after a lifted port-25 limit, limit restored (005); an exposed key in a
  Support case (006); a GuardDuty console-login finding as raw SNS JSON (007); an account
  suspended pending verification (008); a Microsoft Defender for Cloud mining alert (009); a
  Japanese exposed-key notice to the security contact (010); a Health exposed-key event
  forwarded as an attachment (011); a 'RE: [Account Suspended]' phish (012).
- Action required, none with an [Action Required] subject marker: App Mesh ('we will stop
  supporting'), MSK Kafka 3.6 ('reaches end of support', Health), Bedrock model EOL ('update
  your application to use'), CloudWatch Synthetics runtime ('will stop supporting'), Amazon MQ
  RabbitMQ 3.13 ('please upgrade before', create block first), an IoT CA certificate ('your
  certificate expires'), a toll-free number registration returned for changes, Aurora MySQL
  3.04 LTS in Japanese, Azure Functions in-process model, an ACM renewal scam, AWS Proton
  ('Reminder: migrate off ... before'), Glue 3.0 ('will reach end of life').
- Maintenance: Redshift maintenance window (Health), a degraded Dedicated Host to be released,
  an RDS hardware maintenance notice forwarded inline by a Japanese MSP, a DigitalOcean Droplet
  migration.
- Pricing: Bedrock extended-access prices, a Price List update from the public SNS topic (raw
  JSON), a new Cognito M2M charge. Billing: Free plan ending, purchase order expiring, a
  Japanese bank-transfer invoice, a free-tier phish.
- Security advisory: an OpenSSL security bulletin, an Inspector finding through a
  customer-configured User Notifications rule. Informational: a post-event summary (Health),
  an account-closure confirmation, an ACM 'Certificate Available' renewal event (SNS JSON).
- Providers: %(prov)s.
- Senders: no-reply-aws@amazon.com (plain notices and Support case mails), health@aws.com
  (managed notifications, multipart with awstrack.me links), no-reply@notifications.aws,
  no-reply@sns.amazonaws.com (raw JSON under 'AWS Notification Message'),
  trustandsafety@support.aws.com, aws-receivables-support@email.amazon.com,
  google-cloud-compliance@google.com, azure-noreply@microsoft.com, support@digitalocean.com; a
  colleague, a Japanese MSP; three look-alike or unrelated domains for the phish.
- Encodings: us-ascii 7bit, UTF-8 quoted-printable and base64, ISO-2022-JP (body and RFC 2047
  subject), HTML only, multipart/alternative, multipart/mixed with message/rfc822. Languages:
  %(en)d English, %(ja)d Japanese.
- Traps: a 12-digit Google project number (declared trap); 19-digit VM and alert ids; 14-digit
  Price List versions; 15-digit case numbers; account IDs only in dashed form (008, 039) or
  only inside JSON and ARNs (007, 040); the owner account of AWS's public SNS topic (030);
  past dates next to future ones (Bedrock Legacy date, Glue end of support, TFN rule date);
  create-block date before the end-of-support date (017); a certificate expiry that is not a
  deadline (040); 'Start time' / 'End time' of Health events; awstrack.me hosts and SNS topic
  Regions that are not resource Regions; a deadline written in Japan time (027).

## Counts

| category | all | verified | unverified | suspicious |
|---|---|---|---|---|
%(rows)s

Trust: %(ver)d verified, %(unv)d unverified, %(sus)d suspicious.
Reminders: %(rem)d. Messages with a deadline: %(dl)d.

## Labels we were unsure of

- `003` (Google Cloud mining warning): abuse, because the provider enforces its policy on the
  project; the text also suggests a compromise (security-incident would be defensible).
- `009` (Defender for Cloud): security-incident, because the alert describes an attack on the
  customer's VM; the mining itself is what `003` calls abuse.
- `017` (Amazon MQ): deadline 2027-02-15, the end-of-support date the subject names, not the
  earlier create block 2027-01-16 (no new brokers), by the parent README's (owner's) rule.
- `026` (Dedicated Host): maintenance, like an instance retirement, although the customer has to
  move the instances; action-required would also be defensible.
- `027` (MSP relay): deadline 2026-12-01, the window start in UTC; the MSP writes 12月2日 in
  Japan time.
- `029` (Bedrock prices): pricing with the effective date; the mail also hints at moving to
  another model, which is optional.
- `030` (Price List SNS): the only 12-digit ID is the owner of AWS's public topic; labelled as
  an account because the rules ask for every account ID in the text (aws-wording-2 017 does
  the same).
- `032`, `033`, `034`: billing mail with explicit act-by dates (upgrade, renew the purchase
  order, invoice due date) keep the date as deadline.
- `016` (Synthetics): action-required although canaries keep running after the date.
- `039` (account closed): informational; the 90-day reopen period end is not a deadline.
- Service codes chosen by us: APPMESH, KAFKA (MSK), CLOUDWATCH (Synthetics, Price List offer
  AmazonCloudWatch), MQ, IOT, SMS-VOICE (End User Messaging), PROTON, GLUE, REDSHIFT,
  COGNITO, DYNAMODB, INSPECTOR; RDS for Aurora; other providers as `<provider>:<product>`.

## Sources read (shapes and facts, never copied)

%(sources)s
"""


if __name__ == "__main__":
    main()
