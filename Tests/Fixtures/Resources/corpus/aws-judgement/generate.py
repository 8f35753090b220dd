#!/usr/bin/env python3
"""Generate the `aws-judgement` batch of the labelled notice corpus.

Standard library only, deterministic. Run from anywhere:

    python3 Tests/Fixtures/Resources/corpus/aws-judgement/generate.py

50 AWS notices that test judgement beyond keyword markers: action-required
notices whose subject carries no marker, notices with several dates where the
one that matters is not the first, provider-side maintenance (one of them with
an "[Action Required]" subject), pricing, billing and plain news.  Services are
often named only in the body or by product name (Aurora, Fargate, OpenSearch,
Elastic Beanstalk, a Japanese service name).  Both AWS sending formats appear:
classic no-reply-aws@amazon.com mails and health@aws.com mails with the
"[AWS Account: ...] [REGION]" suffix, AWS Health event ARN links and
*.r.us-east-1.awstrack.me click-tracking links.

Every message is written in our own words after the shape of a real, public
notice (the `source` of each label).  Each label was decided by reading the
message; the project's classifier was neither run nor read.

Writing the files, labels.json and README.md and checking every file against
its label are shared with the other batches (corpus_common.py); this batch
adds that every notice is AWS's and exits 1 on any mismatch.  MIME building
and Authentication-Results come from the parent folder's generate.py;
importing either writes nothing.
"""
import hashlib
import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ in the corpus folder
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import corpus_common as common        # noqa: E402  (labels, writing and checking)
import generate as base               # noqa: E402  (MIME helpers)
from generate import TO_BILL, TO_JA, TO_OPS, TO_SEC  # noqa: E402


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def _msgid(sub, name, address):
    """Deterministic Message-ID in the style of the sending system, without long digit runs."""
    h = common.nodigitruns(hashlib.sha1((sub + "/" + name).encode()).hexdigest(), 5, "f")
    if address.split("@")[1].endswith(common.SES_DOMAINS):
        return "<0100019a%s-000000@email.amazonses.com>" % common.ses_id(h)
    return "<%s.%s@mail.%s>" % (h[:16], h[16:24], address.split("@")[1])


BATCH = common.Batch(__file__, msgid=_msgid)
MSGS, add = BATCH.msgs, BATCH.add
L = common.label   # (category, services, accounts, regions, deadline, trust, reminder, source, note,
#                     traps=(), provider="aws")
health_arn = common.health_arn
_esc = common.esc


def awstrack(host, target, seed, n=441):
    """A link wrapped by the SES click-tracking host, in the form seen in real AWS mail."""
    h = common.nodigitruns(hashlib.sha1((seed + "|" + target).encode()).hexdigest(), 5, "e")
    sig = common.nodigitruns(hashlib.sha1(("sig|" + seed + "|" + target).encode()).hexdigest(),
                             4, "Q")[:27]
    return common.awstrack_url(host, target, h, sig, n, "0100019a", escape="/?#&")


def health_url(arn):
    region = arn.split(":")[3]
    return ("https://health.aws.amazon.com/health/home?region=%s#/event-log?eventID=%s"
            "&eventTab=details" % (region, arn))


AWS_FOOTER = common.AWS_FOOTER

JA_FOOTER = """\
今後ともアマゾン ウェブ サービスをよろしくお願いいたします。

アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア

本メールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんので
あらかじめご了承ください。"""

HEALTH_PERIODIC = ("[AWS Health may periodically trigger reminder notifications about this "
                   "communication if resources remain unresolved.]")


def health_text_footer(arn):
    return """\
View details in the AWS Health Dashboard:
%s

You are receiving this email because AWS Health events for your account are
delivered through AWS User Notifications. To manage which notifications you
receive, visit https://console.aws.amazon.com/notifications/home#/managed-notifications

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210""" % health_url(arn)


def health_html(title, paras, arn, *, account, event_type, region, service, category,
                start=None, end=None, resources=(), host, seed, lang="en"):
    """HTML in the layout of the health@aws.com (AWS User Notifications) messages: header,
    'View in Notification Center' and 'View details in service console' links through the
    awstrack.me click tracker, the message body, then a 'Message metadata' table."""
    nc = awstrack(host, "https://console.aws.amazon.com/notifications/home#/notifications/"
                  "AWS-Health/Operations/a01" + hashlib.sha1(seed.encode()).hexdigest()[:20]
                  .translate(str.maketrans("0123456789", "abcdefghjk")) + "/details", seed)
    console = awstrack(host, health_url(arn) + "&layout=vertical", seed)
    manage = awstrack(host, "https://console.aws.amazon.com/notifications/home#/"
                      "managed-notifications", seed)
    body = "\n".join("<p style=\"margin:0 0 14px 0\">%s</p>" % p for p in paras)
    if resources:
        body += "\n<p style=\"margin:0 0 6px 0\">%s</p>\n<ul>\n%s\n</ul>" % (
            "影響を受けるリソース:" if lang == "ja" else "Affected resources:",
            "\n".join("<li>%s</li>" % _esc(r) for r in resources))
    rows = [("Affected account", account), ("Event type code", event_type),
            ("Event region", region), ("Service", service), ("Event type category", category)]
    if start:
        rows.append(("Start time", start))
    if end:
        rows.append(("End time", end))
    meta = "\n".join(
        "<tr><td style=\"color:#545b64;padding:4px 12px 4px 0\">%s</td>"
        "<td style=\"padding:4px 0\">%s</td></tr>" % (k, _esc(v)) for k, v in rows)
    view_nc = "通知センターで表示" if lang == "ja" else "View in Notification Center"
    view_console = "サービスコンソールで詳細を表示" if lang == "ja" else "View details in service console"
    return """<!doctype html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>%(title)s</title></head>
<body style="word-spacing:normal;background-color:#E5E5E5;margin:0">
<div style="margin:0 auto;max-width:600px;background:#232F3E">
<p style="font-family:Helvetica,Arial,sans-serif;font-size:25px;color:#fff;margin:0;padding:16px 25px">AWS Health Event</p>
</div>
<div style="margin:0 auto;max-width:600px;background:#ffffff;padding:20px 25px;font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:22px;color:#000000">
<div style="text-align:right;font-weight:bold"><a href="%(nc)s" style="color:#545B64">%(view_nc)s</a></div>
<div style="font-size:18px;font-weight:bold;margin:16px 0">%(title)s</div>
<p><a href="%(console)s" style="display:inline-block;background:#ff9900;color:#16191f;font-weight:bold;padding:10px 25px;border-radius:3px;text-decoration:none" target="_blank">%(view_console)s</a></p>
%(body)s
<hr style="border:0;border-top:1px solid #D5DBDB">
<div style="font-size:18px;font-weight:bold;margin:12px 0">Message metadata</div>
<table style="font-size:13px;border-collapse:collapse">
%(meta)s
</table>
<hr style="border:0;border-top:1px solid #D5DBDB">
<p style="font-size:11px;color:#5f6b7a">You are receiving this email because AWS Health events for this account are
delivered through AWS User Notifications. <a href="%(manage)s" style="color:#545B64">Manage notification settings</a>.<br>
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</div>
</body></html>
""" % dict(title=_esc(title), nc=nc.replace("&", "&amp;"), console=console.replace("&", "&amp;"),
           manage=manage.replace("&", "&amp;"), body=body, meta=meta, view_nc=view_nc,
           view_console=view_console)


def marketing_html(title, paras, links, *, host, seed, footer_lang="en"):
    """HTML of an aws-marketing-email-replies@amazon.com mail: every link goes through the
    awstrack.me click tracker.  `links` is a list of (label, target)."""
    items = "\n".join("<p style=\"margin:0 0 14px 0\">%s</p>" % p for p in paras)
    buttons = "\n".join(
        "<p><a href=\"%s\" style=\"color:#0073bb\">%s</a></p>" % (
            awstrack(host, target, seed, 386).replace("&", "&amp;"), label)
        for label, target in links)
    unsub = awstrack(host, "https://pages.awscloud.com/communication-preferences.html", seed, 386)
    privacy = awstrack(host, "https://aws.amazon.com/privacy/", seed, 386)
    if footer_lang == "ja":
        foot = ("このメールは Amazon Web Services からのお知らせを受け取る設定のお客様にお送りしています。"
                "<a href=\"%s\">配信設定の変更・配信停止</a> | <a href=\"%s\">プライバシー規約</a><br>"
                "アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1" % (unsub, privacy))
    else:
        foot = ("You are receiving this email because you subscribed to updates from Amazon Web "
                "Services. <a href=\"%s\">Unsubscribe or manage preferences</a> | "
                "<a href=\"%s\">Privacy</a><br>Amazon Web Services, Inc. is a subsidiary of "
                "Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210" % (unsub, privacy))
    return """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>%s</title></head>
<body style="margin:0;background:#f2f3f3">
<table width="600" align="center" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:14px 24px"><img src="https://a0.awsstatic.com/libra-css/images/logos/aws_logo_smile_179x109.png" width="60" alt="AWS"></td></tr>
<tr><td style="padding:24px">
<h1 style="font-size:22px;margin:0 0 16px 0">%s</h1>
%s
%s
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">%s</td></tr>
</table>
</body></html>
""" % (_esc(title), _esc(title), items, buttons, foot)


AWS_NOREPLY = ("Amazon Web Services", "no-reply-aws@amazon.com")
AWS_NOREPLY_INC = ("Amazon Web Services, Inc.", "no-reply-aws@amazon.com")
AWS_HEALTH = ("AWS Health", "health@aws.com")
AWS_MKT = ("Amazon Web Services", "aws-marketing-email-replies@amazon.com")
AWS_MKT_JA = ("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com")
AWS_BUDGETS = ("AWS Budgets", "budgets@costalerts.amazonaws.com")
AWS_FREETIER = ("AWS Free Tier", "freetier@costalerts.amazonaws.com")
AWS_RECEIVABLES = ("Amazon Web Services", "aws-receivables-support@email.amazon.com")
AWS_CERTS = ("Amazon Certificates", "no-reply@certificates.amazon.com")
AWS_REGISTRAR = ("Amazon Registrar", "noreply@registrar.amazon.com")
AWS_MP = ("AWS Marketplace", "no-reply@marketplace.aws")

TO_DEV = ("Platform Engineering", "platform-eng@example.com")
TO_JA_INFRA = ("インフラチーム", "infra@example.co.jp")

A_PASS = base.auth()
A_HEALTH = base.auth(domain="aws.com")
A_HEALTH_JA = base.auth(domain="aws.com", mx="mx.example.co.jp")
A_JA = base.auth(mx="mx.example.co.jp")
A_COST = base.auth(domain="costalerts.amazonaws.com")
A_COST_JA = base.auth(domain="costalerts.amazonaws.com", mx="mx.example.co.jp")
A_RECV = base.auth(domain="email.amazon.com")
A_RECV_JA = base.auth(domain="email.amazon.com", mx="mx.example.co.jp")

H_MKT = [("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences.html>"),
         ("X-SES-Outgoing", "2026.11.05-54.240.8.1")]
H_NOTIF = [("X-AMAZON-MAIL-RELAY-TYPE", "notification")]

# sources read (shapes and facts, never copied); the key of each label
S_RDS_CERT_2019 = "https://github.com/JustUtahCoders/comunidades-unidas-internal/issues/331"
S_RDS_CERT_EXT = "https://github.com/palmetto-tech/Palmetto/issues/256"
S_AURORA_EOL = "https://github.com/guardian/giant/issues/850"
S_R53_RENEW = "https://github.com/MozillaFoundation/foundation.mozilla.org/issues/13515"
S_WORKSPACES = "https://docs.aws.amazon.com/workspaces/latest/adminguide/workspaces-port-requirements.html"
S_SNOW = "https://github.com/SummitRoute/aws_breaking_changes/issues/115"
S_TLS_FIPS = "https://github.com/RTXteam/RTX/issues/696"
S_ACM_EMAIL = "https://docs.aws.amazon.com/acm/latest/userguide/email-automation.html"
S_ACM_RENEW = "https://github.com/mitodl/ol-infrastructure/issues/2726"
S_LAMBDA_NODE18 = "https://github.com/bam-lambda/bam/pull/191"
S_LAMBDA_JA = "https://github.com/aws-samples/dify-self-hosted-on-aws/issues/67"
S_EKS_132 = "https://github.com/CredentialEngine/CredentialRegistry/issues/902"
S_OPENSEARCH_EOS = "https://github.com/ministryofjustice/cloud-platform/issues/7171"
S_EB_AL1 = "https://github.com/MozillaFoundation/mofo-devops/issues/833"
S_IMDS_DEFAULT = "https://aws.amazon.com/about-aws/whats-new/2024/03/set-imdsv2-default-new-instance-launches"
S_EC2_CLASSIC = "https://aws.amazon.com/blogs/aws/ec2-classic-is-retiring-heres-how-to-prepare/"
S_SDK_JAVA1 = "https://github.com/CredentialEngine/CredentialRegistry/issues/964"
S_CODECOMMIT = "https://github.com/aws-ia/terraform-aws-control_tower_account_factory/issues/477"
S_PINPOINT = "https://github.com/SummitRoute/aws_breaking_changes/issues/141"
S_WORKMAIL = "https://github.com/hashicorp/terraform-provider-aws/issues/47177"
S_R53_VERIFY = "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/domain-click-email-link.html"
S_OS_SOFTWARE = "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/service-software.html"
S_RDS_ES_JA = "https://docs.aws.amazon.com/ja_jp/AmazonRDS/latest/UserGuide/extended-support.html"
S_EC2_RETIRE_JA = "https://blog.denet.co.jp/ec2_retire/"
S_EC2_REBOOT = "https://github.com/freelawproject/courtlistener/issues/2957"
S_RDS_AMVU = "https://github.com/CredentialEngine/CredentialRegistry/issues/1036"
S_JA_MAILTYPES = "https://qiita.com/T-Hashi-moto/items/a88378bc62aacfd0ff0a"
S_DX = "https://github.com/networktocode/circuit-maintenance-parser/issues/74"
S_FARGATE = "https://github.com/department-of-veterans-affairs/va.gov-team/issues/103806"
S_FARGATE_WAIT = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/prepare-task-retirement.html"
S_MP_AGREEMENT = "https://docs.aws.amazon.com/marketplace/latest/buyerguide/agreement-eventbridge.html"
S_RDS_ES_PRICE = "https://github.com/aws-samples/rds-extended-support-cost-estimator/issues/7"
S_IPV4 = "https://github.com/lithops-cloud/lithops/issues/1222"
S_PRICE_CUT = "https://github.com/vantage-sh/ec2instances.info/issues/114"
S_STATEMENT = ("https://intelligence.abnormal.ai/attack-library/"
               "fake-amazon-web-services-billing-notification-used-in-credential-theft-attempt")
S_BUDGETS = "https://github.com/2i2c-org/infrastructure/pull/4381"
S_FREETIER = "https://github.com/2i2c-org/infrastructure/issues/1152"
S_PASTDUE_JA = "https://zenn.dev/emapoppo/articles/2de82e42fc6aa4"
S_PAYMENT = "https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/manage-making-a-payment.html"
S_SP_RENEW = "https://www.repost.aws/fr/knowledge-center/savings-plans-renew"
S_MKT_UNSUB = "https://github.com/s0enke/cloudformation-templates/pull/19"
S_RESOLVED = "https://github.com/jbbarth/aws-status/issues/7"
S_GD_SNS = "https://docs.amazonaws.cn/en_us/guardduty/latest/ug/guardduty_sns.html"


# ==========================================================================
# ACTION REQUIRED, no marker in the subject
# ==========================================================================

