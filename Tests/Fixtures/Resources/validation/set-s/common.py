"""Shared pieces for the set-s notices: recipients, footers, a notice constructor."""

MSP = "kamome-cw.example"

# Shared mailboxes of Kamome Cloud Works
TO = {
    "aws": "aws-root@kamome-cw.example",
    "aws-suz": "aws+suzuran@kamome-cw.example",
    "aws-tide": "aws+tidewater@kamome-cw.example",
    "aws-hak": "aws+hakone@kamome-cw.example",
    "aws-elm": "aws+elmstone@kamome-cw.example",
    "ops": "ops@kamome-cw.example",
    "noc": "noc@kamome-cw.example",
    "sec": "security@kamome-cw.example",
    "bill": "billing@kamome-cw.example",
    "cloud": "cloud-admin@kamome-cw.example",
    "jp": "infra-jp@kamome-cw.example",
    "dev": "dev-platform@kamome-cw.example",
}

# Real provider domains allowed in addresses and links
PROVIDER_DOMAINS = {
    "amazon.com", "aws.amazon.com", "amazonaws.com", "console.aws.amazon.com",
    "docs.aws.amazon.com", "health.aws.amazon.com", "support.console.aws.amazon.com",
    "signin.aws.amazon.com", "repost.aws", "aws.amazon.co.jp", "email.amazonaws.com",
    "google.com", "cloud.google.com", "console.cloud.google.com", "support.google.com",
    "workspace.google.com", "admin.google.com", "googleapis.com",
    "microsoft.com", "azure.microsoft.com", "portal.azure.com", "learn.microsoft.com",
    "admin.microsoft.com", "aka.ms", "azure.com", "status.azure.com",
    "oracle.com", "cloud.oracle.com",
    "digitalocean.com", "cloud.digitalocean.com",
    "hetzner.com", "console.hetzner.cloud", "hetzner.cloud", "accounts.hetzner.com",
    "heroku.com", "dashboard.heroku.com", "devcenter.heroku.com",
    "cloudflare.com", "dash.cloudflare.com", "notify.cloudflare.com",
    "linode.com", "cloud.linode.com", "akamai.com",
    "ovh.com", "ovhcloud.com", "ovh.net",
    "fastly.com", "manage.fastly.com",
    "vercel.com", "netlify.com", "app.netlify.com",
    "github.com", "docs.github.com", "gitlab.com", "about.gitlab.com",
    "atlassian.com", "admin.atlassian.com", "am.atlassian.com",
    "mongodb.com", "cloud.mongodb.com",
    "snowflake.com", "snowflakecomputing.com",
    "datadoghq.com", "app.datadoghq.com",
    "twilio.com", "console.twilio.com", "sendgrid.com", "app.sendgrid.com",
    "alibabacloud.com",
    "sakura.ad.jp", "secure.sakura.ad.jp", "conoha.jp", "manage.conoha.jp",
    "xserver.ne.jp", "secure.xserver.ne.jp", "ntt.com", "iij.ad.jp", "kddi.com",
    "fujitsu.com", "nec.com", "jp.nec.com", "global.fujitsu",
}

AWS_FOOT = """Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.

Reference: {ref}"""

AWS_JP_FOOT = """本メールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。

アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。"""

