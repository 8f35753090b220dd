#!/usr/bin/env python3
"""Training set B for NoticeDigest's learned model.

Set B targets the confusions among the non-critical categories (action-required,
maintenance, pricing, billing, informational, security-advisory), in many providers'
voices, in English and Japanese. Every notice was written for this file; none is copied
from a real notice.

Run:  python3 set_b.py      (writes set-b.mbox next to this script)

Standard library only, deterministic: the same data always gives the same mbox.
"""

import collections
import datetime
import os
import re
import sys
import textwrap
import time
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

CATEGORIES = (
    "abuse",
    "security-incident",
    "action-required",
    "security-advisory",
    "maintenance",
    "pricing",
    "billing",
    "informational",
)

# Composition asked for set B (checked below, reported as a warning if it drifts).
EXPECTED = {
    "action-required": 40,
    "maintenance": 30,
    "pricing": 20,
    "billing": 25,
    "informational": 35,
    "security-advisory": 10,
}

NOTICES = []


def add(category, sender, subject, body, date=None, to=None):
    """Register one notice. `body` is dedented and stripped; `date` is YYYY-MM-DD."""
    NOTICES.append(
        {
            "category": category,
            "from": sender,
            "subject": subject,
            "body": textwrap.dedent(body).strip("\n") + "\n",
            "date": date,
            "to": to,
        }
    )


# Senders ------------------------------------------------------------------------------

AWS = "Amazon Web Services <no-reply-aws@amazon.com>"
AWS_JP = "アマゾン ウェブ サービス ジャパン <no-reply-aws@amazon.com>"
AWS_BILLING = "AWS Billing <aws-billing@amazon.com>"
GCP = "Google Cloud <CloudPlatform-noreply@google.com>"
GCP_BILLING = "Google Cloud Billing <billing-noreply@google.com>"
GPAY = "Google Payments <payments-noreply@google.com>"
AZURE = "Microsoft Azure <azure-noreply@microsoft.com>"
OCI = "Oracle Cloud Infrastructure <oci-notifications@oracle.com>"
OCI_BILLING = "Oracle Cloud Billing <oraclecloud-billing@oracle.com>"
DO = "DigitalOcean <no-reply@digitalocean.com>"
DO_SUPPORT = "DigitalOcean Support <support@digitalocean.com>"
HETZNER = "Hetzner Online GmbH <info@hetzner.com>"
HETZNER_ACC = "Hetzner Online GmbH <accounting@hetzner.com>"
HEROKU = "Heroku <noreply@heroku.com>"
CLOUDFLARE = "Cloudflare <noreply@notify.cloudflare.com>"
CF_SUPPORT = "Cloudflare Support <support@cloudflare.com>"
CF_ACCOUNTS = "Cloudflare Account Team <accounts@cloudflare.com>"
AKAMAI = "Akamai Cloud <support@linode.com>"
AKAMAI_BILLING = "Akamai Cloud Billing <billing@linode.com>"
OVH = "OVHcloud <noreply@ovh.com>"
SCALEWAY = "Scaleway <noreply@scaleway.com>"
VERCEL = "Vercel <notifications@vercel.com>"
FASTLY = "Fastly <no-reply@fastly.com>"
FASTLY_STATUS = "Fastly Status <status@fastly.com>"
IBM = "IBM Cloud <no-reply@cloud.ibm.com>"
ALIBABA = "Alibaba Cloud <no-reply@notice.alibabacloud.com>"
SAKURA = "さくらインターネット <info@sakura.ad.jp>"
SAKURA_SUPPORT = "さくらインターネット 会員サポート <support@sakura.ad.jp>"
IIJ = "IIJ GIO サポート <gio-info@iij.ad.jp>"
IIJ_BILLING = "IIJ サービスオンライン <billing-info@iij.ad.jp>"
NTT = "NTTドコモビジネス Smart Data Platform <sdpf-info@ntt.com>"
KDDI = "KDDI クラウドサービス <cloud-support@kddi.com>"
FUJITSU = "富士通クラウドサービス <fjcloud-info@fujitsu.com>"
CONOHA = "ConoHa by GMO <info@conoha.jp>"
XSERVER = "エックスサーバー <support@xserver.ne.jp>"


# ======================================================================================
# action-required (40: 30 English, 10 Japanese)
# ======================================================================================

add("action-required", AWS,
    "Amazon RDS for PostgreSQL 12 standard support ends February 28, 2027",
    """
    Hello,

    You are receiving this message because your AWS account 111122223333 has one or more
    Amazon RDS for PostgreSQL instances running major version 12.

    Standard support for PostgreSQL 12 on Amazon RDS ends on February 28, 2027. Please
    upgrade these instances to PostgreSQL 16 or a later major version before then. Any
    instance still running version 12 on March 1, 2027 will be enrolled automatically in
    RDS Extended Support, and Extended Support charges will apply from that day.

    Resource: db-orders-prod
    Region: eu-west-1
    Engine version: 12.19

    We recommend rehearsing the upgrade on a restored snapshot first. The steps are
    described at https://docs.example.org/rds/pg-major-upgrade.

    Sincerely,
    Amazon Web Services
    """)

add("action-required", "AWS Lambda <no-reply-aws@amazon.com>",
    "Lambda functions in your account use the python3.9 runtime",
    """
    Hello,

    We are contacting you because AWS account 444455556666 has at least one Lambda
    function configured with the python3.9 runtime. Lambda deprecates python3.9 on
    December 15, 2026; after that the runtime gets no more security patches or technical
    support.

    Two further stages follow. From February 1, 2027 you can no longer create functions
    on python3.9, and from March 3, 2027 updates to existing python3.9 functions are
    blocked. Invocations keep working, but on a runtime nobody patches.

    Affected functions (us-east-2):
    - arn:aws:lambda:us-east-2:444455556666:function:thumbnailer
    - arn:aws:lambda:us-east-2:444455556666:function:nightly-export

    Move these functions to python3.13 and test them before the first date above. The
    Affected resources tab of the AWS Health Dashboard lists every function concerned.
    """)

add("action-required", GCP,
    "Upgrade your GKE clusters off version 1.30 before it reaches end of support",
    """
    Dear Google Cloud customer,

    GKE version 1.30 reaches end of standard support on January 11, 2027. The following
    clusters in project acme-shop-prod (project number 731042215598) still run a 1.30
    control plane:

    Cluster: storefront-eu / Location: europe-west4 / Version: 1.30.9-gke.1201000
    Cluster: batch-jobs / Location: us-central1-a / Version: 1.30.8-gke.1162000

    Please upgrade the control planes and node pools to 1.31 or later before that date.
    Clusters still on 1.30 afterwards will be upgraded automatically by GKE, control plane
    first and node pools next, and this can happen outside your maintenance windows once
    any exclusions have expired.

    Before upgrading, check the deprecation insights on the Kubernetes Engine page for
    APIs removed in 1.31.

    The Google Kubernetes Engine team
    """)

add("action-required", AZURE,
    "Azure Storage will accept only TLS 1.2 and later from 3 February 2027",
    """
    You're receiving this email because you use Azure Storage.

    On 3 February 2027, Azure Blob, File, Queue and Table storage will stop accepting
    requests negotiated with TLS 1.0 or TLS 1.1. Clients that can't use TLS 1.2 or later
    will no longer be able to connect to your storage accounts.

    Subscription: Contoso Production (aaaa1111-bb22-cc33-dd44-eeeeee555555)
    Storage account: stcontosologs01
    Requests over TLS 1.0/1.1 in the last 7 days: 18,204

    Find the clients still using legacy TLS by querying the TlsVersion field in your
    storage resource logs, then update their operating systems, runtimes or libraries.
    When they are updated, set the account's minimum TLS version to 1.2.
    """)

add("action-required", AZURE,
    "Migrate your .NET function apps to the isolated worker model",
    """
    Hello,

    Support for the in-process model for .NET apps in Azure Functions ends on 10 November
    2026. Function apps on the in-process model keep running after that date, but they
    no longer receive security updates and are not eligible for support.

    We found these apps using the in-process model:

    App: func-invoice-sync / Resource group: rg-finance / Region: West US 3
    App: func-email-relay / Resource group: rg-shared / Region: West US 3

    To avoid running unsupported code, migrate them to the isolated worker model and
    redeploy them before 10 November 2026.
    """, date="2026-09-08")

add("action-required", OCI,
    "Compute instances in your tenancy run Oracle Linux 7",
    """
    Hello,

    Oracle Linux 7 leaves Premier Support, and the platform images built on it will not be
    updated after December 31, 2026. Instances launched from these images stop receiving
    patches through OS Management Hub from that date.

    Tenancy: acmecorp
    Compartment: prod-apps
    Instances: 4 (for example ocid1.instance.oc1.iad.anuwcljt3x7example)

    Plan to rebuild or upgrade these instances to Oracle Linux 9 before the end of the
    year. In-place upgrades with Leapp are supported for most configurations; the Compute
    documentation lists the prerequisites.
    """)

add("action-required", OCI,
    "API signing key for user ops-automation will be deactivated on December 4",
    """
    The API signing key with fingerprint 3f:91:0c:aa:17:5e:b2:04:de:61:9a:72:c8:0e:45:11
    belongs to user ops-automation in tenancy acmecorp. Your tenancy's credential policy
    limits API keys to 400 days, and this key reaches that limit on December 4, 2026.

    Upload a new public key for the user and point your scripts and SDK configuration
    files at it. The old key is deactivated automatically on December 4, and requests
    signed with it will then fail with 401 NotAuthenticated.
    """)

add("action-required", DO,
    "Your MySQL 8.0 database cluster needs to move to MySQL 8.4",
    """
    Hi there,

    DigitalOcean Managed Databases will stop supporting MySQL 8.0 on January 15, 2027.
    Your cluster db-mysql-lon1-33107 in LON1 still runs MySQL 8.0.39.

    Please upgrade the cluster to MySQL 8.4 from the Settings tab of the database's page
    in the control panel. The upgrade brings up a new primary node, so expect a short
    failover.

    If the cluster has not been upgraded by January 15, we'll upgrade it for you in its
    next maintenance window after that date. Applications relying on features removed
    after 8.0 could break at that point, which is why we suggest upgrading yourself and
    testing first.

    Thanks,
    The DigitalOcean Team
    """)

add("action-required", HETZNER,
    "Please confirm your customer details - customer number K0123456789",
    """
    Dear Sir or Madam,

    As part of our regular review of customer data, we ask you to confirm the postal
    address and telephone number stored for customer number K0123456789.

    Please log in to the Hetzner Console, check the details under Account > Master data,
    and confirm them within 14 days of this email. If we do not receive a confirmation
    in that time, we will have to restrict the account so that no new servers can be
    ordered.

    Kind regards
    Your Hetzner Online team
    """)

add("action-required", HEROKU,
    "Your Heroku Postgres database on version 13 must be upgraded",
    """
    Hello,

    The database postgresql-tapered-41872 attached to app billing-core runs PostgreSQL 13,
    which Heroku stops supporting on November 30, 2026.

    Please upgrade it to PostgreSQL 16 with pg:upgrade, or by creating a follower and
    promoting it. If it is still on version 13 after November 30, Heroku will upgrade it
    automatically during a maintenance window, and the app will be down while that runs.
    """, date="2026-09-14")

add("action-required", CLOUDFLARE,
    "Cloudflare will start connecting to your origin from new addresses",
    """
    Hello,

    Starting November 20, 2026, Cloudflare will also connect to origin servers from the
    ranges 198.51.100.0/24 and 2001:db8:4400::/40, in addition to the ranges published
    today.

    If your origin firewall, security groups or hosting provider accept traffic only from
    the current list, requests from the new ranges will be dropped and visitors may see
    522 errors. Add the new ranges to every allow-list that protects origins behind the
    zones in account 9f8e7d6c5b4a.

    The complete list is always published at https://www.cloudflare.com/ips/.
    """, date="2026-10-02")

