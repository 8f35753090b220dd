"""Writing and checking shared by the corpus generators.

The parent generate.py (the first notices, and the MIME helpers `build()` and `auth()` every
batch uses) and each batch folder's generate.py keep their messages, labels, sources, README
text and the checks that are their own.  What they have in common lives here:

- `Batch`: the messages of one batch folder, its table of sources and how its Message-IDs
  are made; `label()` makes a label, `message()` and `attached()` message specs;
- helpers that make IDs and links without account-like digit runs (`nodigitruns`,
  `hashed_msgid`, `awstrack_url`, `tracked_link`, `sns_body`) and a few pieces of notice text
  several batches share (`AWS_FOOTER`, `JA_FOOTER`, `SUPPORT_FOOTER`, `UN_FOOT_TEXT`,
  `un_text`, `un_html`, `fwd_block`);
- `check()`: parse one written file back and compare it with its label;
- `write_batch()`: write every message, check it, write labels.json and README.md, print a
  summary and exit 1 on any mismatch;
- for the aws-wording batches from aws-wording-5 on: `load_sibling()` (import another batch's
  generate.py), and `WordingBatch`, whose messages carry the fields their checks read, whose
  `mix_errors()` checks the mix a batch promises and whose `write_checked()` is their main().

Every message of the corpus is written in our own words after the shape of a real, public
notice; each label was decided by reading the message, and the project's classifier was
neither run nor read.  Standard library only, deterministic; importing this module writes
nothing.
"""
import datetime as _dt
import email
import email.policy
import email.utils
import glob
import hashlib
import importlib.util
import json
import os
import re
import sys
from collections import Counter

CORPUS = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(CORPUS))))
SERVICES_JSON = os.path.join(REPO, "Sources", "DigestClassify", "Resources", "services.json")

CATEGORIES = ["abuse", "security-incident", "action-required", "security-advisory",
              "maintenance", "pricing", "billing", "informational"]
CRITICAL = ("abuse", "security-incident")
TRUST = ("verified", "unverified", "suspicious")
LABEL_KEYS = ["file", "category", "services", "accounts", "regions", "deadline", "trust",
              "reminder", "provider", "source", "note"]
# every Date header lies in the autumn of 2026
PERIOD = (_dt.datetime(2026, 9, 1, tzinfo=_dt.timezone.utc),
          _dt.datetime(2026, 12, 1, tzinfo=_dt.timezone.utc))
HEADERS = ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type")
# sending domains whose Message-IDs are written the way Amazon SES writes them
SES_DOMAINS = ("amazon.com", "amazonaws.com", "aws.com", ".aws")
JAPANESE_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
FAILED_AUTH_RE = re.compile(r"=(fail|softfail|none)\b")
URL_RE = re.compile(r"https?://[^\s)\]'\",;<>]+")

REGION_NAMES = {
    "us-east-1": ["US East (N. Virginia)", "N. Virginia"], "us-east-2": ["US East (Ohio)"],
    "us-west-1": ["US West (N. California)"], "us-west-2": ["US West (Oregon)"],
    "ca-central-1": ["Canada (Central)"], "sa-east-1": ["South America (São Paulo)"],
    "eu-west-1": ["Europe (Ireland)"], "eu-west-2": ["Europe (London)"], "eu-west-3": ["Europe (Paris)"],
    "eu-central-1": ["Europe (Frankfurt)"], "eu-north-1": ["Europe (Stockholm)"],
    "ap-northeast-1": ["Asia Pacific (Tokyo)", "アジアパシフィック (東京)", "東京"],
    "ap-northeast-2": ["Asia Pacific (Seoul)", "アジアパシフィック (ソウル)"],
    "ap-northeast-3": ["Asia Pacific (Osaka)", "アジアパシフィック (大阪)", "大阪"],
    "ap-southeast-1": ["Asia Pacific (Singapore)"], "ap-southeast-2": ["Asia Pacific (Sydney)"],
    "ap-south-1": ["Asia Pacific (Mumbai)"], "ap-east-2": ["Asia Pacific (Taipei)"],
}
REGION_RE = re.compile(r"\b(?:us|eu|ap|sa|ca|me|af|il|mx)-(?:east|west|north|south|central|"
                       r"northeast|southeast|southwest|northwest)-\d\b", re.I)


# --------------------------------------------------------------------------
# labels and message specs
# --------------------------------------------------------------------------