FOOTERS = {
    "aws": AWS_FOOT,
    "aws-mkt": AWS_FOOT + "\n\nYou are receiving this email because you are subscribed to AWS announcements. To unsubscribe or update your preferences, visit https://aws.amazon.com/email-preferences/",
    "aws-jp": AWS_JP_FOOT,
    "gcp": """Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043

You have received this mandatory service announcement to update you about important changes to Google Cloud or your account.""",
    "gws": """(c) 2027 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043

You have received this important update about your Google Workspace account because you are listed as an administrator. This is a mandatory service announcement.""",
    "gcp-jp": """Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043

このメールは、Google Cloud のサービスまたはアカウントに関する重要な変更をお知らせするため、必須のサービスに関するお知らせとしてお送りしています。""",
    "azure": """Account Information
Subscription ID: {ref}

Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""",
    "azure-jp": """アカウント情報
サブスクリプション ID: {ref}

プライバシーに関する声明: https://go.microsoft.com/fwlink/?LinkId=521839

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""",
    "m365": """You're receiving this email because you are a global or billing administrator for your organization.

Microsoft respects your privacy. Review our online Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA""",
    "oracle": """Oracle Cloud Infrastructure
Copyright (c) 2027, Oracle and/or its affiliates. All rights reserved.
Oracle Corporation - 2300 Oracle Way, Austin, TX 78741, USA

Please do not reply to this message. This mailbox is not monitored.""",
    "do": """DigitalOcean, LLC - 105 Edgeview Drive, Suite 425, Broomfield, CO 80021

You are receiving this email because you have a DigitalOcean account. Questions? Open a ticket at https://cloud.digitalocean.com/support/tickets""",
    "hetzner": """Kind regards

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
Tel: +49 9831 505-0
Register Court: Registergericht Ansbach, HRB 6089
Managing Director: Martin Hetzner, Stephan Konvickova, Gunther Mayer""",
    "heroku": """Heroku, a Salesforce company
415 Mission Street, Suite 300, San Francisco, CA 94105

You are receiving this email because you are an owner or admin of a Heroku team.""",
    "cf": """Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107
Privacy Policy: https://www.cloudflare.com/privacypolicy/

You are receiving this email because you are a member of this Cloudflare account. Manage notification settings: https://dash.cloudflare.com/?to=/:account/notifications""",
    "linode": """Akamai Technologies, Inc., 145 Broadway, Cambridge, MA 02142

This is a service-related message sent to the account holder. Manage your contact settings at https://cloud.linode.com/account/settings""",
    "ovh": """OVHcloud
2 rue Kellermann, 59100 Roubaix, France

This email was sent automatically; please do not reply. To contact us, use the Help Center: https://help.ovhcloud.com/""",
    "fastly": """Fastly, Inc. | 475 Brannan Street, Suite 300, San Francisco, CA 94107
Status: https://www.fastlystatus.com | Support: support@fastly.com""",
    "vercel": """Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723

You are receiving this email because you are an owner of a Vercel team. Notification preferences: https://vercel.com/account/notifications""",
    "netlify": """Netlify, Inc. | 512 2nd Street, Suite 200, San Francisco, CA 94107

You're receiving this email because you're an owner of a Netlify team. Unsubscribe from product updates: https://app.netlify.com/user/settings#notifications""",
    "github": """You're receiving this email because of your account on github.com.

GitHub, Inc. 88 Colin P Kelly Jr Street San Francisco, CA 94107""",
    "gitlab": """GitLab Inc. | 268 Bush Street #350 | San Francisco, CA 94104

You are receiving this email as a GitLab.com namespace owner. Manage email preferences: https://gitlab.com/-/profile/notifications""",
    "atl": """This message was sent to you by Atlassian Cloud.
Atlassian Pty Ltd, Level 6, 341 George Street, Sydney NSW 2000, Australia

Copyright 2027 Atlassian | Privacy Policy: https://www.atlassian.com/legal/privacy-policy""",
    "mongo": """MongoDB, Inc., 1633 Broadway, 38th Floor, New York, NY 10019

You are receiving this email because you are a Project Owner or Organization Owner in MongoDB Atlas. Manage alert settings in the Atlas UI.""",
    "snow": """Snowflake Inc. | 106 East Babcock Street, Suite 3A, Bozeman, MT 59715

This is an operational notification for Snowflake account administrators.""",
    "dd": """Datadog, Inc. | 620 8th Ave, 45th Floor, New York, NY 10018

You are receiving this because you are an administrator of a Datadog organization. Update preferences: https://app.datadoghq.com/account/settings""",
    "twilio": """Twilio Inc. | 101 Spear Street, Fifth Floor, San Francisco, CA 94105

You received this email because you are an owner of a Twilio account. This is a service announcement and not a marketing message.""",
    "sg": """SendGrid, a Twilio company | 1801 California Street, Suite 500, Denver, CO 80202

This is a service notification about your SendGrid account.""",
    "ali": """Alibaba Cloud International
This email is sent by the system automatically. Please do not reply.
Copyright 2009-2027 Alibaba Cloud. All rights reserved.""",
    "sakura": """──────────────────────────────────
さくらインターネット株式会社
カスタマーセンター
会員メニュー: https://secure.sakura.ad.jp/menu/
お問い合わせ: https://help.sakura.ad.jp/
──────────────────────────────────
※本メールは送信専用アドレスからお送りしています。""",
    "conoha": """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
ConoHa by GMO
GMOインターネットグループ株式会社
コントロールパネル: https://manage.conoha.jp/
サポート: https://support.conoha.jp/
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
本メールは送信専用です。ご返信いただいてもお答えできません。""",
    "xserver": """--------------------------------------------------------------
エックスサーバー株式会社
https://www.xserver.ne.jp/
サポート窓口: support@xserver.ne.jp
--------------------------------------------------------------
本メールの内容に心当たりがない場合は、お手数ですがサポート窓口までご連絡ください。""",
    "ntt": """──────────────────────
NTTドコモビジネス株式会社
クラウドサービス カスタマーサポート
https://www.ntt.com/
──────────────────────
本メールは配信専用アドレスより送信しております。""",
    "iij": """====================================================
株式会社インターネットイニシアティブ
IIJサポートセンター
https://www.iij.ad.jp/
====================================================""",
    "kddi": """-------------------------------------------
KDDI株式会社
法人向けクラウドサービス 事務局
https://biz.kddi.com/
配信停止をご希望の方は、本メールに記載のお問い合わせ先までご連絡ください。
-------------------------------------------""",
    "fujitsu": """────────────────────────
富士通株式会社
クラウドサービス ヘルプデスク
https://www.fujitsu.com/jp/
────────────────────────
本メールは送信専用アドレスから配信しております。""",
    "nec": """───────────────────────
日本電気株式会社（NEC）
NEC Cloud IaaS サポート窓口
https://jpn.nec.com/
───────────────────────
※本メールは送信専用です。""",
    "none": "",
}


def N(id, frm, to, subj, date, label, dl, body, lang="en", kind="plain",
      foot="none", ref="", wrap=None, fwd=None, bland=False, cc=None):
    """Build one notice record.

    frm: (display name, address); date: 'YYYY-MM-DD HH:MM:SS +ZZZZ';
    dl: 'YYYY-MM-DD' | 'none' | ('days', n) | ('bdays', n)
    kind: plain | alt | html; wrap: None | 'fwd' | 'reply'
    fwd: for wrap=='fwd': dict(frm=(name, addr), date=..., note=...)
    """
    return dict(id=id, frm=frm, to=TO.get(to, to), subj=subj, date=date,
                label=label, dl=dl, body=body.strip("\n"), lang=lang,
                kind=kind, foot=foot, ref=ref, wrap=wrap, fwd=fwd,
                bland=bland, cc=cc)
