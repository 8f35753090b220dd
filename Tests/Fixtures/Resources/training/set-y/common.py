"""Shared footers, sender addresses and HTML styles for set-y."""

# (header colour, font stack, banner text)
HTML_STYLE = {
    "default": ("#333f48", "Arial,Helvetica,sans-serif", "Service notification"),
    "aws": ("#232f3e", "Amazon Ember,Arial,sans-serif", "Amazon Web Services"),
    "google": ("#1a73e8", "Roboto,Arial,sans-serif", "Google Cloud"),
    "workspace": ("#1a73e8", "Roboto,Arial,sans-serif", "Google Workspace"),
    "azure": ("#0078d4", "Segoe UI,Arial,sans-serif", "Microsoft Azure"),
    "m365": ("#0078d4", "Segoe UI,Arial,sans-serif", "Microsoft 365"),
    "do": ("#0069ff", "Arial,sans-serif", "DigitalOcean"),
    "atlassian": ("#0052cc", "Arial,sans-serif", "Atlassian"),
    "fastly": ("#ff282d", "Arial,sans-serif", "Fastly"),
    "sendgrid": ("#1a82e2", "Arial,sans-serif", "Twilio SendGrid"),
    "atlas": ("#00684a", "Arial,sans-serif", "MongoDB Atlas"),
    "datadog": ("#632ca6", "Arial,sans-serif", "Datadog"),
    "google_ja": ("#1a73e8", "Noto Sans JP,Meiryo,sans-serif", "Google Cloud"),
}

FOOTERS = {
    "aws_en": """
Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""",
    "aws_health": """
If you have questions or concerns, please contact AWS Support [1].

[1] https://aws.amazon.com/support

Sincerely,
Amazon Web Services

You are receiving this email because your AWS account is subscribed to AWS Health notifications. To change the notifications you receive, use the AWS User Notifications console.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""",
    "aws_ts": """
Regards,
AWS Trust & Safety

Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""",
    "aws_ja": """
ご不明な点がございましたら、AWS サポート [1] までお問い合わせください。

[1] https://aws.amazon.com/jp/support

今後ともよろしくお願い申し上げます。
アマゾン ウェブ サービス ジャパン合同会社

本メールは送信専用アドレスから配信されています。ご返信いただいてもお答えできませんのでご了承ください。
Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。
""",
    "gcp_en": """
Thanks for choosing Google Cloud.

-- The Google Cloud Team

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043

You have received this mandatory service announcement to update you about important changes to Google Cloud Platform or your account.
""",
    "workspace": """
Sincerely,
The Google Workspace Team

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043

You have received this mandatory service announcement to update you about important changes to your Google Workspace account.
""",
    "azure": """
Microsoft respects your privacy. To learn more, please read our Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052

You're receiving this email because you have an Azure subscription. This is a mandatory service communication.
""",
    "m365": """
This is a mandatory service communication. To set up email notifications about your Microsoft 365 organization, sign in to the Microsoft 365 admin center.

Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA
""",
    "azure_ja": """
プライバシーに関する声明: https://go.microsoft.com/fwlink/?LinkId=521839

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
このメールは送信専用のアドレスから送信されています。ご返信いただいてもお答えできません。Azure サブスクリプションをお持ちのお客様にお送りしている必須のサービス通知です。
""",
}

AWS_NOREPLY = ("Amazon Web Services", "no-reply-aws@amazon.com")
AWS_HEALTH = ("AWS Health", "health@aws.com")
AWS_TS = ("AWS Trust & Safety", "ec2-abuse@amazon.com")
AWS_SUPPORT = ("Amazon Web Services", "no-reply-aws@amazon.com")
AWS_MKT = ("Amazon Web Services", "aws-marketing-email-replies@amazon.com")
AWS_JP = ("アマゾン ウェブ サービス ジャパン", "aws-jp-noreply@amazon.co.jp")
GCP = ("Google Cloud", "CloudPlatform-noreply@google.com")
WORKSPACE = ("The Google Workspace Team", "workspace-noreply@google.com")
AZURE = ("Microsoft Azure", "azure-noreply@microsoft.com")
M365 = ("Microsoft 365 Message center", "o365mc@microsoft.com")