add("action-required", CLOUDFLARE,
    "API calls using the Global API Key will stop working on your account on March 1",
    """
    Hi,

    Your account made 2,341 API calls authenticated with the Global API Key in the past
    month, most of them from the user agent terraform-provider-cloudflare/4.x.

    On March 1, 2027 Cloudflare stops accepting the Global API Key on accounts like yours.
    Create scoped API tokens carrying only the permissions each integration needs, switch
    your tools to send them in the Authorization header, and then delete the key.
    """)

add("action-required", AKAMAI,
    "LKE clusters on Kubernetes 1.29 will be upgraded after December 9",
    """
    Hello,

    Kubernetes 1.29 is no longer supported on Linode Kubernetes Engine (LKE) after
    December 9, 2026. Your cluster lke184203 (label: analytics, region: us-ord) runs 1.29.

    Upgrade the cluster to 1.31 in Cloud Manager or with `linode-cli lke cluster-update`,
    then recycle the nodes so they pick up the new version. Clusters still on 1.29 after
    December 9 will be upgraded automatically, and their nodes recycled, without further
    notice.

    Regards,
    Akamai Cloud Computing Support
    """)

add("action-required", OVH,
    "example-shop.fr: please verify the owner's email address",
    """
    Hello,

    The registry requires us to verify the email address of the owner contact of the
    domain name example-shop.fr. We sent a verification link to the owner's address on
    3 October 2026, and it has not been used yet.

    Please click the link in that email, or request a new one in the Control Panel under
    Web Cloud > Domain names > example-shop.fr > Contacts, before 18 October 2026. If the
    address is not verified by then, the domain will be suspended, and the website and
    email that depend on it will stop working until verification is complete.

    Best regards,
    OVHcloud
    """, date="2026-10-04")

add("action-required", VERCEL,
    "Node.js 18 is being removed from builds and Functions",
    """
    Hey there,

    Node.js 18 has reached its upstream end of life, and Vercel stops supporting it on
    November 3, 2026. From that date, new deployments of projects whose Node.js Version
    setting is 18.x will fail to build.

    Projects on your team acme-labs still set to 18.x: marketing-site, docs, api-gateway.

    Open Project Settings > Build and Deployment > Node.js Version, choose 22.x, and
    redeploy. Existing deployments keep serving traffic.
    """, date="2026-09-20")

add("action-required", VERCEL,
    "Re-authorize the GitHub integration for the acme-labs team",
    """
    Hi,

    The Vercel GitHub App now needs read access to pull request checks so that deployment
    statuses are reported correctly. The GitHub organization acme-labs has not accepted
    the updated permissions yet.

    An organization owner must review and accept them on GitHub by December 15, 2026.
    After that date, pushes to repositories in acme-labs stop triggering deployments on
    Vercel until the permissions are accepted.
    """)

add("action-required", FASTLY,
    "Certificate renewal for www.example.com could not complete",
    """
    Hello,

    The Fastly-managed TLS certificate for www.example.com expires on 2026-11-28. Our
    renewal attempts have failed because the domain's DNS no longer has the ACME challenge
    record we rely on.

    Add this CNAME record and leave it in place:
    _acme-challenge.www.example.com CNAME k4h8tq3m2n.fastly-validations.com

    If the record is missing on the expiry date, the certificate lapses and browsers will
    show errors for HTTPS requests to www.example.com.
    """, date="2026-10-22")

add("action-required", IBM,
    "IBM Cloud Functions is being discontinued: migrate to Code Engine",
    """
    Dear IBM Cloud client,

    IBM Cloud Functions is being discontinued. New namespaces can no longer be created,
    and on February 28, 2027 all remaining actions, triggers and sequences will be deleted.

    Account: 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d
    Namespaces with actions: dal-prod-functions (us-south), fra-events (eu-de)

    Please move these workloads to IBM Cloud Code Engine functions and update whatever
    calls the current action URLs before that date. The migration guide in the Code
    Engine documentation maps each Cloud Functions feature to its replacement.
    """)

add("action-required", ALIBABA,
    "Complete account verification to keep using your Alibaba Cloud resources",
    """
    Dear customer,

    Under the regulations that apply to resources in the Chinese mainland regions, your
    account (UID 5012345678901234) must complete real-name verification, and it has not
    been verified yet.

    Please submit the verification under Account Center in the console before 30 November
    2026. Accounts that are not verified by then cannot buy or renew resources in the
    Chinese mainland regions, and their ECS instances in cn-hangzhou will be stopped.

    Thank you for choosing Alibaba Cloud.
    """, date="2026-10-20")

add("action-required", "Priya Raman <priya.raman@example.com>",
    "Fwd: Amazon EKS: Kubernetes version 1.29 standard support ending",
    """
    Team - this one is ours, can someone own it?

    ---------- Forwarded message ---------
    From: Amazon Web Services <no-reply-aws@amazon.com>
    Date: Tue, Oct 13, 2026 at 9:02 AM
    Subject: Amazon EKS: Kubernetes version 1.29 standard support ending
    To: cloud-ops@example.com

    Hello,

    Standard support for Kubernetes version 1.29 in Amazon EKS ends on March 23, 2027.
    Clusters still running 1.29 then move into extended support, which is charged at a
    higher hourly rate per cluster.

    Cluster: platform-prod
    Region: ap-southeast-2
    Account: 111122223333

    To stay in standard support, update the control plane and managed node groups to
    1.30 or later before March 23, 2027. Check EKS upgrade insights for deprecated API
    usage first.
    """, date="2026-10-13", to="platform-team@example.com")

add("action-required", GCP,
    "[Action Required] Rotate the server CA certificate for your Cloud SQL instances",
    """
    Dear Google Cloud customer,

    The server certificate authority used by these Cloud SQL instances expires on
    January 7, 2027:

    Instance: orders-pg-primary / Project: acme-shop-prod / Region: europe-west1
    Instance: reporting-mysql / Project: acme-analytics / Region: europe-west1

    Clients that connect with the verify-ca or verify-full SSL mode must trust the new
    server CA before it is activated. Download the new CA certificate, add it to your
    clients' trust stores, and then rotate the server CA on each instance. Clients that
    use the Cloud SQL Auth Proxy or the language connectors are not affected.
    """)

add("action-required", AWS,
    "[Action Required] Elastic Beanstalk platform branches retiring on January 31, 2027",
    """
    Hello,

    We are contacting you because account 111122223333 has Elastic Beanstalk environments
    on platform branches that will be retired on January 31, 2027.

    Environment: web-frontend-prod / Region: us-west-2 / Platform: Node.js 18 running on 64bit Amazon Linux 2
    Environment: jobs-env / Region: us-west-2 / Platform: Python 3.8 running on 64bit Amazon Linux 2

    After that date these environments keep running, but they get no more platform updates
    and new environments cannot be created from the retired branches. Migrate them to a
    supported Amazon Linux 2023 platform branch, for example with a blue/green deployment.
    """)

add("action-required", GCP,
    "Accept the updated Data Processing Addendum for your organization by December 31",
    """
    Hello Administrator,

    We have updated the Cloud Data Processing Addendum. Because your organization
    example.com accepted a negotiated version earlier, a Super Administrator needs to
    review and accept the updated addendum in the Google Cloud console under IAM & Admin >
    Legal & Compliance.

    Please do this by December 31, 2026. Until it is accepted, some new services cannot be
    enabled for projects in your organization.
    """)

add("action-required", AZURE,
    "[Action required] Upgrade your Azure Cache for Redis instances to Redis 6",
    """
    Azure Cache for Redis retires Redis version 4 on 30 June 2027. Your cache
    redis-session-weu in subscription Contoso Production still runs version 4.0.14.

    Upgrade the cache to Redis 6 from the Advanced settings blade in the Azure portal.
    The upgrade happens in place; connections drop briefly while nodes are replaced.

    Caches not upgraded by the retirement date will be upgraded to Redis 6 automatically.
    """)

add("action-required", DO_SUPPORT,
    "Re: [#8812340] Question about our 512 MB Droplets",
    """
    Hi Marta,

    Thanks for writing in, and sorry for the confusion in our earlier reply.

    To answer your question directly: yes, the s-1vcpu-512mb-10gb plan used by your
    Droplets web-01 and web-02 is being discontinued. Droplets on that plan must be
    resized to s-1vcpu-1gb or larger by January 31, 2027. Any that are still on the old
    plan after that date will be resized automatically and billed at the new plan's price.

    A CPU and RAM-only resize is quick and can be reverted, so that's the option we'd
    suggest in your case.

    Best,
    Kofi
    DigitalOcean Support

    ---
    Ticket #8812340 | Reply above this line to add to the conversation.

    > On Mon, Oct 5, 2026, Marta Kowalski wrote:
    > We received an email saying our plan is going away. Do we really need to do anything?
    """, date="2026-10-07", to="marta.kowalski@example.pl")

add("action-required", CF_ACCOUNTS,
    "Your Enterprise agreement ends December 31 - renewal order form needed",
    """
    Hi Daniel,

    Your Cloudflare Enterprise agreement for account Acme Retail (ID 2b7c4e1f9a0d) ends on
    December 31, 2026. We have sent the renewal order form to the billing contact on file.

    Please return the signed form by December 10 so that we can process it before the term
    ends. If the agreement isn't renewed, the zones in the account move to the Free plan on
    January 1, 2027, and Enterprise features such as custom WAF rules and Logpush stop.

    Reply to this email if you'd like to change the scope of the renewal.
    """, date="2026-11-02")

add("action-required", AWS,
    "Confirm the security contact for AWS account 555566667777",
    """
    Hello,

    Your AWS account 555566667777 has no security alternate contact, and mail to the
    primary contact address has bounced since August.

    Please sign in to the Account page of the AWS Management Console and add a valid
    security contact, or correct the primary email address, by November 30, 2026. We use
    these contacts to reach you about security and operational events; if we still cannot
    reach anyone after that date, we may limit access to some services until the details
    are fixed.
    """, date="2026-10-12")

add("action-required", HEROKU,
    "[Action Required] Heroku Redis premium-0 plan will be retired",
    """
    Hello,

    We're retiring the Heroku Redis premium-0 plan. Your add-on redis-curved-90431 on app
    checkout-api uses it.

    Change the add-on to premium-1 or another current plan with `heroku addons:upgrade`
    before February 15, 2027. Add-ons still on premium-0 on that date will be moved to
    premium-1 automatically, and the new plan's price applies from then.
    """)

add("action-required", SCALEWAY,
    "Your domain acme-example.eu expires on 19 October",
    """
    Hello,

    The domain name acme-example.eu registered in your Scaleway Organization expires on
    19 October 2026, and automatic renewal is turned off for it.

    To keep the domain, renew it from the Domains and DNS section of the console before
    that date. After expiry the domain stops resolving and can only be recovered during
    the redemption period, for an extra fee.
    """, date="2026-09-29")

add("action-required", IBM,
    "Three service ID API keys in your account expire on December 1",
    """
    Hello,

    These API keys belong to service IDs in account 111122223333 and expire on
    December 1, 2026, as set by the account's API key expiration policy:

    ServiceId-ci-deployer / key: ci-pipeline-key
    ServiceId-backup / key: nightly-backup
    ServiceId-logs / key: log-shipper

    Create replacement keys, update the systems that use them, and delete the old ones.
    Calls made with an expired key are rejected with an authentication error.
    """, date="2026-10-30")

# --- Japanese action-required ---------------------------------------------------------

add("action-required", SAKURA,
    "【要対応】さくらのクラウド「CentOS 7」アーカイブ提供終了に伴うOS移行のお願い",
    """
    さくらのクラウドをご利用のお客様

    平素よりさくらのクラウドをご利用いただき、誠にありがとうございます。

    さくらのクラウドで提供しているパブリックアーカイブ「CentOS 7」は、2027年1月31日をもって提供を終了いたします。提供終了後は、当該アーカイブからのサーバ作成およびディスクの修正機能がご利用いただけなくなります。

    対象ゾーン：石狩第1ゾーン、東京第2ゾーン
    対象サーバ：web-prod-01 ほか2台

    お手数ですが、期日までに後継OSへの移行をご検討・実施いただきますようお願いいたします。
    """)

