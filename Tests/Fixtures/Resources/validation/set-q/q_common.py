"""Shared helpers and boilerplate for set-q (fictional notices, March 2027)."""

MSP = "shirakaba-si.example"

# shared mailboxes of the MSP
AWS_NANAO = "aws-nanao@shirakaba-si.example"
AWS_RIDGE = "aws-ridgeway@shirakaba-si.example"
AWS_OMI = "aws-omirail@shirakaba-si.example"
AWS_FERN = "aws-bluefern@shirakaba-si.example"
OPS = "cloud-ops@shirakaba-si.example"
BILL = "billing@shirakaba-si.example"
SEC = "security@shirakaba-si.example"
NOC = "noc@shirakaba-si.example"
JP_OPS = "infra-jp@shirakaba-si.example"


def N(**kw):
    """One notice. Required: id, frm, to, date, subject, label, deadline, body.
    Optional: fmt ('plain'|'alt'|'html'), lang ('en'|'ja'), kind ('notice'|'fwd'|'reply'),
    rel (('cal', n) | ('bd', n)) for relative deadlines, bland (bool), provider."""
    kw.setdefault("fmt", "plain")
    kw.setdefault("lang", "en")
    kw.setdefault("kind", "notice")
    kw.setdefault("rel", None)
    kw.setdefault("bland", False)
    kw.setdefault("cc", None)
    return kw


AWS_FOOTER = """
Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.

Reference: https://aws.amazon.com/premiumsupport/
"""

AWS_HEALTH_FOOTER = """
If you have any questions or concerns, please contact AWS Support [1].

[1] https://aws.amazon.com/support

You are receiving this email because your AWS account has resources affected by this event. To view this event and others in the AWS Health Dashboard, visit https://health.aws.amazon.com/health/home#/account/dashboard/open-issues

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""

AWS_JP_FOOTER = """
ご不明な点がございましたら、AWS サポート [1] までお問い合わせください。

[1] https://aws.amazon.com/jp/support

本メールは、お客様の AWS アカウントに影響を受けるリソースが存在するため送信されています。AWS Health Dashboard でもイベントの詳細をご確認いただけます。
https://health.aws.amazon.com/health/home#/account/dashboard/open-issues

アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。
"""

GOOGLE_FOOTER = """
Thanks for choosing Google Cloud.

-- The Google Cloud Team

© 2027 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043

You have received this mandatory service announcement to update you about important changes to Google Cloud Platform or your account.
"""

MS_FOOTER = """
Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052

This is a mandatory service communication. To set your contact preferences for other communications, visit the Promotional Communications Manager.
"""


def to_html(text, brand="#232f3e", title=""):
    """Render a plain-text notice as a simple HTML email (paragraphs, links, lists)."""
    import html as _h
    import re
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.lstrip().startswith(("- ", "* ", "・")) for l in lines if l.strip()):
            items = "".join("<li>%s</li>" % _link(_h.escape(l.lstrip()[2:] if not l.lstrip().startswith("・") else l.lstrip()[1:]))
                            for l in lines if l.strip())
            out.append("<ul>%s</ul>" % items)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(_link(_h.escape(l)) for l in lines))
    head = ""
    if title:
        head = ('<tr><td style="background:%s;color:#ffffff;padding:16px 24px;'
                'font-size:18px;font-weight:bold">%s</td></tr>\n' % (brand, _h.escape(title)))
    return ("<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body style=\"margin:0;background:#f2f3f3;font-family:Arial,Helvetica,sans-serif\">\n"
            "<table role=\"presentation\" width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\">"
            "<tr><td align=\"center\">\n"
            "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" "
            "style=\"background:#ffffff;color:#16191f;font-size:14px;line-height:1.5\">\n"
            "%s<tr><td style=\"padding:24px\">\n%s\n</td></tr>\n</table>\n"
            "</td></tr></table>\n</body>\n</html>\n") % (_h.escape(title), head, "\n".join(out))


def _link(s):
    import re
    return re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', s)
