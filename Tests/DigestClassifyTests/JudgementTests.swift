import DigestModel
import Foundation
import Testing

@testable import DigestClassify

/// The failure kinds found on real notices, each with a notice written here: the decision must come
/// from all the evidence, not from a subject marker alone.
struct JudgementTests {
    static let rules = try! RuleSet.defaults()
    static let classifier = Classifier(rules: rules)

    static func notice(
        from: String = "no-reply-aws@amazon.com", name: String = "Amazon Web Services", subject: String,
        text: String, sent: String = "2026-11-10T09:00:00Z"
    ) -> Notice {
        classifier.classify(
            Message(
                messageID: "j-\(subject.hashValue)@example", date: ISO8601DateFormatter().date(from: sent),
                from: Address(name: name, address: from), subject: subject, text: text,
                source: SourceLocation(path: "judgement.eml")), explain: true)
    }

    // 1. Critical evidence only in the body.

    @Test func supportCaseWhoseCorrespondenceReportsAnExposedKeyIsAnIncident() {
        let n = Self.notice(
            subject: "AWS Support opened case 987654321 for you",
            text: """
                A support case was created for you.

                Case number: 987654321
                Priority: Urgent
                Message: Hello. The access key AKIAEXAMPLEEXAMPLE12 of user "build-bot" was found
                on a public code repository together with its secret key. Your credentials have been
                exposed and must be rotated now.
                """)
        #expect(n.category == .securityIncident)
        #expect(n.confidence == .high)
        #expect(n.evidence.first == "security-incident-body")
    }

    @Test func restrictedAfterSuspiciousActivityIsAnIncidentFromAGenuineSender() {
        let n = Self.notice(
            from: "no-reply@amazonaws.com", subject: "Response needed for your builder account",
            text: """
                We noticed suspicious activity on your builder account and have temporarily restricted
                your ability to use the service until we can verify who controls it. Contact support
                through https://abcd1234.r.us-east-1.awstrack.me/L0/https:%2F%2Fsupport.aws.amazon.com/1/xyz
                """)
        #expect(n.category == .securityIncident)
        #expect(n.trust == .verified)
    }

    @Test(arguments: [
        (
            "Amazon SES sending status for account 111122223333",
            "Your bounce rate of 11% over the last 9,000 messages is too high, so we have placed sending for this account on probation in eu-west-1."
        ),
        (
            "Notice about project example-web-prod",
            "Your project example-web-prod has been suspended because it was used for cryptocurrency mining, which our terms of service forbid."
        ),
        (
            "Server 203.0.113.7 taken offline",
            "We received several complaints that your server was scanning other hosts on port 22. The server has been disconnected from the network until you reply."
        ),
    ])
    func enforcementForAbuseIsAbuseWithoutTheWord(subject: String, text: String) {
        #expect(Self.notice(subject: subject, text: text).category == .abuse)
    }

    // 2. Action without a marker.

    @Test(arguments: [
        "Update your Amazon RDS client certificates by March 1, 2027",
        "Upgrade your Amazon Aurora PostgreSQL 12 clusters before February 28, 2027",
        "Certificate renewal for shop.example.com requires action",
        "Update your Amazon WorkSpaces firewall rules to maintain connectivity",
        "Amazon Lightsail bundle plans ending January 31, 2027",
        "TLS 1.3 to become the minimum for all service endpoints",
        "Certificate request for api.example.com",
    ])
    func subjectThatStatesAnActionIsActionRequired(subject: String) {
        let n = Self.notice(subject: subject, text: "Hello, details below.")
        #expect(n.category == .actionRequired, "\(subject) -> \(n.rule)")
    }

    @Test func aDateToActByInTheBodyIsActionEvidenceWithoutAMarker() {
        let n = Self.notice(
            subject: "Amazon Neptune engine 1.1 notice",
            text:
                "Clusters on engine 1.1 must be moved to 1.3 by January 15, 2027. After that date they stop accepting writes."
        )
        #expect(n.category == .actionRequired)
        #expect(n.deadline?.description == "2027-01-15")
    }

    @Test func criticalEvidenceInTheBodyBeatsAMilderMarker() {
        let n = Self.notice(
            subject: "[Action Required] Review your account",
            text: "We have detected unauthorized activity in your account from an unfamiliar network.")
        #expect(n.category == .securityIncident)
        #expect(n.evidence.contains("action-required-marker"))
    }

    // 3. Silence is not news.

    @Test func noticeNoRuleUnderstandsHasLowConfidence() {
        let n = Self.notice(subject: "Regarding your resources", text: "Please see the console for details.")
        #expect(n.confidence == .low)
        #expect(n.evidence.isEmpty)
        #expect(n.rule == "fallback")
    }

    @Test func newsNeedsPositiveEvidence() {
        let n = Self.notice(
            subject: "Amazon Bedrock is now available in Asia Pacific (Osaka)", text: "We are pleased to share this.")
        #expect(n.category == .informational)
        #expect(n.confidence == .medium)
    }

    @Test func whatTheSubjectSaysDecidesBetweenTwoKindsOfCriticalEvidence() {
        // The subject reports suspicious activity on the account; the body warns that the account may
        // be stopped to prevent further misuse, which alone reads as an abuse enforcement.
        let n = Self.notice(
            name: "アマゾン ウェブ サービス", subject: "AWS アカウントで不正なアクティビティを検出しました",
            text: """
                お客様のアカウントで、身に覚えのない可能性のあるインスタンスの起動を確認しました。
                第三者がアカウントにログインした可能性があります。不正利用の拡大を防ぐため、
                2026年11月20日 までにご確認がない場合はアカウントを一時停止することがあります。
                """)
        #expect(n.category == .securityIncident)
        #expect(n.evidence.first == "security-incident")
    }

    @Test func aBlockedSignInIsAnIncidentEvenWithoutTheWordCompromised() {
        let n = Self.notice(
            subject: "Sign-in blocked on the root user of your account",
            text: "We stopped a sign-in from an unfamiliar device. Reset your password if it was not you.")
        #expect(n.category == .securityIncident)
    }

    @Test func aSupportCaseThatNeedsInformationAsksForAction() {
        let n = Self.notice(
            subject: "RE: Case 4455667788 - request to raise the sending quota",
            text: """
                Before we can review the request, we need more information about the mail you send.
                Please reply in the case with how recipients subscribe and how bounces are handled.
                We keep the case open until December 2, 2026.
                """)
        #expect(n.category == .actionRequired)
    }

    @Test func aChangeToAProductsPricesIsPricingNotAnActionWithADate() {
        let n = Self.notice(
            from: "noreply@registrar.amazon.com", name: "Amazon Route 53",
            subject: "Upcoming changes to Amazon Route 53 domain registration prices",
            text: """
                The yearly price of some top-level domains rises on March 1, 2027. Renew before
                March 1, 2027 to keep the current price; nothing else is needed.
                """)
        #expect(n.category == .pricing)
    }

    @Test func theAwsTopLevelDomainIsAmazonsOwn() {
        let n = Self.notice(
            from: "no-reply@alerts.notifications.aws", name: "AWS Notifications",
            subject: "AWS コスト異常検出: Amazon S3 で異常を検出しました",
            text: "コストモニターで想定を超える支出を検出しました。")
        #expect(n.trust != .suspicious)
        #expect(n.category == .billing)
    }

    // 4. The deadline that matters.

    @Test func retirementTheSubjectNamesBeatsAnEarlierStopOfPurchases() {
        let n = Self.notice(
            subject: "Amazon EC2 M3 instances retirement",
            text: """
                From February 1, 2027 you can no longer buy new reservations for M3 instances.

                M3 instances will be retired on August 31, 2027. Move your workloads to a current generation before the retirement.
                """)
        #expect(n.deadline?.description == "2027-08-31")
    }

    @Test func endOfStandardSupportBeatsTheEndOfExtendedSupport() {
        let n = Self.notice(
            subject: "[Action Required] Amazon EKS Kubernetes 1.31 end of standard support",
            text: """
                Standard support for Kubernetes 1.31 will end on January 20, 2027.

                Clusters may stay on extended support until January 20, 2028, after which they are upgraded automatically.

                Starting December 1, 2026, messages about AWS Health events are delivered by another service.
                """)
        #expect(n.deadline?.description == "2027-01-20")
    }

    @Test func whatTheProviderDoesAutomaticallyLaterIsNotTheReadersDate() {
        let n = Self.notice(
            subject: "Security update available for your Amazon ElastiCache clusters",
            text: """
                We recommend applying the update by January 12, 2027.

                Clusters not updated by February 2, 2027 will be updated automatically in their maintenance window.
                """)
        #expect(n.category == .maintenance)
        #expect(n.deadline?.description == "2027-01-12")
    }

    @Test func anOfferToReopenAResolvedCaseIsNoDeadline() {
        let n = Self.notice(
            subject: "Case 1234567890: quota increase for Amazon EC2 has been resolved",
            text: """
                We have resolved case 1234567890. The new quota is active.

                If you have more questions about this request, reply within 7 days and the case reopens.
                """)
        #expect(n.category == .informational)
        #expect(n.deadline == nil)
    }

    // Critical wording beyond the corpus: each a way providers say it, under a subject that says nothing.

    @Test(arguments: [
        (
            "abuse", "abuse@amazonaws.com", "Your EC2 instance i-0abc",
            "Your instance has been reported for sending spam to third parties. Please investigate."
        ),
        (
            "abuse", "abuse@digitalocean.com", "Droplet 12345",
            "We've been notified that your server is participating in a DDoS attack against a third party."
        ),
        (
            "abuse", "abuse@hetzner.com", "Server 198.51.100.4",
            "Your IP address 198.51.100.4 is listed on the Spamhaus blocklist because it sent spam."
        ),
        (
            "abuse", "abuse@linode.com", "Linode 998877",
            "Our network team observed outbound port scanning from your Linode to many hosts."
        ),
        (
            "abuse", "abuse@amazonaws.com", "Your EC2 instance",
            "An open DNS resolver on your instance is being used in reflection attacks against other networks."
        ),
        (
            "abuse", "no-reply@google.com", "Your project my-proj-1",
            "Your project has been flagged for cryptocurrency mining, which violates our Acceptable Use Policy. The project will be suspended in 3 days."
        ),
        (
            "abuse", "abuse@amazonaws.com", "Content on your S3 bucket",
            "The content hosted at https://example-bucket.s3.amazonaws.com/login.html has been identified as phishing. Please remove it within 24 hours."
        ),
        (
            "abuse", "abuse@amazonaws.com", "Notice regarding your account",
            "We received a copyright infringement notice (DMCA) concerning content hosted on your server."
        ),
        (
            "abuse", "abuse@ovh.net", "Server ns123.ip-1-2-3.eu",
            "Your server appears to be infected with malware and is part of a botnet; its traffic to a command and control server was reported."
        ),
        (
            "abuse", "support@hetzner.com", "Outgoing mail",
            "Outgoing SMTP from your server has been blocked because we received spam complaints."
        ),
        (
            "security-incident", "no-reply-aws@amazon.com", "Information about your AWS account",
            "Your AWS account may have been accessed by an unauthorized party. Please review the activity in CloudTrail."
        ),
        (
            "security-incident", "no-reply-aws@amazon.com", "Your AWS access key",
            "We detected that your AWS access key AKIAIOSFODNN7EXAMPLE was posted publicly on a code repository."
        ),
        (
            "security-incident", "no-reply-aws@amazon.com", "Root user sign-in",
            "Someone signed in to your root user from an unrecognized device in a country you have not used before. If this was not you, change your password now."
        ),
        (
            "security-incident", "no-reply-aws@amazon.com", "Case 123456 update",
            "We noticed an unusual number of EC2 instances launched in your account in regions you do not normally use. These may be unauthorized."
        ),
        (
            "security-incident", "no-reply-aws@amazon.com", "AWS account 111122223333",
            "GitHub notified us that an access key for your account was committed to a public repository."
        ),
        (
            "security-incident", "azure-noreply@microsoft.com", "Risky sign-in detected",
            "Microsoft Entra ID Protection detected a risky sign-in for user admin@contoso.com."
        ),
        (
            "security-incident", "CloudPlatform-noreply@google.com", "Your service account key",
            "A service account key for project prod-1 was found publicly exposed on the internet and has been disabled."
        ),
        (
            "security-incident", "no-reply-aws@amazon.com", "AWS Notification - Case 1234",
            "Your account appears to be compromised: an unknown IAM user created access keys."
        ),
        ("security-incident", "no-reply-aws@amazon.com", "【重要】AWS アカウントについて", "お客様の AWS アカウントで第三者による不正なアクセスが確認されました。"),
        (
            "security-incident", "no-reply-aws@amazon.com", "Your AWS account",
            "We believe that an unauthorized party obtained your credentials and used them to launch resources."
        ),
    ])
    func criticalWordingUnderABlandSubject(category: String, from: String, subject: String, text: String) {
        let n = Self.notice(from: from, name: "Provider", subject: subject, text: text)
        #expect(n.category.rawValue == category, "\(n.rule): \(text)")
    }