add("action-required", IIJ,
    "IIJ GIO ポータルにおける TLS 1.0/1.1 無効化のお知らせとご対応のお願い",
    """
    お客様各位

    IIJ GIO をご利用いただきありがとうございます。

    セキュリティ強化のため、2026年12月8日（火）より、IIJ GIO コントロールポータルおよび API エンドポイントへの TLS 1.0／1.1 による接続を無効化いたします。

    同日以降、TLS 1.2 に対応していないブラウザや API クライアントからは接続できなくなります。ご利用環境をご確認のうえ、必要に応じて期日までに設定の変更またはソフトウェアの更新を実施してください。

    サービスコード：gio-0012345
    """)

add("action-required", NTT,
    "Smart Data Platform：旧APIエンドポイント廃止に伴う接続先変更のお願い",
    """
    ご担当者様

    いつも Smart Data Platform をご利用いただき、ありがとうございます。

    旧 API エンドポイント（api-legacy.jp1.sdpf.example.jp）は、2027年3月31日をもって廃止いたします。廃止後、当該エンドポイントへのリクエストはすべてエラーとなります。

    お客様のテナント（テナントID：a1b2c3d4e5f64789）から、過去30日間に旧エンドポイントへのアクセスが確認されております。スクリプトや監視ツールなどの接続先を、新エンドポイントへ変更いただきますようお願い申し上げます。
    """)

add("action-required", KDDI,
    "【重要】KDDI クラウドプラットフォームサービス ご契約更新手続きのお願い",
    """
    お客様各位

    平素より KDDI クラウドプラットフォームサービスをご利用いただき、誠にありがとうございます。

    お客様のご契約（契約番号：KCPS-2025-00871）は、2026年12月31日に契約期間の満了を迎えます。継続してご利用いただく場合は、更新申込書に必要事項をご記入のうえ、2026年11月30日までにご返送ください。

    期日までにお手続きを確認できない場合、契約期間満了日をもってサービスの提供を終了し、仮想サーバおよびデータは削除されますのでご注意ください。
    """, date="2026-10-15")

add("action-required", FUJITSU,
    "FJcloud-V：Windows Server 2016 イメージ提供終了に伴うOS移行のお願い",
    """
    FJcloud-V をご利用のお客様へ

    Windows Server 2016 の延長サポート終了（2027年1月12日）に伴い、FJcloud-V における同OSのイメージ提供およびサポートを終了いたします。

    終了日以降、Windows Server 2016 で稼働するサーバにはセキュリティ更新プログラムが提供されず、障害時のお問い合わせにも対応いたしかねます。

    お客様のご契約では、Windows Server 2016 で稼働中のサーバが5台ございます。終了日までに Windows Server 2022 以降への移行をお願いいたします。
    """)

add("action-required", CONOHA,
    "ConoHa VPS 旧料金プラン提供終了に伴うプラン変更のお願い",
    """
    いつも ConoHa をご利用いただきありがとうございます。

    ConoHa VPS の旧料金プラン（メモリ512MB）は、2027年2月28日をもって提供を終了いたします。

    対象サーバー：vps-2024-07-15-10-22（東京リージョン）

    お手数ですが、期日までにコントロールパネルからメモリ1GB以上のプランへ変更してください。期日を過ぎてもプランが変更されていない場合、2027年3月1日以降、当社にて自動的にメモリ1GBプランへ変更いたします。自動変更の際にはサーバーの再起動が発生します。
    """)

add("action-required", XSERVER,
    "【要対応】ドメイン登録者情報の確認手続きのお願い（example-blog.com）",
    """
    Xserverドメインをご利用のお客様

    ICANN の規定により、ドメイン登録者情報の正確性を確認する手続きが必要となっております。

    対象ドメイン：example-blog.com
    確認期限：2026年11月14日

    登録者メールアドレス宛にお送りしている確認メールの URL にアクセスし、手続きを完了してください。期限までに確認が取れない場合、ドメインの利用が一時停止され、Webサイトやメールがご利用いただけなくなります。
    """, date="2026-10-30")

add("action-required", AWS_JP,
    "Amazon RDS for MySQL 8.0 の標準サポート終了について（ご対応のお願い）",
    """
    お客様

    AWS アカウント 111122223333 で Amazon RDS for MySQL 8.0 のインスタンスをご利用いただいているため、本メールをお送りしております。

    Amazon RDS における MySQL 8.0 の標準サポートは、2027年1月31日に終了します。終了日以降も 8.0 で稼働しているインスタンスは自動的に RDS 延長サポートに登録され、延長サポート料金が発生します。

    リソース：db-mysql-crm
    リージョン：ap-northeast-1

    追加料金を避けるため、期日までに MySQL 8.4 へのメジャーバージョンアップグレードを実施してください。
    """)

add("action-required", GCP,
    "Cloud Run functions の Node.js 18 ランタイムのサポートが終了します",
    """
    Google Cloud をご利用のお客様

    Cloud Run functions の Node.js 18 ランタイムは、2027年1月30日にサポートが終了します。終了後は、このランタイムを使用する関数の新規デプロイや更新ができなくなります。

    プロジェクト：tokyo-web-prod
    関数：resize-image（asia-northeast1）、send-mail（asia-northeast1）

    関数を引き続き運用するため、サポート終了日までに Node.js 22 ランタイムへ移行し、再デプロイしてください。
    """)

add("action-required", AZURE,
    "Azure Database for MySQL の TLS 証明書を発行するルート CA が変わります",
    """
    Azure をご利用のお客様

    Azure Database for MySQL フレキシブル サーバーで使用する TLS 証明書の発行元ルート CA を、2027年2月15日から順次「DigiCert Global Root G2」に切り替えます。

    アプリケーションでサーバー証明書を検証しており、信頼ストアに旧ルート CA のみを登録している場合、切り替え後は接続に失敗します。期日までに新しいルート CA を信頼ストアに追加してください。

    対象サブスクリプション：Contoso-JP-Prod
    対象サーバー：mysql-jpe-orders（東日本）
    """)


# ======================================================================================
# maintenance (30: 22 English, 8 Japanese)
# ======================================================================================

add("maintenance", AWS,
    "Amazon EC2 instance scheduled for retirement",
    """
    Hello,

    The physical host running your instance i-0a1b2c3d4e5f67890 in us-east-1 (account
    111122223333) shows signs of hardware failure, and we are taking it out of service.

    The instance is therefore scheduled for retirement on November 12, 2026 at 06:00 UTC,
    when it will be stopped. It is EBS-backed, so its volumes are kept. You can stop and
    start it yourself before then to move it onto healthy hardware at a time you choose.
    """, date="2026-10-28")

add("maintenance", AWS,
    "[Action may be required] Automatic minor version upgrade for your Amazon RDS for MySQL instances",
    """
    Hello,

    Because automatic minor version upgrade is turned on for them, Amazon RDS will upgrade
    the following DB instances to MySQL 8.0.42 in their next maintenance windows after
    November 2, 2026:

    Resource: db-crm-replica-1 / Region: eu-central-1 / Window: sun:02:00-sun:02:30 UTC
    Resource: db-crm-primary / Region: eu-central-1 / Window: sun:03:00-sun:03:30 UTC

    The upgrade restarts each instance, with a few minutes of downtime. Nothing is needed
    from you if the window suits you. If you prefer another time, apply the upgrade now or
    change the maintenance window in the RDS console.
    """, date="2026-10-19")

add("maintenance", AWS,
    "Important: service update scheduled for your Amazon ElastiCache clusters",
    """
    Hello,

    A service update carrying security patches for the Valkey engine will be applied to
    your ElastiCache clusters in ap-northeast-1 during their maintenance windows, starting
    the week of October 19, 2026.

    Replication group: sessions-prod (3 nodes)
    Replication group: rate-limiter (2 nodes)

    Nodes are updated one at a time, with a failover of each shard's primary. Make sure
    your clients reconnect automatically. If you'd rather get it over with sooner, you can
    apply the update yourself from the Service Updates page.
    """, date="2026-10-05")

add("maintenance", GCP,
    "Compute Engine: upcoming host maintenance for your VM instances",
    """
    Hello,

    The hosts running some of your Compute Engine VM instances will undergo maintenance
    between November 4 and November 6, 2026.

    Project: media-render-prod
    Instances: render-worker-07, render-worker-11 (us-east1-c)
    On host maintenance: MIGRATE

    Because these instances are set to live migrate, we expect them to keep running
    throughout, with a brief dip in performance during the migration. You can trigger the
    maintenance earlier with `gcloud compute instances perform-maintenance` if that is more
    convenient.
    """, date="2026-10-21")

add("maintenance", GCP,
    "Upcoming maintenance for Cloud SQL instance inventory-db",
    """
    Cloud SQL will perform maintenance on inventory-db (project acme-retail, region
    asia-southeast1) on Sunday, October 25, 2026 between 01:00 and 02:00 UTC. The update
    includes database minor version and operating system patches.

    Primary instances are unavailable for less than 60 seconds on average during
    maintenance. If the time doesn't work for you, reschedule it to the next available
    window or apply it now from the Maintenance section of the instance page.
    """, date="2026-10-12")

add("maintenance", AZURE,
    "Action may be required: planned maintenance for virtual machines in East US 2",
    """
    Azure will perform planned maintenance on the hosts of some virtual machines in your
    subscription. The maintenance needs a reboot of each affected VM.

    Self-service window: 2 November 2026 - 15 November 2026
    Scheduled maintenance window: 16 November 2026 - 20 November 2026
    Affected VMs: vm-sql-01, vm-sql-02 (resource group rg-data, East US 2)

    During the self-service window you can start the maintenance on each VM yourself from
    its Maintenance tab, so the reboot happens when you choose. VMs on which you don't
    start it will be rebooted by Azure in the scheduled window. Data on the temporary disk
    may be lost; managed disks are kept.
    """, date="2026-10-20")

add("maintenance", AZURE,
    "Important: network infrastructure upgrade in West Europe",
    """
    Azure Networking will upgrade network devices in one datacenter of the West Europe
    region from 21:00 UTC on 28 October to 03:00 UTC on 29 October 2026.

    During this window, resources in availability zone 2 may see up to 10 seconds of
    packet loss while traffic shifts to redundant paths. Zone-redundant services should
    not be affected. You don't need to take any action; this notice is for your awareness.
    """, date="2026-10-14")

add("maintenance", OCI,
    "Scheduled maintenance for Autonomous Database ADB-ORDERS",
    """
    Hello,

    Quarterly maintenance is scheduled for your Autonomous Database ADB-ORDERS
    (ocid1.autonomousdatabase.oc1.phx.anyhqljrexample) in US West (Phoenix).

    Start: 2026-11-14 08:00 UTC
    Expected duration: up to 2 hours

    The database stays available during patching, although in-flight transactions may be
    rolled back as sessions move between nodes. To change the schedule, edit the
    maintenance preferences of the Autonomous Exadata infrastructure.
    """, date="2026-10-30")

add("maintenance", DO,
    "Scheduled maintenance: network upgrades in NYC3",
    """
    Hi,

    We will upgrade core network equipment in our NYC3 datacenter.

    Start: 2026-10-21 04:00 UTC
    End: 2026-10-21 08:00 UTC
    Expected impact: up to two brief periods of packet loss, each under 5 minutes, for
    Droplets, Load Balancers and Managed Databases in NYC3

    From the start of the window until it closes, the status page will carry updates.
    You don't need to do anything.
    """, date="2026-10-09")

add("maintenance", DO,
    "Your Droplet will be migrated to a new hypervisor",
    """
    Hello,

    We need to move your Droplet db-backup-02 (ID 412378901) in FRA1 to a new hypervisor
    as part of planned hardware upkeep, on November 18, 2026 between 10:00 and 14:00 UTC.

    We expect a live migration without a reboot; the Droplet may pause for a few seconds.
    Its IP addresses and data stay the same.
    """, date="2026-11-04")