def label(category, services, accounts, regions, deadline, trust, reminder, source, note,
          traps=(), provider="aws", providers=None):
    """The label of one batch notice; traps are 12-digit runs in the text that are no
    account ID.  providers, when given, is the collection `provider` must belong to."""
    assert category in CATEGORIES, category
    assert trust in TRUST, trust
    assert providers is None or provider in providers, provider
    return dict(category=category, services=sorted(services), accounts=sorted(accounts),
                regions=sorted(regions), deadline=deadline, trust=trust, reminder=reminder,
                provider=provider, source=source, note=note, traps=list(traps))


def message(sub, name, *, frm, to, subject, date, body=None, html=None, charset="us-ascii",
            cte=None, subject_charset="utf-8", msgid=None, auth_results=None, headers=None,
            attach=None, lang="en", label, **more):
    """Spec of one notice of the batch folder `sub` (written as <sub>/<name>); `more`
    holds fields a batch checks itself."""
    return dict(name=name, file=sub + "/" + name, frm=frm, to=to, subject=subject,
                date=date, body=body, html=html, charset=charset, cte=cte,
                subject_charset=subject_charset, msgid=msgid, auth_results=auth_results,
                headers=headers or [], attach=attach, lang=lang, label=label, **more)


def attached(file, *, frm, to, subject, date, body=None, html=None, charset="us-ascii",
             cte=None, msgid=None, auth_results=None, attach_name="forwarded-message.eml"):
    """Spec of a message carried as message/rfc822 inside another one."""
    return dict(file=file, frm=frm, to=to, subject=subject, date=date, body=body, html=html,
                charset=charset, cte=cte, subject_charset="utf-8", msgid=msgid,
                auth_results=auth_results, headers=[], attach=None, attach_name=attach_name)


class Batch:
    """The notices of one batch folder.

    msgid(sub, name, address) makes the Message-ID of a message and of an attached one
    when the caller gives none (None: the parent's `build()` makes it from the file path);
    attached messages are named <sub>/<inner><name>."""

    def __init__(self, script, *, msgid=None, inner=""):
        self.here = os.path.dirname(os.path.abspath(script))
        self.sub = os.path.basename(self.here)
        self.msgs = []
        self.sources = {}      # short name -> (what was read, URL); the URL is a label's source
        self._msgid = msgid
        self._inner = inner

    def msgid(self, name, address):
        return self._msgid(self.sub, name, address) if self._msgid else None

    def add(self, name, *, msgid=None, **fields):
        """Register one notice (see message())."""
        msgid = msgid or self.msgid(name, fields["frm"][1])
        self.msgs.append(message(self.sub, name, msgid=msgid, **fields))

    def inner(self, name, *, msgid=None, **fields):
        """Spec of a message to attach as message/rfc822 (see attached())."""
        return attached(self.sub + "/" + self._inner + name,
                        msgid=msgid or self.msgid(name, fields["frm"][1]), **fields)

    def src(self, key, what, url):
        """Record a source that was read; returns its URL for the label."""
        assert key not in self.sources, key
        self.sources[key] = (what, url)
        return url

    def write(self, **kw):
        """write_batch() for this folder's messages."""
        write_batch(self.here, self.msgs, **kw)


# --------------------------------------------------------------------------
# IDs, links and texts without account-like digit runs
# --------------------------------------------------------------------------

def nodigitruns(s, n=5, filler="f"):
    """Break every run of n or more digits, so no hash can look like an account ID."""
    pat = re.compile(r"\d{%d,}" % n)
    while pat.search(s):
        s = pat.sub(lambda m: m.group(0)[:2] + filler + m.group(0)[3:], s)
    return s


def ses_id(h):
    """The 8-8-4-4-4-12 middle of an Amazon SES message id, from a hex digest."""
    return "%s-%s-%s-%s-%s-%s" % (h[:8], h[8:16], h[16:20], h[20:24], h[24:28], h[28:40])


def hashed_msgid(prefix):
    """Message-IDs in the style of the sending system, seeded by folder and file name, for
    Batch(msgid=...).  Digit runs are broken after at most four digits, so no run of 12 or
    more digits can appear; prefix starts the SES form (0100019b, 0100019c, ...)."""
    def make(sub, name, address):
        h = nodigitruns(hashlib.sha256((sub + "|" + name).encode()).hexdigest(), 5, "c")
        domain = address.split("@")[1]
        if domain.endswith(SES_DOMAINS):
            return "<%s%s-000000@email.amazonses.com>" % (prefix, ses_id(h))
        return "<%s.%s@%s>" % (h[:20], h[20:28], domain)
    return make


