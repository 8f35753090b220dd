#!/usr/bin/env python3
"""Generate the `other-providers` batch of the labelled notice corpus.

Standard library only, deterministic. Run from anywhere:

    python3 Tests/Fixtures/Resources/corpus/other-providers/generate.py

50 notices from cloud providers other than AWS (Google Cloud, Microsoft Azure,
DigitalOcean, Hetzner, Heroku, Oracle Cloud, Cloudflare, Linode/Akamai,
OVHcloud).  Every message is written in our own words after the shape of a
real, public notice (the `source` key of its label).  Each label was decided by
reading the message; the project's classifier was neither run nor read.

Writing the files, labels.json and README.md and the checks of every file
against its label (no AWS account IDs, every 12-digit run a declared trap,
every labelled region present as a code or a name, Date and deadline, files)
are shared with the other batches (corpus_common.py); this batch adds its own
region names and codes, that no notice is AWS's and that a verified notice
passes authentication from its provider's domain.  It exits 1 on any
mismatch.  MIME building comes from the parent folder's generate.py;
importing either writes nothing.
"""
import hashlib
import os
import re
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ in the corpus folder
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import corpus_common as common        # noqa: E402  (labels, writing and checking)
import generate as base               # noqa: E402  (MIME helpers)

PROVIDERS = ("aws", "google-cloud", "azure", "oracle-cloud", "digitalocean", "hetzner", "heroku",
             "cloudflare", "linode", "vultr", "ovhcloud", "ibm-cloud", "alibaba-cloud")
BATCH = common.Batch(__file__, inner="inner/")   # attached messages: other-providers/inner/<name>
SUB = BATCH.sub
MSGS = BATCH.msgs


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def L(category, services, regions, deadline, trust, reminder, provider, source, note,
      traps=(), accounts=()):
    for s in services:
        assert s.startswith(provider + ":"), s
    return common.label(category, services, accounts, regions, deadline, trust, reminder, source,
                        note, traps=traps, provider=provider, providers=PROVIDERS)


def _unrun(s, n=6, ch="c"):
    """Break runs of n or more digits so that IDs made from hashes hold no account-like runs."""
    return re.sub(r"\d{%d,}" % n, lambda m: m.group(0)[:n - 2] + ch + m.group(0)[n - 1:], s)


def msgid(name, style):
    h = _unrun(hashlib.sha1((SUB + name).encode()).hexdigest())
    if style == "google":
        return "<0000000000%s%s@google.com>" % ("a", h[:17])
    if style == "microsoft":
        return "<%s.%s.%s@mail.azure.microsoft.com>" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper())
    if style == "sendgrid":          # digitalocean, heroku, cloudflare
        return "<%s@ismtpd0014p1iad2.sendgrid.net>" % _unrun(h[:22], 4, "k")
    return "<%s.%s@%s>" % (h[:16], h[16:24], style)