add("maintenance", HETZNER,
    "Maintenance work on the power supply in FSN1-DC14",
    """
    Dear Client,

    We will carry out maintenance on the power distribution in our data centre park
    Falkenstein, DC14.

    Date: 10 November 2026
    Time: 06:00 to 10:00 CET
    Affected: server #2145678 (rack FSN1-DC14-R127)

    All servers run on a second power feed during the work, so we do not expect an outage.
    Should anything go wrong, our technicians will be on site.

    Kind regards
    Hetzner Online GmbH
    """, date="2026-10-27")

add("maintenance", HETZNER,
    "Hardware replacement for your server #1984331",
    """
    Dear Client,

    Our monitoring shows that one of the two NVMe drives in your dedicated server
    #1984331 (AX52) has passed its wear threshold. We plan to replace the drive on
    27 October 2026 at 09:00 CET.

    The server will be switched off for about 20 minutes for the swap and will then boot
    from the healthy drive. If the time does not suit you, reply to this email within
    five days with another slot.
    """, date="2026-10-16")

add("maintenance", HEROKU,
    "Maintenance scheduled for your Heroku Postgres database",
    """
    Hi,

    Database maintenance is required for postgresql-rugged-20971 on app orders-api. It is
    scheduled for 2026-11-07 03:00 UTC, inside the database's maintenance window.

    During maintenance Heroku moves the database to an updated server, which usually takes
    less than a minute, and the DATABASE_URL config var may change; your app restarts
    automatically.

    To run it at another time, change the window with `heroku pg:maintenance:window` or
    run it now with `heroku pg:maintenance:run`.
    """, date="2026-10-31")

add("maintenance", CLOUDFLARE,
    "Scheduled maintenance: Singapore (SIN) data center",
    """
    Cloudflare will perform maintenance in the Singapore (SIN) data center on 2026-11-03
    between 18:00 and 22:00 UTC; traffic will be routed to nearby data centers, so some
    visitors may see slightly higher latency.

    No action is required on your part.
    """, date="2026-10-27")

add("maintenance", AKAMAI,
    "Scheduled maintenance for your Linode",
    """
    Hello,

    Your Linode web-prod-3 (ID 58123470) in Frankfurt, DE will be rebooted as part of
    scheduled maintenance on its host.

    Maintenance window: 2026-11-21 02:00 to 06:00 UTC

    The Linode will be powered off, the host updated, and the Linode booted again; expect
    up to 30 minutes of downtime within the window. If you'd rather pick the moment
    yourself, migrate the Linode to a new host ahead of the window from Cloud Manager.
    """, date="2026-11-06")

add("maintenance", OVH,
    "Planned intervention on your dedicated server ns3012345.ip-51-75-12.eu",
    """
    Hello,

    Our technicians will update the firmware of the RAID controller in your dedicated
    server ns3012345.ip-51-75-12.eu.

    Start: 3 November 2026, 08:00 CET
    Expected interruption: 15 minutes (one reboot)

    We recommend finishing any critical operations before the intervention starts. You
    can postpone it once from the Control Panel if needed.
    """, date="2026-10-20")

add("maintenance", SCALEWAY,
    "Scheduled maintenance on your Managed Database for PostgreSQL instance",
    """
    Hello,

    A maintenance operation is scheduled on your Database Instance rdb-shop (fr-par-1) to
    apply PostgreSQL minor version 16.6 and the latest OS security fixes.

    Start: 2026-10-29 03:00 UTC
    Duration: up to 1 hour

    High-availability instances fail over to the standby node, with about 30 seconds of
    unavailability; standalone instances restart. You may apply the maintenance earlier
    from the console if you prefer.
    """, date="2026-10-15")

add("maintenance", FASTLY_STATUS,
    "Scheduled maintenance: Fastly web interface and API",
    """
    Fastly will carry out scheduled maintenance on the web interface and API on 2026-10-24
    from 14:00 to 15:00 UTC. During this period, configuration changes and purges made
    through the API may be delayed. Traffic delivery through the Fastly edge is not
    affected.
    """, date="2026-10-17")

add("maintenance", IBM,
    "Maintenance notification: hypervisor patching in DAL10",
    """
    Dear IBM Cloud client,

    IBM Cloud will apply security patches to the hypervisors hosting virtual server
    instances in the DAL10 data center.

    Event: Planned maintenance
    Start: 2026-11-15 05:00 UTC
    End: 2026-11-15 11:00 UTC
    Affected devices: vsi-app-01.example.cloud, vsi-app-02.example.cloud

    Each instance is rebooted once during the window. No action is needed on your part;
    you can follow the event in the Notifications section of the IBM Cloud console.
    """, date="2026-11-01")

add("maintenance", ALIBABA,
    "[Important] System maintenance event scheduled for your ECS instance",
    """
    Dear Alibaba Cloud user,

    A system maintenance event has been scheduled for your ECS instance i-bp1example0x7k2
    (web-hz-01) in China (Hangzhou) because its physical server needs an update.

    Event type: Instance restart due to system maintenance
    Planned time: 2026-11-09 02:00 (UTC+8)

    The instance will be restarted at the planned time. If you prefer, restart it yourself
    any time before then and the event completes early; a restart from the console or API
    is enough.
    """, date="2026-10-26")

add("maintenance", VERCEL,
    "Upcoming maintenance for Vercel Blob in iad1",
    """
    Hi,

    We're doing infrastructure maintenance on Vercel Blob storage in the iad1
    (Washington, D.C.) region on October 27, 2026 from 13:00 to 13:30 UTC. Uploads may be
    slower or retried during that half hour; reads are unaffected. There's nothing you
    need to do.
    """, date="2026-10-15")

add("maintenance", "Tom Becker <t.becker@example.net>",
    "Fwd: [AWS Direct Connect] Planned maintenance on dxcon-fgh4ab12",
    """
    FYI - both of our connections terminate in the same location, so expect a short
    switch-over.

    ---------- Forwarded message ---------
    From: AWS Direct Connect <no-reply-aws@amazon.com>
    Date: Mon, Oct 19, 2026 at 4:15 PM
    Subject: [AWS Direct Connect] Planned maintenance on dxcon-fgh4ab12
    To: network@example.net

    Hello,

    We will perform maintenance on the AWS device that terminates your Direct Connect
    connection dxcon-fgh4ab12 at Equinix FR5, Frankfurt.

    Start: 2026-11-05 22:00 UTC
    End: 2026-11-06 04:00 UTC

    The connection will be down for part of this window. If you have a redundant
    connection on a different device, traffic should fail over to it.
    """, date="2026-10-20", to="netops@example.net")

# --- Japanese maintenance -------------------------------------------------------------

add("maintenance", SAKURA,
    "【メンテナンス】石狩第1ゾーン ネットワーク機器メンテナンスのお知らせ",
    """
    さくらのクラウドをご利用のお客様

    石狩第1ゾーンにおいて、ネットワーク機器のソフトウェア更新を目的としたメンテナンスを実施いたします。

    実施日時：2026年11月11日（水）02:00～06:00
    影響：作業時間中に、最大3分程度の通信断が2回発生する見込みです

    お客様側での作業は必要ございません。ご不便をおかけいたしますが、何卒ご理解賜りますようお願い申し上げます。
    """, date="2026-10-28")

add("maintenance", IIJ,
    "【重要】IIJ GIO インフラストラクチャー P2 ホストサーバ計画停止のお知らせ",
    """
    お客様各位

    IIJ GIO インフラストラクチャー P2 において、ホストサーバのファームウェア更新を行います。更新作業に伴い、対象ホスト上の仮想サーバが再起動されます。

    作業日時：2026年11月19日（木）01:00～05:00
    対象仮想サーバ：gio-vm-0188、gio-vm-0192
    影響時間：各仮想サーバにつき約10分間

    本件は当社が実施する作業であり、お客様にご対応いただく必要はございません。
    """, date="2026-11-02")

add("maintenance", NTT,
    "【メンテナンス】Smart Data Platform 東日本3リージョン ストレージ装置ファームウェア更新のお知らせ",
    """
    ご担当者様

    下記の日程で、ブロックストレージ装置のファームウェア更新作業を実施いたします。

    実施日時：2026年10月31日（土）00:00～04:00
    対象リージョン：東日本3（JP7）
    影響：作業中、ディスク I/O に一時的な遅延が発生する可能性があります

    サービスの停止は伴いません。作業の進捗はお知らせページでご確認いただけます。
    """, date="2026-10-13")

add("maintenance", KDDI,
    "回線設備工事に伴う通信断のお知らせ（KDDI Wide Area Virtual Switch）",
    """
    お客様各位

    いつも KDDI Wide Area Virtual Switch をご利用いただき、誠にありがとうございます。設備増強工事のため、下記の日程で通信断が発生いたします。

    工事日時：2026年11月25日（水）03:00～05:00（予備日：11月26日）
    対象回線：回線ID WVS-00-1234567
    通信断時間：作業時間内で最大10分程度

    工事は当社にて実施いたしますので、お客様側でのご対応は不要です。
    """, date="2026-11-10")

add("maintenance", CONOHA,
    "【ConoHa】ホストサーバー緊急メンテナンス実施のお知らせ",
    """
    いつも ConoHa をご利用いただき、ありがとうございます。

    お客様の VPS が収容されているホストサーバーでハードウェアの不具合が確認されたため、緊急メンテナンスを実施いたします。

    実施日時：2026年9月24日 22:00～23:00
    対象サーバー：vps-2025-03-02-08-41
    影響：メンテナンス中に VPS の停止および起動が行われます

    作業完了後、VPS は自動的に起動いたします。ご迷惑をおかけし申し訳ございません。
    """, date="2026-09-24")

add("maintenance", XSERVER,
    "【メンテナンス】サーバー sv12345.xserver.jp OSアップデートに伴う再起動のお知らせ",
    """
    Xserverレンタルサーバーをご利用のお客様

    サーバーの安定運用のため、下記サーバーで OS のアップデートを実施いたします。

    対象サーバー：sv12345.xserver.jp
    実施日時：2026年10月22日（木）04:00～05:00
    影響：作業中、5分程度 Web・メール・FTP がご利用いただけない時間が発生します

    お客様による設定変更などは必要ありません。
    """, date="2026-10-08")

add("maintenance", FUJITSU,
    "【重要・ご確認ください】FJcloud-O 東日本リージョン3 計画メンテナンスのお知らせ",
    """
    FJcloud-O をご利用のお客様

    東日本リージョン3において、基盤ソフトウェアのバージョンアップを目的とした計画メンテナンスを実施いたします。

    日時：2026年11月28日（土）00:00～08:00
    影響：メンテナンス時間中は、コントロールパネルおよび API による操作ができません。稼働中の仮想サーバへの影響はございません。

    本メンテナンスについて、お客様にご対応いただく必要はございません。メンテナンス時間中のリソースの作成や変更はお控えくださいますようお願いいたします。
    """, date="2026-11-12")

add("maintenance", AWS_JP,
    "[要確認] Amazon EC2 インスタンスのリタイアメント予定のお知らせ",
    """
    お客様

    AWS アカウント 111122223333 の東京リージョン（ap-northeast-1）で稼働しているインスタンス i-0f9e8d7c6b5a43210 のホストハードウェアに劣化が見つかりました。

    このため、当該インスタンスは2026年11月20日 09:00（JST）にリタイアされ、停止されます。EBS ボリュームのデータは保持されます。

    予定日時より前のご都合のよいタイミングでインスタンスを停止・起動いただくと、正常なハードウェアへ移動されます。
    """, date="2026-11-06")


# ======================================================================================
# pricing (20: 15 English, 5 Japanese)
# ======================================================================================

add("pricing", AWS,
    "Amazon CloudWatch Logs ingestion price changes on January 1, 2027",
    """
    Hello,

    Starting January 1, 2027, Amazon CloudWatch introduces volume tiers for log data
    ingested into the Standard log class. The first 10 TB each month stays at today's
    rate, and ingestion beyond that is charged at rates up to 40% lower.

    Accounts that ingest less than 10 TB a month see no change. Prices for the Infrequent
    Access log class and for log storage are not changing. Rates by Region are on the
    CloudWatch pricing page.
    """)