add("001-rds-certificates-update-by.eml",
    frm=AWS_NOREPLY_INC, to=TO_OPS,
    subject="Update your Amazon RDS SSL/TLS certificates by January 14, 2027 [AWS Account: 482913057164]",
    date="2026-10-06 21:14:37 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

Please act before January 14, 2027 to avoid an interruption of applications
that connect to your Amazon RDS and Amazon Aurora DB instances over SSL/TLS.

Each RDS DB instance presents a server certificate that is signed by an
intermediate certificate of the rds-ca-rsa2048-g1 certificate authority (CA).
Your database clients check this chain before they exchange any data. The
intermediate certificate that signed the server certificates of the DB
instances listed below expires on March 31, 2027. RDS has published a
replacement intermediate and an updated certificate bundle.

You are receiving this message because you have Amazon RDS DB instances in the
AP-NORTHEAST-1 and AP-SOUTHEAST-1 Regions whose server certificates still chain
to the expiring intermediate:

  ap-northeast-1   orders-db-1        (Aurora MySQL)
  ap-northeast-1   orders-db-2        (Aurora MySQL)
  ap-southeast-1   catalog-postgres   (RDS for PostgreSQL)

What you need to do:
1. Add the updated certificate bundle to the trust store of every client
   application that verifies the server certificate.
2. Rotate the server certificate of each DB instance listed above, either now
   or in your next maintenance window, by modifying the instance.

If these steps are not completed, applications that verify the certificate
chain will fail to connect to these DB instances after March 31, 2027. We
recommend that you test the steps in a development or staging environment
first. The full procedure is in the Amazon RDS User Guide:
https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html

If you have questions, contact AWS Support: https://aws.amazon.com/support

%s
""" % AWS_FOOTER,
    label=L("action-required", ["RDS"], ["482913057164"], ["ap-northeast-1", "ap-southeast-1"],
            "2027-01-14", "verified", False, S_RDS_CERT_2019,
            "Subject without any marker ('Update your Amazon RDS SSL/TLS certificates by ...') but the "
            "body asks to act before January 14, 2027; March 31, 2027 is the later expiry, not the act-by "
            "date. Regions in upper case in the sentence and lower case in the list. Shape: the 2019 RDS "
            "CA notice forwarded in JustUtahCoders/comunidades-unidas-internal#331 (fictional 2027 "
            "intermediate rotation)."))

add("002-rds-certificates-date-extended.eml",
    frm=AWS_NOREPLY_INC, to=TO_OPS,
    subject="Update your Amazon RDS SSL/TLS certificates by March 3, 2027 [AWS Account: 730215948362]",
    date="2026-11-18 22:05:11 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

We previously wrote to you on October 6, 2026 asking you to update your RDS
SSL/TLS certificates by January 14, 2027. We have moved that date: please act
before March 3, 2027 to avoid an interruption of applications that use SSL/TLS
to connect to your RDS and Aurora DB instances.

March 3, 2027 is only four weeks before the intermediate certificate actually
expires on March 31, 2027. We need those four weeks for our own checks of the
remaining DB instances, so this date cannot be moved again.

You are receiving this message because you have Amazon RDS DB instances that
require action in the US-WEST-2 Region. They are listed in the 'Affected
resources' tab of the AWS Health Dashboard for this account (730215948362):

  billing-ledger-prod   (RDS for MySQL)
  billing-ledger-ro1    (RDS for MySQL, read replica)

To complete the update:
- add the updated RDS certificate bundle to the trust store of every client
  that verifies the server certificate, and
- rotate the server certificate of each DB instance, immediately or in the
  next maintenance window.

Applications that verify the certificate chain will not be able to connect to
these DB instances after March 31, 2027 if the update is not done.

Instructions:
https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html

%s
""" % AWS_FOOTER,
    label=L("action-required", ["RDS"], ["730215948362"], ["us-west-2"], "2027-03-03", "verified",
            True, S_RDS_CERT_EXT,
            "Follow-up that repeats the October 6 notice with a new act-by date: the old date January 14, "
            "2027 is still in the future at the Date (2026-11-18) but superseded; the deadline is March 3, "
            "2027, and March 31, 2027 is the expiry. Reminder because it re-sends the earlier request. "
            "Shape: the 'we have extended the dates' RDS notice in palmetto-tech/Palmetto#256."))

_ARN_003 = health_arn("eu-central-1", "RDS", "AWS_RDS_PLANNED_LIFECYCLE_EVENT", "c4b9e1fa7d2e8bca")
_P003 = [
    "You are receiving this message because you have one or more Amazon Aurora MySQL version 2 "
    "(compatible with MySQL 5.7) DB clusters in this account that still need an upgrade.",
    "Aurora MySQL version 2 reached the end of standard support on October 31, 2024. Since then "
    "these clusters have been running under Amazon RDS Extended Support, which is billed per vCPU-hour "
    "on top of your instance charges.",
    "RDS Extended Support for Aurora MySQL version 2 ends on February 28, 2027. After that date, "
    "Aurora will upgrade any remaining version 2 clusters to Aurora MySQL version 3 (compatible with "
    "MySQL 8.0) during a maintenance window. A major version upgrade can take the cluster offline "
    "for some time and can break applications that are not compatible with MySQL 8.0.",
    "Upgrade your clusters before February 28, 2027 so that you control when the upgrade happens. "
    "Test the upgrade on a clone or a blue/green deployment first.",
]
add("003-aurora-mysql2-upgrade-before.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="Upgrade your Amazon Aurora MySQL 2 clusters before February 28, 2027 [AWS Account: 259370418806] [EU-CENTRAL-1]",
    date="2026-09-09 16:02:44 +0000",
    auth_results=A_HEALTH, headers=H_NOTIF,
    body="""\
Hello,

%s

%s

Affected clusters:
  arn:aws:rds:eu-central-1:259370418806:cluster:orders-aurora
  arn:aws:rds:eu-central-1:259370418806:cluster:reporting-aurora

Upgrade guide:
https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Updates.MajorVersionUpgrade.html

%s
""" % (HEALTH_PERIODIC, "\n\n".join(_P003), health_text_footer(_ARN_003)),
    html=health_html("Upgrade your Amazon Aurora MySQL 2 clusters before February 28, 2027",
                     [HEALTH_PERIODIC] + _P003, _ARN_003, account="259370418806",
                     event_type="AWS_RDS_PLANNED_LIFECYCLE_EVENT", region="eu-central-1",
                     service="RDS", category="Planned lifecycle event",
                     start="Sun, 28 Feb 2027 00:00:00 GMT",
                     resources=["arn:aws:rds:eu-central-1:259370418806:cluster:orders-aurora",
                                "arn:aws:rds:eu-central-1:259370418806:cluster:reporting-aurora"],
                     host="k3vq8sgn", seed="003"),
    label=L("action-required", ["RDS"], ["259370418806"], ["eu-central-1"], "2027-02-28", "verified",
            False, S_AURORA_EOL,
            "Aurora (service code RDS) end of Extended Support: the first date, October 31, 2024 (end of "
            "standard support), is long past; the act-by date is February 28, 2027. health@aws.com with "
            "[AWS Account] [EU-CENTRAL-1] suffix, multipart text + HTML with awstrack.me links and "
            "metadata table. Shape: Aurora end-of-support Health notice in guardian/giant#850."))

_R53_HOST = "6q7prkrx"
add("004-route53-domain-renewal-requires-action.eml",
    frm=("Amazon Route 53", "no-reply-aws@amazon.com"), to="hostmaster@example.com",
    subject="Your domain renewal requires action",
    date="2026-11-02 07:41:09 +0000",
    auth_results=A_PASS,
    body="""\
Dear AWS customer,

The northwind-analytics.net domain is registered with Amazon Route 53. We
tried to renew it automatically on 2026-11-01, but the renewal did not go
through because the charge of $15 USD to the default payment method of your
AWS account was declined.

The domain expires on 2026-12-09.

To keep the domain, update the payment method of your AWS account and then
renew the domain manually in the Route 53 console before 2026-12-09:
%s

If the domain expires, it stops resolving: websites and email that use it stop
working. You may be able to restore it for a limited time after expiration,
for an additional restoration fee.

If you no longer need northwind-analytics.net, you don't have to do anything;
the domain will expire on 2026-12-09. You will receive further reminders
before expiration, as required by ICANN.

Route 53 domain pricing depends on the top-level domain:
%s

Regards,
Amazon Route 53
""" % (awstrack(_R53_HOST, "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/domain-renew.html", "004", 407),
       awstrack(_R53_HOST, "https://aws.amazon.com/route53/pricing/", "004", 407)),
    label=L("action-required", ["ROUTE53DOMAINS"], [], [], "2026-12-09", "verified", False, S_R53_RENEW,
            "No marker in 'Your domain renewal requires action'; failed auto-renewal, renew before the "
            "expiry 2026-12-09 (ISO dates); 2026-11-01 is the past renewal attempt. Links through "
            "6q7prkrx.r.us-east-1.awstrack.me (its us-east-1 is not a resource region). No account ID "
            "in the text. Shape: Route 53 renewal mail quoted in "
            "MozillaFoundation/foundation.mozilla.org#13515."))

add("005-workspaces-firewall-maintain-connectivity.eml",
    frm=("Amazon WorkSpaces", "no-reply-aws@amazon.com"), to=TO_OPS,
    subject="Update your Amazon WorkSpaces firewall settings to maintain connectivity",
    date="2026-10-21 18:30:00 +0000",
    auth_results=A_PASS, cte="qp", charset="utf-8",
    body="""\
Hello,

You are receiving this message because your AWS account (AWS Account ID:
614582307719) has Amazon WorkSpaces in the Asia Pacific (Tokyo) Region
(ap-northeast-1).

To add capacity, the WorkSpaces streaming gateways in ap-northeast-1 will
start to use additional public IP address ranges on February 1, 2027. Users
whose network only allows the current gateway ranges will not be able to
connect to their WorkSpaces from that date.

Please add the following ranges to the allow lists of your firewalls, proxy
servers and any network access control lists used by WorkSpaces users before
February 1, 2027:

  Streaming gateways (PCoIP and WSP, TCP/UDP 4172 and 4195):
    18.183.240.0/24
    18.183.241.0/24
  Health check (TCP 443):
    54.250.251.0/28

The complete list is published in ip-ranges.json under the service name
WORKSPACES_GATEWAYS, and the required ports are described here:
https://docs.aws.amazon.com/workspaces/latest/adminguide/workspaces-port-requirements.html

If your users connect without a firewall that filters by destination address,
no change is needed.

Thank you for using Amazon WorkSpaces.

%s
""" % AWS_FOOTER,
    label=L("action-required", ["WORKSPACES"], ["614582307719"], ["ap-northeast-1"], "2027-02-01",
            "verified", False, S_WORKSPACES,
            "Subject has no marker; allow-list new gateway ranges before February 1, 2027. Region both "
            "as 'Asia Pacific (Tokyo)' and code. Quoted-printable UTF-8. Facts after the WorkSpaces port "
            "requirements page (ranges here are invented)."))

add("006-lightsail-plans-ending.eml",
    frm=("Amazon Lightsail", "no-reply-aws@amazon.com"), to=TO_OPS,
    subject="Amazon Lightsail Windows Server 2016 plans ending January 31, 2027",
    date="2026-10-28 15:12:40 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

Microsoft ends extended support for Windows Server 2016 on January 12, 2027.
As a result, Amazon Lightsail is ending its Windows Server 2016 instance plans.

Timeline:
- November 30, 2026: the Windows Server 2016 blueprint and plans are no
  longer offered. You can't create new Windows Server 2016 instances from this
  date. Instances that are already running are not affected, so there is
  nothing to do for this date unless you plan to create new instances.
- January 31, 2027: the plans end. Lightsail stops any Windows Server 2016
  instances that are still running, and they can't be started again.

Your AWS account 208754319960 has the following Windows Server 2016 instances
in the Europe (London) Region (eu-west-2):

  win2016-fileshare   (8 GB plan)
  win2016-rdgateway   (4 GB plan)

What to do before January 31, 2027:
1. Create a snapshot of each instance.
2. Create a new instance from a Windows Server 2022 blueprint and move your
   applications and data to it, or export the snapshot to Amazon EC2.
3. Delete the Windows Server 2016 instances when you no longer need them.

Instructions: https://docs.aws.amazon.com/lightsail/latest/userguide/understanding-instance-snapshots-in-amazon-lightsail.html

%s
""" % AWS_FOOTER,
    label=L("action-required", ["LIGHTSAIL"], ["208754319960"], ["eu-west-2"], "2027-01-31", "verified",
            False, S_SNOW,
            "'<product> plans ending <date>' subject without marker. Three dates: January 12, 2027 "
            "(Microsoft's date, context), November 30, 2026 (no new instances; explicitly no action for "
            "existing ones) and January 31, 2027, the date the subject names and the act-by date. "
            "Shape: 'no new orders from date1, existing customers supported until date2' retirement in "
            "SummitRoute/aws_breaking_changes#115; the Lightsail change is fictional."))

add("007-tls12-minimum-api-endpoints.eml",
    frm=AWS_NOREPLY, to=TO_DEV,
    subject="TLS 1.2 to become the minimum TLS protocol level for all AWS API endpoints",
    date="2026-09-22 19:45:03 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

Starting in June 2023, AWS moved the TLS configuration of its service API
endpoints to a minimum of TLS 1.2. A small number of endpoints kept accepting
TLS 1.0 and TLS 1.1 under a temporary exception for customers who were still
migrating. That exception is ending.

Our records show that during the last 30 days your AWS account (661938475102)
made API calls that used TLS 1.0 or TLS 1.1 to the following endpoints in the
US East (Ohio) Region:

  sqs.us-east-2.amazonaws.com            SendMessage, ReceiveMessage
  s3.dualstack.us-east-2.amazonaws.com   GetObject, PutObject

Beginning February 26, 2027, these endpoints will reject connections that
use TLS 1.0 or TLS 1.1. Please update the affected clients so that they
negotiate TLS 1.2 or later before February 26, 2027. Current versions of the
AWS SDKs and the AWS CLI use TLS 1.2 by default; older Java runtimes and
some embedded HTTP clients may need a configuration change.

You can find the calls that still use older TLS versions in AWS CloudTrail:
look at the tlsDetails field of the events for these endpoints.

More information:
https://aws.amazon.com/blogs/security/tls-1-2-required-for-aws-endpoints/

If you have questions, contact AWS Support: https://aws.amazon.com/support

%s
""" % AWS_FOOTER,
    label=L("action-required", ["S3", "SQS"], ["661938475102"], ["us-east-2"], "2027-02-26", "verified",
            False, S_TLS_FIPS,
            "The real 2022 subject, no marker; June 2023 is a past date, the act-by date is February 26, "
            "2027. Services are those whose endpoints are listed (unsure: one could also leave services "
            "empty for an all-endpoints notice). Shape: TLS minimum notice quoted in RTXteam/RTX#696."))

add("008-acm-certificate-request-approval.eml",
    frm=AWS_CERTS, to="admin@example.net",
    subject="Certificate request for checkout.example.net",
    date="2026-10-07 09:12:55 +0000",
    auth_results=base.auth(domain="certificates.amazon.com"),
    body="""\
Greetings from Amazon Web Services,

We received a request to issue an SSL/TLS certificate for checkout.example.net.

Check that the domain, AWS account ID and certificate identifier below belong
to a request made by you or someone in your organization.

Domain: checkout.example.net
AWS account ID: 903147628451
AWS Region name: eu-west-1
Certificate Identifier: 5c1d2e9a-7b40-4f8e-a3c6-e1f0b2d49a77

To approve this request, open Amazon Certificate Approvals and follow the
instructions on the page:
https://eu-west-1.certificates.amazon.com/approvals?code=b7e1c2d4-aa31-4f0e-9c5d-3e8f7a6b2c1d&context=f4a2c9e7-1b6d-4e3a-8f2c-d5b9a0e6c3f8

The approval link expires 72 hours after this message was sent. After that,
the certificate request fails and must be requested again.

This email is intended only for people authorized for checkout.example.net.
If you have concerns about this message, or it reached you in error, forward
it with a short explanation to validation-questions@amazon.com.

Sincerely,
Amazon Web Services
""",
    label=L("action-required", ["ACM"], ["903147628451"], ["eu-west-1"], "2026-10-10", "verified",
            False, S_ACM_EMAIL,
            "ACM email-validation request: no marker, sent to admin@ of the domain from "
            "certificates.amazon.com; relative deadline '72 hours after this message was sent' from "
            "2026-10-07 09:12 UTC -> 2026-10-10. Shape: the 'Certificate request for' template in the ACM "
            "email automation documentation."))

