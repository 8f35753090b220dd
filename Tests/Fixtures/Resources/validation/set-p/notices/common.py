"""Shared sender identities, mailboxes and footers for the set-p notices."""

P = {
    "aws": ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws_health": ("AWS Health", "no-reply-aws@amazon.com"),
    "aws_abuse": ("Amazon EC2 Abuse", "ec2-abuse@amazon.com"),
    "aws_ses": ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws_support": ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws_billing": ("AWS Billing", "aws-billing-notifications@amazon.com"),
    "aws_events": ("AWS Events", "aws-marketing-email-replies@amazon.com"),
    "aws_jp": ("アマゾン ウェブ サービス ジャパン", "no-reply-aws@amazon.com"),
    "gcp": ("Google Cloud", "CloudPlatform-noreply@google.com"),
    "gcp_jp": ("Google Cloud", "CloudPlatform-noreply@google.com"),
    "workspace": ("The Google Workspace Team", "workspace-noreply@google.com"),
    "azure": ("Microsoft Azure", "azure-noreply@microsoft.com"),
    "m365": ("Microsoft 365 Message center", "o365mc@microsoft.com"),
    "oracle": ("Oracle Cloud Infrastructure", "no-reply@oracle.com"),
    "digitalocean": ("DigitalOcean", "support@digitalocean.com"),
    "hetzner": ("Hetzner Online GmbH - Abuse Team", "abuse@hetzner.com"),
    "hetzner_news": ("Hetzner Online", "newsletter@hetzner.com"),
    "heroku": ("Heroku", "noreply@heroku.com"),
    "cloudflare": ("Cloudflare", "noreply@notify.cloudflare.com"),
    "linode": ("Akamai Cloud Computing", "support@linode.com"),
    "ovh": ("OVHcloud", "noreply@ovhcloud.com"),
    "fastly": ("Fastly", "noreply@fastly.com"),
    "vercel": ("Vercel", "notifications@vercel.com"),
    "netlify": ("Netlify", "billing@netlify.com"),
    "github": ("GitHub", "noreply@github.com"),
    "gitlab": ("GitLab", "noreply@gitlab.com"),
    "atlassian": ("Atlassian", "noreply@am.atlassian.com"),
    "mongodb": ("MongoDB Atlas", "mongodb-atlas@mongodb.com"),
    "snowflake": ("Snowflake", "no-reply@snowflake.net"),
    "datadog": ("Datadog", "noreply@datadoghq.com"),
    "twilio": ("Twilio", "no-reply@twilio.com"),
    "sendgrid": ("Twilio SendGrid", "compliance@sendgrid.com"),
    "alibaba": ("Alibaba Cloud", "no-reply@alibabacloud.com"),
    "sakura": ("さくらインターネット", "support@sakura.ad.jp"),
    "conoha": ("ConoHa by GMO", "info@conoha.jp"),
    "xserver": ("エックスサーバー", "support@xserver.ne.jp"),
    "ntt": ("NTTドコモビジネス クラウドサポート", "cloud-info@ntt.com"),
    "iij": ("IIJサポートセンター", "info@iij.ad.jp"),
    "kddi": ("KDDI クラウドサービス", "cloud-info@kddi.com"),
    "fujitsu": ("富士通 クラウドサービス", "cloud-support@fujitsu.com"),
    "nec": ("NEC クラウドサービス", "cloud-event@nec.com"),
}

# shared mailboxes of Tamagawa Cloud Partners
OPS = "cloud-ops@tamagawa-cp.example"
SEC = "security@tamagawa-cp.example"
BILL = "billing@tamagawa-cp.example"
NOC = "noc@tamagawa-cp.example"
ABUSE = "abuse-contact@tamagawa-cp.example"
AWS_ISH = "aws+ishikari-dairy@tamagawa-cp.example"
AWS_MIZ = "aws+mizunami-ceramics@tamagawa-cp.example"
AWS_HBV = "aws+harborview@tamagawa-cp.example"
AWS_KISO = "aws+kiso-outdoor@tamagawa-cp.example"
AWS_PAYER = "aws-payer@tamagawa-cp.example"

# invented account ids
ACCT = {"ish": "482193650714", "miz": "603914582270", "hbv": "715260394851",
        "kiso": "290847316523", "payer": "138405729964"}

PROVIDER_OF = {k: k.split("_")[0] for k in P}


def N(n, label, deadline, lang, date, frm, to, subject, body, **kw):
    d = dict(n=n, label=label, deadline=deadline, lang=lang, date=date,
             from_key=frm, to=to, subject=subject, body=body.lstrip("\n"))
    d["from"] = P[frm] if isinstance(frm, str) else frm
    d["provider"] = kw.pop("provider", PROVIDER_OF.get(frm, "?") if isinstance(frm, str) else "?")
    d.update(kw)
    return d


AWS_FOOT = """
Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.
"""

AWS_HEALTH_FOOT = """
If you have questions or concerns, please contact AWS Support [1].

[1] https://aws.amazon.com/support

You are receiving this notification because you are the primary or alternate contact for one or more affected AWS accounts. To manage how you receive AWS Health notifications, use AWS User Notifications in the AWS Management Console.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.

Reference: https://aws.amazon.com/privacy/
"""

AWS_FOOT_JP = """
今後ともアマゾン ウェブ サービスをよろしくお願いいたします。

アマゾン ウェブ サービス ジャパン合同会社

本メールは送信専用アドレスから配信しています。ご返信いただいてもお答えできませんのでご了承ください。ご不明な点は AWS サポート（https://aws.amazon.com/jp/support）までお問い合わせください。

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。
"""