add("pricing", AWS,
    "Pricing update for AWS Config rule evaluations",
    """
    Hello,

    From December 1, 2026, periodic AWS Config rule evaluations will be charged at
    $0.0012 per evaluation in all commercial Regions, up from $0.001. Prices for recording
    configuration items stay the same.

    Based on the last 30 days of usage in account 111122223333, this adds roughly $14.20
    to your monthly AWS Config charges.
    """)

add("pricing", GCP,
    "Upcoming changes to Cloud Storage network pricing",
    """
    Hello,

    On February 1, 2027, Google Cloud will begin charging for data replicated between
    regions inside dual-region and multi-region Cloud Storage buckets: $0.02 per GB for
    replication within North America and within Europe. Today this replication is included
    in the storage price.

    At the same time, the storage price of dual-region buckets drops by $0.002 per GB per
    month.

    You are receiving this message because billing account 01A2B3-C4D5E6-F7A8B9 has
    dual-region buckets.
    """)

add("pricing", GCP,
    "Changes to the Cloud Run free tier",
    """
    Dear customer,

    Starting January 1, 2027, the monthly Cloud Run free tier will include 180,000
    vCPU-seconds and 360,000 GiB-seconds per billing account for services in Tier 1
    regions only. Usage in Tier 2 regions will no longer count toward the free tier and
    is charged at the standard rate from the first request.

    The free request allowance is unchanged.
    """)

add("pricing", AZURE,
    "Price adjustment for Azure services billed in euro",
    """
    Dear customer,

    Microsoft reviews local-currency prices regularly to keep them aligned with the US
    dollar price. From 1 December 2026, prices for Azure services billed in euro increase
    by 4%; US dollar prices don't change.

    Commitments bought before that date, such as reservations, keep their price for the
    rest of their term. Pay-as-you-go usage from 1 December is billed at the new rates.
    """)

add("pricing", OCI,
    "Lower outbound data transfer prices for Oracle Cloud Infrastructure",
    """
    Hello,

    We're pleased to announce lower prices for outbound data transfer. From October 1,
    2026, the first 10 TB of outbound data each month stays free, and the price beyond
    that falls from $0.0085 to $0.0070 per GB in North America and Europe.

    The new prices apply to your tenancy automatically, and rates under an existing
    Universal Credits agreement will not go up.
    """, date="2026-09-10")

add("pricing", DO,
    "Upcoming changes to Droplet pricing",
    """
    Hi there,

    On January 1, 2027, the monthly price of Premium Intel and Premium AMD Droplets will
    rise by about 8%. For example, a 2 vCPU / 4 GB Premium AMD Droplet goes from $28 to
    $30 per month. Regular Basic Droplets keep their current prices.

    The change applies to existing Droplets from January 1; nothing changes before then.
    The updated price list is on our pricing page.

    Thanks for building with us,
    The DigitalOcean Team
    """)

add("pricing", HETZNER,
    "Price adjustment for IPv4 addresses and selected dedicated servers",
    """
    Dear Client,

    Because the costs of acquiring IPv4 addresses and of energy have risen considerably,
    we will adjust some prices from 1 January 2027:

    Primary IPv4 address (cloud): EUR 0.60 instead of EUR 0.50 per month
    Additional IPv4 address (dedicated): EUR 2.00 instead of EUR 1.70 per month
    AX41-NVMe: EUR 44.00 instead of EUR 39.00 per month

    All prices exclude VAT. The new prices apply to existing and new products from that
    date; servers from the Server Auction are not affected.

    Kind regards
    Hetzner Online GmbH
    """)

add("pricing", HEROKU,
    "Price change for Heroku Eco dynos",
    """
    Hello,

    From December 1, 2026, the Eco dynos plan costs $7 per month instead of $5. It still
    includes 1,000 dyno hours a month, shared across all your Eco apps.

    If you subscribe to Eco, the new price shows up on your December invoice.
    """, date="2026-10-20")

add("pricing", CLOUDFLARE,
    "Workers Paid: updated pricing for CPU time and requests",
    """
    Hi,

    For billing periods starting on or after November 1, 2026, Workers Paid charges
    $0.02 per million CPU milliseconds beyond the 30 million included each month, instead
    of charging for duration. The subscription stays at $5 per month, and requests beyond
    the 10 million included remain $0.30 per million.

    For most customers this lowers the bill, because time spent waiting on I/O is no
    longer charged. An estimate under the new model is shown on the Workers & Pages
    billing page.
    """, date="2026-09-16")

add("pricing", OVH,
    "Changes to OVHcloud Public Cloud prices from 1 December",
    """
    Hello,

    From 1 December 2026, the hourly price of General Purpose b3 instances falls by 5%,
    and Block Storage high-speed-gen2 volumes go up from EUR 0.08 to EUR 0.09 per GB per
    month. Instances billed monthly keep their current rate until the end of the month in
    progress.
    """)

add("pricing", SCALEWAY,
    "Change in the VAT rate applied to your Scaleway invoices",
    """
    Hello,

    Following a change in the tax rules for electronically supplied services, Scaleway
    will apply the VAT rate of your billing country instead of the French rate, starting
    with the invoice for December 2026. Your Organization is registered in Belgium, so a
    rate of 21% will be applied.

    Business customers with a valid intra-EU VAT number are not affected and remain
    invoiced under the reverse-charge mechanism.
    """)

add("pricing", VERCEL,
    "Changes to the Vercel Pro plan",
    """
    Hi,

    We're changing how the Pro plan is priced. From your first billing cycle after
    October 15, 2026, each Pro team includes a $20 monthly usage credit that can be spent
    on any resource, replacing the fixed allowances for Fast Data Transfer and Edge
    Requests. The seat price stays at $20 per member.

    Usage beyond the credit is charged at the on-demand rates on our pricing page. Spend
    Management limits you have set keep working as before.
    """, date="2026-09-22")

add("pricing", FASTLY,
    "Update to Fastly billing terms: minimum monthly charge",
    """
    Hello,

    We are updating the terms for pay-as-you-go accounts. Beginning with the December 2026
    billing period, accounts with any traffic are charged a minimum of $50 per month, and
    usage charges count toward that minimum.

    Accounts under a contract with committed spend are not affected. The revised terms are
    published on our website.
    """)

add("pricing", IBM,
    "IBM Cloud pricing update for classic bare metal servers",
    """
    Dear client,

    List prices for monthly classic bare metal servers will increase by 10% starting
    January 1, 2027. Hourly bare metal servers and virtual servers are not affected.

    The increase first shows on invoices for January 2027 usage, and the discounts in your
    existing enterprise agreement still apply to the new list prices.
    """)

# --- Japanese pricing -----------------------------------------------------------------

add("pricing", SAKURA,
    "【重要】さくらのクラウド サービス料金改定のお知らせ",
    """
    さくらのクラウドをご利用のお客様

    電力費および調達コストの上昇を受け、2027年1月1日ご利用分より、さくらのクラウドの一部サービス料金を改定いたします。

    ・サーバ（2コア・4GB）月額：4,840円 → 5,280円
    ・ディスク（SSD 100GB）月額：4,400円 → 4,620円
    ・ウェブアクセラレータ：変更なし

    価格はいずれも税込です。詳細は料金改定の特設ページをご覧ください。
    """)

add("pricing", CONOHA,
    "ConoHa WING 料金改定のご案内（一部プラン値下げ）",
    """
    いつも ConoHa をご利用いただきありがとうございます。

    2026年11月1日より、ConoHa WING ベーシックプランの通常料金を月額1,452円から1,331円に値下げいたします。既にご契約中のお客様には、次回の更新時から新料金が適用されます。

    スタンダードプランおよびプレミアムプランの料金に変更はございません。
    """, date="2026-09-18")

add("pricing", XSERVER,
    "【料金改定】エックスサーバー ビジネスプランの価格変更について",
    """
    平素はエックスサーバーをご利用いただき、誠にありがとうございます。

    運用コストの高騰により、2027年2月1日より「Xserverビジネス」の利用料金を改定させていただくこととなりました。

    スタンダードプラン（36ヶ月契約）：月額3,762円 → 月額4,180円

    改定後の料金は、2027年2月1日以降のお申し込みおよび契約更新から適用されます。何卒ご理解を賜りますようお願い申し上げます。
    """)

add("pricing", AWS_JP,
    "日本円でのお支払いにおける為替レートの適用方法変更について",
    """
    お客様

    AWS のご利用料金を日本円でお支払いいただいているお客様に、為替レートの適用方法の変更をお知らせいたします。

    2026年12月請求分より、日本円への換算に使用するレートを、請求書発行日のレートからご利用月の月末時点のレートに変更いたします。米ドル建ての料金単価に変更はありません。

    対象アカウント：111122223333
    """)

add("pricing", NTT,
    "Smart Data Platform：インターネット転送量課金の新設について",
    """
    ご担当者様

    Smart Data Platform では、2027年4月1日より、インターネット向けデータ転送量に対する従量課金を新設いたします。

    ・月間 1TB まで：無料
    ・1TB を超える分：1GB あたり 11円（税込）

    現在ご利用中の固定料金メニューの月額料金に変更はございません。料金の詳細は、改定後のサービス仕様書にてご確認いただけます。
    """)


# ======================================================================================
# billing (25: 19 English, 6 Japanese)
# ======================================================================================

add("billing", AWS_BILLING,
    "Amazon Web Services invoice available for October 2026",
    """
    Greetings from Amazon Web Services,

    Your invoice for the billing period October 1 - October 31, 2026 is now available for
    AWS account 111122223333.

    Invoice number: 2134567890
    Amount due: USD 4,318.77
    Payment method: Visa ending in 4242 (charged automatically)

    View and download the invoice on the Bills page of the Billing and Cost Management
    console.
    """, date="2026-11-03", to="finance@example.com")

add("billing", "AWS Budgets <budgets@costalerts.amazonaws.com>",
    "AWS Budgets: monthly-ec2 has exceeded your alert threshold",
    """
    AWS Budget Notification

    AWS account: 111122223333
    Budget name: monthly-ec2
    Budget type: Cost
    Budgeted amount: $1,500.00
    Alert type: ACTUAL
    Alert threshold: > 80.00%
    ACTUAL amount: $1,264.12

    You are receiving this email because actual cost for this budget passed the alert
    threshold you configured. Review or change the budget on the AWS Budgets dashboard.
    """, date="2026-10-24")

add("billing", "AWS Cost Anomaly Detection <no-reply@costalerts.amazonaws.com>",
    "AWS Cost Anomaly Detection: anomaly detected in Amazon SageMaker",
    """
    Monitor services-monitor detected an anomaly in account 111122223333.

    Start date: 2026-11-08
    Service: Amazon SageMaker
    Region: us-west-2
    Usage type: USW2-ml.g5.12xlarge-hosting
    Total impact: $612.40 (expected spend $38.00)

    Open the Cost Anomaly Detection console to see the root causes and to tell us whether
    this spend was expected.
    """, date="2026-11-10")

add("billing", AWS,
    "AWS Free Tier limit alert",
    """
    Hello,

    Your AWS account 999988887777 has passed 85% of the usage limit for at least one AWS
    Free Tier offer this month.

    Product: Amazon Elastic Compute Cloud
    Usage limit: 750 hours of t3.micro instance usage
    Current usage: 648 hours

    Usage beyond the Free Tier limit is charged at standard pay-as-you-go rates. Track
    your usage on the Free Tier page of the Billing console.
    """, date="2026-10-27")

add("billing", GPAY,
    "Action needed: payment declined for your Google Cloud billing account",
    """
    Hello,

    We tried to charge your Mastercard ending in 5100 for the Google Cloud billing account
    My Billing Account (01A2B3-C4D5E6-F7A8B9), but the payment was declined.

    Amount: $982.15
    Date: November 2, 2026

    Make a manual payment or update your payment method in the Billing section of the
    console. If the balance stays unpaid, services on this billing account may be
    suspended.
    """, date="2026-11-02")