_ARN_009 = health_arn("ap-northeast-1", "ACM", "AWS_ACM_RENEWAL_STATE_CHANGE", "e8a1d4cf93b7fade")
add("009-acm-renewal-dns-validation-ja.eml",
    frm=AWS_HEALTH, to=TO_JA_INFRA,
    subject="[要対応] AWS Certificate Manager (ACM) 証明書の自動更新を完了できませんでした [AWS Account: 745120396884] [AP-NORTHEAST-1]",
    date="2026-11-05 10:20:31 +0900",
    auth_results=A_HEALTH_JA, headers=H_NOTIF,
    charset="utf-8", cte="base64", lang="ja",
    body="""\
いつもアマゾン ウェブ サービスをご利用いただきありがとうございます。

お客様の AWS アカウントにある AWS Certificate Manager (ACM) の SSL/TLS 証明書が
2026年12月20日 23:59:59 UTC に有効期限を迎えます。この証明書のプライマリドメインは
www.shop-example.jp で、合計 2 つのドメインが含まれています。

AWS アカウント ID: 745120396884
リージョン: ap-northeast-1 (アジアパシフィック (東京))
証明書 ARN: arn:aws:acm:ap-northeast-1:745120396884:certificate/0d7e5f3a-9c2b-4a1e-b6d8-f4c3a2e1b0d9

ACM は DNS 検証によるこの証明書の自動更新を完了できませんでした。以下のドメインについて、
DNS 設定に正しい CNAME レコードが存在しないことが原因です。

  www.shop-example.jp
  api.shop-example.jp

更新を完了するには、2026年12月20日 23:59:59 UTC までに各ドメインの CNAME レコードを
DNS に追加してください。CNAME レコードの値は ACM コンソールで証明書を展開するか、
DescribeCertificate API で確認できます。証明書が更新されずに失効すると、
ウェブサイトやアプリケーションに接続できなくなる可能性があります。

詳細: https://docs.aws.amazon.com/ja_jp/acm/latest/userguide/troubleshooting-renewal.html

AWS Health ダッシュボードで詳細を表示:
%s
""" % health_url(_ARN_009),
    label=L("action-required", ["ACM"], ["745120396884"], ["ap-northeast-1"], "2026-12-20", "verified",
            False, S_ACM_RENEW,
            "Japanese ACM renewal failure (DNS validation), marker spelled '[要対応]' with ASCII brackets; act "
            "before the expiry "
            "2026年12月20日 23:59:59 UTC. UTF-8 base64. Shape: the ACM 'unable to renew automatically "
            "using DNS validation' mail quoted in mitodl/ol-infrastructure#2726, in Japanese and in the "
            "health@aws.com format."))

add("010-lambda-end-of-support-nodejs18.eml",
    frm=AWS_NOREPLY_INC, to=TO_DEV,
    subject="AWS Lambda end of support for Node.js 18",
    date="2026-10-13 17:25:50 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

We are contacting you because your AWS account 371850264093 still has AWS
Lambda functions that use the Node.js 18 runtime.

Node.js 18 reached its community end of life on April 30, 2025, and Lambda
ended support for it in several stages. Two of them are already in effect:

- Since September 1, 2025, Lambda no longer applies security patches or other
  updates to the Node.js 18 runtime, and functions that use it are no longer
  eligible for technical support.
- Since February 3, 2026, you can't create new functions that use Node.js 18.

We postponed the last stage to give customers more time. Starting December 1,
2026, you will no longer be able to update existing functions that use the
Node.js 18 runtime, including their code and configuration.

End of support does not stop function execution: your functions keep running,
but on a runtime that nobody patches. We recommend that you upgrade them to
Node.js 22 before December 1, 2026.

Functions that use Node.js 18 ($LATEST version):

  arn:aws:lambda:us-west-2:371850264093:function:thumbnailer
  arn:aws:lambda:us-west-2:371850264093:function:image-moderation
  arn:aws:lambda:ap-southeast-2:371850264093:function:webhook-relay

The full list, including published versions, is in the 'Affected resources'
tab of the AWS Health Dashboard.

Lambda runtime support policy:
https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html

%s
""" % AWS_FOOTER,
    label=L("action-required", ["LAMBDA"], ["371850264093"], ["ap-southeast-2", "us-west-2"],
            "2026-12-01", "verified", False, S_LAMBDA_NODE18,
            "The brief's subject 'AWS Lambda end of support for Node.js 18' without marker. Three past "
            "dates (April 30, 2025; September 1, 2025; February 3, 2026) before the only date still ahead, "
            "December 1, 2026 (block update, also the recommended upgrade date). Two regions from the "
            "function ARNs. Shape: Node.js 18 notice quoted in bam-lambda/bam#191 (the postponed date is "
            "fictional)."))

add("011-lambda-python310-ja.eml",
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"), to=TO_JA,
    subject="【要対応】AWS Lambda における Python 3.10 のサポート終了について [AWS Account: 8460-2719-3518]",
    date="2026-10-20 14:00:12 +0900",
    auth_results=A_JA, charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    body="""\
お客様

AWS アカウント 8460-2719-3518 に、Python 3.10 ランタイムを使用する AWS Lambda 関数が
あることを確認しましたので、ご連絡いたします。

Python 3.10 はコミュニティによるサポートが 2026年10月末で終了します。これに合わせて、
Lambda では Python 3.10 ランタイムのサポートを以下のとおり段階的に終了します。

  2026年12月15日  ランタイムの廃止。セキュリティパッチの適用を停止し、
                  テクニカルサポートの対象外となります。
  2027年1月15日   Python 3.10 を使用する関数の新規作成ができなくなります。
  2027年2月15日   既存の関数の更新ができなくなります。

サポート終了後も関数の実行は継続されますが、パッチが適用されないランタイム上で
動作することになります。2026年12月15日までに、関数を Python 3.13 へ移行する
ことをお勧めします。

対象の関数 ($LATEST):
  arn:aws:lambda:ap-northeast-1:846027193518:function:order-batch
  arn:aws:lambda:ap-northeast-1:846027193518:function:slack-notifier

対象の関数は AWS Health ダッシュボードの [影響を受けるリソース] タブでも確認できます。

ランタイムサポートポリシー:
https://docs.aws.amazon.com/ja_jp/lambda/latest/dg/lambda-runtimes.html

%s
""" % JA_FOOTER,
    label=L("action-required", ["LAMBDA"], ["846027193518"], ["ap-northeast-1"], "2026-12-15",
            "verified", False, S_LAMBDA_JA,
            "【要対応】 Japanese runtime notice (ISO-2022-JP body and subject); account dashed in the "
            "subject and plain in the ARNs. Three-date timeline 2026年12月15日 / 2027年1月15日 / "
            "2027年2月15日: earliest ahead and recommended date 2026-12-15. Region only from the ARNs. "
            "Shape: Lambda runtime notice pasted by a Japanese user in "
            "aws-samples/dify-self-hosted-on-aws#67 (Python 3.10 dates fictional)."))

_ARN_012 = health_arn("ap-southeast-1", "EKS", "AWS_EKS_PLANNED_LIFECYCLE_EVENT", "7fb2ce0a9d4e1bfa")
_P012 = [
    HEALTH_PERIODIC,
    "Standard support for Kubernetes version 1.31 in Amazon EKS ended on November 26, 2025. Clusters "
    "whose Kubernetes version policy is set to EXTENDED have been in extended support since then, at the "
    "extended support price per cluster hour.",
    "Extended support for Kubernetes version 1.31 ends on November 26, 2026. After that date, Amazon EKS "
    "will automatically upgrade the control plane of every remaining 1.31 cluster to version 1.32. "
    "Managed node groups, self-managed nodes and add-ons are not upgraded for you and may become "
    "incompatible.",
    "You are receiving this message because this account has one or more EKS clusters on Kubernetes 1.31. "
    "If you have already upgraded or deleted them, please disregard this message.",
    "We recommend that you upgrade to 1.32 or later before November 26, 2026, after checking the "
    "Kubernetes API deprecations with the EKS upgrade insights.",
]
add("012-eks-131-end-of-extended-support.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="Amazon EKS Kubernetes 1.31 end of extended support [AWS Account: 128463950274] [AP-SOUTHEAST-1]",
    date="2026-09-28 20:11:02 +0000",
    auth_results=A_HEALTH, headers=H_NOTIF,
    html=health_html("Amazon EKS Kubernetes 1.31 end of extended support", _P012, _ARN_012,
                     account="128463950274", event_type="AWS_EKS_PLANNED_LIFECYCLE_EVENT",
                     region="ap-southeast-1", service="EKS", category="Planned lifecycle event",
                     start="Thu, 26 Nov 2026 00:00:00 GMT",
                     resources=["arn:aws:eks:ap-southeast-1:128463950274:cluster/payments-sg",
                                "arn:aws:eks:ap-southeast-1:128463950274:cluster/batch-sg"],
                     host="p4wz71ke", seed="012"),
    label=L("action-required", ["EKS"], ["128463950274"], ["ap-southeast-1"], "2026-11-26", "verified",
            False, S_EKS_132,
            "HTML-only health@aws.com message. End of standard support (November 26, 2025) is past; the "
            "date that matters is the end of extended support a year later, November 26, 2026. Real EKS "
            "1.31 dates. Shape: EKS lifecycle notice in CredentialEngine/CredentialRegistry#902, layout "
            "of the User Notifications HTML."))

_ARN_013 = health_arn("eu-west-2", "ES", "AWS_ES_PLANNED_LIFECYCLE_EVENT", "a3f0dc7be9142cfd")
add("013-opensearch-elasticsearch-extended-support-ends.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="Extended Support for Elasticsearch 6.7 domains ends on November 7, 2026 [AWS Account: 567209831645] [EU-WEST-2]",
    date="2026-09-16 12:00:00 +0000",
    auth_results=A_HEALTH, headers=H_NOTIF,
    body="""\
Hello,

%s

You are receiving this message because you have one or more Amazon OpenSearch
Service domains running the legacy engine Elasticsearch 6.7 in this account.

Standard support for Elasticsearch 6.7 on Amazon OpenSearch Service ended on
November 7, 2025. Since then your domains have been covered by Extended
Support, which is charged as a flat fee per normalized instance hour. Extended
Support for this version ends on November 7, 2026.

After November 7, 2026, domains on Elasticsearch 6.7 no longer receive
security patches or bug fixes, and OpenSearch Service will begin upgrading
the remaining domains to OpenSearch 1.3 during their off-peak windows. This
upgrade changes the engine: clients and plugins that depend on
Elasticsearch-specific behaviour may stop working.

We strongly recommend that you upgrade these domains yourself, after testing,
before November 7, 2026:

  arn:aws:es:eu-west-2:567209831645:domain/audit-logs
  arn:aws:es:eu-west-2:567209831645:domain/app-search-legacy

Upgrade paths: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/version-migration.html

%s
""" % (HEALTH_PERIODIC, health_text_footer(_ARN_013)),
    label=L("action-required", ["ES"], ["567209831645"], ["eu-west-2"], "2026-11-07", "verified", False,
            S_OPENSEARCH_EOS,
            "OpenSearch named in the body only (subject says 'Elasticsearch 6.7 domains'), Health code ES. "
            "Standard support ended November 7, 2025 (past); Extended Support ends November 7, 2026, the "
            "act-by date. Plain text health@aws.com mail. Shape: OpenSearch lifecycle event in "
            "ministryofjustice/cloud-platform#7171 (the automatic upgrade is fictional)."))

add("014-elastic-beanstalk-platform-retirement.eml",
    frm=AWS_NOREPLY, to=TO_DEV,
    subject="Elastic Beanstalk platform branch retirement: Node.js 20 running on 64bit Amazon Linux 2023",
    date="2026-10-02 16:40:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

The Node.js community ended support for Node.js 20 on April 30, 2026. AWS
Elastic Beanstalk has marked the platform branch "Node.js 20 running on 64bit
Amazon Linux 2023" as retiring, and will retire it on January 15, 2027.

After the retirement date:
- You can't create new environments on this platform branch.
- Elastic Beanstalk no longer provides platform updates, including security
  updates, for the branch, and managed platform updates stop.
- Existing environments keep running, but they run on an unsupported
  platform.

Your AWS account 395681742037 has the following environments on this
platform branch in the US East (N. Virginia) Region:

  Application      Environment            Environment ID
  storefront-api   storefront-api-prod    e-x4mqkdv2tp
  storefront-api   storefront-api-stage   e-b7hnw3cz9r

Please migrate these environments to the "Node.js 22 running on 64bit Amazon
Linux 2023" platform branch before January 15, 2027. You can do this with a
blue/green deployment: clone the environment to the new branch, test it,
then swap the environment URLs.

Retiring platform branches and the migration guide:
https://docs.aws.amazon.com/elasticbeanstalk/latest/platforms/platforms-retiring.html

%s
""" % AWS_FOOTER,
    label=L("action-required", ["ELASTICBEANSTALK"], ["395681742037"], ["us-east-1"], "2027-01-15",
            "verified", False, S_EB_AL1,
            "Platform retirement with no marker; April 30, 2026 is the past community end of life, the "
            "act-by date is the retirement January 15, 2027. Region only as 'US East (N. Virginia)'. "
            "Shape: Elastic Beanstalk AL1 retirement mail quoted in MozillaFoundation/mofo-devops#833 "
            "(Node.js 20 retirement date fictional)."))