    /// Talk about abuse and exposure (news, tips, policy, a bulletin) is not a report of either.
    @Test(arguments: [
        (
            "informational", "no-reply-aws@amazon.com", "Announcing Amazon Q for your team",
            "We are excited to announce the general availability of a new feature."
        ),
        (
            "informational", "no-reply-aws@amazon.com", "AWS Shield Advanced: what is new",
            "AWS Shield protects your applications from DDoS attacks. New dashboards show attacks against your resources."
        ),
        (
            "informational", "aws-marketing-email-replies@amazon.com", "Security tips for builders",
            "Learn how to keep your credentials from being exposed in public repositories, and what to do if an access key was committed to GitHub."
        ),
        (
            "informational", "no-reply-aws@amazon.com", "Announcing GuardDuty Runtime Monitoring for EKS",
            "Amazon GuardDuty now detects cryptocurrency mining and command-and-control traffic on your EKS clusters. It is generally available today."
        ),
        (
            "informational", "no-reply-aws@amazon.com", "Amazon SES launches reputation dashboards",
            "We are excited to announce new dashboards that show your bounce and complaint rates and explain when sending may be paused."
        ),
        (
            "security-advisory", "no-reply-aws@amazon.com", "Security bulletin AWS-2026-021",
            "A vulnerability (CVE-2026-12345) in the runc component could allow an unauthorized party to access the host. Update your AMIs."
        ),
        (
            "informational", "no-reply-aws@amazon.com", "Updates to the AWS Acceptable Use Policy",
            "We have updated the AWS Acceptable Use Policy. The changes clarify what counts as a violation of our terms. No action is needed."
        ),
    ])
    func talkAboutAbuseIsNoReport(category: String, from: String, subject: String, text: String) {
        let n = Self.notice(from: from, name: "Amazon Web Services", subject: subject, text: text)
        #expect(n.category.rawValue == category, "\(n.rule): \(text)")
    }

    /// Wording beyond the corpus for every other category, with the deadline a reader would take: a
    /// timeline's subject date or act-by date, not an earlier stop of new creation or a later one.
    @Test(
        arguments: [
            (
                "action-required", "2027-03-31", "no-reply-aws@amazon.com",
                "Amazon OpenSearch Service: update your domains running Elasticsearch 6.8",
                "Elasticsearch versions 6.8 and earlier reach end of standard support on March 31, 2027. After that date we charge extended support fees. Upgrade your domains before March 31, 2027."
            ),
            (
                "action-required", "2027-01-31", "no-reply-aws@amazon.com",
                "Reminder: AWS Lambda end of support for Node.js 18",
                "We are ending support for Node.js 18 in AWS Lambda on January 31, 2027. From March 1, 2027 you can no longer create functions that use it, and from April 1, 2027 you can no longer update them."
            ),
            (
                "action-required", "2027-02-28", "no-reply-aws@amazon.com", "Your Amazon EKS clusters on version 1.30",
                "Standard support for Kubernetes version 1.30 on Amazon EKS ends on February 28, 2027. Clusters still on 1.30 then enter extended support, which ends on February 28, 2028."
            ),
            (
                "action-required", "2026-12-31", "CloudPlatform-noreply@google.com",
                "Cloud Functions (1st gen) Node.js 16 runtime decommission",
                "On December 31, 2026 the Node.js 16 runtime will be decommissioned. Functions using it will stop receiving updates; migrate them to a supported runtime."
            ),
            (
                "action-required", "2027-06-30", "azure-noreply@microsoft.com",
                "Azure classic storage accounts retire on 30 June 2027",
                "Classic storage accounts will be retired on 30 June 2027. Migrate your accounts to Azure Resource Manager before then to avoid losing access to your data."
            ),
            (
                "action-required", "2027-01-15", "no-reply-aws@amazon.com", "Rotate your Amazon RDS certificates",
                "The rds-ca-2019 certificate authority expires on January 15, 2027. Update your database clients to trust the new certificate authority before that date to avoid connection failures."
            ),
            (
                "action-required", "2026-12-15", "no-reply-aws@amazon.com",
                "Amazon S3 will stop accepting TLS 1.0 and 1.1 connections",
                "Starting December 15, 2026, Amazon S3 endpoints require TLS 1.2 or later. Clients that use TLS 1.0 or 1.1 will fail to connect."
            ),
            (
                "action-required", "2027-02-01", "support@digitalocean.com",
                "Upcoming deprecation of Ubuntu 20.04 images",
                "Ubuntu 20.04 images will no longer be available for new Droplets after February 1, 2027. Rebuild affected Droplets on a supported image."
            ),
            (
                "action-required", "2026-11-20", "no-reply-aws@amazon.com",
                "Verify your domain to keep receiving certificates",
                "We could not validate the domain for your certificate. The certificate expires on November 20, 2026 unless you complete validation."
            ),
            (
                "action-required", "2027-01-10", "no-reply-aws@amazon.com",
                "Amazon ElastiCache: opt in to the new cache engine before January 10, 2027",
                "Please choose a new engine version before January 10, 2027."
            ),
            (
                "action-required", "2027-01-31", "no-reply-aws@amazon.com",
                "【要対応】Amazon RDS for PostgreSQL 13 の標準サポート終了",
                "Amazon RDS for PostgreSQL 13 の標準サポートは 2027年1月31日 に終了します。それまでにアップグレードしてください。"
            ),
            (
                "action-required", "2027-03-01", "no-reply-aws@amazon.com", "AWS CodeCommit リポジトリの移行について",
                "2027年3月1日 以降、新しいリポジトリを作成できなくなります。他のサービスへ移行してください。"
            ),
            (
                "maintenance", "2026-12-03", "no-reply-aws@amazon.com",
                "Amazon EC2 Maintenance: instance reboot scheduled",
                "Your instance i-0aa11bb22cc33dd44 in us-west-2 is scheduled for a reboot during the window starting December 3, 2026 02:00 UTC. No action is needed; you may reboot it yourself before then."
            ),
            (
                "maintenance", "2026-12-08", "no-reply-aws@amazon.com",
                "Amazon RDS maintenance for your database instances",
                "We will apply an operating system update to your DB instances during your maintenance window in the week of December 8, 2026."
            ),
            (
                "maintenance", "2026-11-25", "CloudPlatform-noreply@google.com",
                "Scheduled maintenance for Cloud SQL instance prod-db",
                "Maintenance for your Cloud SQL instance prod-db is scheduled for November 25, 2026 between 01:00 and 02:00 UTC."
            ),
            (
                "maintenance", "2026-12-02", "azure-noreply@microsoft.com",
                "Planned maintenance for Azure Virtual Machines",
                "Your virtual machines will be restarted for planned host maintenance starting 2 December 2026."
            ),
            (
                "pricing", "2027-01-01", "no-reply-aws@amazon.com", "Changes to AWS Marketplace listing fees",
                "Beginning January 1, 2027, the listing fee for private offers changes from 3% to 2.5%."
            ),
            (
                "pricing", "2027-02-01", "CloudPlatform-noreply@google.com", "Cloud Storage pricing update",
                "Effective February 1, 2027, prices for operations on regional storage will increase."
            ),
            (
                "pricing", "2027-01-01", "no-reply-aws@amazon.com", "Amazon EC2 public IPv4 address charges",
                "From January 1, 2027, each public IPv4 address will be charged $0.005 per hour."
            ),
            (
                "billing", nil, "no-reply-aws@amazon.com", "Your AWS bill for October 2026 is available",
                "Your invoice for October 2026 is now available in the Billing console. Total: $1,234.56."
            ),
            (
                "billing", "2026-11-25", "no-reply-aws@amazon.com", "Payment past due for your AWS account",
                "We have not received payment for invoice 123456789. Please pay by November 25, 2026 to avoid suspension of your account."
            ),
            (
                "billing", nil, "azure-noreply@microsoft.com", "Your Azure subscription has reached its spending limit",
                "Your subscription reached its spending limit on November 8, 2026 and its resources were disabled. Remove the spending limit to turn them on again."
            ),
            (
                "billing", nil, "no-reply-aws@amazon.com",
                "AWS Budgets: monthly-cost has exceeded your alert threshold",
                "Your actual cost for November 2026 is $512.00, above the alert threshold of $500.00."
            ),
            (
                "informational", nil, "no-reply-aws@amazon.com",
                "Amazon Bedrock is now available in the Asia Pacific (Osaka) Region",
                "We are excited to announce that Amazon Bedrock is now available in ap-northeast-3 starting today."
            ),
            (
                "informational", nil, "no-reply-aws@amazon.com", "Your support case 1122334455 has been resolved",
                "We have resolved your case about the Amazon EC2 service quota. The new limit took effect on November 9, 2026."
            ),
            (
                "informational", nil, "no-reply-aws@amazon.com", "AWS re:Invent 2026 recap",
                "Watch the keynotes from December 1 to December 5, 2026 and read the top announcements."
            ),
            (
                "informational", nil, "CloudPlatform-noreply@google.com",
                "Google Cloud Next: what's new for your projects",
                "Here is a summary of the features launched this month, including new regions."
            ),
            (
                "informational", nil, "no-reply-aws@amazon.com", "Welcome to Amazon Web Services",
                "Thank you for creating an AWS account. Here are some resources to get started."
            ),
            (
                "security-advisory", nil, "no-reply-aws@amazon.com",
                "Amazon S3 buckets in your account allow public access",
                "Two buckets in your account allow public read access. Review their bucket policies and turn on Block Public Access if this is not intended."
            ),
            (
                "security-advisory", nil, "no-reply-aws@amazon.com",
                "AWS Security Bulletin: OpenSSH vulnerability in Amazon Linux",
                "A vulnerability in OpenSSH (CVE-2026-4242) affects Amazon Linux 2 instances. Install the updated packages."
            ),
        ] as [(String, String?, String, String, String)])
    func wordingBeyondTheCorpus(category: String, deadline: String?, from: String, subject: String, text: String) {
        let n = Self.notice(from: from, name: "Provider", subject: subject, text: text)
        #expect(n.category.rawValue == category, "\(n.rule): \(subject)")
        #expect(n.deadline?.description == deadline, "\(subject)")
    }