add("billing", GCP_BILLING,
    "Your Google Cloud promotional credits expire soon",
    """
    Hello,

    The promotional credit "Startups Program 2025" on billing account 01F2E3-D4C5B6-A7B8C9
    expires on December 31, 2026, with $3,412.50 of the original $5,000.00 remaining.

    Credits apply automatically to eligible usage until they expire. After that, usage is
    charged to your payment method.
    """)

add("billing", AZURE,
    "Your Azure invoice is ready",
    """
    Your invoice for the billing period 1 September 2026 - 30 September 2026 is ready.

    Billing account: Contoso Ltd
    Billing profile: Contoso EMEA
    Invoice ID: G012345678
    Total amount: EUR 2,104.56
    Due date: 30 October 2026

    Payment will be collected by direct debit. To see the invoice, sign in to the Azure
    portal and open Cost Management + Billing > Invoices.
    """, date="2026-10-09")

add("billing", AZURE,
    "You've reached your spending limit for the Azure subscription Visual Studio Enterprise",
    """
    Hello,

    Your subscription Visual Studio Enterprise (ffff0000-1111-2222-3333-444455556666) has
    used all of its $150 monthly Azure credit. To prevent charges, the spending limit has
    disabled the subscription's resources until the credit renews on 14 November.

    To keep your resources running, remove the spending limit and pay for usage beyond
    the credit by credit card.
    """, date="2026-11-05")

add("billing", OCI_BILLING,
    "The payment method for your Oracle Cloud account is expiring",
    """
    Dear Customer,

    The credit card ending in 0005 that pays for your Oracle Cloud account acmecorp
    expires at the end of this month.

    To avoid an interruption in payment, add a new card or update the expiration date in
    the Payment Method section of the console.
    """)

add("billing", DO,
    "Your 2026-09 invoice for DigitalOcean",
    """
    Hi there,

    Your invoice for September 2026 is available.

    Team: Acme Engineering
    Total: $346.18
    Charged to: card ending in 1881

    Download the PDF or CSV from the Billing page of the control panel. Thanks for using
    DigitalOcean!
    """, date="2026-10-01")

add("billing", DO,
    "Your DigitalOcean account has a past due balance",
    """
    Hello,

    We were unable to collect payment for invoice #Inv-4829113 ($128.40), which is now
    10 days past due.

    Please pay the balance from the Billing page or add a valid payment method. If it
    stays unpaid, your account may be locked and your Droplets powered off.
    """)

add("billing", HETZNER_ACC,
    "Your invoice R0023456789",
    """
    Dear Client,

    attached you will find your current invoice R0023456789 dated 01/10/2026 for customer
    number K0123456789.

    Invoice amount: EUR 187.42 (including VAT)
    Payment: SEPA direct debit

    The amount will be debited from your account in the next few days.

    Kind regards
    Hetzner Online GmbH - Accounting
    """, date="2026-10-01")

add("billing", HEROKU,
    "Receipt for your Heroku payment",
    """
    Thanks for your payment!

    Account: finance@example.com
    Period: Oct 1, 2026 - Oct 31, 2026
    Amount paid: $214.00
    Card: Amex ending in 1005

    Detailed invoices are in the Billing tab of your Account Settings.
    """, date="2026-11-01", to="finance@example.com")

add("billing", CLOUDFLARE,
    "Payment failed for your Cloudflare subscription",
    """
    Hi,

    We couldn't process the $25.00 payment for the Pro plan on zone example.org; the
    issuing bank declined your card.

    We'll retry the charge in 3 days. To keep your Pro features, update your payment method
    under Manage Account > Billing.
    """)

add("billing", AKAMAI_BILLING,
    "Your Akamai Cloud invoice #28473920 is available",
    """
    Hello,

    Invoice #28473920 for October 2026 has been generated for your account acme-devops.

    Subtotal: $410.00
    Tax: $32.80
    Total: $442.80

    Payment will be taken automatically from the card on file. Download the invoice from
    the Billing Info page in Cloud Manager.
    """, date="2026-11-01")

add("billing", OVH,
    "Your order no. 234567891 is awaiting payment",
    """
    Hello,

    We have received your order no. 234567891 for 1 x Advance-2 dedicated server (monthly
    commitment, Gravelines).

    Total including VAT: EUR 142.79

    We will process the order once payment is received; pay it in the Control Panel under
    Billing > My orders. Unpaid orders are cancelled automatically after 7 days.
    """)

add("billing", VERCEL,
    "Your team acme-labs has reached 75% of its spend amount",
    """
    Hi,

    Your team acme-labs has used $150.12 of its $200.00 monthly spend amount in the
    current billing cycle, which ends on November 21, 2026. Most of it is Function
    Duration on the project api-gateway.

    Review usage or change the spend amount under Settings > Billing.
    """, date="2026-11-12")

add("billing", SCALEWAY,
    "Your Scaleway monthly statement is available",
    """
    Hello,

    The statement for October 2026 for Organization acme-sas is available in the console.

    Total excluding VAT: EUR 96.31
    Payment method: SEPA mandate

    Thank you for your trust,
    The Scaleway team
    """, date="2026-11-04")

add("billing", "Lena Fischer <lena.fischer@example.de>",
    "Fwd: IBM Cloud invoice for account 1a2b3c4d5e6f - September 2026",
    """
    Hi Ops, finance needs the cost-centre split for this by Friday.

    ---------- Forwarded message ---------
    From: IBM Cloud <no-reply@cloud.ibm.com>
    Date: Sun, Oct 4, 2026 at 7:40 AM
    Subject: IBM Cloud invoice for account 1a2b3c4d5e6f - September 2026
    To: lena.fischer@example.de

    Your IBM Cloud invoice for September 2026 is ready.

    Invoice number: 7012345678
    Amount: $1,903.44
    Due date: November 3, 2026

    View and download invoices in the IBM Cloud console under Manage > Billing and usage >
    Invoices.
    """, date="2026-10-05", to="ops@example.de")

# --- Japanese billing -----------------------------------------------------------------

add("billing", SAKURA_SUPPORT,
    "【さくらインターネット】2026年10月分 ご請求金額確定のお知らせ",
    """
    会員ID：abc12345 様

    いつもさくらインターネットをご利用いただき、誠にありがとうございます。2026年10月分のご請求金額が確定いたしましたのでお知らせいたします。

    ご請求金額：38,610円（税込）
    お支払い方法：クレジットカード
    お引き落とし予定日：2026年11月27日

    ご請求明細は会員メニューの「請求」からご確認いただけます。
    """, date="2026-11-06")

add("billing", IIJ_BILLING,
    "IIJ ご利用料金明細のご案内（2026年10月分）",
    """
    お客様各位

    2026年10月分のご利用料金明細を、IIJ サービスオンラインに掲載いたしました。

    お客様番号：C123456789
    ご請求金額：215,820円（税込）
    お支払期日：2026年11月30日

    請求書の郵送をご希望の場合は、サービスオンラインから設定を変更してください。
    """, date="2026-11-09")

add("billing", CONOHA,
    "【ConoHa】クレジットカード決済エラーのお知らせ",
    """
    いつも ConoHa をご利用いただきありがとうございます。

    ご登録のクレジットカードで、2026年10月分のご利用料金（4,356円）の決済ができませんでした。カードの有効期限切れやご利用限度額の超過などが考えられます。

    コントロールパネルの「お支払い設定」からカード情報をご確認のうえ、再度お支払い手続きを行ってください。お支払いが確認できない状態が続く場合、サービスを停止させていただくことがございます。
    """, date="2026-11-03")

add("billing", XSERVER,
    "【Xserver】ご利用料金のお支払いについて（ご入金確認のお願い）",
    """
    Xserverアカウント ID：xs123456 様

    お支払い期限（2026年9月30日）を過ぎておりますが、下記のご請求についてご入金を確認できておりません。

    請求番号：XS-20260915-0042
    ご請求金額：13,200円（税込）
    対象サービス：Xserverレンタルサーバー スタンダードプラン（12ヶ月）

    既にお振り込みいただいている場合は、行き違いとなりますのでご容赦ください。
    """, date="2026-10-05")

add("billing", AWS_JP,
    "アマゾン ウェブ サービス 請求書（2026年9月分）発行のお知らせ",
    """
    お客様

    AWS アカウント 111122223333 の2026年9月分の請求書が発行されました。

    請求書番号：JP26-0912345
    ご請求金額：182,446円（消費税込み）
    お支払い方法：請求書払い（銀行振込）

    請求書は AWS Billing and Cost Management コンソールの「請求書」ページからダウンロードできます。
    """, date="2026-10-03")

add("billing", GCP_BILLING,
    "予算アラート：予算「prod-monthly」の 90% に達しました",
    """
    Google Cloud 請求先アカウント「本番環境」（01C2D3-E4F5A6-B7C8D9）の予算「prod-monthly」について、今月の費用が予算額の 90% に達しました。

    予算額：500,000円
    現在の費用：452,310円

    費用の内訳は Cloud Billing レポートで確認できます。この予算アラートは、設定された通知先にのみ送信されています。
    """, date="2026-11-22")


# ======================================================================================
# informational (35: 27 English, 8 Japanese)
# ======================================================================================

add("informational", AWS,
    "Now open: a new AWS Region in Portugal",
    """
    Hello,

    We're excited to announce that the new AWS Region in Portugal, eu-southwest-1, is now
    open, with three Availability Zones.

    New Regions are opt-in: an account administrator can enable it on the Account settings
    page. Existing Regions and resources are not affected.
    """)

add("informational", AWS,
    "Your AWS Support case 177123456789 has been resolved",
    """
    Hello,

    Your support case 177123456789, "CloudFront returns 403 for objects in new bucket",
    has been marked as resolved by the AWS Support engineer.

    ---- Latest correspondence ----
    Thank you for confirming that the bucket policy now grants access to the origin access
    control. Since the objects are being served correctly, I am setting this case to
    resolved. It reopens automatically if you reply within 14 days.

    Best regards,
    Hiro K.
    Amazon Web Services
    ----

    The full case history is in the Support Center.
    """)

add("informational", AWS,
    "Service Quotas: your request for Running On-Demand G and VT instances was approved",
    """
    Hello,

    Your request to raise the quota for Running On-Demand G and VT instances in us-east-1
    for account 111122223333 has been approved.

    Requested value: 64 vCPUs
    Applied value: 64 vCPUs
    Request ID: 6f1c3b2a9e8d4c7b

    The new quota is available now.
    """)

add("informational", "AWS Health <health-no-reply@aws.example.com>",
    "[Resolved] Increased API error rates for Amazon SQS in eu-central-1",
    """
    Between 09:12 and 10:47 UTC on October 6, 2026, some customers saw increased error
    rates and latency for SendMessage and ReceiveMessage calls in the Europe (Frankfurt)
    Region. A configuration change in the subsystem that manages queue metadata caused the
    issue, and rolling that change back resolved it.

    The service is operating normally, and no messages were lost.
    """, date="2026-10-06")

add("informational", GCP,
    "Join us at Google Cloud Summit London on 18 November",
    """
    Hi,

    Registration is open for Google Cloud Summit London on 18 November 2026 at ExCeL
    London. Hear from product teams about data platforms, AI agents and security, and meet
    Google engineers in the hands-on labs.

    Places are limited and registration closes on 11 November. Register at
    https://cloudonair.example.org/summit-london.
    """, date="2026-10-02")

add("informational", GCP,
    "Incident report: Cloud Load Balancing elevated latency on 14 October 2026",
    """
    Summary: On 14 October 2026 from 15:05 to 16:31 US/Pacific, a subset of customers
    using global external Application Load Balancers saw elevated latency and 502 errors
    for requests served from europe-west2.

    Root cause: A software rollout to the front-end fleet contained a connection-pooling
    defect that only surfaced under a specific traffic pattern.

    Remediation: Engineers halted the rollout and reverted the affected fleet. We have
    added a canary check for this failure mode and are improving rollout automation so
    that similar defects are caught earlier.

    We apologise for the impact on your business.
    """, date="2026-10-21")