add("015-ec2-imdsv1-calls-default-change.eml",
    frm=("Amazon EC2", "no-reply-aws@amazon.com"), to=TO_SEC,
    subject="Amazon EC2 instances in your account still use Instance Metadata Service Version 1",
    date="2026-11-09 18:22:10 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

Instance Metadata Service Version 2 (IMDSv2) protects instance credentials
against server-side request forgery by requiring a session token. Since
March 2024 you can make IMDSv2 the default for all new instance launches in
an account.

Starting March 1, 2027, Amazon EC2 will turn this default on for accounts
that have not chosen a setting. From that date, new instances launched in
the Canada (Central) Region (ca-central-1) in your account 319064857213 will
require IMDSv2 unless the launch request or launch template sets the
metadata options explicitly. Existing instances are not changed.

In the last 14 days, the following instances in ca-central-1 made IMDSv1
calls (CloudWatch metric MetadataNoTokenRejected would have counted them):

  i-0b5d8e2f4a6c1d3e7   (launch template lt-0c9e4a7d2b1f3e8a6, Auto Scaling group etl-workers)
  i-0e2a7c9f1b4d6e8a3   (launch template lt-0c9e4a7d2b1f3e8a6, Auto Scaling group etl-workers)
  i-04f6b8d1e3a5c7f92   (standalone)

When the replacement instances of these workloads are launched after March 1,
2027, their IMDSv1 calls will be rejected, and software that reads its IAM
role credentials with IMDSv1 will fail. Before March 1, 2027, please update
that software (all AWS SDKs released since 2020 support IMDSv2) and test it
with HttpTokens set to required.

Guide: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-transition-to-version-2.html

%s
""" % AWS_FOOTER,
    label=L("action-required", ["EC2"], ["319064857213"], ["ca-central-1"], "2027-03-01", "verified",
            False, S_IMDS_DEFAULT,
            "IMDSv2 enforcement for new launches: unlike a plain IMDSv1 advisory it sets a date by which "
            "software must be fixed (March 1, 2027); 'March 2024' is history. Instance IDs have no 12-digit "
            "runs. Shape: the 2024 IMDSv2 account-default announcement; the enforcement date is fictional."))

add("016-ec2-previous-generation-retirement.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="Amazon EC2 previous generation instance types are retiring - here is how to prepare",
    date="2026-09-17 15:30:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

Like EC2-Classic networking before them, the first generations of Amazon EC2
instance types (M1, M2, C1, T1 and CC2) are being retired. They run on
hardware that is reaching the end of its life, and every workload on them can
run on current generation instances at a lower price.

Timeline:
- December 1, 2026: accounts that have not run any of these instance types
  in the last 90 days can no longer launch them. Because your account has
  running instances of these types, this step does not apply to you, and you
  can still launch them until the retirement date.
- March 31, 2027: we expect all migrations to be complete. Instances of
  these types that are still running after March 31, 2027 will be stopped.

Your AWS account 886402517369 has these instances in the US East (N. Virginia)
Region (us-east-1):

  i-4f1c8a2e   m1.large    legacy-reporting
  i-0b73d9e5   t1.micro    bastion-old
  i-7a2e5c10   c1.medium   batch-convert

To migrate, stop the instance, change its instance type to a current
generation type (for example m7i.large or t3.micro) and start it again. Some
instances also need a newer AMI with ENA and NVMe drivers. Please complete the
migration by March 31, 2027.

Migration guide: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/previous-generation-instances.html

%s
""" % AWS_FOOTER,
    label=L("action-required", ["EC2"], ["886402517369"], ["us-east-1"], "2027-03-31", "verified",
            False, S_EC2_CLASSIC,
            "EC2-Classic-style staged retirement. December 1, 2026 is the earliest future date but the "
            "text says it does not apply to this account; the act-by date is March 31, 2027 (unsure: a "
            "reader applying 'earliest date ahead' mechanically would pick December 1). Old 8-hex instance "
            "IDs. Shape: 'EC2-Classic is retiring - here's how to prepare' (AWS News Blog); the instance "
            "type retirement is fictional."))

_ARN_017 = health_arn("eu-west-1", "SDK", "AWS_SDK_PLANNED_LIFECYCLE_EVENT", "b2d8f1ca6e3a9bcd")
add("017-sdk-python-boto3-python310.eml",
    frm=AWS_HEALTH, to=TO_DEV,
    subject="AWS SDK for Python (Boto3) end of support for Python 3.10 [AWS Account: 502761938844] [EU-WEST-1]",
    date="2026-11-12 08:05:33 +0000",
    auth_results=A_HEALTH, headers=H_NOTIF,
    body="""\
Hello,

[AWS Health may periodically trigger reminder notifications about this
communication if usage remains detected.]

Our records indicate that one or more applications in this account made AWS
API calls in the EU-WEST-1 Region during the last 14 days with the AWS SDK for
Python (Boto3 and Botocore) running on Python 3.10.

Python 3.10 reached its end of life on October 31, 2026. Starting April 27,
2027, new releases of Boto3, Botocore, s3transfer and the AWS CLI version 1
will require Python 3.11 or later. Versions released before that date will
keep working, but they will not receive bug fixes, security updates or
support for new services and Regions.

To keep receiving updates, move these applications to Python 3.11 or later
before April 27, 2027. To find them:
- search CloudTrail events for a userAgent that contains "Python/3.10";
- check container images and Lambda layers that pin a Python 3.10 base image.

AWS SDKs and Tools maintenance policy:
https://docs.aws.amazon.com/sdkref/latest/guide/maint-policy.html

%s
""" % health_text_footer(_ARN_017),
    label=L("action-required", ["SDK"], ["502761938844"], ["eu-west-1"], "2027-04-27", "verified", False,
            S_SDK_JAVA1,
            "SDK end of support for a Python version, no marker; October 31, 2026 is past at the Date, the "
            "act-by date is April 27, 2027. Service code SDK and the region of the observed calls "
            "(EU-WEST-1 in the suffix and text) are our best reading (unsure: no resource is named). "
            "Shape: the health@aws.com SDK for Java 1.x notice in CredentialEngine/CredentialRegistry#964 "
            "(Python 3.10 dates fictional)."))