def awstrack_url(host, target, h, sig, n, prefix, escape="/?#&="):
    """A link wrapped by the SES click tracker:
    https://<host>.r.us-east-1.awstrack.me/L0/<escaped target>/1/<message id>/<sig>=<n>"""
    for ch in escape:
        target = target.replace(ch, "%%%02X" % ord(ch))
    return "https://%s.r.us-east-1.awstrack.me/L0/%s/1/%s%s-000000/%s=%d" % (
        host, target, prefix, ses_id(h), sig, n)


def tracked_link(host, target, seed, n, prefix):
    """awstrack_url() with the hash and signature of the aws-wording batches."""
    h = nodigitruns(hashlib.sha1((seed + "#" + target).encode()).hexdigest(), 5, "d")
    sig = nodigitruns(hashlib.sha1(("s#" + seed + target).encode()).hexdigest(), 4, "K")[:27]
    return awstrack_url(host, target, h, sig, n, prefix)


def health_arn(region, service, code, suffix):
    return "arn:aws:health:%s::event/%s/%s/%s_%s" % (region, service, code, code, suffix)


def health_url(arn):
    return ("https://health.aws.amazon.com/health/home#/account/event-log?eventID=%s"
            "&eventTab=details" % arn)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sns_body(message, topic_arn, seed, endpoint):
    """Body of an email delivered by an Amazon SNS email subscription."""
    h = hashlib.sha1(("sns#" + seed).encode()).hexdigest()
    sub = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])
    sub = nodigitruns(sub, 5, "e")
    region = topic_arn.split(":")[3]
    return """%s

--
If you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:
https://sns.%s.amazonaws.com/unsubscribe.html?SubscriptionArn=%s:%s&Endpoint=%s

Please do not reply directly to this email. If you have any questions or comments regarding this email, please contact us at https://aws.amazon.com/support
""" % (message, region, topic_arn, sub, endpoint)


def fwd_block(frm, date, subject, to, text, lang="en"):
    """A message forwarded inline, as a mail client quotes it."""
    if lang == "ja":
        head = "---------- 転送メッセージ ----------\n差出人: %s\n日付: %s\n件名: %s\n宛先: %s\n" % (
            frm, date, subject, to)
    else:
        head = ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\n"
                "To: %s\n" % (frm, date, subject, to))
    return head + "\n" + text


AWS_FOOTER = """\
Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA
98109-5210."""

JA_FOOTER = """\
今後ともアマゾン ウェブ サービスをよろしくお願いいたします。

アマゾン ウェブ サービス ジャパン合同会社
本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできません。"""

SUPPORT_FOOTER = """\
Best regards,
Amazon Web Services

This email was sent by Amazon Web Services, Inc. Replies to this address are
not monitored; please use the Support Center to correspond on the case.
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210"""

UN_FOOT_TEXT = """\
--
This notification was generated by AWS Health and delivered by AWS User
Notifications to the contacts of this AWS account. Change which managed
notifications you receive in the Console Notifications Center:
https://console.aws.amazon.com/notifications/home#/managed-notifications
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210"""


def un_text(paras, arn, rows, resources=(), res_label="Affected resources", *,
            details="Notification details", dashboard="Open the event in the AWS Health Dashboard:",
            footer=UN_FOOT_TEXT):
    """Plain-text part of a health@aws.com managed notification."""
    out = ["\n\n".join(paras)]
    if resources:
        out.append(res_label + ":\n" + "\n".join("  - " + r for r in resources))
    out.append(details + "\n" + "\n".join("  %-22s %s" % (k + ":", v) for k, v in rows))
    out.append(dashboard + "\n" + health_url(arn))
    out.append(footer)
    return "\n\n".join(out) + "\n"


# link texts of un_html(): Console Notifications Center, event, affected resources, details
# table, settings
UN_WORDS = {
    "en": ("Open in Console Notifications Center", "Go to event", "Affected resources",
           "Notification details", "Notification settings"),
    "ja": ("コンソール通知センターで開く", "イベントを表示", "影響を受けるリソース",
           "通知の詳細", "通知設定"),
}
UN_FOOT_HTML = "This notification was generated by AWS Health and delivered by AWS User Notifications."