add("informational", GCP,
    "Product name change in the Google Cloud console: Cloud Deploy",
    """
    Hello,

    Starting November 9, 2026, Cloud Deploy will appear as "Cloud Delivery Pipelines" in
    the Google Cloud console, documentation and invoices. Only the name changes.

    API endpoints, gcloud commands, IAM roles and SKU IDs stay the same, so no action is
    required on your part.
    """, date="2026-10-26")

add("informational", AZURE,
    "Generally available: zone-redundant storage for Azure Files premium in more regions",
    """
    Azure Files premium file shares now support zone-redundant storage (ZRS) in Sweden
    Central, Italy North and Japan West.

    ZRS keeps three copies of your data across the availability zones of a region, so
    shares stay available if one zone goes down. Choose ZRS when you create a FileStorage
    storage account.
    """)

add("informational", AZURE,
    "Your quota increase request has been approved",
    """
    Hello,

    The quota increase request you submitted for subscription Contoso Production has been
    approved.

    Quota: Standard DSv5 Family vCPUs
    Region: North Europe
    New limit: 200

    Support request number: 2610150040012345. This request is now closed.
    """, date="2026-10-15")

add("informational", AZURE,
    "Mitigated: Azure Front Door - intermittent connectivity in East US",
    """
    Summary of impact: Between 13:40 and 15:02 UTC on 23 September 2026, a subset of
    customers using Azure Front Door saw intermittent timeouts for requests routed through
    edge sites in East US.

    This issue is now mitigated. A preliminary post-incident review will be published
    within three days and a final review within 14 days.
    """, date="2026-09-23")

add("informational", "Oracle Events <events@oracle-mail.example.com>",
    "Oracle AI World 2026: the session catalog is live",
    """
    Hello,

    The session catalog for Oracle AI World in Las Vegas is now online. Browse more than
    1,000 sessions on OCI, Autonomous Database and application development, and build your
    agenda before the event.

    Early-bird pricing for passes ends on September 30.
    """, date="2026-09-04")

add("informational", DO,
    "DigitalOcean Currents: what's new this October",
    """
    Hi there,

    Here's what shipped this month:

    - GPU Droplets with NVIDIA H200 are now available in ATL1.
    - Managed Kafka now supports a schema registry.
    - The Spaces console has a new file browser.

    Hacktoberfest runs until October 31, so contributors still have time to get their
    pull requests in.

    Happy coding,
    The DigitalOcean Team
    """, date="2026-10-06")

add("informational", DO,
    "Webinar: running stateful workloads on DOKS - November 12",
    """
    Join our solutions engineers on November 12 at 17:00 UTC for a 45-minute session on
    running databases and queues on DigitalOcean Kubernetes. We'll cover volume snapshots,
    node pool sizing and backups, and leave time for questions.

    Save your seat: https://www.example.org/webinars/doks-stateful
    """, date="2026-10-28")

add("informational", HETZNER,
    "Hetzner Cloud is now available in Singapore",
    """
    Dear Client,

    Our new cloud location in Singapore (sin) is live: you can now create cloud servers,
    volumes, load balancers and floating IPs there. Prices for the location are listed in
    the Hetzner Console.
    """)

add("informational", HEROKU,
    "Heroku Dev Center: Postgres documentation reorganized",
    """
    Hi,

    We've reorganized the Heroku Postgres articles in Dev Center. Connection pooling,
    followers and credentials now have their own pages, and old links redirect to the new
    locations.

    Nothing about how Heroku Postgres works has changed.
    """)

add("informational", CF_SUPPORT,
    "Ticket #3012345 has been closed: SSL handshake failures on api.example.org",
    """
    Hello,

    Your ticket #3012345 has been closed because we haven't heard back from you in 7 days.

    --- Summary ---
    Subject: SSL handshake failures on api.example.org
    Opened: 2026-10-02
    Last update from Cloudflare: The handshake errors stopped after the origin certificate
    was replaced on 2026-10-05.
    ---

    If the issue comes back, reply to this email within 30 days to reopen the ticket.
    """, date="2026-10-13")

add("informational", CLOUDFLARE,
    "Tell us about your dashboard experience (5-minute survey)",
    """
    Hi,

    We're redesigning parts of the Cloudflare dashboard and would love to hear how you use
    it. The survey takes about five minutes and is open until November 20.

    Take the survey: https://survey.example.org/cf-dash-2026

    Thanks for helping us improve.
    """, date="2026-11-05")

add("informational", AKAMAI,
    "Linode is now Akamai Cloud: what's changing and what isn't",
    """
    Hello,

    Over the next few weeks you'll see the Akamai Cloud name in Cloud Manager, on invoices
    and in our emails. This is a change of brand only.

    Your account, login, API tokens, the linode-cli and all API endpoints stay the same.
    No action is required.
    """)

add("informational", OVH,
    "OVHcloud Summit 2026: join us in Paris on 19 November",
    """
    Hello,

    The OVHcloud Summit returns to Paris on 19 November 2026, with the keynote, customer
    talks on sovereign cloud, and workshops run by our engineers. Admission is free but
    places are limited, so register on the Summit website.
    """, date="2026-10-01")

add("informational", SCALEWAY,
    "Incident resolved: Object Storage errors in nl-ams",
    """
    Hello,

    The incident affecting Object Storage in the nl-ams region is resolved. Between 07:50
    and 08:35 UTC on 11 September, about 4% of PUT and GET requests returned 503 errors
    because a metadata cluster was overloaded.

    We have added capacity to the cluster and are reviewing our alerting thresholds. A
    detailed report is on our status page.
    """, date="2026-09-11")

add("informational", "Vercel Status <noreply@vercel-status.example.com>",
    "You're subscribed to Vercel status updates",
    """
    Hi,

    Your subscription to Vercel status updates is confirmed. You'll get an email when an
    incident is opened, updated or resolved, and when maintenance is scheduled.

    To change the components you follow or to unsubscribe, use the link at the bottom of
    any status email.
    """)

add("informational", FASTLY,
    "Fastly product update: Compute now available in five more POPs",
    """
    Hello,

    Fastly Compute is now served from our new POPs in Bogota, Lima, Manila, Jakarta and
    Lagos, and existing services pick up the new locations automatically.

    Also new this quarter: Log Explorer supports saved queries, and the Fastly CLI has a
    command for comparing service versions.
    """)

add("informational", IBM,
    "IBM Cloud documentation has moved",
    """
    Dear client,

    The IBM Cloud documentation for classic infrastructure now lives under
    cloud.ibm.com/docs, and old bookmarks redirect automatically. The content has not
    changed, and there is nothing you need to update.
    """)

add("informational", ALIBABA,
    "Invitation: Alibaba Cloud Apsara Conference 2026",
    """
    Dear customer,

    You are invited to the Apsara Conference in Hangzhou from 23 to 25 September 2026.
    Over three days, Alibaba Cloud and its partners will present their latest work on AI
    infrastructure, cloud-native databases and large models.

    If you cannot attend in person, the keynotes will be streamed live.
    """, date="2026-09-02")

add("informational", AWS,
    "Amazon MQ for ActiveMQ 5.17 end of support: no action required for your account",
    """
    Hello,

    We are writing to all Amazon MQ customers about the end of support for ActiveMQ 5.17
    on February 15, 2027.

    Our records show that account 111122223333 has no brokers running ActiveMQ 5.17, so
    no action is required from you. This message is for your information only.
    """)

add("informational", GCP,
    "Updates to the Google Cloud Platform Service Specific Terms",
    """
    Hello,

    We're updating the Google Cloud Platform Service Specific Terms to cover newly
    launched services and to clarify existing wording. The changes take effect on
    November 1, 2026.

    The updated terms and a summary of changes are on our website. No action is required;
    if you keep using the services after that date, the updated terms apply.
    """, date="2026-10-01")

add("informational", "Sam Ortiz <sam.ortiz@example.com>",
    "Fwd: Azure Container Apps: dedicated GPU workload profiles now generally available",
    """
    Might be useful for the inference project.

    ---------- Forwarded message ---------
    From: Microsoft Azure <azure-noreply@microsoft.com>
    Date: Wed, Sep 16, 2026 at 6:30 PM
    Subject: Azure Container Apps: dedicated GPU workload profiles now generally available
    To: sam.ortiz@example.com

    Dedicated GPU workload profiles for Azure Container Apps are now generally available
    in more regions, including West US 3 and Sweden Central. Use them to run inference
    services on NVIDIA A100 and T4 GPUs, with per-second billing and scale to zero.
    """, date="2026-09-17", to="ml-team@example.com")

# --- Japanese informational -----------------------------------------------------------

add("informational", SAKURA,
    "さくらのクラウド「東京第3ゾーン」提供開始のお知らせ",
    """
    さくらのクラウドをご利用のお客様

    このたび、新ゾーン「東京第3ゾーン」の提供を開始いたしました。コントロールパネルおよび API から、サーバ、ディスク、スイッチなどのリソースを作成いただけます。

    料金は既存の東京第2ゾーンと同一です。既存ゾーンのリソースへの影響はございません。
    """)

add("informational", IIJ,
    "【復旧】IIJ セキュアMXサービスにおけるメール配送遅延について",
    """
    お客様各位

    2026年10月14日（水）10:20頃より発生しておりました IIJ セキュアMXサービスのメール配送遅延は、同日12:05に復旧いたしました。

    原因：配送サーバの一部におけるキュー処理の滞留
    影響：対象時間帯に受信したメールの配送が最大90分遅延しました（メールの消失はございません）

    ご迷惑をおかけしましたことを深くお詫び申し上げます。
    """, date="2026-10-14")

add("informational", NTT,
    "ウェビナーのご案内：ハイブリッドクラウド運用のベストプラクティス（11月19日開催）",
    """
    ご担当者様

    NTTドコモビジネスでは、下記のとおりオンラインセミナーを開催いたします。

    テーマ：オンプレミスとパブリッククラウドを組み合わせた運用の効率化
    日時：2026年11月19日（木）15:00～16:00
    参加費：無料（事前登録制）

    お申し込みは11月17日まで受け付けております。皆様のご参加をお待ちしております。
    """, date="2026-10-29")

add("informational", KDDI,
    "お問い合わせ対応完了のお知らせ（受付番号：KD-2026-104455）",
    """
    お客様

    このたびは KDDI クラウドサポートへお問い合わせいただき、ありがとうございました。

    受付番号 KD-2026-104455「仮想サーバのスナップショット取得手順について」は、回答をご確認いただけたものとして対応を完了とさせていただきました。

    追加のご質問がございましたら、本メールに返信いただくか、新たにお問い合わせください。
    """)

add("informational", FUJITSU,
    "サービス名称変更のお知らせ（お客様のご対応は不要です）",
    """
    お客様各位

    2026年12月1日より、「FJcloud-O」のサービス名称を「Fujitsu Cloud Infrastructure」に変更いたします。

    名称変更に伴うサービス内容、料金、API エンドポイントの変更はございません。お客様にご対応いただく必要はございません。
    """, date="2026-10-30")

add("informational", CONOHA,
    "ConoHa通信 2026年10月号",
    """
    いつも ConoHa をご利用いただきありがとうございます。ConoHa通信10月号をお届けします。

    ■ 今月の新機能
    ・ConoHa VPS のオブジェクトストレージで、バケット単位の権限設定ができるようになりました
    ・コントロールパネルがダークモードに対応しました

    ■ キャンペーン
    ハロウィンキャンペーンは10月31日まで開催中です。

    今後とも ConoHa をよろしくお願いいたします。
    """, date="2026-10-07")

add("informational", XSERVER,
    "障害報告：2026年9月18日に発生した一部サーバーの接続障害について",
    """
    平素はエックスサーバーをご利用いただき、誠にありがとうございます。2026年9月18日に発生した障害について、原因と再発防止策をご報告いたします。

    発生日時：2026年9月18日 14:12～14:58
    影響範囲：sv13001～sv13050 の Web サイトへの接続
    原因：ネットワークスイッチのハードウェア故障
    再発防止策：同型機器の予防交換および冗長構成の見直しを実施いたします

    現在は正常に稼働しております。ご迷惑をおかけしましたことを深くお詫び申し上げます。
    """, date="2026-09-25")