add("018-codecommit-no-new-customers.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="AWS CodeCommit availability for accounts in your organization",
    date="2026-10-26 20:00:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

AWS CodeCommit has not been available to new customers since July 25, 2024.
Until now, new member accounts in organizations that already used CodeCommit
could still create repositories.

Beginning December 15, 2026, CodeCommit will be available only to AWS
accounts that have created at least one repository before that date. Accounts
that are created after December 15, 2026, or that have never created a
repository, will not be able to create CodeCommit repositories. Existing
repositories and the accounts that own them are not affected.

You are receiving this message because the management account of your
organization (704918356027) runs automation that creates CodeCommit
repositories in newly created member accounts. We found an AWS Control Tower
Account Factory for Terraform (AFT) deployment in the US East (Ohio) Region
(us-east-2) that uses CodeCommit as its version control provider.

If you keep this configuration, account requests made after December 15,
2026 will fail when AFT tries to create their customization repositories.
Before December 15, 2026, switch AFT to another supported provider (GitHub,
GitHub Enterprise Server, GitLab, Bitbucket or an Amazon S3 source), or
create the repositories you will need in advance.

How to migrate a CodeCommit repository to another Git provider:
https://aws.amazon.com/blogs/devops/how-to-migrate-your-aws-codecommit-repository-to-another-git-provider/

%s
""" % AWS_FOOTER,
    label=L("action-required", ["CODECOMMIT"], ["704918356027"], ["us-east-2"], "2026-12-15", "verified",
            False, S_CODECOMMIT,
            "'No new customers' with a date: July 25, 2024 is the past closure; December 15, 2026 is when "
            "the organization's account factory breaks unless it is reconfigured. Generic subject, no "
            "marker. Shape: the CodeCommit closure as discussed in "
            "aws-ia/terraform-aws-control_tower_account_factory#477; the 2026 step is fictional."))

_ARN_019 = health_arn("us-east-1", "PINPOINT", "AWS_PINPOINT_PLANNED_LIFECYCLE_EVENT", "d1c7a94eb0f3ecab")
_P019 = [
    "We first wrote to you about this change on October 17, 2025. We are sending this notice again "
    "because your account still has Amazon Pinpoint projects with engagement features in use.",
    "Amazon Pinpoint stopped accepting new customers on May 20, 2025, and will end support on October "
    "30, 2026. After October 30, 2026 you will no longer be able to use the Amazon Pinpoint console or "
    "the Pinpoint engagement resources: endpoints, segments, campaigns, journeys and analytics. Data in "
    "these resources will no longer be accessible.",
    "Before October 30, 2026, export the endpoint and segment data you need and move your workloads: "
    "campaigns and journeys to Amazon Connect outbound campaigns, customer data to Amazon Connect "
    "Customer Profiles, and event collection to Amazon Kinesis. The messaging channels (SMS, MMS, push, "
    "WhatsApp and voice) continue as AWS End User Messaging and are not affected.",
]
add("019-pinpoint-end-of-support-repeat.eml",
    frm=AWS_HEALTH, to=TO_DEV,
    subject="Amazon Pinpoint end of support on October 30, 2026 [AWS Account: 417263508921] [US-EAST-1]",
    date="2026-09-30 15:00:00 +0000",
    auth_results=A_HEALTH, headers=H_NOTIF,
    body="""\
Hello,

%s

Projects with engagement features in use:
  arn:aws:mobiletargeting:us-east-1:417263508921:apps/3fa1c9be7d2e4a6fbc8d0e2f4a6c8e1b
  arn:aws:mobiletargeting:us-east-1:417263508921:apps/9cbe2d4f6a8ce1f3a5c7e9bdf1a3c5e7

Migration guide: https://docs.aws.amazon.com/pinpoint/latest/userguide/migrate.html

%s
""" % ("\n\n".join(_P019), health_text_footer(_ARN_019)),
    html=health_html("Amazon Pinpoint end of support on October 30, 2026", _P019, _ARN_019,
                     account="417263508921", event_type="AWS_PINPOINT_PLANNED_LIFECYCLE_EVENT",
                     region="us-east-1", service="PINPOINT", category="Planned lifecycle event",
                     start="Fri, 30 Oct 2026 00:00:00 GMT",
                     resources=["arn:aws:mobiletargeting:us-east-1:417263508921:apps/"
                                "3fa1c9be7d2e4a6fbc8d0e2f4a6c8e1b",
                                "arn:aws:mobiletargeting:us-east-1:417263508921:apps/"
                                "9cbe2d4f6a8ce1f3a5c7e9bdf1a3c5e7"],
                     host="m2ce8r0x", seed="019"),
    label=L("action-required", ["PINPOINT"], ["417263508921"], ["us-east-1"], "2026-10-30", "verified",
            True, S_PINPOINT,
            "Reminder without the word 'Reminder': 'We first wrote to you ... on October 17, 2025. We are "
            "sending this notice again'. Past dates (October 17, 2025; May 20, 2025 no new customers) "
            "before the act-by October 30, 2026. ARNs use the API namespace mobiletargeting; service "
            "labelled PINPOINT (unsure of the Health code). Shape: Pinpoint notice quoted in "
            "SummitRoute/aws_breaking_changes#141."))

add("020-workmail-end-of-support-ja.eml",
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"), to=TO_JA,
    subject="Amazon WorkMail のサポート終了について (2027年3月31日)",
    date="2026-11-16 10:30:00 +0900",
    auth_results=A_JA, charset="utf-8", cte="qp", lang="ja",
    body="""\
Amazon WorkMail をご利用のお客様

平素より Amazon WorkMail をご利用いただき、誠にありがとうございます。

慎重に検討した結果、Amazon WorkMail のサポートを 2027年3月31日 をもって終了することと
いたしました。なお、2026年4月30日 以降、新規のお客様の受付は停止しております。

2027年3月31日 以降は、Amazon WorkMail コンソールおよびメールボックス、カレンダー、
連絡先などの WorkMail リソースにアクセスできなくなり、保存されているデータも
利用できなくなります。

お客様の AWS アカウント ID: 952847013366
対象の組織: m-5d2c8e1a9f4b4c7e (corp-mail)
リージョン: eu-west-1 (欧州 (アイルランド))
ユーザー数: 48

2027年3月31日 までに、以下の対応をお願いいたします。
  1. メールボックスのエクスポート機能を使用して、必要なデータを Amazon S3 に保存する
  2. 移行先のメールサービスを選定し、メールボックスとドメインを移行する
  3. 移行後、MX レコードを移行先のサービスに向ける

移行先の候補や手順については、以下のページをご覧ください。
https://docs.aws.amazon.com/workmail/latest/adminguide/workmail-end-of-support.html

%s
""" % JA_FOOTER,
    label=L("action-required", ["WORKMAIL"], ["952847013366"], ["eu-west-1"], "2027-03-31", "verified",
            False, S_WORKMAIL,
            "Japanese end-of-support notice with no marker; the date in the subject as 2027年3月31日; the "
            "earlier date 2026年4月30日 (no new customers) is past. Region as code with a Japanese name "
            "that the name table does not know. UTF-8 quoted-printable. Shape: WorkMail end of support as "
            "quoted in hashicorp/terraform-provider-aws#47177."))

add("021-fwd-route53-renewal.eml",
    frm=("Priya Raman", "priya.raman@example.com"), to=TO_OPS,
    subject="Fwd: Your domain renewal requires action",
    date="2026-11-03 09:12:48 +0000",
    auth_results=base.auth(domain="example.com", mailfrom="example.com"),
    body="""\
Hi team,

Can someone from infra pick this up today? kestrel-status.io is the status
page domain, we really don't want it to lapse. I think the card on the AWS
account was replaced last month.

Thanks,
Priya

---------- Forwarded message ---------
From: Amazon Route 53 <no-reply-aws@amazon.com>
Date: Mon, Nov 2, 2026 at 8:02 AM
Subject: Your domain renewal requires action
To: <priya.raman@example.com>


Dear AWS customer,

The kestrel-status.io domain is registered with Amazon Route 53. We tried to
renew it automatically on 2026-10-25, but the charge of $39 USD to the
default payment method of your AWS account was declined.

The domain expires on 2026-11-25.

To keep the domain, update the payment method of your AWS account and renew
the domain manually in the Route 53 console before 2026-11-25.

If the domain expires, it stops resolving, and websites and email that use it
stop working.

Regards,
Amazon Route 53
""",
    label=L("action-required", ["ROUTE53DOMAINS"], [], [], "2026-11-25", "unverified", False, S_R53_RENEW,
            "Inline Gmail-style forward of a Route 53 renewal failure by a colleague (unverified); the "
            "carried notice decides the category and the deadline 2026-11-25 (2026-10-25 and the forward "
            "header date are past). Same source as 004, different domain."))

add("022-route53-registrant-email-verify.eml",
    frm=AWS_REGISTRAR, to="registrant@ledgerline.example",
    subject="Verify the email address for ledgerline.net",
    date="2026-10-14 13:37:21 +0000",
    auth_results=base.auth(domain="registrar.amazon.com"),
    body="""\
Dear registrant,

You recently registered ledgerline.net through Amazon Route 53, or changed
the registrant contact email of the domain. ICANN, the organization that
manages domain names, requires us to confirm that the email address of the
registrant contact works.

Please confirm this address by opening the following link:

https://registrar.amazon.com/verify?token=Kq7xZt2vLm9pRw4sNd8cHf3jYb6gTa1e

If you don't confirm the address within 15 days of the date of this email,
ICANN requires us to suspend ledgerline.net. A suspended domain stops
resolving on the internet until the address is confirmed.

If you did not register this domain or change its contact details, you can
ignore this email.

To send this email again, open the domain in the Route 53 console and choose
"Send email again":
https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/domain-click-email-link.html

Amazon Registrar, Inc.
""",
    label=L("action-required", ["ROUTE53DOMAINS"], [], [], "2026-10-29", "verified", False, S_R53_VERIFY,
            "ICANN registrant verification: relative deadline 'within 15 days of the date of this email' "
            "from 2026-10-14 -> 2026-10-29; generic subject with no marker and no service name; sender "
            "registrar.amazon.com. Shape: Route 53 documentation on authorization and confirmation "
            "emails (3-15 days, suspension)."))

add("023-opensearch-required-software-update-30-days.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="Required service software update available for your search domains [AWS Account: 357902846113] [EU-NORTH-1]",
    date="2026-10-30 10:45:00 +0000",
    auth_results=A_HEALTH, headers=H_NOTIF,
    body="""\
Hello,

A required service software update, R20261027, is available for the
following Amazon OpenSearch Service domains in the Europe (Stockholm) Region:

  arn:aws:es:eu-north-1:357902846113:domain/search-catalog
  arn:aws:es:eu-north-1:357902846113:domain/search-catalog-staging

This update contains security fixes. Required updates must be applied within
30 days of this notice. Apply it yourself with "Update" on the domain's
Service software tab, or schedule it with the StartServiceSoftwareUpdate API
for the domain's off-peak window. The update uses a blue/green deployment and
does not cause downtime.

If the update has not been applied within 30 days, we will send reminders,
and if a domain still has not been updated after that, it will be isolated:
all network access to the domain is removed until the update is applied.

Release notes: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/release-notes.html

%s
""" % health_text_footer(health_arn("eu-north-1", "ES", "AWS_ES_SERVICE_SOFTWARE_UPDATE_REQUIRED",
                                    "f6e2b0ad8c41daef")),
    label=L("action-required", ["ES"], ["357902846113"], ["eu-north-1"], "2026-11-29", "verified", False,
            S_OS_SOFTWARE,
            "Required OpenSearch service software update with 'within 30 days of this notice' from "
            "2026-10-30 -> 2026-11-29; the service appears as 'search domains' in the subject. Not "
            "maintenance: AWS isolates the domain instead of applying the update. Shape: the OpenSearch "
            "service software update documentation (30-day rule, isolation)."))

add("024-rds-mariadb-ja-product-name.eml",
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"), to=TO_JA_INFRA,
    subject="MariaDB 10.6 をご利用のお客様へ: メジャーバージョンアップグレードのお願い",
    date="2026-11-04 11:00:00 +0900",
    auth_results=A_JA, charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    body="""\
お客様

AWS アカウント 6120-4873-9951 で、Amazon リレーショナルデータベースサービス
の MariaDB 10.6 を使用しているデータベースインスタンスをご利用いただいていることを
確認しましたので、ご連絡いたします。

MariaDB 10.6 のコミュニティサポートは 2026年7月 に終了しました。本サービスにおける
MariaDB 10.6 の標準サポートは 2027年1月31日 に終了します。MariaDB には延長サポートの
提供がないため、2027年1月31日 以降の最初のメンテナンスウィンドウで、対象のインスタンスは
MariaDB 10.11 に自動的にアップグレードされます。

自動アップグレード中はインスタンスが一時的に利用できなくなります。また、アプリケーションの
互換性に影響する場合があります。

対象のインスタンス (アジアパシフィック (大阪) リージョン):
  shop-main-db        db.r6g.large    MariaDB 10.6.19
  shop-analytics-db   db.r6g.xlarge   MariaDB 10.6.19

2027年1月31日 までに、テスト環境で動作を確認のうえ、MariaDB 10.11 または 11.4 への
アップグレードを実施していただくようお願いいたします。

アップグレード手順:
https://docs.aws.amazon.com/ja_jp/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.MariaDB.html

%s
""" % JA_FOOTER,
    label=L("action-required", ["RDS"], ["612048739951"], ["ap-northeast-3"], "2027-01-31", "verified",
            False, S_RDS_ES_JA,
            "Service named only by its Japanese product name 'Amazon リレーショナルデータベースサービス' "
            "(the URL path also says AmazonRDS); subject names only MariaDB. Account dashed; region only as "
            "'アジアパシフィック (大阪)'. ISO-2022-JP. 2026年7月 is past; act before 2027年1月31日. Shape: "
            "RDS end-of-standard-support notices as described on the Japanese RDS Extended Support page "
            "(MariaDB dates fictional)."))


# ==========================================================================
# MAINTENANCE (the provider changes or retires something of yours)
# ==========================================================================

_ARN_025 = health_arn("sa-east-1", "EC2", "AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED", "4eab7c1f0d9bcafe")
add("025-ec2-instance-retirement-health-html.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="Amazon EC2 instance scheduled for retirement [AWS Account: 438715902264] [SA-EAST-1]",
    date="2026-10-12 04:18:40 +0000",
    auth_results=A_HEALTH, headers=H_NOTIF,
    html=health_html(
        "Amazon EC2 instance scheduled for retirement",
        ["Hello,",
         "EC2 has detected degradation of the underlying hardware hosting your Amazon EC2 instance "
         "i-0f3c608152994731a in the sa-east-1 region, associated with your AWS account (AWS Account ID: "
         "438715902264). Because of this degradation, the instance may already be unreachable.",
         "After 2026-10-26 04:00 UTC your instance, which has an EBS volume as the root device, will be "
         "stopped. You can start it again afterwards; it will then run on healthy hardware.",
         "You can avoid the unplanned stop by stopping and starting the instance yourself at a convenient "
         "time before 2026-10-26 04:00 UTC. A stop and start moves the instance to new hardware. Data on "
         "instance store volumes, if any, is lost when the instance stops.",
         "You can find more information about retirement events scheduled for your EC2 instances in the "
         "EC2 console under Events."],
        _ARN_025, account="438715902264", event_type="AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED",
        region="sa-east-1", service="EC2", category="Scheduled change",
        start="Mon, 26 Oct 2026 04:00:00 GMT", resources=["i-0f3c608152994731a"],
        host="t9hb2mqe", seed="025"),
    label=L("maintenance", ["EC2"], ["438715902264"], ["sa-east-1"], "2026-10-26", "verified", False,
            S_EC2_RETIRE_JA,
            "HTML-only health@aws.com retirement notice without a [Retirement] marker; AWS stops the "
            "instance after 2026-10-26 04:00 UTC. Trap: the instance ID i-0f3c608152994731a holds the "
            "12-digit run 608152994731. Shape: retirement text quoted in blog.denet.co.jp/ec2_retire in "
            "the User Notifications HTML layout.",
            traps=["608152994731"]))

add("026-ec2-scheduled-reboot-ja.eml",
    frm=("Amazon EC2", "no-reply-aws@amazon.com"), to=TO_JA_INFRA,
    subject="Amazon EC2 インスタンスのメンテナンスのお知らせ",
    date="2026-11-06 09:15:00 +0900",
    auth_results=A_JA, charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    body="""\
お客様

AWS アカウント ID: 291837465019 に関連付けられている Amazon EC2 インスタンスのうち、
以下のインスタンスについて、2026-11-24 17:00:00 UTC から 2026-11-24 19:00:00 UTC の間に
メンテナンスが予定されています。メンテナンス中、ap-northeast-1 リージョンの以下の
インスタンスは再起動され、一時的に利用できなくなります。

対象のインスタンス:
  i-06a8c3e1f5b7d902c   (Name: web-frontend-2)

2026-11-24 17:00:00 UTC より前であれば、AWS マネジメントコンソール、AWS CLI または API から
このメンテナンスを再スケジュールできます。再スケジュールできる期限は
2026-12-06 15:00:00 UTC です。インスタンスを停止して起動することでも、メンテナンスを
完了できます。何もしない場合は、予定された時間帯に EC2 がインスタンスを再起動します。

予定されているイベントは EC2 コンソールの [イベント] で確認できます:
https://console.aws.amazon.com/ec2/v2/home?region=ap-northeast-1#Events

イベント通知にインスタンスのタグを含めるように設定することもできます。
詳しくは EC2 ユーザーガイドをご覧ください:
https://docs.aws.amazon.com/ja_jp/AWSEC2/latest/UserGuide/monitoring-instances-status-check_sched.html

%s
""" % JA_FOOTER,
    label=L("maintenance", ["EC2"], ["291837465019"], ["ap-northeast-1"], "2026-11-24", "verified", False,
            S_EC2_REBOOT,
            "Japanese scheduled reboot (ISO-2022-JP) without a marker; AWS reboots in the window starting "
            "2026-11-24 17:00 UTC; 2026-12-06 is only the optional reschedule limit. Shape: the "
            "scheduled-maintenance mail quoted in freelawproject/courtlistener#2957, in Japanese."))

_ARN_027 = health_arn("us-east-2", "RDS", "AWS_RDS_MAINTENANCE_SCHEDULED", "9d3ea6f1c0b8e2da")
_P027 = [
    "We are writing to inform you about an Auto Minor Version Upgrade campaign for the Amazon RDS for "
    "PostgreSQL resources in your account.",
    "What is happening? AWS is running a campaign to upgrade RDS for PostgreSQL DB instances that have "
    "the Auto Minor Version Upgrade setting turned on to engine version 16.11. The new minor version "
    "contains security and stability fixes.",
    "Event timeline: starting Mon, 16 Nov 2026 00:00:00 GMT, eligible DB instances in your account will "
    "be scheduled for the upgrade in their configured maintenance windows. The upgrade is applied "
    "automatically; each instance is briefly unavailable while it restarts.",
    "Next steps: 1. Review the affected DB instances and their scheduled patch times in the 'Affected "
    "resources' tab of your AWS Health Dashboard. 2. Make sure your applications reconnect after a short "
    "interruption. 3. If you prefer to upgrade at another time, apply the upgrade yourself before the "
    "scheduled window, or turn off Auto Minor Version Upgrade for the instance.",
    "If you have questions, contact AWS Support.",
]
add("027-rds-auto-minor-version-upgrade-campaign.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="[Action Required] Auto Minor Version Upgrade Campaign - RDS PostgreSQL Resources in Account 835164029377",
    date="2026-11-02 19:00:00 +0000",
    auth_results=A_HEALTH, headers=H_NOTIF,
    body="""\
Hello,

%s

%s
""" % ("\n\n".join(_P027), health_text_footer(_ARN_027)),
    html=health_html("[Action Required] Auto Minor Version Upgrade Campaign - RDS PostgreSQL Resources "
                     "in Account 835164029377", _P027, _ARN_027, account="835164029377",
                     event_type="AWS_RDS_MAINTENANCE_SCHEDULED", region="us-east-2", service="RDS",
                     category="Scheduled change", start="Mon, 16 Nov 2026 00:00:00 GMT",
                     resources=["arn:aws:rds:us-east-2:835164029377:db:inventory-pg16",
                                "arn:aws:rds:us-east-2:835164029377:db:inventory-pg16-replica"],
                     host="h8sk2fva", seed="027"),
    label=L("maintenance", ["RDS"], ["835164029377"], ["us-east-2"], "2026-11-16", "verified", False,
            S_RDS_AMVU,
            "Keyword trap: '[Action Required]' in the subject, yet AWS applies the minor upgrade itself in "
            "the maintenance window from Mon, 16 Nov 2026; the customer only has to tolerate a restart "
            "-> maintenance, deadline = when it takes effect. Region from the event metadata and ARNs. "
            "Shape: the Auto Minor Version Upgrade campaign mail in "
            "CredentialEngine/CredentialRegistry#1036."))

add("028-elasticache-engine-update-ja.eml",
    frm=AWS_HEALTH, to=TO_JA_INFRA,
    subject="Amazon ElastiCache のエンジンメンテナンスのお知らせ [AWS Account: 594721038866] [AP-NORTHEAST-1]",
    date="2026-10-15 12:00:00 +0900",
    auth_results=A_HEALTH_JA, headers=H_NOTIF, charset="utf-8", cte="qp", lang="ja",
    body="""\
お客様

AWS アカウント 594721038866 のアジアパシフィック (東京) リージョンにある Amazon ElastiCache
クラスターに、サービス更新 elasticache-valkey-8-0-update-202610 を適用します。この更新には
Valkey 8.0 エンジンのセキュリティ修正が含まれています。

対象のクラスター:
  session-cache    (Valkey 8.0, cache.r7g.large x 3)
  rate-limiter     (Valkey 8.0, cache.t4g.medium x 2)

2026年12月3日 以降、各クラスターに設定されたメンテナンスウィンドウ中に、この更新が
自動的に適用されます。更新はノードごとに順に行われ、フェイルオーバーが発生する場合が
あります。

都合のよい時間に適用したい場合は、それ以前に ElastiCache コンソールの [サービス更新] から
手動で適用することもできます。特に対応していただく必要はありません。

サービス更新の詳細:
https://docs.aws.amazon.com/ja_jp/AmazonElastiCache/latest/dg/Self-Service-Updates.html

AWS Health ダッシュボードで詳細を表示:
%s
""" % health_url(health_arn("ap-northeast-1", "ELASTICACHE", "AWS_ELASTICACHE_UPDATE_AVAILABLE",
                            "c2f8e4ab1d7fcbea")),
    label=L("maintenance", ["ELASTICACHE"], ["594721038866"], ["ap-northeast-1"], "2026-12-03",
            "verified", False, S_JA_MAILTYPES,
            "Japanese health@aws.com notice (UTF-8 QP): AWS applies the engine update in the maintenance "
            "window from 2026年12月3日; applying it earlier is optional ('特に対応していただく必要は"
            "ありません'). Region as 'アジアパシフィック (東京)' and in the suffix. Shape: the "
            "maintenance/update notice types listed in qiita T-Hashi-moto 'AWS 通知メールの種類'."))

_ARN_029 = health_arn("ap-northeast-2", "RDS", "AWS_RDS_MAINTENANCE_SCHEDULED", "ab6d0c3f9e2b7cdf")
add("029-aurora-postgresql-required-patch.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="Amazon Aurora PostgreSQL-Compatible Edition: required engine patch scheduled [AWS Account: 316058247793] [AP-NORTHEAST-2]",
    date="2026-11-19 07:45:00 +0000",
    auth_results=A_HEALTH, headers=H_NOTIF,
    body="""\
Hello,

A required engine patch for Amazon Aurora PostgreSQL-Compatible Edition
version 15.12 is available. It fixes a defect that can, in rare cases, stop
logical replication after a failover.

Aurora will apply the patch to the following DB clusters during their
maintenance windows, starting December 7, 2026:

  arn:aws:rds:ap-northeast-2:316058247793:cluster:ledger-aurora-pg
  arn:aws:rds:ap-northeast-2:316058247793:cluster:ledger-aurora-pg-dr

Applying the patch restarts the database engine, which takes about 30
seconds with zero-downtime patching. You don't need to do anything. If you
prefer another time, choose "Apply now" on the cluster's Maintenance & backups
tab before the scheduled window.

More information:
https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_UpgradeDBInstance.Maintenance.html

%s
""" % health_text_footer(_ARN_029),
    label=L("maintenance", ["RDS"], ["316058247793"], ["ap-northeast-2"], "2026-12-07", "verified", False,
            S_RDS_AMVU,
            "Aurora only (service code RDS); AWS applies a required patch in the maintenance windows "
            "from December 7, 2026 and says nothing needs to be done -> maintenance. Region from suffix "
            "and ARNs. Shape: the RDS maintenance campaign mails in CredentialEngine/CredentialRegistry "
            "(#1036), our wording."))

_ARN_030 = health_arn("ap-southeast-2", "DIRECTCONNECT", "AWS_DIRECTCONNECT_MAINTENANCE_SCHEDULED",
                      "5BCE8DA0F1E9A7BD")
_P030 = [
    "Hello,",
    "Planned maintenance has been scheduled on an AWS Direct Connect endpoint in Equinix SY3, Sydney, "
    "from Tue, 17 Nov 2026 14:00:00 GMT to Tue, 17 Nov 2026 18:00:00 GMT for 4 hours. During this "
    "maintenance window, your AWS Direct Connect services listed below may become unavailable.",
    "dxcon-fgk3m8qa<br>dxvif-ffr2z7wb<br>dxvif-fgh5n1kc",
    "This maintenance is scheduled to avoid disrupting redundant connections at the same time.",
    "If you encounter any problems with your connection after the end of this maintenance window, "
    "please contact AWS Support.",
]
add("030-direct-connect-planned-maintenance.eml",
    frm=AWS_HEALTH, to=("Network Operations", "noc@example.com"),
    subject="AWS Direct Connect Planned Maintenance Notification [AWS Account: 246813579024]",
    date="2026-11-03 22:30:00 +0000",
    auth_results=A_HEALTH, headers=H_NOTIF,
    body="""\
Hello,

Planned maintenance has been scheduled on an AWS Direct Connect endpoint in
Equinix SY3, Sydney, from Tue, 17 Nov 2026 14:00:00 GMT to Tue, 17 Nov 2026
18:00:00 GMT for 4 hours. During this maintenance window, your AWS Direct
Connect services listed below may become unavailable.

dxcon-fgk3m8qa
dxvif-ffr2z7wb
dxvif-fgh5n1kc

This maintenance is scheduled to avoid disrupting redundant connections at
the same time.

If you encounter any problems with your connection after the end of this
maintenance window, please contact AWS Support[1].

[1] https://aws.amazon.com/support

Region: ap-southeast-2
Account Id: 246813579024

%s
""" % health_text_footer(_ARN_030),
    html=health_html("AWS Direct Connect Planned Maintenance Notification [AWS Account: 246813579024]",
                     _P030, _ARN_030, account="246813579024",
                     event_type="AWS_DIRECTCONNECT_MAINTENANCE_SCHEDULED", region="ap-southeast-2",
                     service="DIRECTCONNECT", category="Scheduled change",
                     start="Tue, 17 Nov 2026 14:00:00 GMT", end="Tue, 17 Nov 2026 18:00:00 GMT",
                     host="lhrrj7lm", seed="030"),
    label=L("maintenance", ["DIRECTCONNECT"], ["246813579024"], ["ap-southeast-2"], "2026-11-17",
            "verified", False, S_DX,
            "Direct Connect planned maintenance (provider-side) on Tue, 17 Nov 2026 14:00 GMT; "
            "multipart with the User Notifications HTML (awstrack links). Subject suffix has the account "
            "but no region; region from 'Region:' and the metadata. Shape: AWS Direct Connect "
            "notifications in networktocode/circuit-maintenance-parser#74."))

_ARN_031 = health_arn("eu-west-1", "ECS", "AWS_ECS_TASK_PATCHING_RETIREMENT", "e7c1a3bd5f90cafe")
add("031-fargate-task-patching-retirement.eml",
    frm=AWS_HEALTH, to=TO_DEV,
    subject="AWS Fargate will retire tasks running on an earlier platform version revision [AWS Account: 529374816602] [EU-WEST-1]",
    date="2026-10-22 18:05:00 +0000",
    auth_results=A_HEALTH, headers=H_NOTIF,
    body="""\
Hello,

You are receiving this notification because AWS Fargate has deployed a new
platform version revision and will retire any tasks running on previous
platform version revisions starting at Thu, 29 Oct 2026 18:00 GMT as part of
routine task maintenance.

There is no action required on your part unless you want to replace these
tasks before the task maintenance start time. When a service uses the default
minimum healthy percent of 100%%, Amazon ECS launches a replacement task on the
most recent platform version revision before the affected task is stopped.

Any tasks launched after Thu, 22 Oct 2026 18:00 GMT already run on the new
platform version revision and are not affected.

Affected resources (cluster|service):
  checkout-prod|checkout-api
  checkout-prod|checkout-worker
  internal-tools|grafana

To replace the tasks yourself, update each service with the "Force new
deployment" option.

Region: eu-west-1

%s
""" % health_text_footer(_ARN_031),
    label=L("maintenance", ["ECS"], ["529374816602"], ["eu-west-1"], "2026-10-29", "verified", False,
            S_FARGATE,
            "Fargate (service code ECS) task patching retirement: AWS stops old tasks from Thu, 29 Oct "
            "2026 18:00 GMT; 'Thu, 22 Oct 2026 18:00 GMT' is a past cut-off, not a deadline; 'no action "
            "required'. Shape: the task patching retirement notice quoted in "
            "department-of-veterans-affairs/va.gov-team#103806."))

add("032-fargate-task-retirement-wait-period.eml",
    frm=AWS_HEALTH, to=TO_DEV,
    subject="AWS Fargate task maintenance scheduled [AWS Account: 684203917755] [AP-SOUTH-1]",
    date="2026-11-10 07:30:00 +0000",
    auth_results=A_HEALTH, headers=H_NOTIF,
    body="""\
Hello,

AWS Fargate needs to replace the underlying infrastructure of the standalone
tasks listed below in the Asia Pacific (Mumbai) Region.

The task retirement wait period of this account (fargateTaskRetirementWaitPeriod)
is set to 7 days, so Fargate will stop these tasks 7 days after this
notification. Standalone tasks are not restarted automatically.

  arn:aws:ecs:ap-south-1:684203917755:task/batch-cluster/4bd7e2c9af1e4d3bbc5a7f9e1d3c5b7a
  arn:aws:ecs:ap-south-1:684203917755:task/batch-cluster/8fa2c6e0bd4f4a9ea1c3e5f7b9d1f3a5

If these tasks are long-running, stop them and run new ones at a convenient
time before then; new tasks start on updated infrastructure. Tasks that belong
to a service are replaced by the service scheduler and are not listed here.

To change the wait period, see:
https://docs.aws.amazon.com/AmazonECS/latest/developerguide/prepare-task-retirement.html

%s
""" % health_text_footer(health_arn("ap-south-1", "ECS", "AWS_ECS_TASK_PATCHING_RETIREMENT",
                                    "b9f3d5e1a7c2fabd")),
    label=L("maintenance", ["ECS"], ["684203917755"], ["ap-south-1"], "2026-11-17", "verified", False,
            S_FARGATE_WAIT,
            "Fargate retirement with a relative date: '7 days after this notification' from 2026-11-10 "
            "-> 2026-11-17 (the day AWS stops the tasks). Region as 'Asia Pacific (Mumbai)', suffix and "
            "ARNs. Shape: the Fargate task retirement wait period (0/7/14 days) in the ECS developer guide."))


# ==========================================================================
# PRICING
# ==========================================================================

add("033-marketplace-price-change.eml",
    frm=AWS_MP, to=TO_BILL,
    subject="Upcoming price change for a product you subscribe to in AWS Marketplace",
    date="2026-11-02 14:20:00 +0000",
    auth_results=base.auth(domain="marketplace.aws"),
    body="""\
Hello,

The seller of a product that your AWS account 290517384612 subscribes to in
AWS Marketplace has changed its public pricing. The new prices apply to your
subscription from February 1, 2027.

Product: Northwind SIEM Connector (SaaS, usage-based)
Seller: Northwind Data Inc.
Agreement ID: agmt-4kq8w2xzp7c3vbn6d1fhej5ta

  Dimension                 Current price       New price from Feb 1, 2027
  Ingested data (per GB)    $0.045              $0.052
  Retained data (per GB)    $0.010              $0.010 (no change)

You don't need to do anything to keep using the product; usage from February
1, 2027 will be billed at the new prices on your AWS invoice. If you don't
want to continue under the new prices, you can cancel the subscription in
the AWS Marketplace console under Manage subscriptions.

Questions about the product or its pricing should go to the seller through
the contact details on the product page.

Thank you for using AWS Marketplace.

%s
""" % AWS_FOOTER,
    label=L("pricing", ["MARKETPLACE"], ["290517384612"], [], "2027-02-01", "verified", False,
            S_MP_AGREEMENT,
            "Marketplace seller price change from marketplace.aws with a descriptive subject (no 'Price "
            "Change Notification'); deadline = the effective date February 1, 2027; no action needed. "
            "Shape: Marketplace agreement notifications (buyer guide, agreement events); our wording."))

add("034-rds-extended-support-year3-pricing.eml",
    frm=AWS_NOREPLY, to=TO_BILL,
    subject="Amazon RDS Extended Support pricing for PostgreSQL 12 changes on March 1, 2027",
    date="2026-11-24 17:00:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

You are receiving this message because your AWS account 473629105582 has
database instances running PostgreSQL 12 under Amazon RDS Extended Support:
Amazon RDS for PostgreSQL 12 instances and Amazon Aurora PostgreSQL 12
clusters.

PostgreSQL 12 reached the end of standard support on RDS on February 28,
2025, and these resources have been enrolled in RDS Extended Support since
March 1, 2025. Extended Support is priced per vCPU-hour (per ACU-hour for
Aurora Serverless v2), with one rate for the first two years and a higher
rate in the third year.

The third year of Extended Support for PostgreSQL 12 starts on March 1, 2027.
From that date, the Year 3 rate applies. In US East (N. Virginia), for
example, the rate for RDS for PostgreSQL changes from $0.100 to $0.200 per
vCPU-hour.

Your affected resources in us-east-1:
  arn:aws:rds:us-east-1:473629105582:db:billing-pg12          (db.m6g.2xlarge, 8 vCPU)
  arn:aws:rds:us-east-1:473629105582:cluster:events-aurora-pg12

RDS Extended Support for PostgreSQL 12 ends on February 29, 2028. Upgrading
to a supported major version stops the Extended Support charges.

Pricing: https://aws.amazon.com/rds/postgresql/pricing/
Estimate your charges: https://calculator.aws/

%s
""" % AWS_FOOTER,
    label=L("pricing", ["RDS"], ["473629105582"], ["us-east-1"], "2027-03-01", "verified", False,
            S_RDS_ES_PRICE,
            "RDS Extended Support charges (RDS and Aurora, code RDS): a price step effective March 1, "
            "2027; February 28, 2025 and March 1, 2025 are past, February 29, 2028 is the later end of "
            "Extended Support. The region in the price example is also the region of the listed "
            "resources. Shape: the Year 1-2 / Year 3 Extended Support pricing discussed in "
            "aws-samples/rds-extended-support-cost-estimator#7."))