    /// Other providers' and Japanese wording of the same kinds.
    @Test(
        arguments: [
            (
                "abuse", nil, "abuse@heroku.com", "Heroku app my-app-123",
                "Your app my-app-123 was reported for hosting a phishing page and has been disabled."
            ),
            (
                "abuse", "2026-11-12", "abuse@cloudflare.com", "Cloudflare abuse report for example.org",
                "We received a report that example.org serves malware. Please investigate and respond within 2 days."
            ),
            (
                "abuse", nil, "abuse@oracle.com", "OCI Abuse Notification: instance ocid1.instance.oc1",
                "Traffic from your compute instance was identified as part of a brute force attack against SSH servers."
            ),
            (
                "abuse", nil, "noreply@linode.com", "Linode Support Ticket 12345678 - Outbound spam",
                "Your Linode has been sending outbound spam. We have restricted its network access."
            ),
            (
                "abuse", nil, "abuse@vultr.com", "Abuse complaint regarding 203.0.113.9",
                "We have received complaints that your server is attacking other hosts."
            ),
            (
                "abuse", nil, "no-reply@google.com", "[Action Required] Your Google Cloud project has been suspended",
                "Your project my-proj was suspended because it was used to send phishing emails, which violates the Google Cloud Terms of Service."
            ),
            (
                "security-incident", nil, "noreply@heroku.com", "Security notice: your Heroku API key",
                "GitHub notified us that your Heroku API key was found in a public repository. We have revoked it."
            ),
            (
                "security-incident", nil, "no-reply@digitalocean.com",
                "Unusual login activity on your DigitalOcean account",
                "We noticed a login from an unrecognized location. If this wasn't you, reset your password immediately."
            ),
            (
                "security-incident", nil, "noreply@cloudflare.com", "Cloudflare API token exposed",
                "We found your API token in a public GitHub repository and rolled it."
            ),
            (
                "security-incident", nil, "azure-noreply@microsoft.com",
                "Microsoft Defender for Cloud: suspicious activity",
                "Microsoft Defender for Cloud detected a suspicious process on your virtual machine, indicating a possible compromise."
            ),
            (
                "security-incident", nil, "no-reply-aws@amazon.com", "AWS 不正アクティビティのお知らせ",
                "お客様のアカウントで不審なアクティビティが検出されました。アクセスキーが第三者に使用された可能性があります。"
            ),
            (
                "abuse", nil, "no-reply-aws@amazon.com", "Amazon EC2 の不正使用に関する報告",
                "お客様の EC2 インスタンスから他のホストへのポートスキャンが報告されました。"
            ),
            (
                "action-required", "2027-04-30", "noreply@heroku.com", "Heroku-20 stack end-of-life",
                "The Heroku-20 stack reaches end-of-life on April 30, 2027. Upgrade your apps to Heroku-24 before then."
            ),
            (
                "action-required", "2027-01-31", "noreply@cloudflare.com",
                "Action needed: migrate from legacy Page Rules",
                "Legacy Page Rules stop working on January 31, 2027. Move your rules to Rulesets before that date."
            ),
            (
                "action-required", "2027-02-15", "no-reply@oracle.com",
                "Oracle Cloud Infrastructure: Oracle Linux 7 images will be retired",
                "Oracle Linux 7 platform images will be retired on February 15, 2027. Update your instance configurations."
            ),
            (
                "action-required", "2026-12-31", "support@hetzner.com", "Important: change to your Storage Box access",
                "From December 31, 2026 the FTP protocol is no longer available on Storage Boxes. Switch to SFTP or WebDAV."
            ),
            (
                "maintenance", "2026-11-18", "support@hetzner.com", "Maintenance work in data center FSN1-DC14",
                "We will carry out maintenance on the network in FSN1-DC14 on November 18, 2026 between 04:00 and 06:00 CET. Short interruptions are possible."
            ),
            (
                "maintenance", "2026-11-21", "noreply@linode.com", "Scheduled maintenance for your Linode",
                "Your Linode 12345 will be migrated to new hardware during a maintenance window on November 21, 2026."
            ),
            (
                "maintenance", "2026-11-24", "CloudPlatform-noreply@google.com",
                "Upcoming maintenance for your GKE cluster",
                "Your cluster prod will be upgraded automatically during the maintenance window starting November 24, 2026."
            ),
            (
                "informational", nil, "noreply@cloudflare.com", "Resolved: Elevated error rates in the dashboard",
                "The incident affecting the dashboard has been resolved. All systems are operating normally."
            ),
            (
                "informational", nil, "noreply@heroku.com", "New in Heroku: Fir generation now generally available",
                "We are excited to announce the general availability of the Fir generation."
            ),
            (
                "billing", nil, "noreply@digitalocean.com", "Your DigitalOcean invoice for October 2026",
                "Your invoice for October 2026 is attached. The amount will be charged to your card on file."
            ),
            (
                "billing", "2026-11-20", "noreply@heroku.com", "Payment failed for your Heroku account",
                "We were unable to charge your card. Update your payment method by November 20, 2026 to avoid suspension."
            ),
            (
                "pricing", "2027-01-01", "support@hetzner.com", "Price adjustment for cloud servers",
                "Prices for cloud servers will change effective January 1, 2027."
            ),
        ] as [(String, String?, String, String, String)])
    func otherProvidersAndJapaneseWording(
        category: String, deadline: String?, from: String, subject: String, text: String
    ) {
        let n = Self.notice(from: from, name: "Provider", subject: subject, text: text)
        #expect(n.category.rawValue == category, "\(n.rule): \(subject)")
        #expect(n.deadline?.description == deadline, "\(subject)")
        #expect(n.trust == .verified, "\(subject)")
    }

    /// Notices with several dates: the one a reader acts by, and none where there is nothing to do
    /// (dates of publication, launch, closing, an invoice's period, a fix already deployed).
    @Test(
        arguments: [
            (
                "informational", nil, "Amazon Aurora now supports PostgreSQL 17",
                "Since November 5, 2026 you can create Aurora clusters on PostgreSQL 17. The release notes were published on November 4, 2026."
            ),
            (
                "informational", nil, "Your case 9988776655 was closed",
                "Your case was closed on November 9, 2026. You can reopen it within 14 days."
            ),
            (
                "informational", nil, "AWS Summit Tokyo: registration is open",
                "Join us on June 24-25, 2027 in Tokyo. Registration closes on June 10, 2027."
            ),
            (
                "billing", nil, "Your AWS invoice is available",
                "Invoice 1234 for the period October 1, 2026 to October 31, 2026 is available. It will be charged to your card on November 15, 2026."
            ),
            (
                "action-required", "2026-12-01", "[Action Required] Update your IAM policies",
                "Update your IAM policies by December 1, 2026. This notice was last updated on November 2, 2026."
            ),
            (
                "action-required", "2027-01-20", "Amazon MSK: upgrade your Apache Kafka 2.8 clusters",
                "Apache Kafka 2.8 reaches end of support on January 20, 2027. We announced this on June 1, 2026. Upgrade before January 20, 2027."
            ),
            (
                "action-required", "2026-11-30", "Respond to your SES production access request",
                "We need more information about your use case. Reply within 20 days, by November 30, 2026."
            ),
            (
                "action-required", "2026-11-24", "Amazon EC2: update your instances",
                "Please update your instances within 14 days of this notice."
            ),
            (
                "action-required", "2027-03-31", "Amazon Redshift DC2 node types retire on March 31, 2027",
                "DC2 nodes retire on March 31, 2027. From January 1, 2027 you cannot create new DC2 clusters. After retirement, remaining clusters are migrated automatically on April 15, 2027."
            ),
            (
                "action-required", "2026-12-15", "AWS CloudFormation: act by December 15",
                "Act by December 15, 2026 to avoid stack update failures."
            ),
            (
                "maintenance", "2026-11-17", "[AWS Health] Scheduled maintenance for your Amazon RDS instance",
                "Start time: Tuesday, November 17, 2026 at 06:00 UTC\nEnd time: Tuesday, November 17, 2026 at 08:00 UTC\n\nWe will apply a required update."
            ),
            (
                "action-required", "2027-01-31", "【要対応】AWS Lambda Python 3.9 のサポート終了",
                "2027年1月31日 に Python 3.9 のサポートを終了します。2027年3月1日 以降は関数の作成ができなくなります。"
            ),
            (
                "maintenance", "2026-11-28", "Amazon EC2 instance retirement notice",
                "Your instance will be retired on 28 November 2026. It was found on degraded hardware on 9 November 2026."
            ),
            (
                "pricing", "2027-02-01", "Amazon CloudFront price reduction",
                "Effective February 1, 2027, data transfer prices in Japan are reduced. The previous change took effect on February 1, 2026."
            ),
            (
                "security-advisory", nil, "Security Bulletin AWS-2026-030",
                "On November 8, 2026 a researcher reported an issue. We deployed a fix on November 9, 2026. No customer action is required."
            ),
            (
                "action-required", "2027-06-30", "Amazon Corretto 8 on Elastic Beanstalk: plan your migration",
                "The platform branch retires on 2027-06-30. Migrate your environments by that date."
            ),
            (
                "action-required", "2026-12-10", "Renew your AWS Marketplace subscription",
                "Your subscription expires on 12/10/2026. Renew it before it expires to keep access."
            ),
            (
                "security-incident", "2026-11-15", "Your AWS account may be compromised",
                "Your AWS access key was found publicly available. Rotate it and reply within 5 days."
            ),
        ] as [(String, String?, String, String)])
    func theDateThatMattersAmongSeveral(category: String, deadline: String?, subject: String, text: String) {
        let n = Self.notice(subject: subject, text: text)
        #expect(n.category.rawValue == category, "\(n.rule): \(subject)")
        #expect(n.deadline?.description == deadline, "\(subject)")
    }

    /// Confirmations and status mail: understood as news (not "not understood"), without a deadline.
    @Test(arguments: [
        (
            "Your service quota increase request was approved",
            "Your request to raise the limit of On-Demand instances in eu-west-1 to 256 vCPUs was approved."
        ),
        (
            "AWS Support case 1234567890 updated",
            "We have updated your case. Please sign in to the Support Center to read the correspondence."
        ),
        (
            "An account joined your organization",
            "The account 111122223333 accepted the invitation and joined your organization in AWS Organizations."
        ),
        (
            "Your AWS account has been closed",
            "As you requested, your AWS account 111122223333 was closed on November 9, 2026. You can reopen it within 90 days."
        ),
        ("Email address verified", "You have verified the email address ops@example.com for Amazon SES in us-east-1."),
        (
            "[AWS Health] Operational issue resolved: Amazon S3 in us-east-1",
            "Between 10:02 and 11:15 PST we saw elevated error rates for S3 requests in us-east-1. The issue has been resolved and the service is operating normally."
        ),
        (
            "Post-Event Summary: Amazon DynamoDB service disruption",
            "This summary describes the event of October 20, 2026 and what we are changing."
        ),
        (
            "AWS Marketplace: your subscription to Acme Firewall is active",
            "Thank you for subscribing. Your subscription started on November 9, 2026."
        ),
        (
            "Your AWS Certificate Manager certificate has been renewed",
            "The certificate for www.example.com was renewed automatically and is in use. No action is needed."
        ),
        (
            "Amazon WorkSpaces: your WorkSpace is ready",
            "Your WorkSpace ws-abc123 is available. Use the registration code to connect."
        ),
        (
            "Your root user password was changed",
            "The password of the root user of account 111122223333 was changed on November 9, 2026. If you made this change, no action is needed."
        ),
        (
            "AWS Activate credits applied",
            "Credits of $5,000 were applied to your account and expire on November 30, 2027."
        ),
        (
            "Monthly Trusted Advisor summary",
            "Here is this month's summary of your Trusted Advisor checks: 2 red, 5 yellow."
        ),
        (
            "New AWS Region in Mexico now open",
            "We are pleased to tell you that the Mexico (Central) Region is open to all customers."
        ),
    ])
    func confirmationsAreUnderstoodAsNews(subject: String, text: String) {
        let n = Self.notice(subject: subject, text: text)
        #expect(n.category == .informational, "\(n.rule): \(subject)")
        #expect(n.confidence != .low, "\(subject)")
        #expect(n.deadline == nil, "\(subject)")
    }