add("informational", GCP,
    "東京リージョンで C4 マシンシリーズがご利用いただけるようになりました",
    """
    Google Cloud をご利用のお客様

    Compute Engine の C4 マシンシリーズが、東京リージョン（asia-northeast1）でご利用いただけるようになりました。C4 は高い単一スレッド性能を必要とするワークロードに適しています。詳しくは Compute Engine のドキュメントをご覧ください。
    """)


# ======================================================================================
# security-advisory (10: 7 English, 3 Japanese)
# ======================================================================================

add("security-advisory", AWS,
    "AWS Trusted Advisor: Amazon S3 bucket permissions check flagged 2 buckets",
    """
    Hello,

    This week's Trusted Advisor check for account 111122223333 found Amazon S3 buckets
    whose policies or ACLs allow public read access:

    Bucket: acme-marketing-assets (us-east-1)
    Bucket: acme-tmp-exports (us-east-1)

    Public access may be intended for static website content. If it is not, review the
    bucket policies and consider turning on S3 Block Public Access for the account. We
    have no indication that data in these buckets was accessed improperly.
    """)

add("security-advisory", GCP,
    "GKE security bulletin: vulnerability in containerd affects Linux nodes",
    """
    Hello,

    A vulnerability (CVE-2026-31417) in containerd could let a container with certain
    mount configurations write to files on the host. Linux node pools running containerd
    versions earlier than 1.7.29 are affected; Autopilot clusters are already patched.

    Patched GKE versions are available now. We recommend upgrading your node pools to one
    of them and reviewing workloads that mount host paths with write access. We are not
    aware of any exploitation of this vulnerability.
    """)

add("security-advisory", AZURE,
    "Microsoft Defender for Cloud: new high-severity recommendations for your subscription",
    """
    Microsoft Defender for Cloud found 3 new high-severity recommendations for
    subscription Contoso Production:

    - Storage accounts should prevent shared key access (2 resources)
    - Management ports of virtual machines should be protected with just-in-time network
      access control (1 resource)
    - Key vaults should have deletion protection enabled (1 resource)

    Review them on the Recommendations page and apply the suggested remediation where it
    fits your environment.
    """)

add("security-advisory", CLOUDFLARE,
    "Your DNS records may expose the IP address of your origin",
    """
    Hi,

    Security Center found DNS-only (unproxied) A records in the zone example.org that
    point at the same IP address as proxied records, for example ftp.example.org ->
    203.0.113.24.

    Because these records are public, anyone can find your origin's address and send
    traffic to it directly, bypassing Cloudflare. Consider proxying those records, moving
    the services to another address, or accepting only Cloudflare's IP ranges at the
    origin.
    """)

add("security-advisory", DO,
    "Security notice: OpenSSH vulnerability and your Droplets",
    """
    Hi there,

    A vulnerability in the OpenSSH server (CVE-2026-20155) affecting versions 9.3 through
    9.8 was disclosed this week. Under certain conditions, a remote attacker could use it
    to make the SSH daemon stop responding.

    You manage the software on your Droplets, so we can't patch them for you. We recommend
    updating the openssh-server package with your distribution's package manager and
    limiting SSH access with a Cloud Firewall. Our Marketplace images have already been
    updated.
    """)

add("security-advisory", VERCEL,
    "Security advisory: cache poisoning in Next.js image optimization",
    """
    Hi,

    A vulnerability in Next.js (CVE-2026-33102) could allow responses from the image
    optimization endpoint to be cache-poisoned in some configurations. Projects deployed on
    Vercel are covered by a platform mitigation, but we recommend upgrading to Next.js
    15.4.3 or later as a precaution.

    Your team has 4 projects on an affected version; they are listed under Security >
    Advisories in the team dashboard.
    """)

add("security-advisory", OCI,
    "Cloud Guard detected a security list that allows SSH from the internet",
    """
    Cloud Guard reported a problem in tenancy acmecorp:

    Problem: VCN security list allows traffic to restricted port
    Risk level: HIGH
    Resource: ocid1.securitylist.oc1.iad.aaaaaaaaexample (compartment net-prod)
    Detail: ingress rule allows 0.0.0.0/0 on TCP port 22

    Review the rule and narrow the source CIDR to trusted networks, or use the Bastion
    service for SSH access. You can mark the problem resolved or dismissed in the Cloud
    Guard console.
    """)

# --- Japanese security-advisory -------------------------------------------------------

add("security-advisory", SAKURA,
    "【セキュリティ情報】OpenSSL の脆弱性（CVE-2026-40021）について",
    """
    さくらインターネットをご利用のお客様

    OpenSSL において、細工された証明書を処理する際にサービス運用妨害（DoS）が発生する可能性のある脆弱性が公表されました。

    対象バージョン：OpenSSL 3.0.0～3.0.17、3.5.0～3.5.3

    当社が提供するマネージドサービスについては順次対応を進めております。お客様が管理されているサーバにつきましては、ディストリビューションが提供する修正パッケージの適用をご検討ください。
    """)

add("security-advisory", IIJ,
    "【注意喚起】公開設定となっているオブジェクトストレージのバケットについて",
    """
    お客様各位

    IIJ GIO ストレージ&アナリシスサービスにおいて、お客様のご契約で匿名アクセスが許可されたバケットが確認されました。

    バケット名：press-kit-2025、backup-tmp

    意図せず公開設定となっている場合、第三者にデータを閲覧されるおそれがあります。不正なアクセスを確認したものではございませんが、各バケットのアクセス権限設定をご確認ください。
    """)

add("security-advisory", XSERVER,
    "WordPress プラグイン「Contact Form X」の脆弱性に関する注意喚起",
    """
    Xserverをご利用のお客様

    WordPress 用プラグイン「Contact Form X」のバージョン 5.2.1 以前に、クロスサイトスクリプティングの脆弱性が存在することが公表されました。

    当該プラグインをご利用の場合は、最新版（5.2.2 以降）へのアップデートをご検討ください。WordPress 管理画面の「プラグイン」からアップデートできます。
    """)


# ======================================================================================
# Writing the mbox
# ======================================================================================

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set-b.mbox")

FIRST_DAY = datetime.date(2026, 9, 1)
LAST_DAY = datetime.date(2026, 11, 30)
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")
AR_MARKER = re.compile(r"^\s*(\[[^\]]*action[^\]]*\]|【[^】]*】)", re.IGNORECASE)
FROM_LINE = re.compile(rb"^(>*From )", re.MULTILINE)

TO_EN = ["ops@example.com", "cloud-admin@example.org", "platform@example.net", "it-team@example.io"]
TO_EN_MONEY = ["billing@example.com", "finance@example.org"]
TO_JA = ["johosys@example.co.jp", "infra@example.jp", "server-admin@example.ne.jp"]
TO_JA_MONEY = ["keiri@example.co.jp", "shiharai@example.jp"]


def language(notice):
    return "ja" if JAPANESE.search(notice["subject"] + notice["body"]) else "en"


def message_date(index, notice):
    """Deterministic Date: the notice's own day if given, else one spread over the range."""
    if notice["date"]:
        day = datetime.date.fromisoformat(notice["date"])
    else:
        day = FIRST_DAY + datetime.timedelta(days=(index * 53) % 90)
    hour = 9 + (index * 7) % 10
    minute = (index * 13) % 60
    second = (index * 29) % 60
    offset = 9 if language(notice) == "ja" else 0
    tz = datetime.timezone(datetime.timedelta(hours=offset))
    return datetime.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=tz)


def recipient(index, notice):
    if notice["to"]:
        return notice["to"]
    money = notice["category"] in ("billing", "pricing")
    if language(notice) == "ja":
        pool = TO_JA_MONEY if money else TO_JA
    else:
        pool = TO_EN_MONEY if money else TO_EN
    return pool[index % len(pool)]


def build(index, notice):
    number = index + 1
    when = message_date(index, notice)
    msg = EmailMessage(policy=policy.default)
    msg["From"] = notice["from"]          # display names are RFC 2047-encoded when needed
    msg["To"] = recipient(index, notice)
    msg["Subject"] = notice["subject"]    # RFC 2047-encoded by the email package if not ASCII
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = "<training-b-%03d@example.org>" % number
    msg["X-Training-Label"] = notice["category"]
    msg.set_content(notice["body"], subtype="plain", charset="utf-8", cte="8bit")
    raw = msg.as_bytes(policy=policy.default.clone(linesep="\n"))
    # mboxrd quoting: any line starting with zero or more '>' then "From " gets one more '>'.
    raw = FROM_LINE.sub(rb">\1", raw)
    if not raw.endswith(b"\n"):
        raw += b"\n"
    sender = parseaddr(notice["from"])[1] or "MAILER-DAEMON"
    utc = when.astimezone(datetime.timezone.utc)
    envelope = "From %s %s\n" % (sender, time.asctime(utc.timetuple()))
    return envelope.encode("ascii") + raw + b"\n", when


def check(notices):
    problems = []
    seen = set()
    seen_subjects = collections.Counter(n["subject"] for n in notices)
    for i, n in enumerate(notices, 1):
        if n["category"] not in CATEGORIES:
            problems.append("notice %d: unknown category %r" % (i, n["category"]))
        key = (n["subject"], n["body"])
        if key in seen:
            problems.append("notice %d: duplicate subject+body (%s)" % (i, n["subject"]))
        seen.add(key)
        if seen_subjects[n["subject"]] > 1:
            print("warning: subject used more than once: %s" % n["subject"], file=sys.stderr)
        if not n["subject"].strip() or not n["body"].strip():
            problems.append("notice %d: empty subject or body" % i)
        if not parseaddr(n["from"])[1]:
            problems.append("notice %d: unparsable From %r" % (i, n["from"]))
        if n["date"]:
            day = datetime.date.fromisoformat(n["date"])
            if not FIRST_DAY <= day <= LAST_DAY:
                problems.append("notice %d: date %s outside the range" % (i, n["date"]))
        for line in n["body"].splitlines():
            if len(line.encode("utf-8")) > 998:
                problems.append("notice %d: body line longer than 998 bytes" % i)
    return problems


def main():
    problems = check(NOTICES)
    if problems:
        for p in problems:
            print("error: " + p, file=sys.stderr)
        return 1

    chunks = []
    for index, notice in enumerate(NOTICES):
        chunk, when = build(index, notice)
        utc = when.astimezone(datetime.timezone.utc).date()
        if not FIRST_DAY <= utc <= LAST_DAY:
            print("error: notice %d dated %s" % (index + 1, when), file=sys.stderr)
            return 1
        chunks.append(chunk)
    data = b"".join(chunks)
    assert data.endswith(b"\n")
    with open(OUT, "wb") as fh:
        fh.write(data)

    # Report ------------------------------------------------------------------------
    by_cat = collections.Counter(n["category"] for n in NOTICES)
    by_cat_lang = collections.Counter((n["category"], language(n)) for n in NOTICES)
    by_lang = collections.Counter(language(n) for n in NOTICES)
    print("wrote %s: %d notices" % (os.path.relpath(OUT), len(NOTICES)))
    print("%-18s %5s %5s %5s" % ("category", "en", "ja", "total"))
    for cat in CATEGORIES:
        if by_cat[cat]:
            print("%-18s %5d %5d %5d" % (cat, by_cat_lang[(cat, "en")], by_cat_lang[(cat, "ja")], by_cat[cat]))
    print("%-18s %5d %5d %5d" % ("all", by_lang["en"], by_lang["ja"], len(NOTICES)))
    markers = sum(1 for n in NOTICES if n["category"] == "action-required" and AR_MARKER.match(n["subject"]))
    print("action-required notices with a bracketed subject marker: %d" % markers)
    senders = sorted({parseaddr(n["from"])[1].split("@")[1] for n in NOTICES})
    print("sender domains: %d" % len(senders))
    for cat, want in EXPECTED.items():
        if by_cat[cat] != want:
            print("warning: %s has %d notices, set B asks for %d" % (cat, by_cat[cat], want), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