add("035-public-ipv4-idle-price-ja.eml",
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"), to=TO_JA,
    subject="[お知らせ] 未使用の Elastic IP アドレスの料金改定について (2027年2月1日より)",
    date="2026-11-10 10:00:00 +0900",
    auth_results=A_JA, charset="utf-8", cte="base64", lang="ja",
    body="""\
お客様

2023年7月28日に、パブリック IPv4 アドレスへの課金を発表し、2024年2月1日から
1 時間あたり 0.005 USD の料金を適用しております。

このたび、インスタンスやネットワークインターフェイスに関連付けられていない
(アイドル状態の) Elastic IP アドレスの料金を、2027年2月1日より 1 時間あたり
0.0075 USD に改定いたします。使用中のパブリック IPv4 アドレスの料金に変更はありません。

お客様の AWS アカウント 715409283361 では、現在アジアパシフィック (東京) リージョンに
アイドル状態の Elastic IP アドレスが 3 個あります。

  eipalloc-0a7c3e9f1b5d2e8c4
  eipalloc-0d2b8f4a6c1e9e3a7
  eipalloc-09e5c1a7f3b8d4c2e

不要な Elastic IP アドレスは解放していただくことで、料金の発生を避けることができます。
使用状況は Amazon VPC IP Address Manager の Public IP Insights で確認できます。

料金の詳細: https://aws.amazon.com/jp/vpc/pricing/

%s
""" % JA_FOOTER,
    label=L("pricing", ["VPC"], ["715409283361"], ["ap-northeast-1"], "2027-02-01", "verified", False,
            S_IPV4,
            "Japanese pricing notice (UTF-8 base64) with a '[お知らせ]' prefix; 2023年7月28日 and "
            "2024年2月1日 are history, the change takes effect 2027年2月1日. Region from 'アジアパシフィック "
            "(東京)'. Shape: the public IPv4 charge notice quoted in lithops-cloud/lithops#1222; the idle "
            "price change is fictional."))

_MKT036 = "e5wkq2ra"
add("036-ec2-g6-price-reduction-marketing.eml",
    frm=AWS_MKT, to="cto@example.com",
    subject="Lower prices for Amazon EC2 G6 and G6e instances, effective December 1, 2026",
    date="2026-11-17 16:00:00 +0000",
    auth_results=A_PASS, headers=H_MKT,
    html=marketing_html(
        "Lower prices for Amazon EC2 G6 and G6e instances",
        ["Starting December 1, 2026, we are reducing prices for Amazon EC2 G6 and G6e instances by up to "
         "25% for On-Demand usage and by up to 20% for Savings Plans. The reductions apply in all AWS "
         "Regions where these instances are available.",
         "For example, a g6.xlarge instance in US West (Oregon) will cost $0.6036 per hour On-Demand, "
         "down from $0.8048.",
         "The new prices apply automatically to your usage from December 1, 2026. You don't need to change "
         "anything, and existing Savings Plans will cover more usage at the lower rates.",
         "Happy building,<br>The Amazon EC2 team"],
        [("See the new EC2 pricing", "https://aws.amazon.com/ec2/pricing/on-demand/"),
         ("Read the announcement", "https://aws.amazon.com/about-aws/whats-new/2026/11/ec2-g6-price-reduction/")],
        host=_MKT036, seed="036"),
    label=L("pricing", ["EC2"], [], [], "2026-12-01", "verified", False, S_PRICE_CUT,
            "Price reduction sent as marketing (aws-marketing-email-replies@amazon.com, HTML only, all links "
            "through e5wkq2ra.r.us-east-1.awstrack.me): genuine, verified. Pricing with the effective date "
            "December 1, 2026 and nothing to do; 'US West (Oregon)' is a price example, not an affected "
            "region. Shape: EC2 price reduction announcements (vantage-sh/ec2instances.info#114)."))


# ==========================================================================
# BILLING
# ==========================================================================

add("037-invoice-available.eml",
    frm=AWS_RECEIVABLES, to=TO_BILL,
    subject="Amazon Web Services Invoice Available [Account: 3095-7284-6190]",
    date="2026-11-03 08:14:00 +0000",
    auth_results=A_RECV,
    body="""\
Greetings from Amazon Web Services,

This e-mail confirms that your latest invoice is available on the AWS Billing
and Cost Management console.

Account ID: 3095-7284-6190
Invoice number: 2617493058
Billing period: October 1 - October 31, 2026
Invoice date: November 2, 2026
Total amount: USD 3,942.18

The amount will be charged to the default payment method on your account,
Visa ending in 4417. You don't need to take any action.

To view the invoice and the details of your charges, sign in to the console:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410
Terry Ave. North, Seattle, WA 98109-5210.
""",
    label=L("billing", ["BILLING"], ["309572846190"], [], None, "verified", False, S_STATEMENT,
            "Invoice available, paid automatically: billing with null deadline (the invoice date and the "
            "billing period are not action dates). Account only in dashed form; the 10-digit invoice "
            "number is not an account. Shape: genuine statement subject as described in "
            "intelligence.abnormal.ai (fake AWS billing notification)."))

add("038-budgets-actual-exceeded.eml",
    frm=AWS_BUDGETS, to=TO_BILL,
    subject="AWS Budgets: prod-monthly-cost has exceeded your alert threshold",
    date="2026-10-24 03:12:00 +0000",
    auth_results=A_COST,
    body="""\
Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your
prod-monthly-cost budget is greater than $5,000.00 for the current month. The
ACTUAL Cost associated with this budget is $5,231.77. You can find additional
details below and by accessing the AWS Budgets dashboard [1].

Budget Name: prod-monthly-cost
Budget Type: Cost
Budgeted Amount: $5,000.00
Alert Type: ACTUAL
Alert Threshold: > $5,000.00 (100%%)
ACTUAL Amount: $5,231.77
AWS Account: 648203195771

[1] https://console.aws.amazon.com/billing/home#/budgets

Please note: this is an automatically generated email. If you have questions
about your charges, contact AWS Support.
""".replace("%%", "%"),
    label=L("billing", ["BILLING"], ["648203195771"], [], None, "verified", False, S_BUDGETS,
            "AWS Budgets actual-cost alert (threshold exceeded) from costalerts.amazonaws.com: billing, "
            "no date. Shape: budget alert mails discussed in 2i2c-org/infrastructure#4381, Budgets "
            "notification layout."))

add("039-free-tier-usage-alert-ja.eml",
    frm=AWS_FREETIER, to=TO_JA,
    subject="AWS 無料利用枠の使用状況に関するお知らせ",
    date="2026-10-18 09:30:00 +0900",
    auth_results=A_COST_JA, charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    body="""\
お客様

AWS アカウント 517390264418 で、1 つ以上のサービスの AWS 無料利用枠の使用量が、
今月の上限の 85% を超えました。

  サービス       無料利用枠の上限                     今月の使用量
  Amazon EC2     750 時間 (Linux t2.micro / t3.micro)   651 時間 (86.8%)

無料利用枠の上限を超えた使用量には、通常の従量課金料金が適用されます。
無料利用枠の使用量は毎月 1 日にリセットされます (次回: 2026年11月1日)。

使用状況は AWS 請求とコスト管理コンソールの [無料利用枠] ページで確認できます:
https://console.aws.amazon.com/billing/home#/freetier

このアラートの受信設定は [請求設定] で変更できます。

アマゾン ウェブ サービス
""",
    label=L("billing", ["BILLING", "EC2"], ["517390264418"], [], None, "verified", False, S_FREETIER,
            "Japanese Free Tier alert (ISO-2022-JP) from freetier@costalerts.amazonaws.com: billing with "
            "null deadline; 2026年11月1日 is the monthly reset, not an action date. Shape: the Free Tier "
            "limit alert in 2i2c-org/infrastructure#1152, in Japanese."))