def un_html(title, paras, arn, rows, *, link, host, seed, resources=(), lang="en", words=None,
            foot=UN_FOOT_HTML, escape=True):
    """HTML part of a health@aws.com managed notification: a banner, a link to the
    Console Notifications Center and one to the event, the message, the affected
    resources and a details table.  Links go through link(host, target, seed) (awstrack.me);
    words replaces UN_WORDS[lang]; escape: escape the paragraphs."""
    nc = link(host, "https://console.aws.amazon.com/notifications/home#/notifications", seed)
    ev = link(host, health_url(arn), seed)
    pref = link(host, "https://console.aws.amazon.com/notifications/home#/"
                "managed-notifications", seed)
    t = words or UN_WORDS[lang]
    body = "\n".join("<p style=\"margin:0 0 12px 0\">%s</p>" % (esc(p) if escape else p)
                     for p in paras)
    if resources:
        body += "\n<p style=\"margin:12px 0 4px 0;font-weight:bold\">%s</p>\n<ul>\n%s\n</ul>" % (
            t[2], "\n".join("<li>%s</li>" % esc(r) for r in resources))
    table = "\n".join("<tr><th align=\"left\" style=\"padding:3px 14px 3px 0;color:#5f6b7a;"
                      "font-weight:normal\">%s</th><td>%s</td></tr>" % (esc(k), esc(v))
                      for k, v in rows)
    return """<!DOCTYPE html>
<html lang="%(lang)s"><head><meta charset="utf-8"><title>%(title)s</title></head>
<body style="margin:0;background:#f2f3f3;font-family:'Amazon Ember',Arial,sans-serif">
<table role="presentation" width="620" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#0f1b2a;color:#ffffff;padding:14px 22px;font-size:20px">AWS Health</td></tr>
<tr><td style="padding:18px 22px 0 22px;font-size:13px"><a href="%(nc)s" style="color:#0972d3">%(t0)s</a></td></tr>
<tr><td style="padding:10px 22px;font-size:18px;font-weight:bold;color:#000716">%(title)s</td></tr>
<tr><td style="padding:0 22px 14px 22px"><a href="%(ev)s" style="background:#ff9900;color:#000716;padding:8px 18px;border-radius:16px;text-decoration:none;font-weight:bold">%(t1)s</a></td></tr>
<tr><td style="padding:0 22px;font-size:14px;line-height:21px;color:#000716">
%(body)s
</td></tr>
<tr><td style="padding:14px 22px 4px 22px;font-weight:bold">%(t3)s</td></tr>
<tr><td style="padding:0 22px 14px 22px;font-size:13px"><table>
%(table)s
</table></td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#5f6b7a;border-top:1px solid #e9ebed">
%(foot)s
<a href="%(pref)s" style="color:#5f6b7a">%(t4)s</a><br>
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr>
</table>
</body></html>
""" % dict(lang=lang, title=esc(title), nc=nc.replace("&", "&amp;"), ev=ev.replace("&", "&amp;"),
           pref=pref.replace("&", "&amp;"), t0=t[0], t1=t[1], t3=t[3], t4=t[4], foot=foot,
           body=body, table=table)

# --------------------------------------------------------------------------
# reading a written file back
# --------------------------------------------------------------------------

def _strip_html(s):
    s = re.sub(r"(?is)<(style|script|head)\b.*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return (s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
             .replace("&quot;", '"').replace("&#39;", "'"))


def texts(msg):
    """Decoded header values and text of every part, nested messages included."""
    out = []
    for k, v in msg.items():
        out.append("%s: %s" % (k, v))
    if msg.is_multipart():
        for part in msg.iter_parts() if hasattr(msg, "iter_parts") else msg.get_payload():
            out.extend(texts(part))
    elif msg.get_content_type() == "message/rfc822":
        out.extend(texts(msg.get_payload(0)))
    elif msg.get_content_maintype() == "text":
        body = msg.get_content()
        out.append(_strip_html(body) if msg.get_content_subtype() == "html" else body)
    return out


def walk_rfc822(msg):
    """Every message carried as message/rfc822, at any depth."""
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload(0)
            yield inner
            yield from walk_rfc822(inner)


def decoded_text(msg):
    """The text the checks read: texts() of the message and of every message inside it."""
    out = texts(msg)
    for inner in walk_rfc822(msg):
        out.extend(texts(inner))
    return "\n".join(out)


def from_domain(msg):
    return email.utils.parseaddr(str(msg["From"]))[1].rsplit("@", 1)[-1].lower()


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------

