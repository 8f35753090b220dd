#!/usr/bin/env python3
"""Batch g32: AWS notices (and AWS-impersonating phishing) after public originals.

Standard library only, deterministic. Writes set-g32.mbox next to this script,
re-reads it and checks it; exits 1 on any problem.
"""
import datetime as dt
import email
import email.utils
import ipaddress
import mailbox
import os
import quopri
import re
import sys
from email.header import Header
from email.message import Message

NAME = "g32"
YEAR, MONTH = 2028, 8
HERE = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(HERE, "set-%s.mbox" % NAME)
LABELS = ["abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"]
NOTICES = []

_WD_JA = "月火水木金土日"


def _parse(s):
    if "T" in s:
        return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M")
    return dt.datetime.strptime(s, "%Y-%m-%d")


def _fmt(d, f):
    if f == "JP":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if f == "JPW":
        return "%d年%d月%d日 (%s)" % (d.year, d.month, d.day, _WD_JA[d.weekday()])
    if f == "JPM":
        return "%d年%d月" % (d.year, d.month)
    if f == "D":  # day without zero padding, English
        return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)
    if f == "Dshort":
        return "%s %d, %d" % (d.strftime("%b"), d.day, d.year)
    return d.strftime(f)


_PH = re.compile(r"\[\[(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?)\|([^\]]+)\]\]")


def render(text, offset):
    def rep(m):
        return _fmt(_parse(m.group(1)) + offset, m.group(2))
    return _PH.sub(rep, text)


def add(src, provider, label, orig, target, time, tz, deadline, frm, to,
        subject, body, phishing=False, ja=False):
    NOTICES.append(dict(src=src, provider=provider, label=label, orig=orig,
                        target=target, time=time, tz=tz, deadline=deadline,
                        frm=frm, to=to, subject=subject, body=body,
                        phishing=phishing, ja=ja))


def _addr(name, addr):
    if all(ord(c) < 128 for c in name):
        return email.utils.formataddr((name, addr))
    return email.utils.formataddr((name, addr), charset="utf-8")


def build():
    msgs = []
    for i, n in enumerate(NOTICES, 1):
        orig = _parse(n["orig"])
        target = _parse(n["target"])
        off = target - orig
        subj = render(n["subject"], off)
        body = render(n["body"], off).strip("\n") + "\n"
        if n["deadline"] == "none":
            dl = "none"
        else:
            dl = (_parse(n["deadline"]) + off).strftime("%Y-%m-%d")
        hh, mm = n["time"].split(":")
        sign = 1 if n["tz"][0] == "+" else -1
        tzinfo = dt.timezone(sign * dt.timedelta(hours=int(n["tz"][1:3]),
                                                 minutes=int(n["tz"][3:5])))
        when = dt.datetime(target.year, target.month, target.day, int(hh), int(mm),
                           (i * 7) % 60, tzinfo=tzinfo)
        m = Message()
        m["From"] = _addr(*n["frm"])
        m["To"] = _addr(*n["to"])
        if all(ord(c) < 128 for c in subj):
            m["Subject"] = subj
        else:
            m["Subject"] = Header(subj, "utf-8").encode(maxlinelen=76)
        m["Date"] = email.utils.format_datetime(when)
        m["Message-ID"] = "<%s.%02d.%s@training.set-%s.example>" % (
            NAME, i, target.strftime("%Y%m%d"), NAME)
        m["MIME-Version"] = "1.0"
        m["Content-Type"] = 'text/plain; charset="utf-8"'
        if all(ord(c) < 128 for c in body):
            m["Content-Transfer-Encoding"] = "7bit"
            m.set_payload(body)
        else:
            m["Content-Transfer-Encoding"] = "quoted-printable"
            m.set_payload(quopri.encodestring(body.encode("utf-8")).decode("ascii"))
        m["X-Training-Label"] = n["label"]
        m["X-Training-Deadline"] = dl
        if n["phishing"]:
            m["X-Training-Phishing"] = "yes"
        mm_ = mailbox.mboxMessage(m)
        mm_.set_from(n["frm"][1], when.astimezone(dt.timezone.utc).timetuple())
        msgs.append(mm_)
    return msgs


_IP = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
_OK_NETS = [ipaddress.ip_network(x) for x in (
    "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")]