    /// Japanese notices of every kind, in wording of our own.
    @Test(
        arguments: [
            ("abuse", nil, "【AWS】お客様のアカウントに関する通知", "お客様の EC2 インスタンス (i-0123456789abcdef0) から第三者のサーバーへの攻撃が確認されました。"),
            ("abuse", nil, "お客様の EC2 インスタンスについて", "お客様のインスタンスから迷惑メールが送信されているとの報告を受けました。"),
            ("abuse", "2026-11-12", "【重要】利用規約違反の可能性について", "お客様のリソースが利用規約に違反する目的で使用されていると報告がありました。48時間以内にご返信ください。"),
            ("security-incident", nil, "【重要】AWS アカウントのセキュリティについて", "お客様の AWS アカウントの認証情報が第三者に漏洩した可能性があります。"),
            (
                "security-incident", nil, "AWS アカウントでの異常なアクティビティ",
                "お客様のアカウントで通常と異なるアクティビティが検出されました。不正に作成されたリソースを削除してください。"
            ),
            ("security-incident", nil, "アクセスキーの公開について", "お客様のアクセスキーが GitHub 上で公開されていることを確認しました。"),
            (
                "action-required", "2027-02-28", "【要対応】Amazon EKS 1.30 の標準サポート終了",
                "Amazon EKS の Kubernetes 1.30 の標準サポートは 2027年2月28日 に終了します。"
            ),
            (
                "action-required", "2027-01-31", "Amazon RDS for MySQL 8.0 のアップグレードのお願い",
                "2027年1月31日 までにインスタンスをアップグレードしてください。"
            ),
            ("action-required", "2026-12-15", "【対応のお願い】TLS 1.2 への移行", "2026年12月15日 以降、TLS 1.0 および 1.1 での接続はできなくなります。"),
            ("maintenance", "2026-11-20", "【メンテナンスのお知らせ】Amazon RDS", "2026年11月20日 のメンテナンスウィンドウ中に DB インスタンスが再起動されます。"),
            ("maintenance", "2026-11-25", "Amazon EC2 インスタンスのリタイアについて", "お客様のインスタンスは 2026年11月25日 にリタイアが予定されています。"),
            ("pricing", "2027-01-01", "【料金改定のお知らせ】Amazon S3", "2027年1月1日 より、一部のリクエスト料金が変更されます。"),
            ("billing", nil, "AWS ご請求額のお知らせ", "2026年10月分のご請求書を発行しました。"),
            ("billing", nil, "【AWS Budgets】予算のしきい値を超えました", "月次予算のしきい値 80% を超えました。"),
            ("informational", nil, "Amazon Bedrock が大阪リージョンで一般提供開始", "本日より Amazon Bedrock を大阪リージョンでご利用いただけます。"),
            ("informational", nil, "AWS サポートケースが解決しました", "ケース 1234567890 はクローズされました。"),
        ] as [(String, String?, String, String)])
    func japaneseWording(category: String, deadline: String?, subject: String, text: String) {
        let n = Self.notice(subject: subject, text: text)
        #expect(n.category.rawValue == category, "\(n.rule): \(subject)")
        #expect(n.deadline?.description == deadline, "\(subject)")
    }

    /// Risky configurations and provider-side work in wording of our own.
    @Test(
        arguments: [
            (
                "security-advisory", nil, "no-reply-aws@amazon.com",
                "Your Amazon EC2 security groups allow unrestricted SSH access",
                "Three security groups in your account allow inbound traffic on port 22 from 0.0.0.0/0. Restrict them to known addresses."
            ),
            (
                "security-advisory", nil, "no-reply-aws@amazon.com", "IAM access keys older than 365 days",
                "Two IAM users have access keys that were last rotated more than a year ago. We recommend rotating them."
            ),
            (
                "security-advisory", nil, "CloudPlatform-noreply@google.com",
                "Security Command Center: high severity findings in your organization",
                "Security Command Center found 4 high severity misconfigurations, including a public Cloud Storage bucket."
            ),
            (
                "security-advisory", nil, "azure-noreply@microsoft.com",
                "Azure Advisor: enable MFA for accounts with owner permissions",
                "Advisor recommends enabling multi-factor authentication for 3 accounts with owner permissions on subscription Prod."
            ),
            (
                "security-advisory", nil, "no-reply-aws@amazon.com",
                "Important information about a Log4j vulnerability",
                "A vulnerability in Apache Log4j2 (CVE-2021-44228) may affect software you run on EC2. Review your applications."
            ),
            (
                "maintenance", "2026-11-19", "health@aws.com", "AWS Health Event: Amazon ElastiCache service update",
                "A service update for your ElastiCache clusters is available. It will be applied automatically after November 19, 2026 if you do not apply it earlier."
            ),
            (
                "maintenance", "2026-11-16", "health@aws.com", "Amazon EBS volume degraded",
                "The underlying hardware of volume vol-0abc1234567890def is degraded. We will move the volume on November 16, 2026."
            ),
            (
                "maintenance", "2026-11-21", "no-reply-aws@amazon.com", "AWS Direct Connect planned maintenance",
                "Planned maintenance on Direct Connect location EqDC2 on November 21, 2026 04:00-08:00 UTC may interrupt your connection dxcon-abcd1234."
            ),
            (
                "maintenance", "2026-11-14", "no-reply-aws@amazon.com", "Amazon EC2 scheduled event: system reboot",
                "An instance in your account has a scheduled system reboot on November 14, 2026 between 01:00 and 03:00 UTC."
            ),
            (
                "maintenance", "2026-11-30", "azure-noreply@microsoft.com",
                "Azure Service Health: planned maintenance for Azure SQL Database",
                "Planned maintenance for your databases in West Europe begins November 30, 2026. Brief reconnections are expected."
            ),
        ] as [(String, String?, String, String, String)])
    func advisoriesAndMaintenance(category: String, deadline: String?, from: String, subject: String, text: String) {
        let n = Self.notice(from: from, name: "Provider", subject: subject, text: text)
        #expect(n.category.rawValue == category, "\(n.rule): \(subject)")
        #expect(n.deadline?.description == deadline, "\(subject)")
    }

    /// A subject that makes abuse or a compromise its topic (a newsletter, a launch, a how-to, a
    /// warning about fake mail, a change of terms) is no report, even when its body quotes one.
    @Test(arguments: [
        ("This month in cloud security: leaked keys and DDoS trends", "Read how attackers use leaked keys."),
        ("Now available: detection of suspicious sign-ins for your tenants", "The new detector flags risky sign-ins."),
        ("What to do if your server is compromised", "Follow these steps if your instance has been compromised."),
        (
            "Beware of fake emails about suspended accounts",
            "Scammers send messages saying \"your account has been suspended\" or \"your access keys have been compromised\"."
        ),
        (
            "Updates to the Example Cloud Acceptable Use Policy",
            "A violation of the policy may lead us to suspend a service."
        ),
        ("Protect your applications against DDoS attacks", "Our new firewall rules block attack traffic."),
        ("【注意喚起】当社を装ったフィッシングメールにご注意ください", "「お客様のアカウントが停止されました」という偽のメールが確認されています。"),
    ])
    func aSubjectWhoseTopicIsAbuseIsNoReport(subject: String, text: String) {
        let n = Self.notice(subject: subject, text: text)
        #expect(n.category != .abuse && n.category != .securityIncident, "\(n.rule): \(subject)")
    }

    /// Reports said indirectly: what was seen, by whom, and what the provider did.
    @Test(arguments: [
        (
            "abuse", "Regarding 203.0.113.40",
            "It has come to our attention that your server at 203.0.113.40 is sending a flood of UDP packets to a third party."
        ),
        (
            "abuse", "Droplet 7788",
            "We have been made aware of repeated authentication attempts originating from your Droplet against remote hosts."
        ),
        (
            "security-incident", "About your account",
            "Activity in your account is consistent with use by someone other than you: 40 GPU instances were launched at night."
        ),
        (
            "security-incident", "Your token was revoked",
            "The token was used from an address associated with a known threat actor. We've revoked the token."
        ),
        ("security-incident", "アカウントのサインインについて", "第三者によるものと思われるサインインが記録されました。"),
        ("abuse", "SES review", "Your bounce rate is currently 9.8%. We have placed your account under review."),
        (
            "security-incident", "Your subscription is restricted",
            "We've seen activity consistent with use by someone other than you, including 80 new virtual machines."
        ),
        (
            "abuse", "Content in your bucket",
            "AWS has been notified that files stored in the bucket promo-2026 are linked from fraudulent emails asking for passwords."
        ),
        (
            "security-incident", "Credential notice for project build-1",
            "The service account key for deployer@build-1.iam.gserviceaccount.com may have been made public: a copy is in a public repository."
        ),
    ])
    func indirectReportsAreCritical(category: String, subject: String, text: String) {
        let n = Self.notice(subject: subject, text: text)
        #expect(n.category.rawValue == category, "\(n.rule): \(text)")
    }

    @Test func aWarningThatSendingMayBePausedIsNoEnforcement() {
        let n = Self.notice(
            subject: "Amazon SES production access granted",
            text:
                "Monitor your bounce rate. If it grows too high, we may place your account under review or pause your account's ability to send email."
        )
        #expect(n.category != .abuse)
    }

    /// Enforcement said only in the body of a routine-looking mail.
    @Test(arguments: [
        (
            "abuse", "Re: Ticket #1234 - thank you for contacting us",
            "Our monitoring recorded a UDP flood leaving your server 198.51.100.9 at 90,000 packets per second; we disabled its networking."
        ),
        (
            "abuse", "About your AWS account",
            "Most of the one-time codes went to premium numbers (artificially inflated traffic), so we have moved the account back into the SMS sandbox."
        ),
        (
            "abuse", "ご契約中のサーバについて",
            "お客様のサーバに、迷惑メールを大量に送信するスクリプトが置かれていることを監視システムで確認しました。"
        ),
        (
            "security-incident", "Account notice",
            "Your account was locked after we detected sign-in attempts from an unrecognized device in another country."
        ),
    ])
    func enforcementOnlyInTheBody(category: String, subject: String, text: String) {
        let n = Self.notice(subject: subject, text: text)
        #expect(n.category.rawValue == category, "\(n.rule): \(text)")
    }

    @Test func aLineThatGoesOnFromTheLastIsNoFieldLabel() {
        let n = Self.notice(
            subject: "Case 42 update",
            text: """
                It has come to our attention that much of the mail your account sent went to
                people who never asked for it: 8% bounced and many marked it as spam.
                """)
        #expect(n.category == .abuse)
    }

    @Test func aCaseClosedOnlyIfNobodyRepliesIsNotResolved() {
        let n = Self.notice(
            subject: "RE: [CASE 55] sending quota increase",
            text: """
                We have suspended the ability of this account to send email because recipients reported it as spam.

                Reply by December 1, 2026 to ask for a review. Without a reply the case is closed.
                """)
        #expect(n.category == .abuse)
        #expect(n.deadline?.description == "2026-12-01")
    }

    @Test(arguments: [
        "Submit your app Example Notes for verification",
        "Custom hostname shop.example.com is still pending validation",
    ])
    func aRequestToVerifyIsAnAction(subject: String) {
        #expect(Self.notice(subject: subject, text: "Complete it before December 7, 2026.").category == .actionRequired)
    }

    @Test func aJapaneseHostingProviderIsKnown() {
        let n = Self.notice(
            from: "info@sakura.ad.jp", name: "さくらインターネット", subject: "【さくらのクラウド】メンテナンスのお知らせ",
            text: "2026年12月3日にホストサーバのメンテナンスを実施します。")
        #expect(n.provider == "sakura-internet")
        #expect(n.trust == .verified)
        #expect(n.category == .maintenance)
        #expect(n.services == ["sakura-internet:さくらのクラウド"])
    }

    @Test func anAbuseLabelAndUnsolicitedMailAreAbuse() {
        let n = Self.notice(
            from: "abuse-desk@support.aws.com", name: "AWS Abuse Desk",
            subject: "AWS Abuse: bulk mail from 198.51.100.7",
            text: """
                We were told by two mail operators that 198.51.100.7 delivers unsolicited commercial email.
                Reply within 2 business days with what you have changed.
                """)
        #expect(n.category == .abuse)
        #expect(n.evidence.contains("abuse-report"))
        let body = Self.notice(
            subject: "About the address 198.51.100.7",
            text: "We have received several reports that your instance sends unsolicited bulk email.")
        #expect(body.category == .abuse)
        #expect(body.evidence.contains("abuse-report-body"))
    }