def check(spec, raw, *, msgid_digits=True, region_names=REGION_NAMES, region_codes=(REGION_RE,),
          senders=None, aws_services=None, extra=()):
    """Parse one written file back and compare it with its label.

    Always: the headers of HEADERS are present; every labelled account ID occurs (plain or
    as 1234-5678-9012), every other 12-digit run is a declared trap and every trap occurs;
    only AWS notices carry account IDs; every labelled region is lower case and occurs as a
    code or a name (region_names); the Date lies in PERIOD; a deadline is an ISO date not
    before the Date; a label with a source names it and a note; services are sorted, an AWS
    service is an upper-case code (or, with aws_services, one of them), another provider's
    carries the '<provider>:' prefix; a Japanese notice holds Japanese text.
    msgid_digits: no run of 12+ digits in the Message-ID of the message or of one inside it.
    senders (provider -> sending domains): the trust fits the From domain and the
    Authentication-Results.  extra: functions (spec, msg, text) -> errors of the batch.
    Returns the errors and the region codes (region_codes) the text names but the label not."""
    errors = []
    lab = spec["label"]
    provider = lab.get("provider", "aws")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in HEADERS:
        if msg[h] is None:
            errors.append("missing header " + h)
    if msgid_digits:
        for m, what in [(msg, "Message-ID")] + [(i, "inner Message-ID") for i in walk_rfc822(msg)]:
            if m["Message-ID"] and re.search(r"\d{12,}", m["Message-ID"]):
                errors.append("%s holds a run of 12+ digits" % what)
    text = decoded_text(msg)
    dashed = {m.replace("-", "") for m in re.findall(r"(?<![\d-])\d{4}-\d{4}-\d{4}(?![\d-])", text)}
    runs = set(re.findall(r"(?<!\d)\d{12}(?!\d)", text)) | dashed
    for a in lab["accounts"]:
        if a not in runs:
            errors.append("labelled account %s not found in text" % a)
    for r in sorted(runs):
        if r not in lab["accounts"] and r not in lab["traps"]:
            errors.append("12-digit run %s neither labelled nor a declared trap" % r)
    for t in lab["traps"]:
        if t not in runs:
            errors.append("declared trap %s not in text" % t)
    if provider != "aws" and lab["accounts"]:
        errors.append("a non-AWS notice cannot carry AWS account IDs")
    low = text.lower()
    for r in lab["regions"]:
        if r != r.lower():
            errors.append("region %s not lower case" % r)
        if r.lower() not in low and not any(n.lower() in low for n in region_names.get(r, [])):
            errors.append("labelled region %s not in text" % r)
    d = email.utils.parsedate_to_datetime(msg["Date"])
    if not (PERIOD[0] <= d < PERIOD[1]):
        errors.append("Date %s outside 2026-09-01..2026-11-30" % d.isoformat())
    if lab["deadline"] is not None:
        try:
            if _dt.date.fromisoformat(lab["deadline"]) < d.date():
                errors.append("deadline %s before the Date header" % lab["deadline"])
        except ValueError:
            errors.append("bad deadline %r" % lab["deadline"])
    if "source" in lab and (not lab["source"] or not lab["note"]):
        errors.append("empty source or note")
    if lab["services"] != sorted(lab["services"]):
        errors.append("services not sorted")
    for s in lab["services"]:
        if provider != "aws":
            if not s.startswith(provider + ":"):
                errors.append("service %r lacks the %s: prefix" % (s, provider))
        elif aws_services is not None:
            if s not in aws_services:
                errors.append("AWS service %r is not a catalogue id in services.json" % s)
        elif not re.fullmatch(r"[A-Z0-9_-]+", s):
            errors.append("AWS service code %r is not upper case" % s)
    if spec["lang"] == "ja" and not JAPANESE_RE.search(text):
        errors.append("lang ja but no Japanese text")
    if senders is not None:
        errors.extend(sender_errors(msg, lab, senders))
    for fn in extra:
        errors.extend(fn(spec, msg, text))
    found = set()
    for rx in region_codes:
        found |= {m.lower() for m in rx.findall(text)}
    return errors, sorted(found - {r.lower() for r in lab["regions"]})


def sender_errors(msg, lab, senders):
    """A verified notice comes from its provider's domain with passing authentication; a
    suspicious one does not pass as the provider; an unverified one is not the provider's."""
    errors = []
    dom = from_domain(msg)
    own = dom.endswith(senders[lab["provider"]])
    auth_txt = str(msg["Authentication-Results"] or "")
    failed_auth = FAILED_AUTH_RE.search(auth_txt) is not None
    if lab["trust"] == "verified":
        if not own:
            errors.append("verified but From domain %s is not %s's" % (dom, lab["provider"]))
        if failed_auth or "dmarc=pass" not in auth_txt:
            errors.append("verified but authentication does not pass")
    elif lab["trust"] == "suspicious":
        if own and not failed_auth:
            errors.append("suspicious but From is the provider's domain and authentication passes")
    elif own:
        errors.append("unverified but From is the provider's own domain")
    return errors