def check():
    problems = []
    box = mailbox.mbox(MBOX)
    seen = set()
    counts = {k: 0 for k in LABELS}
    crit = ja = ph = 0
    n = 0
    for msg in box:
        n += 1
        for k, v in msg.items():
            if any(ord(c) > 127 for c in str(v)):
                problems.append("non-ASCII header %s in #%d" % (k, n))
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                  "Content-Type", "Content-Transfer-Encoding", "X-Training-Label",
                  "X-Training-Deadline"):
            if msg[h] is None:
                problems.append("missing %s in #%d" % (h, n))
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if (d.year, d.month) != (YEAR, MONTH):
            problems.append("date outside batch month in #%d: %s" % (n, msg["Date"]))
        mid = msg["Message-ID"]
        if not re.fullmatch(r"<%s\.\d{2}\.%d%02d\d{2}@training\.set-%s\.example>"
                            % (NAME, YEAR, MONTH, NAME), mid or ""):
            problems.append("bad Message-ID %s" % mid)
        if mid in seen:
            problems.append("duplicate Message-ID %s" % mid)
        seen.add(mid)
        lab = msg["X-Training-Label"]
        if lab not in LABELS:
            problems.append("bad label %s in #%d" % (lab, n))
        else:
            counts[lab] += 1
        dl = msg["X-Training-Deadline"]
        if dl != "none":
            try:
                dt.datetime.strptime(dl, "%Y-%m-%d")
            except ValueError:
                problems.append("bad deadline %s in #%d" % (dl, n))
        if msg.get_content_type() != "text/plain" or \
                (msg.get_content_charset() or "").lower() != "utf-8":
            problems.append("bad Content-Type in #%d" % n)
        raw = msg.get_payload(decode=True)
        text = raw.decode("utf-8")
        cte = (msg["Content-Transfer-Encoding"] or "").lower()
        if any(ord(c) > 127 for c in text) and cte != "quoted-printable":
            problems.append("non-ASCII body without QP in #%d" % n)
        is_ph = msg["X-Training-Phishing"] == "yes"
        if is_ph:
            ph += 1
        elif lab in ("abuse", "security-incident"):
            crit += 1
        if any("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in text):
            ja += 1
        hay = text + "\n" + "\n".join(str(v) for v in msg.values())
        for mt in _IP.finditer(hay):
            parts = [int(x) for x in mt.groups()]
            if max(parts) > 255:
                continue
            ip = ipaddress.ip_address(".".join(map(str, parts)))
            if not any(ip in net for net in _OK_NETS):
                problems.append("non-documentation IP %s in #%d" % (ip, n))
    mins = dict(critical=11, action=6, ja=3, maintenance=3, pricing=2,
                billing=2, informational=3, phishing=3)
    if n != len(NOTICES):
        problems.append("message count %d != %d" % (n, len(NOTICES)))
    if crit < mins["critical"]:
        problems.append("critical %d < 11" % crit)
    for lab, k in (("action-required", "action"), ("maintenance", "maintenance"),
                   ("pricing", "pricing"), ("billing", "billing"),
                   ("informational", "informational")):
        if counts[lab] < mins[k]:
            problems.append("%s %d < %d" % (lab, counts[lab], mins[k]))
    if ja < mins["ja"]:
        problems.append("japanese %d < 3" % ja)
    if ph < mins["phishing"]:
        problems.append("phishing %d < 3" % ph)
    return problems, counts, crit, ja, ph, n


def main():
    if os.path.exists(MBOX):
        os.remove(MBOX)
    box = mailbox.mbox(MBOX, create=True)
    box.lock()
    for m in build():
        box.add(m)
    box.flush()
    box.unlock()
    box.close()
    problems, counts, crit, ja, ph, n = check()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("counts:", counts, "critical:", crit, "japanese:", ja, "phishing:", ph,
          "messages:", n)
    print("OK")


# ----------------------------------------------------------------------------
# Notices
# ----------------------------------------------------------------------------
# 1 -- exposed key, restricted account, contact-by date (relivnd blog, 2024)
add(src="https://github.com/relivnd/blog/blob/main/content/posts/aws-credentials-github-leak/index.md",
    provider="AWS", label="security-incident", orig="2024-06-13", target="2028-08-03",
    time="16:52", tz="+0000", deadline="2024-06-18",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Platform Team", "cloud-admin@quillmark-studio.example"),
    subject="[Action Required] Your AWS Access Key is Exposed for AWS Account 418260937154",
    body="""
Hello,

Our systems found that the AWS access key AKIAQX7TMZ3R5LD2WV9E, which belongs to the IAM user "render-bot" in AWS account 418260937154, has been posted together with its secret key at a public location:

https://github.com/quillmark-dev/render-sandbox/blob/5e1c0b7a94d23f6e8a0d7c21b9f4e0a6d3c8b517/.env

Because of this, we have temporarily restricted what your account can do with some AWS services.

You need to contact AWS by [[2024-06-18|%Y-%m-%d]] and complete the steps below to lift the restriction. If we do not hear from you by [[2024-06-18|%Y-%m-%d]], your account may be suspended. Resources we consider suspicious may also be terminated, and terminated resources cannot always be restored.

Step 1: Replace the exposed key.
If an application still signs requests with AKIAQX7TMZ3R5LD2WV9E, create a second access key for the user, move the application to the new key, and then set the old key to inactive with "Make inactive" (do not delete it yet). Reactivate it only if the application breaks. Once everything runs on the new key, delete AKIAQX7TMZ3R5LD2WV9E.

Step 2: Look through your CloudTrail event history for actions you did not make, such as new IAM users, login profiles, access keys, policies, roles or temporary security credentials, and remove anything you do not recognise.

Step 3: Review every Region for usage you did not start, for example EC2 instances, Spot requests or Lambda functions, using the AWS Management Console.

Step 4: Reply to the support case that was opened for this notice (or open a new one) to confirm that steps 1 to 3 are done. This is required to restore access, avoid suspension and be considered for a billing adjustment where one applies.

We recommend turning on multi-factor authentication for the root user and all IAM users.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.; Amazon.com is a registered trademark of Amazon.com, Inc. This email was produced and sent by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""")

# 2 -- support case opened on behalf, quarantine policy attached (dewhurstwill blog, 2020)
add(src="https://github.com/dewhurstwill/blog/blob/master/_posts/2021-01-19-leaking-aws-s3-credentials-experiment.md",
    provider="AWS", label="security-incident", orig="2020-11-18", target="2028-08-09",
    time="10:14", tz="+0000", deadline="none",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Hollin Dale", "hollin.dale@ferngate-analytics.example"),
    subject="Amazon Web Services: New Support case: 7402817733",
    body="""
Amazon Web Services has opened case 7402817733 on your behalf.

The details of the case are as follows:

Case ID: 7402817733
Subject: Your AWS Access Key is Exposed
Severity: Urgent
Correspondence: Dear AWS customer,

We learned that the AWS access key AKIAZR2PNW6V4KTQ8HXD, which belongs to the IAM user "filesync-rw", is publicly readable together with its secret key at https://github.com/ferngate-ops/filesync-python/blob/<commit>/.env .

Publishing IAM credentials like this puts your AWS account at risk, can result in charges for activity you did not authorise, and breaches the AWS Customer Agreement or any other agreement that covers your use of our services.

To limit possible damage, we attached the AWS managed policy "AWSCompromisedKeyQuarantine" (the quarantine policy) to the IAM user named above. It removes permissions for a set of high-risk actions. Please leave the quarantine policy attached until you have worked through the instructions below. If it breaks a production workload you may detach it; only principals allowed to call iam:DetachUserPolicy can do so. If your account is used without authorisation, AWS may at its discretion offer concessions, but not following these instructions can affect whether you are eligible.

If you think this notice was sent in error, tell us through this support case.

TO SECURE YOUR ACCOUNT:

Step 1: Rotate or delete the exposed key AKIAZR2PNW6V4KTQ8HXD in the IAM console. Create a replacement key first if an application depends on it, switch the application over, make the old key inactive, and delete it when the application is healthy.

Step 2: Search CloudTrail for IAM users, policies, roles or temporary credentials created without your approval, and remove them. Temporary credentials issued to "filesync-rw" can be revoked as described in the IAM documentation, or by deleting the user.

Step 3: Check all Regions for EC2 instances, Lambda functions, Spot requests or other usage you did not start, and look at the Bills page for unexpected charges.

Please also take steps so that credentials are not published like this again.

WE RECOMMEND ENABLING AMAZON GUARDDUTY, which watches your accounts and workloads for malicious or unauthorised behaviour.

You can reply through this case in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=7402817733&language=en

Sincerely,
Amazon Web Services
""")

# 3 -- follow-up on exposed key of the Amplify CLI user (amplify-cli#7354, 2021)
add(src="https://github.com/aws-amplify/amplify-cli/issues/7354",
    provider="AWS", label="security-incident", orig="2021-05-19", target="2028-08-14",
    time="08:31", tz="+0000", deadline="none",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Dev Account Owner", "aws-dev@tidewater-apps.example"),
    subject="RE:[CASE 8451203377] [ACTION REQUIRED] Your AWS Access Key is Exposed for AWS account 208466103957",
    body="""
Dear AWS Customer,

We are writing again about case 8451203377. The access key AKIAT4EXQ9LMB2RZ7CUN of the IAM user "amplify-tidewater-dev" in account 208466103957 is still active, even though its secret key remains visible in a public code repository.

As a protective measure the AWS managed policy AWSCompromisedKeyQuarantineV2 is attached to this user. It explicitly denies a group of actions, so deployments that run under this user (for example "amplify push" updating Lambda functions or OpenSearch resources) will fail with "explicit deny" errors until the key is replaced.

What to do:

1. Create a new access key for "amplify-tidewater-dev", update your local Amplify CLI profile and any CI secrets to use it, then deactivate and delete AKIAT4EXQ9LMB2RZ7CUN.
2. Review CloudTrail for calls made with the exposed key that you do not recognise, and remove any users, roles, policies or resources that were created by them.
3. Detach the quarantine policy only after the exposed key has been deleted.
4. Reply to this case to let us know the account is secure.

Please remember that charges from unauthorised use remain the responsibility of the account owner, and that removing the key from the repository history alone does not make the account safe.

To share your experience or contact us again about this case, please return to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=8451203377&language=en

Sincerely,
Amazon Web Services
""")

# 4 -- health event forwarded through SNS: credentials exposed, quarantine V2 (paas-cf#2720, 2021)
add(src="https://github.com/govuk-paas/paas-cf/pull/2720",
    provider="AWS", label="security-incident", orig="2021-08-11", target="2028-08-20",
    time="13:05", tz="+0000", deadline="none",
    frm=("AWS Notifications", "no-reply@sns.amazonaws.com"),
    to=("PaaS Security Alerts", "paas-security@civic-platform.example"),
    subject="AWS Notification Message",
    body="""
{"version":"0","id":"9c4b7e21-55d0-4a8f-b0c3-2f61a9d7e4b8","detail-type":"AWS Health Event","source":"aws.health","account":"330917264518","time":"[[2021-08-11T13:04|%Y-%m-%dT%H:%M]]:41Z","region":"global","resources":["AKIAUV5CXE7LQ2NH4RWB"],
"detail":{"eventArn":"arn:aws:health:global::event/RISK/AWS_RISK_CREDENTIALS_EXPOSED/AWS_RISK_CREDENTIALS_EXPOSED_8ac31f07","service":"RISK","eventTypeCode":"AWS_RISK_CREDENTIALS_EXPOSED","eventTypeCategory":"issue","startTime":"[[2021-08-11T13:02|%a, %d %b %Y %H:%M]]:00 GMT",
"eventDescription":[{"language":"en_US","latestDescription":"AWS has detected that the access key AKIAUV5CXE7LQ2NH4RWB, which belongs to the IAM user s3-broker-tenant-7c2e in account 330917264518, is publicly available together with its secret key. To reduce the risk of misuse we have attached the AWS managed policy AWSCompromisedKeyQuarantineV2 to this user; it denies high-risk actions such as launching instances or creating new credentials. Rotate or delete the exposed key, review CloudTrail for activity you did not authorise, and remove any resources or identities you do not recognise. Do not detach the quarantine policy until the exposed key has been removed. A support case has been opened in this account with full instructions."}],
"affectedEntities":[{"entityValue":"AKIAUV5CXE7LQ2NH4RWB"}]}}

--
To stop receiving notifications from this topic, use the unsubscribe link below:
https://sns.eu-west-1.amazonaws.com/unsubscribe.html?SubscriptionArn=arn:aws:sns:eu-west-1:330917264518:paas-health-events:2f6e91c4-8d7a-4c55-9b13-0ad5e2c47f18&Endpoint=paas-security@civic-platform.example

Replies to this address are not monitored. For questions about this email, contact us at https://aws.amazon.com/support
""")

# 5 -- exposed key, quarantine V3, health@aws.com era (ecr-cicd-demo, 2026)
add(src="https://github.com/Guruprasad-Bhosale/ecr-cicd-demo/blob/main/AWS_IAM_RECOVERY.md",
    provider="AWS", label="security-incident", orig="2026-09-28", target="2028-08-24",
    time="11:47", tz="+0530", deadline="2026-10-02",
    frm=("AWS Health", "health@aws.com"),
    to=("Saanvi Kulkarni", "saanvi.k@orbitmesh-labs.example"),
    subject="[Action Required] Your AWS Access Key is Exposed [AWS Account: 762904158336] [GLOBAL]",
    body="""
AWS Health Event

View in Notification Center

[Action Required] Your AWS Access Key is Exposed [AWS Account: 762904158336] [GLOBAL]

Hello,

We found that the access key AKIA3F8WQK2NZ7VRLE5C, which belongs to the IAM user "gha-ecr-push" in your AWS account 762904158336, and its secret key have been committed to a public GitHub repository:

https://github.com/orbitmesh-dev/container-pipeline-demo/blob/8d1f4c2/secret.txt

To protect your account, we attached the AWS managed policy AWSCompromisedKeyQuarantineV3 to "gha-ecr-push". The policy explicitly denies a set of high-risk operations. Workloads that use this user, such as a pipeline that calls ecr:GetAuthorizationToken in ap-south-1, will receive AccessDenied errors while the policy is attached.

Please contact AWS through the Support Center by [[2026-10-02|%B %d, %Y]] after completing the steps below. If we do not hear from you by then, we may suspend the account.

Step 1: Create a replacement credential (or, preferably, move the pipeline to short-lived credentials through an IAM role), update the pipeline, then make AKIA3F8WQK2NZ7VRLE5C inactive and delete it.
Step 2: Check AWS CloudTrail for API calls made with the exposed key that you did not expect, and remove any IAM users, roles, policies or resources created by them.
Step 3: Review all Regions for unexpected usage and charges.
Step 4: Reply to the support case opened for this event to confirm the steps are complete.

Affected resources are listed in the 'Affected resources' section of the AWS Health Dashboard and in the 'affectedEntities' field of the EventBridge event.

View details in service console

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.; Amazon.com is a registered trademark of Amazon.com, Inc. This email was produced and sent by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""")

# 6 -- Kiro account locked as a security precaution (Kiro#6768, 2026)
add(src="https://github.com/kirodotdev/Kiro/issues/6768",
    provider="AWS", label="security-incident", orig="2026-03-25", target="2028-08-27",
    time="03:12", tz="+0000", deadline="none",
    frm=("Kiro", "no-reply@kiro.dev"),
    to=("Anaya Verma", "anaya.verma@brightkite-dev.example"),
    subject="Your Kiro account has been temporarily locked",
    body="""
Hello,

We have temporarily locked your Kiro account as a security precaution.

User ID: 5c7e9a12-40b8-70d3-9f2a-81be6d04c3a7
Sign-in method: GitHub
Locked at: [[2026-03-25T03:05|%Y-%m-%d %H:%M]] UTC

Our systems saw activity on this account that does not match how it is normally used, for example sign-ins and usage requests from several unfamiliar locations within a short period. While the account is locked, the Kiro IDE and CLI will show "Unable to fetch account usage data" and requests will be refused.

What you can do:

- If you recognise the activity, open a request at https://support.aws.amazon.com/#/contacts/kiro and include your User ID. We will review the account and restore access once we have confirmed ownership.
- If you do not recognise the activity, secure the identity you use to sign in (change the password and enable multi-factor authentication with your identity provider), sign out of Kiro on devices you do not control, and then contact us.

Please do not open duplicate requests; every request for the same User ID joins the same review queue.

Thank you,
The Kiro Team

Kiro is provided by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""")
# 7 -- Trust & Safety blocked outbound 80/443 on a mining-infected instance (hoihoi1083, Dec 2025)
add(src="https://github.com/hoihoi1083/Harmoniq_Fengshui/blob/main/OUTBOUND_BLOCK_INVESTIGATION.md",
    provider="AWS", label="abuse", orig="2025-12-20", target="2028-08-05",
    time="21:36", tz="+0000", deadline="none",
    frm=("AWS Trust & Safety", "trustandsafety@support.aws.com"),
    to=("Security Contact", "security@lotusgrove-studio.example"),
    subject="Your AWS Abuse Report [15038814205-1] [AWS ID 518377240961]",
    body="""
Hello,

We have not received a reply to the abuse report implicating resources on your account. To stop the reported activity, we have taken the following steps:

***Blocked outbound TCP ports 80 and 443 for the implicated instance***

AWS Account ID: 518377240961
Region: us-east-1
Implicated Resource: EC2 Instance Id: i-0a4d83c9f1e27b6d5
Reported Activity: Malicious outbound traffic associated with cryptocurrency mining software (XMRig) and connections to mining pools
Abuse Time: [[2025-12-18T06:40|%d %b %Y %H:%M]]:12 UTC

The activity described above is prohibited by the AWS Acceptable Use Policy (https://aws.amazon.com/aup/). Inbound SSH to the instance has not been restricted, so you can still log in to investigate.

Required Actions: Investigate the root cause, remove the unauthorized software, and reply to this email describing the corrective action taken. The restriction will be reviewed after we receive your reply.

If your environment was compromised, we recommend rebuilding the instance from a known-good image rather than cleaning it in place, rotating any credentials stored on it, and reviewing your security groups.

If you do not consider the activity abusive, please reply to this email with the reasons why.

For more information, see: https://repost.aws/knowledge-center/aws-abuse-report

Regards,
AWS Trust & Safety
""")

# 8 -- EC2 abuse report: password brute force attributed to a collaborator server (PortSwigger, 2017)
add(src="https://portswigger.net/research/how-i-accidentally-framed-myself-for-a-hacking-frenzy",
    provider="AWS", label="abuse", orig="2017-08-14", target="2028-08-07",
    time="17:22", tz="+0000", deadline="none",
    frm=("Amazon EC2 Abuse", "ec2-abuse@amazon.com"),
    to=("Infrastructure", "infra@beaconprobe-security.example"),
    subject="Your Amazon EC2 Abuse Report [82531977] [AWS ID 726014938862]",
    body="""
Hello,

We've received a report that your AWS resource(s)

AWS ID: 726014938862    Region: eu-west-1    Elastic IP: 203.0.113.24

has been implicated in activity that resembles repeated attempts to guess the password of an account on a remote web application. Activity of this kind is forbidden by the AWS Acceptable Use Policy (https://aws.amazon.com/aup/). The original report is included below.

Please stop the reported activity and reply directly to this email with the corrective actions you have taken. If you believe the activity is not abusive, reply with details of your use case.

If you were not aware of this activity, your environment may have been compromised, or a misconfiguration may be letting your resources be used in a way you did not intend.

We cannot help with troubleshooting or technical questions. For guidance on securing your instances, please see the Amazon EC2 security group documentation and the AWS Security Best Practices whitepaper.

Regards,
AWS Abuse

---------------- Original report ----------------
Reporter: security operations, Cormorant Retail (abuse-desk@cormorant-retail.example)

Our web application firewall recorded a credential brute-force run against our customer login form. The client supplied these request headers, which our application trusts for the visitor address:

  X-Forwarded-For: 7f3a91c2.collab.beaconprobe.example
  True-Client-IP:  7f3a91c2.collab.beaconprobe.example

The host name resolves to 203.0.113.24 in your network.

[[2017-08-13T22:41|%Y-%m-%d %H:%M]]:05 UTC  POST /account/login  user=admin   result=401
[[2017-08-13T22:41|%Y-%m-%d %H:%M]]:06 UTC  POST /account/login  user=admin   result=401
[[2017-08-13T22:41|%Y-%m-%d %H:%M]]:06 UTC  POST /account/login  user=support result=401
... 4,812 further attempts until [[2017-08-13T23:58|%Y-%m-%d %H:%M]]:40 UTC

Target: 198.51.100.77 (shop.cormorant-retail.example), TCP 443
Please stop this activity.
""")

# 9 -- abuse report: unwelcome web crawling by a government site scanner (18F/domain-scan#322, 2020)
add(src="https://github.com/18F/domain-scan/pull/322",
    provider="AWS", label="abuse", orig="2020-09-03", target="2028-08-11",
    time="14:58", tz="+0000", deadline="none",
    frm=("AWS Trust & Safety", "ec2-abuse@amazon.com"),
    to=("Site Scanning Team", "site-scanning@civictech-office.example"),
    subject="Your AWS Abuse Report [5527004113] [AWS ID 190442873356]",
    body="""
Hello,

We've received a report that your AWS resource(s)

AWS ID: 190442873356    Region: us-east-1    NAT Gateway Id: nat-0c81f2a6d93b4e157 [203.0.113.145]

has been implicated in activity which resembles web crawling, and the reporter has told us the activity is unwelcome and disruptive. Running a crawler at an excessive or disruptive rate is not allowed under the AWS Acceptable Use Policy (https://aws.amazon.com/aup/). The original report is included below.

Please stop the reported activity and reply directly to this email with details of the corrective actions you have taken. If you do not consider the activity abusive, reply with details of your use case, including who operates the crawler and how site owners can identify or opt out of it.

Regards,
AWS Trust & Safety

---------------- Original report ----------------
From: webmaster@parcel-services.example
Date: [[2020-09-02|%d %b %Y]]

Since [[2020-08-28|%B %d]] we have been receiving automated requests from 203.0.113.145 against many of our public sub-domains. The requests identify themselves only with the generic user agent "python-requests/2.24.0", ignore our robots.txt and arrive in bursts several times a day. We have no agreement with whoever is running this. Please make it stop or have the operator contact us.

Sample log lines (UTC):
[[2020-09-02T04:12|%Y-%m-%d %H:%M]]:17 203.0.113.145 "GET /data.json HTTP/1.1" 404 "python-requests/2.24.0"
[[2020-09-02T04:12|%Y-%m-%d %H:%M]]:18 203.0.113.145 "GET /code.json HTTP/1.1" 404 "python-requests/2.24.0"
[[2020-09-02T04:12|%Y-%m-%d %H:%M]]:18 203.0.113.145 "GET /.well-known/security.txt HTTP/1.1" 404 "python-requests/2.24.0"
""")

# 10 -- abuse report against an API Gateway endpoint used to rotate source IPs (fireprox#5, 2019)
add(src="https://github.com/ustayready/fireprox/pull/5",
    provider="AWS", label="abuse", orig="2019-04-17", target="2028-08-16",
    time="09:03", tz="+0000", deadline="none",
    frm=("AWS Trust & Safety", "trustandsafety@support.aws.com"),
    to=("Red Team Lab", "redteam-lab@halyard-assurance.example"),
    subject="Your AWS Abuse Report [63370915827-1] [AWS ID 845120376694]",
    body="""
Hello,

We've received a report that your AWS resource(s)

AWS ID: 845120376694    Region: us-east-2
Implicated Resource: Amazon API Gateway REST API 7kq2x9ft1c (stage: fireprox)

has been used to relay large numbers of authentication attempts against a third-party identity provider. Because the requests pass through API Gateway, they reach the target from many different AWS addresses, which makes the traffic look like a distributed password-spraying attack. This use is prohibited by the AWS Acceptable Use Policy (https://aws.amazon.com/aup/), which does not allow attempts to access systems without authorization or the circumvention of other parties' access controls.

Reported Activity: Intrusion attempts (password spraying)
Reporter: identity security team of a SaaS provider (details withheld)
Observed window: [[2019-04-16T19:10|%Y-%m-%d %H:%M]] to [[2019-04-16T23:45|%Y-%m-%d %H:%M]] UTC
Target: login.sso-provider.example (198.51.100.40), HTTPS

If this traffic is part of an authorised security assessment, reply to this email with evidence that the owner of the target system approved the testing and the dates it covers. Otherwise, please delete or disable the API and its deployment stages and reply with the corrective action taken.

If we do not receive a response, we may take action against the implicated resources or your account.

Regards,
AWS Trust & Safety
""")

# 11 -- SES complaint rate triggers account review (duolicious#443, Aug 2024)
add(src="https://github.com/duolicious/duolicious/pull/443",
    provider="AWS", label="abuse", orig="2024-08-06", target="2028-08-19",
    time="02:18", tz="+0000", deadline="2024-08-13",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Mail Operations", "mailops@heartline-social.example"),
    subject="Amazon SES Account Under Review for AWS Account 604183927715 in US West (Oregon)",
    body="""
Hello,

Your Amazon SES sending needs attention. Please read this notice in full.

---------------------------------------------------------------------
CHANGE IN YOUR SENDING STATUS
---------------------------------------------------------------------
The Amazon SES account for AWS account 604183927715 has been placed under review in the US West (Oregon) Region. You can still send email while the review is open. If the issue below is not corrected by the end of the review period, your ability to send with Amazon SES in this Region may be paused.

Review period ends: [[2024-08-13|%B %d, %Y]]

---------------------------------------------------------------------
DETAILS
---------------------------------------------------------------------
Recipients are marking your messages as spam. Your complaint rate rose from about 0.02% to 0.29% between [[2024-08-05T20:00|%B %d, %Y %H:%M]] UTC and [[2024-08-05T22:00|%H:%M]] UTC, measured over your recent eligible sending. We expect senders to keep the complaint rate below 0.1%; accounts above 0.5% risk having sending paused.

Most of the complaints relate to notification messages sent from the identity notifications@heartline-social.example.

---------------------------------------------------------------------
WHAT TO DO
---------------------------------------------------------------------
- Stop sending to recipients who have complained, and review the change that preceded the increase.
- Make sure every recipient asked to receive the messages and can unsubscribe easily.
- Use the account-level suppression list and configuration-set event destinations to act on complaints automatically.
- When you have fixed the problem, reply to this notice or open a case in the AWS Support Center describing what you changed.

You can follow your complaint and bounce rates on the reputation metrics page of the Amazon SES console.

Sincerely,
The Amazon SES Team
""")
# 12 -- Kinesis Data Analytics for SQL discontinuation (docs banner)
add(src="https://docs.aws.amazon.com/kinesisanalytics/latest/dev/API_Reference.html",
    provider="AWS", label="action-required", orig="2025-08-19", target="2028-08-21",
    time="18:40", tz="+0000", deadline="2026-01-27",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Data Platform", "data-platform@saltmarsh-logistics.example"),
    subject="[Action Required] Amazon Kinesis Data Analytics for SQL applications will be discontinued on [[2026-01-27|D]] [AWS Account: 277903164850]",
    body="""
Hello,

[AWS Health may periodically trigger reminder notifications about this communication if resources remain unresolved.]

You are receiving this message because your AWS account has one or more Amazon Kinesis Data Analytics for SQL applications in the EU (Ireland) Region.

We have decided to discontinue Amazon Kinesis Data Analytics for SQL applications. The discontinuation happens in three stages:

1. From [[2025-09-01|D]], we will no longer release bug fixes for Kinesis Data Analytics for SQL applications, because support is being limited ahead of the discontinuation.
2. From [[2025-10-15|D]], you will not be able to create new Kinesis Data Analytics for SQL applications.
3. Starting [[2026-01-27|D]], we will delete your applications. From that point you will not be able to start or run them, and support for Kinesis Data Analytics for SQL will no longer be available.

What you need to do:
Move your workloads to Amazon Managed Service for Apache Flink (for example with Flink SQL in Studio notebooks or a Flink application), and stop and delete your SQL applications before [[2026-01-27|D]]. Applications that still exist on that date will be deleted, together with their configuration.

Your affected resources:
arn:aws:kinesisanalytics:eu-west-1:277903164850:application/orders-enrichment-sql
arn:aws:kinesisanalytics:eu-west-1:277903164850:application/fleet-telemetry-window

A list of affected resources is also available in the 'Affected resources' tab of your AWS Health Dashboard.

For migration guidance, see "Amazon Kinesis Data Analytics for SQL Applications discontinuation" in the developer guide. If you have questions, please contact AWS Support [1].

[1] https://aws.amazon.com/support

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.; Amazon.com is a registered trademark of Amazon.com, Inc. This email was produced and sent by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""")

# 13 -- Amazon Lex V1 end of life, planned lifecycle event (aws_breaking_changes#107, 2024)
add(src="https://github.com/SummitRoute/aws_breaking_changes/issues/107",
    provider="AWS", label="action-required", orig="2024-09-14", target="2028-08-25",
    time="05:26", tz="+0000", deadline="2025-09-15",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Contact Centre Engineering", "cc-eng@wattle-energy.example"),
    subject="[Action Required] Amazon Lex V1 end of life on [[2025-09-15|D]] [AWS Account: 935016284471] [AP-SOUTHEAST-2]",
    body="""
Hello,

This message is being sent because your account has one or more Amazon Lex V1 bots in the AP-SOUTHEAST-2 Region.

Amazon Lex V1 reaches end of life on [[2025-09-15|D]]. From [[2025-03-31|D]], you will no longer be able to create new resources in Lex V1. We are letting you know well ahead of time so that you can upgrade your Lex V1 bots to Lex V2 without disruption.

After [[2025-09-15|D]], every request sent to Lex V1 endpoints will fail. Your affected resources are listed in the 'Affected resources' tab of your AWS Health Dashboard.

To help with the move we have published:
- a migration guide for moving bots from Lex V1 to Lex V2 [1],
- a console-based tool that copies V1 bot definitions into V2 [2],
- a description of the changes Lambda code hooks will need [3].

Please note that this Planned Lifecycle Event (PLE) does not provide dynamic resource status. Resources linked to this event will not change status even after you have migrated or deleted them. For more about PLEs, see the AWS Health user guide [4].

If you have questions, please contact AWS Support [5].

[1] https://docs.aws.amazon.com/lexv2/latest/dg/migration.html
[2] https://docs.aws.amazon.com/lex/latest/dg/migrate.html
[3] https://docs.aws.amazon.com/lexv2/latest/dg/migration-lambda.html
[4] https://docs.aws.amazon.com/health/latest/ug/aws-health-planned-lifecycle-events.html
[5] https://aws.amazon.com/support

Sincerely,
Amazon Web Services
""")

# 14 -- CloudWatch Evidently discontinuation (aws_breaking_changes#113, 2024)
add(src="https://github.com/SummitRoute/aws_breaking_changes/issues/113",
    provider="AWS", label="action-required", orig="2024-10-17", target="2028-08-28",
    time="16:09", tz="+0000", deadline="2025-10-17",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Growth Engineering", "growth-eng@pinecrest-games.example"),
    subject="Amazon CloudWatch Evidently will be discontinued on [[2025-10-17|D]] [AWS Account: 147702395568]",
    body="""
Hello,

You are receiving this email because your AWS account 147702395568 has used Amazon CloudWatch Evidently in the last 12 months.

After careful review we will discontinue CloudWatch Evidently on [[2025-10-17|D]]. Until then, existing customers can keep using projects, features, launches and experiments as they do today. During this period we will keep shipping critical security patches, but we will no longer accept service quota increase requests.

On [[2025-10-17|D]] the service will be shut down. Access to the console, the Evidently APIs and all data stored in Evidently (feature definitions, launch configurations and experiment results) will end on that date.

What you need to do:
- Move feature flags and launches to AWS AppConfig feature flags, which supports gradual rollouts, multi-variant flags and rollback.
- Export any experiment results you want to keep before [[2025-10-17|D]].
- Remove Evidently calls (EvaluateFeature, BatchEvaluateFeature, PutProjectEvents) from your applications.

Resources in your account:
project/checkout-flags (us-east-1)
project/matchmaking-experiments (us-east-1)

More information is available on the AWS Cloud Operations blog: "Support for Amazon CloudWatch Evidently ending soon".

If you have any questions, please contact AWS Support.

Sincerely,
Amazon Web Services
""")

# 15 -- Server Migration Service end of support (aws_breaking_changes#73)
add(src="https://github.com/SummitRoute/aws_breaking_changes/issues/73",
    provider="AWS", label="action-required", orig="2023-01-30", target="2028-08-30",
    time="19:55", tz="+0000", deadline="2023-03-31",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Migration Factory", "migration@harbourline-insurance.example"),
    subject="Reminder: AWS Server Migration Service (AWS SMS) APIs end on [[2023-03-31|D]] [AWS Account: 623418890037]",
    body="""
Hello,

This is a reminder that AWS Server Migration Service (AWS SMS) is reaching end of support. You can continue to use the AWS SMS APIs and console until [[2023-03-31|D]]. After that date, replication jobs, server catalog imports and application launches through AWS SMS will stop working, and the service will no longer be available in any Region.

Our records show that your account 623418890037 still has active AWS SMS replication jobs in the US East (Ohio) Region:

sms-job-0f7a2c81d4e6b9a35  (server: erp-app-02)
sms-job-04c9d3e7a15f8b261  (server: erp-db-01)

What you need to do:
Complete or cancel these replication jobs, and move any remaining migrations to AWS Application Migration Service (AWS MGN), which replaces AWS SMS and supports continuous block-level replication, non-disruptive test launches and cutover. Install the AWS Replication Agent on the source servers and set up replication in AWS MGN before [[2023-03-31|D]] so that in-flight migrations are not interrupted.

AMIs that were already created by AWS SMS will remain in your account and are not affected.

For a comparison of the two services and step-by-step guidance, see the AWS Application Migration Service documentation. If you have questions, please contact AWS Support.

Sincerely,
Amazon Web Services
""")

# 16 -- Japanese: Amazon QLDB end of support (docs ja_jp)
add(src="https://docs.aws.amazon.com/ja_jp/qldb/latest/developerguide/getting-started.nodejs.tutorial.html",
    provider="AWS", label="action-required", orig="2024-07-18", target="2028-08-08",
    time="10:30", tz="+0900", deadline="2025-07-31", ja=True,
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"),
    to=("基盤チーム", "infra@kohaku-ledger.example"),
    subject="【要対応】Amazon QLDB のサポート終了 ([[2025-07-31|JP]]) について [AWS アカウント: 381046927753]",
    body="""
お客様各位

平素より Amazon Web Services をご利用いただき、誠にありがとうございます。

本メールは、お客様の AWS アカウント (381046927753) のアジアパシフィック (東京) リージョンに Amazon Quantum Ledger Database (Amazon QLDB) の台帳が存在するため、お送りしております。

慎重に検討を重ねた結果、Amazon QLDB のサポートを [[2025-07-31|JP]] をもって終了することといたしました。既存のお客様は、同日まで現在と同様に台帳をご利用いただけます。なお、新規のお客様による Amazon QLDB のお申し込みはすでに受け付けておりません。

■ お客様に必要な対応
[[2025-07-31|JP]] 以降は台帳へのアクセスおよびジャーナルのエクスポートができなくなります。それまでに以下をご実施ください。

1. 台帳のジャーナルを Amazon S3 へエクスポートする、または Amazon Kinesis Data Streams へストリーミングする
2. データを Amazon Aurora PostgreSQL などの移行先へ取り込み、アプリケーションの接続先を切り替える
3. 移行完了後、不要になった台帳を削除する

移行手順の詳細は、開発者ガイドの「Amazon QLDB 台帳を Amazon Aurora PostgreSQL に移行する」をご参照ください。

■ 対象リソース
arn:aws:qldb:ap-northeast-1:381046927753:ledger/settlement-ledger
arn:aws:qldb:ap-northeast-1:381046927753:ledger/audit-trail-prod

対象リソースの一覧は、AWS Health Dashboard の [影響を受けるリソース] タブからもご確認いただけます。

ご不明な点がございましたら、AWS サポート (https://aws.amazon.com/jp/support) までお問い合わせください。

今後とも AWS をよろしくお願いいたします。

アマゾン ウェブ サービス
""")

# 17 -- Japanese: Aurora Serverless v1 end of support (jp pricing page notice)
add(src="https://aws.amazon.com/jp/rds/aurora/pricing/",
    provider="AWS", label="action-required", orig="2024-12-02", target="2028-08-18",
    time="11:05", tz="+0900", deadline="2025-03-31", ja=True,
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"),
    to=("データベース管理者", "dba@sakuramichi-travel.example"),
    subject="【要対応】Amazon Aurora Serverless v1 のサポート終了 ([[2025-03-31|JP]]) と v2 へのアップグレードのお願い [AWS アカウント: 590217364481] [AP-NORTHEAST-1]",
    body="""
お客様各位

いつも Amazon Aurora をご利用いただき、ありがとうございます。

[[2025-03-31|JP]] をもって、Amazon Aurora Serverless v1 のサポートを終了いたします。お客様のアカウントには、アジアパシフィック (東京) リージョンで Aurora Serverless v1 として稼働している DB クラスターがございます。

■ 対象の DB クラスター
- reservation-api-db (Aurora MySQL 互換 2.08.3)
- coupon-batch-db (Aurora PostgreSQL 互換 13.12)

■ 必要な対応
[[2025-03-31|JP]] までに、上記クラスターを Aurora Serverless v2 またはプロビジョニング済みインスタンスへアップグレードしてください。Aurora Serverless v2 では、負荷に応じて 0.5 ACU 単位でより細かく容量が調整され、リードレプリカ、グローバルデータベース、Performance Insights などの機能もご利用いただけます。

期限までにアップグレードされなかったクラスターは、メンテナンス時間中に AWS が Aurora Serverless v2 へ順次移行いたします。この移行中には短時間の停止が発生する可能性があるため、お客様ご自身で計画的にアップグレードを実施されることを強くお勧めします。

■ 料金について
Aurora Serverless v2 は、ACU 時間単位の料金で課金されます。最新の料金は Amazon Aurora の料金ページ (https://aws.amazon.com/jp/rds/aurora/pricing/) をご確認ください。

アップグレード手順の詳細は、Amazon Aurora ユーザーガイドの「Aurora Serverless v1 から Aurora Serverless v2 へのアップグレード」をご覧ください。ご質問は AWS サポートまでお寄せください。

アマゾン ウェブ サービス
""")
# 18 -- Direct Connect scheduled maintenance via SNS (circuit-maintenance-parser aws3.eml, 2023)
add(src="https://github.com/networktocode/circuit-maintenance-parser/blob/develop/tests/unit/data/aws/aws3.eml",
    provider="AWS", label="maintenance", orig="2023-09-28", target="2028-08-02",
    time="06:45", tz="+0000", deadline="2023-10-12",
    frm=("DXMaintNotify-Emberfield", "no-reply@sns.amazonaws.com"),
    to=("DX Notices", "dx-notices@emberfield-games.example"),
    subject="[dx-notices] AWS_DIRECTCONNECT_MAINTENANCE_SCHEDULED",
    body="""
Planned maintenance has been scheduled on an AWS Direct Connect endpoint in Westin Building Exchange, Seattle, WA. While the maintenance window is in progress, the AWS Direct Connect services associated with this event may be unavailable.

The work has been scheduled so that redundant connections are not taken down at the same time.

If your connection has problems after the maintenance window ends, please contact AWS Support(1).

(1) https://aws.amazon.com/support. For more details, please see https://health.aws.amazon.com/health/home?region=us-west-2#/account/dashboard/scheduled-changes

Region: us-west-2
Account Id: 480316725904

Affected Resources:
dxcon-fh3k2q7a
dxcon-fgz81m4c
dxvif-ffq2w9x1
dxvif-fg0ku7r3
dxlag-fhm4r6p2

Start Time: [[2023-10-12T07:00|%a, %d %b %Y %H:%M]]:00 GMT
End Time: [[2023-10-12T13:00|%a, %d %b %Y %H:%M]]:00 GMT

--
To stop receiving notifications from this topic, use the unsubscribe link below:
https://sns.us-west-2.amazonaws.com/unsubscribe.html?SubscriptionArn=arn:aws:sns:us-west-2:480316725904:DXMaintNotify:4c2d7e90-1b6a-4f3e-a8d5-93e0f71b2c64&Endpoint=dx-notices@emberfield-games.example

Replies to this address are not monitored. For questions about this email, contact us at https://aws.amazon.com/support
""")

# 19 -- Japanese: ElastiCache service update in the weekly maintenance window (docs ja_jp)
add(src="http://docs.aws.amazon.com/ja_jp/AmazonElastiCache/latest/UserGuide/VersionManagement.MaintenanceWindow.html",
    provider="AWS", label="maintenance", orig="2018-03-05", target="2028-08-10",
    time="15:20", tz="+0900", deadline="2018-03-13", ja=True,
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("運用チーム", "ops@momiji-commerce.example"),
    subject="[メンテナンスのお知らせ] Amazon ElastiCache クラスターへのサービス更新の適用 ([[2018-03-13|JP]]) [AWS アカウント: 702948163354]",
    body="""
お客様各位

Amazon ElastiCache をご利用いただき、ありがとうございます。

お客様の AWS アカウント (702948163354) のアジアパシフィック (東京) リージョンにある ElastiCache クラスターに対して、セキュリティおよび安定性向上のためのサービス更新を適用いたします。更新は各クラスターに設定された週次メンテナンス時間内に AWS が自動的に実施しますので、お客様による操作は不要です。

■ 対象クラスターと適用予定
- session-store-prod (Redis 3.2.10)
  適用予定: [[2018-03-13T14:00|JPW]] 14:00 - 15:00 UTC (日本時間 23:00 - 24:00)
- catalog-cache (Memcached 1.4.34)
  適用予定: [[2018-03-15T16:30|JPW]] 16:30 - 17:30 UTC (日本時間 翌 01:30 - 02:30)

■ 影響について
更新はノードごとに順次行われます。レプリカを持つ Redis クラスターではフェイルオーバーが発生し、数秒から数十秒程度、書き込みが失敗する場合があります。Memcached クラスターでは、更新対象ノードのキャッシュデータが失われます。

■ メンテナンス時間の変更
メンテナンス時間は ElastiCache コンソールまたは ModifyCacheCluster / ModifyReplicationGroup API で変更できます。メンテナンス時間は 60 分で、東京リージョンで既定値として割り当てられる時間帯は 13:00 - 21:00 UTC の範囲です。ご都合に合わせて、予定日より前に別の時間帯へ変更いただくことも可能です。

ご不明な点がございましたら、AWS サポートまでお問い合わせください。

アマゾン ウェブ サービス
""")

# 20 -- Direct Connect maintenance cancelled, subject still says "planned maintenance" (aws2.eml, 2021)
add(src="https://github.com/networktocode/circuit-maintenance-parser/blob/develop/tests/unit/data/aws/aws2.eml",
    provider="AWS", label="maintenance", orig="2021-05-06", target="2028-08-12",
    time="21:52", tz="+0000", deadline="2021-09-13",
    frm=("Amazon Web Services, Inc.", "no-reply-aws@amazon.com"),
    to=("Network Ops Requests", "netops-requests@sunda-fintech.example"),
    subject="[NetOps Request] [Cloud AWS Notification] AWS Direct Connect Planned Maintenance Notification [AWS Account: 813027649915]",
    body="""
Hello,

Please note that the planned maintenance for the AWS Direct Connect endpoint in Equinix SG2, Singapore, SGP, which was scheduled from [[2021-09-13T19:02|%a, %d %b %Y %H:%M]]:00 GMT to [[2021-09-14T02:02|%a, %d %b %Y %H:%M]]:00 GMT, has been cancelled. The AWS Direct Connect services below would have been affected by that maintenance and will not be interrupted:

dxcon-ffk3e9t2
dxcon-fgm7q1v8
dxvif-fh2c8w4n
dxvif-fgr5y0k6
dxvif-fh9a3d1p
dxvif-ffz6u2m7

We apologise for any inconvenience our planning may have caused. If you have questions about the planned work, want to report a fault, or need to update your contact details, please contact AWS Support[1].

[1] https://aws.amazon.com/support

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.; Amazon.com is a registered trademark of Amazon.com, Inc. This email was produced and sent by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""")

# 21 -- FSx for Lustre software patch in the weekly maintenance window (docs)
add(src="https://docs.aws.amazon.com/fsx/latest/LustreGuide/maintenance-windows.md",
    provider="AWS", label="maintenance", orig="2025-03-03", target="2028-08-15",
    time="22:10", tz="+0000", deadline="2025-03-08",
    frm=("AWS Health", "no-reply-aws@amazon.com"),
    to=("HPC Storage", "hpc-storage@quartzline-genomics.example"),
    subject="[Scheduled Maintenance] Amazon FSx for Lustre software update for your file systems [AWS Account: 256031874492] [US-EAST-1]",
    body="""
Hello,

Amazon FSx for Lustre has released a software patch for the Lustre software it manages. We will install it on the file systems listed below during their next weekly maintenance window. You do not need to take any action.

Affected file systems and scheduled windows (UTC):
fs-0b7e41c29d5a8f360  scratch-assembly   [[2025-03-08T03:00|%a %Y-%m-%d %H:%M]] - 03:30
fs-06d2a9f8c1e47b53b  reference-index    [[2025-03-09T05:30|%a %Y-%m-%d %H:%M]] - 06:00

What to expect:
Patching normally takes only a few minutes of the 30-minute window. During that time the file system is briefly unavailable; file operations from clients are retried automatically and complete once the patch is applied. The in-memory cache is cleared during maintenance, so you may see higher latency for a short time afterwards.

If these times do not suit your workloads, you can move the maintenance window from the Amazon FSx console, the AWS CLI (update-file-system --lustre-configuration WeeklyMaintenanceStartTime=...) or the API. The window can be moved as often as you need, but a window must fall within 14 days of the patch release; otherwise FSx for Lustre applies the patch anyway to keep the file system secure and reliable.

The affected resources are also listed in the 'Affected resources' tab of your AWS Health Dashboard.

Sincerely,
Amazon Web Services
""")

# 22 -- S3 request price reduction (api-evangelist post quoting the 2013 mail)
add(src="https://raw.githubusercontent.com/api-evangelist/posts/main/_posts/2013-04-03-moving-beyond-api-pricing-to-api-price-reduction.md",
    provider="AWS", label="pricing", orig="2013-04-03", target="2028-08-04",
    time="15:48", tz="+0000", deadline="2013-04-01",
    frm=("Amazon Web Services", "aws-marketing-email-replies@amazon.com"),
    to=("Accounts Payable", "ap@lanternfish-media.example"),
    subject="Amazon S3 request prices reduced in all regions",
    body="""
Dear Amazon S3 Customer,

We are pleased to tell you that we have lowered Amazon S3 request prices in all nine of our regions, effective [[2013-04-01|D]].

- GET requests now cost 60% less.
- PUT, LIST, COPY and POST requests now cost 50% less.

For example, in the US Standard Region the price of 1,000 PUT requests falls from $0.01 to $0.005, and the price of 10,000 GET requests falls from $0.01 to $0.004.

The lower prices are applied automatically; there is nothing you need to do. They will appear on your bill for usage from [[2013-04-01|D]] onward. The new prices for every region are listed on the Amazon S3 pricing page (https://aws.amazon.com/s3/pricing/).

We keep working to reduce our costs and to pass the savings on to you. Thank you for using Amazon S3.

Sincerely,
The Amazon S3 Team

This message was produced and distributed by Amazon Web Services, LLC, 410 Terry Avenue North, Seattle, WA 98109-5210. Amazon Web Services will not be bound by, and specifically objects to, any term, condition or other provision which is different from or in addition to the provisions of the AWS Customer Agreement.
""")

# 23 -- Japanese: Tokyo Region price reduction effective April 1 (yoloseem/aws-april-2014-pricing)
add(src="https://github.com/yoloseem/aws-april-2014-pricing",
    provider="AWS", label="pricing", orig="2014-03-27", target="2028-08-17",
    time="09:00", tz="+0900", deadline="2014-04-01", ja=True,
    frm=("アマゾン ウェブ サービス", "aws-jp-marketing@amazon.co.jp"),
    to=("情報システム部", "sys@tsubame-seika.example"),
    subject="【AWS】[[2014-04-01|JP]] より Amazon EC2・Amazon S3・Amazon RDS の料金を値下げいたします",
    body="""
AWS をご利用のお客様

平素より Amazon Web Services をご愛顧いただき、誠にありがとうございます。

このたび、アジアパシフィック (東京) リージョンを含む全リージョンにおいて、主要サービスの料金を値下げすることとなりましたのでお知らせいたします。新料金は [[2014-04-01|JP]] (UTC) からのご利用分に自動的に適用されます。お客様側でのお手続きは必要ありません。

■ 主な値下げ内容 (東京リージョン)
- Amazon EC2: オンデマンドインスタンス (Linux) の料金を最大 約 30% 値下げ
- Amazon S3: 標準ストレージの料金を最大 約 50% 値下げ (最初の 1 TB/月 の単価も引き下げ)
- Amazon RDS: オンデマンド DB インスタンス (PostgreSQL、マルチ AZ 配置を含む) の料金を最大 約 28% 値下げ

リザーブドインスタンスについても、新規購入分から新しい料金が適用されます。購入済みのリザーブドインスタンスの前払い金額は変更されません。

インスタンスタイプ別・リージョン別の新料金は、各サービスの料金ページ (例: https://aws.amazon.com/jp/ec2/pricing/) でご確認いただけます。

今後とも Amazon Web Services をよろしくお願い申し上げます。

アマゾン データ サービス ジャパン株式会社
""")

# 24 -- CloudWatch Logs Intelligent Tiering storage rates (nOps recommendation page)
add(src="https://help.nops.io/inform/supported-recommendations/enable-cloudwatch-logs-intelligent-tiering.md",
    provider="AWS", label="pricing", orig="2026-07-07", target="2028-08-01",
    time="17:30", tz="+0000", deadline="2026-07-07",
    frm=("Amazon Web Services", "aws-marketing-email-replies@amazon.com"),
    to=("FinOps", "finops@cobaltreef-software.example"),
    subject="New lower storage rates for infrequently read Amazon CloudWatch Logs data",
    body="""
Hello,

Starting today, [[2026-07-07|D]], Amazon CloudWatch Logs offers Intelligent Tiering for log storage. When you turn it on for an account and Region, CloudWatch Logs automatically moves stored log data that is not being read to lower-cost storage tiers. Nothing is deleted, and you query the data exactly as before.

How storage will be billed with Intelligent Tiering enabled:
- Log data up to 30 days old: current standard storage rate (unchanged)
- Log data 30 to 90 days old that has not been read: 40% lower than the standard storage rate
- Log data older than 90 days that has not been read: 80% lower than the standard storage rate

If tiered data is read again, it returns to the standard rate. Ingestion, Logs Insights query and vended log delivery prices do not change.

Intelligent Tiering is a single account-level setting per Region. You can enable it in the CloudWatch console, with the PutStorageTierPolicy API, or with the AWS::Logs::StorageTierPolicy CloudFormation resource. If you do nothing, your log storage continues to be billed at the standard rate.

Log groups with no retention setting benefit most. Our records show that several log groups in your account never expire and hold data older than 30 days.

For current prices, see the Amazon CloudWatch pricing page (https://aws.amazon.com/cloudwatch/pricing/).

Sincerely,
Amazon Web Services
""")
# 25 -- Japanese: PDF invoice available (jp knowledge center, PDF billing address)
add(src="https://aws.amazon.com/jp/premiumsupport/knowledge-center/change-pdf-billing-address/",
    provider="AWS", label="billing", orig="2022-04-03", target="2028-08-03",
    time="08:12", tz="+0900", deadline="none", ja=True,
    frm=("Amazon Web Services", "aws-billing@amazon.com"),
    to=("経理部 御中", "keiri@hinoki-koubou.example"),
    subject="アマゾン ウェブ サービス 請求書のお知らせ - 請求期間 [[2022-03-01|JPM]] - アカウント 314570928846",
    body="""
アマゾン ウェブ サービスをご利用いただき、ありがとうございます。

[[2022-03-01|JPM]]分の AWS ご利用料金の請求書を発行いたしました。請求書 (PDF) を本メールに添付しております。

アカウント ID: 314570928846
請求期間: [[2022-03-01|JP]] - [[2022-03-31|JP]]
請求書番号: JPIN-0488157
請求金額: ¥184,326 (消費税 ¥16,757 を含む)
お支払い方法: 登録済みのクレジットカード (末尾 4471)
お支払い予定日: [[2022-04-05|JP]]

ご登録のお支払い方法に対して、上記の日付に自動的に請求いたします。お客様によるお手続きは不要です。

■ 請求書の宛名・住所について
PDF 請求書に記載される会社名と住所は、お支払い方法に登録されている請求先情報が使用されます。[ATTN:] (宛名) 欄には、[請求連絡先] に登録されたお名前が表示されます。変更をご希望の場合は、請求とコスト管理コンソールの [お支払い方法] から情報を更新してください。更新内容は次回以降の請求書に反映されます。発行済みの請求書の再発行をご希望の場合は、情報を更新したうえで AWS サポートにケースを作成してください。

ご利用明細は、請求とコスト管理コンソールの [請求書] ページでもご確認いただけます。
https://console.aws.amazon.com/billing/home#/bills

今後とも AWS をよろしくお願いいたします。

アマゾン ウェブ サービス ジャパン合同会社
""")

# 26 -- AWS Budgets alert on a capped research hub (2i2c infrastructure#6698, 2025)
add(src="https://github.com/2i2c-org/infrastructure/issues/6698",
    provider="AWS", label="billing", orig="2025-09-17", target="2028-08-21",
    time="07:41", tz="+0000", deadline="none",
    frm=("AWS Budgets", "budgets@costalerts.amazonaws.com"),
    to=("Hub Support", "support@openskies-hubs.example"),
    subject="AWS Budgets: heliophysics-hub-1000 has exceeded your alert threshold",
    body="""
AWS Budget Notification [[2025-09-17|%B %d, %Y]]

AWS Account 497315028864

Dear AWS Customer,

Your budget heliophysics-hub-1000 is set to alert you once ACTUAL cost for the current month goes above $1,000.00. ACTUAL cost for this budget has now reached $1,032.18. Details are below, and more information is available on the AWS Budgets dashboard [1].

Budget Name: heliophysics-hub-1000
Budget Type: Cost
Budgeted Amount: $2,000.00
Alert Type: ACTUAL
Alert Threshold: > $1,000.00
ACTUAL Amount: $1,032.18

Budget scope: linked account 497315028864, cost allocation tag 2i2c:hub-name = heliophysics

[1] https://console.aws.amazon.com/billing/home#/budgets

This notification was sent because you created this budget alert. To stop receiving it, edit or delete the alert in AWS Budgets.
""")

# 27 -- Cost Anomaly Detection alert (cityofaustin atd-data-tech#9872, 2023)
add(src="https://github.com/cityofaustin/atd-data-tech/issues/9872",
    provider="AWS", label="billing", orig="2023-08-11", target="2028-08-23",
    time="13:26", tz="+0000", deadline="none",
    frm=("AWS Cost Anomaly Detection", "no-reply@costanomalydetection.amazonaws.com"),
    to=("Transportation Data", "transpo-data@riverbend-city.example"),
    subject="AWS Cost Anomaly Detection Alert: 1 anomaly detected for monitor weekly-services-monitor",
    body="""
AWS Cost Anomaly Detection

Hello,

AWS Cost Anomaly Detection found unusual spend in your account. This alert was sent because the anomaly's impact is above the threshold you set for the subscription "weekly-10-percent" (10% above expected spend).

Monitor name: weekly-services-monitor
Monitor type: AWS services
Anomaly start date: [[2023-08-07|%Y-%m-%d]]
Last detected: [[2023-08-10|%Y-%m-%d]]

Total cost impact: $412.67 (expected $1,104.20, actual $1,516.87, +37.4%)

Top root causes:
1. Service: Amazon Relational Database Service | Account: 862143709512 | Region: us-east-2 | Usage type: USE2-Multi-AZUsage:db.r6g.xlarge   Impact: $288.40
2. Service: Amazon Elastic Compute Cloud - Compute | Account: 862143709512 | Region: us-east-2 | Usage type: USE2-BoxUsage:m6i.2xlarge   Impact: $124.27

Review the anomaly, give feedback on whether it was expected, and see the detailed breakdown in Cost Explorer:
https://console.aws.amazon.com/cost-management/home#/anomaly-detection/monitors

You are receiving this email because this address is subscribed to alerts for this cost monitor. To change or stop alerts, edit the alert subscription in AWS Cost Anomaly Detection.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.; Amazon.com is a registered trademark of Amazon.com, Inc.
""")

# 28 -- service availability update, services closing to new customers (aws_breaking_changes#140, Oct 2025)
add(src="https://github.com/SummitRoute/aws_breaking_changes/issues/140",
    provider="AWS", label="informational", orig="2025-10-14", target="2028-08-26",
    time="20:03", tz="+0000", deadline="2025-11-07",
    frm=("Amazon Web Services", "aws-marketing-email-replies@amazon.com"),
    to=("Cloud Center of Excellence", "ccoe@marrowfield-health.example"),
    subject="AWS service availability updates",
    body="""
Hello,

We regularly review our portfolio of services to make sure we are investing where customers see the most value. Following our most recent review, a small number of AWS services and features will change their availability. Existing customers can keep using these services; this notice is for your information.

Moving to maintenance (closed to new customers from [[2025-11-07|D]]):
- Amazon CodeGuru Reviewer
- AWS Application Discovery Service Agentless Collector
- Amazon Lookout for Equipment
- AWS IoT SiteWise Monitor

What this means:
- If your account already uses one of these services, you can continue to create and use resources as you do today. AWS will keep the services secure, available and supported.
- Accounts that have not used a service before [[2025-11-07|D]] will not be able to start using it.
- Where a service later reaches end of support, we will tell affected customers directly and well in advance, with migration guidance.

Our records show no usage of these services in your organization's accounts, so no change is expected for you.

For the full list and recommended alternatives, see the "AWS service availability updates" post on What's New with AWS (https://aws.amazon.com/about-aws/whats-new/2025/10/aws-service-availability/).

Sincerely,
Amazon Web Services
""")

# 29 -- post-event summary of the us-east-1 DynamoDB DNS disruption (ernestchiang.com, Oct 2025)
add(src="https://www.ernestchiang.com/en/posts/2025/summary-of-the-amazon-dynamodb-service-disruption-in-the-northern-virginia-us-east-1-region",
    provider="AWS", label="informational", orig="2025-10-23", target="2028-08-29",
    time="23:15", tz="+0000", deadline="none",
    frm=("AWS Health", "health@aws.com"),
    to=("SRE On-Call", "sre@meridian-payments.example"),
    subject="[Resolved] Post-event summary: increased error rates in the N. Virginia (US-EAST-1) Region",
    body="""
AWS Health Event

Operational issue - Multiple services [US-EAST-1] - Resolved

Hello,

We are following up on the service disruption in the N. Virginia (us-east-1) Region that may have affected resources in your account. The event began at 11:48 PM PDT on [[2025-10-19|%B %d]] and ended at 2:20 PM PDT on [[2025-10-20|%B %d]]. All services have operated normally since then, and no action is required from you.

Summary of impact
- Amazon DynamoDB: from 11:48 PM on [[2025-10-19|%B %d]] to 2:40 AM on [[2025-10-20|%B %d]], requests to the regional DynamoDB endpoint failed because clients could not resolve it. Global tables kept replicating, with delays to and from us-east-1.
- Amazon EC2: new instance launches failed or were slow until 1:50 PM on [[2025-10-20|%B %d]], because a subsystem that manages hosts depends on DynamoDB and fell behind. Network configuration for new instances was also delayed.
- Network Load Balancer: between 5:30 AM and 2:09 PM on [[2025-10-20|%B %d]], some load balancers saw connection errors when health checks failed for newly launched instances.
- Other services that depend on these, including AWS Lambda, Amazon ECS, Amazon EKS, AWS Fargate, AWS STS, Amazon Redshift and Amazon Connect, saw elevated errors. Some Redshift clusters took until 4:05 AM PDT on [[2025-10-21|%B %d]] to recover fully.

Root cause
A latent race condition in the automation that manages DNS records for the DynamoDB service left the regional endpoint with an empty DNS record. The automation could not repair this state by itself and operators had to correct it manually.

What we are changing
We have disabled the affected DNS automation worldwide until the race condition is fixed and additional safeguards are in place. We are also adding protections to the EC2 host-management and Network Load Balancer health-check systems so that they recover faster and limit the spread of impact.

The full summary is published at https://aws.amazon.com/message/101925/ . We apologise for the impact this event caused.

View details in service console

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.; Amazon.com is a registered trademark of Amazon.com, Inc.
""")

# 30 -- Health emails move to AWS User Notifications (classmethod, 2025)
add(src="https://dev.classmethod.jp/articles/aws-organizations-health-notification-patterns",
    provider="AWS", label="informational", orig="2025-08-28", target="2028-08-06",
    time="01:44", tz="+0000", deadline="2025-09-15",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Management Account Owner", "aws-root@tsukimi-holdings.example"),
    subject="Upcoming change to how you receive AWS Health email notifications",
    body="""
Hello,

Starting [[2025-09-15|D]], email about AWS Health events will be delivered through the AWS User Notifications service. You do not have to do anything to keep receiving these emails.

What changes on [[2025-09-15|D]]:
- Sender address: AWS Health emails will come from health@aws.com instead of the address you receive them from today.
- Format: messages will be sent as HTML rather than plain text, and will include links to the Notification Center and to the relevant service console.
- De-duplication: for AWS Organizations, User Notifications makes a best effort to avoid sending the same event more than once to the same recipient.
- Management: a new configuration page lets you choose which AWS managed notifications you receive and add recipients.

What to check:
- If you use inbox rules or filters on the current sender address or subject format, update them so that health@aws.com messages are still routed correctly.
- If you want to try the new experience now, you can opt in early from the AWS User Notifications console (Managed notifications).

Account-specific AWS Health events continue to be sent to the root user's email address and to alternate contacts as before. Public events can be delivered through notification configurations that you create in User Notifications.

Sincerely,
Amazon Web Services
""")

# 31 -- Site-to-Site VPN tunnel temporarily unavailable, resolved (MoJ modernisation-platform#11248)
add(src="https://github.com/ministryofjustice/modernisation-platform/issues/11248",
    provider="AWS", label="informational", orig="2025-08-12", target="2028-08-13",
    time="04:58", tz="+0000", deadline="none",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Platform Operations", "platform-ops@justice-digital.example"),
    subject="[Resolved] AWS Site-to-Site VPN tunnel temporarily unavailable [AWS Account: 905714286330] [EU-WEST-2]",
    body="""
Hello,

Between [[2025-08-12T02:11|%H:%M]] and [[2025-08-12T02:47|%H:%M]] UTC on [[2025-08-12|%B %d, %Y]], one tunnel of the AWS Site-to-Site VPN connection listed below was temporarily unavailable because of an unexpected issue with the underlying AWS endpoint. During this time, traffic failed over to the second tunnel of the connection where your customer gateway was configured to use it.

Affected resource:
vpn-0d3b7f19a2c6e4851 (tunnel outside IP 203.0.113.201)

The issue has been resolved and both tunnels have been UP since [[2025-08-12T02:47|%H:%M]] UTC. No action is required.

To reduce the impact of similar events, we recommend configuring both tunnels on your customer gateway device and monitoring the TunnelState CloudWatch metric. You can also enable tunnel endpoint lifecycle control to receive advance notice of planned tunnel endpoint replacements.

If you continue to see connectivity problems, please contact AWS Support.

Sincerely,
Amazon Web Services
""")

# 32 -- second service availability update (aws_breaking_changes#142, Mar 2026)
add(src="https://github.com/SummitRoute/aws_breaking_changes/issues/142",
    provider="AWS", label="informational", orig="2026-03-31", target="2028-08-31",
    time="18:20", tz="+0000", deadline="2026-04-30",
    frm=("Amazon Web Services", "aws-marketing-email-replies@amazon.com"),
    to=("Cloud Governance", "cloud-governance@northmoor-univ.example"),
    subject="AWS Service Availability Updates [[2026-03-31|%Y]]",
    body="""
Hello,

As part of our regular portfolio review, we are changing the availability of a few AWS services and capabilities. This message is informational: accounts that already use these services can continue to do so.

From [[2026-04-30|D]], the following will no longer be available to new customers:
- Amazon Fraud Detector
- AWS Elemental MediaStore data plane for new containers
- Amazon Monitron (new device orders)

Customers who used these services before [[2026-04-30|D]] keep full access. AWS will continue to provide security and availability updates. If any of these services later reaches end of support, affected accounts will be notified directly with at least 12 months' notice and migration guidance.

Recommended alternatives are described in the What's New post "AWS Service Availability Updates" (https://aws.amazon.com/about-aws/whats-new/2026/03/aws-service-availability/).

Sincerely,
Amazon Web Services
""")

# 33 -- security advisory: IDE extension bundles an end-of-life Node.js runtime (aws-toolkit-vscode#7983)
add(src="https://github.com/aws/aws-toolkit-vscode/issues/7983",
    provider="AWS", label="security-advisory", orig="2025-09-04", target="2028-08-08",
    time="22:37", tz="+0000", deadline="none",
    frm=("AWS Health", "health@aws.com"),
    to=("Developer Tools Admins", "devtools-admin@kestrel-robotics.example"),
    subject="[Security Notification] Update Amazon Q Developer and AWS Toolkit for Visual Studio Code to a version with a supported Node.js runtime [AWS Account: 351806427993]",
    body="""
AWS Health Event

Hello,

We are contacting you because users in your organization sign in to Amazon Q Developer from Visual Studio Code.

Versions of the Amazon Q Developer and AWS Toolkit extensions for Visual Studio Code released before [[2025-09-04|D]] download a language server that ships its own copy of the Node.js runtime, version 18.20.8. The Node.js project ended support for the 18.x line on [[2025-04-30|D]], so that runtime no longer receives security fixes. Vulnerability scanners on developer workstations may report it under the extension cache, for example:

  Linux/macOS: ~/.cache/aws/toolkits/language-servers/AmazonQ/<version>/servers/node
  Windows:     %LOCALAPPDATA%\\aws\\toolkits\\language-servers\\AmazonQ\\<version>\\servers\\node.exe

We have no evidence that this has been exploited. The bundled runtime is only used to run the Amazon Q language server locally.

Recommended actions:
1. Update the Amazon Q Developer and AWS Toolkit extensions to the latest versions from the Visual Studio Code Marketplace, then restart the editor so that the current language server (with a supported Node.js release) is downloaded.
2. Remove older language-server folders from the cache path above if your endpoint tooling keeps flagging them.
3. If you manage extensions centrally, allow automatic updates for these extensions.

For more information, see the Amazon Q Developer release notes or contact AWS Support.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.; Amazon.com is a registered trademark of Amazon.com, Inc.
""")
# 34 -- PHISHING: AWS invoice lure sent through a hijacked SES account (SES abuse write-up)
add(src="https://longtailkeywordstool.com/the-hijacked-pipeline-how-cybercriminals-are-weaponizing-amazon-ses/",
    provider="AWS (impersonated)", label="billing", orig="2026-05-12", target="2028-08-09",
    time="06:03", tz="+0000", deadline="none", phishing=True,
    frm=("AWS Billing", "invoices@harrowgate-freight.example"),
    to=("Accounts", "accounts@pellucid-design.example"),
    subject="Amazon Web Services Invoice Available - payment could not be processed [Invoice EUINGB-0577318]",
    body="""
Amazon Web Services

Greetings from Amazon Web Services,

Your invoice for the billing period ending [[2026-04-30|%B %d, %Y]] is now available. We attempted to charge the payment method on file, but the payment could not be processed.

Account number: 2291-8830-4716
Invoice number: EUINGB-0577318
Amount due: USD 1,284.60
Status: PAYMENT FAILED

To avoid interruption to your AWS services, please review the invoice and confirm your billing details in the Billing and Cost Management console:

https://console-aws.billing-portal-secure.example/invoices/EUINGB-0577318?acct=229188304716

If payment is not received within 48 hours, resources in your account may be suspended and data stored in your account could be permanently deleted.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services Billing Team

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""")

# 35 -- PHISHING: fake "account suspended due to unusual activity" (gorganizer suspension pattern)
add(src="https://gorganizer.net/explain/fake-amazon-account-suspension-phish",
    provider="AWS (impersonated)", label="security-incident", orig="2026-06-02", target="2028-08-22",
    time="14:19", tz="+0000", deadline="none", phishing=True,
    frm=("Amazon Web Services Security", "security-alert@aws-account-protect.example"),
    to=("Root User", "admin@fernwick-bakery.example"),
    subject="Your AWS account has been suspended due to unusual activity",
    body="""
Dear AWS Customer,

We detected unusual sign-in activity on your AWS account and have temporarily suspended it to protect your resources.

Account ID: 6610 4482 9937
Detected: [[2026-06-02T11:42|%B %d, %Y %H:%M]] UTC
Location: Unknown device, Lagos
Status: SUSPENDED

To restore access you must verify your identity and confirm your payment information. If you do not complete verification within 24 hours, your account will be permanently closed and all EC2 instances, S3 buckets and databases will be deleted.

Verify my account now:
https://signin-aws-amazon.account-restore.example/verify?id=661044829937

For your security, do not share this email with anyone.

Regards,
AWS Account Security Team
Amazon Web Services, Inc.
""")

# 36 -- PHISHING: fake "verify your payment method by <date>" (gorganizer order/account pattern)
add(src="https://www.gorganizer.net/explain/fake-amazon-order-account-phish",
    provider="AWS (impersonated)", label="action-required", orig="2026-02-10", target="2028-08-28",
    time="08:55", tz="+0100", deadline="2026-02-12", phishing=True,
    frm=("Amazon Web Services", "no-reply@aws-notifications-center.example"),
    to=("Tomas Eriksen", "tomas@eriksen-consulting.example"),
    subject="[Action Required] Confirm the charge of $3,912.40 on your AWS account",
    body="""
Hello Tomas,

We received an order for AWS Reserved Instances on your account and charged your card ending in 0318.

Order: 1-Year Reserved Instance, p4d.24xlarge (x1), US East (N. Virginia)
Amount: $3,912.40
Order ID: AWS-RI-88310457

If you did not place this order, you must confirm your account and payment method by [[2026-02-12|%B %d, %Y]] so we can cancel it and refund the charge. After this date the purchase is final and cannot be reversed.

Cancel order and verify payment method:
https://aws-billing.order-review.example/cancel?ref=AWS-RI-88310457

Thank you,
AWS Customer Service
""")

if __name__ == "__main__":
    main()