    @Test func anAccountSuspendedToProtectItIsAnIncident() {
        let n = Self.notice(
            subject: "Your AWS account is on hold",
            text: """
                We have suspended your AWS account 111122223333 to protect it while we confirm who controls it.
                Instances were started from an unknown address; this often means that passwords have been
                stolen. Confirm your details by December 1, 2026 or the account will be closed.
                """)
        #expect(n.category == .securityIncident)
        #expect(n.deadline?.description == "2026-12-01")
    }

    @Test func aSecurityProductThatDetectedMaliciousBehaviourReportsAnIncident() {
        let n = Self.notice(
            from: "azure-noreply@microsoft.com", name: "Microsoft Defender for Cloud",
            subject: "Medium severity alert in subscription Finance-Dev",
            text: "Microsoft Defender for Cloud has detected malicious behavior on vm-reports-01: a reverse shell.")
        #expect(n.category == .securityIncident)
        #expect(n.provider == "azure")
    }

    @Test func aPriceListUpdateIsPricingEffectiveOnItsDate() {
        let n = Self.notice(
            from: "no-reply@sns.amazonaws.com", name: "AWS Notifications", subject: "AWS Notification Message",
            text: """
                {
                  "offerCode": "AmazonExampleService",
                  "publicationDate": "2026-11-09T10:00:00Z",
                  "effectiveDate": "2027-01-01T00:00:00Z",
                  "changeSummary": "Storage prices changed in two Regions."
                }
                """)
        #expect(n.category == .pricing)
        #expect(n.deadline?.description == "2027-01-01")
    }

    @Test(arguments: [
        "Purchase order PO-77 attached to your AWS account runs out on December 31, 2026",
        "The Free plan of your AWS account closes on December 31, 2026",
    ])
    func billingAdministrationWithADateIsBilling(subject: String) {
        let n = Self.notice(
            subject: subject, text: "Add or extend it before December 31, 2026 in the Billing console.")
        #expect(n.category == .billing)
        #expect(n.deadline?.description == "2026-12-31")
    }

    @Test func aRelativeSpanWrappedOntoItsOwnLineIsNoFieldLabel() {
        let n = Self.notice(
            subject: "Your payment is overdue",
            text: "To keep your domain, please pay the renewal fee within\n3 days:\n\n  https://billing.example/pay")
        #expect(n.deadline?.description == "2026-11-13")
    }

    @Test func aSpanCountedFromAnotherEventIsNoDeadline() {
        let sent = ISO8601DateFormatter().date(from: "2026-11-03T10:00:00Z")!
        #expect(
            DeadlineExtractor.dates(
                in: "Updates not installed within 14 days of release are installed later.", sent: sent
            ).isEmpty)
        #expect(
            DeadlineExtractor.dates(in: "Reply within 5 days of the date of this notice.", sent: sent).map(
                \.date.description)
                == ["2026-11-08"])
        #expect(
            DeadlineExtractor.dates(in: "Reply within 5 days of receiving this message.", sent: sent).map(
                \.date.description)
                == ["2026-11-08"])
    }

    @Test func anAddressBlockedByAnAntiHackSystemIsAbuse() {
        let n = Self.notice(
            from: "noreply@ovhcloud.com", name: "OVHcloud",
            subject: "Anti-hack: IP 203.0.113.50 blocked on ns1.example",
            text:
                "Our security system saw attacks leaving this address. Find the cause and unblock the IP in the Control Panel."
        )
        #expect(n.category == .abuse)
    }

    @Test func aThreatToPauseSendingInACaseIsAbuse() {
        let n = Self.notice(
            subject: "Case 5550001112 update",
            text: """
                Your complaint rate is 0.6%.

                Without a reply in 5 business days we will pause your account's ability to send email in this Region.
                """)
        #expect(n.category == .abuse)
    }

    @Test func aFreePlanThatIsAProductTierIsNoBillingMatter() {
        let zone = Self.notice(
            from: "noreply@notify.cloudflare.com", name: "Cloudflare",
            subject: "example.com is now active on a Free plan",
            text: "Cloudflare now answers DNS queries for example.com.")
        #expect(zone.category == .informational)
        let ending = Self.notice(
            subject: "Your AWS Free plan ends on December 1, 2026", text: "Upgrade to keep your resources.")
        #expect(ending.category == .billing)
    }

    @Test func aTimeFieldStampsTheEventAndIsNoDeadline() {
        let n = Self.notice(
            subject: "Amazon OpenSearch Service notification: service software update available",
            text: """
                Severity: Informational
                Time: 11/11/2026, 3:10:00 AM UTC
                Message: A service software update is available for domain search-prod.
                """)
        #expect(n.category == .maintenance)
        #expect(n.deadline == nil)
        let scheduled = Self.notice(
            subject: "Scheduled maintenance for your Amazon RDS instance",
            text: "Start time: Tuesday, November 17, 2026 at 06:00 UTC\nWe will apply an update.")
        #expect(scheduled.deadline?.description == "2026-11-17")
    }

    @Test func aJapaneseTableRowIsAFieldOfItsOwn() {
        let n = Self.notice(
            subject: "ご契約中のサーバに関するご連絡",
            text: """
                お客様のサーバから迷惑メールを大量に送信するプログラムが実行されていることを確認しました。

                  確認日時      2026年11月10日 10時05分頃
                  送信件数      約2万通（同日 02時から10時まで）

                2026年11月17日までに対応内容をお知らせください。
                """)
        #expect(n.category == .abuse)
        #expect(n.deadline?.description == "2026-11-17")
    }

    @Test func aLimitThatPointsBackTakesTheDateBefore() {
        let n = Self.notice(
            subject: "The agent on your container instances",
            text: """
                Beginning January 15, 2027, instances with old agent versions cannot register with their clusters. \
                Update the agent on these instances before that date.
                """)
        #expect(n.category == .actionRequired)
        #expect(n.deadline?.description == "2027-01-15")
    }

    @Test func aDayMonthYearDateWithDotsIsRead() {
        let sent = ISO8601DateFormatter().date(from: "2026-11-03T10:00:00Z")!
        #expect(
            DeadlineExtractor.dates(
                in: "The replacement is scheduled for 24.11.2026 between 06:00 and 08:00.", sent: sent
            )
            .map(\.date.description) == ["2026-11-24"])
    }

    /// An invitation, an option and the provider's own plan are not the reader's deadline.
    @Test(arguments: [
        ("Join our security summit in Tokyo", "Please register by December 1, 2026 to reserve your seat."),
        ("Post-incident report: elevated errors", "We will complete a broader review by December 15, 2026."),
        ("メンテナンス日時の変更について", "日時を変更したい場合は、2026年12月10日までに再スケジュールできます。"),
    ])
    func noReadersDeadlineInAnOffer(subject: String, text: String) {
        let n = Self.notice(subject: subject, text: text)
        #expect(n.category != .actionRequired, "\(n.rule): \(subject)")
    }

    /// A marker or "required update" on work the provider does itself is maintenance.
    @Test(arguments: [
        "[Action Required] Scheduled maintenance for your Cloud SQL instances",
        "Required update: security patch rollout for your node images",
        "Important: required hardware update on your dedicated server",
    ])
    func providerWorkUnderAnActionSubjectIsMaintenance(subject: String) {
        let n = Self.notice(
            subject: subject, text: "We will apply the update during your maintenance window starting December 3, 2026."
        )
        #expect(n.category == .maintenance, "\(n.rule): \(subject)")
    }

    @Test(arguments: [
        ("Billing change for Cloud NAT", "From January 1, 2027 we will charge per gateway hour."),
        (
            "Introducing a fee for idle addresses",
            "We are introducing a fee for unattached addresses from January 1, 2027."
        ),
        ("新たな課金の開始について", "2027年1月1日より、転送量の課金を開始します。"),
    ])
    func feesAndBillingChangesArePricing(subject: String, text: String) {
        let n = Self.notice(subject: subject, text: text)
        #expect(n.category == .pricing, "\(n.rule): \(subject)")
    }

    /// A launch that mentions what it costs is news; a launch whose boilerplate speaks of maintenance
    /// windows is news too (the generator's 10k month holds both).
    @Test func aLaunchThatMentionsChargesIsNews() {
        let n = Self.notice(
            subject: "Now generally available: Amazon Example Vectors",
            text: "There is no additional charge for the console; you are billed per request.")
        #expect(n.category == .informational)
    }

    @Test func anInitialInBracketsDoesNotEndTheDeadlinesSentence() {
        let n = Self.notice(
            subject: "[Action Required] Amazon RDS certificate rotation",
            text: "Your DB instances in the US East (N. Virginia) Region must be updated by January 14, 2027.")
        #expect(n.deadlineEvidence?.hasPrefix("Your DB instances in the US East (N. Virginia) Region") == true)
    }

    @Test func monthAndYearAloneIsTheFirstDayAndEndOfMonthTheLast() {
        let sent = ISO8601DateFormatter().date(from: "2026-11-03T10:00:00Z")!
        let dates = DeadlineExtractor.dates(
            in: "The rules apply from February 2027. Finish the move by the end of March 2027.", sent: sent)
        #expect(dates.map(\.date.description) == ["2027-02-01", "2027-03-31"])
    }

    @Test func serviceByServiceIsNotAnActByCue() {
        let sent = ISO8601DateFormatter().date(from: "2026-11-03T10:00:00Z")!
        let dates = DeadlineExtractor.dates(
            in: "We roll the change out service-by-service starting January 5, 2027.", sent: sent)
        #expect(dates.first?.kind == .effective)
    }

    // 5. Other providers, and 6. no false alarms on genuine mail.

    @Test func genuineGoogleCloudNoticeIsVerifiedAndNamesItsProvider() {
        let n = Self.notice(
            from: "CloudPlatform-noreply@google.com", name: "Google Cloud",
            subject: "[Action Required] Cloud SQL for MySQL 5.7 end of extended support",
            text:
                "Your account has been suspended? No: this is a reminder to upgrade by May 1, 2027. See https://cloud.google.com/sql."
        )
        #expect(n.provider == "google-cloud")
        #expect(n.trust == .verified)
        #expect(n.category == .actionRequired)
    }

    @Test func hetznerAbuseMessageIsAbuseFromHetzner() {
        let n = Self.notice(
            from: "abuse@hetzner.com", name: "Hetzner Abuse Team",
            subject: "Abuse Message [AbuseID:1A2B3C]: NetScan from 198.51.100.20",
            text: "We have received a report that your server 198.51.100.20 was scanning other networks.")
        #expect(n.category == .abuse)
        #expect(n.provider == "hetzner")
        #expect(n.trust == .verified)
    }

    @Test func impersonatingAnotherProviderIsSuspiciousAgainstThatProvider() {
        let n = Self.notice(
            from: "billing@azure-accounts-support.net", name: "Microsoft Azure Billing",
            subject: "Your subscription has been suspended", text: "Restore access by confirming your card.")
        #expect(n.trust == .suspicious)
        #expect(n.provider == "azure")
    }

    @Test func linkAtTheEndOfASentenceIsNotALookAlike() {
        let n = Self.notice(
            subject: "[ACTION MAY BE REQUIRED] Amazon Connect moves to a new domain",
            text:
                "Starting December 8, 2026 the console moves to https://example.my.connect.aws. Allow it in your firewall by then."
        )
        #expect(n.trust == .verified)
    }

    // 7. Services.

    @Test func productNamesInTheBodyAreTheirServices() {
        let n = Self.notice(
            subject: "Important: your clusters need an engine upgrade",
            text: "Your Amazon Aurora clusters run an engine version that Aurora stops supporting next year.")
        #expect(n.services.contains("RDS"))
    }

    @Test func japaneseServiceNamesAreFound() {
        let n = Self.notice(
            subject: "証明書の更新のお願い",
            text: "お客様の Amazon リレーショナルデータベースサービス のインスタンスで証明書の更新が必要です。")
        #expect(n.services.contains("RDS"))
    }

    @Test func anotherProvidersProductsAreNamedUnderIt() {
        let n = Self.notice(
            from: "CloudPlatform-noreply@google.com", name: "Google Cloud",
            subject: "Cloud SQL maintenance scheduled for your instances",
            text: "Cloud SQL will apply maintenance to instance orders-db during its maintenance window.")
        #expect(n.services == ["google-cloud:Cloud SQL"])
    }

    @Test func anInstanceOrAddressNamedInAnAbuseReportIsEC2() {
        let n = Self.notice(
            from: "abuse@amazonaws.com", name: "AWS Trust & Safety", subject: "Abuse report for 198.51.100.7",
            text: "We received reports of port scanning from instance i-0fedcba9876543210 (eipalloc-0a1b2c3d4e5f60718)."
        )
        #expect(n.services == ["EC2"])
    }

    @Test func aDomainRenewalIsRoute53DomainsNotDNS() {
        let renewal = Self.notice(
            subject: "We could not renew your domain",
            text: "The domain example.org is registered with Amazon Route 53. Its automatic renewal failed.")
        #expect(renewal.services == ["ROUTE53DOMAINS"])
        let dns = Self.notice(
            subject: "Amazon Route 53 health checks: new checker locations",
            text: "Amazon Route 53 adds health checker IP ranges. Update your firewall rules for DNS failover.")
        #expect(dns.services == ["ROUTE53"])
    }

    @Test func healthEventCodeNamesTheService() {
        let n = Self.notice(
            from: "health@aws.com", name: "AWS Health",
            subject: "AWS Health Event: scheduled change [AWS Account: 111122223333]",
            text:
                "Details: https://health.aws.amazon.com/health/home#/account/event-log?eventID=arn:aws:health:us-east-1::event/DOCDB/AWS_DOCDB_MAINTENANCE_SCHEDULED/abc123"
        )
        #expect(n.services.contains("DOCDB"))
    }

    // 9. Review defects.

    @Test func eventTypeConditionIsRead() throws {
        var set = try RuleSet.defaults()
        set.apply(
            try RuleSet.parse(
                "version: 2\nrules:\n  - id: only-events\n    category: abuse\n    event-type: NEVER_MATCHES\n    subject: .\n",
                file: "user.yaml"))
        let n = Classifier(rules: set).classify(
            Message(
                messageID: "e@x", from: Address(address: "no-reply-aws@amazon.com"), subject: "Monthly newsletter",
                text: "News.", source: SourceLocation(path: "e.eml")))
        #expect(n.category != .abuse)
        #expect(!n.evidence.contains("only-events"))
    }

    @Test func ruleNamingAnUnknownProviderIsRefusedWithItsLine() throws {
        var set = try RuleSet.defaults()
        set.apply(
            try RuleSet.parse(
                "version: 2\nrules:\n  - id: p\n    category: billing\n    provider: nimbus\n    subject: x\n",
                file: "user.yaml"))
        #expect(throws: RulesError.self) { try set.validate() }
        do {
            try set.validate()
        } catch {
            #expect(error == .invalid(file: "user.yaml", line: 3, rule: "p", problem: error.problemText))
            #expect(error.problemText.hasPrefix("unknown provider 'nimbus'"))
        }
    }

    @Test func unknownTierIsRefused() {
        #expect(
            throws: RulesError.invalid(
                file: "f.yaml", line: 5, rule: "r", problem: "unknown tier 'loud'; use one of critical, strong, cue")
        ) {
            try RuleSet.parse(
                "version: 2\nrules:\n  - id: r\n    category: abuse\n    tier: loud\n    subject: x\n", file: "f.yaml")
        }
    }
}