def aws_only(spec, msg, text):
    """extra check of the batches that hold AWS notices only."""
    return [] if spec["label"]["provider"] == "aws" else ["provider must be aws in this batch"]


def catalogue_ids():
    """The service ids of the classifier's catalogue (services.json)."""
    with open(SERVICES_JSON, encoding="utf-8") as f:
        return {s["id"] for s in json.load(f)["services"]}


def norm_url(u):
    u = u.strip().rstrip(".,;)").rstrip("/")
    u = re.sub(r"^https?://", "", u)
    return re.sub(r"^www\.", "", u).lower()


def earlier_sources(sub, code=False):
    """Every source and every URL in a note or README.md (with code, also in generate.py) of
    the corpus folder and of every batch folder but `sub`, normalised by norm_url()."""
    urls = set()
    folders = [CORPUS] + sorted(p for p in glob.glob(os.path.join(CORPUS, "*"))
                                if os.path.isdir(p) and os.path.basename(p) != sub)
    for folder in folders:
        lab = os.path.join(folder, "labels.json")
        if os.path.exists(lab):
            with open(lab, encoding="utf-8") as f:
                for x in json.load(f):
                    if x.get("source"):
                        urls.add(norm_url(x["source"]))
                    for u in URL_RE.findall(x.get("note", "")):
                        urls.add(norm_url(u))
        for name in ("README.md", "generate.py") if code else ("README.md",):
            path = os.path.join(folder, name)
            if os.path.exists(path):
                with open(path, encoding="utf-8") as f:
                    for u in URL_RE.findall(f.read()):
                        urls.add(norm_url(u))
    return urls


def source_errors(msgs, sources, earlier):
    """Each source serves one notice, the table of sources lists exactly the labels'
    sources, and none was used before (earlier: from earlier_sources())."""
    errors = []
    srcs = [m["label"]["source"] for m in msgs]
    for s, n in Counter(srcs).items():
        if n > 1:
            errors.append("source used by %d notices: %s" % (n, s))
    if set(srcs) != {url for _, url in sources.values()}:
        errors.append("SRC table and label sources differ")
    for s in srcs:
        if norm_url(s) in earlier:
            errors.append("source already used by an earlier batch: %s" % s)
    return errors


# --------------------------------------------------------------------------
# writing a batch
# --------------------------------------------------------------------------

def critical_count(labels, genuine=False):
    return sum(1 for x in labels if x["category"] in CRITICAL
               and not (genuine and x["trust"] == "suspicious"))


def provider_line(labels, sort=False):
    prov = Counter(x["provider"] for x in labels)
    return "provider: %s" % (dict(sorted(prov.items())) if sort else dict(prov))


def critical_line(labels, genuine=False):
    line = "critical (abuse + security-incident): %d" % critical_count(labels)
    if genuine:
        line += ", of which not suspicious: %d" % critical_count(labels, genuine=True)
    return line


def source_list(sources, labels):
    """README lines for the sources: a list of (what, url) pairs as they are; a table of
    Batch.sources with the numbers of the notices written after each."""
    if not isinstance(sources, dict):
        return "\n".join("- %s: %s" % (a, b) for a, b in sources)
    used = {}
    for x in labels:
        used.setdefault(x["source"], []).append(x["file"].split("/")[1][:3])
    return "\n".join("- %s (%s): %s" % (what, ", ".join(used.get(url, [])), url)
                     for what, url in sources.values())


def readme_fields(labels, msgs, sources):
    """What README templates fill in: n, rows (category table by trust), ver, unv, sus,
    crit, crit_g, prov, en, ja, de, rem, dl and sources."""
    cat = Counter(x["category"] for x in labels)
    trust = Counter(x["trust"] for x in labels)
    lang = Counter(m["lang"] for m in msgs)
    ct = Counter((x["category"], x["trust"]) for x in labels)
    rows = "\n".join("| %s | %d | %d | %d | %d |" % (c, cat[c], ct[(c, "verified")],
                                                   ct[(c, "unverified")], ct[(c, "suspicious")])
                     for c in CATEGORIES if cat[c])
    prov = Counter(x.get("provider") for x in labels)
    return dict(n=len(labels), rows=rows, ver=trust["verified"], unv=trust["unverified"],
                sus=trust["suspicious"], crit=critical_count(labels),
                crit_g=critical_count(labels, genuine=True),
                prov=", ".join("%s %d" % kv for kv in sorted(prov.items())),
                en=lang["en"], ja=lang["ja"], de=lang["de"],
                rem=sum(1 for x in labels if x["reminder"]),
                dl=sum(1 for x in labels if x["deadline"]), sources=source_list(sources, labels))


