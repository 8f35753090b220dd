#!/usr/bin/env python3
"""Build set-g.mbox: 60 cloud-provider notices modelled on publicly quoted originals.

Deterministic, standard library only.  Writes set-g.mbox next to this file,
re-reads it, validates it (exit status 1 on any problem) and prints counts.
Every notice is rewritten in new words; identifiers, addresses, IPs, people and
customer domains are invented (customer domains end in .example, IPs come from
the documentation ranges).  Dates are shifted so that every Date header falls in
August 2027 while the intervals of the original are kept.
"""
import base64
import email
import email.policy
import email.utils
import html
import os
import quopri
import re
import sys
from datetime import date, datetime, timedelta, timezone
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set-g.mbox")

LABELS = ["abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
JA_WD = "月火水木金土日"


# ----------------------------------------------------------------- date words
def us(d):
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def eu(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def iso(d):
    return d.isoformat()


def ja(d):
    return f"{d.year}年{d.month}月{d.day}日"


def jaw(d):
    return f"{d.year}年{d.month}月{d.day}日({JA_WD[d.weekday()]})"


def mdw(d):
    return f"{d.month}月{d.day}日({JA_WD[d.weekday()]})"


def zh(d):
    return f"{d.year}年{d.month}月{d.day}日"


def mon(d):
    return f"{MONTHS[d.month - 1][:3]} {d.day:2d}"


def wdy(d):
    return d.strftime("%a %b ") + f"{d.day:02d} {d.year}"


class Day:
    """D(k) -> the calendar day k days after the message's Date."""

    def __init__(self, dt):
        self.base = dt.date()

    def __call__(self, k=0):
        return self.base + timedelta(days=k)


# ------------------------------------------------------------------ HTML part
def to_html(text, title):
    """Turn the plain-text body into a simple HTML alternative."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(l.startswith("- ") for l in lines):
            items = "".join(f"<li>{html.escape(l[2:])}</li>" for l in lines)
            out.append(f"<ul>{items}</ul>")
        elif len(lines) == 1 and lines[0].endswith(":") and len(lines[0]) < 60:
            out.append(f"<h3>{html.escape(lines[0][:-1])}</h3>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    body = "\n".join(out)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">\n"
            f"{body}\n</body></html>\n")


# ------------------------------------------------------------------ the notices
def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


UTC = tz(0)
JST = tz(9)
CEST = tz(2)
PDT = tz(-7)

MSGS = []


def msg(**kw):
    MSGS.append(kw)


# 1 ---------------------------------------------------------------- AWS abuse
def b01(D):
    return f"""Hello,

A third party has told us that an AWS resource on your account

AWS ID: 308511274466    Region: eu-west-1    EC2 Instance Id: i-0a7f3c91e25d4b806 [198.51.100.23]

is sending traffic that looks like a port scan of hosts it has no permission
to reach. The AWS Acceptable Use Policy (https://aws.amazon.com/aup/) does not
allow this. Their complaint is copied at the end of this message.

What we need from you: stop the traffic, then answer this email and tell us
what you changed. If you think the traffic is legitimate, answer with a short
description of what the instance does and why.

If nobody on your side started this traffic, the instance may have been taken
over, or a piece of software on it may be misconfigured. Our team cannot help
with troubleshooting, but these guides explain how to lock an instance down:

* Security groups for EC2 instances:
  https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-security-groups.html
* AWS security best practices:
  https://docs.aws.amazon.com/security/

Regards,
AWS Trust & Safety

---------- Complaint as received ----------
Abuse type*: port-scanning
Source IPs*: 198.51.100.23, ec2-198-51-100-23.eu-west-1.compute.amazonaws.com
Destination IPs: 203.0.113.77
Destination ports and protocols: 30303/UDP
Abuse date (yyyy-mm-dd)*: {iso(D(-8))}
Abuse time, 24-hr format (hh:mm)*: 15:37
Time zone*: -0800
Host clock synchronized by NTP: yes
Logs*:
{mon(D(-8))} 15:37:19  WAN  198.51.100.23:62190  ->  10.0.0.2:30303  UDP
{mon(D(-8))} 15:37:18  WAN  198.51.100.23:62190  ->  10.0.0.2:30303  UDP
{mon(D(-8))} 15:36:51  WAN  198.51.100.23:62190  ->  10.0.0.2:30303  UDP
Comments: repeated probes against our gateway, please make it stop
Custom tracking number: RK-{D(-8).strftime('%y%m%d')}-0415
"""


msg(n=1, label="abuse", dl=None, dt=datetime(2027, 8, 2, 14, 12, 5, tzinfo=UTC),
    frm=("Amazon EC2 Abuse", "ec2-abuse@amazon.com"), to="noc@quillmere-labs.example",
    subject="Your Amazon EC2 Abuse Report [AWS ID 308511274466]",
    body=b01, fmt="text", lang="en", provider="AWS",
    src="https://github.com/ethereum/go-ethereum/issues/15957")


# 2 ------------------------------------------------ AWS Health: open proxy report
def b02(D):
    return f"""Event: Abuse open proxy report
Start time: {us(D(0))} at 3:19:44 AM UTC
Status: Open
End time: -
Region / Availability Zone: -
Category: Issue
Account specific: Yes
Affected resources: 1

Description:

{MONTHS[D(0).month-1][:3]} {D(0).day}, 03:19 AM UTC
We were told that the resource shown under Affected resources is behaving like an open proxy, i.e. it relays traffic for anyone on the Internet. Running an open proxy is not permitted by the AWS Acceptable Use Policy (https://aws.amazon.com/aup/). The report we received is included below.

Please shut the proxy down or restrict who can use it, and then reply to the related email to tell us what you did. If you believe this is a false alarm, reply with an explanation of how the resource is used.

A separate vulnerability report also lists the same resource:

- Required action: remediate the reported vulnerability
- AWS Account ID: 552907318846
- Implicated resource: EC2 Instance Id i-04be61c9d2a7f3e18 (203.0.113.58)
- Region: eu-central-1
- Reported vulnerability: rpcbind_portmapper (TCP/UDP 111 reachable from the Internet)

The portmapper service can be used to amplify traffic and to enumerate RPC services, so it should not be exposed publicly. Close port 111 in the security group or stop the service if it is not needed.

You can see this event in the AWS Health Dashboard under Your account health.

This message was sent by Amazon Web Services, Inc. To change which notifications you receive, open the AWS User Notifications console.
"""


msg(n=2, label="abuse", dl=None, dt=datetime(2027, 8, 3, 3, 31, 40, tzinfo=UTC),
    frm=("AWS Health", "health@aws.com"), to="infra@harbor-vale.example",
    subject="Abuse open proxy report [AWS Account: 552907318846] [EU-CENTRAL-1]",
    body=b02, fmt="both", lang="en", provider="AWS",
    src="https://github.com/Ylianst/MeshCentral/issues/3204")


# 3 -------------------------------------------- AWS abuse: forbidden web content
def b03(D):
    return f"""Hello,

We have received one or more reports saying that your AWS resource

AWS ID: 716204938851    Region: ap-northeast-1    EC2 Instance Id: i-0d93e2b47a1c65f20 [203.0.113.201]

is serving a website whose content may not be allowed under the AWS Acceptable
Use Policy (https://aws.amazon.com/aup/). The original report is copied below
so you can review it.

Please take the reported content down or make it unreachable, and then reply
to this email describing what you did. If you believe the content is allowed,
reply and explain how the site is used.

If you did not publish this content, someone may have gained access to your
environment, or a weakness in your software may be letting others use the
server in ways you did not intend.

We cannot help with troubleshooting or technical questions, but the following
material explains how to secure an instance:

* Amazon EC2 security groups:
  https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-security-groups.html
* Best practices for securing your EC2 instances:
  https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-best-practices.html
* AWS security best practices:
  https://docs.aws.amazon.com/security/

Regards,
AWS Trust & Safety

---------- Report ----------
Reported URL: https://travel-notes.example/articles/ticket-deals/
Observed: {iso(D(-2))} 22:10 JST
Reporter comment: the page copies our copyrighted photographs and text without
permission and links to a ticket reseller we do not work with. Please remove it.
"""


msg(n=3, label="abuse", dl=None, dt=datetime(2027, 8, 4, 9, 20, 33, tzinfo=UTC),
    frm=("Amazon EC2 Abuse", "ec2-abuse@amazon.com"), to="webmaster@travel-notes.example",
    subject="Your Amazon EC2 Abuse Report [AWS ID 716204938851]",
    body=b03, fmt="text", lang="en", provider="AWS",
    src="https://ruimaeda.com/aws-abuse-report/")


# 4 ------------------------------------------------------------ Hetzner netscan
def b04(D):
    return f"""Dear Mr Tobias Wernecke,

Our systems show signs of an attack that came from your server.
Please take whatever measures are needed to solve the problem and to keep it
from happening again.

We also ask you to send us a short answer that explains how this happened and
what you are going to do about it.
If the steps below are not completed, your server may be blocked at any time
after {iso(D(1))} 12:28:08 +0200.

How to proceed:
- Fix the problem
- Check whether the problem still exists with this link:
  https://abuse.hetzner.com/retries/?token=6f0c2e9b1d7a4c58a3e1b0d94f27c6aa
- Once the check passes, send us your statement with this link:
  https://abuse.hetzner.com/statements/?token=6f0c2e9b1d7a4c58a3e1b0d94f27c6aa

Important note:
Do not change the abuse ID [AbuseID:5E31B2:07] in the subject line when you
reply. Replies by email are only read if the server has been locked. For other
questions, please write to our support team at support@hetzner.com.

##########################################################################
#                Netscan detected from host 203.0.113.45                 #
##########################################################################

time                      protocol  src_ip        src_port     dest_ip       dest_port
------------------------------------------------------------------------------------
{wdy(D(0))} 10:41:02  TCP   203.0.113.45  41822  =>  172.16.4.11    9000
{wdy(D(0))} 10:41:05  TCP   203.0.113.45  41830  =>  10.20.0.3      9000
{wdy(D(0))} 10:43:17  TCP   203.0.113.45  52104  =>  192.168.10.7   42069
{wdy(D(0))} 10:44:59  TCP   203.0.113.45  52110  =>  192.168.0.21   42069
{wdy(D(0))} 10:47:26  TCP   203.0.113.45  33618  =>  100.64.8.15    30303
{wdy(D(0))} 10:49:40  TCP   203.0.113.45  33624  =>  172.17.0.1     30303

Kind regards

Abuse department

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
abuse@hetzner.com
www.hetzner.com
"""


msg(n=4, label="abuse", dl=1, dt=datetime(2027, 8, 5, 12, 28, 8, tzinfo=CEST),
    frm=("Hetzner Abuse", "abuse@hetzner.com"), to="t.wernecke@mainkai-systems.example",
    subject="Abuse Message [AbuseID:5E31B2:07]: NetscanOutPlain: Netscan detected from 203.0.113.45",
    body=b04, fmt="text", lang="en", provider="Hetzner",
    src="https://github.com/erigontech/erigon/issues/6067")


# 5 ----------------------------------------------------------- Hetzner phishing
def b05(D):
    return f"""Dear Ms Ingrid Solvang,

A complaint about phishing has reached us from soc@brandwatch-secure.example.

The complaint is attached below. Please read it and resolve the problem as
quickly as possible.

Within 24 hours, please send a statement both to us and to the person who
complained. It should say how this came about and what you have done so that it
does not happen again.

How to proceed:
- Resolve the problem
- Send us your statement with this link:
  https://abuse.hetzner.com/statements/?token=b83d0f5a17c24e6e9f0a2d71c54e3b90
- Answer the complainant by email

A member of our staff will review your statement and decide how to continue.
If nothing arrives before the deadline, the IP address may be locked.

Important note:
When you reply, keep the abuse ID [AbuseID:9C04AF:1B] in the subject line as it is.

Kind regards

Abuse department

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
abuse@hetzner.com
www.hetzner.com

---------- Forwarded complaint ----------
From: soc@brandwatch-secure.example
Subject: Phishing page hosted at 198.51.100.164

The following URL imitates the login page of a European payment provider and
collects card details:

  hxxps://pay-verify.tunnel-relay.example:8443/session/login.php
  resolves to 198.51.100.164 (first seen {iso(D(0))} 06:12 UTC)

Please take the page offline.
"""


msg(n=5, label="abuse", dl=1, dt=datetime(2027, 8, 6, 10, 5, 41, tzinfo=CEST),
    frm=("Hetzner Abuse", "abuse@hetzner.com"), to="ingrid@tunnel-relay.example",
    subject="Abuse Message [AbuseID:9C04AF:1B]: Phishing: phishing site at 198.51.100.164",
    body=b05, fmt="text", lang="en", provider="Hetzner",
    src="https://github.com/fasmide/remotemoe/issues/12")


# 6 ------------------------------------------------- DigitalOcean open resolver
def b06(D):
    return """Hello,

Your Droplet "vpn-ams-01" (203.0.113.140) has been locked. Its public network
access will stay restricted until you answer this ticket.

We received the report below from another network operator. Please read it,
fix the configuration, and reply here with the steps you took. Once we hear
from you we will review the Droplet and lift the restriction.

---------- Report ----------
The host at 203.0.113.140 is running an open recursive DNS resolver, and it
took part in an attack on one of our customers. It answered spoofed queries
with very large UDP responses, which arrived at the victim fragmented.

Please change the resolver in one or more of these ways:

- Serve only your own clients and refuse queries from other addresses (with
  BIND, list the allowed networks in "allow-query"; on a Windows DNS server,
  block UDP port 53 from outside in the firewall).
- Answer only for the zones the server is authoritative for (keep
  "allow-query" limited for the server and set it to "any" per zone).
- Limit how many responses one source address can receive, for example with
  DNS Response Rate Limiting or iptables rules.

Background on this type of attack and on what each party can do against it:
https://www.us-cert.gov/ncas/alerts/TA13-088A
---------- End of report ----------

Thank you,
DigitalOcean Trust & Safety
"""


msg(n=6, label="abuse", dl=None, dt=datetime(2027, 8, 7, 18, 47, 12, tzinfo=UTC),
    frm=("DigitalOcean Support", "support@support.digitalocean.com"),
    to="admin@lindqvist-net.example",
    subject="[DigitalOcean] Ticket #4419208: Open recursive resolver on 203.0.113.140",
    body=b06, fmt="text", lang="en", provider="DigitalOcean",
    src="https://github.com/StreisandEffect/streisand/issues/131")


# 7 --------------------------------------------- GCP crypto mining, suspension
def b07(D):
    return f"""Dear Developer,

We found that your Google Cloud project Simple Relay (id: simple-relay-48213), IP 203.0.113.66, is mining cryptocurrency. Mining is not allowed under the Supplemental Terms and Conditions for the Google Cloud for Startups Program, so every project resource that shows this behaviour has been suspended.

Details:

- Project: Simple Relay (id: simple-relay-48213)
- Source IP: 203.0.113.66
- Destination IP contacted: 198.51.100.208 (a public mining pool)
- Time: {iso(D(0))} 07:49 to {iso(D(0))} 08:32 (Pacific Time)

What you can do:

If you believe this is a mistake, or the activity was caused by someone who gained access to your project, file an appeal from the Google Cloud console. Make sure the project has not been compromised before you ask us to restore it, and read the program terms that apply to your account.

Sincerely,
The Google Cloud Platform Trust & Safety Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to your Google Cloud Platform account.
"""


msg(n=7, label="abuse", dl=None, dt=datetime(2027, 8, 9, 16, 54, 20, tzinfo=UTC),
    frm=("Google Cloud Compliance", "google-cloud-compliance@google.com"),
    to="founders@simple-relay.example",
    subject="[Action Required] Google Cloud project Simple Relay (id: simple-relay-48213) suspended for cryptocurrency mining",
    body=b07, fmt="both", lang="en", provider="Google Cloud",
    src="https://github.com/trailofbits/algo/issues/14159")


# 8 ------------------------------------------ GCP crypto mining, warning only
def b08(D):
    return f"""Dear Developer,

Our systems indicate that your Google Cloud project geo-hub (id: geo-hub-302117) may have been compromised and used to mine cryptocurrency.

We saw traffic from IP 198.51.100.87 and VM ID 5527019843316620417:us-central1-b to destination IP 203.0.113.34 on remote port 17055 between {iso(D(-1))} 11:12 and {iso(D(-1))} 11:15 (Pacific Time). The activity may still be going on.

Please check whether this activity was intended. Mining is often linked to stolen accounts and stolen payment details, so we ask for verification before anyone mines on our platform. If you do want to mine, and you have not yet applied for an invoiced billing account, apply here: support.google.com/cloud/contact/apply_for_invoiced_billing. More information is in the Cloud Security Help Center (support.google.com/cloud/answer/6262505).

If you think the project has been compromised, secure all of your instances, which may mean deleting and recreating them. Review who has access to the project, rotate credentials, and look for VMs you did not create.

Sincerely,
The Google Cloud Platform Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to your Google Cloud Platform account.
"""


msg(n=8, label="abuse", dl=None, dt=datetime(2027, 8, 10, 19, 3, 57, tzinfo=UTC),
    frm=("Google Cloud Platform", "CloudPlatform-noreply@google.com"),
    to="cloud-admins@geohub-research.example",
    subject="Action Required: Suspicious activity observed on Google Cloud project geo-hub (id: geo-hub-302117)",
    body=b08, fmt="both", lang="en", provider="Google Cloud",
    src="https://github.com/pangeo-data/pangeo-cloud-federation/issues/913")


# 9 ----------------------------------------- GCP suspension, fake traffic (zh)
def b09(D):
    return f"""您好：

概要
您的项目 Nightly Build (id: nightly-build-270519) 通过向网站发送自动生成的访问或查询来人为抬高网站流量。这种带有欺骗性、误导性的做法违反了 Google Cloud Platform 服务条款或可接受使用政策（包括您可能在使用的 Google API 的服务条款），因此该项目现已被暂停。

详细信息
受影响的项目：Nightly Build (id: nightly-build-270519)
说明：项目中的虚拟机 (203.0.113.19) 持续向第三方网站发送自动化请求，以制造虚假流量，项目因此被暂停。
检测时间：{zh(D(-1))} 21:40 至 {zh(D(0))} 02:15（美国太平洋时间）

后续步骤
请先检查项目是否已被他人入侵，并重新阅读适用的服务条款，以免今后再次出现违规。确认问题已解决后，请通过 Google Cloud 控制台提交申诉。

如果您不处理此问题、也不提交申诉，该项目可能会被删除。

此致
Google Cloud Platform 团队

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""


msg(n=9, label="abuse", dl=None, dt=datetime(2027, 8, 11, 2, 36, 9, tzinfo=UTC),
    frm=("Google Cloud Compliance", "google-cloud-compliance@google.com"),
    to="liwei@nightly-build.example",
    subject="您的 Google Cloud 项目 Nightly Build 已被暂停",
    body=b09, fmt="both", lang="zh", provider="Google Cloud",
    src="https://github.com/jinwyp/one_click_script/issues/27")


# 10 -------------------------------- GCP: all services restricted for abuse
def b10(D):
    return f"""Access to a service or feature has been restricted.

Google Cloud Platform
Resources in your account were used for activity that breaks Google's policies against abuse. Because of this, all Google Cloud Platform services for this account have been turned off.

Status: all services unavailable
Unavailable since: {us(D(-4))}
Account: k.oyelaran@patchwork-apps.example
Affected project: patchwork-prod (id: patchwork-prod-611930)

What you can do:

If you think this restriction was applied in error, submit an appeal from the Google Cloud console and describe how the account is used. Data stored in the suspended project may be affected while the restriction is in place, so act soon if you need to recover it.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""


msg(n=10, label="abuse", dl=None, dt=datetime(2027, 8, 12, 11, 58, 30, tzinfo=UTC),
    frm=("Google Cloud Compliance", "google-cloud-compliance@google.com"),
    to="k.oyelaran@patchwork-apps.example",
    subject="Your access to Google Cloud Platform has been restricted",
    body=b10, fmt="both", lang="en", provider="Google Cloud",
    src="https://github.com/GoogleCloudPlatform/nodejs-docs-samples/pull/4157")


# 11 ---------------------------------------------------- Vultr powered off
def b11(D):
    return """We have turned this server off because the abuse report against it
([3317] Abuse Report: relay-fra-02) is serious. Your account will stay locked
until we hear back from you.

------------------------
Ticket KQT-81WZP has been updated by the Accounts Team.
Regarding: 203.0.113.210 (relay-fra-02)

We powered the cloud server down because its CPU usage was high enough to
degrade other guests on the same host node.

If you think the instance was compromised, we suggest reinstalling it from
scratch. If you switch it back on without dealing with the activity, or the
activity starts again or gets worse, we will have to take stronger steps. Those
can include suspending or powering off the instance, suspending the whole
account, or closing the account for repeated violations of our Terms of Service.

For workloads that need the full CPU without limits, please look at Vultr Bare
Metal: https://www.vultr.com/products/bare-metal/

Thank you for your understanding.
--Vultr Trust & Safety--

To update or view this ticket, reply to this email or visit:
https://my.vultr.com/support/view_ticket/?TICKETID=KQT-81WZP
"""


msg(n=11, label="abuse", dl=None, dt=datetime(2027, 8, 13, 6, 14, 52, tzinfo=UTC),
    frm=("Vultr Support", "support@vultr.com"), to="ops@meshlane-vpn.example",
    subject="[Vultr] Ticket KQT-81WZP: Abuse Report: relay-fra-02 - server powered off",
    body=b11, fmt="text", lang="en", provider="Vultr",
    src="https://github.com/mysteriumnetwork/node/issues/3501")


# 12 ------------------------------------------------ Vultr T&S questionnaire
def b12(D):
    return """Ticket MZR-36TTQ has been updated by the Accounts Team.
Regarding: 192.0.2.141

Hello,

Before we can look at lifting the suspension we need more information about
this account. Please answer each question below in detail:

* What do you use our services for?
* Which software packages are running on the VPS?
* Is a company or website connected to this activity? If so, under which
  names and URLs does it operate?
* Does the activity in the abuse complaint resemble anything you have done?
  Do you know what caused it?
* If we remove the suspension, what will you do to make sure this does not
  happen again?

--Vultr Trust & Safety--

To update or check the status of this ticket, reply to this email or go to:
https://my.vultr.com/support/view_ticket/?TICKETID=MZR-36TTQ

Thank you for choosing Vultr.com
"""


msg(n=12, label="abuse", dl=None, dt=datetime(2027, 8, 14, 8, 2, 11, tzinfo=UTC),
    frm=("Vultr Support", "support@vultr.com"), to="chen.yue@paperlantern.example",
    subject="[Vultr] Ticket MZR-36TTQ: Additional information required (192.0.2.141)",
    body=b12, fmt="text", lang="en", provider="Vultr",
    src="https://github.com/Alvin9999/new-pac/issues/1053")


# 13 ------------------------------------------------ registrar: domain suspended
def b13(D):
    return f"""Porkbun
PO Box 364, Yardley, PA 19067
cleandns.com | reports@cleandns.email

Hello there,

This is to tell you that the domain below has been suspended because it breaks
the Porkbun Domain Name Registration Agreement.

## SUSPENDED DOMAINS

   * hopgate[.]dev

The reported URLs, any screenshots, and a link to the abuse report follow.

## REPORTED URLS

   * hXXp://hopgate[.]dev:41207/secure-login/index.php    1 screenshot

## WHY THE DOMAIN WAS SUSPENDED

The domain was reported for phishing a short time ago.
The screenshot shows a form that asks for sensitive information and that copies
the look of a large retail bank.
When the report was made the domain was 1,012 days old. Our review found that
the page was reachable at the moment of the report.

## WHAT HAPPENS NEXT

The domain will stay suspended. If you are not responsible for this content,
for example because visitors of a public service you run placed it there, reply
to this email and explain what you will do to keep it from happening again.

Full report: https://cleandns.com/reports/PB-{D(0).strftime('%Y%m%d')}-77314

Porkbun Abuse Team
"""


msg(n=13, label="abuse", dl=None, dt=datetime(2027, 8, 16, 21, 9, 45, tzinfo=UTC),
    frm=("Porkbun Abuse", "reports@cleandns.email"), to="maintainer@hopgate.example",
    subject="Domain suspended: hopgate.dev (phishing report)",
    body=b13, fmt="text", lang="en", provider="Porkbun",
    src="https://github.com/ekzhang/bore/issues/150")


# 14 ------------------------------------------- DigitalOcean droplet disconnected
def b14(D):
    return """Hello,

Your Droplet "campaign-tools" (198.51.100.52) has been disconnected from the
public network.

Our systems saw traffic from this Droplet that matches patterns we associate
with malicious use, such as unsolicited bulk email and denial-of-service
activity. To protect other users and the wider Internet we cut its network
connection. The Droplet is still running, and you can reach it through the
Recovery Console in the control panel.

What to do next:

1. Log in through the Recovery Console and find out what produced the traffic.
2. Remove or reconfigure the software responsible, or rebuild the Droplet from
   a clean image if you think it was compromised.
3. Reply to this ticket with what you found and what you changed. We will then
   review the Droplet and can restore network access.

If the traffic was part of an authorised test, tell us about the test and who
approved it.

Thank you,
DigitalOcean Trust & Safety
"""


msg(n=14, label="abuse", dl=None, dt=datetime(2027, 8, 17, 13, 25, 3, tzinfo=UTC),
    frm=("DigitalOcean Support", "support@support.digitalocean.com"),
    to="it@arcwell-training.example",
    subject="[DigitalOcean] Droplet campaign-tools disconnected from the network",
    body=b14, fmt="text", lang="en", provider="DigitalOcean",
    src="https://github.com/gophish/gophish/issues/1743")


# 15 ---------------------------------- AWS support case: account compromised
def b15(D):
    return """Amazon Web Services has opened case 182736451 on your behalf.

The details of the case are as follows:

Case ID: 182736451
Subject: Your AWS account 294417730615 is compromised
Severity: Urgent
Correspondence: Dear AWS Customer,

Your AWS account has been compromised. Please read this notice and act right
away to secure the account.

Your security matters to us. We have learned that the AWS access key
AKIA4EXAMPLE7QZ2WN6T (belonging to IAM user "ci-deployer") and its secret key
can be found on a public website:
https://github.com/orbitfold-dev/deploy-scripts/blob/3f9a1c2/env/prod.sh

Publishing credentials like this puts your account at risk, can cause large
charges from unauthorised use, and is against the AWS Customer Agreement.

To limit possible charges we have temporarily restricted your ability to create
some AWS resources. This does not make your account secure; it only slows down
unauthorised use.

What we ask you to do, in short:

* Get rid of the published key. Any application that still relies on it needs
  a new key first; switch it over, then delete the old one.
* Go through the account for anything you did not create yourself (IAM users,
  roles, keys, instances, functions) in all Regions, and remove it.
* Answer this case once that is done. We will then look at the account again
  and lift the restriction on creating resources.

Step-by-step guidance is available in the AWS Knowledge Center article on
unauthorised activity in an AWS account.

To see this case or reply to it, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=182736451

Sincerely,
Amazon Web Services
"""


msg(n=15, label="security-incident", dl=None, dt=datetime(2027, 8, 18, 9, 44, 17, tzinfo=UTC),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="aws-root@orbitfold.example",
    subject="Amazon Web Services Support: Your AWS account 294417730615 is compromised",
    body=b15, fmt="text", lang="en", provider="AWS",
    src="https://www.unixdaemon.net/cloud/aws-support-and-leaked-credentials/")


# 16 ------------------------------ AWS: possible compromise, runaway usage
def b16(D):
    return """Dear AWS Customer,

We are contacting you because your AWS account 870332154906 may have been
compromised. The usage on the account has risen sharply and is now running at
more than $10,000 per day, mostly from EC2 instances in Regions you have not
used before.

We have tried to reach you by phone at the number on the account but could not
get through. Please check that your contact details are up to date.

We also found an access key for this account, with the matching secret key, in
a public GitHub repository:
https://github.com/tnguyen-lab/render-farm/blob/main/config/aws.properties

What you need to do now:

1. Delete the exposed access key and any other keys you do not recognise.
2. Terminate instances and other resources you did not launch, in every Region.
3. Change the root password and turn on multi-factor authentication.
4. Reply to the support case we opened for you, and give us a phone number
   where we can reach you.

If we cannot reach you and the unauthorised usage continues, we may shut down
resources in the account to stop further charges. Once we have confirmed that
the account was compromised, we will review the charges with you.

Sincerely,
Amazon Web Services
"""


msg(n=16, label="security-incident", dl=None, dt=datetime(2027, 8, 19, 4, 7, 29, tzinfo=UTC),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="thanh@nguyen-render.example",
    subject="Your AWS account 870332154906 may be compromised - urgent action needed",
    body=b16, fmt="text", lang="en", provider="AWS",
    src="https://xingwu.me/2014/12/10/My-AWS-Account-Got-Compromised/")


# 17 ---------------------------- AWS Health: credentials exposed, quarantined
def b17(D):
    return f"""Hello,

An access key for your AWS account 647521390188 was found in a public location. AWS detected the exposure on {us(D(0))} at 23:08 UTC and attached the AWS managed policy AWSCompromisedKeyQuarantineV2 to the IAM user that owns the key.

Affected resources:

- IAM user: landing-s3-uploader
- Access key: AKIA4EXAMPLEJ3LQ8P0D
- Location found: https://github.com/openclimate-lab/hazard-model/blob/5e7f2a1/credentials.env

The quarantine policy blocks a set of actions that attackers commonly use, but it does not make the key safe. Anyone who copied it may still be able to call other APIs.

What you should do:

- Deactivate and then delete the exposed key; if an application needs access, give it a new key or, better, an IAM role.
- Remove the file from the repository and from its history.
- Review CloudTrail for calls made with this key since it was published, for example ListBuckets, ListUsers or GetCallerIdentity from unfamiliar IP addresses.
- Do not detach the quarantine policy until the key has been deleted.

This event is listed in your AWS Health Dashboard as AWS_RISK_CREDENTIALS_EXPOSED.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""


msg(n=17, label="security-incident", dl=None, dt=datetime(2027, 8, 20, 23, 21, 6, tzinfo=UTC),
    frm=("AWS Health", "health@aws.com"), to="platform@openclimate-lab.example",
    subject="[Action Required] Your AWS access key has been publicly exposed [AWS Account: 647521390188]",
    body=b17, fmt="both", lang="en", provider="AWS",
    src="https://github.com/os-climate/os_c_data_commons/issues/251")


# 18 --------------------------------------------- GitHub: compromised tokens
def b18(D):
    return """Hi mreyes-ops,

We are writing because we saw suspicious activity which suggests that an
attacker got into your GitHub organization through the account of a compromised
organization member or outside collaborator, and downloaded metadata about
private repositories.

We are notifying every user and organization we have identified as affected,
and we are revoking the credentials involved.

* What happened *

We do not think the attacker got these tokens by breaching GitHub or its
systems: GitHub does not store the tokens in a form that could be used directly.
The evidence so far points to compromised member or collaborator accounts being
used to access these organizations:

lumen-ci

The accounts linked to the compromised tokens are:

pdakota-dev

An example of the kind of repository metadata involved can be seen in the
sample API response here:
https://docs.github.com/en/rest/repos/repos#list-repositories-for-a-user

* What GitHub is doing *

We keep monitoring for further signs of suspicious activity and will contact
you again if we learn more. The tokens linked to the accounts above have been
revoked.

* What you can do *

Review the organization's audit log, check which members and collaborators
still need access, and ask the people named above to review their account
security and any tools that store their tokens.

Thanks,
The GitHub Security team
"""


msg(n=18, label="security-incident", dl=None, dt=datetime(2027, 8, 21, 17, 38, 50, tzinfo=UTC),
    frm=("GitHub", "noreply@github.com"), to="mreyes@lumen-ci.example",
    subject="Important information about your GitHub organization lumen-ci",
    body=b18, fmt="text", lang="en", provider="GitHub",
    src="https://github.com/knative/community/pull/1223")


# 19 -------------------------------------- Heroku: forced password reset
def b19(D):
    return f"""Hello,

As our earlier message explained, Heroku is resetting user account passwords, starting today, {us(D(0))}. This is part of our response to the recent security incident. We suggest that you reset your own password now, before we do it for you, and that you follow these rules:

- At least 16 characters
- At least 3 of the 4 character types: uppercase, lowercase, digits, symbols

If you do not reset it yourself and we reset it today, your current password will stop working. To sign in afterwards, open the Heroku login page, click "Forgot your password?" and follow the steps in the email you receive.

Thank you for your patience,
The Heroku Team
"""


msg(n=19, label="security-incident", dl=None, dt=datetime(2027, 8, 23, 15, 2, 36, tzinfo=UTC),
    frm=("Heroku", "noreply@heroku.com"), to="maintainers@threatmap-tool.example",
    subject="Heroku user account password reset begins today",
    body=b19, fmt="both", lang="en", provider="Heroku",
    src="https://github.com/OWASP/threat-dragon/issues/431")


# 20 ---------------------------------- mixhost: malicious files found (JA)
def b20(D):
    return f"""株式会社ハルニレ企画
ご担当者様

いつもmixhostをご利用いただき、ありがとうございます。
mixhost サポートです。

お客様のアカウント（サーバーID: mx72h8k31）内で、当社のセキュリティ
ソフトが不正なファイルを検出しました。第三者による改ざんや、不正な
プログラムの設置が行われている可能性がございます。

■ 検出日時
{jaw(D(0))} 04:12

■ 検出されたファイル
/home/harunire/public_html/wp-content/uploads/2027/07/cache.php
/home/harunire/public_html/wp-includes/css/class-wp-pages.php

■ ご対応いただきたいこと
1. 検出されたファイルだけでなく、アカウント内のすべてのファイルに
   見覚えのないものや改ざんがないかご確認ください。
2. WordPress本体・テーマ・プラグインを最新版に更新し、管理者パスワード
   とFTPパスワードを変更してください。
3. ご対応が済みましたら、本メールへの返信で対応内容をお知らせください。
4. ご自身での対応が難しい場合は、アカウントの初期化をご検討ください。

なお、不正なファイルの調査・駆除は当社サポートの対象外となります。
ご対応いただけない状態が続く場合、ほかのお客様や第三者への影響を
防ぐため、サービスの一部を制限させていただくことがございます。

ご不便をおかけいたしますが、何卒よろしくお願いいたします。

────────────────────
mixhost サポート
https://mixhost.jp/
────────────────────
"""


msg(n=20, label="security-incident", dl=None, dt=datetime(2027, 8, 24, 10, 31, 0, tzinfo=JST),
    frm=("mixhost サポート", "support@mixhost.jp"), to="web@harunire-kikaku.example",
    subject="【重要・要返信】不正なファイルの検出に関するご確認とご対応のお願い",
    body=b20, fmt="text", lang="ja", provider="mixhost",
    src="https://help.mixhost.jp/hc/ja/articles/4824423862297")


# 21 ------------------------------------------ AWS RDS CA rotation (JA)
def b21(D):
    return f"""いつもお世話になっております。

お客様の AWS アカウントの AP-NORTHEAST-1 リージョンに、{ja(D(311))} に有効期限が切れる SSL/TLS 証明書を使っている Amazon RDS または Amazon Aurora のデータベースインスタンスが 1 つ以上あるため、このご案内をお送りしています。

本メールは、SSL/TLS の CA 証明書の期限切れについての再度のお知らせです。すでに対応を終えているのにこのメールが届いた場合は、2019 CA を使う新しいインスタンスを作成された可能性があります。{ja(D(101))} 以降に CA を明示せずに作成したインスタンスは rds-ca-rsa2048-g1 を使い、それまでは 2019 CA が既定のままです。アカウント単位で既定の CA を変更する方法は、modify-certificates API のドキュメント [1] をご参照ください。

アプリケーションが SSL/TLS でこれらのインスタンスに接続している場合、既存インスタンスへの接続が失敗しないよう、{ja(D(311))} までに対応いただく必要があります。現在 SSL を使っていない場合でも、サーバー証明書の期限切れの影響を受けることがあるため、CA の更新をお勧めします。

認証局 (CA) は期限付きの証明書を発行し、クライアントは情報をやり取りする前にその証明書でデータベースインスタンスを確認します。業界のベストプラクティスに沿って、AWS は CA を定期的に更新しています。更新の大まかな流れは次のとおりです。

1. アプリケーション側を先に更新してください。トラストストアを使うクライアントには、新しい CA 証明書を追加します。証明書のダウンロードは [2]、トラストストア更新の詳しい手順は [3] にあります。
2. 次に、対象のすべてのインスタンスの証明書を、新しく発行された CA のいずれかに切り替えてください。アルゴリズムが変わらない rds-ca-rsa2048-g1 を既定でお勧めします。そのほかの CA は新しい鍵アルゴリズムを使うため、クライアント設定の互換性を追加で確認する必要があります。

対象リソースの一覧は、AWS Health Dashboard の「影響を受けるリソース」タブで確認できます。

[1] https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyCertificates.html
[2] https://docs.aws.amazon.com/ja_jp/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL.html
[3] https://docs.aws.amazon.com/ja_jp/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html

Amazon Web Services, Inc.
"""


msg(n=21, label="action-required", dl=311, dt=datetime(2027, 8, 2, 10, 0, 12, tzinfo=JST),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="sre@hoshizora-events.example",
    subject="[要対応] Amazon RDS SSL/TLS 証明書の更新について [AWS Account: 301955824476] [AP-NORTHEAST-1]",
    body=b21, fmt="text", lang="ja", provider="AWS",
    src="https://github.com/cloudnativedaysjp/dreamkast/issues/2067")


# 22 ------------------------------------- AWS RDS CA rotation, 2019 style
def b22(D):
    return f"""Hello,

Please take action before {us(D(14))} to avoid an interruption of applications that use your RDS and Aurora database instances.

A Certificate Authority (CA) issues certificates with a fixed lifetime. Your database client software checks these certificates to confirm the identity of an RDS instance before it exchanges any data with it. In line with industry practice, AWS renews the CA and issues new certificates on a regular schedule so that connections stay protected. The current CA expires on {us(D(140))}, which means existing RDS instances with certificates from it need to be updated.

You are getting this message because you have one or more Amazon RDS database instances in the AP-NORTHEAST-1, AP-NORTHEAST-2, AP-SOUTHEAST-1 or AP-SOUTHEAST-2 Regions. If your applications connect to them over Secure Sockets Layer (SSL) or Transport Layer Security (TLS), follow the step-by-step instructions at the link below. If you do not complete the update, those applications will not be able to connect over SSL/TLS after {us(D(140))}.

https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html

We suggest trying the steps in a development or staging environment first, before you change production.

If you have questions, contact AWS Support.

Sincerely,
Amazon Web Services
"""


msg(n=22, label="action-required", dl=14, dt=datetime(2027, 8, 3, 18, 40, 2, tzinfo=UTC),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="devops@relaybox-mail.example",
    subject=lambda D: f"Action required: update your Amazon RDS SSL/TLS certificates by {us(D(14))}",
    body=b22, fmt="text", lang="en", provider="AWS",
    src="https://github.com/getferdi/server/issues/6")


# 23 ---------------------------------------------- AWS RDS PostgreSQL EOL
def b23(D):
    return f"""Hello,

*NOTE*: This notice does not apply to Amazon Aurora clusters.

Amazon RDS is beginning the end-of-life (EOL) process for PostgreSQL major version 9.6, because the PostgreSQL community plans to stop supporting 9.6 on {us(D(288))} [1].

You are receiving this message because you have one or more PostgreSQL 9.6 instances in the us-east-1 Region.

Impacted PostgreSQL databases:
ledger-prod-primary
ledger-prod-replica-1
reports-staging
archive-import-tmp

Many customers see their busiest database load late in the year, so to avoid disrupting them, Amazon RDS for PostgreSQL 9.6 reaches end of life on {us(D(356))} at 00:00:01 AM UTC. You can keep running 9.6 between the community EOL ({us(D(288))}) and the RDS EOL ({us(D(356))}), but during that period the databases will not receive security patches.

We strongly recommend upgrading to a newer major version well before the RDS end-of-life date. Instances that are still on 9.6 after that date will be upgraded automatically during a maintenance window, which can cause downtime that you do not control. Details on upgrading are in the RDS documentation [2].

[1] https://www.postgresql.org/support/versioning/
[2] https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.PostgreSQL.html

Sincerely,
Amazon Web Services
"""


msg(n=23, label="action-required", dl=356, dt=datetime(2027, 8, 5, 20, 37, 44, tzinfo=UTC),
    frm=("Amazon Web Services, Inc.", "no-reply-aws@amazon.com"), to="aws-ops@lanternhill-library.example",
    subject=lambda D: f"Amazon RDS for PostgreSQL 9.6 End-of-Life date is {us(D(356))} [AWS Account: 619205573381]",
    body=b23, fmt="text", lang="en", provider="AWS",
    src="https://github.com/LibraryOfCongress/concordia/issues/1328")


# 24 ------------------------------------------ AWS Lambda Node.js 12 EOS
def b24(D):
    return f"""Hello,

We are writing because your AWS account has one or more Lambda functions that use the Node.js 12 runtime.

Support for Node.js 12 in AWS Lambda is ending. This follows the end of life of Node.js 12 itself, which was reached on {us(D(-157))} [1].

Under the Lambda runtime support policy [2], support for a language runtime ends in two stages. Starting {us(D(41))}, Lambda will stop applying security patches and other updates to the Node.js 12 runtime, functions that use it will no longer be eligible for technical support, and you will not be able to create new functions with it. Starting {us(D(71))}, you will also not be able to update existing Node.js 12 functions.

We recommend upgrading your Node.js 12 functions to Node.js 16 before {us(D(41))}.

End of support does not stop your functions from running. They will keep working, but on a runtime that the AWS Lambda team no longer maintains or patches.

To list the functions in one Region that use Node.js 12, you can run the following AWS CLI [3] command. Repeat it for every Region to cover the whole account:

aws lambda list-functions --function-version ALL --region us-east-1 --output text --query "Functions[?Runtime=='nodejs12.x'].FunctionArn"

This notice covers functions whose $LATEST version uses Node.js 12.

If you have questions, contact AWS Support [4].

[1] https://github.com/nodejs/Release
[2] https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html
[3] https://aws.amazon.com/cli/
[4] https://aws.amazon.com/support

Sincerely,
Amazon Web Services
"""


msg(n=24, label="action-required", dl=41, dt=datetime(2027, 8, 6, 16, 5, 31, tzinfo=UTC),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="infra@stitchworks-academy.example",
    subject="AWS Lambda: end of support for the Node.js 12 runtime [AWS Account: 459120387765]",
    body=b24, fmt="text", lang="en", provider="AWS",
    src="https://github.com/carpentries/amy/issues/2235")


# 25 --------------------------------------- AWS Lambda Node.js v4.3, 2018 style
def b25(D):
    return f"""Hello,

Your AWS account has one or more Lambda functions configured with the Node.js v4.3 runtime. The Node Foundation declared Node.js v4 end-of-life on {us(D(-11))}, so this version no longer gets bug fixes, security updates or performance work from the Node Foundation.

Under the AWS Lambda runtime support policy [1], runtimes whose supplier has ended support are deprecated in Lambda. Invocations of functions that use Node.js v4.3 will keep working normally. However:

- From {us(D(81))}, you will no longer be able to create new Lambda functions with the Node.js v4.3 runtime.
- From {us(D(173))}, you will no longer be able to update the code of existing functions that use Node.js v4.3.

We strongly encourage you to move all of these functions to a newer Node.js version (v6.10 or v8.10) so that they keep receiving the security, performance and feature improvements that newer releases bring.

[1] https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html

Sincerely,
Amazon Web Services
"""


msg(n=25, label="action-required", dl=173, dt=datetime(2027, 8, 9, 7, 50, 18, tzinfo=UTC),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="platform@cedarrack.example",
    subject="AWS Lambda Node.js v4.3 runtime deprecation [AWS Account: 553017748219]",
    body=b25, fmt="text", lang="en", provider="AWS",
    src="https://github.com/convox/rack/issues/2661")


# 26 ---------------------------- AWS Lambda custom runtime on Amazon Linux 1
def b26(D):
    return f"""Hello,

We are contacting you because your AWS account has one or more Lambda functions that use the custom runtime based on Amazon Linux 1 ('provided').

Lambda is ending support for this runtime, in line with the end of maintenance support for the Amazon Linux AMI on {us(D(126))} [1].

As the Lambda runtime support policy [2] describes, support ends in two stages. Starting {us(D(126))}, Lambda will stop applying security patches and other updates to the Amazon Linux 1 custom runtime, functions using it will no longer be eligible for technical support, and you will not be able to create new functions with it. Starting {us(D(156))}, you will not be able to update existing functions that use it.

We recommend moving these functions to the custom runtime based on Amazon Linux 2 ('provided.al2') before {us(D(126))}.

End of support does not affect function execution. The functions will keep running, on a runtime that the AWS Lambda team no longer maintains or patches.

This notification covers the $LATEST version of each affected function. The affected functions are listed in the 'Affected resources' tab of your AWS Health Dashboard.

[1] https://aws.amazon.com/amazon-linux-ami/faqs/
[2] https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html

Sincerely,
Amazon Web Services
"""


msg(n=26, label="action-required", dl=126, dt=datetime(2027, 8, 10, 12, 19, 7, tzinfo=UTC),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="cloud@fernbridge-analytics.example",
    subject="AWS Lambda end of support for the Amazon Linux 1 custom runtime [AWS Account: 704218856630]",
    body=b26, fmt="text", lang="en", provider="AWS",
    src="https://github.com/aws/aws-cdk/pull/26904")


# 27 ------------------------------------------- AWS EKS end of standard support
def b27(D):
    return f"""Hello,

[AWS Health may send reminder notifications about this communication while resources remain unresolved.]

Standard support for Kubernetes version 1.33 in Amazon EKS ends on {us(D(180))}. From that date, Amazon EKS clusters on 1.33 whose Kubernetes version policy is set to extended will move into extended support. Version 1.33 stays in extended support until {us(D(545))}. After {us(D(545))}, 1.33 is no longer supported on Amazon EKS and every cluster still running it will be updated automatically to Kubernetes 1.34.

You are receiving this message because you have at least one Amazon EKS cluster running Kubernetes 1.33. If you have already deleted or upgraded those clusters, you can ignore this message.

Your affected resources are listed on the 'Affected resources' tab of your AWS Health Dashboard.

While in extended support, clusters keep receiving security patches for the Kubernetes control plane. Amazon EKS also releases critical patches for the Amazon VPC CNI, kube-proxy and CoreDNS add-ons, EKS optimized AMIs for Amazon Linux and Bottlerocket, and EKS Fargate nodes. Clusters in extended support are charged an additional hourly fee per cluster.

We recommend upgrading to a version in standard support before {us(D(180))}. See the Amazon EKS documentation on updating a cluster for the steps and for the changes between versions.

If you have questions or concerns, please contact AWS Support.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""


msg(n=27, label="action-required", dl=180, dt=datetime(2027, 8, 11, 22, 48, 13, tzinfo=UTC),
    frm=("AWS Health", "health@aws.com"), to="k8s-admins@registrylink.example",
    subject="[Action Required] Amazon EKS Kubernetes 1.33 end of standard support [AWS Account: 814402273955] [US-EAST-1]",
    body=b27, fmt="both", lang="en", provider="AWS",
    src="https://github.com/CredentialEngine/CredentialRegistry/issues/982")


# 28 ------------------------------------------- AWS Batch AL2 deprecation
def b28(D):
    return f"""Hello,

[AWS Health may send reminder notifications about this communication while resources remain unresolved.]

You are receiving this message because you have at least one AWS Batch ECS compute environment that uses Amazon Linux 2 [1]. You can ignore it if you only use unmanaged AWS Batch compute environments, AWS Batch on Fargate, AWS Batch on EKS, or compute environments with your own AMIs, or if you have already moved to the Batch-provided ECS optimized Amazon Linux 2023 AMIs.

Effective {us(D(113))}, AWS Batch will no longer let you create new ECS compute environments that use Batch-provided Amazon Linux 2 AMIs [2]. The date matches the end of support for the ECS Amazon Linux 2 optimized and accelerated AMIs. Existing compute environments keep running, but after that date they will not get software updates, security patches or bug fixes from AWS.

Since {us(D(-56))}, AWS Batch has used Amazon Linux 2023 by default for new ECS compute environments. After {us(D(113))}, new ECS compute environments can only use Amazon Linux 2023 or customer-provided AMIs.

We strongly recommend moving your compute environments to Amazon Linux 2023 before {us(D(113))}. The affected compute environments are listed in the 'Affected resources' tab of your AWS Health Dashboard.

[1] https://docs.aws.amazon.com/batch/latest/userguide/compute_resource_AMIs.html
[2] https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html

Sincerely,
Amazon Web Services
"""


msg(n=28, label="action-required", dl=113, dt=datetime(2027, 8, 12, 17, 33, 58, tzinfo=UTC),
    frm=("AWS Health", "health@aws.com"), to="hpc-team@tundrasat.example",
    subject=lambda D: f"[Action required] AWS Batch ECS AL2 Deprecation starting {us(D(113))} [AWS Account: 230948771265] [US-WEST-2]",
    body=b28, fmt="both", lang="en", provider="AWS",
    src="https://github.com/ASFHyP3/hyp3/issues/3039")


# 29 ------------------------------------- AWS root MFA for member accounts
def b29(D):
    return f"""Hello,

Beginning {us(D(17))}, AWS will require multi-factor authentication (MFA) when the root user of a member account in your AWS organization signs in to the AWS Management Console. MFA adds a second layer of protection to the account and costs nothing extra.

We recommend that you manage the root user credentials of your member accounts centrally through AWS Organizations [1]. With centralized root access you can remove the root credentials from member accounts altogether, and the MFA requirement will then not apply to them. When a privileged task needs root access, it can be carried out from the management account for a short session.

If you keep root credentials in member accounts, register an MFA device for each of those root users before {us(D(17))} so that the people who use them can still sign in.

[1] https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management

Sincerely,
Amazon Web Services
"""


msg(n=29, label="action-required", dl=17, dt=datetime(2027, 8, 13, 14, 0, 27, tzinfo=UTC),
    frm=("AWS Health", "health@aws.com"), to="cloud-governance@ferrymoor.example",
    subject="[Action Required] Root user MFA will be required for member accounts in your AWS organization",
    body=b29, fmt="both", lang="en", provider="AWS",
    src="https://github.com/ministryofjustice/modernisation-platform/issues/9502")


# 30 ----------------------------------------------- GCP Go 1.11 deprecation
def b30(D):
    return f"""Hello,

We are writing to let you know that the Go 1.11 runtime on Cloud Functions will be deprecated on {us(D(20))}. Our records show that you used this runtime in the last six months, so this change may affect you.

What you need to do:

To avoid disruptions and security risks, update your functions to the Go 1.13 runtime, which is generally available. Deploying a function again with --runtime go113 is enough in most cases; see https://cloud.google.com/functions/docs/concepts/go-runtime for details.

Projects that used Go 1.11 in the last six months:

- webhook-gateway (id: webhook-gateway-20831)
- slack-relay (id: slack-relay-77120)

Thanks for choosing Google Cloud Functions.

- The Google Cloud Functions Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to your Google Cloud Platform account.
"""


msg(n=30, label="action-required", dl=20, dt=datetime(2027, 8, 16, 17, 12, 40, tzinfo=UTC),
    frm=("Google Cloud Platform", "CloudPlatform-noreply@google.com"), to="dev@caseyfield.example",
    subject=lambda D: f"[Action Required] Go 1.11 runtime on Cloud Functions will be deprecated on {us(D(20))}",
    body=b30, fmt="both", lang="en", provider="Google Cloud",
    src="https://github.com/hashicorp/terraform-provider-google/pull/6804")


# 31 ----------------------------------------- GCP Container Registry phase-out
def b31(D):
    return f"""Container Registry will be phased out starting {us(D(364))}. Please review the options below for moving your projects to Artifact Registry.

Hello Amara,

We are letting you know that Container Registry will begin to be phased out on {us(D(364))} and that Artifact Registry, which adds a number of new capabilities, replaces it.

What do you need to know?

From {us(D(364))}, only some projects will still be allowed to host images in Container Registry, namely projects where:

- the Container Registry API was enabled before {us(D(364))}, and
- images have been pushed to Container Registry.

For every other project, images will be hosted in Artifact Registry automatically once the phase-out begins, and Container Registry will not be an option. Container Registry is in maintenance mode and only receives critical legal or security fixes.

After you move to Artifact Registry you can store images in:

- standard Artifact Registry repositories on the pkg.dev domain, in any supported region, which can lower latency and egress costs for runtimes such as GKE;
- repositories with gcr.io domain support, which keep existing automation working.

What do you need to do?

Plan the move before {us(D(364))}. The transition guide explains how to copy images and update your build and deployment tooling: https://cloud.google.com/artifact-registry/docs/transition/transition-from-gcr

Projects that currently use Container Registry:

- crawler-pipeline (id: crawler-pipeline-418302)

Thanks for choosing Google Cloud.

- The Google Cloud Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""


msg(n=31, label="action-required", dl=364, dt=datetime(2027, 8, 17, 20, 26, 3, tzinfo=UTC),
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"), to="amara.osei@privlab-research.example",
    subject=lambda D: f"[Action Required] Upgrade to Artifact Registry from Container Registry before {us(D(364))}",
    body=b31, fmt="both", lang="en", provider="Google Cloud",
    src="https://github.com/privacy-tech-lab/gpc-web-crawler/issues/44")


# 32 ------------------------------------------ GCP Container Registry shutdown
def b32(D):
    return f"""Upgrade to Artifact Registry before {eu(D(18))}

Container Registry has been deprecated. After {eu(D(18))}, Container Registry will be shut down. To make sure the gcr.io URLs in this project keep working, a project administrator can upgrade the project to Artifact Registry with this command:

gcloud artifacts docker upgrade migrate --projects=openfields-web-551907

The command makes gcr.io URLs keep working through Artifact Registry. You can run it on projects that are in use; it does not cause downtime.

To learn how the automatic migration from Container Registry to Artifact Registry works, see: https://cloud.google.com/artifact-registry/docs/transition/auto-migrate-gcr-ar

To learn more about the shutdown itself, see "Prepare for Container Registry shutdown" in the Container Registry documentation.

Project: openfields-web (id: openfields-web-551907)

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to your Google Cloud account.
"""


msg(n=32, label="action-required", dl=18, dt=datetime(2027, 8, 18, 9, 55, 21, tzinfo=UTC),
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"), to="tech@openfields-foundation.example",
    subject=lambda D: f"Upgrade to Artifact Registry before {eu(D(18))}",
    body=b32, fmt="both", lang="en", provider="Google Cloud",
    src="https://github.com/okfn/website/issues/1131")


# 33 --------------------------------------- Azure classic storage metrics
def b33(D):
    return f"""You're receiving this email because you use classic metrics in Azure Storage.

Because Azure Monitor now offers complete, consolidated monitoring for Azure resources, classic metrics in Azure Storage will be retired on {eu(D(1))}, and you'll need to move to metrics in Azure Monitor.

Besides the classic metrics you already use, metrics in Azure Monitor give you:

- New metrics and dimensions for more detailed monitoring.
- In-depth analysis in Azure Monitor Logs.
- Native integration with other monitoring solutions.

Recommended action:

To keep monitoring your Storage resources, move to metrics in Azure Monitor by {eu(D(1))}: https://learn.microsoft.com/azure/storage/common/storage-metrics-migration

Subscriptions that may be affected:

- RSH Development
- Prod4 Management

Help and support: if you have questions, get answers from community experts in Microsoft Q&A. If you have a support plan and need technical help, create a support request.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""


msg(n=33, label="action-required", dl=1, dt=datetime(2027, 8, 19, 15, 30, 9, tzinfo=UTC),
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"), to="rsh-ops@turingbridge-institute.example",
    subject=lambda D: f"Action required: transition to metrics in Azure Monitor by {eu(D(1))}",
    body=b33, fmt="both", lang="en", provider="Azure",
    src="https://github.com/alan-turing-institute/data-safe-haven/issues/1697")


# 34 ------------------------------------ Azure Application Gateway TLS 1.2
def b34(D):
    return f"""Update Azure Application Gateway to TLS 1.2 or later before {eu(D(95))}

You're receiving this notification because you're associated with one or more Azure subscriptions that use Azure Application Gateway.

To follow security best practices, all connections to Application Gateway will have to use Transport Layer Security (TLS) 1.2 or later from {eu(D(95))}, when support for TLS 1.0 and 1.1 ends.

If your frontend or backend connections still use an older version, you may need to change your TLS policy, make sure your backends support TLS 1.2, or do both before {eu(D(95))}. TLS 1.2 and later add better protection, such as perfect forward secrecy and stronger cipher suites.

If every frontend and backend connection already uses TLS 1.2 or later, you don't need to do anything.

Required action:

To avoid service disruption, you may need to take one or both of these steps before {eu(D(95))}:

- Frontend connections: switch the TLS policy to the predefined AppGwSslPolicy20220101S or AppGwSslPolicy20220101, or configure a custom policy whose minimum version is TLS 1.2. No action is needed if you use the CustomV2 policy.
- Backend connections: make sure the servers in your backend pools accept TLS 1.2 so that the gateway can still reach them.

Help and support: if you have questions, get answers from community experts in Microsoft Q&A. If you have a support plan and need technical help, create a support request.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""


msg(n=34, label="action-required", dl=95, dt=datetime(2027, 8, 20, 8, 42, 55, tzinfo=UTC),
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"), to="cloudteam@greenmetric-it.example",
    subject=lambda D: f"Update Azure Application Gateway to TLS 1.2 or later before {eu(D(95))}",
    body=b34, fmt="both", lang="en", provider="Azure",
    src="https://github.com/teamg4it/g4it/issues/169")


# 35 --------------------------------------------- Heroku free plans ending
def b35(D):
    return f"""Dear Customer,

From {us(D(44))}, free Heroku Dynos, free Heroku Postgres and free Heroku Data for Redis will no longer be offered.

If any of your apps use these resources, you need to move them to paid plans by that date so that the apps keep running and you keep your data. Free dynos and free data add-ons that are still in use after that date will be shut down, and their data may not be recoverable.

Your account has the following apps on free plans:

- party-sketch-demo (free dyno, Heroku Postgres mini)
- party-sketch-docs (free dyno)

For instructions on upgrading and answers to other questions, see the FAQ: https://help.heroku.com/RSBRUH58/removal-of-heroku-free-product-plans-faq

Thank you,
The Heroku Team
"""


msg(n=35, label="action-required", dl=44, dt=datetime(2027, 8, 23, 19, 14, 2, tzinfo=UTC),
    frm=("Heroku", "noreply@heroku.com"), to="jun.park@sketchparty.example",
    subject="Action required: Heroku free plans are being discontinued",
    body=b35, fmt="both", lang="en", provider="Heroku",
    src="https://github.com/jbakse/p5.party/issues/69")


# 36 ------------------------------------------- Heroku-16 stack end-of-life
def b36(D):
    return f"""Your Heroku account has one or more apps on the Heroku-16 stack, which reaches end-of-life on {us(D(53))}.

What do I need to do?
Please move your Heroku-16 apps to a newer stack by following the Dev Center guide: https://devcenter.heroku.com/articles/upgrading-to-the-latest-stack

What happens to apps that are not upgraded?
From {us(D(6))}: so that everyone notices the end-of-life warnings, the first deploy of the week for a Heroku-16 app will fail. Later deploys in the same week work as usual and the apps keep running. These reminder failures will become more frequent as the end-of-life date gets closer, as described in the changelog.

From {us(D(53))}: Heroku-16 is end-of-life. Existing Heroku-16 apps keep running, but they no longer get security updates and run at your own risk.

From {us(D(84))}: Heroku-16 apps can no longer be built. Everything else keeps working and the apps keep running.

Which of my apps use Heroku-16?
The account dev@harborpath.example has these personal and/or team apps on Heroku-16:

harborpath-frontend

Note: the list may include apps that have not been built recently.

Thanks,
The Heroku Team
"""


msg(n=36, label="action-required", dl=53, dt=datetime(2027, 8, 24, 1, 7, 44, tzinfo=UTC),
    frm=("Heroku", "noreply@heroku.com"), to="dev@harborpath.example",
    subject=lambda D: f"Heroku-16 stack end-of-life on {us(D(53))}: apps need to be upgraded",
    body=b36, fmt="both", lang="en", provider="Heroku",
    src="https://github.com/pg-irc/pathways-backend/issues/614")


# 37 --------------------------------------------- Heroku Postgres 14 EOL
def b37(D):
    return f"""Your database ORANGE on staging-speaker-list runs Postgres 14, a deprecated version that reaches end-of-life on {iso(D(183))} (https://devcenter.heroku.com/articles/heroku-postgres-version-support).

To keep the best performance, security and features, we recommend upgrading to the latest Postgres version. Running a supported version is necessary for the integrity and reliability of your service.

If you have not upgraded the database by {iso(D(152))}, we will upgrade it to Postgres 17 for you. See "Upgrading the Version of a Heroku Postgres Database" for the steps (https://devcenter.heroku.com/articles/upgrading-heroku-postgres-databases), or open a support ticket if you have questions.

App: staging-speaker-list
Database: ORANGE (postgresql-triangular-40217)
Plan: Essential-0

The Heroku Data Team
"""


msg(n=37, label="action-required", dl=152, dt=datetime(2027, 8, 25, 10, 1, 0, tzinfo=UTC),
    frm=("Heroku", "noreply@heroku.com"), to="team@speakerlist-berlin.example",
    subject="Your Heroku Postgres database ORANGE needs a version upgrade",
    body=b37, fmt="both", lang="en", provider="Heroku",
    src="https://github.com/rubymonsters/speakerinnen_liste/issues/1510")


# 38 ---------------------------------------------------- GitHub 2FA required
def b38(D):
    return f"""Hey quietpine-dev!

As we announced last year, GitHub is now starting to require at least one form of two-factor authentication (2FA) for users who contribute code on GitHub.com. Your account meets the criteria, so it will need to be enrolled in 2FA by {us(D(45))} at 00:00 (UTC).

We think securing the software supply chain starts with the developer. GitHub sits at the centre of that supply chain, and requiring 2FA is part of a platform-wide effort to improve account security. Developer accounts are frequent targets of social engineering and account takeover, and protecting them is the first and most important step in protecting everyone who depends on open source.

This email starts your 45-day enrollment period. You will get more reminders by email and on the site during those 45 days. When the period ends, your access to GitHub.com will be limited until you enroll.

A few things worth knowing:

- Enrollment is mandatory. If your account is not enrolled by {us(D(45))} at 00:00 (UTC), your use of GitHub.com will be restricted until you enroll.
- You can set up 2FA now, at any time, in your account security settings: https://github.com/settings/security

Thanks for helping keep the ecosystem safe,
The GitHub Team
"""


msg(n=38, label="action-required", dl=45, dt=datetime(2027, 8, 26, 16, 45, 11, tzinfo=UTC),
    frm=("GitHub", "noreply@github.com"), to="quietpine@mapforge.example",
    subject=lambda D: f"[GitHub] Two-factor authentication is required by {us(D(45))}",
    body=b38, fmt="text", lang="en", provider="GitHub",
    src="https://github.com/yairm210/Unciv/issues/10058")


# 39 ----------------------------------- phishing imitating Sakura Internet (JA)
def b39(D):
    return """お客様各位

お客様のアカウント情報の確認手続きが完了していないため、本メールをお送りしております。

下記のリンクからコントロールパネルにログインし、ご登録情報の確認を完了してください。
確認が行われない場合、サーバーおよびメールのご利用を一時的に制限させていただくことがございます。

▼ アカウント確認はこちら
https://secure-cp.sakura-account-verify.example/login?id=8841230

ご不便をおかけいたしますが、ご協力をお願い申し上げます。

さくらインターネット株式会社
カスタマーサポート
"""


msg(n=39, label="action-required", dl=None, phish=True,
    dt=datetime(2027, 8, 27, 3, 12, 49, tzinfo=JST),
    frm=("Support", "support@sakura.ne.jp"), to="info@kobayashi-dental.example",
    subject="IMPORTANT NOTIFICATION - アカウント確認のお願い",
    body=b39, fmt="text", lang="ja", provider="Sakura Internet (impersonated)",
    src="https://help.sakura.ad.jp/hc/ja/articles/360000156542")


# 40 --------------------------------------- AWS Lambda Python 3.9 EOS
def b40(D):
    return f"""Hello,

[AWS Health may send reminder notifications about this communication while resources remain unresolved.]

We are contacting you because your AWS account has one or more AWS Lambda functions that use the Python 3.9 runtime.

Support for Python 3.9 in Lambda ends on {us(D(153))}. This follows the end of life of Python 3.9, scheduled for {us(D(107))} [1]. End of support does not stop your functions; they keep running, but on a runtime that the AWS Lambda team no longer maintains or patches.

As described in the Lambda runtime support policy [2], support ends in several stages:

- From {us(D(153))}, Lambda stops applying security patches and other updates to the Python 3.9 runtime, and functions that use it are no longer eligible for technical support. Python 3.9 also disappears from the AWS Console, although you can still create and update such functions with AWS CloudFormation, the AWS CLI, AWS SAM or other tools.
- From {us(D(184))}, you can no longer create new Lambda functions with the Python 3.9 runtime.
- At a later stage you will also no longer be able to update existing Python 3.9 functions.

We recommend upgrading these functions to the latest available Python runtime before {us(D(153))}. The affected functions are listed on the 'Affected resources' tab of your AWS Health Dashboard.

[1] https://devguide.python.org/versions/
[2] https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html

Sincerely,
Amazon Web Services
"""


msg(n=40, label="action-required", dl=153, dt=datetime(2027, 8, 30, 11, 26, 37, tzinfo=UTC),
    frm=("AWS Health", "health@aws.com"), to="data-platform@dataloom-commons.example",
    subject="[Action Required] AWS Lambda end of support for Python 3.9 [AWS Account: 348851029743] [EU-WEST-2]",
    body=b40, fmt="both", lang="en", provider="AWS",
    src="https://github.com/data-dot-all/dataall/issues/1842")


# 41 ------------------------------- EC2 retirement, instance-store root volume
def b41(D):
    return f"""Dear Amazon EC2 Customer,

We have important news about your account (AWS Account ID: 811063925574). EC2 has detected degradation of the hardware that hosts your Amazon EC2 instance (instance-ID: i-0c51a8e7f2b39d406) in the us-east-1 region. Because of this, the instance may already be unreachable. After {iso(D(14))} 21:00 UTC, your instance, whose root device is an instance store volume, will be terminated.

You can see more information about your instances that are scheduled for retirement in the AWS Management Console (https://console.aws.amazon.com/ec2/v2/home?region=us-east-1#Events)

* How does this affect you?
Because the root device is an instance store volume, the instance will be terminated on the retirement date. Instance store volumes are physically attached to the host computer, so all data on them is lost when the instance is terminated and cannot be recovered. Depending on the kind of hardware problem, you may still be able to connect to the instance and copy data off its instance store volumes. If a disk has failed, that data cannot be recovered.

* What do you need to do?
You may still be able to reach the instance. We recommend launching a replacement instance from your latest AMI and moving all needed data to it before the retirement date. You can terminate the old instance yourself at any time.

If you have questions, contact AWS Support.

Sincerely,
Amazon Web Services
"""


msg(n=41, label="maintenance", dl=14, dt=datetime(2027, 8, 3, 21, 2, 33, tzinfo=UTC),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="devops@foundry-learning.example",
    subject="[Retirement Notification] Amazon EC2 Instance scheduled for retirement.",
    body=b41, fmt="text", lang="en", provider="AWS",
    src="https://github.com/MozillaFoundation/mofo-devops/issues/356")


# 42 --------------------------------------- EC2 retirement, EBS-backed stop
def b42(D):
    return f"""Hello,

EC2 has detected degradation of the hardware that hosts your Amazon EC2 instance (instance-ID: i-0e2f94b71c08a35d2) associated with your AWS account (AWS Account ID: 428603719924) in the us-west-2 region. The instance may already be unreachable because of this. We will stop your instance after {iso(D(14))} 05:00 UTC. Please take appropriate action before that time.

The affected instance is listed below:

i-0e2f94b71c08a35d2 (demo-ssh-gateway)

You can find more information about retirement events scheduled for your EC2 instances in the AWS Management Console: https://console.aws.amazon.com/ec2/v2/home?region=us-west-2#Events

* What will happen to my instance?
The instance will be stopped after the retirement date. You can start it again at any time after that. Data on local instance-store volumes is lost when the instance is stopped or terminated.

* What do I need to do?
We recommend that you stop and start the instance yourself, which moves it to healthy hardware. Data on local instance-store volumes is not kept when you stop and start. For details on stopping and starting, and on what happens to public, private and Elastic IP addresses, see "Stop and start your instance" in the EC2 User Guide. If you no longer need the instance, you can stop or terminate it at any time.

Sincerely,
Amazon Web Services
"""


msg(n=42, label="maintenance", dl=14, dt=datetime(2027, 8, 6, 5, 18, 40, tzinfo=UTC),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="admins@oauthgate-demo.example",
    subject="[Retirement Notification] Amazon EC2 Instance scheduled for retirement [AWS Account: 428603719924]",
    body=b42, fmt="text", lang="en", provider="AWS",
    src="https://github.com/XSEDE/oauth-ssh/issues/62")


# 43 ------------------------------------------ Athena engine auto-upgrade
def b43(D):
    return f"""Hello,

The automatic upgrade of Athena workgroups to engine version 3 will begin in 60 days, on {us(D(60))}, in the EU-WEST-2 Region. Before a workgroup is upgraded we run a set of validation tests to confirm that its queries run correctly and efficiently on engine version 3.

Because this validation is best effort, we recommend that you also test for yourself, following these practices so that all queries keep working as expected:

- Create a test workgroup that uses engine version 3 and run your most important queries in it.
- Review the breaking changes listed in the engine version 3 documentation and adjust queries that use affected functions.
- If you are not ready, set the workgroup's engine version manually; workgroups with a manually selected version are not upgraded automatically.

The affected workgroups are listed in the 'Affected resources' tab of your AWS Health Dashboard.

Engine version 3 documentation: https://docs.aws.amazon.com/athena/latest/ug/engine-versions-reference-0003.html

Sincerely,
Amazon Web Services
"""


msg(n=43, label="maintenance", dl=60, dt=datetime(2027, 8, 9, 13, 40, 16, tzinfo=UTC),
    frm=("AWS Health", "health@aws.com"), to="analytics-platform@courtsdata.example",
    subject="Amazon Athena engine version auto-upgrade [AWS Account: 390174562218] [EU-WEST-2]",
    body=b43, fmt="both", lang="en", provider="AWS",
    src="https://github.com/ministryofjustice/modernisation-platform/issues/3069")


# 44 --------------------------------------- DigitalOcean hypervisor upgrade
def b44(D):
    return f"""Hello!

We are writing to let you know that we will carry out a planned software upgrade on the hypervisor that your Droplets run on.

Expected impact:

During the upgrade your Droplets will lose network connectivity for about 2 to 5 minutes. They stay powered on the whole time; only the network connection drops. As always, we will do our best to keep the interruption as short as possible.

Scheduled window for this maintenance:

Maintenance start: {iso(D(7))} 05:00 UTC
Maintenance end:   {iso(D(7))} 12:00 UTC

Thank you,
DigitalOcean

Affected Droplets:
ci-build-centos7-64-1
ci-build-ubuntu2204-64-1
ci-build-ubuntu2404-64-1
ci-release-centos7-64-1
ci-test-fedora40-x64-1
perf-bench-01
"""


msg(n=44, label="maintenance", dl=7, dt=datetime(2027, 8, 10, 22, 6, 55, tzinfo=UTC),
    frm=("DigitalOcean", "support@support.digitalocean.com"), to="build-infra@nodeworks-ci.example",
    subject="[DigitalOcean] Scheduled maintenance: hypervisor software upgrade",
    body=b44, fmt="text", lang="en", provider="DigitalOcean",
    src="https://github.com/nodejs/build/issues/178")


# 45 --------------------------------- DigitalOcean AMS3 power maintenance
def b45(D):
    return f"""Start: {iso(D(7))} 19:00 UTC
End: {iso(D(8))} 04:00 UTC

Hello,

During the window above, our engineering team will work on redundant upstream electrical systems in our AMS3 region to make them more reliable.

Expected impact:

We do not expect any downtime, because the hypervisors have redundant power feeds. In the very unlikely case that both feeds are lost, the Droplets listed below could be unavailable for a short time. We will work to keep any such interruption to a minimum for the duration of the change.

If you have questions about this maintenance, please open a ticket from your Cloud Support page at https://cloudsupport.digitalocean.com/s/createticket.

Thank you,
Team DigitalOcean

Affected Droplets:
test-ams3-fedora40-x64-1
"""


msg(n=45, label="maintenance", dl=7, dt=datetime(2027, 8, 12, 9, 27, 31, tzinfo=UTC),
    frm=("DigitalOcean", "support@support.digitalocean.com"), to="infra@opentestfarm.example",
    subject="[DigitalOcean] Scheduled maintenance in AMS3: upstream power systems",
    body=b45, fmt="text", lang="en", provider="DigitalOcean",
    src="https://github.com/nodejs/build/issues/2958")


# 46 ------------------------------------------------- Linode reboot window
def b46(D):
    return f"""Hello,

The Linodes below have now been given a maintenance window during which a reboot will take place. These times may still change because of the work described in our earlier updates, and we will tell you if they do.

Your reboot schedule (UTC):

{iso(D(2))} 5:00:00 AM UTC - hexfield-forum
{iso(D(2))} 5:00:00 AM UTC - botserver-ga-us

Please plan for the affected services to be unavailable while the reboot takes place. You can follow the schedule in the Linode Manager and in this ticket.

Regards,
Linode Support
"""


msg(n=46, label="maintenance", dl=2, dt=datetime(2027, 8, 16, 19, 51, 8, tzinfo=UTC),
    frm=("Linode Support", "support@linode.com"), to="admins@hexfield-games.example",
    subject="Linode Support Ticket 21907644 - Scheduled maintenance: reboot window assigned",
    body=b46, fmt="text", lang="en", provider="Linode",
    src="https://github.com/triplea-game/triplea/issues/2844")


# 47 -------------------------------------- Azure planned VM maintenance
def b47(D):
    return f"""Node maintenance may affect one or more of your virtual machines in West US

You're receiving this notice because you currently use Azure Virtual Machines.

You've been identified as a customer with virtual machines in West US who may see connection failures and higher network latency when reaching some virtual machines hosted in that region.

Because of failing hardware, planned maintenance is scheduled from {eu(D(16))} 23:10 UTC until {eu(D(17))} 23:10 UTC. To reduce the risk to your service, and in case the hardware fails before the system-initiated migration takes place, we recommend that you redeploy your virtual machines before {eu(D(16))} 23:10 UTC.

During this maintenance window, IaaS virtual machines will be moved to newer network hardware. Expect each virtual machine to be unavailable for up to 15 minutes once its maintenance starts. Operating system and data disks are kept, but temporary disks are reset.

Your affected virtual machines are listed in the Account Information section of this message.

For more control over when your virtual machines are affected, redeploy them yourself with the Azure portal or PowerShell, following the steps at https://learn.microsoft.com/azure/virtual-machines/redeploy-to-new-node-windows

Account Information
Subscription: Dnceng-Build-Prod (7f2d5c1e-0b9a-4e63-8d4f-2a61c93be850)
Virtual machines: build-westus-agent-014, build-westus-agent-022

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""


msg(n=47, label="maintenance", dl=16, dt=datetime(2027, 8, 19, 2, 15, 47, tzinfo=UTC),
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"), to="eng-services@buildgrid-labs.example",
    subject="Action required: Planned maintenance for Azure will impact virtual machines in West US",
    body=b47, fmt="both", lang="en", provider="Azure",
    src="https://github.com/dotnet/dnceng/issues/4907")


# 48 ---------------------------------- ADS hosting mail server swap (JA)
def b48(D):
    return f"""お客様各位

平素より弊社ホスティングサービスをご利用いただき、誠にありがとうございます。

ホスティングサービス用メールサーバーの機器入れ替えを、下記の日程で実施いたします。
作業中は、メール関連サービスを一時的にご利用いただけなくなります。

お客様にはご迷惑をおかけいたしますが、何卒ご理解とご協力を賜りますよう
お願い申し上げます。

【作業内容】
メールサーバー機器の交換

【作業予定日時】
{jaw(D(7))} 午前0時30分から10分間程度
※ 予期しない事態が起きた場合は、作業時間が延びることがございます。
※ 入れ替えができない場合は作業を中止し、改めて日程をご案内いたします。

【影響範囲】
作業中は、次のサービスをご利用いただけません。
・弊社提供のメールアドレスでのメール送受信（他社アドレスへの転送を含む）
・メール管理画面の閲覧
・ウェブメールの閲覧

【作業中に届くメールについて】
作業中にお客様宛てに送られたメールは、通常は送信元のメールサーバーが
時間をおいて再送いたしますので、受信が遅れることはあっても失われる
ことはございません。ただし、送信元サーバーの設定によっては再送の期間が
短く、エラーとして送信者に戻る場合がございます。

ご不明な点は、弊社サポート担当までお問い合わせください。

以上、よろしくお願い申し上げます。

株式会社エーディーエス ホスティングサポート
"""


msg(n=48, label="maintenance", dl=7, dt=datetime(2027, 8, 23, 15, 0, 0, tzinfo=JST),
    frm=("ADS ホスティングサポート", "support@ad-sys.jp"), to="soumu@takamine-shoji.example",
    subject="[告知] メールサービスの一時停止について（メールサーバー機器入れ替え）",
    body=b48, fmt="text", lang="ja", provider="ADS (Japanese hosting)",
    src="http://www.ad-sys.jp/hosting/archives/207")


# 49 ----------------------------------------- Hetzner energy price increase
def b49(D):
    return f"""Dear Client,

Since late last year our suppliers have raised energy prices sharply. This affects people and businesses all over the world, and because prices are unlikely to fall or settle soon, we have to raise the prices of many of our products by around 10 %. We also have to make a substantial increase to the electricity and air-conditioning rate for our colocation products.

The new prices apply to new orders from {eu(D(17))}. From that date you will find them on our website at https://www.hetzner.com. For products that we set up and brought online for you before {eu(D(17))}, the new prices apply from {eu(D(139))}.

This means that existing products keep their current prices until {eu(D(138))}.

To be transparent and to help you plan ahead, we are telling existing clients about the change now. At the start of the fourth quarter we will write to you again with the details for your products.

Even after the change, we are convinced that our products remain very good value.

Kind regards

Your Hetzner Online Team

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
www.hetzner.com
"""


msg(n=49, label="pricing", dl=139, dt=datetime(2027, 8, 5, 11, 0, 0, tzinfo=CEST),
    frm=("Hetzner Online", "info@hetzner.com"), to="billing@moonpeak-studio.example",
    subject="Hetzner: upcoming price adjustment",
    body=b49, fmt="text", lang="en", provider="Hetzner",
    src="https://github.com/ChrisNZL/Tallowmere2/issues/1062")


# 50 -------------------------------------------- AWS public IPv4 charge
def b50(D):
    return f"""Hello,

On {us(D(-117))}, we announced [1] a new charge for public IPv4 addresses, which takes effect on {us(D(71))}. From that date, every public IPv4 address in your account is billed at $0.005 per IP per hour, whether or not it is attached to a service.

You can see how many public IPv4 addresses you use in the AWS Cost and Usage Report. To monitor, analyze and audit your use of public IPv4 addresses, use Public IP Insights [2].

Our blog post on identifying and optimizing public IPv4 address usage on AWS [3] explains how to reduce the number of addresses you need, for example by moving traffic to IPv6 or behind shared load balancers.

For full pricing details, see the Amazon VPC pricing page [4].

If you have questions, please contact AWS Support [5].

[1] https://aws.amazon.com/blogs/aws/new-aws-public-ipv4-address-charge-public-ip-insights/
[2] https://docs.aws.amazon.com/vpc/latest/ipam/view-public-ip-insights.html
[3] https://aws.amazon.com/blogs/networking-and-content-delivery/identify-and-optimize-public-ipv4-address-usage-on-aws/
[4] https://aws.amazon.com/vpc/pricing/
[5] https://aws.amazon.com/support

Sincerely,
Amazon Web Services
"""


msg(n=50, label="pricing", dl=71, dt=datetime(2027, 8, 11, 18, 23, 45, tzinfo=UTC),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="finops@hubspring-cloud.example",
    subject="New charge for public IPv4 addresses [AWS Account: 746302985117]",
    body=b50, fmt="text", lang="en", provider="AWS",
    src="https://github.com/2i2c-org/infrastructure/issues/3448")


# 51 --------------------------------------- GCP Cloud Storage pricing change
def b51(D):
    return f"""Hello,

We're writing to let you know about changes to Google Cloud infrastructure pricing that take effect on {us(D(199))} and that apply to Cloud Storage resources in your projects.

What's changing:

- Data replication in multi-region Cloud Storage buckets will be charged per GiB written.
- Network egress between buckets and services in the same multi-region, which is free today, will be charged at the general network rates.
- Some storage classes and operation prices will be adjusted at the same time; the new rates are listed on the pricing announcement page.

What you need to know:

The changes affect buckets in multi-region locations most. If your workloads read data from multi-region buckets, for example container images pulled from Container Registry, consider regional buckets or a regional Artifact Registry repository in the region where the data is used.

Full details: https://cloud.google.com/storage/pricing-announce

Projects with multi-region buckets:

- ci-cache-gpu (id: ci-cache-gpu-904317)

Thanks for choosing Google Cloud.

- The Google Cloud Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to your Google Cloud account.
"""


msg(n=51, label="pricing", dl=199, dt=datetime(2027, 8, 24, 16, 9, 58, tzinfo=UTC),
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"), to="ci-admins@arrayforge.example",
    subject=lambda D: f"Google Cloud Storage pricing changes effective {us(D(199))}",
    body=b51, fmt="both", lang="en", provider="Google Cloud",
    src="https://github.com/cupy/cupy/issues/6561")


# 52 ------------------------------------------ GCP free trial ending (zh)
def b52(D):
    return f"""还剩 7 天。

您的 Google Cloud 免费试用期将在 7 天后（{zh(D(7))}）结束。建议您现在就升级账号并启用自动结算，以免试用期结束后无法继续使用相关服务。

升级账号后，免费试用的配额限制也将一并取消。如果您不升级，试用期结束后您的 Google Cloud 服务将被暂停。

结算账号：我的结算账号 (01A7C3-5D92E0-BB4F18)
相关项目：xxnet-gae-0417

立即升级：https://console.cloud.google.com/billing/upgrade

Google Cloud 团队

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""


msg(n=52, label="billing", dl=7, dt=datetime(2027, 8, 13, 23, 41, 5, tzinfo=UTC),
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"), to="wangfang@lanmu-net.example",
    subject="需要执行操作：请花点时间升级您的账号（将于 7 天后到期）",
    body=b52, fmt="both", lang="zh", provider="Google Cloud",
    src="https://github.com/XX-net/XX-Net/issues/13498")


# 53 ------------------------------------ Sakura payment deadlines (JA)
def b53(D):
    return f"""お客様各位

さくらインターネット株式会社

平素よりさくらインターネットをご利用いただき、誠にありがとうございます。

弊社休業期間中のご利用料金のお支払いについてご案内いたします。
{mdw(D(17))}から{mdw(D(23))}まで弊社は休業となり、この期間にお支払い
いただいた分は、{mdw(D(24))}以降に順次確認いたします。

そのため、下記のとおりサービスの継続や更新に影響が出る場合がございます。
ご不便をおかけいたしますが、何卒ご了承ください。

                    <記>

【1】対象：{mdw(D(3))}～{mdw(D(5))}に新規でお申し込みいただいた
      「さくらのレンタルサーバ」各プラン
      ※お支払い方法に「銀行振込」または「請求書払い」をご指定の場合のみ

  請求書に記載の支払期限内であっても、サービスが一時停止となる場合が
  ございます。お試し期間の終了後も続けてご利用になる場合は、
  【{mdw(D(16))}】までにお支払いください。

【2】対象：有効期限が{ja(D(19))}のJPドメイン
      ※更新のご請求に対して、まだお支払いいただいていないお客様のみ

  有効期限内にお支払いいただいた場合でも、ドメインを更新できないことが
  ございます。更新をご希望の場合は【{mdw(D(8))}】までにお支払いください。

■本件に関するお問い合わせ
 メールアドレス：support@sakura.ad.jp

                                  以上
"""


msg(n=53, label="billing", dl=8, dt=datetime(2027, 8, 10, 14, 30, 0, tzinfo=JST),
    frm=("さくらインターネット", "support@sakura.ad.jp"), to="keiri@mizusawa-design.example",
    subject="【さくらインターネット】休業期間中のお支払いと各種手続き期限について",
    body=b53, fmt="text", lang="ja", provider="Sakura Internet",
    src="https://www.sakura.ad.jp/information/announcements/2011/12/12/598/")


# 54 --------------------------------- Google Workspace pooled storage limit
def b54(D):
    return f"""Google Workspace

You've exceeded the pooled storage limit for your account refugeetalent.example

Hello,

Your organization has gone over its pooled storage limit, and the account is now in a 14-day grace period. During the grace period, the storage limit for your Google Workspace account is raised to 25% above the storage you were entitled to when you went over the limit.

When the grace period ends on {us(D(14))}, the account will become read-only. It will also become read-only earlier if usage goes beyond the extra 25%.

While the account is read-only, users will not be able to add or change content in services that count against pooled storage, such as Gmail and Google Drive.

To avoid this, do one of the following before {us(D(14))}:

- buy additional storage or move to an edition with more pooled storage, or
- reduce the storage used in your organization.

Manage storage: https://admin.google.com/ac/storage

The Google Workspace Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to your Google Workspace account.
"""


msg(n=54, label="billing", dl=14, dt=datetime(2027, 8, 18, 20, 57, 59, tzinfo=PDT),
    frm=("The Google Workspace Team", "workspace-noreply@google.com"),
    to="jcameron@refugeetalent.example",
    subject="Pooled storage limit exceeded",
    body=b54, fmt="both", lang="en", provider="Google Workspace",
    src="https://github.com/Talent-Catalog/talentcatalog/issues/1978")


# 55 --------------------- real SNS confirmation abused as fake renewal charge
def b55(D):
    return """You have chosen to subscribe to the topic:
arn:aws:sns:us-east-2:551870294326:Congratulations-your-Audible-Gold-membership-was-renewed-for-2-more-years-490-USD-charged-today-to-cancel-or-request-refund-call-billing-desk-at-828-555-0147-member-only-deals

To confirm this subscription, click or visit the link below (If this was in error no action is necessary):
Confirm subscription: https://sns.us-east-2.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:us-east-2:551870294326:Congratulations-your-Audible-Gold-membership&Token=2336412f37fb687f5d51e6e2425c464de2b3a1a6e0f8c1b7

Please do not reply directly to this email. If you wish to remove yourself from receiving all future SNS subscription confirmation requests please send an email to sns-opt-out
"""


msg(n=55, label="billing", dl=None, phish=True,
    dt=datetime(2027, 8, 26, 12, 44, 20, tzinfo=UTC),
    frm=("AWS Notifications", "no-reply@sns.amazonaws.com"), to="accounts@plainbrook-clinic.example",
    subject="AWS Notification - Subscription Confirmation",
    body=b55, fmt="text", lang="en", provider="AWS (abused to carry a fake renewal charge)",
    src="https://support.bostonmit.com/portal/en/community/topic/when-the-phishing-email-is-actually-from-amazon-aws-sns-abuse-in-the-wild")


# 56 --------------------------------------- S3 buckets open to the public
def b56(D):
    return f"""Hello,

We are writing to let you know that your AWS account 582019664730 has one or more Amazon S3 buckets that allow read or write access to any user on the Internet. By default, only the account owner can access the contents of an S3 bucket, but buckets can be configured to allow public access.

Unless you have a specific reason for this configuration, such as hosting a public website, we recommend updating these buckets to restrict public access. Public buckets can be read by anyone and their contents may be indexed by search engines.

Buckets in your account that allowed access to anyone on the Internet as of {us(D(-24))}:

planningalerts-static-assets (read)
theyvoted-exports (read)
morph-import-scratch (read, write)

If these buckets are meant to be public, no action is needed. Otherwise, change their bucket policies and access control lists so that only the people and services that need the data can reach it. The Amazon S3 documentation on access control explains the options.

Sincerely,
Amazon Web Services
"""


msg(n=56, label="security-advisory", dl=None, dt=datetime(2027, 8, 17, 6, 11, 24, tzinfo=UTC),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="servers@civicwatch-au.example",
    subject="Securing Amazon S3 buckets in your AWS account 582019664730",
    body=b56, fmt="text", lang="en", provider="AWS",
    src="https://github.com/openaustralia/infrastructure/issues/140")


# 57 ------------------------------------------ GKE kernel CVE bulletin
def b57(D):
    return f"""Hello Google Kubernetes Engine Customer,

A vulnerability has recently been found in the Linux kernel, described in CVE-2020-14386, that can let a container escape and gain root privileges on the host node. It is rated High severity. Every Google Kubernetes Engine (GKE) node is affected, and we recommend upgrading to the latest patch version as soon as possible, as described below.

What should I do?

Because of the severity, we recommend that you upgrade your nodes manually as soon as you can, whether or not node auto-upgrade is enabled.

To mitigate the vulnerability, upgrade your control plane first and then your nodes to one of these patched versions:

- 1.14.10-gke.50 (1.14 is at the end of its support lifecycle, so we recommend moving to 1.15 if you can)
- 1.15.12-gke.20
- 1.16.13-gke.401
- 1.17.9-gke.1504
- 1.18.6-gke.3504

Check the related security bulletin for updates: https://cloud.google.com/kubernetes-engine/docs/security-bulletins

Our records show GKE clusters in these projects:

- hub-prod-2027 (hub-prod-2027)
- course-sandbox (course-sandbox-771402)
- Probability Lab (bright-heron-183022)

Need more information or help?

If you have questions or need assistance, please contact Google Cloud Support.

Thank you,
The Google Kubernetes Engine Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to your Google Cloud Platform account.
"""


msg(n=57, label="security-advisory", dl=None, dt=datetime(2027, 8, 25, 19, 32, 14, tzinfo=UTC),
    frm=("Google Cloud Platform", "CloudPlatform-noreply@google.com"), to="datahub-ops@westbay-university.example",
    subject="[Action Advised] Security bulletin: Linux kernel vulnerability CVE-2020-14386 affects GKE nodes",
    body=b57, fmt="both", lang="en", provider="Google Cloud",
    src="https://github.com/berkeley-dsep-infra/datahub/issues/1837")


# 58 ---------------------------------- GitHub terms and privacy update
def b58(D):
    return f"""Hi greta-lind,

We are updating the GitHub Terms of Service, Privacy Statement, Corporate Terms of Service and Enterprise Subscription Agreement.

The changes mainly clarify and align the language across these documents on two topics:

- how we give notice of changes to our policies, and
- when GitHub may access content in private repositories.

We are also adding an example to the Acceptable Use Policies about prohibited uses of GitHub users' information.

You can read the proposed changes and leave comments in the site-policy repository: https://github.com/github/site-policy

The updates take effect after a 30-day notice and comment period, on {us(D(32))} at 5 pm PT. If you keep using GitHub after that date, the updated terms apply to you.

Thanks,
The GitHub Team
"""


msg(n=58, label="informational", dl=None, dt=datetime(2027, 8, 27, 20, 3, 41, tzinfo=UTC),
    frm=("GitHub", "noreply@github.com"), to="greta@lindhaven.example",
    subject="[GitHub] Updates to our Terms of Service and Privacy Statement",
    body=b58, fmt="text", lang="en", provider="GitHub",
    src="https://github.com/github/site-policy/pull/314")


# 59 ---------------------------------- AWS Health e-mail delivery change
def b59(D):
    return f"""Hello,

Starting {us(D(173))}, emails about AWS Health events will be delivered through the AWS User Notifications service. You do not have to change anything to keep receiving them.

What changes:

- Health event emails will come from a new sender address, health@aws.com, and will be sent as HTML instead of plain text.
- AWS User Notifications removes duplicate emails within an AWS organization on a best-effort basis and gives you a console to manage which notifications you subscribe to.
- If you use inbox rules or filters for AWS Health emails, check that they still work with the new sender and format.

You can switch to the new experience early in the AWS User Notifications console: https://console.aws.amazon.com/notifications/home?region=us-east-1#/managed-notifications

Sincerely,
Amazon Web Services
"""


msg(n=59, label="informational", dl=None, dt=datetime(2027, 8, 31, 12, 15, 0, tzinfo=UTC),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="aws-notices@selerity-trade.example",
    subject="Upcoming change to how AWS Health emails are delivered",
    body=b59, fmt="text", lang="en", provider="AWS",
    src="https://github.com/hashicorp/terraform-provider-aws/issues/40292")


# 60 -------------------------------------------- KAGOYA terms revision (JA)
def b60(D):
    return f"""KAGOYA 会員各位

平素より当社サービスをご利用いただき、誠にありがとうございます。

{ja(D(0))}付で、「KAGOYA 専用サーバー FLEX」の利用規約の一部を改訂いたしました。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■KAGOYA 専用サーバー FLEX 利用規約
https://www.kagoya.jp/terms/flex.html

主な改訂内容は次のとおりです。

第9条（料金改定）
改訂前：料金を改定する場合、利用者には書面で通知する。
改訂後：料金を改定する場合、第30条（通知方法）に定める方法で通知する。
        （料金改定ができる場合の条件そのものに変更はございません）

第21条（利用者の名称等の変更）3. 前項(3)の理由による場合
改訂前：サーバー変更（アカウント変更）の手数料 10,500円
改訂後：サーバー変更（アカウント変更）の手数料 10,000円（税抜）
        （金額の表記を税抜に改めたもので、初期費用の免除は従来どおりです）
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

お手続きは不要です。ご理解とご了承のほど、よろしくお願い申し上げます。

KAGOYA サポートセンター
"""


msg(n=60, label="informational", dl=None, dt=datetime(2027, 8, 30, 17, 0, 0, tzinfo=JST),
    frm=("KAGOYA", "info@kagoya.jp"), to="sysadmin@ootori-trading.example",
    subject="【重要】「KAGOYA 専用サーバー FLEX」利用規約改訂のお知らせ",
    body=b60, fmt="text", lang="ja", provider="KAGOYA",
    src="https://www.kagoya.jp/news/201312263538/")


# ====================================================================== build
import textwrap
import zlib

NON_WRAP = re.compile(r"(=>|^\s|  |^aws |^gcloud |^arn:|^#)")


MARKER = re.compile(r"^([-*] |\d+\. )")


def _joinable(prev, nxt, indent):
    """Is `nxt` a continuation of the paragraph (or list item) ending in `prev`?"""
    if not nxt.strip() or len(prev) < 50:
        return False
    if indent:
        return (nxt.startswith(indent) and not nxt[len(indent)].isspace()
                and not MARKER.match(nxt[len(indent):]))
    return not (NON_WRAP.search(nxt) or MARKER.match(nxt) or "://" in nxt)


def wrap_plain(text, lang):
    """Hard-wrap long English lines at 76 columns, reflowing the rest of the
    paragraph so no orphan words are left (tables, commands and CJK kept)."""
    if lang in ("ja", "zh"):
        return text
    src = text.split("\n")
    out, i = [], 0
    while i < len(src):
        line = src[i]
        if len(line) <= 78 or NON_WRAP.search(line):
            out.append(line)
            i += 1
            continue
        mk = MARKER.match(line)
        indent = " " * len(mk.group(1)) if mk else ""
        para = [line]
        i += 1
        while i < len(src) and _joinable(para[-1], src[i], indent):
            para.append(src[i].strip() if indent else src[i])
            i += 1
        out.append(textwrap.fill(" ".join(para), width=76, subsequent_indent=indent,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def enc_header(name, value):
    cs = "us-ascii" if is_ascii(value) else "utf-8"
    h = Header(value, cs, maxlinelen=78, header_name=name)
    return f"{name}: " + h.encode(linesep="\n")


def enc_addr(name, addr):
    if is_ascii(name):
        return email.utils.formataddr((name, addr))
    return email.utils.formataddr((name, addr), charset="utf-8")


def enc_part(ctype, text, lang):
    data = text.encode("utf-8")
    if is_ascii(text):
        cte, payload = "7bit", text
    elif lang in ("ja", "zh"):
        cte, payload = "base64", base64.encodebytes(data).decode("ascii")
    else:
        cte, payload = "quoted-printable", quopri.encodestring(data).decode("ascii")
    if not payload.endswith("\n"):
        payload += "\n"
    head = f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n"
    return head, payload


def build_one(m):
    D = Day(m["dt"])
    subject = m["subject"](D) if callable(m["subject"]) else m["subject"]
    body = m["body"](D)
    text = wrap_plain(body, m["lang"])
    dl = None if m["dl"] is None else D(m["dl"])
    m["_subject"], m["_deadline"], m["_text"] = subject, dl, text
    sender_domain = m["frm"][1].split("@", 1)[1]
    crc = zlib.crc32(f"{m['n']}|{subject}".encode("utf-8")) & 0xFFFFFFFF
    msgid = f"<{m['dt'].strftime('%Y%m%d%H%M%S')}.{m['n']:02d}.{crc:08x}@{sender_domain}>"
    hdr = [
        f"Date: {email.utils.format_datetime(m['dt'])}",
        "From: " + enc_addr(*m["frm"]),
        f"To: {m['to']}",
        enc_header("Subject", subject),
        f"Message-ID: {msgid}",
        "MIME-Version: 1.0",
    ]
    if m["fmt"] == "text":
        ph, pp = enc_part("text/plain", text, m["lang"])
        hdr.append(ph.rstrip("\n"))
        tail = pp
    else:
        boundary = f"=_set-g_{m['n']:02d}_alternative"
        hdr.append(f'Content-Type: multipart/alternative; boundary="{boundary}"; charset=utf-8')
        th, tp = enc_part("text/plain", text, m["lang"])
        hh, hp = enc_part("text/html", to_html(body, subject), m["lang"])
        tail = (f"This is a multi-part message in MIME format.\n\n--{boundary}\n{th}\n{tp}"
                f"\n--{boundary}\n{hh}\n{hp}\n--{boundary}--\n")
    hdr.append(f"X-Training-Label: {m['label']}")
    hdr.append(f"X-Training-Deadline: {dl.isoformat() if dl else 'none'}")
    if m.get("phish"):
        hdr.append("X-Training-Phishing: yes")
    raw = "\n".join(hdr) + "\n\n" + tail
    utc = m["dt"].astimezone(timezone.utc)
    from_line = f"From {m['frm'][1]} {utc.strftime('%a %b %d %H:%M:%S %Y')}"
    lines = [(">" + l if l.startswith("From ") else l) for l in raw.split("\n")]
    return from_line + "\n" + "\n".join(lines).rstrip("\n") + "\n"


def build():
    MSGS.sort(key=lambda m: m["n"])
    return "".join(build_one(m) + "\n" for m in MSGS)


# ================================================================= validation
FROM_LINE = re.compile(r"^From (\S+@\S+) (Mon|Tue|Wed|Thu|Fri|Sat|Sun) "
                       r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                       r"(\d{2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$")
DEADLINE = re.compile(r"^(none|\d{4}-\d{2}-\d{2})$")


def split_mbox(data):
    msgs, cur, prev_blank = [], None, True
    for line in data.split("\n"):
        if line.startswith("From ") and prev_blank:
            if cur is not None:
                msgs.append(cur)
            cur = [line]
        elif cur is not None:
            cur.append(line)
        prev_blank = (line == "")
    if cur is not None:
        msgs.append(cur)
    return msgs


def text_parts(msg):
    if msg.is_multipart():
        return [p for p in msg.walk() if not p.is_multipart()]
    return [msg]


def validate(path):
    errs = []
    raw = open(path, "rb").read()
    if b"\r" in raw:
        errs.append("file contains CR characters")
    try:
        data = raw.decode("ascii")
    except UnicodeDecodeError:
        errs.append("file is not pure ASCII (non-ASCII must be encoded)")
        data = raw.decode("utf-8", "replace")
    if not data.endswith("\n\n"):
        errs.append("file must end with a blank line after the last message")
    blocks = split_mbox(data)
    if len(blocks) != len(MSGS):
        errs.append(f"expected {len(MSGS)} messages, found {len(blocks)}")
    ids = set()
    seen = []
    for i, block in enumerate(blocks, 1):
        where = f"message {i}"
        m = FROM_LINE.match(block[0])
        if not m:
            errs.append(f"{where}: bad From_ line {block[0]!r}")
            continue
        if block[-1] != "":
            errs.append(f"{where}: not followed by a blank line")
        body_lines = block[1:-1]
        for l in body_lines:
            if l.startswith("From "):
                errs.append(f"{where}: unescaped 'From ' line")
            if len(l) > 998:
                errs.append(f"{where}: line longer than 998 characters")
        text = "\n".join((l[1:] if l.startswith(">From ") else l) for l in body_lines) + "\n"
        head_text = text.split("\n\n", 1)[0]
        for hl in head_text.split("\n"):
            if not is_ascii(hl):
                errs.append(f"{where}: raw non-ASCII header line")
        msg = email.message_from_string(text, policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version",
                  "Content-Type", "X-Training-Label", "X-Training-Deadline"):
            vals = msg.get_all(h) or []
            if len(vals) != 1:
                errs.append(f"{where}: header {h} present {len(vals)} times")
        if errs and errs[-1].startswith(where + ": header"):
            continue
        if msg["MIME-Version"] != "1.0":
            errs.append(f"{where}: MIME-Version is not 1.0")
        dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if (dt.year, dt.month) != (2027, 8):
            errs.append(f"{where}: Date {dt} not in August 2027")
        utc = dt.astimezone(timezone.utc)
        if block[0].split(" ", 2)[2] != utc.strftime("%a %b %d %H:%M:%S %Y"):
            errs.append(f"{where}: From_ date does not match Date header")
        addr = email.utils.parseaddr(str(msg["From"]))[1]
        if m.group(1) != addr:
            errs.append(f"{where}: From_ sender {m.group(1)} differs from From {addr}")
        mid = str(msg["Message-ID"])
        if not re.match(r"^<[^<>@\s]+@[^<>@\s]+>$", mid) or mid in ids:
            errs.append(f"{where}: bad or duplicate Message-ID {mid}")
        ids.add(mid)
        label = str(msg["X-Training-Label"])
        if label not in LABELS:
            errs.append(f"{where}: unknown label {label}")
        dls = str(msg["X-Training-Deadline"])
        if not DEADLINE.match(dls):
            errs.append(f"{where}: bad deadline {dls}")
        elif dls != "none":
            try:
                dd = date.fromisoformat(dls)
                if dd <= dt.date():
                    errs.append(f"{where}: deadline {dls} not after Date {dt.date()}")
            except ValueError:
                errs.append(f"{where}: invalid deadline date {dls}")
        ph = msg.get_all("X-Training-Phishing") or []
        if ph and [str(x) for x in ph] != ["yes"]:
            errs.append(f"{where}: X-Training-Phishing must be 'yes'")
        if msg.get_content_charset() != "utf-8":
            errs.append(f"{where}: top-level charset is not utf-8")
        for part in text_parts(msg):
            if part.get_content_maintype() != "text":
                errs.append(f"{where}: non-text leaf part")
                continue
            if part.get_content_charset() != "utf-8":
                errs.append(f"{where}: part charset is not utf-8")
            cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
            payload = part.get_payload(decode=True)
            try:
                decoded = payload.decode("utf-8")
            except UnicodeDecodeError:
                errs.append(f"{where}: payload is not valid UTF-8")
                continue
            if not is_ascii(decoded) and cte not in ("quoted-printable", "base64"):
                errs.append(f"{where}: non-ASCII body without QP/base64")
        # cross-check with the source data
        if i <= len(MSGS):
            src = MSGS[i - 1]
            if label != src["label"]:
                errs.append(f"{where}: label mismatch")
            want = src["_deadline"].isoformat() if src["_deadline"] else "none"
            if dls != want:
                errs.append(f"{where}: deadline mismatch {dls} != {want}")
            if str(msg["Subject"]) != src["_subject"]:
                errs.append(f"{where}: subject does not round-trip")
            plain = [p for p in text_parts(msg) if p.get_content_type() == "text/plain"][0]
            if plain.get_content().replace("\r\n", "\n").rstrip("\n") != src["_text"].rstrip("\n"):
                errs.append(f"{where}: plain-text body does not round-trip")
            if bool(src.get("phish")) != bool(ph):
                errs.append(f"{where}: phishing flag mismatch")
        seen.append(label)
    return errs, seen


def readme_table():
    rows = ["| # | Label | Deadline | Original |", "|---|---|---|---|"]
    for m in MSGS:
        dl = m["_deadline"].isoformat() if m["_deadline"] else "none"
        lab = m["label"] + (" (phishing)" if m.get("phish") else "")
        rows.append(f"| {m['n']} | {lab} | {dl} | {m['src']} |")
    return "\n".join(rows)


def main():
    nums = [m["n"] for m in MSGS]
    if sorted(nums) != list(range(1, 61)):
        print("message numbering is not 1..60", file=sys.stderr)
        return 1
    data = build()
    with open(OUT, "w", encoding="ascii", newline="\n") as fh:
        fh.write(data)
    errs, labels = validate(OUT)
    if "--table" in sys.argv:
        print(readme_table())
        return 1 if errs else 0
    for e in errs:
        print("ERROR:", e, file=sys.stderr)
    counts = {l: labels.count(l) for l in LABELS}
    print(f"wrote {OUT}")
    print(f"messages: {len(labels)}")
    for l in LABELS:
        print(f"  {l:18s} {counts[l]}")
    crit = counts["abuse"] + counts["security-incident"]
    print(f"critical (abuse + security-incident): {crit}")
    print(f"with a deadline: {sum(1 for m in MSGS if m['_deadline'])}, none: "
          f"{sum(1 for m in MSGS if not m['_deadline'])}")
    print(f"phishing-flagged: {sum(1 for m in MSGS if m.get('phish'))}")
    langs = {}
    for m in MSGS:
        langs[m["lang"]] = langs.get(m["lang"], 0) + 1
    print("languages: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    fmts = {}
    for m in MSGS:
        fmts[m["fmt"]] = fmts.get(m["fmt"], 0) + 1
    print("formats: " + ", ".join(f"{'text/plain' if k == 'text' else 'text+html'}={v}"
                                   for k, v in sorted(fmts.items())))
    prov = {}
    for m in MSGS:
        prov[m["provider"]] = prov.get(m["provider"], 0) + 1
    print("providers: " + ", ".join(f"{k}={v}" for k, v in sorted(prov.items())))
    non_aws = sum(v for k, v in prov.items() if not k.startswith("AWS"))
    print(f"non-AWS notices: {non_aws}")
    if errs:
        print(f"{len(errs)} problem(s) found", file=sys.stderr)
        return 1
    print("validation: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