extension RulesError {
    /// The problem text of an `.invalid` error.
    var problemText: String {
        if case .invalid(_, _, _, let problem) = self { return problem }
        return ""
    }
}

/// Kinds found on validation set V (written here, scored the moment it arrived): security words in
/// guides and reports, a key found in a published package, data read by strangers, maintenance
/// and tax said plainly, options that are not deadlines.
struct ValidationSetVTests {
    static func notice(
        from: String = "no-reply-aws@amazon.com", subject: String, text: String,
        sent: String = "2026-11-10T09:00:00Z"
    ) -> Notice {
        JudgementTests.notice(from: from, subject: subject, text: text, sent: sent)
    }

    @Test(arguments: [
        ("Seven ways to keep intruders out of your cloud account", "Intruders usually start with a reused password."),
        ("Four steps to protect your account from unauthorized access", "Turn on MFA for every administrator."),
        ("Our DDoS threat report for Q2", "Attacks grew by a third; your zones were protected automatically."),
        ("Keep tokens out of your source code", "Leaked credentials are the most common way in. Here is how to scan."),
    ])
    func guidesAndReportsInSecurityWordsAreNotCritical(subject: String, text: String) {
        let n = Self.notice(from: "newsletter@example-cloud.com", subject: subject, text: text)
        #expect(![.abuse, .securityIncident].contains(n.category))
    }

    @Test func countermeasuresAgainstUnauthorisedAccessAreNotAnIncident() {
        let n = Self.notice(
            from: "info@example-cloud.co.jp", subject: "お知らせ",
            text: "管理画面の不正アクセス対策として、多要素認証の登録を2026年12月20日までに完了してください。")
        #expect(n.category != .securityIncident)
    }

    @Test func aKeyFoundInAPublishedPackageIsAnIncident() {
        let n = Self.notice(
            from: "security@example-cdn.com", subject: "About your account",
            text: """
                We found the account-wide API key of your account in a package published on the public npm
                registry (file build/settings.json). Change the key within 5 days.
                """)
        #expect(n.category == .securityIncident)
    }

    @Test func dataDownloadedByStrangersIsAnIncident() {
        let n = Self.notice(
            subject: "AWS Support: Case 55501234 - new correspondence",
            text: """
                The logs of the storage bucket show that 4,000 objects were downloaded from IP addresses
                that do not belong to your organization between November 2 and November 6.
                """)
        #expect(n.category == .securityIncident)
    }

    @Test func aPlannedInterventionIsMaintenanceOnItsDateField() {
        let n = Self.notice(
            from: "support@example-hosting.eu", subject: "Planned intervention on your server srv-41",
            text: """
                An intervention is planned on your dedicated server srv-41.

                Date:         Friday 27 November 2026
                Reason:       a fan is being replaced
                """)
        #expect(n.category == .maintenance)
        #expect(n.deadline?.description == "2026-11-27")
    }

    @Test func maintenanceScheduledWithNothingToDoIsMaintenanceNotNews() {
        let n = Self.notice(
            from: "cloud-noreply@example-cloud.com", subject: "Your project web-prod",
            text: """
                Maintenance has been scheduled for a database instance in your project.

                Scheduled: Tuesday, November 24, 2026, 21:00 UTC

                You do not need to do anything. You can also:
                - reschedule the maintenance to a later time within the next 21 days.
                """)
        #expect(n.category == .maintenance)
        // The window the reader may move it within is an option; the scheduled day is the date.
        #expect(n.deadline?.description == "2026-11-24")
    }

    @Test func japaneseMaintenanceUnderABlandSubject() {
        let n = Self.notice(
            from: "info@example-cloud.co.jp", subject: "サービスに関するお知らせ",
            text: "下記の日程で、ストレージ基盤の定期メンテナンスを実施いたします。\n\n実施日時：2026年11月28日 2:00～4:00")
        #expect(n.category == .maintenance)
    }

    @Test func aPaymentDueDateFieldIsTheDeadlineOfAnInvoice() {
        let n = Self.notice(
            from: "billing-noreply@example-cloud.com", subject: "Your invoice is available: October 2026",
            text: "Invoice date:       November 1, 2026\nPayment due date:   December 1, 2026\nAmount: USD 41.20")
        #expect(n.category == .billing)
        #expect(n.deadline?.description == "2026-12-01")
    }

    @Test func aBillingAccountInTheSubjectDoesNotMakeAPriceChangeABill() {
        let n = Self.notice(
            from: "cloud-noreply@example-cloud.com", subject: "Your billing account 0A1B2C-3D4E5F",
            text: "Starting February 1, 2027, the monthly free tier of the container service will change as follows.")
        #expect(n.category == .pricing)
    }

    @Test func taxOnInvoicesIsBilling() {
        let n = Self.notice(
            from: "billing@example-vps.com", subject: "Important information about your account",
            text: "From January 1, 2027 we will add VAT to the invoices of customers with a billing address in Norway.")
        #expect(n.category == .billing)
    }

    @Test func aResourceStoppedUnlessUsedIsActionRequired() {
        let n = Self.notice(
            from: "noreply@example-cloud.com", subject: "Your free compute instance has been identified as idle",
            text: """
                Thank you for using our free tier.

                We have identified the compute instance below in your tenancy as idle: over the last week it
                used less than a fifth of its CPU and memory. Idle free instances are reclaimed so that others
                can use the capacity.

                Instance:   runner-2 (2 OCPU, 12 GB), region Frankfurt

                This instance will be stopped in 7 days unless its usage rises above the threshold. To keep
                it, upgrade your account to pay as you go, or make sure the instance is in use.
                """)
        // The rule holds; whether the learned model's critical guess is heard over it is weighed in
        // ``Classifier/decide`` (see the closing note of 2026-12-05: the model reads this as abuse).
        #expect(n.evidence.contains("action-required-body"))
    }

    @Test func nothingToTakeIsNews() {
        let n = Self.notice(
            subject: "Update on your service",
            text: """
                The console section will be renamed. Existing integrations continue to work.
                You don't need to take any action.
                """)
        #expect(n.category == .informational)
    }
}

/// Kinds of misses found in the blind batches W, X, Y, Z, P, Q, R and S (now development data),
/// each in our own words.
struct BlindBatchTests {
    static func notice(
        from: String = "no-reply-aws@amazon.com", subject: String, text: String,
        sent: String = "2026-12-01T09:00:00Z"
    ) -> Notice {
        JudgementTests.notice(from: from, subject: subject, text: text, sent: sent)
    }

    @Test(arguments: [
        (
            "Join our live session on serverless costs on January 14, 2027",
            "Our solutions architects walk through cost dashboards. Seats are limited; sign up on the event page."
        ),
        (
            "【ご案内】クラウド移行セミナー（2027年1月20日開催）",
            "クラウド移行の事例をご紹介するオンラインセミナーを開催します。参加は無料です。お申し込みはイベントページから。"
        ),
    ])
    func anEventDateInTheSubjectOfNewsIsNoDeadline(subject: String, text: String) {
        let n = Self.notice(from: "events@example-cloud.com", subject: subject, text: text)
        #expect(n.category == .informational)
        #expect(n.deadline == nil)
    }

    @Test func aJapaneseExposedKeyNoticeThatAsksToFinishTheResponseIsAnIncident() {
        // "対応を完了し…ご連絡ください" (finish these steps and tell us) is an instruction, not a closed case.
        let n = Self.notice(
            subject: "【要対応】AWS アカウント 210987650011 の認証情報について",
            text: """
                お客様の AWS アカウントのアクセスキー AKIAEXAMPLEKEY7Q2W が、公開されたリポジトリに掲載されていることを確認しました。
                被害を防ぐため、該当ユーザーに AWSCompromisedKeyQuarantineV3 ポリシーを適用しています。
                2026年12月10日までに次の対応を完了し、サポートケースからご連絡ください。
                1. キーを無効化して削除する
                """)
        #expect(n.category == .securityIncident)
    }

    @Test func aClosedCaseOrOneBeingResolvedIsNoIncidentOrAction() {
        let survey = Self.notice(
            from: "aws-support-survey@amazon.com", subject: "Tell us about your recent support case",
            text: """
                Your support case 55501234, "Leaked key for user build-bot", has now been resolved.
                Please rate the help you received; the form stays open for 30 days.
                """)
        #expect(![.abuse, .securityIncident].contains(survey.category))
        let resolving = Self.notice(
            subject: "Case 55501299 update",
            text: """
                We checked the clean-up you described and found nothing else out of place. We are now resolving this case.
                You can reopen the case within 14 days if anything comes up; after that, please open a new one.
                """)
        #expect(resolving.category != .actionRequired)
        #expect(resolving.deadline == nil)
    }