def print_summary(labels, msgs, notes, report=()):
    """Counts on stdout; report: (after, line) pairs that add line(labels) after the line
    'messages', 'trust' or 'language'."""
    more = {}
    for after, line in report:
        more.setdefault(after, []).append(line(labels))
    cat = Counter(x["category"] for x in labels)
    lines = ["messages: %d" % len(labels)] + more.get("messages", [])
    lines.append("category: %s" % dict(sorted(cat.items(), key=lambda kv: CATEGORIES.index(kv[0]))))
    lines += ["trust: %s" % dict(Counter(x["trust"] for x in labels))] + more.get("trust", [])
    lines += ["language: %s" % dict(Counter(m["lang"] for m in msgs))] + more.get("language", [])
    lines.append("reminder: %d deadline set: %d" % (sum(1 for x in labels if x["reminder"]),
                                                    sum(1 for x in labels if x["deadline"])))
    lines += ["note: %s mentions region codes not labelled: %s" % (n, ", ".join(u))
              for n, u in notes]
    print("\n".join(lines))


def write_batch(folder, msgs, *, build, check, readme, sources, label_keys=LABEL_KEYS,
                numbered=True, errors=(), batch_errors=None, readme_extra=None, report=()):
    """Write every message of `folder` (replacing its NNN-*.eml), parse each file back with
    check(spec, raw) -> (errors, unlabelled region codes), write labels.json (label_keys of
    each label, paths relative to the corpus folder) and README.md (readme % the fields of
    readme_fields(), updated by readme_extra(labels)), print a summary (see print_summary)
    and exit 1 on any error: from `errors` (found before writing), check(), a missing file
    or batch_errors(labels).  numbered: files are 001-, 002-, ... without a gap."""
    names = [os.path.basename(m["file"]) for m in msgs]
    assert len(names) == len(set(names)), "duplicate file names"
    if numbered:
        for i, n in enumerate(names, 1):
            assert n.startswith("%03d-" % i), "numbering gap at %s" % n
    failed = False
    for e in errors:
        failed = True
        print(e, file=sys.stderr)
    for old in os.listdir(folder):
        if re.match(r"\d{3}-.*\.eml$", old):
            os.remove(os.path.join(folder, old))
    labels, notes = [], []
    for name, spec in zip(names, msgs):
        raw = build(spec).as_bytes(policy=email.policy.compat32.clone(max_line_length=998))
        path = os.path.join(folder, name)
        with open(path, "wb") as f:
            f.write(raw)
        with open(path, "rb") as f:
            found, unlabelled = check(spec, f.read())
        for e in found:
            failed = True
            print("%s: %s" % (name, e), file=sys.stderr)
        if unlabelled:
            notes.append((name, unlabelled))
        lab = spec["label"]
        entry = {"file": spec["file"]}
        entry.update({k: lab[k] for k in label_keys if k != "file"})
        assert list(entry) == label_keys
        labels.append(entry)
    for x in labels:
        if not os.path.exists(os.path.join(CORPUS, x["file"])):
            failed = True
            print("missing file %s" % x["file"], file=sys.stderr)
    for e in batch_errors(labels) if batch_errors else ():
        failed = True
        print("batch: %s" % e, file=sys.stderr)
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    fields = readme_fields(labels, msgs, sources)
    fields.update(readme_extra(labels) if readme_extra else {})
    with open(os.path.join(folder, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme % fields)
    print_summary(labels, msgs, notes, report)
    if failed:
        sys.exit(1)


# --------------------------------------------------------------------------
# the aws-wording batches from aws-wording-5 on
# --------------------------------------------------------------------------

def load_sibling(folder):
    """Import <corpus>/<folder>/generate.py under its own module name (aws_wording_4_generate,
    ...).  A batch script's top level only builds message specs in memory and main() runs only
    under __main__, so importing one writes nothing.  Every call loads a fresh copy."""
    path = os.path.join(CORPUS, folder, "generate.py")
    spec = importlib.util.spec_from_file_location(folder.replace("-", "_") + "_generate", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class WordingBatch(Batch):
    """The notices of an aws-wording batch from aws-wording-5 on.  Message-IDs are
    hashed_msgid(prefix); every message carries the fields the per-message checks of these
    batches read (see add()); mix_errors() checks the mix a batch promises and write_checked()
    is the batch's main()."""

    def __init__(self, script, prefix):
        super().__init__(script, msgid=hashed_msgid(prefix))
        self.prefix = prefix

    def add(self, name, *, timeline=(), relative=False, body_only=False, forwarded=None,
            **fields):
        """Register one message (see message()).  timeline: future dates the text names
        (checked); relative: the deadline is computed from the Date header (from aws-wording-6
        on a str such as '24h', '7d' or '3bd' for business days, checked); body_only: a
        critical notice whose subject does not say what happened; forwarded: 'inline' or
        'rfc822'."""
        super().add(name, timeline=list(timeline), relative=relative, body_only=body_only,
                    forwarded=forwarded, **fields)

    def body_only(self):
        """How many notices keep the critical fact to the body."""
        return sum(1 for m in self.msgs if m["body_only"])

    def mix(self, labels, marker_re):
        """The counts a batch states its mix in: one per category, and notices, critical,
        informational+advisory, aws, other-provider, phishing, reminder, japanese, body-only,
        inline-forward, rfc822-forward, html-only, marked (action-required subjects that
        marker_re finds) and timeline (action-required notices naming 2+ timeline dates)."""
        cat = Counter(x["category"] for x in labels)
        fw = Counter(m["forwarded"] for m in self.msgs)
        have = {c: cat[c] for c in CATEGORIES}
        have.update({
            "notices": len(labels),
            "critical": cat["abuse"] + cat["security-incident"],
            "informational+advisory": cat["informational"] + cat["security-advisory"],
            "aws": sum(1 for x in labels if x["provider"] == "aws"),
            "other-provider": sum(1 for x in labels if x["provider"] != "aws"),
            "phishing": sum(1 for x in labels if x["trust"] == "suspicious"),
            "reminder": sum(1 for x in labels if x["reminder"]),
            "japanese": sum(1 for m in self.msgs if m["lang"] == "ja"),
            "body-only": self.body_only(),
            "inline-forward": fw["inline"],
            "rfc822-forward": fw["rfc822"],
            "html-only": sum(1 for m in self.msgs if m["html"] is not None and m["body"] is None),
            "marked": sum(1 for m in self.msgs if m["label"]["category"] == "action-required"
                          and marker_re.search(m["subject"])),
            "timeline": sum(1 for m in self.msgs if m["label"]["category"] == "action-required"
                            and len(m["timeline"]) >= 2),
        })
        return have

    def mix_errors(self, labels, *, marker_re, exact=None, at_least=None, at_most=None):
        """The mix a batch promises: exact, at_least and at_most map names of mix() to
        numbers."""
        have = self.mix(labels, marker_re)
        errors = []
        for want, word, ok in ((exact, "exactly", lambda h, n: h == n),
                               (at_least, "at least", lambda h, n: h >= n),
                               (at_most, "at most", lambda h, n: h <= n)):
            for k, n in (want or {}).items():
                assert k in have, k
                if not ok(have[k], n):
                    errors.append("batch has %d %s notices, wants %s %d" % (have[k], k, word, n))
        return errors

    def write_checked(self, *, build, readme, senders, extra, batch_errors):
        """The main() of these batches: write_batch() of every message (build: the parent
        generate.py's), checked by check() with the sender table `senders`, the catalogue's
        AWS services and the batch's per-message checks `extra`; sources used by no earlier
        folder (generate.py files included); batch_errors(labels); the number of 'body only'
        notices in the summary and in the README (%(body_only)d)."""
        catalogue = catalogue_ids()
        earlier = earlier_sources(self.sub, code=True)
        self.write(build=build, readme=readme, sources=self.sources,
                   errors=source_errors(self.msgs, self.sources, earlier),
                   check=lambda spec, raw: check(spec, raw, senders=senders,
                                                 aws_services=catalogue, extra=extra),
                   batch_errors=batch_errors,
                   readme_extra=lambda labels: dict(body_only=self.body_only()),
                   report=[("trust", lambda labels: provider_line(labels, sort=True)),
                           ("language", lambda labels: critical_line(labels)
                            + " - critical fact only in the body: %d" % self.body_only())])