def ar(from_domain, mailfrom, selector, *, dkim_domain=None, result="pass", spf=None, dkim=None,
       dmarc=None, mx="mx.example.com", ip="203.0.113.25", policy="p=REJECT sp=REJECT dis=NONE"):
    """Authentication-Results as the receiving MX writes it."""
    spf = spf or result
    dkim = dkim or result
    dmarc = dmarc or result
    dkim_domain = dkim_domain or from_domain
    b = _unrun(hashlib.sha1((from_domain + mailfrom + selector).encode()).hexdigest(), 4, "Q")[:8]
    parts = [mx]
    if dkim == "none":
        parts.append("dkim=none (message not signed)")
    else:
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (dkim, dkim_domain, selector, b))
    mf_dom = mailfrom.split("@")[-1]
    if spf == "pass":
        parts.append("spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                     % (mx, mailfrom, ip, mailfrom))
    else:
        parts.append("spf=%s (%s: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                     % (spf, mx, mf_dom, ip, mailfrom))
    if dmarc == "none":
        parts.append("dmarc=none header.from=%s" % from_domain)
    else:
        parts.append("dmarc=%s (%s) header.from=%s" % (dmarc, policy, from_domain))
    return ";\n       ".join(parts)


def add(name, *, mid=None, **fields):
    BATCH.add(name, msgid=mid, **fields)


def inner(name, *, mid=None, **fields):
    """A message carried as message/rfc822 inside another one."""
    return BATCH.inner(name, msgid=mid, **fields)


# --------------------------------------------------------------------------
# senders, recipients, authentication
# --------------------------------------------------------------------------

G_PLATFORM = ("Google Cloud", "CloudPlatform-noreply@google.com")
G_COMPLIANCE = ("Google Cloud Platform Trust & Safety", "google-cloud-compliance@google.com")
G_PAYMENTS = ("Google Payments", "payments-noreply@google.com")
AZ = ("Microsoft Azure", "azure-noreply@microsoft.com")
MS_BILL = ("Microsoft", "microsoft-noreply@microsoft.com")
DO_SUPPORT = ("DigitalOcean Support", "support@digitalocean.com")
DO_NOREPLY = ("DigitalOcean", "noreply@digitalocean.com")
DO_TS = ("DigitalOcean Trust & Safety", "abuse@digitalocean.com")
HZ_ABUSE = ("Hetzner Online GmbH - Abuse Team", "abuse@hetzner.com")
HZ_INFO = ("Hetzner Online GmbH", "info@hetzner.com")
HK = ("Heroku", "noreply@heroku.com")
HK_BOT = ("Heroku", "bot@notifications.heroku.com")
OCI = ("Oracle Cloud", "noreply@oracle.com")
OCI_NOTIF = ("OCI Notifications", "noreply@notification.us-ashburn-1.oci.oraclecloud.com")
CF = ("Cloudflare", "noreply@notify.cloudflare.com")
LINODE = ("Akamai Cloud Computing Support", "support@linode.com")
OVH_NOREPLY = ("OVHcloud", "noreply@ovhcloud.com")

TO_GCP = ("GCP Admins", "gcp-admins@example.com")
TO_GCP_JA = ("クラウド管理者", "cloud-admin@example.co.jp")
TO_AZ = ("Azure Operations", "azure-ops@example.com")
TO_AZ_JA = "azure-admin@example.co.jp"
TO_OPS = ("Platform Operations", "ops@example.com")
TO_SEC = ("Security Team", "security@example.com")
TO_BILL = "billing@example.com"
TO_DEV = "dev-accounts@example.org"

A_GOOGLE = ar("google.com", "3kQhZaQ0KBhkZnbsxE-qpgx4-zerwp.1xrhbrbmbjfgnpcibwcfqdboojoh.dpn@scoutcamp.bounces.google.com",
              "20230601", ip="209.85.220.41")
A_GOOGLE_JA = ar("google.com", "3kQhZaQ0KBhkZnbsxE-qpgx4-zerwp.1xrhbrbmbjfgnpcibwcfqdboojoh.dpn@scoutcamp.bounces.google.com",
                 "20230601", ip="209.85.220.41", mx="mx.example.co.jp")
A_GOOGLE_PAY = ar("google.com", "3P2vBaQgKCQ8ghf-wuh-rpjun.lhptvrtcnctx-rwf.irx.wfyz@payments.bounces.google.com",
                  "20230601", ip="209.85.220.69", mx="mx.example.co.jp")
A_MS = ar("microsoft.com", "azure-noreply@microsoft.com", "selector2", ip="40.107.220.82")
A_MS_JA = ar("microsoft.com", "azure-noreply@microsoft.com", "selector2", ip="40.107.220.82",
             mx="mx.example.co.jp")
A_MS_BILL_JA = ar("microsoft.com", "microsoft-noreply@microsoft.com", "selector2", ip="40.107.236.51",
                  mx="mx.example.co.jp")
A_DO = ar("digitalocean.com", "bounces+2817734-7c1d-ops=example.com@em.digitalocean.com", "s1",
          ip="167.89.100.37", policy="p=QUARANTINE sp=QUARANTINE dis=NONE")
A_HZ = ar("hetzner.com", "abuse@hetzner.com", "dkim2024", ip="213.133.104.7",
          policy="p=QUARANTINE sp=QUARANTINE dis=NONE")
A_HZ_INFO = ar("hetzner.com", "info@hetzner.com", "dkim2024", ip="213.133.104.7",
               policy="p=QUARANTINE sp=QUARANTINE dis=NONE")
A_HK = ar("heroku.com", "bounces+1934228-0af2-ops=example.com@mail.heroku.com", "s1",
          ip="149.72.131.20", policy="p=REJECT sp=REJECT dis=NONE")
A_HK_BOT = ar("notifications.heroku.com", "bot@notifications.heroku.com", "s1",
              ip="149.72.131.20", policy="p=REJECT sp=REJECT dis=NONE")
A_OCI = ar("oracle.com", "noreply@oracle.com", "corp", ip="148.87.18.30")
A_OCI_NOTIF = ar("notification.us-ashburn-1.oci.oraclecloud.com",
                 "noreply@notification.us-ashburn-1.oci.oraclecloud.com", "prod-iad-20200911",
                 ip="192.29.200.11", policy="p=REJECT sp=REJECT dis=NONE")
A_CF = ar("notify.cloudflare.com", "bounces+2263541-1f3e-ops=example.com@notify.cloudflare.com",
          "s1", ip="168.245.12.57")
A_LINODE = ar("linode.com", "support@linode.com", "linode", ip="69.164.200.41",
              policy="p=QUARANTINE sp=QUARANTINE dis=NONE")
A_OVH = ar("ovhcloud.com", "noreply@ovhcloud.com", "ovhmo3028686-selector1", ip="46.105.45.12",
           policy="p=REJECT sp=REJECT dis=NONE")
A_OVH_ABUSE = ar("abuse.ovh.net", "ticket+ABUSE-8841206@abuse.ovh.net", "ovhmo2617-selector1",
                 ip="46.105.45.14", policy="p=QUARANTINE sp=QUARANTINE dis=NONE")
A_EXAMPLE = ar("example.com", "m.santos@example.com", "google", ip="209.85.128.53",
               policy="p=NONE sp=NONE dis=NONE")

GOOGLE_FOOTER = """\
(c) 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043

You have received this mandatory service announcement to update you about
important changes to Google Cloud Platform or your account."""

GOOGLE_FOOTER_JA = """\
(c) 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA

このメールは、Google Cloud Platform またはお客様のアカウントに関する重要な
変更をお知らせするために送信されている、必須のサービスに関するお知らせです。"""

AZ_FOOTER = """\
Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052

This message was sent from an unmonitored email address. Please do not reply."""

AZ_FOOTER_JA = """\
プライバシーに関する声明: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052

このメールは送信専用のアドレスから送信されています。返信しないでください。"""

DO_FOOTER = """\
DigitalOcean LLC, 105 Edgeview Drive, Suite 425, Broomfield, CO 80021"""

HK_FOOTER = """\
Heroku, a Salesforce company
415 Mission Street, 3rd Floor, San Francisco, CA 94105"""

CF_FOOTER = """\
Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107
You are receiving this email because you are an administrator of a
Cloudflare account. Manage notifications: https://dash.cloudflare.com/?to=/:account/notifications"""

HZ_FOOTER = """\
Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
Tel: +49 9831 505-0
E-Mail: info@hetzner.com
Registergericht/Registration Office: Amtsgericht Ansbach, HRB 6089"""


# ==========================================================================
# GOOGLE CLOUD
# ==========================================================================

S_PANGEO = "https://github.com/pangeo-data/pangeo-cloud-federation/issues/873"
S_AIRFLOW = "https://github.com/puckel/docker-airflow/issues/507"
S_GCP_POLICY_FAQ = "https://support.google.com/cloud/answer/7002354"
S_DAVX5 = "https://github.com/bitfireAT/davx5-ose/issues/664"
S_GAE_GO = "https://github.com/Kisesy/gscan_quic/issues/147"
S_GSUTIL = "https://github.com/aporat/store-receipt-validator/issues/163"
S_CLOUDSQL_MAINT = "https://github.com/hashicorp/terraform-provider-google/issues/15375"
S_GCP_PRICING = "https://github.com/Cyclenerd/google-cloud-pricing-cost-calculator/issues/69"
S_TASKMOTHER = "https://taskmother.com/interests/2438.html"
S_XXNET_TRIAL = "https://github.com/XX-net/XX-Net/issues/13498"
S_PROXYSU = "https://github.com/proxysu/ProxySU/issues/37"
S_GCP_PHISH = "https://linksec.io/phishing-simulator/google-cloud-platform-gcp"

add("001-gcp-project-suspended-crypto-mining.eml",
    frm=G_COMPLIANCE, to=TO_GCP,
    subject="Action required: Google Cloud project atlas-render-prod has been suspended",
    date="2026-10-06 14:22:05 +0000",
    auth_results=A_GOOGLE, mid=msgid("001", "google"),
    body="""\
Dear Developer,

We have detected that your Google Cloud project atlas-render
(id: atlas-render-prod, number: 561803927414) was used for cryptocurrency
mining. Mining cryptocurrency without prior written approval violates the
Google Cloud Platform Terms of Service, so all project resources showing
this behavior have been suspended.

Details
  Affected project: atlas-render-prod
  Affected VM:      render-worker-7 (zone us-central1-f)
  Activity:         outbound connections to a known mining pool
  Source IP:        34.71.18.203
  Destination:      198.51.100.77, remote port 3333
  Time range:       2026-10-05 22:41 to 2026-10-05 23:02 (Pacific Time)

What you need to do
If you believe the suspension is a mistake, or the project was used by
someone else without your knowledge, submit an appeal from the Appeals page
in the Google Cloud console while signed in as a project owner:
https://console.cloud.google.com/appeal?project=atlas-render-prod

Tell us how the project is used and which steps you have taken to secure
it. Projects that remain suspended without an appeal for 30 days from the
date of this message may be scheduled for shutdown, and their data may not
be recoverable afterwards.

Please review the Acceptable Use Policy (https://cloud.google.com/terms/aup)
and our Policy violations FAQ (https://support.google.com/cloud/answer/7002354).

Sincerely,
The Google Cloud Platform Trust & Safety Team

""" + GOOGLE_FOOTER + "\n",
    label=L("abuse", ["google-cloud:Compute Engine"], ["us-central1-f"], "2026-11-05", "verified", False,
            "google-cloud", S_AIRFLOW,
            "Project suspended for crypto-mining (ToS violation) by google-cloud-compliance@google.com; "
            "appeal needed, shutdown risk '30 days from the date of this message' (Tue 2026-10-06) -> "
            "2026-11-05. Zone labelled as written. Trap: the 12-digit project number is not an AWS account. "
            "Shape: suspension mail in puckel/docker-airflow#507 and trailofbits/algo#14159.",
            traps=["561803927414"]))

add("002-gcp-suspicious-activity-compromised.eml",
    frm=G_COMPLIANCE, to=TO_GCP,
    subject="Action Required: Suspicious Activity Observed on Google Cloud Project lab-notebooks (id: lab-notebooks-318207)",
    date="2026-09-15 18:03:44 +0000",
    auth_results=A_GOOGLE, mid=msgid("002", "google"),
    body="""\
Dear Developer,

Our systems identified that your Google Cloud Platform / API project
lab-notebooks (id: lab-notebooks-318207) may have been compromised and used
for cryptocurrency mining.

This activity was detected as originating from IP 35.204.91.16 and VM ID
4471029385617220934:europe-west4-a to destination IP 203.0.113.45 on remote
port 4444 between 2026-09-15 07:12 and 2026-09-15 07:40 (Pacific Time),
though it may still be ongoing.

Please review this activity to determine whether it is intended. Mining is
often a sign that an attacker is using stolen credentials or a public
notebook server without authentication. If you did not start it:

  1. Stop or delete the affected VM and any instance you do not recognise.
  2. Rotate service account keys and user credentials for the project.
  3. Check Cloud Audit Logs for resources created by unknown principals.
  4. Follow the guidance at https://cloud.google.com/docs/security/respond-to-abuse-misuse

If you intend to mine cryptocurrency on Google Cloud, you need prior
approval and an invoiced billing account.

Reply to this message, or submit the form in the console, within 3 business
days. If we do not hear from you by then, we may suspend the project to
protect you and other customers.

Sincerely,
The Google Cloud Platform Trust & Safety Team

""" + GOOGLE_FOOTER + "\n",
    label=L("security-incident", ["google-cloud:Compute Engine"], ["europe-west4-a"], "2026-09-18", "verified",
            False, "google-cloud", S_PANGEO,
            "'May have been compromised and used for cryptocurrency mining': a possible compromise of the "
            "customer's project rather than a third-party abuse report, so security-incident (abuse would be "
            "defensible). 3 business days from Tue 2026-09-15 -> Fri 2026-09-18. VM ID is a 19-digit run, not an "
            "account. Shape: pangeo-data/pangeo-cloud-federation#873 and #913."))

add("003-gcp-service-account-key-exposed.eml",
    frm=G_COMPLIANCE, to=TO_SEC,
    subject="[Action Required] Publicly exposed service account key detected in project billing-etl-204519",
    date="2026-11-09 03:51:17 +0000",
    auth_results=A_GOOGLE, mid=msgid("003", "google"),
    body="""\
Hello Google Cloud customer,

We found a private key of one of your service accounts in a public location
on the internet:

  Service account: etl-runner@billing-etl-204519.iam.gserviceaccount.com
  Key ID:          3f9c2b7e1d40a6c85b21e9f0d7a4c3b2e1f05a9d
  Project:         billing-etl-204519 (project number 730215948613)
  Found at:        https://github.com/example-org/etl-jobs/blob/main/deploy/key.json

Your organization policy constraint iam.serviceAccountKeyExposureResponse is
set to DISABLE_KEY, so we disabled this key on 2026-11-09 at 03:40 UTC.
Applications that still use it will receive authentication errors.

What you should do now
  - Delete the exposed key and remove it from the repository history.
  - Create a new key only if you cannot use Workload Identity Federation
    or attached service accounts instead.
  - Review Cloud Audit Logs for calls made with this key since it was
    committed, and revoke anything you did not expect.

An exposed key lets anyone act as the service account: read or delete data,
or start expensive resources billed to you. For guidance, see
https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys

Sincerely,
The Google Cloud Team

""" + GOOGLE_FOOTER + "\n",
    label=L("security-incident", ["google-cloud:Identity and Access Management"], [], None, "verified", False,
            "google-cloud", S_DAVX5,
            "Leaked service-account key found on GitHub, already disabled by the org policy; act now but no "
            "date -> null. '[Action Required]' marker. Trap: 12-digit project number. Shape: the "
            "iam.serviceAccountKeyExposureResponse announcement quoted in bitfireAT/davx5-ose#664 and "
            "cloud.google.com/docs/security/respond-to-abuse-misuse.",
            traps=["730215948613"]))

add("004-gcp-fwd-cloudsql-mysql57-inline.eml",
    frm=("Marta Santos", "m.santos@example.com"), to=TO_OPS,
    subject="Fwd: [Action Required] Cloud SQL for MySQL 5.7 end of extended support on March 31, 2027",
    date="2026-10-20 09:40:12 +0200",
    auth_results=A_EXAMPLE,
    body="""\
Both orders DBs are still on 5.7. Let's plan the upgrade for January, well
before they block new 5.7 instances. I'll open a ticket.

Marta

---------- Forwarded message ---------
From: Google Cloud <CloudPlatform-noreply@google.com>
Date: Mon, Oct 19, 2026 at 11:02 PM
Subject: [Action Required] Cloud SQL for MySQL 5.7 end of extended support on March 31, 2027
To: <m.santos@example.com>


Hello Google Cloud SQL customer,

We're writing to let you know that extended support for MySQL 5.7 on Cloud
SQL ends on March 31, 2027.

What you need to know
  - Starting February 1, 2027, you can no longer create new Cloud SQL
    instances that run MySQL 5.7.
  - After March 31, 2027, MySQL 5.7 instances stop receiving fixes and
    will be upgraded to MySQL 8.0 during a maintenance window we choose.

What you need to do
Upgrade the following instances to MySQL 8.0 or 8.4 before March 31, 2027:

  Project        Instance          Location
  shop-backend   orders-db         us-east4
  shop-backend   orders-replica    us-east4

See https://cloud.google.com/sql/docs/mysql/upgrade-major-db-version-inplace
for instructions.

Thanks for choosing Google Cloud SQL.

-- The Google Cloud SQL Team
""",
    label=L("action-required", ["google-cloud:Cloud SQL"], ["us-east4"], "2027-03-31", "unverified", False,
            "google-cloud", S_GSUTIL,
            "Colleague forwards (inline Gmail block) a Cloud SQL end-of-extended-support notice; label is what "
            "it carries; outer sender is the company -> unverified. Deadline: the end of extended support the "
            "subject names and the upgrade-by date (2027-03-31), not the earlier create block of 2027-02-01 "
            "that the colleague plans around (owner's rule; 'January' in the colleague's note is a plan, not "
            "a date). Shape: 'We're writing to let you know' Google notices (aporat/"
            "store-receipt-validator#163)."))

add("005-gcp-cloudsql-maintenance-ja.eml",
    frm=G_PLATFORM, to=TO_GCP_JA,
    subject="[Cloud SQL] インスタンス billing-pg-01 のメンテナンスのお知らせ（2026年11月18日）",
    date="2026-11-04 01:10:33 +0000",
    auth_results=A_GOOGLE_JA, mid=msgid("005", "google"),
    charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    body="""\
Google Cloud SQL をご利用のお客様

お客様の Cloud SQL インスタンスに対して、以下の日時にメンテナンスを予定して
おります。メンテナンス中はインスタンスが再起動されるため、通常 60 秒未満の
接続断が発生します。

  プロジェクト: finance-jp-prod
  インスタンス: billing-pg-01（PostgreSQL 16）
  ロケーション: asia-northeast1（東京）
  予定日時:     2026年11月18日（水）11:00〜12:00（JST）

メンテナンスの時間帯を変更したい場合は、2026年11月16日までに Google Cloud
コンソールの [メンテナンス] 画面から再スケジュールできます。操作を行わない
場合は、上記の日時にメンテナンスが自動的に実施されます。お客様による対応は
必要ありません。

詳しくは https://cloud.google.com/sql/docs/postgres/maintenance をご覧ください。

今後とも Google Cloud をよろしくお願いいたします。
Google Cloud SQL チーム

""" + GOOGLE_FOOTER_JA + "\n",
    label=L("maintenance", ["google-cloud:Cloud SQL"], ["asia-northeast1"], "2026-11-18", "verified", False,
            "google-cloud", S_CLOUDSQL_MAINT,
            "Japanese (ISO-2022-JP) Cloud SQL maintenance notice; nothing required ('対応は必要ありません'), "
            "rescheduling by 11/16 is optional, so the deadline is the maintenance date 2026-11-18 (11:00 JST is "
            "the same day in UTC). Shape: Cloud SQL maintenance notification e-mails (terraform-provider-google"
            "#15375, cloud.google.com/sql/docs/mysql/maintenance)."))

add("006-gcp-gke-end-of-standard-support.eml",
    frm=G_PLATFORM, to=TO_OPS,
    subject="[Action Required] GKE version 1.33 reaches end of standard support on December 9, 2026",
    date="2026-10-13 16:45:09 +0000",
    auth_results=A_GOOGLE, mid=msgid("006", "google"),
    html=None,
    body="""\
Hello Google Kubernetes Engine customer,

We're writing to let you know that GKE minor version 1.33 reaches the end
of standard support on December 9, 2026.

What you need to know
  - On December 9, 2026, clusters on 1.33 in the Rapid, Regular and Stable
    release channels begin automatic upgrades of the control plane to 1.34.
    Node pools follow within the next weeks, even when maintenance
    exclusions are configured.
  - Clusters enrolled in the Extended channel keep receiving security
    patches for 1.33 until June 9, 2028, at the extended support price.

What you need to do
Test your workloads on 1.34 and upgrade the clusters below before
December 9, 2026, or move them to the Extended channel:

  Project          Cluster       Location         Version
  shop-platform    shop-prod     europe-west1     1.33.5-gke.1308000
  shop-platform    shop-stage    europe-west1-b   1.33.5-gke.1308000

Review deprecated APIs removed in 1.34 before upgrading:
https://cloud.google.com/kubernetes-engine/docs/deprecations

Thanks for choosing Google Kubernetes Engine.

-- The Google Kubernetes Engine Team

""" + GOOGLE_FOOTER + "\n",
    label=L("action-required", ["google-cloud:Google Kubernetes Engine"], ["europe-west1", "europe-west1-b"],
            "2026-12-09", "verified", False, "google-cloud", S_GAE_GO,
            "GKE end of standard support with '[Action Required]' marker; act before 2026-12-09 (auto-upgrades "
            "start); June 9, 2028 is the Extended channel end, not the reader's date. Regional and zonal locations labelled as written. Shape: "
            "Google deprecation notices (Kisesy/gscan_quic#147 App Engine Go)."))

add("007-gcp-appengine-python39-reminder.eml",
    frm=G_PLATFORM, to=TO_DEV,
    subject="Reminder: Python 3.9 on App Engine standard environment - deployments blocked from January 30, 2027",
    date="2026-11-12 20:15:40 +0000",
    auth_results=A_GOOGLE, mid=msgid("007", "google"),
    body="""\
Hello Google App Engine Standard Environment customer,

On August 5, 2026 we told you that the Python 3.9 runtime is deprecated on
App Engine. This is a reminder, because the projects below still deploy
with python39.

What you need to know
  - Python 3.9 reached end of support on October 31, 2026 and no longer
    receives security updates.
  - Starting January 30, 2027, you will not be able to deploy new versions
    that use python39. Versions that are already deployed keep serving.
  - We may disable serving for unsupported runtimes later; we will write to
    you again before that.

What you need to do
Update app.yaml to runtime: python313 (or python312), test, and redeploy
before January 30, 2027.

  Project               Service    App Engine location
  field-survey-app      default    us-central
  field-survey-app      api        us-central

Runtime lifecycle: https://cloud.google.com/appengine/docs/standard/lifecycle/support-schedule

-- The Google App Engine Team

""" + GOOGLE_FOOTER + "\n",
    label=L("action-required", ["google-cloud:App Engine"], ["us-central"], "2027-01-30", "verified", True,
            "google-cloud", S_GAE_GO,
            "Reminder (refers to the August 5 notice). End of support October 31, 2026 is already past; the "
            "next date ahead is the deployment block 2027-01-30. App Engine location 'us-central' labelled as "
            "written. Shape: App Engine runtime deprecation mail in Kisesy/gscan_quic#147."))

add("008-gcp-gke-security-bulletin.eml",
    frm=G_PLATFORM, to=TO_SEC,
    subject="Google Cloud security bulletin GCP-2026-061: Linux kernel vulnerability in GKE node images",
    date="2026-09-24 17:30:02 +0000",
    auth_results=A_GOOGLE, mid=msgid("008", "google"),
    body="""\
Hello Google Cloud customer,

A security bulletin was published that may affect resources in your
organization.

Bulletin:   GCP-2026-061
Severity:   High
CVE:        CVE-2026-41873
Published:  2026-09-24

Description
A use-after-free in the Linux kernel netfilter subsystem lets a process
with CAP_NET_ADMIN in a user namespace escalate privileges to root on the
node. Container-Optimized OS and Ubuntu node images are affected.

Affected clusters in your projects
  Project          Cluster        Location    Node version
  media-ingest     ingest-prod    us-east1    1.33.4-gke.1172000
  media-ingest     ingest-batch   us-east1    1.33.4-gke.1172000

What should I do?
We recommend upgrading node pools to 1.33.6-gke.1210000 or later. Clusters
with node auto-upgrade enabled will be upgraded in the coming weeks during
their maintenance windows. Until then, consider blocking unprivileged user
namespaces with a Pod Security Standard of Restricted.

Full bulletin: https://cloud.google.com/kubernetes-engine/security-bulletins#gcp-2026-061

-- The Google Cloud Security Team

""" + GOOGLE_FOOTER + "\n",
    label=L("security-advisory", ["google-cloud:Google Kubernetes Engine"], ["us-east1"], None, "verified", False,
            "google-cloud", "https://cloud.google.com/kubernetes-engine/security-bulletins",
            "Security bulletin naming affected clusters; upgrade recommended, auto-upgrade 'in the coming weeks', "
            "no date -> security-advisory with null deadline. Shape: GKE security bulletin format (GCP-YYYY-NNN)."))

add("009-gcp-storage-price-change-ja.eml",
    frm=G_PLATFORM, to=TO_GCP_JA,
    subject="Cloud Storage の料金改定について（2027年4月1日より）",
    date="2026-10-01 08:00:12 +0000",
    auth_results=A_GOOGLE_JA, mid=msgid("009", "google"),
    charset="utf-8", cte="qp", lang="ja",
    body="""\
Google Cloud をご利用のお客様

Google Cloud では、2027 年 4 月 1 日より Cloud Storage の一部の料金を改定いたします。
お客様の請求先アカウント（01B2C3-D4E5F6-A7B8C9）に関連付けられたプロジェクトで
対象の SKU が使用されているため、ご連絡しております。

■ 変更内容
- マルチリージョン（asia、eu、us）の Standard ストレージ: 1 GiB あたりの月額料金を改定
- Nearline / Coldline のデータ取得料金: 一部リージョンで改定
- クラス A オペレーション: 10,000 件あたりの料金を改定

■ 料金の例（Standard ストレージ、1 GiB / 月）
- asia-northeast1（東京）: 0.023 USD → 0.025 USD
- us-east1（サウスカロライナ）: 0.020 USD → 0.022 USD

■ お客様への影響
改定後の料金は 2027 年 4 月 1 日以降の使用量に適用されます。お客様による操作は
必要ありません。費用の見積もりには料金計算ツールをご利用ください。

詳細: https://cloud.google.com/storage/pricing-announce

今後とも Google Cloud をよろしくお願いいたします。

""" + GOOGLE_FOOTER_JA + "\n",
    label=L("pricing", ["google-cloud:Cloud Storage"], [], "2027-04-01", "verified", False,
            "google-cloud", S_GCP_PRICING,
            "Japanese price change (UTF-8 quoted-printable) effective 2027-04-01. Regions appear only as price "
            "examples, not affected resources -> regions empty. Billing account ID has no 12-digit run. Shape: "
            "Google Cloud pricing announcements (Cyclenerd/google-cloud-pricing-cost-calculator#69, #15; "
            "cloud.google.com/infrastructure/services-updates?hl=ja)."))

_NEWS_HTML = """\
<html><head><meta charset="utf-8"><title>Google Cloud update</title></head>
<body style="font-family:Roboto,Arial,sans-serif;color:#202124">
<table width="600" align="center"><tr><td>
<h1 style="font-size:22px">Your October update from Google Cloud</h1>
<p>Hi there,</p>
<p>Here is what is new on Google Cloud this month.</p>
<h2 style="font-size:17px">New region: Bangkok (asia-southeast3)</h2>
<p>The Bangkok region is now open with three zones, bringing lower latency to
customers in Thailand. <a href="https://cloud.google.com/about/locations">See all locations</a>.</p>
<h2 style="font-size:17px">Gemini in BigQuery is generally available</h2>
<p>Write SQL from natural language, explain queries and build data pipelines
with assistance inside BigQuery Studio.</p>
<h2 style="font-size:17px">Learn at Google Cloud Summit</h2>
<p>Join sessions on AI infrastructure and platform engineering near you this
November. <a href="https://cloud.google.com/events">Register for free</a>.</p>
<p style="font-size:11px;color:#5f6368">You received this message because you
signed up for Google Cloud product news. <a href="https://cloud.google.com/newsletter/unsubscribe">Unsubscribe</a>.<br>
&copy; 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</td></tr></table></body></html>
"""

add("010-gcp-newsletter-new-region.eml",
    frm=("Google Cloud", "googlecloud-noreply@google.com"), to=TO_GCP,
    subject="Your October Google Cloud update: a new region in Bangkok, Gemini in BigQuery and more",
    date="2026-10-22 15:00:00 +0000",
    auth_results=A_GOOGLE, mid=msgid("010", "google"),
    html=_NEWS_HTML,
    label=L("informational", [], [], None, "verified", False, "google-cloud",
            "https://cloud.google.com/about/locations",
            "HTML-only product newsletter; the new region is news, not an affected resource -> regions empty; "
            "no service singled out -> services empty. Shape: Google Cloud product news mail and region "
            "launch pages."))

add("011-gcp-project-suspended-phishing-ja.eml",
    frm=G_COMPLIANCE, to=TO_GCP_JA,
    subject="[要対応] Google Cloud プロジェクト tokyo-campaign（ID: tokyo-campaign-2291）が停止されました",
    date="2026-11-13 08:05:51 +0000",
    auth_results=A_GOOGLE_JA, mid=msgid("011", "google"),
    charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    body="""\
デベロッパー各位

お客様の Google Cloud プロジェクト tokyo-campaign（ID: tokyo-campaign-2291、
プロジェクト番号: 907318462550）で、Google Cloud Platform 利用規約および
利用規定に違反するコンテンツが確認されたため、プロジェクトを停止しました。

■ 概要
  違反の種類:   フィッシング（金融機関を装ったログインページの配信）
  対象リソース: Cloud Run サービス promo-lp（リージョン asia-northeast1）
  確認日時:     2026-11-12 21:30（太平洋時間）

■ 必要な対応
このプロジェクトが第三者によって不正に使用された可能性がある場合や、停止が
誤りであると思われる場合は、プロジェクト オーナーとしてログインし、
Google Cloud コンソールの申し立てページから申し立てを行ってください。
https://console.cloud.google.com/appeal?project=tokyo-campaign-2291

本メールの送信から 7 日以内に申し立てが行われない場合、プロジェクトは
削除の対象となることがあります。

利用規約と利用規定をご確認のうえ、今後同様の違反が発生しないようご注意ください。

Google Cloud Platform Trust & Safety チーム

""" + GOOGLE_FOOTER_JA + "\n",
    label=L("abuse", ["google-cloud:Cloud Run"], ["asia-northeast1"], "2026-11-20", "verified", False,
            "google-cloud", S_PROXYSU,
            "Japanese (ISO-2022-JP) suspension for hosting phishing; '[要対応]' marker; appeal within 7 days of "
            "Date 2026-11-13 -> 2026-11-20. Trap: 12-digit project number. Shape: Chinese/Japanese suspension "
            "mails quoted in proxysu/ProxySU#37 and mack-a/v2ray-agent#94; appeal flow in "
            "support.google.com/cloud/answer/7002354?hl=ja.",
            traps=["907318462550"]))

add("012-gcp-payment-overdue-ja.eml",
    frm=G_PAYMENTS, to=TO_GCP_JA,
    subject="ご対応が必要です: 請求先アカウント 01A7F3-2C9D4B-8E61A0 のお支払い期限が過ぎています",
    date="2026-10-23 05:12:27 +0000",
    auth_results=A_GOOGLE_PAY, mid=msgid("012", "google"),
    charset="utf-8", cte="base64", lang="ja",
    body="""\
ご対応が必要です

Google Cloud Platform、Firebase、API をご利用のお客様

このメールは、Google Cloud Platform、Firebase、API をご利用のお客様にお送りしています。

Google で記録を確認いたしましたところ、お客様の請求先アカウント
01A7F3-2C9D4B-8E61A0 はお支払い期限が過ぎているか、登録されているお支払い方法が
無効になっています。クレジット カードの有効期限切れなどが考えられます。

未払い残高: ¥38,412
対象期間:   2026年9月1日～2026年9月30日

2026年10月30日までにお支払い情報を更新し、残高をお支払いください。お支払いが
確認できない場合、この請求先アカウントにリンクされているプロジェクト
（maps-geocode-api など）のサービスが一時停止されることがあります。

お支払い情報の更新:
https://console.cloud.google.com/billing/01A7F3-2C9D4B-8E61A0/payment

Google Cloud Billing チーム

© 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
    label=L("billing", ["google-cloud:Cloud Billing"], [], "2026-10-30", "verified", False,
            "google-cloud", S_TASKMOTHER,
            "Japanese (UTF-8 base64) overdue-payment notice from payments-noreply@google.com with an explicit "
            "pay-by date 2026-10-30 (parent rule: past-due payments keep their date). Shape: the Japanese "
            "'ご対応が必要です: 請求先アカウント ... のお支払い期限が過ぎているか' mails quoted on "
            "taskmother.com/interests/2438.html."))

add("013-gcp-phish-billing-suspended.eml",
    frm=("Google Cloud Billing", "billing-alerts@googlecloud-payments.com"), to=TO_BILL,
    subject="Google Cloud: your billing account has been suspended - action required within 48 hours",
    date="2026-11-17 06:12:40 +0000",
    auth_results=ar("googlecloud-payments.com", "bounce@googlecloud-payments.com", "default",
                    dkim="none", dmarc="none", ip="185.220.33.17"),
    mid="<20261117061240.7fa2c1@googlecloud-payments.com>",
    headers=[("Reply-To", "support@gcloud-billing-help.com")],
    body="""\
Google Cloud

Dear Customer,

We were unable to process the payment for your Google Cloud billing
account. As a result, your account has been suspended and all running
projects will be stopped.

Amount due: USD 1,249.00
Reason: card authorization failed

To avoid permanent deletion of your projects and data, verify your billing
details within 48 hours:

  https://console.cloud.google.com.billing-verify.co/payments/restore

If you do not complete the verification, your Compute Engine, Cloud
Storage and BigQuery resources will be removed.

Google Cloud Billing Support
""",
    label=L("billing", ["google-cloud:Cloud Billing"], [], "2026-11-19", "suspicious", False,
            "google-cloud", S_GCP_PHISH,
            "Phishing from the look-alike domain googlecloud-payments.com (no DKIM, no DMARC), link host "
            "console.cloud.google.com.billing-verify.co; category of what it claims (billing); claimed 48 h "
            "from 2026-11-17 06:12 UTC -> 2026-11-19. Shape: GCP billing-suspension lures described at "
            "linksec.io and gorganizer.net."))


# ==========================================================================
# MICROSOFT AZURE
# ==========================================================================

S_AZ_RBAC = "https://github.com/alan-turing-institute/data-safe-haven/issues/1756"
S_AZ_DEPR = "https://github.com/azure-deprecation/dashboard/issues/40"
S_AZ_TLS = "https://blog.terenceluk.com/?p=14530"
S_AZ_DISABLED = "https://newbetuts.com/962693-how-avoid-azure-subscription-suspension"
S_AZ_FRAUD = "https://docs.microsoft.com/en-us/partner-center/azure-fraud-notification"
S_AZ_MAINT = "https://github.com/MicrosoftDocs/azure-docs/issues/88595"
S_AZ_MAINT_JA = "https://technet440.rssing.com/chan-6827930/article27600.html"
S_AZ_PHISH = "https://gorganizer.net/explain/fake-cloud-compute-budget-lure"

add("014-azure-subscription-compromised.eml",
    frm=AZ, to=TO_SEC,
    subject="Action required: Your Azure subscription shows signs of compromise",
    date="2026-11-02 06:30:18 +0000",
    auth_results=A_MS, mid=msgid("014", "microsoft"),
    body="""\
Microsoft Azure

Action required: Your Azure subscription shows signs of compromise

Subscription name: Contoso-Dev
Subscription ID:   8d2f6b1e-4c3a-4e9b-a1f7-2b5c9d0e3f41

Microsoft security monitoring detected activity in this subscription that
matches a known pattern of account takeover. Between 01:10 and 01:55 UTC on
2 November 2026, a user signed in from an unfamiliar location and created
40 GPU virtual machines that are now connecting to cryptocurrency mining
pools:

  Resource group   Region      VMs   Size
  rg-tmp-01        East US     24    Standard_NC24ads_A100_v4
  rg-tmp-02        West US 2   16    Standard_NC24ads_A100_v4

To limit the damage, we have temporarily restricted the creation of new
compute resources in this subscription.

What you need to do within 24 hours
  1. Review sign-in logs in Microsoft Entra ID and reset the credentials
     of any account you do not trust; require multifactor authentication.
  2. Remove role assignments and service principals you did not create.
  3. Delete the resources listed above.
  4. Reply to the support request we opened (2611020040008817) so we can
     lift the restriction.

If we do not hear from you within 24 hours, we may disable the
subscription to protect you from further charges.

Microsoft Azure Security

""" + AZ_FOOTER + "\n",
    label=L("security-incident", ["azure:Virtual Machines"], ["eastus", "westus2"], "2026-11-03", "verified",
            False, "azure", S_AZ_FRAUD,
            "Subscription compromise (unfamiliar sign-in, GPU VMs mining) from azure-noreply@microsoft.com; "
            "respond 'within 24 hours' of 2026-11-02 06:30 UTC -> 2026-11-03. Regions only by display name "
            "(East US, West US 2). Trap: a 16-digit support request number. Shape: Azure fraud / crypto-mining "
            "compromise notifications (learn.microsoft.com partner-center/azure-fraud-notification)."))

add("015-azure-subscription-disabled-aup.eml",
    frm=AZ, to=TO_AZ,
    subject="We've disabled your Azure subscription",
    date="2026-09-22 04:17:55 +0000",
    auth_results=A_MS, mid=msgid("015", "microsoft"),
    body="""\
Microsoft Azure

We've disabled your Azure subscription

Subscription name: Marketing-Web
Subscription ID:   c41e7a09-6b2d-4f85-9e3c-7d10a2b8f6e4

To protect the security and privacy of Azure customers, we regularly audit
Azure subscriptions. During one of these audits we found activity in your
subscription that violates the Microsoft Acceptable Use Policy: the App
Service app promo-westeu (promo-westeu.azurewebsites.net) in West Europe
was serving a phishing page that imitates a bank sign-in.

We disabled the subscription on 22 September 2026 at 04:10 UTC. Your
resources are stopped and you can't create new ones, but your data has not
been deleted.

If you believe this is a mistake, or the app was compromised, contact
Azure support from the Azure portal and tell us what happened and what you
have changed. We will review your request.

Microsoft Azure

""" + AZ_FOOTER + "\n",
    label=L("abuse", ["azure:App Service"], ["westeurope"], None, "verified", False, "azure", S_AZ_DISABLED,
            "AUP violation (phishing page on App Service), subscription already disabled; subject without any "
            "marker or 'abuse' word; no date to act by -> null. Region as display name West Europe. Shape: the "
            "'We've disabled your Azure subscription' mail quoted on newbetuts.com (serverfault question)."))

add("016-azure-cloud-services-transition-reminder.eml",
    frm=AZ, to=TO_AZ,
    subject="Reminder: Transition to Azure Virtual Machine Scale Sets or Azure App Service by 31 March 2027",
    date="2026-09-09 18:02:40 +0000",
    auth_results=A_MS, mid=msgid("016", "microsoft"),
    body="""\
Microsoft Azure

Reminder: Transition to Azure Virtual Machine Scale Sets or Azure App
Service by 31 March 2027

You're receiving this email because you use Azure Cloud Services (extended
support). We first told you about this retirement in March 2025; this is a
reminder because the deployments below are still running.

On 31 March 2027, Cloud Services (extended support) will be retired. To
give you time to move, we're making changes in stages:

  1 December 2026   You can no longer create new Cloud Services
                    (extended support) deployments.
  31 March 2027     The service is retired. Remaining deployments are
                    stopped and their configuration is deleted.

Affected deployments in subscription 5a1c9e77-2f40-4b6d-8e21-0c3fa9d4b710:
  cs-legacy-api     North Europe
  cs-report-worker  North Europe

Required action
Migrate your web and worker roles to Azure Virtual Machine Scale Sets or
Azure App Service before 31 March 2027. Migration guide:
https://learn.microsoft.com/azure/cloud-services-extended-support/

Help and support
If you have questions, create a support request in the Azure portal.

""" + AZ_FOOTER + "\n",
    label=L("action-required", ["azure:Cloud Services (extended support)"], ["northeurope"], "2027-03-31",
            "verified", True, "azure", S_AZ_RBAC,
            "Azure 'Transition to ... by ...' retirement notice without a marker; says it repeats the March 2025 "
            "notice -> reminder. Deadline: the retirement the subject names and the migrate-by date "
            "(2027-03-31), not the earlier create block of 2026-12-01 (owner's rule). Shape: 'Transition to "
            "... by 31 August 2024' mail in "
            "alan-turing-institute/data-safe-haven#1756 and azure-deprecation/dashboard#40."))

add("017-azure-tls12-minimum-postgresql.eml",
    frm=AZ, to=TO_AZ,
    subject="TLS 1.2 will become the minimum for Azure Database for PostgreSQL flexible server on 15 January 2027",
    date="2026-10-15 21:40:03 +0000",
    auth_results=A_MS, mid=msgid("017", "microsoft"),
    html="""\
<html><body style="font-family:Segoe UI,Arial,sans-serif">
<p style="font-size:20px">Microsoft Azure</p>
<h2>TLS 1.2 will become the minimum for Azure Database for PostgreSQL flexible server on 15 January 2027</h2>
<p>You're receiving this email because you use Azure Database for PostgreSQL flexible server.</p>
<p>To meet current security and compliance standards, Azure Database for PostgreSQL flexible
server will stop accepting connections that use TLS 1.0 or TLS 1.1 on <b>15 January 2027</b>.
After that date, clients that can't negotiate TLS 1.2 or later will fail to connect.</p>
<p><b>Affected servers</b></p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Server</th><th>Region</th><th>Connections using TLS 1.0/1.1 in the last 30 days</th></tr>
<tr><td>pg-orders-eus2</td><td>East US 2</td><td>1,482</td></tr>
<tr><td>pg-audit-eus2</td><td>East US 2</td><td>37</td></tr>
</table>
<p><b>Required action</b></p>
<p>Update your client drivers and operating systems so that they use TLS 1.2 or later, and set the
server parameter <code>ssl_min_protocol_version</code> to TLSv1.2 to test, before 15 January 2027.</p>
<p><a href="https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-ssl-tls">Learn more about TLS on flexible server</a></p>
<p style="font-size:11px;color:#666">Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839<br>
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</body></html>
""",
    label=L("action-required", ["azure:Azure Database for PostgreSQL flexible server"], ["eastus2"],
            "2027-01-15", "verified", False, "azure", S_AZ_TLS,
            "HTML-only 'TLS 1.2 will become the minimum for ...' notice, no marker, act before 2027-01-15. "
            "Region by display name East US 2 in a table. Shape: Azure TLS 1.0/1.1 retirement mails "
            "(blog.terenceluk.com 'Update on retirement of TLS 1.0 and TLS 1.1 versions for Azure Services')."))

add("018-azure-post-incident-review-front-door.eml",
    frm=AZ, to=TO_AZ,
    subject="Azure Service Health: Post Incident Review (PIR) - Azure Front Door - Intermittent connection failures (Tracking ID: 7LQK-5T8)",
    date="2026-10-31 02:20:11 +0000",
    auth_results=A_MS, mid=msgid("018", "microsoft"),
    body="""\
Microsoft Azure

Service Health: Post Incident Review (PIR)

Tracking ID:  7LQK-5T8
Service:      Azure Front Door
Regions:      Global
Status:       Resolved
Impact start: 28 October 2026 14:05 UTC
Mitigated:    28 October 2026 16:40 UTC

What happened?
Between 14:05 and 16:40 UTC on 28 October 2026, a subset of customers
using Azure Front Door saw intermittent connection failures and increased
latency for requests served from several edge sites.

What went wrong and why?
A configuration change to the edge routing layer was deployed outside the
normal safe deployment sequence. The change caused some edge nodes to drop
new TLS connections under load.

How did we respond?
Automated monitoring detected the failures at 14:11 UTC. We rolled back
the change and confirmed full recovery at 16:40 UTC.

How are we making incidents like this less likely?
We are adding validation gates to the edge configuration pipeline and
shortening automatic rollback time.

No action is required from you. You can view this PIR in Azure Service
Health in the Azure portal.

""" + AZ_FOOTER + "\n",
    label=L("informational", ["azure:Azure Front Door"], [], None, "verified", False, "azure",
            "https://azure.status.microsoft/status/history/",
            "Resolved incident review; 'No action is required'; the incident dates are past -> informational, "
            "null. 'Regions: Global' is not a region code. Shape: Azure status history PIR layout (What "
            "happened / What went wrong / How did we respond)."))

add("019-azure-planned-maintenance-vms.eml",
    frm=AZ, to=TO_AZ,
    subject="Your Azure virtual machines in West Europe are scheduled for maintenance",
    date="2026-10-26 10:05:30 +0000",
    auth_results=A_MS, mid=msgid("019", "microsoft"),
    body="""\
Microsoft Azure

Planned maintenance for Azure virtual machines

Tracking ID: NT5X-1PG
Region:      West Europe
Subscription: Contoso-Prod (e2b7c4d1-9a3f-4c6e-b8d5-1f0a7e3c2b96)

Azure is performing planned maintenance that requires a reboot of the
virtual machines listed below. The maintenance updates host hardware
firmware and can't be done with a memory-preserving update.

Self-service window:      9 November 2026 - 22 November 2026
Scheduled maintenance:    23 November 2026 - 27 November 2026

During the self-service window you can start maintenance on each VM
yourself from the Azure portal (Virtual machine > Maintenance), at a time
that suits you. VMs you don't maintain yourself will be rebooted by Azure
during the scheduled maintenance window. A reboot normally takes less than
15 minutes.

Affected virtual machines:
  /subscriptions/e2b7c4d1-9a3f-4c6e-b8d5-1f0a7e3c2b96/resourceGroups/rg-erp/providers/Microsoft.Compute/virtualMachines/vm-erp-app01
  /subscriptions/e2b7c4d1-9a3f-4c6e-b8d5-1f0a7e3c2b96/resourceGroups/rg-erp/providers/Microsoft.Compute/virtualMachines/vm-erp-app02

VMs in an availability set or availability zone are updated one update
domain at a time.

""" + AZ_FOOTER + "\n",
    label=L("maintenance", ["azure:Virtual Machines"], ["westeurope"], "2026-11-23", "verified", False,
            "azure", S_AZ_MAINT,
            "Planned maintenance with a self-service window (optional) and a scheduled window; Azure reboots "
            "from 2026-11-23 if the reader does nothing, so the deadline is that effect date (self-service "
            "start 2026-11-09 is a choice, not an obligation). Shape: VM maintenance notifications "
            "(MicrosoftDocs/azure-docs#88595, #45818)."))

add("020-azure-bastion-price-change.eml",
    frm=AZ, to=TO_BILL,
    subject="Azure Bastion prices are changing on 1 February 2027",
    date="2026-11-03 16:00:00 +0000",
    auth_results=A_MS, mid=msgid("020", "microsoft"),
    body="""\
Microsoft Azure

Azure Bastion prices are changing on 1 February 2027

You're receiving this email because you have Azure Bastion hosts in one or
more subscriptions.

Starting 1 February 2027, the hourly prices of the Basic and Standard SKUs
of Azure Bastion will increase, and outbound data transfer from Bastion
hosts will be billed at standard bandwidth rates. The Developer SKU stays
free.

Examples (pay-as-you-go, per hour):
  Standard SKU, Sweden Central:  USD 0.29 -> USD 0.32
  Standard SKU, Brazil South:    USD 0.38 -> USD 0.42

New prices will apply automatically to usage from 1 February 2027. You
don't need to take any action. To estimate your future costs, use the
pricing calculator: https://azure.microsoft.com/pricing/calculator/

""" + AZ_FOOTER + "\n",
    label=L("pricing", ["azure:Azure Bastion"], [], "2027-02-01", "verified", False, "azure",
            "https://azure.microsoft.com/pricing/details/azure-bastion/",
            "Price increase taking effect 2027-02-01, no action. Sweden Central and Brazil South are price "
            "examples, not the reader's resources -> regions empty. Shape: Azure price-change notices and "
            "Bastion pricing page."))

add("021-azure-budget-alert-ja.eml",
    frm=AZ, to=TO_AZ_JA,
    subject="Azure 予算アラート: 予算 'prod-monthly' の 90% に達しました",
    date="2026-10-24 03:41:09 +0000",
    auth_results=A_MS_JA, mid=msgid("021", "microsoft"),
    charset="utf-8", cte="base64", lang="ja",
    body="""\
Microsoft Azure

予算アラート

予算「prod-monthly」で設定したしきい値に達しました。

  予算名:       prod-monthly
  スコープ:     サブスクリプション Contoso-Prod-JP
  予算額:       ¥1,500,000（月次）
  しきい値:     90%（実績コスト）
  現在のコスト: ¥1,362,480
  期間:         2026年10月1日～2026年10月31日

このメールは、Microsoft Cost Management で作成された予算のアラート条件に
一致したため送信されています。予算アラートはリソースを停止しません。
コストの内訳は Azure portal の [コスト分析] でご確認いただけます。

アラートの設定を変更するには、[コスト管理] > [予算] を開いてください。

""" + AZ_FOOTER_JA + "\n",
    label=L("billing", ["azure:Cost Management + Billing"], [], None, "verified", False, "azure",
            "https://learn.microsoft.com/azure/cost-management-billing/costs/tutorial-acm-create-budgets",
            "Japanese (UTF-8 base64) Cost Management budget alert at 90% of actual cost; no action date -> "
            "null. Shape: Cost Management budget alert mails (learn.microsoft.com budgets tutorial)."))

add("022-azure-invoice-ja.eml",
    frm=MS_BILL, to=TO_AZ_JA,
    subject="Azure の請求書 G067381954 の準備ができました",
    date="2026-11-09 11:30:00 +0000",
    auth_results=A_MS_BILL_JA, mid=msgid("022", "microsoft"),
    charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    body="""\
Microsoft Azure

請求書の準備ができました

課金アカウント: 株式会社サンプル商事
課金プロファイル: 本社 IT 部門
請求書番号:   G067381954
請求期間:     2026年10月1日〜2026年10月31日
請求金額:     ¥482,760（税込）
お支払い方法: 銀行振込（請求書払い）
支払期日:     2026年12月10日

請求書の PDF は Azure portal の [コスト管理と請求] > [請求書] から
ダウンロードできます。お振込みの際は、振込依頼人名の前に請求書番号を
ご記入ください。

本メールに関するご質問は、Azure portal から課金のサポート リクエストを
作成してください。

""" + AZ_FOOTER_JA + "\n",
    label=L("billing", ["azure:Cost Management + Billing"], [], "2026-12-10", "verified", False, "azure",
            "https://learn.microsoft.com/ja-jp/azure/cost-management-billing/manage/change-azure-account-profile",
            "Japanese (ISO-2022-JP) invoice-ready mail from microsoft-noreply@microsoft.com; paid by bank "
            "transfer with 支払期日 2026-12-10 -> deadline (parent rule: invoice due date). Invoice number "
            "G + 9 digits is no account. Shape: Azure invoice e-mails and billing-profile docs (ja)."))

add("023-azure-planned-maintenance-ja.eml",
    frm=AZ, to=TO_AZ_JA,
    subject="[Azure] 計画メンテナンスのお知らせ: 東日本リージョンの仮想マシン (追跡 ID: 4KTP-9RZ)",
    date="2026-09-29 07:12:45 +0000",
    auth_results=A_MS_JA, mid=msgid("023", "microsoft"),
    charset="utf-8", cte="qp", lang="ja",
    body="""\
Microsoft Azure

計画メンテナンスのお知らせ

追跡 ID:       4KTP-9RZ
リージョン:     東日本 (Japan East)
サブスクリプション: Contoso-Prod-JP

Azure では、ホスト OS の更新を目的とした計画メンテナンスを以下の日時に
実施します。メモリ保持メンテナンスのため、仮想マシンの再起動は行われません。
メンテナンス中、仮想マシンは最大 30 秒程度一時停止する場合があります。

実施日時: 2026年10月20日（火）10:00～14:00（JST）

対象の仮想マシン:
  vm-web-01  (japaneast)
  vm-web-02  (japaneast)

お客様による対応は必要ありません。影響を受けやすいワークロードがある場合は、
Azure Service Health のアラートを設定し、アプリケーションの再試行ロジックを
ご確認ください。

""" + AZ_FOOTER_JA + "\n",
    label=L("maintenance", ["azure:Virtual Machines"], ["japaneast"], "2026-10-20", "verified", False,
            "azure", S_AZ_MAINT_JA,
            "Japanese (UTF-8 quoted-printable) memory-preserving maintenance, no action; deadline is the "
            "maintenance date 2026-10-20 (10:00 JST is the same day in UTC). Region as 東日本 (Japan East) and "
            "code japaneast. Shape: Azure support blog (ja) on maintenance notifications via Service Health."))

add("024-azure-aks-kubenet-retirement-ja.eml",
    frm=AZ, to=TO_AZ_JA,
    subject="2028 年 3 月 31 日までに AKS の kubenet から Azure CNI オーバーレイに移行してください",
    date="2026-11-19 09:00:00 +0000",
    auth_results=A_MS_JA, mid=msgid("024", "microsoft"),
    charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    body="""\
Microsoft Azure

2028 年 3 月 31 日までに AKS の kubenet から Azure CNI オーバーレイに移行してください

このメールは、Azure Kubernetes Service (AKS) で kubenet ネットワーク
プラグインを使用しているお客様にお送りしています。

kubenet は 2028 年 3 月 31 日に廃止されます。これに先立ち、2027 年 3 月 31 日
以降は kubenet を使用する新しいクラスターを作成できなくなります。既存の
クラスターは廃止日まで引き続き動作しますが、サポートは提供されません。

対象のクラスター:
  aks-ja-prod    東日本 (japaneast)
  aks-ja-batch   東日本 (japaneast)

必要な対応
2028 年 3 月 31 日までに、クラスターを Azure CNI オーバーレイに移行してください。
移行の手順: https://learn.microsoft.com/ja-jp/azure/aks/upgrade-azure-cni

ヘルプとサポート
ご不明な点は、Azure portal からサポート リクエストを作成してください。

""" + AZ_FOOTER_JA + "\n",
    label=L("action-required", ["azure:Azure Kubernetes Service"], ["japaneast"], "2028-03-31", "verified",
            False, "azure", S_AZ_DEPR,
            "Japanese (ISO-2022-JP) retirement notice. Deadline: the migrate-by date the subject names "
            "(2028-03-31, the kubenet retirement), not the earlier create block of 2027-03-31 (owner's "
            "rule). Shape: Azure retirement notices ('Required Action' before date) in "
            "azure-deprecation/dashboard#40."))

add("025-azure-phish-unusual-signin.eml",
    frm=("Microsoft Azure", "security-noreply@azure-accountprotection.com"), to=TO_AZ,
    subject="Azure security alert: unusual sign-in to your subscription - verify within 24 hours",
    date="2026-10-08 21:44:02 +0000",
    auth_results=ar("azure-accountprotection.com", "security-noreply@azure-accountprotection.com", "k1",
                    ip="45.137.22.91", policy="p=NONE sp=NONE dis=NONE"),
    mid="<b71c0e94a2d3.4f18@azure-accountprotection.com>",
    html="""\
<html><body style="font-family:Segoe UI,Arial,sans-serif">
<p style="font-size:20px;color:#0078d4">Microsoft Azure</p>
<h2>Unusual sign-in activity</h2>
<p>We detected a sign-in to your Azure subscription from an unrecognized device.</p>
<table>
<tr><td>Location:</td><td>Lagos, Nigeria</td></tr>
<tr><td>IP address:</td><td>102.89.34.11</td></tr>
<tr><td>Time:</td><td>8 October 2026 21:31 UTC</td></tr>
</table>
<p>If this wasn't you, your subscription may be compromised. Verify your identity within
<b>24 hours</b> or your subscription and all resources will be locked.</p>
<p><a href="https://portal-azure.com-secure-login.info/verify?id=8d2f6b1e">Review recent activity</a></p>
<p style="font-size:11px;color:#666">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</body></html>
""",
    label=L("security-incident", ["azure:Microsoft Entra ID"], [], "2026-10-09", "suspicious", False, "azure",
            S_AZ_PHISH,
            "Phishing from azure-accountprotection.com: SPF/DKIM/DMARC pass for the look-alike domain, which "
            "is not Microsoft's; link to portal-azure.com-secure-login.info. Category of what it claims "
            "(compromised account); 24 h from 2026-10-08 21:44 UTC -> 2026-10-09. Shape: cloud-provider "
            "account-lock lures (gorganizer.net)."))


# ==========================================================================
# DIGITALOCEAN
# ==========================================================================

S_DO_DDOS = "https://github.com/trailofbits/algo/issues/14615"
S_DO_BRUTE = "https://github.com/jenkins-infra/helpdesk/issues/3541"
S_DO_MAINT = "https://github.com/nodejs/build/issues/3058"
S_DO_DB = "https://docs.digitalocean.com/products/databases/postgresql/details/supported-versions/"
S_DO_INVOICE = "https://docs.digitalocean.com/platform/billing/invoices/"
S_DO_LATE = "https://docs.digitalocean.com/platform/billing/late-payments"

add("026-do-droplet-disconnected-ddos.eml",
    frm=DO_SUPPORT, to=TO_OPS,
    subject="Droplet vpn-ams3-01 has been disconnected from the network",
    date="2026-09-03 11:18:07 +0000",
    auth_results=A_DO, mid=msgid("026", "sendgrid"),
    body="""\
Hi,

We are writing to let you know that your Droplet vpn-ams3-01 at
188.166.42.19 has been disconnected from the network after sending
52,310 pps of a 148,902 pps Distributed Denial of Service attack that
originated from 3 Droplets on our network.

Details of the attack:
  Source IP:                  188.166.42.19
  Droplet ID:                 412903388
  Region:                     AMS3
  Total traffic in attack:    148,902 pps
  This Droplet's share:       52,310 pps
  Target of attack:           192.0.2.144 (UDP 443)
  Droplets involved:          3

The traffic from your Droplet matches a pattern of malicious traffic sent
by several Droplets towards one victim. We understand how disruptive this
is; however, we had to disconnect the Droplet to stop further harm.

Your path to resolution:
  1. Log in through the Recovery Console in the control panel (network
     access is disabled, console access is not).
  2. Find and remove the cause: check running processes, cron jobs and
     recently changed files; a compromised service is the usual cause.
  3. Reply to this ticket with what you found and fixed. We will review
     your reply and restore networking.

If you think this is a false positive, please reply and tell us what the
Droplet is used for.

Thank you,
DigitalOcean Support

""" + DO_FOOTER + "\n",
    label=L("abuse", ["digitalocean:Droplets"], ["ams3"], None, "verified", False, "digitalocean", S_DO_DDOS,
            "Droplet already disconnected for an outgoing DDoS; reply needed but no date -> null. Region AMS3 "
            "labelled in lower case. Shape: the disconnection mail quoted in trailofbits/algo#14615."))

add("027-do-abuse-report-ssh-bruteforce.eml",
    frm=DO_TS, to=TO_OPS,
    subject="Abuse report for 164.90.213.77: SSH brute force [ticket 09812377]",
    date="2026-10-16 15:29:41 +0000",
    auth_results=A_DO, mid=msgid("027", "sendgrid"),
    body="""\
Hello,

We've received a report that the Droplet ci-runner-fra1-03 (164.90.213.77,
region FRA1) was used to attempt SSH logins against other hosts
(brute force). You can read the report here:

  https://digitalocean.abusehq.net/share/q7VxT2mKe9Lr4WbNa0YcHdJf8sPuZ3Gi

Activity of this kind breaks our Acceptable Use Policy. Please investigate
the Droplet and reply to this ticket within 24 hours with:

  - what caused the traffic, and
  - what you have done to stop it from happening again.

If we do not receive a reply within 24 hours, or the activity continues,
we may disable networking on the Droplet without further notice.

Regards,
DigitalOcean Trust & Safety

""" + DO_FOOTER + "\n",
    label=L("abuse", ["digitalocean:Droplets"], ["fra1"], "2026-10-17", "verified", False, "digitalocean",
            S_DO_BRUTE,
            "Third-party abuse report (SSH brute force) with an abusehq share link; reply within 24 hours of "
            "2026-10-16 15:29 UTC -> 2026-10-17. 8-digit ticket number. Shape: DigitalOcean abuse notice in "
            "jenkins-infra/helpdesk#3541."))

add("028-do-managed-postgres14-migrate.eml",
    frm=DO_NOREPLY, to=TO_OPS,
    subject="Migrate your PostgreSQL 14 database clusters to PostgreSQL 17 before November 12, 2026",
    date="2026-09-17 14:00:00 +0000",
    auth_results=A_DO, mid=msgid("028", "sendgrid"),
    body="""\
Hi there,

PostgreSQL 14 reaches its community end of life on November 12, 2026. You
have Managed Databases clusters that still run version 14:

  Cluster                   Region   Version
  db-postgresql-nyc3-41877  NYC3     14.17
  analytics-pg              SFO3     14.17

What happens next
  - November 12, 2026: you can no longer create new PostgreSQL 14
    clusters or read-only nodes, and version 14 stops receiving fixes.
  - January 12, 2027: clusters still on version 14 are upgraded to
    PostgreSQL 17 automatically during their maintenance window. The
    upgrade causes a short period of downtime.

What you need to do
Upgrade each cluster in place from the control panel (Settings >
Upgrade) or with `doctl databases upgrade`, after testing your application
against version 17. We recommend upgrading before November 12, 2026.

Docs: https://docs.digitalocean.com/products/databases/postgresql/how-to/upgrade-version/

Happy coding,
The DigitalOcean Team

""" + DO_FOOTER + "\n",
    label=L("action-required", ["digitalocean:Managed Databases"], ["nyc3", "sfo3"], "2026-11-12", "verified",
            False, "digitalocean", S_DO_DB,
            "'Migrate ... to ... before <date>' subject without marker; timeline 2026-11-12 (EOL, create block) "
            "and 2027-01-12 (forced upgrade) -> earliest ahead 2026-11-12. Shape: DigitalOcean Managed "
            "Databases version end-of-life notices and the supported-versions page."))

add("029-do-network-maintenance-nyc1.eml",
    frm=DO_SUPPORT, to=TO_OPS,
    subject="Scheduled maintenance: network upgrades in NYC1 - 2026-11-10 04:00 UTC",
    date="2026-11-02 19:23:50 +0000",
    auth_results=A_DO, mid=msgid("029", "sendgrid"),
    body="""\
Start: 2026-11-10 04:00 UTC
End:   2026-11-10 08:00 UTC

Hello,

During the above window, our engineering team will replace core switches
in the NYC1 datacenter as part of planned network upgrades.

Expected impact:

Inbound and outbound traffic for Droplet-based services in NYC1 may see a
few brief interruptions of 5 to 15 seconds while traffic is moved away
from the switches being replaced. Droplet create, resize and power events
may be delayed during the window. No action is required from you.

If you have questions about this maintenance, please open a ticket from
https://cloudsupport.digitalocean.com/s/createticket

Thank you,
Team DigitalOcean

Affected Droplets:
  legacy-mail-nyc1
  monitoring-nyc1-01
""",
    label=L("maintenance", ["digitalocean:Droplets"], ["nyc1"], "2026-11-10", "verified", False,
            "digitalocean", S_DO_MAINT,
            "Network maintenance window, no action; deadline = start date 2026-11-10. Shape: DigitalOcean "
            "maintenance mails (Start/End lines, 'Expected Impact', affected Droplets) in nodejs/build#3058, "
            "#2887, #2958."))

add("030-do-invoice-available.eml",
    frm=DO_NOREPLY, to=TO_BILL,
    subject="Your 2026-10 invoice for team Example Platform is available",
    date="2026-11-01 09:02:11 +0000",
    auth_results=A_DO, mid=msgid("030", "sendgrid"),
    body="""\
Hi there,

Your invoice for October 2026 is ready.

  Team:            Example Platform
  Invoice number:  7719034-508
  Billing period:  2026-10-01 to 2026-10-31
  Amount:          $1,284.17

This amount will be charged to your default payment method (Visa ending
in 4417) today. You don't need to do anything.

View or download the invoice (PDF or CSV) on the Billing page:
https://cloud.digitalocean.com/account/billing

Thanks for building on DigitalOcean,
The DigitalOcean Team

""" + DO_FOOTER + "\n",
    label=L("billing", ["digitalocean:Billing"], [], None, "verified", False, "digitalocean", S_DO_INVOICE,
            "Monthly invoice, charged automatically on the card -> no due date to act on -> null. Shape: "
            "DigitalOcean invoices doc (PDF e-mailed on the first day of the month)."))

add("031-do-phish-payment-declined.eml",
    frm=("DigitalOcean", "billing@digitalocean.com"), to=TO_BILL,
    subject="Payment declined - your Droplets will be destroyed in 72 hours",
    date="2026-09-25 03:33:29 +0000",
    auth_results=ar("digitalocean.com", "www-data@vps-77213.hostmidas.example", "s1", dkim="none",
                    spf="fail", dmarc="fail", ip="91.215.85.40",
                    policy="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE"),
    mid="<ad91f5c7e0b2.20260925033329@vps-77213.hostmidas.example>",
    headers=[("Return-Path", "<www-data@vps-77213.hostmidas.example>")],
    body="""\
DigitalOcean

Hello,

We were unable to charge your card for your latest invoice. Your account
is now past due and your Droplets, Volumes and Spaces are scheduled for
permanent deletion.

Outstanding balance: $212.40

To keep your resources, restore your billing information within 72 hours:

  https://cloud-digitalocean.billing-restore.com/account/billing

After 72 hours all data will be destroyed and cannot be recovered.

The DigitalOcean Billing Team
""",
    label=L("billing", ["digitalocean:Billing"], [], "2026-09-28", "suspicious", False, "digitalocean",
            S_DO_LATE,
            "Spoofed From: billing@digitalocean.com sent from a VPS; SPF and DMARC fail, no DKIM; link host "
            "cloud-digitalocean.billing-restore.com. Claimed 72 h from 2026-09-25 03:33 UTC -> 2026-09-28. "
            "Real past-due handling (late-payments doc: hold, then suspension, deletion after 14 days) does "
            "not match the lure."))


# ==========================================================================
# HETZNER
# ==========================================================================

S_HZ_NETSCAN = "https://github.com/MinaProtocol/mina/issues/7053"
S_HZ_LOCK = "https://docs.hetzner.com/robot/dedicated-server/troubleshooting/guideline-in-case-of-server-locking/"
S_HZ_MAINBOARD = ("https://docs.hetzner.com/de/robot/dedicated-server/general-information/"
                  "mainboard-replacement-for-several-dedicated-servers")
S_HZ_PRICE = "https://computerbase.de/forum/threads/hetzner-preiserhoehung-serverboerse-wegen-strom.2066391/page-3"

add("032-hetzner-abuse-netscan.eml",
    frm=HZ_ABUSE, to=TO_OPS,
    subject="Abuse Message [AbuseID:8E21F4:2A]: NetscanOutLevel: Netscan detected from 65.21.148.30",
    date="2026-10-14 11:08:19 +0200",
    auth_results=A_HZ, mid=msgid("032", "hetzner.com"),
    body="""\
Dear Mr Jonas Richter,

We have indications that there was an attack from your server.
Please take all necessary measures to avoid this in the future and to
solve the issue.

We also request that you send a short response to us. This response
should contain information about how this could have happened and what
you intend to do about it.
In the event that the following steps are not completed successfully, your
server can be blocked at any time after 2026-10-14 15:08:19 +0200.

How to proceed:
- Solve the issue
- Test if the issue still exists by using the following link:
  https://abuse.hetzner.com/retries/?token=9a0c4e17b2d85f36c1e7a4d20b9f8e53
- After successfully testing that the issue is resolved, send us a
  statement by using the following link:
  https://abuse.hetzner.com/statements/?token=9a0c4e17b2d85f36c1e7a4d20b9f8e53

Important note:
When replying to us, please leave the abuse ID [AbuseID:8E21F4:2A]
unchanged in the subject line. Manual replies will only be handled in the
event of a lock down.

Affected server: ubuntu-8gb-hel1-2 (Hetzner Cloud, location hel1)

##########################################################################
#               Netscan detected from host 65.21.148.30                  #
##########################################################################

time                      protocol src_ip       src_port   dest_ip       dest_port
------------------------------------------------------------------------------------
Wed Oct 14 07:51:02 2026  TCP      65.21.148.30 50412   => 10.12.0.5      9000
Wed Oct 14 07:51:02 2026  TCP      65.21.148.30 50418   => 10.12.0.17     9000
Wed Oct 14 07:51:03 2026  TCP      65.21.148.30 43320   => 172.16.4.1     9000
Wed Oct 14 07:51:05 2026  TCP      65.21.148.30 43326   => 192.168.10.11  9000
Wed Oct 14 07:51:07 2026  TCP      65.21.148.30 39670   => 172.31.250.9   9000

Kind regards

Abuse Team

""" + HZ_FOOTER + "\n",
    label=L("abuse", ["hetzner:Cloud"], ["hel1"], "2026-10-14", "verified", False, "hetzner", S_HZ_NETSCAN,
            "Hetzner NetScan abuse message; block possible 'after 2026-10-14 15:08:19 +0200' (same day as the "
            "Date) -> 2026-10-14. Netscan table to private ranges is typical of misconfigured P2P software. "
            "Shape: 'Abuse Message [AbuseID:...]: NetscanOutLevel' in MinaProtocol/mina#7053 and "
            "erigontech/erigon#6034; Hetzner locking guideline."))

_inner_hz = inner(
    "hetzner-phishing-abuse", frm=HZ_ABUSE, to="hosting@example.com",
    subject="Abuse Message [AbuseID:5B7C02:19]: Phishing: Phishing website on 88.99.74.210",
    date="2026-11-24 09:00:00 +0100", mid=msgid("033-inner", "hetzner.com"),
    auth_results=A_HZ, attach_name="Abuse Message AbuseID 5B7C02 19.eml",
    body="""\
Dear Sir or Madam,

We have received a complaint about content hosted on your server
88.99.74.210 (dedicated server AX41-NVMe #2184405). The reporter states
that the following URL hosts a phishing page imitating a parcel service:

  http://88.99.74.210/track/dhl-update/

Please remove the content and check how it got onto the server. Send us
a statement using the following link:
https://abuse.hetzner.com/statements/?token=4d7be0a9c21f53e86a0d9b7c4e2f1a68

If we do not receive a statement, your server can be blocked at any time
after 2026-11-26 09:00:00 +0100.

When replying, please leave the abuse ID [AbuseID:5B7C02:19] unchanged in
the subject line.

Kind regards

Abuse Team

""" + HZ_FOOTER + "\n")

add("033-hetzner-fwd-abuse-phishing-attached.eml",
    frm=("Lukas Brandt", "l.brandt@example.com"), to=TO_OPS,
    subject="Fwd: Abuse Message [AbuseID:5B7C02:19]: Phishing: Phishing website on 88.99.74.210",
    date="2026-11-25 08:31:14 +0100",
    auth_results=ar("example.com", "l.brandt@example.com", "google", ip="209.85.128.54",
                    policy="p=NONE sp=NONE dis=NONE"),
    body="""\
Morning all,

See the attached message from Hetzner. That's the old AX41 in FSN1 that
still runs the customer WordPress sites - one of them was obviously
hacked. They can lock the box after tomorrow 09:00, so we need a
statement in today.

Can someone take it?

Lukas
""",
    attach=[_inner_hz],
    label=L("abuse", ["hetzner:Dedicated Server"], ["fsn1"], "2026-11-26", "unverified", False, "hetzner",
            S_HZ_LOCK,
            "Colleague forwards a Hetzner phishing abuse message as an attached message/rfc822 -> unverified; "
            "category of the carried notice; block possible after 2026-11-26 09:00 +0100 -> 2026-11-26. "
            "Location FSN1 only in the colleague's text; server number #2184405 has 7 digits. Shape: Hetzner abuse "
            "messages (MinaProtocol/mina#7053) and locking guideline."))

add("034-hetzner-cloud-host-maintenance.eml",
    frm=HZ_INFO, to=TO_OPS,
    subject="Maintenance on the host system of your cloud servers in nbg1 on 2026-11-17",
    date="2026-11-05 13:45:00 +0100",
    auth_results=A_HZ_INFO, mid=msgid("034", "hetzner.com"),
    body="""\
Dear Client,

We need to carry out maintenance work on the host system on which the
following cloud servers of your project "web-shop" are running:

  Server                 ID         Location
  shop-app-1             58213377   nbg1-dc3
  shop-db-1              58213402   nbg1-dc3

Date:           Tuesday, 17 November 2026
Time window:    06:00 - 10:00 CET
Expected downtime per server: about 15 minutes

During the maintenance the servers will be shut down, moved to another
host and started again automatically. Your data, IP addresses and
configuration are not affected. To avoid an unclean shutdown, you may
power off the servers yourself shortly before the window starts.

You can follow the current status on https://status.hetzner.com.

We apologize for any inconvenience.

Kind regards

Your Hetzner Cloud Team

""" + HZ_FOOTER + "\n",
    label=L("maintenance", ["hetzner:Cloud"], ["nbg1"], "2026-11-17", "verified", False, "hetzner",
            S_HZ_MAINBOARD,
            "Host maintenance with a downtime window; optional self shutdown; deadline = maintenance date "
            "2026-11-17. Location as written nbg1-dc3, labelled nbg1. Shape: Hetzner maintenance mails with "
            "time windows (docs.hetzner.com mainboard replacement FAQ)."))

add("035-hetzner-price-adjustment-de.eml",
    frm=HZ_INFO, to=TO_BILL,
    subject="Preisanpassung / Price adjustment Hetzner Cloud ab 1. Januar 2027",
    date="2026-11-16 10:00:00 +0100",
    auth_results=A_HZ_INFO, mid=msgid("035", "hetzner.com"),
    charset="utf-8", cte="qp", lang="de",
    body="""\
(English version below)

Sehr geehrte Kundin, sehr geehrter Kunde,

gestiegene Kosten für Strom und Hardware zwingen uns, die Preise einiger
Hetzner Cloud Produkte anzupassen. Die neuen Preise gelten ab dem
1. Januar 2027 für alle bestehenden und neuen Server.

  Produkt        bisher (monatlich)   neu (monatlich)
  CX22           3,79 €              4,15 €
  CPX31          15,59 €             16,90 €
  Primäre IPv4   0,60 €              0,70 €

Alle Preise verstehen sich zzgl. MwSt. Sie müssen nichts tun. Wenn Sie mit
der Anpassung nicht einverstanden sind, können Sie die betroffenen
Produkte jederzeit stundengenau löschen.

----------------------------------------------------------------------

Dear Client,

Due to higher costs for electricity and hardware, we are adjusting the
prices of some Hetzner Cloud products. The new prices apply from
1 January 2027 to all existing and new servers (see the table above,
prices excl. VAT). No action is needed; you can delete affected products
at any time, billed by the hour.

Mit freundlichen Grüßen / Kind regards

Ihr Hetzner Online Team

""" + HZ_FOOTER + "\n",
    label=L("pricing", ["hetzner:Cloud"], [], "2027-01-01", "verified", False, "hetzner", S_HZ_PRICE,
            "Bilingual German/English price adjustment (UTF-8 quoted-printable) effective 2027-01-01, no "
            "action. Shape: Hetzner price-increase mail quoted on computerbase.de (Serverbörse 2022)."))

add("036-hetzner-phish-server-locked.eml",
    frm=("Hetzner Online GmbH", "abuse@hetzner-robot-support.de"), to=TO_OPS,
    subject="Abuse Message [AbuseID:F10A2C:77]: your server has been locked - unlock fee due",
    date="2026-10-27 22:10:36 +0100",
    auth_results=ar("hetzner-robot-support.de", "abuse@hetzner-robot-support.de", "mail",
                    ip="194.87.31.208", policy="p=NONE sp=NONE dis=NONE"),
    mid="<f10a2c77.6e3b@hetzner-robot-support.de>",
    body="""\
Dear Customer,

Due to abuse originating from your server (spam sending) we have locked
your dedicated server. To unlock it you must pay the processing fee of
49.00 EUR within 12 hours:

  https://robot.hetzner-unlock.de/pay?abuse=F10A2C-77

If the fee is not paid within 12 hours, the server and all data on it
will be deleted and the contract terminated.

Abuse Team
Hetzner Online GmbH
""",
    label=L("abuse", ["hetzner:Dedicated Server"], [], "2026-10-28", "suspicious", False, "hetzner",
            S_HZ_LOCK,
            "Phishing imitating a Hetzner abuse lock from hetzner-robot-support.de (auth passes for that "
            "look-alike domain); pay link on hetzner-unlock.de; category of the claim (abuse); 12 h from "
            "2026-10-27 22:10 +0100 -> 2026-10-28. Real locks never ask for a fee by link (locking "
            "guideline)."))


# ==========================================================================
# HEROKU
# ==========================================================================

S_HK_INCIDENT = "https://github.com/OWASP/threat-dragon/issues/419"
S_HK_PG = "https://github.com/MozillaFoundation/foundation.mozilla.org/issues/16331"
S_HK_PG2 = "https://github.com/CodeWithAsheville/court-notifications/issues/198"
S_HK_FREE = "https://github.com/badges/shields/issues/8337"
S_HK_MAINT = "https://devcenter.heroku.com/articles/heroku-postgres-maintenance"

add("037-heroku-security-notification.eml",
    frm=HK, to=TO_SEC,
    subject="Heroku Security Notification - action needed on your account",
    date="2026-11-06 02:14:55 +0000",
    auth_results=A_HK, mid=msgid("037", "sendgrid"),
    body="""\
Dear Heroku customer,

We are writing to tell you about a security incident that affects your
Heroku account.

What happened
On November 3, 2026 we detected that an attacker used a compromised
internal token to access a database that stores OAuth tokens used by the
Heroku GitHub integration and hashed account passwords. Our investigation
shows that the OAuth tokens of your account were among those accessed.
We revoked all affected GitHub integration tokens on November 4, 2026.

What we are doing
On November 12, 2026 we will reset the password of every affected Heroku
account. If you have not changed your password by then, you will have to
use the "Forgot your password" flow to sign in.

What you should do
  - Reset your Heroku password now: https://id.heroku.com/account/password/reset
  - Rotate secrets stored in the config vars of your apps, such as API
    keys and database credentials.
  - Reconnect the GitHub integration for your pipelines, and review your
    GitHub audit log for unexpected repository access.

We are sorry for the trouble this causes. Updates will be posted at
https://status.heroku.com/incidents/2861

The Heroku Security Team

""" + HK_FOOTER + "\n",
    label=L("security-incident", ["heroku:GitHub Integration"], [], "2026-11-12", "verified", False, "heroku",
            S_HK_INCIDENT,
            "Security incident (OAuth tokens and password hashes accessed); forced password reset on "
            "2026-11-12, act before it -> deadline; November 3/4 are past events. Subject uses 'action needed' "
            "rather than a marker. Shape: the April 2022 Heroku notifications quoted in OWASP/threat-dragon#419 "
            "and #431."))

add("038-heroku-postgres15-upgrade.eml",
    frm=HK, to=TO_DEV,
    subject="Upgrade your Heroku Postgres 15 database before 2026-Dec-20",
    date="2026-09-21 17:05:31 +0000",
    auth_results=A_HK, mid=msgid("038", "sendgrid"),
    body="""\
Hello,

PostgreSQL 15 reaches end-of-life on 2027-Jan-20. Due to security and
operational concerns, Heroku can't run unsupported software as a service.
The following database needs an upgrade:

     App:      field-notes-api
     Database: postgresql-tapered-48213::HEROKU_POSTGRESQL_CRIMSON_URL
     Plan:     Standard-0

You have two options:

- Before 2026-Dec-20, upgrade the database to version 16 or later
  yourself. Most upgrades cause about 10 minutes of downtime; leave time to
  check that your app works afterwards. Instructions:
  https://devcenter.heroku.com/articles/upgrading-heroku-postgres-databases

- After 2026-Dec-20, we'll schedule an automatic upgrade to version 18.
  Forced upgrades can take from 10 minutes to an hour, and we'll tell you
  when it is scheduled.

All upgrades must be complete by 2026-Dec-20. We reserve the right to
deprovision any database that isn't upgraded by that date.

Best regards,

The Heroku Data Team

""" + HK_FOOTER + "\n",
    label=L("action-required", ["heroku:Heroku Postgres"], [], "2026-12-20", "verified", False, "heroku",
            S_HK_PG,
            "'Upgrade your <engine> before <date>' without marker; upgrade-by 2026-Dec-20 comes before the EOL "
            "2027-Jan-20 -> 2026-12-20 (dates in Heroku's YYYY-Mon-DD form). Shape: Heroku Postgres EOL mails "
            "in MozillaFoundation/foundation.mozilla.org#16331 and CodeWithAsheville/court-notifications#198."))

add("039-heroku-key-value-store-plans-ending.eml",
    frm=HK, to=TO_DEV,
    subject="Heroku Key-Value Store Premium-0 plans ending February 2, 2027",
    date="2026-10-27 16:30:00 +0000",
    auth_results=A_HK, mid=msgid("039", "sendgrid"),
    body="""\
Dear Customer,

Thank you for using Heroku Key-Value Store. We are retiring the Premium-0
plan and replacing it with the Premium-1 plan, which has more memory and
better availability.

  - Starting December 1, 2026, you can no longer provision new Premium-0
    instances.
  - On February 2, 2027, Premium-0 instances that remain will be migrated
    to Premium-1 automatically and billed at the Premium-1 price.

Your apps with Premium-0 instances:
  checkout-web      HEROKU_REDIS_AMBER
  checkout-worker   HEROKU_REDIS_TEAL

Action by you is required: to choose a different plan or avoid the
automatic migration, change the plan of these instances before
February 2, 2027 with `heroku addons:upgrade`.

For more details, visit our FAQ:
https://help.heroku.com/kvs-premium-0-retirement

Thank you,
The Heroku Team

""" + HK_FOOTER + "\n",
    label=L("action-required", ["heroku:Heroku Key-Value Store"], [], "2027-02-02", "verified", False,
            "heroku", S_HK_FREE,
            "'<product> plans ending <date>' notice. Deadline: the plan end the subject names and the "
            "change-by date (2027-02-02), not the earlier provisioning block of 2026-12-01 (owner's rule). "
            "Shape: Heroku free-plan removal mail "
            "('Starting November 28, 2022 ... action by you is required') in badges/shields#8337."))

add("040-heroku-postgres-maintenance.eml",
    frm=HK_BOT, to=TO_DEV,
    subject="[Heroku] Maintenance scheduled for postgresql-angular-03914 on invoice-service",
    date="2026-09-24 08:00:42 +0000",
    auth_results=A_HK_BOT, mid=msgid("040", "sendgrid"),
    body="""\
Hi,

Maintenance is required on your Heroku Postgres database to apply
security updates to the underlying operating system.

  App:       invoice-service
  Database:  postgresql-angular-03914 (DATABASE_URL)
  Plan:      Standard-2
  Window:    Wednesdays 02:00 UTC

The maintenance is scheduled for 2026-09-30 02:00 UTC, during the
database's maintenance window. We'll switch your app to an updated
database server; expect less than a minute of unavailability for
Standard plans.

If you prefer, run the maintenance earlier with:

  heroku pg:maintenance:run postgresql-angular-03914 --app invoice-service

To change the window, use `heroku pg:maintenance:window`.

Details: https://devcenter.heroku.com/articles/heroku-postgres-maintenance

-- Heroku
""",
    label=L("maintenance", ["heroku:Heroku Postgres"], [], "2026-09-30", "verified", False, "heroku",
            S_HK_MAINT,
            "Provider-scheduled Postgres maintenance from bot@notifications.heroku.com; running it earlier is "
            "optional; deadline = scheduled date 2026-09-30. Shape: Heroku Postgres maintenance Dev Center "
            "article (pg:maintenance commands and windows)."))

add("041-heroku-payment-failed.eml",
    frm=HK, to=TO_BILL,
    subject="Action required: payment failed for your Heroku account",
    date="2026-11-03 12:20:09 +0000",
    auth_results=A_HK, mid=msgid("041", "sendgrid"),
    body="""\
Hello,

We were unable to collect payment for your Heroku invoice for October 2026.

  Account:   platform@example.org
  Invoice:   2026-10
  Amount:    $486.00
  Card:      Mastercard ending in 0921 (declined)

Please update your payment method by November 10, 2026:
https://dashboard.heroku.com/account/billing

If payment is still outstanding after that date, your account may be
suspended and your apps and add-ons stopped until the balance is paid.

Thank you,
Heroku Billing

""" + HK_FOOTER + "\n",
    label=L("billing", ["heroku:Billing"], [], "2026-11-10", "verified", False, "heroku",
            "https://devcenter.heroku.com/articles/account-billing",
            "Failed payment with an 'Action required:' marker and an explicit update-by date 2026-11-10 -> "
            "billing with that deadline. Shape: Heroku billing/delinquency e-mails (Dev Center account "
            "billing)."))


# ==========================================================================
# ORACLE CLOUD
# ==========================================================================

S_OCI_IDLE = "https://www.office.ga/others/2023/0719/Oralce-Reclaiming-idle-resources.html"
S_OCI_ANN = "https://github.com/oracle/oci-cli/issues/359"

add("042-oci-always-free-idle-reclaim.eml",
    frm=OCI, to=TO_DEV,
    subject="Oracle Cloud Infrastructure: idle Always Free compute instances will be reclaimed",
    date="2026-11-19 14:02:37 +0000",
    auth_results=A_OCI, mid=msgid("042", "oracle.com"),
    body="""\
Oracle Cloud Infrastructure Customer,

Oracle Cloud Infrastructure (OCI) reclaims idle Always Free compute
resources so that it can provide the service efficiently to all Always
Free customers. An instance is idle when, during a 7-day period, its
95th-percentile CPU utilization, its network utilization and (for A1
shapes) its memory utilization all stay below 20%.

The following instances in your tenancy "examplelab" were idle in the
last 7 days:

  Instance       Shape                 Region
  gemini-cap-1   VM.Standard.A1.Flex   ap-tokyo-1
  tiny-proxy     VM.Standard.E2.1.Micro ap-tokyo-1

Unless they become active, these instances will be stopped on
November 26, 2026. Your boot and block volumes remain available, and you
can restart an instance as long as its shape is available in your region.

You can keep idle instances from being stopped by upgrading your account
to Pay As You Go. You are not charged as long as your usage stays within
the Always Free limits.

Oracle Cloud Infrastructure
""",
    label=L("action-required", ["oracle-cloud:Compute"], ["ap-tokyo-1"], "2026-11-26", "verified", False,
            "oracle-cloud", S_OCI_IDLE,
            "Warning that idle Always Free instances will be stopped on 2026-11-26 unless used or the account "
            "is upgraded -> action-required with that date (could be argued informational: the stop is "
            "reversible). Shape: OCI 'reclaiming idle resources' mail quoted on office.ga and in "
            "hacker-news/lemmy threads."))

add("043-oci-announcement-adb-maintenance.eml",
    frm=OCI_NOTIF, to=TO_OPS,
    subject="OCI Announcement: Scheduled maintenance for Autonomous Database Serverless in eu-frankfurt-1",
    date="2026-11-20 18:10:05 +0000",
    auth_results=A_OCI_NOTIF, mid=msgid("043", "notification.us-ashburn-1.oci.oraclecloud.com"),
    body="""\
Announcement summary
--------------------
Type:               Scheduled maintenance
Service:            Autonomous Database Serverless
Region:             eu-frankfurt-1
Time window:        2026-12-05 06:00 UTC - 2026-12-05 10:00 UTC
Reference ticket:   CHANGE-271943

Description
Oracle will apply quarterly database patches to Autonomous Database
Serverless instances in the region. Each database is patched in a rolling
manner; sessions may be disconnected briefly and should reconnect with
Transparent Application Continuity enabled.

Affected resources
  ocid1.autonomousdatabase.oc1.eu-frankfurt-1.antheljtq3fzbxaa7rkd4vnzcmpl5oueg2swh6yti
  ocid1.autonomousdatabase.oc1.eu-frankfurt-1.antheljtq3fzbxaaw6lf2ubxr7nkyhdc4mjtesia

Customer action: none required. To view this announcement in the
Console, open Announcements in your tenancy.

--
You are receiving this message because you subscribed to OCI
Announcements through the Notifications topic "cloud-announcements"
(home region us-ashburn-1). To stop receiving these messages, unsubscribe:
https://cloud.oracle.com/notification/unsubscribe?region=us-ashburn-1
""",
    label=L("maintenance", ["oracle-cloud:Autonomous Database"], ["eu-frankfurt-1"], "2026-12-05",
            "verified", False, "oracle-cloud", S_OCI_ANN,
            "Announcement delivered through an OCI Notifications topic (sender "
            "noreply@notification.us-ashburn-1.oci.oraclecloud.com). Affected region eu-frankfurt-1; "
            "us-ashburn-1 is only the topic's home region (trap). Deadline = maintenance date 2026-12-05. "
            "Shape: OCI Announcements delivered by e-mail (oracle/oci-cli#359, announcement-subscription labs)."))

add("044-oci-security-announcement-openssh.eml",
    frm=OCI, to=TO_SEC,
    subject="OCI Security Announcement: update OpenSSH on Oracle Linux compute instances (CVE-2026-33107)",
    date="2026-10-05 20:45:19 +0000",
    auth_results=A_OCI, mid=msgid("044", "oracle.com"),
    body="""\
Oracle Cloud Infrastructure Customer,

Oracle is aware of a vulnerability in OpenSSH (CVE-2026-33107, CVSS 8.1)
that can allow remote code execution under specific conditions on
systems using glibc.

Oracle Linux 8 and 9 platform images published on or after
2 October 2026 contain the fixed openssh packages. Your tenancy has
compute instances in us-ashburn-1 that were launched from earlier images.

Recommended action
  - Update the package: sudo dnf update openssh
  - Or apply the fix without a restart using Ksplice where available.
  - Restrict SSH access with network security groups or the OCI Bastion
    service.

OCI-managed services are being patched by Oracle; no action is needed for
them.

Security alerts: https://www.oracle.com/security-alerts/

Oracle Cloud Infrastructure Security
""",
    label=L("security-advisory", ["oracle-cloud:Compute"], ["us-ashburn-1"], None, "verified", False,
            "oracle-cloud", "https://www.oracle.com/security-alerts/",
            "Vulnerability advisory with recommended update, no required date -> security-advisory, null. "
            "Shape: Oracle security alerts and OCI announcements."))


# ==========================================================================
# CLOUDFLARE
# ==========================================================================

S_CF_LE = ("https://www.31du.cn/blog/cloudflare-action-required-upcoming-lets-encrypt-certificate-chain-change-"
           "cloudflare-lets-encrypt.html")

add("045-cloudflare-certificate-validity-change.eml",
    frm=CF, to=TO_OPS,
    subject="Update your certificate automation by March 15, 2027",
    date="2026-11-24 17:00:00 +0000",
    auth_results=A_CF, mid=msgid("045", "sendgrid"),
    body="""\
Cloudflare

Upcoming change to maximum certificate validity

We are reaching out because your account uploads custom certificates to
Cloudflare for the zone example-shop.com.

Following the CA/Browser Forum decision to shorten the lifetime of
publicly trusted TLS certificates:

  - February 1, 2027: Cloudflare-managed certificates (Universal SSL,
    Advanced Certificate Manager) are issued with a validity of at most
    100 days. No action is needed for these; Cloudflare renews them.
  - March 15, 2027: Cloudflare will reject uploads of custom certificates
    valid for more than 100 days, and custom certificates will need to be
    replaced at least every 100 days.

What you need to do
Make sure the process that uploads your custom certificates (API or
Terraform) can obtain and upload a new certificate at least every 100 days
before March 15, 2027. Cloudflare sends expiry reminders 30 and 14 days
before a custom certificate expires.

If you have questions, refer to our Developer Documentation:
https://developers.cloudflare.com/ssl/edge-certificates/custom-certificates/

""" + CF_FOOTER + "\n",
    label=L("action-required", ["cloudflare:SSL/TLS"], [], "2027-03-15", "verified", False, "cloudflare",
            S_CF_LE,
            "'Update your X by <date>' without marker. Two dates: 2027-02-01 is a change Cloudflare applies "
            "with no action, 2027-03-15 is when uploads are rejected -> act-by 2027-03-15 (a strict "
            "'earliest date' reading would give 2027-02-01). Shape: Cloudflare's '[Action required] Upcoming "
            "Let's Encrypt certificate chain change' mail (31du.cn copy; numfocus/infrastructure#34)."))

add("046-cloudflare-incident-resolved.eml",
    frm=CF, to=TO_OPS,
    subject="[Cloudflare Incident Alert] Resolved - Elevated errors for Workers KV",
    date="2026-09-30 23:12:48 +0000",
    auth_results=A_CF, mid=msgid("046", "sendgrid"),
    body="""\
Cloudflare Incident Alert

Status:    Resolved
Component: Workers KV
Impact:    Minor
Started:   2026-09-30 21:04 UTC
Resolved:  2026-09-30 22:51 UTC

Update: This incident has been resolved. Between 21:04 and 22:51 UTC,
a subset of Workers KV reads returned elevated 5xx errors and higher
latency in Western Europe. A fix has been deployed and error rates are
back to normal. We will publish a post-incident report if warranted.

No action is required.

View incident: https://www.cloudflarestatus.com/incidents/yp1tk3x0v8mz

You are receiving this alert because you enabled Incident Alerts for
Workers KV in your notification settings.

""" + CF_FOOTER + "\n",
    label=L("informational", ["cloudflare:Workers KV"], [], None, "verified", False, "cloudflare",
            "https://developers.cloudflare.com/notifications/notification-available/",
            "Incident-alert notification with status Resolved; past times only; 'Western Europe' is not a "
            "region of the reader's resources -> informational, null. Shape: Cloudflare notifications "
            "catalogue (Incident Alerts) and cloudflarestatus.com incidents."))

add("047-cloudflare-phish-domain-removal.eml",
    frm=("Cloudflare", "noreply@notify-cloudflare.com"), to=TO_OPS,
    subject="Action required: example-shop.com will be removed from Cloudflare",
    date="2026-11-11 13:00:27 +0000",
    auth_results=ar("notify-cloudflare.com", "noreply@notify-cloudflare.com", "s1", ip="38.180.61.7",
                    policy="p=NONE sp=NONE dis=NONE"),
    mid="<c4e7a19f2b80.5d3e@notify-cloudflare.com>",
    html="""\
<html><body style="font-family:Arial,sans-serif">
<p style="font-size:20px;color:#f38020"><b>Cloudflare</b></p>
<p>Hello,</p>
<p>We could not verify the nameservers for <b>example-shop.com</b>. Your zone, DNS records and
SSL certificates will be <b>removed within 24 hours</b> unless you confirm ownership.</p>
<p><a href="https://dash.cloudflare.com.zone-verify.net/login?zone=example-shop.com"
style="background:#f38020;color:#fff;padding:8px 14px;text-decoration:none">Verify domain now</a></p>
<p>Cloudflare Support</p>
<p style="font-size:11px;color:#777">Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107</p>
</body></html>
""",
    label=L("action-required", ["cloudflare:DNS"], [], "2026-11-12", "suspicious", False, "cloudflare",
            S_CF_LE,
            "Phishing from notify-cloudflare.com (hyphen instead of the real subdomain notify.cloudflare.com; "
            "auth passes for the look-alike); link host dash.cloudflare.com.zone-verify.net. Category of the "
            "claim; 24 h from 2026-11-11 13:00 UTC -> 2026-11-12."))


# ==========================================================================
# LINODE / AKAMAI AND OVHCLOUD
# ==========================================================================

S_LINODE_DOS = ("https://www.linode.com/community/questions/18712/"
                "i-received-a-ticket-for-an-outbound-dos-why-was-my-linode-restricted-without-war")
S_OVH_ABUSE = "https://github.com/ovh/docs/pull/3491"
S_OVH_PG = "https://github.com/ovh/public-cloud-roadmap/issues/1255"

add("048-linode-abuse-ticket-bruteforce.eml",
    frm=LINODE, to=TO_OPS,
    subject="Linode Support Ticket 24817305 - Outbound brute force from linode61204511",
    date="2026-10-21 17:40:12 +0000",
    auth_results=A_LINODE, mid=msgid("048", "linode.com"),
    body="""\
Hello,

We have received a report of malicious activity originating from your
Linode:

  Linode:   linode61204511 (app-worker-3)
  IP:       172.104.19.233
  Region:   us-east (Newark, NJ)
  Activity: SSH brute force against remote hosts

An excerpt of the report is below. Activity like this usually means that
the Linode has been compromised. Please investigate, remove the cause, and
reply to this ticket within 24 hours with what you found and what you have
done. If you need more time, just reply and ask.

If we do not hear from you within 24 hours, we may restrict network
access to this Linode. You will still be able to reach it through Lish.

---------- report excerpt ----------
Oct 21 16:58:02 mail sshd[2261]: Failed password for root from 172.104.19.233 port 51822 ssh2
Oct 21 16:58:04 mail sshd[2263]: Failed password for admin from 172.104.19.233 port 51840 ssh2
Oct 21 16:58:05 mail sshd[2266]: Failed password for ubuntu from 172.104.19.233 port 51866 ssh2
------------------------------------

You can view and reply to this ticket at
https://cloud.linode.com/support/tickets/24817305

Akamai Cloud Computing Support
""",
    label=L("abuse", ["linode:Compute Instances"], ["us-east"], "2026-10-22", "verified", False, "linode",
            S_LINODE_DOS,
            "Abuse ticket (outbound SSH brute force); reply within 24 hours of 2026-10-21 17:40 UTC -> "
            "2026-10-22. Region us-east (Newark). The Linode ID is 8 digits. Shape: Linode abuse-ticket "
            "practice described in linode.com community questions 18712/19661 and Linode staff's HN post."))

add("049-ovh-abuse-intrusion-attempt.eml",
    frm=("OVHcloud Abuse", "ticket+ABUSE-8841206@abuse.ovh.net"), to=TO_OPS,
    subject="[ABUSE-8841206] Abuse notification: intrusion attempts from 51.75.142.66",
    date="2026-09-11 10:05:44 +0200",
    auth_results=A_OVH_ABUSE, mid=msgid("049", "abuse.ovh.net"),
    body="""\
Hello,

Our abuse team has received a notification concerning one of your
services:

  Service:    Public Cloud instance b2-7-gra11-web (project 3f9a1c7e2d4b)
  Region:     GRA11
  IP address: 51.75.142.66
  Category:   Intrusion attempt (web application attacks)

The reporter observed repeated exploit attempts against WordPress login
and XML-RPC endpoints on their servers from this IP address. The logs they
sent are available in your Control Panel under Support > Abuse.

You have 72 hours to handle this situation and reply to us through the
Control Panel, explaining the origin of the activity and the measures you
have taken. Without an answer, or if the activity continues, we may block
the IP address.

Kind regards,
OVHcloud Abuse Team
""",
    label=L("abuse", ["ovhcloud:Public Cloud Instances"], ["gra11"], "2026-09-14", "verified", False,
            "ovhcloud", S_OVH_ABUSE,
            "OVHcloud abuse ticket from ticket+ABUSE-...@abuse.ovh.net (the address OVH abuse tickets use, per "
            "ovh/docs#3491, though OVH's phishing guide lists only ovhcloud.com/ovh.com); 72 hours from Fri "
            "2026-09-11 10:05 +0200 -> Mon 2026-09-14. Region GRA11 labelled in lower case."))

add("050-ovh-databases-postgresql14-eol.eml",
    frm=OVH_NOREPLY, to=TO_OPS,
    subject="End of Life of PostgreSQL 14 on your Public Cloud Databases services - 12 November 2026",
    date="2026-10-08 09:30:00 +0200",
    auth_results=A_OVH, mid=msgid("050", "ovhcloud.com"),
    body="""\
Hello,

PostgreSQL 14 reaches End of Life on 12 November 2026. You have the
following Public Cloud Databases services on this version:

  Service          Region   Plan
  pg-analytics     GRA      Business
  pg-crm-staging   SBG      Essential

After 12 November 2026, services still on PostgreSQL 14 will be upgraded
automatically to a supported version (15 at minimum) during a maintenance
window chosen by OVHcloud.

To keep control over the timing, upgrade your services yourself before
12 November 2026 from the OVHcloud Control Panel or the API. Check the
compatibility of your extensions and collations before upgrading.

Your NIC handle: xy12345-ovh

Kind regards,
The OVHcloud team
""",
    label=L("action-required", ["ovhcloud:Public Cloud Databases"], ["gra", "sbg"], "2026-11-12", "verified",
            False, "ovhcloud", S_OVH_PG,
            "End-of-life notice: upgrade before 2026-11-12 or be upgraded automatically; no marker in the "
            "subject. Regions GRA and SBG labelled in lower case. NIC handle shown as OVH's own mails do. "
            "Shape: OVHcloud public-cloud-roadmap#1255 ('End of Life: 2026-11-12 ... automatically upgraded')."))


# ==========================================================================
# writing and checking
# ==========================================================================

# display names under which providers write region codes (for the label check)
REGION_NAMES = {
    "eastus": ["East US"], "eastus2": ["East US 2"], "westus2": ["West US 2"],
    "westeurope": ["West Europe"], "northeurope": ["North Europe"],
    "japaneast": ["Japan East", "東日本"], "asia-northeast1": ["東京"],
    "us-east": ["Newark, NJ"],
}

# region/zone codes of the providers in this batch, for the 'mentioned but not labelled' report
REGION_CODE_RES = [
    re.compile(r"\b(?:us|europe|asia|australia|northamerica|southamerica|me|africa)-"
               r"(?:central|east|west|north|south|northeast|southeast|southwest|northwest)\d(?:-[a-f])?\b"),
    re.compile(r"\b(?:nyc|sfo|ams|sgp|lon|fra|tor|blr|syd|atl)\d\b", re.I),
    re.compile(r"\b(?:fsn|nbg|hel|ash|hil|sin)\d\b", re.I),
    re.compile(r"\b(?:us|eu|ap|uk|sa|ca|me|af|il|mx)-(?:ashburn|phoenix|frankfurt|tokyo|osaka|london|"
               r"amsterdam|sydney|zurich)-\d\b"),
    re.compile(r"\b(?:GRA|SBG|BHS|RBX|WAW)\d*\b"),
    re.compile(r"\b(?:eastus2?|westus2?|westeurope|northeurope|japaneast|japanwest)\b"),
]


PROVIDER_DOMAINS = {
    "google-cloud": ("google.com",), "azure": ("microsoft.com",),
    "digitalocean": ("digitalocean.com",), "hetzner": ("hetzner.com",),
    "heroku": ("heroku.com",), "oracle-cloud": ("oracle.com", "oraclecloud.com"),
    "cloudflare": ("cloudflare.com",), "linode": ("linode.com",),
    "ovhcloud": ("ovhcloud.com", "ovh.com", "ovh.net"),
}


def _own_checks(spec, msg, text):
    """No notice is AWS's; a verified notice passes authentication from a sending domain of
    its provider."""
    lab = spec["label"]
    errors = ["this batch holds no AWS notices"] if lab["provider"] == "aws" else []
    if lab["trust"] == "verified":
        dom = spec["frm"][1].split("@")[1]
        ar_ = msg.get("Authentication-Results", "")
        if "=fail" in ar_ or "dmarc=pass" not in ar_:
            errors.append("verified but Authentication-Results does not pass")
        if not dom.endswith(PROVIDER_DOMAINS[lab["provider"]]):
            errors.append("verified but %s is not a sending domain of %s" % (dom, lab["provider"]))
    return errors


def _provider_rows(labels):
    prov = {p: sum(1 for x in labels if x["provider"] == p) for p in PROVIDERS}
    return dict(prow="\n".join("| %s | %d |" % (p, n) for p, n in prov.items() if n))


def main():
    BATCH.write(build=base.build, readme=README, sources=SOURCES, readme_extra=_provider_rows,
                check=lambda spec, raw: common.check(
                    spec, raw, msgid_digits=False, region_names=REGION_NAMES,
                    region_codes=REGION_CODE_RES, extra=[_own_checks]),
                report=[("messages", common.provider_line),
                        ("language", lambda labels: common.critical_line(labels, genuine=True))])


SOURCES = [
    ("Google Cloud crypto-mining suspension mails",
     "https://github.com/puckel/docker-airflow/issues/507, https://github.com/trailofbits/algo/issues/14159"),
    ("Google 'Action Required: Suspicious Activity Observed on Google Cloud Project' (VM ID:zone format)",
     S_PANGEO + ", https://github.com/pangeo-data/pangeo-cloud-federation/issues/913"),
    ("Google policy-violation warnings, suspensions and appeals",
     S_GCP_POLICY_FAQ + ", https://cloud.google.com/docs/security/respond-to-abuse-misuse"),
    ("Chinese/Japanese Google suspension mails", S_PROXYSU + ", https://github.com/mack-a/v2ray-agent/issues/94"),
    ("Exposed service-account key response (iam.serviceAccountKeyExposureResponse)", S_DAVX5),
    ("Google deprecation notice structure ('What do I need to know / do')", S_GAE_GO + ", " + S_GSUTIL),
    ("CloudPlatform-noreply@google.com as sender; free-trial 'action required' subjects", S_XXNET_TRIAL),
    ("Cloud SQL maintenance notifications", S_CLOUDSQL_MAINT),
    ("Google Cloud pricing announcements", S_GCP_PRICING
     + ", https://cloud.google.com/infrastructure/services-updates?hl=ja"),
    ("Google budget alerts", "https://cloud.google.com/billing/docs/how-to/budgets-notification-recipients"),
    ("Japanese Google overdue-payment mails", S_TASKMOTHER),
    ("GKE security bulletins", "https://cloud.google.com/kubernetes-engine/security-bulletins"),
    ("Google Cloud phishing lures", S_GCP_PHISH + ", https://privacysavvy.com/news/cybersecurity/alleged-google-cloud-phishing-scam-phone-emails"),
    ("Azure 'Transition to ... by ...' retirement mail", S_AZ_RBAC),
    ("Azure retirement notice fields (Notice / Impact / Required Action)", S_AZ_DEPR),
    ("Azure TLS 1.0/1.1 retirement mails", S_AZ_TLS + ", https://petri.com/microsoft-retire-tls-azure-blob-storage/"),
    ("'We've disabled your Azure subscription'", S_AZ_DISABLED),
    ("Azure fraud / crypto-mining compromise notifications", S_AZ_FRAUD),
    ("Azure VM planned maintenance notifications", S_AZ_MAINT + ", https://github.com/MicrosoftDocs/azure-docs/issues/45818"),
    ("Azure maintenance notifications (ja)", S_AZ_MAINT_JA),
    ("Azure Monitor alerts abused for callback phishing (context for trust)",
     "https://ironscales.com/threat-intelligence/azure-alert-phishing-microsoft-infrastructure-delivers-the-phish-1"),
    ("Cloud-provider billing / account-lock phishing patterns",
     S_AZ_PHISH + ", https://www.gorganizer.net/explain/fake-aws-cloud-billing-overage-phish"),
    ("DigitalOcean Droplet disconnected for outgoing DDoS", S_DO_DDOS),
    ("DigitalOcean abuse report with abusehq share link", S_DO_BRUTE),
    ("DigitalOcean maintenance mails", S_DO_MAINT + ", https://github.com/nodejs/build/issues/2887, "
     "https://github.com/nodejs/build/issues/2958"),
    ("DigitalOcean invoices and late payments", S_DO_INVOICE + ", " + S_DO_LATE),
    ("Hetzner NetScan abuse messages", S_HZ_NETSCAN + ", https://github.com/erigontech/erigon/issues/6034"),
    ("Hetzner locking guideline (netscan log format)", S_HZ_LOCK),
    ("Hetzner maintenance time windows", S_HZ_MAINBOARD),
    ("Hetzner price increase mail", S_HZ_PRICE),
    ("Heroku April 2022 security notifications", S_HK_INCIDENT + ", https://github.com/OWASP/threat-dragon/issues/431"),
    ("Heroku Postgres end-of-life mails", S_HK_PG + ", " + S_HK_PG2),
    ("Heroku free plans ending mail", S_HK_FREE),
    ("Heroku Postgres maintenance", S_HK_MAINT),
    ("OCI reclaiming idle Always Free resources", S_OCI_IDLE),
    ("OCI Announcements by e-mail", S_OCI_ANN),
    ("Cloudflare '[Action required] Upcoming Let's Encrypt certificate chain change'", S_CF_LE
     + ", https://github.com/numfocus/infrastructure/issues/34"),
    ("Cloudflare notification types (incident alerts, certificate expiry)",
     "https://developers.cloudflare.com/notifications/notification-available/"),
    ("Linode abuse tickets and restrictions", S_LINODE_DOS
     + ", https://linode.com/community/questions/19661/i-received-an-abuse-ticket-for-phishing-spam-how-can-i-resolve-it"),
    ("Linode scheduled migration tickets", "https://github.com/backdrop-ops/backdropcms.org/issues/923"),
    ("OVHcloud abuse ticket sender", S_OVH_ABUSE),
    ("OVHcloud legitimate sending domains", "https://github.com/ovh/docs (pages/account/customer/phishing_care)"),
    ("OVHcloud PostgreSQL 14 end of life", S_OVH_PG),
]


README = """\
# other-providers: notices from cloud providers other than AWS

%(n)d notices (`NNN-short-name.eml`) with labels in `labels.json` (paths relative to the
parent `corpus/` folder). Everything here is written by `generate.py` (standard library only,
deterministic; it imports the MIME helpers of the parent `generate.py`):

    python3 Tests/Fixtures/Resources/corpus/other-providers/generate.py

It rewrites the `.eml` files, `labels.json` and this README, parses every file back and checks
the labels against the decoded text (no AWS account IDs; every 12-digit run a declared trap;
labelled regions present as a code or a display name; Date within 2026-09-01..2026-11-30;
deadline not before the Date; verified mails pass authentication from the provider's own
domain; files exist). It exits 1 on a mismatch. Edit the script, not the files.

All labels were decided by reading the messages; the classifier was neither run nor read.
Wording is our own; shapes (subjects, senders, structure, kinds of dates, resource and region
notation) follow the public notices listed under Sources. Project numbers, subscription IDs,
ticket numbers, CVE numbers, prices and several product changes (GKE 1.33 dates, Cloud SQL
MySQL 5.7, Azure Bastion prices, Heroku Key-Value Store Premium-0, Cloudflare's 100-day
certificates, the Heroku 2026 incident) are invented for the autumn-2026 setting.

## What is in the batch

| provider | messages |
|---|---|
%(prow)s

| category | total | verified | unverified | suspicious |
|---|---|---|---|---|
%(rows)s

Trust: %(ver)d verified, %(unv)d unverified (colleague forwards), %(sus)d suspicious (phishing).
Critical (abuse + security-incident): %(crit)d, of which %(crit_g)d genuine.
Languages: %(en)d English, %(ja)d Japanese, %(de)d German/English. Reminders: %(rem)d. Messages
with a deadline: %(dl)d.

- Senders: `google-cloud-compliance@google.com`, `CloudPlatform-noreply@google.com`,
  `payments-noreply@google.com`, `googlecloud-noreply@google.com`; `azure-noreply@microsoft.com`,
  `microsoft-noreply@microsoft.com`; `support@`, `noreply@`, `abuse@digitalocean.com`;
  `abuse@hetzner.com`, `info@hetzner.com`; `noreply@heroku.com`, `bot@notifications.heroku.com`;
  `noreply@oracle.com` and an OCI Notifications topic
  (`noreply@notification.us-ashburn-1.oci.oraclecloud.com`); `noreply@notify.cloudflare.com`;
  `support@linode.com`; `noreply@ovhcloud.com` and `ticket+ABUSE-...@abuse.ovh.net`.
- Subject forms: "Action required: ... suspended", "Action Required: Suspicious Activity
  Observed on Google Cloud Project ...", "[Action Required] ...", "[要対応]", "ご対応が必要です:",
  "Reminder: ...", "Transition to ... by ...", "TLS 1.2 will become the minimum for ...",
  "Migrate ... to ... before ...", "Upgrade your ... before ...", "<product> plans ending <date>",
  "Update your ... by <date>", "We've disabled your Azure subscription", "Abuse Message
  [AbuseID:...]: NetscanOutLevel: ...", support-ticket subjects, maintenance, price, invoice.
- Encodings: us-ascii 7bit, UTF-8 base64 and quoted-printable, ISO-2022-JP; text/plain,
  HTML only, multipart/mixed with an attached message/rfc822, an inline forward.
- Traps: 12-digit Google project numbers (declared traps, never accounts), 19-digit VM IDs,
  16-digit support request numbers, region names used only as price examples or news
  (Bangkok, Sweden Central, asia-northeast1 prices), the OCI topic's home region in the sender
  domain, optional reschedule/self-service dates before the real maintenance date, several
  dates per notice (create block vs retirement), a look-alike sender that passes SPF/DKIM/DMARC
  for its own domain, a spoofed digitalocean.com From with SPF/DMARC fail.

## Labelling conventions used here

- services: `<provider-id>:<product as the provider writes it>`; newsletters with no single
  product get `[]`; billing mails use the provider's billing product (Cloud Billing, Cost
  Management + Billing, Billing).
- regions: region or zone codes of the affected resources as written, lower-cased (`gra11`,
  `ams3`, `us-central1-f`, `europe-west1-b`, App Engine's `us-central`, Linode's `us-east`);
  Azure display names are mapped to their codes (West Europe -> `westeurope`).
- deadline: as in the parent README (act-by date, or the date of the event the subject names;
  else effect date; relative deadlines from the Date header; an earlier create/provision block is
  not the deadline unless the required action is tied to it; optional reschedule dates ignored;
  invoice due and pay-by dates kept; phishing: the date the lure claims).

## Labels we were unsure of

- `002-gcp-suspicious-activity-compromised.eml`: security-incident (possible compromise used for
  mining); abuse would also be defensible since the trigger is mining traffic.
- `016-azure-cloud-services-transition-reminder.eml`, `024-azure-aks-kubenet-retirement-ja.eml`,
  `039-heroku-key-value-store-plans-ending.eml`, `004-gcp-fwd-cloudsql-mysql57-inline.eml`: the
  deadline is the retirement/migration date the subject names (the owner's rule), not the
  earlier create/provision block date, which a reader planning new deployments might watch.
- `045-cloudflare-certificate-validity-change.eml`: deadline 2027-03-15 (the act-by date) rather
  than 2027-02-01, because the earlier date is a change Cloudflare applies with no action.
- `019-azure-planned-maintenance-vms.eml`: deadline is the start of the scheduled window
  (2026-11-23), not the optional self-service window.
- `005-gcp-cloudsql-maintenance-ja.eml`, `023-azure-planned-maintenance-ja.eml`: maintenance at
  JST times chosen so the JST and UTC dates agree.
- `042-oci-always-free-idle-reclaim.eml`: action-required; informational or maintenance could be
  argued, since stopping is reversible and Oracle performs it.
- `049-ovh-abuse-intrusion-attempt.eml`: sender domain abuse.ovh.net is owned by OVH and
  observed on real abuse tickets, but OVH's own phishing guide names only ovhcloud.com /
  ovh.com; labelled verified.
- `001-`, `002-`, `006-`: zone codes (`us-central1-f`, `europe-west4-a`, `europe-west1-b`) are
  labelled as written rather than reduced to their region.
- `010-gcp-newsletter-new-region.eml`: sender `googlecloud-noreply@google.com` is plausible but
  not confirmed by a public copy; trust follows the google.com domain.

## Sources read (shapes and facts, never copied)

%(sources)s
"""


if __name__ == "__main__":
    main()