    @Test func aJapaneseOpenResolverReportIsAbuse() {
        let n = Self.notice(
            from: "support@example-vps.jp", subject: "【要対応】ご利用サーバーの設定について",
            text: """
                お客様の VPS（203.0.113.77）が、オープンリゾルバ（外部からの再帰問い合わせに応答する DNS サーバー）として動作しているとの報告が外部機関からありました。
                2026年12月15日までに設定を見直してください。改善が確認できない場合は通信を制限いたします。
                """)
        #expect(n.category == .abuse)
    }

    @Test(arguments: [
        (
            "Planned intervention on your dedicated server",
            "A failing disk in your server will be swapped by a technician on 2026-12-12 between 08:00 and 10:00. Expected downtime: 15 minutes. You do not need to do anything."
        ),
        (
            "Intervention scheduled on your server srv-204",
            "Our technicians will replace a fan. The server will be unavailable for about 10 minutes. No action is required on your part."
        ),
        (
            "About your database nodes",
            "The service update we announced last month has been completed on your clusters. Each node was replaced in turn. No further action is needed."
        ),
        (
            "Re: ticket 88213",
            "We have scheduled a migration of your VM to a new host on December 14. Expect 20 to 30 minutes of downtime. No action is required on your side."
        ),
    ])
    func maintenanceThatAsksNothingIsStillMaintenance(subject: String, text: String) {
        let n = Self.notice(from: "support@example-hosting.com", subject: subject, text: text)
        #expect(n.category == .maintenance)
    }

    @Test func holidaySupportHoursAreNews() {
        let n = Self.notice(
            from: "support@example-cloud.co.jp", subject: "年末年始の営業についてのご案内",
            text: "12月29日から1月3日まで窓口を休業します。障害のご連絡は通常どおり受け付けます。お急ぎの方は12月28日までにご連絡ください。")
        #expect(n.category == .informational)
        #expect(n.deadline == nil)
    }

    @Test func aSurveysClosingDateIsNoAction() {
        let n = Self.notice(
            from: "info@example-cloud.co.jp", subject: "サービス満足度アンケートご協力のお願い",
            text: "サービス向上のため、アンケートへのご協力をお願いいたします。回答期限：2026年12月18日までにご回答ください。")
        #expect(n.category != .actionRequired)
    }

    @Test func aPatchReleaseThatListsAccountTakeoverAsAFixedBugIsNoIncident() {
        let n = Self.notice(
            from: "security@example-forge.com", subject: "Example Forge critical patch release: 7.2.1 and 7.1.4",
            text: """
                Today we release 7.2.1 and 7.1.4 with security fixes. Please upgrade self-hosted installations soon.
                - Account takeover through a crafted password reset link (Critical, CVE-2027-1001)
                - Stored cross-site scripting in wiki pages (High, CVE-2027-1002)
                """)
        #expect(![.abuse, .securityIncident].contains(n.category))
    }

    @Test(arguments: [
        (
            "Your account 120033004455",
            "We are writing about a pricing change for the managed DNS filtering service of our platform, which will affect the account named above and every linked account. Effective May 1, 2027, queries above one billion per month will be billed at a lower rate. No action is required if the new rate suits you."
        ),
        (
            "Important information about your subscription",
            "We are making changes to the prices of monthly-billed plans. From May 1, 2027, plans paid each month will be priced 4% higher than plans paid yearly. No action is required if you keep monthly billing."
        ),
    ])
    func aPriceChangeUnderABlandSubjectIsPricing(subject: String, text: String) {
        let n = Self.notice(from: "billing@example-cloud.com", subject: subject, text: text)
        #expect(n.category == .pricing)
        #expect(n.deadline == Day(year: 2027, month: 5, day: 1))
    }

    @Test func aQuestionAboutChargesOnAnInvoiceIsBilling() {
        let n = Self.notice(
            subject: "Re: [Case 99120] Question about data transfer charges on the November invoice",
            text: "The amount on line 14 of the invoice is for traffic between Regions. No further action is needed.")
        #expect(n.category == .billing)
    }

    @Test func registeringADeviceByADateIsAnActionNotAnEventSignUp() {
        let n = Self.notice(
            subject: "Your AWS account",
            text: """
                From March 1, 2027, every sign-in as the root user will require multi-factor authentication.
                What you need to do: register at least one MFA device for the root user before March 1, 2027.
                """)
        #expect(n.category == .actionRequired)
        #expect(n.deadline == Day(year: 2027, month: 3, day: 1))
    }

    @Test func theAdverbBeforeMakesNoDeadlineOfWhatHappened() {
        // "an address never seen before" and "not used before, including …" date an event of the day,
        // not a limit: the incident has no deadline.
        let n = Self.notice(
            from: "alerts@example-db.com", subject: "Security alert: unrecognized access to cluster sales-prod",
            text: """
                On 2026-12-01 between 02:10 and 03:05 UTC, the database user "tmp" signed in from an address never seen before for this project and read 40,000 documents.
                We also saw calls from addresses your account has not used before, including one at 2026-12-01 04:12 UTC.
                We recommend that you remove the user and review the access list.
                """, sent: "2026-12-01T06:00:00Z")
        #expect(n.category == .securityIncident)
        #expect(n.deadline == nil)
        // "Before" ahead of a date still limits, also as a field.
        let field = Self.notice(
            subject: "[Action Required] Update your client certificates",
            text: "Certificates that are not replaced stop working.\nApply before: December 18, 2026")
        #expect(field.deadline == Day(year: 2026, month: 12, day: 18))
        let limit = Self.notice(
            subject: "[Action Required] Rotate your signing key",
            text: "Please rotate the key before December 20, 2026. After that date, requests signed with it fail.")
        #expect(limit.deadline == Day(year: 2026, month: 12, day: 20))
    }

    @Test func aSpanThatLooksBackOrThatTheProviderPromisesIsNoDeadline() {
        let review = Self.notice(
            from: "compliance@example-mail.com", subject: "Your sending account is under review",
            text: """
                Your spam report rate over the past 7 days was 0.5 %. Please reply within 5 business days with how you collect addresses.
                Once we have your answers, our compliance team will reply, usually within 2 business days.
                """, sent: "2027-01-20T17:30:00Z")
        #expect(review.deadline == Day(year: 2027, month: 1, day: 27))
        let retire = Self.notice(
            from: "info@example-cloud.co.jp", subject: "【要対応】旧 API の廃止について",
            text: """
                お客様のテナントで、過去 30 日以内に旧 API へのアクセスがありました。
                2027年3月31日までに、接続先を新しい API へ変更してください。
                """, sent: "2027-01-27T08:00:00Z")
        #expect(retire.deadline == Day(year: 2027, month: 3, day: 31))
    }

    @Test func miningDetectedInAProjectIsAbuseEvenUnderAnActionMarker() {
        let n = Self.notice(
            from: "cloud-noreply@example-cloud.com",
            subject: "[Action Required] Cryptocurrency mining detected in project research-sandbox",
            text: """
                We found 12 instances in your project running what appears to be cryptocurrency mining.
                Please review the activity within 3 days, or the project may be suspended.
                """)
        #expect(n.category == .abuse)
    }

    @Test func aSoftwarePatchReleaseIsAnAdvisory() {
        let n = Self.notice(
            from: "security@example-forge.com", subject: "Example Forge Patch Release: 8.3.2, 8.2.5",
            text:
                "These versions fix two vulnerabilities (CVE-2026-4401, CVE-2026-4402). Please upgrade self-hosted installations."
        )
        #expect(n.category == .securityAdvisory)
    }

    @Test func anUpdatedPrivacyStatementIsNoBill() {
        let n = Self.notice(
            from: "noreply@example-forge.com", subject: "Updates to our Privacy Statement and Terms of Service",
            text: "The updated documents take effect on November 1, 2026. You don't need to take any action.")
        #expect(n.category == .informational)
    }

    @Test func aChangeToHowDiscountsAreSharedIsPricing() {
        let n = Self.notice(
            from: "aws-billing@amazon.com", subject: "Important information about your account",
            text: """
                We are writing about a change to how discounts are shared across the member accounts of your organization.
                Starting February 1, 2027, Savings Plans discounts apply only within a billing group, so the effective rate of some accounts may increase from that date.
                """)
        #expect(n.category == .pricing)
        #expect(n.deadline == Day(year: 2027, month: 2, day: 1))
    }

    @Test func aDetectionFeatureThatNamesCredentialTheftIsNoIncident() {
        let feature = Self.notice(
            subject: "Notice",
            text: """
                A new detection capability is now on for your account. It correlates signals to find multi-stage attacks,
                such as credential theft followed by data exfiltration. No action is required.
                """)
        #expect(![.abuse, .securityIncident].contains(feature.category))
        let seen = Self.notice(
            subject: "Notice",
            text: "We detected credential theft tools on instance i-0abc1234 in your account. Isolate the instance now."
        )
        #expect(seen.category == .securityIncident)
    }

    @Test func anEarlierStopOfNewCreationIsNotTheDeadline() {
        let ja = Self.notice(
            from: "info@example-cloud.co.jp", subject: "お知らせ",
            text: """
                旧世代の仮想サーバータイプの提供を終了いたします。
                ・2027年1月15日：対象タイプの新規作成受付を終了
                ・2027年4月30日：提供終了
                提供終了までに、後継タイプへの移行をお願いいたします。
                """)
        #expect(ja.deadline == Day(year: 2027, month: 4, day: 30))
        let en = Self.notice(
            subject: "About your database engine",
            text: """
                From January 15, 2027, you will no longer be able to create new clusters on engine version 5.
                Engine version 5 reaches end of support on April 30, 2027.
                """)
        #expect(en.deadline == Day(year: 2027, month: 4, day: 30))
    }

    @Test func aCaseSetToResolvedWithAReplyWindowIsNoDeadline() {
        let n = Self.notice(
            subject: "Re: [Case 44120] Invoice correction request",
            text: """
                I have issued a replacement invoice with the corrected tax number; there is nothing further to pay.
                I will set this case to resolved. If you have any other questions, please reply to this case within the next 14 days.
                """)
        #expect(n.category == .billing)
        #expect(n.deadline == nil)
    }

    @Test func aNoticeThatSaysItIsARecommendationIsAnAdvisory() {
        let n = Self.notice(
            subject: "AWS Notification - Account 111122223333",
            text: """
                Instances in your account still accept metadata requests without a session token.
                This notice is a recommendation. Nothing changes on your instances, and the old method will continue to work.
                We recommend that you require tokens on each instance once no software depends on the old method.
                """)
        #expect(n.category == .securityAdvisory)
    }

    @Test func instanceCredentialsUsedOutsideTheCloudAreAnIncident() {
        let n = Self.notice(
            subject: "Security notification: instance credentials used elsewhere",
            text: """
                Temporary credentials issued to an EC2 instance in your account were used from an IP address outside of AWS.
                The calls succeeded against one bucket. We recommend that you revoke the role's sessions now.
                """)
        #expect(n.category == .securityIncident)
    }

    @Test func aPublicBucketThatWasDownloadedFromIsAnIncident() {
        let n = Self.notice(
            subject: "Your storage bucket is publicly accessible and has been accessed",
            text: """
                The bucket orders-archive allows public read access, and objects in it were downloaded by parties outside your account.
                Turn on Block Public Access and review what was read.
                """)
        #expect(n.category == .securityIncident)
    }

    @Test func aReassuranceThatNothingIsCompromisedIsNoRuleForAnIncident() {
        // The rules alone: the sentence that denies a compromise is no evidence of one.
        let rules = Classifier(rules: try! RuleSet.defaults(), model: nil)
        let decision = rules.decide(
            subject: "Important information about your account",
            body: """
                We are writing to all customers with advice on account security. This message does not mean that your account has been compromised.
                Enable two-factor authentication for every user.
                """, from: "support@example-cloud.com")
        #expect(![.abuse, .securityIncident].contains(decision.category))
    }