add("040-past-due-ja.eml",
    frm=AWS_RECEIVABLES, to=TO_JA,
    subject="アクションが必要です - お客様の AWS アカウントのお支払い期限が過ぎています",
    date="2026-11-06 10:00:00 +0900",
    auth_results=A_RECV_JA, charset="utf-8", cte="qp", lang="ja",
    body="""\
お客様

AWS アカウント 728016394523 の 2026年10月分のご請求 (請求書番号 JPIN26-3815277、
ご請求金額 12,480 円) について、2026年11月2日 にご登録のクレジットカード
(末尾 0931) への請求を試みましたが、決済できませんでした。

お支払い期限を過ぎているため、2026年11月20日 までにお支払いを完了してください。
期限までにお支払いが確認できない場合、AWS のサービスへのアクセスが制限され、
アカウントが停止される可能性があります。

お支払い方法:
  1. AWS 請求とコスト管理コンソールの [お支払い] ページを開く
  2. 有効なお支払い方法を登録し、デフォルトに設定する
  3. 未払いの請求書を選択して [今すぐ支払う] を選ぶ

https://console.aws.amazon.com/billing/home#/paymentsoverview

すでにお支払いいただいている場合は、このメールと行き違いになっております。
ご容赦ください。

アマゾン ウェブ サービス
""",
    label=L("billing", ["BILLING"], ["728016394523"], [], "2026-11-20", "verified", False, S_PASTDUE_JA,
            "Japanese past-due notice whose subject starts 'アクションが必要です' (Japanese for 'action "
            "required') but is billing; explicit pay-by date 2026年11月20日 -> deadline; 2026年11月2日 is "
            "the past failed charge. Invoice number is not an account. Shape: the past-due mail sequence "
            "described in zenn.dev/emapoppo (AWS の支払いが滞ってアカウント停止)."))

add("041-payment-card-expiring.eml",
    frm=AWS_RECEIVABLES, to=TO_BILL,
    subject="The payment method on your AWS account is about to expire",
    date="2026-11-12 15:00:00 +0000",
    auth_results=A_RECV,
    body="""\
Hello,

The default payment method on your AWS account 840263719505, a Mastercard
ending in 0366, expires at the end of November 2026 (expiration date 11/26).

Your charges for November will be invoiced at the beginning of December. To
make sure that the payment succeeds, please update the expiration date of the
card or add a new default payment method by November 30, 2026.

To update your payment methods, sign in to the AWS Billing and Cost
Management console and choose Payment preferences:
https://console.aws.amazon.com/billing/home#/paymentpreferences/paymentmethods

If a payment fails, we will notify you and retry the charge. Accounts with
unpaid balances may have their access to AWS services restricted.

Sincerely,
Amazon Web Services
""",
    label=L("billing", ["BILLING"], ["840263719505"], [], "2026-11-30", "verified", False, S_PAYMENT,
            "Expiring card: billing with an explicit update-by date November 30, 2026 (so not null); "
            "'11/26' is the card's expiry in MM/YY form, not November 26. Shape: payment method guidance "
            "on the AWS Billing 'Making payments' page; our wording."))

add("042-savings-plan-expiring.eml",
    frm=AWS_NOREPLY, to=TO_BILL,
    subject="Your AWS Savings Plan expires in 7 days",
    date="2026-11-26 12:00:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

This is an alert that you set up for your Savings Plans. The following
Savings Plan in AWS account 906415273840 expires in 7 days:

  Savings Plan ID:   sp-3fa9c1e7b5d2
  Type:              Compute Savings Plan
  Commitment:        $12.50 per hour
  Term:              1 year, No Upfront
  End date:          December 3, 2026, 11:59:59 UTC

After this Savings Plan expires, the usage it covered is billed at On-Demand
rates. To keep your coverage, queue the purchase of a new Savings Plan that
starts when this one ends, before December 3, 2026. You can review purchase
recommendations based on your recent usage in the console:
https://console.aws.amazon.com/cost-management/home#/savings-plans/recommendations

To change the alerts you receive for Savings Plans, open Savings Plans >
Alerts in the AWS Cost Management console.

%s
""" % AWS_FOOTER,
    label=L("billing", ["BILLING"], ["906415273840"], [], "2026-12-03", "verified", False, S_SP_RENEW,
            "Savings Plan expiry alert that asks to queue a replacement before the end date -> billing "
            "with deadline December 3, 2026 (same rule as the parent's 128); the plan ID sp-3fa9c1e7b5d2 "
            "has no 12-digit run. Shape: queued Savings Plans renewal (repost knowledge center "
            "savings-plans-renew)."))


# ==========================================================================
# INFORMATIONAL (news, nothing to do)
# ==========================================================================

_MKT043 = "r7tb3nxd"
add("043-monthly-update-newsletter.eml",
    frm=AWS_MKT, to="dev-lead@example.com",
    subject="Your AWS monthly update: what launched in October 2026",
    date="2026-11-05 17:00:00 +0000",
    auth_results=A_PASS, headers=H_MKT,
    html=marketing_html(
        "What launched in October 2026",
        ["Hello builder, here is a short summary of last month's launches and upcoming events.",
         "<b>Generally available:</b> Amazon Aurora DSQL now supports foreign key constraints; Amazon S3 "
         "Tables adds automatic compaction for Apache Iceberg tables; AWS Lambda adds 15 more Regions for "
         "Lambda Managed Instances.",
         "<b>New Region:</b> the AWS Europe (Sovereign Cloud) Region in Brandenburg is now open to all "
         "customers.",
         "<b>Events:</b> AWS re:Invent 2026 takes place in Las Vegas from November 30 to December 4, 2026. "
         "Can't travel? Register for the free livestream of the keynotes.",
         "<b>Learn:</b> join the webinar 'Cost optimization for generative AI workloads' on November 19, "
         "2026 at 10:00 AM PT."],
        [("Read all October launches", "https://aws.amazon.com/new/"),
         ("Register for the re:Invent livestream", "https://reinvent.awsevents.com/on-demand/"),
         ("Save your seat for the webinar", "https://aws.amazon.com/events/online-tech-talks/")],
        host=_MKT043, seed="043"),
    label=L("informational", [], [], [], None, "verified", False, S_MKT_UNSUB,
            "Monthly marketing newsletter from aws-marketing-email-replies@amazon.com, HTML only, links "
            "through r7tb3nxd.r.us-east-1.awstrack.me: genuine and verified; event and webinar dates are "
            "invitations, not deadlines; no services or regions of the reader. Shape: AWS marketing "
            "mails sent to every account (s0enke/cloudformation-templates#19)."))

_MKT044 = "j6fm0wcu"
add("044-eks-auto-mode-osaka-ja.eml",
    frm=AWS_MKT_JA, to=TO_JA,
    subject="Amazon EKS Auto Mode がアジアパシフィック (大阪) リージョンで利用可能になりました",
    date="2026-09-24 11:00:00 +0900",
    auth_results=A_JA, headers=H_MKT, lang="ja",
    body="""\
AWS をご利用のお客様

Amazon EKS Auto Mode が、アジアパシフィック (大阪) リージョンで一般提供を開始しました。

EKS Auto Mode を使用すると、コンピューティング、ストレージ、ネットワークの管理を
AWS に任せて、Kubernetes クラスターを運用できます。ノードのプロビジョニング、
スケーリング、OS パッチの適用を EKS が自動で行います。

東京リージョンと大阪リージョンの両方で EKS Auto Mode を使えるようになったことで、
国内でのマルチリージョン構成も組みやすくなりました。

詳しくは、以下のページをご覧ください。
  発表: %s
  ドキュメント: %s

このメールは、AWS からのお知らせの受信を希望されたお客様にお送りしています。
配信停止: %s

アマゾン ウェブ サービス ジャパン合同会社
""" % (awstrack(_MKT044, "https://aws.amazon.com/jp/about-aws/whats-new/2026/09/amazon-eks-auto-mode-osaka/", "044", 386),
       awstrack(_MKT044, "https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/automode.html", "044", 386),
       awstrack(_MKT044, "https://pages.awscloud.com/communication-preferences.html", "044", 386)),
    html=marketing_html(
        "Amazon EKS Auto Mode がアジアパシフィック (大阪) リージョンで利用可能になりました",
        ["Amazon EKS Auto Mode が、アジアパシフィック (大阪) リージョンで一般提供を開始しました。",
         "EKS Auto Mode を使用すると、コンピューティング、ストレージ、ネットワークの管理を AWS に任せて、"
         "Kubernetes クラスターを運用できます。",
         "東京リージョンと大阪リージョンの両方で EKS Auto Mode を使えるようになりました。"],
        [("発表を読む", "https://aws.amazon.com/jp/about-aws/whats-new/2026/09/amazon-eks-auto-mode-osaka/"),
         ("ドキュメント", "https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/automode.html")],
        host=_MKT044, seed="044", footer_lang="ja"),
    charset="utf-8", cte="base64",
    label=L("informational", ["EKS"], [], [], None, "verified", False, S_JA_MAILTYPES,
            "Japanese launch announcement 'now available in the Asia Pacific (Osaka) Region' from the "
            "marketing sender with awstrack links (text + HTML): informational; 大阪 and 東京 are news, "
            "not the reader's resources -> no regions. Shape: 'イベント情報/お知らせ' mails in qiita "
            "T-Hashi-moto 'AWS 通知メールの種類'."))

_ARN_045 = health_arn("us-east-1", "SQS", "AWS_SQS_OPERATIONAL_ISSUE", "F2D7A_1C9E4B8A0D3")
add("045-sqs-operational-issue-resolved.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="[RESOLVED] Increased API error rates for Amazon SQS [AWS Account: 902716384455] [US-EAST-1]",
    date="2026-10-27 18:02:00 +0000",
    auth_results=A_HEALTH, headers=H_NOTIF,
    body="""\
Hello,

Between 9:12 AM and 10:47 AM PDT on October 27, 2026, we experienced
increased error rates and latencies for SendMessage and ReceiveMessage API
calls to Amazon SQS in the US-EAST-1 Region. Some of your queues in this
Region may have been affected during that time.

The issue has been resolved and the service is operating normally. Messages
that were accepted during the event were not lost. No action is required on
your part; clients that retried failed calls will have completed them.

We apologize for any inconvenience this may have caused.

%s
""" % health_text_footer(_ARN_045),
    label=L("informational", ["SQS"], ["902716384455"], ["us-east-1"], None, "verified", False,
            S_RESOLVED,
            "Operational issue resolved: informational with null deadline although it is a health@aws.com "
            "event with a '[RESOLVED]' tag; the incident time window is past. Region kept because the "
            "reader's queues there may have been affected (unsure). Shape: 'The issue has been resolved "
            "and the service is operating normally' status message in jbbarth/aws-status#7."))

add("046-guardduty-finding-type-names.eml",
    frm=AWS_NOREPLY, to=TO_SEC,
    subject="Notification on changes to the names of finding types in Amazon GuardDuty",
    date="2026-09-24 19:00:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

We are writing to let you know that on November 16, 2026, Amazon GuardDuty
will rename several finding types so that their names describe the detected
behavior more precisely. Detection logic, severity and finding content do
not change.

  Current name                                        New name
  UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS
                                                      CredentialAccess:IAMUser/InstanceCredentialUseOutsideAWS
  Recon:IAMUser/MaliciousIPCaller.Custom              Discovery:IAMUser/ThreatListIPCaller.Custom
  Stealth:S3/ServerAccessLoggingDisabled              DefenseEvasion:S3/ServerAccessLoggingDisabled

Findings generated before November 16, 2026 keep their current names. If
your suppression rules, Amazon EventBridge rules or SIEM queries match these
finding types by name, you may want to add the new names as well.

You can follow all GuardDuty finding type changes by subscribing to the
GuardDuty announcements SNS topic:
https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html

%s
""" % AWS_FOOTER,
    label=L("informational", ["GUARDDUTY"], [], [], None, "verified", False, S_GD_SNS,
            "The brief's 'Notification on changes to the names of finding types' for GuardDuty: a rename "
            "with an effective date but no required action ('you may want to') -> informational, null "
            "(same reading as the parent's Security Hub notice 112). Shape: GuardDuty finding-type "
            "announcements (GuardDuty SNS announcements page); renames invented."))

_MKT047 = "w3pa8dzh"
add("047-lambda-ga-launch-marketing.eml",
    frm=AWS_MKT, to="dev-lead@example.com",
    subject="Now generally available: AWS Lambda durable functions",
    date="2026-10-08 16:30:00 +0000",
    auth_results=A_PASS, headers=H_MKT,
    body="""\
Now generally available: AWS Lambda durable functions

Durable functions let you write multi-step applications and workflows as
ordinary Lambda code. Each step is checkpointed, so a function can wait for
minutes, hours or days - for a timer, a callback or a human approval -
without paying for idle compute.

Durable functions are generally available today in 18 AWS Regions, including
US East (N. Virginia), Europe (Frankfurt) and Asia Pacific (Tokyo). There is
nothing to change in your existing functions.

Get started: %s
Pricing: %s

Happy building,
The AWS Lambda team

Unsubscribe or manage your email preferences: %s
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry
Avenue North, Seattle, WA 98109-5210
""" % (awstrack(_MKT047, "https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html", "047", 386),
       awstrack(_MKT047, "https://aws.amazon.com/lambda/pricing/", "047", 386),
       awstrack(_MKT047, "https://pages.awscloud.com/communication-preferences.html", "047", 386)),
    label=L("informational", ["LAMBDA"], [], [], None, "verified", False, S_MKT_UNSUB,
            "General-availability launch in plain text from the marketing sender, awstrack links: "
            "informational; the Regions named are launch news, not affected resources. Shape: AWS "
            "launch mails to account contacts (s0enke/cloudformation-templates#19 on unsubscribing from "
            "them)."))

add("048-direct-connect-maintenance-complete.eml",
    frm=AWS_HEALTH, to=("Network Operations", "noc@example.com"),
    subject="AWS Direct Connect Maintenance Complete [AWS Account: 246813579024]",
    date="2026-11-05 20:20:00 +0000",
    auth_results=A_HEALTH, headers=H_NOTIF,
    body="""\
Hello,

We would like to inform you that the maintenance that was scheduled for the
AWS Direct Connect endpoint in Equinix TY2, Tokyo, from Thu, 5 Nov 2026
16:00:00 GMT to Thu, 5 Nov 2026 20:00:00 GMT is now complete.

The following AWS Direct Connect services are back in service:

dxcon-ffw7k2jd
dxvif-fg3ne8ap

If you encounter any problems with your connection, please contact AWS
Support[1].

[1] https://aws.amazon.com/support

Region: ap-northeast-1
Account Id: 246813579024

%s
""" % health_text_footer(health_arn("ap-northeast-1", "DIRECTCONNECT",
                                    "AWS_DIRECTCONNECT_MAINTENANCE_COMPLETE", "3E9C1B7F5A2D8C6E")),
    label=L("informational", ["DIRECTCONNECT"], ["246813579024"], ["ap-northeast-1"], None, "verified",
            False, S_DX,
            "'Maintenance Complete' follow-up: the word maintenance but nothing is scheduled any more -> "
            "informational, null; the maintenance window is past. Same account as 030, other location. "
            "Shape: example 2 ('AWS Direct Connect Maintenance Complete') in "
            "networktocode/circuit-maintenance-parser#74."))