    @Test func aDateAfterByThatIsNoDateIsNoLimit() {
        // "sent by SMS" names who sent, not a date to act by; an early-bird price is an offer.
        let report = Self.notice(
            from: "abuse@example-cdn.com", subject: "Abuse report: phishing on your zone",
            text: "A phishing page is hosted on your zone. Links were sent by SMS to customers on 2026-11-10.",
            sent: "2026-11-10T12:00:00Z")
        #expect(report.deadline == nil)
        let event = Self.notice(
            from: "events@example-cloud.com", subject: "Registration is open: Example Cloud Summit",
            text: "Register by March 15, 2027 to get the early bird price.")
        #expect(event.deadline == nil)
    }

    @Test(arguments: [
        (
            "[Action Required] Example DB 14 end of standard support",
            "Example DB 14 will reach end of standard support on February 28, 2027. If you want to avoid Extended Support charges, please upgrade before March 1, 2027."
        ),
        (
            "[Action Required] Functions end of support for Python 3.9",
            "Starting February 28, 2027, we will no longer apply security patches to the Python 3.9 runtime. We recommend that you upgrade your functions before March 30, 2027."
        ),
        (
            "[Action Required] Functions end of support for Python 3.9",
            "Python 3.9 reaches its upstream end of life on February 1, 2027. We are ending support for Python 3.9 on February 28, 2027. Please upgrade before March 30, 2027."
        ),
    ])
    func theDateOfTheEventTheSubjectNamesIsTheDeadline(subject: String, text: String) {
        let n = Self.notice(subject: subject, text: text, sent: "2026-11-10T09:00:00Z")
        #expect(n.deadline == Day(year: 2027, month: 2, day: 28))
    }

    @Test func aWeeklyDigestOfServiceUpdatesIsNews() {
        let n = Self.notice(
            from: "digest@example-cloud.com", subject: "Weekly digest: Example Cloud service updates",
            text: "This week: a new region, faster storage snapshots, and a change to the console's home page.")
        #expect(n.category == .informational)
    }

    @Test func aJapanesePaymentDueDateIsTheBillsDeadline() {
        let n = Self.notice(
            subject: "ご請求書発行のお知らせ",
            text: "2027年2月分のご請求書を発行しました。\n請求書発行日: 2027年3月3日\nお支払期日: 2027年3月31日",
            sent: "2027-03-03T01:00:00Z")
        #expect(n.category == .billing)
        #expect(n.deadline == Day(year: 2027, month: 3, day: 31))
    }

    @Test func aRolloutWithinAWeekIsNoLimitForTheReader() {
        let n = Self.notice(
            from: "o365mc@example-cloud.com", subject: "Message center major update notification",
            text: """
                Action required by April 30, 2027. Beginning April 30, 2027, basic authentication will be rejected.
                Rejections will start gradually and reach all tenants within one week.
                Before April 30, 2027, move these applications to OAuth.
                """, sent: "2027-03-09T09:00:00Z")
        #expect(n.deadline == Day(year: 2027, month: 4, day: 30))
    }

    @Test func aRequestForInformationWithinDaysIsAnAction() {
        let n = Self.notice(
            subject: "Your AWS account",
            text: """
                We were unable to verify some information associated with this account.
                To keep your account in good standing, we need you to provide additional information within 5 business days of the date of this message.
                """, sent: "2027-03-11T02:00:00Z")
        #expect(n.category == .actionRequired)
        #expect(n.deadline == Day(year: 2027, month: 3, day: 18))
    }

    @Test func theEndOfSupportDateBeatsTheLaterAutomaticUpgrade() {
        let n = Self.notice(
            from: "support@example-db.com", subject: "Action required: PostgreSQL 14 end of life for managed databases",
            text: """
                We will end support for PostgreSQL 14 on April 26, 2027. After this date, clusters will no longer receive updates, and we will begin upgrading them automatically starting May 10, 2027.
                """, sent: "2027-03-19T18:00:00Z")
        #expect(n.deadline == Day(year: 2027, month: 4, day: 26))
    }

    @Test func aCopierScanningToMailIsNoPortScan() {
        let n = Self.notice(
            from: "info-support@example-isp.jp", subject: "【重要】TLS 1.0/1.1 の利用終了について",
            text: """
                2027年10月1日をもって TLS 1.0 および 1.1 の利用を終了いたします。過去 30 日間に次の接続を確認しております。
                ・複合機からのスキャン送信 (送信元 192.0.2.61, 1,204 件)
                2027年10月1日までに、機器の設定変更をお願いいたします。
                """)
        #expect(n.category == .actionRequired)
    }

    @Test func aReviewThatFoundNoUnauthorizedActivityIsNoIncident() {
        let rules = Classifier(rules: try! RuleSet.defaults(), model: nil)
        let decision = rules.decide(
            subject: "Important information about your account",
            body: """
                We are letting you know about settings that increase the risk of unauthorized access. We have not detected any unauthorized activity in your account; this message is a recommendation only.
                The root user has an active access key. Security groups allow inbound traffic on port 3389 from 0.0.0.0/0.
                """, from: "no-reply-aws@amazon.com")
        #expect(![.abuse, .securityIncident].contains(decision.category))
    }

    @Test func aVersionedSecurityReleaseIsNoIncident() {
        let n = Self.notice(
            from: "security@example-forge.com", subject: "Example Forge Critical Security Release: 9.2.2, 9.1.4",
            text:
                "Fixed: account takeover via a crafted reset link (Critical). Please upgrade self-managed installations now."
        )
        #expect(![.abuse, .securityIncident].contains(n.category))
    }

    @Test func beforeAPastEventOrAListIsNoLimit() {
        let n = Self.notice(
            subject: "[Action Required] Publicly exposed key for project sales-prod",
            text: """
                We disabled the key. Before the key was disabled, it was used from 203.0.113.20 on 2026-11-10 to download 212 objects.
                Resources were created from IP addresses that your account has not used before: instance i-0abc on 2026-11-10.
                """, sent: "2026-11-10T15:00:00Z")
        #expect(n.category == .securityIncident)
        #expect(n.deadline == nil)
        let event = Self.notice(
            from: "events@example-cloud.com", subject: "Registration is open for Example Summit",
            text: "Early pricing: register before September 30, 2027, to receive the early rate.")
        #expect(event.deadline == nil)
    }

    @Test func anExpirationDateFieldIsALimit() {
        let n = Self.notice(
            from: "noreply@registrar.amazon.com", subject: "Notice regarding your domain registration",
            text: """
                The following domain is scheduled to expire, and automatic renewal is disabled.
                Domain name: example-shop.example
                Expiration date: January 9, 2027 (UTC)
                If you want to keep this domain, please renew it before the expiration date. If it expires, your website will stop working.
                """)
        #expect(n.category == .actionRequired)
        #expect(n.deadline == Day(year: 2027, month: 1, day: 9))
    }

    @Test func whatYouNeedToDoListsStepsOrNothing() {
        let steps = Self.notice(
            from: "health@aws.com", subject: "AWS Health Event: Amazon EBS volume lost redundancy",
            text: """
                One of your volumes has lost redundancy and may fail. What you need to do: take a snapshot, create a new volume from it and attach it in place of the impaired one.
                """)
        #expect(steps.category == .actionRequired)
        let nothing = Self.notice(
            from: "health@aws.com", subject: "AWS Health Event",
            text: "We moved the endpoint to new hardware. What you need to do: nothing; the endpoint keeps its address."
        )
        #expect(nothing.category != .actionRequired)
    }

    @Test func theDateAChangeTakesEffectBeatsAProrationRange() {
        let n = Self.notice(
            subject: "Support plan pricing changes",
            text: """
                We are writing about changes to the prices of our support plans that will take effect on March 15, 2027.
                Charges for March will be prorated: the current prices apply from March 1 to March 14, and the new prices from March 15 to March 31.
                """, sent: "2027-02-10T09:00:00Z")
        #expect(n.category == .pricing)
        #expect(n.deadline == Day(year: 2027, month: 3, day: 15))
    }

    @Test func aScheduledDateFieldPlacesTheWork() {
        let n = Self.notice(
            from: "noreply@example-hosting.com", subject: "Planned intervention on your dedicated server srv-77",
            text: """
                A planned intervention will take place on the rack that hosts your server.
                Scheduled date: 11 May 2027, between 06:00 and 09:00 (Paris time)
                Expected impact: server unavailable for up to 90 minutes.
                """, sent: "2027-04-23T06:00:00Z")
        #expect(n.category == .maintenance)
        #expect(n.deadline == Day(year: 2027, month: 5, day: 11))
    }

    @Test func beforeThenOnADateIsNoLimit() {
        let n = Self.notice(
            from: "noreply@example-forge.com", subject: "A personal access token was found in a public repository",
            text: """
                The token was used from an IP address that you have not used before on April 5, 2027 at 23:55 UTC, before it was revoked.
                """, sent: "2027-04-06T01:00:00Z")
        #expect(n.deadline == nil)
    }

    // Found in review: the changes above must not hide a critical notice or invent one.

    @Test func aCriticalNoticeThatMentionsAFutureResolutionStaysCritical() {
        let abuse = Self.notice(
            subject: "Your AWS Abuse Report [12345]",
            text: """
                We have received a report that your EC2 instance i-0abc1234 was used for port scanning against other hosts.
                Please reply to this case once the activity has been resolved.
                """)
        #expect(abuse.category == .abuse)
        let key = Self.notice(
            subject: "Your AWS access key has been exposed",
            text: """
                Your access key AKIAEXAMPLE1234 was found exposed publicly on GitHub. Please rotate it.
                Once you have rotated the key, reply to this case and we will set the case to resolved.
                """)
        #expect(key.category == .securityIncident)
        let bulletin = Self.notice(
            from: "cloud-noreply@example-cloud.com", subject: "Security Bulletin: your service account key was exposed",
            text: "We detected that your service account key has been publicly exposed on GitHub. Disable it now.")
        #expect(bulletin.category == .securityIncident)
    }

    @Test func aTermsUpdateThatForbidsMiningIsNoAbuseReport() {
        let n = Self.notice(
            from: "cloud-noreply@example-cloud.com",
            subject: "[Action Required] Example Cloud Platform Terms of Service update",
            text:
                "Starting April 1, 2027, cryptocurrency mining is not permitted on free trial accounts. Review the updated terms."
        )
        #expect(![.abuse, .securityIncident].contains(n.category))
    }

    @Test func whatTheProviderWillDoToTheReadersResourcesKeepsItsDeadline() {
        let retire = Self.notice(
            subject: "[Action Required] Your instance is scheduled for retirement",
            text: "We will retire your instance i-0abc12345 within 14 days. Please migrate it before then.",
            sent: "2026-12-01T09:00:00Z")
        #expect(retire.deadline == Day(year: 2026, month: 12, day: 15))
        let suspend = Self.notice(
            subject: "Abuse report for your server",
            text:
                "We received spam complaints about your server. If you do not respond, we will suspend your server within 24 hours.",
            sent: "2026-12-01T09:00:00Z")
        #expect(suspend.deadline == Day(year: 2026, month: 12, day: 2))
    }

    @Test func whatTheProviderWillAddIsNews() {
        let n = Self.notice(
            subject: "Announcing new Lambda runtimes",
            text: "We will add support for Python 3.14 in AWS Lambda by March 20, 2027.")
        #expect(n.category == .informational)
        #expect(n.deadline == nil)
    }

    @Test func anExpiryDateInTheSubjectOfAStatementIsStillItsDeadline() {
        let n = Self.notice(
            subject: "Your Savings Plan is expiring on December 20, 2026",
            text:
                "Your Compute Savings Plan for account 111122223333 reaches the end of its term. Usage after that is billed at on-demand rates."
        )
        #expect(n.deadline == Day(year: 2026, month: 12, day: 20))
    }
}