add("049-ec2-scheduled-reboot-canceled.eml",
    frm=("Amazon EC2", "no-reply-aws@amazon.com"), to=TO_JA_INFRA,
    subject="Amazon EC2 scheduled maintenance canceled [AWS Account: 291837465019]",
    date="2026-11-20 03:40:00 +0000",
    auth_results=A_JA,
    body="""\
Hello,

The maintenance that was scheduled for the following Amazon EC2 instance in
the ap-northeast-1 region between 2026-11-24 17:00:00 UTC and 2026-11-24
19:00:00 UTC is no longer needed and has been canceled:

  i-06a8c3e1f5b7d902c   (Name: web-frontend-2)

The instance will not be rebooted. You don't need to do anything, and you
don't need to reschedule the event.

You can check the events of your instances in the EC2 console:
https://console.aws.amazon.com/ec2/v2/home?region=ap-northeast-1#Events

%s
""" % AWS_FOOTER,
    label=L("informational", ["EC2"], ["291837465019"], ["ap-northeast-1"], None, "verified", False,
            S_EC2_REBOOT,
            "Cancellation of the reboot announced in 026 (same account and instance): the future window "
            "2026-11-24 is no longer a date anything happens -> informational, null. English mail to the "
            "Japanese team. Shape: the scheduled maintenance mail in freelawproject/courtlistener#2957 "
            "and EC2 scheduled events documentation."))


# ==========================================================================
# LOOK-ALIKE
# ==========================================================================

add("050-phish-route53-renewal-lookalike.eml",
    frm=("Amazon Route 53", "renewals@route53-domain-services.com"), to="hostmaster@example.com",
    subject="Your domain renewal requires action",
    date="2026-11-09 11:48:00 +0000",
    auth_results=base.auth(domain="route53-domain-services.com", mailfrom="route53-domain-services.com",
                           dkim="none", dmarc="none"),
    html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Domain renewal</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear AWS customer,</p>
<p>The automatic renewal of <b>northwind-analytics.net</b> could not be completed because your
payment method was declined.</p>
<p>To avoid losing the domain and all associated email and websites, you must confirm your payment
details <b>within 48 hours</b>. Domains that are not renewed in time are released for public
registration.</p>
<p><a href="https://route53-domain-services.com/renew?d=northwind-analytics.net&amp;ref=aws">Renew now and
keep your domain</a></p>
<p>Regards,<br>Amazon Route 53 Billing</p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc. 410 Terry Avenue North, Seattle</p>
</body></html>
""",
    label=L("action-required", ["ROUTE53DOMAINS"], [], [], "2026-11-11", "suspicious", False,
            S_R53_RENEW,
            "Same subject as the genuine 004 but sent from the look-alike domain route53-domain-services.com "
            "(no DKIM, no DMARC) with a payment link to that domain: suspicious; categorised by its claim "
            "(domain renewal, action-required); claimed 48 hours from 2026-11-09 11:48 UTC -> 2026-11-11. "
            "Shape: the genuine Route 53 renewal mail of MozillaFoundation/foundation.mozilla.org#13515, "
            "imitated."))


# ==========================================================================
# writing and checking
# ==========================================================================

def main():
    BATCH.write(build=base.build, readme=README, sources=SOURCES,
                check=lambda spec, raw: common.check(spec, raw, extra=[common.aws_only]))


SOURCES = [
    ("RDS CA notice, subject 'Update Your Amazon RDS SSL/TLS Certificates by ... [AWS Account: ...]'",
     S_RDS_CERT_2019),
    ("RDS CA notice with extended dates ('We previously sent a communication ...')", S_RDS_CERT_EXT),
    ("Aurora end of standard support / Extended Support Health notice", S_AURORA_EOL),
    ("Route 53 domain renewal mail with awstrack.me links", S_R53_RENEW),
    ("WorkSpaces ports and IP ranges", S_WORKSPACES),
    ("'No new orders from date1, support until date2' retirement (Snowball/Snowcone)", S_SNOW),
    ("TLS minimum version notice (FIPS endpoints) and the TLS 1.2 blog",
     S_TLS_FIPS + ", https://aws.amazon.com/blogs/security/tls-1-2-required-for-aws-endpoints/"),
    ("ACM validation email templates ('Certificate request for', 72-hour link)",
     S_ACM_EMAIL + ", https://docs.aws.amazon.com/acm/latest/userguide/email-validation.html"),
    ("ACM renewal failed with DNS validation", S_ACM_RENEW),
    ("Lambda Node.js 18 end-of-support mail and the runtime stages", S_LAMBDA_NODE18
     + ", https://github.com/lumigo-io/SAR-Lambda-Janitor/issues/69"),
    ("Lambda runtime notice pasted by a Japanese user; Japanese runtime policy", S_LAMBDA_JA
     + ", https://docs.aws.amazon.com/ja_jp/lambda/latest/dg/runtime-support-policy.html"),
    ("EKS standard / extended support Health notices", S_EKS_132
     + ", https://github.com/CredentialEngine/CredentialRegistry/issues/1066"),
    ("OpenSearch end of standard support Health event (ARNs arn:aws:es:...)", S_OPENSEARCH_EOS),
    ("Elastic Beanstalk platform retirement mail; retirement policy", S_EB_AL1
     + ", https://www.repost.aws/ja/knowledge-center/elastic-beanstalk-upgrade-platform"),
    ("IMDSv2 account default for new launches", S_IMDS_DEFAULT),
    ("EC2-Classic retirement timeline", S_EC2_CLASSIC
     + ", https://github.com/buttonmen-dev/buttonmen/issues/2855"),
    ("SDK end-of-support Health notices ([AWS Account] [REGION], usage detected)", S_SDK_JAVA1
     + ", https://github.com/CredentialEngine/CredentialRegistry/issues/1050"),
    ("CodeCommit closed to new customers; effect on Control Tower AFT", S_CODECOMMIT
     + ", https://github.com/aws-solutions/aws-control-tower-customizations/issues/198"),
    ("Amazon Pinpoint end of support notice", S_PINPOINT),
    ("Amazon WorkMail end of support (no new customers April 30, 2026; end March 31, 2027)",
     S_WORKMAIL),
    ("Route 53 ICANN confirmation emails (3-15 days, suspension)", S_R53_VERIFY),
    ("OpenSearch required service software updates (30 days, isolation)", S_OS_SOFTWARE),
    ("RDS Extended Support (Japanese documentation)", S_RDS_ES_JA),
    ("EC2 retirement mail quoted in a Japanese blog", S_EC2_RETIRE_JA + ", https://blog.cles.jp/item/10037"),
    ("EC2 scheduled maintenance with reschedule limit", S_EC2_REBOOT),
    ("RDS Auto Minor Version Upgrade campaign ('[Action Required]' maintenance)", S_RDS_AMVU),
    ("Japanese overview of AWS notification mail types", S_JA_MAILTYPES
     + ", https://denet.ad.jp/msp-service/mail/"),
    ("Direct Connect planned maintenance / maintenance complete; User Notifications HTML layout", S_DX
     + ", https://github.com/networktocode/circuit-maintenance-parser (parser/aws.py docstrings)"),
    ("Fargate task patching retirement notice", S_FARGATE),
    ("Fargate task retirement wait period", S_FARGATE_WAIT
     + ", https://dev.classmethod.jp/articles/fargate-event-windows-for-task-retirements"),
    ("AWS Marketplace agreement notifications", S_MP_AGREEMENT),
    ("RDS Extended Support Year 1-2 / Year 3 pricing", S_RDS_ES_PRICE),
    ("Public IPv4 charge notice", S_IPV4),
    ("EC2 price reduction announcements", S_PRICE_CUT),
    ("Genuine billing statement subject (fake-notice analysis)", S_STATEMENT),
    ("AWS Budgets alert mails", S_BUDGETS),
    ("Free Tier limit alert", S_FREETIER),
    ("Japanese past-due / suspension sequence", S_PASTDUE_JA),
    ("Making payments, expired cards", S_PAYMENT),
    ("Queuing a Savings Plan renewal", S_SP_RENEW),
    ("AWS marketing mail to account contacts", S_MKT_UNSUB),
    ("'The issue has been resolved and the service is operating normally'", S_RESOLVED),
    ("GuardDuty finding-type announcements", S_GD_SNS),
]


README = """\
# aws-judgement: AWS notices that need judgement beyond keyword markers

%(n)d AWS notices (`NNN-short-name.eml`) with labels in `labels.json` (paths relative to the
parent `corpus/` folder). Everything here is written by `generate.py` (standard library only,
deterministic; it imports the MIME helpers and `auth()` from the parent `generate.py`):

    python3 Tests/Fixtures/Resources/corpus/aws-judgement/generate.py

It rewrites the `.eml` files, `labels.json` and this README, parses every file back and checks
the labels against the decoded text (labelled account IDs present, every other 12-digit run a
declared trap, labelled regions present as code or name, Date within 2026-09-01..2026-11-30, no
deadline before the Date, files exist). It exits 1 on a mismatch. Edit the script, not the files.

All labels were decided by reading the messages; the classifier was neither run nor read.
Wording is our own; shapes (subjects, senders, structure, date kinds, account and region
notation) follow the public notices listed under Sources. Account IDs, instance IDs, prices,
IP ranges and several 2026-2027 changes are invented for the autumn-2026 setting (the RDS
intermediate CA rotation, the postponed Lambda Node.js 18 update block, the Python 3.10
dates, the Lightsail Windows Server 2016 plans, the OpenSearch automatic engine upgrade, the
IMDSv2 default date, the previous-generation EC2 retirement, the CodeCommit 2026 step, the
MariaDB 10.6 date, the idle Elastic IP price, the G6 price cut, the GuardDuty renames).
Real dates kept where they are public: EKS 1.31 (November 26, 2025 / November 26, 2026),
Aurora MySQL 2 (October 31, 2024 / February 28, 2027), Pinpoint (May 20, 2025 / October 30,
2026), WorkMail (April 30, 2026 / March 31, 2027), Windows Server 2016 (January 12, 2027).

## What is in the batch

- Action required with no marker in the subject: RDS certificates "Update your ... by <date>"
  (and a follow-up that moves the date), "Upgrade your Amazon Aurora MySQL 2 clusters before
  ...", "Your domain renewal requires action", "Update your Amazon WorkSpaces firewall settings
  to maintain connectivity", "Amazon Lightsail Windows Server 2016 plans ending ...", "TLS 1.2
  to become the minimum TLS protocol level for all AWS API endpoints", an ACM validation request
  ("Certificate request for ...", 72-hour link), "AWS Lambda end of support for Node.js 18",
  EKS end of extended support, OpenSearch/Elasticsearch end of
  Extended Support, Elastic Beanstalk platform retirement, IMDSv2 enforcement for new launches,
  an EC2-Classic-style retirement of previous-generation instance types, Boto3 end of support
  for Python 3.10, CodeCommit "no new customers" with a date, Pinpoint and WorkMail end of
  support, ICANN registrant verification (15 days), an OpenSearch required update (30 days), a
  Japanese RDS notice that names the service only as "Amazon リレーショナルデータベースサービス";
  Japanese notices marked 【要対応】 (Lambda runtime) and [要対応] (ACM renewal failure); a
  colleague's forward; a look-alike of the Route 53 mail.
- Deadline choice: dates where the one that matters is not the first - past end of standard
  support before a future end of extended support (003, 012, 013), "no new ... from date1,
  ends on date2" (006, 016, 018, 019, 020), a follow-up whose earlier act-by date is still in
  the future but superseded (002), a reminder citing the original notice's date (019), past
  dates before the act-by date (010, 014, 017), relative deadlines (008 72 hours, 022 15 days,
  023 30 days, 032 7 days, 050 48 hours), Japanese dates (2027年3月31日, 2027年1月31日).
- Maintenance: EC2 retirement (HTML only) and scheduled reboot (Japanese), an RDS Auto Minor
  Version Upgrade campaign whose subject says "[Action Required]", ElastiCache engine update
  (Japanese), an Aurora required patch, Direct Connect planned maintenance, two Fargate task
  retirements (absolute and "7 days after this notification").
- Pricing: Marketplace price change, RDS Extended Support Year 3 rate, idle Elastic IP price
  (Japanese), a price reduction sent as marketing.
- Billing: invoice available, Budgets threshold exceeded, Free Tier alert (Japanese), past due
  with a pay-by date (Japanese, subject "アクションが必要です"), expiring card, Savings Plan expiry.
- Informational: a monthly newsletter and a GA launch from aws-marketing-email-replies@amazon.com
  with *.r.us-east-1.awstrack.me links, "now available in the Asia Pacific (Osaka) Region"
  (Japanese), an operational issue resolved, "Notification on changes to the names of finding
  types" (GuardDuty), Direct Connect "Maintenance Complete", a canceled EC2 maintenance.
- Services named only in the body or by product names: Aurora -> RDS, Fargate -> ECS,
  OpenSearch -> ES ("search domains", "Elasticsearch 6.7 domains"), Elastic Beanstalk,
  Pinpoint (ARNs say mobiletargeting), the Japanese name of RDS.
- Formats: classic `no-reply-aws@amazon.com` mails (some with `[AWS Account: ...]`),
  `health@aws.com` mails with `[AWS Account: ...] [REGION]`, Health event ARN links and the
  User Notifications HTML layout (awstrack.me links, "Message metadata"), `certificates.amazon.com`,
  `registrar.amazon.com`, `costalerts.amazonaws.com`, `email.amazon.com`, `marketplace.aws`.
  Encodings: us-ascii 7bit, UTF-8 quoted-printable and base64, ISO-2022-JP (body and subject),
  HTML only, multipart/alternative.
- Languages: %(en)d English, %(ja)d Japanese.

## Counts

| category | all | verified | unverified | suspicious |
|---|---|---|---|---|
%(rows)s

Provider: aws for all. Trust: %(ver)d verified, %(unv)d unverified, %(sus)d suspicious.
Reminders: %(rem)d. Messages with a deadline: %(dl)d.

## Labels we were unsure of

- Deadline rule for two-date retirements. This batch's brief, like the parent README's rule
  (the product owner's), takes the act-by date or the date the subject names, not an earlier
  restriction the reader's action is not tied to: `006` (November 30, 2026 no new instances vs
  January 31, 2027), `016` (December 1, 2026 explicitly "does not apply to you" vs March 31,
  2027). A mechanical reader taking the earliest date ahead would pick the earlier dates.
- `002`: reminder=true because it re-sends the October request with a moved date; one could
  call it a new notice. Its old date January 14, 2027 is still ahead but superseded.
- `007`: services [S3, SQS] from the listed endpoints; the subject speaks of all endpoints.
- `017`: services [SDK] (no Health code is shown in the text) and region eu-west-1 from the
  observed API calls, although no resource is named.
- `019`: service PINPOINT; the ARNs use the API namespace mobiletargeting and we do not know the
  Health service code.
- `023`: action-required rather than maintenance because AWS isolates the domain instead of
  applying the update; the deadline is the 30-day limit (2026-11-29), not the later isolation.
- `027`: maintenance despite "[Action Required]" in the subject (AWS applies the upgrade).
- `045`: region us-east-1 kept for a resolved public operational issue ("some of your queues
  ... may have been affected").
- `046`: informational/null although November 16, 2026 is the date the names change.
- `042`: billing with a deadline because it asks to queue a renewal before the end date;
  `041` likewise with the update-by date; `037` null.
- `050`: the look-alike is categorised by its claim (action-required, domain renewal).

## Sources read (shapes and facts, never copied)

%(sources)s
"""


if __name__ == "__main__":
    main()
