import DigestModel
import Foundation
import Testing

@testable import DigestClassify

/// Kinds found in set G (notices written after public originals, read once scored): each in our own
/// words. Critical notices that use none of the usual words, Japanese and Chinese notices, and
/// deadlines a Japanese notice gives without a year.
struct GroundedSetTests {
    static func notice(from: String, subject: String, text: String, sent: String = "2027-08-14T09:00:00Z") -> Notice {
        JudgementTests.notice(from: from, name: "", subject: subject, text: text, sent: sent)
    }

    @Test func aTicketAboutLiftingASuspensionOverAnAbuseComplaintIsAbuse() {
        let n = Self.notice(
            from: "support@vultr.com", subject: "Ticket QX-41: more information needed (198.51.100.7)",
            text: """
                Before we can consider removing the restriction on this account we need some answers:
                what runs on the server, and whether the activity in the abuse complaint is something you did.
                """)
        #expect(n.category == .abuse)
    }

    @Test func anAttackerInsideTheOrganisationIsAnIncident() {
        let n = Self.notice(
            from: "noreply@github.com", subject: "About your organization",
            text: """
                We saw suspicious activity suggesting that an attacker got into your organization through a
                member's stolen token and listed your private repositories. We have revoked the token.
                """)
        #expect(n.category == .securityIncident)
    }

    @Test func passwordsResetBecauseOfTheProvidersIncidentIsAnIncident() {
        let reset = Self.notice(
            from: "noreply@heroku.com", subject: "Password reset starts today",
            text: """
                We are resetting every user password starting today. This is part of our response to the recent
                security incident. Reset yours now to choose the new one yourself.
                """)
        #expect(reset.category == .securityIncident)
        let advice = Self.notice(
            from: "noreply@heroku.com", subject: "Five habits for safer accounts",
            text: "In the event of a security incident, reset your passwords and rotate your API keys at once.")
        #expect(![.abuse, .securityIncident].contains(advice.category))
    }

    @Test func maliciousFilesFoundInTheCustomersSpaceAreAnIncident() {
        let n = Self.notice(
            from: "support@hosting-desk.example", subject: "【重要】アカウント内のファイルについて",
            text: """
                お客様のアカウント内で、当社の監視システムが不正なファイルを検出しました。第三者による改ざんの可能性があります。
                内容をご確認のうえ、パスワードを変更してください。
                """)
        #expect(n.category == .securityIncident)
    }

    @Test func aChineseNoticeOfATermsViolationIsAbuse() {
        let n = Self.notice(
            from: "google-cloud-compliance@google.com", subject: "您的 Google Cloud 项目已被暂停",
            text: "您的项目中的虚拟机持续向第三方网站发送自动化请求，违反了 Google Cloud 的可接受使用政策，因此项目已被暂停。")
        #expect(n.category == .abuse)
    }

    /// The subject names the end of support in the provider's service; the language's own end of life,
    /// a date before it, is context.
    @Test func supportForAVersionEndingInTheServiceIsTheDeadline() {
        let n = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "[Action Required] AWS Lambda end of support for Python 3.10",
            text: """
                This follows the end of life of Python 3.10, scheduled for October 31, 2027.

                Support for Python 3.10 in Lambda ends on January 31, 2028.

                From March 2, 2028, you can no longer create functions with the Python 3.10 runtime.
                """)
        #expect(n.deadline?.description == "2028-01-31")
    }

    @Test func aJapaneseDateWithoutAYearTakesTheYearOfTheMessage() {
        let august = DeadlineExtractor.dates(
            in: "8月18日(水)までにお支払いください。", sent: ISO8601DateFormatter().date(from: "2027-08-05T09:00:00Z"))
        #expect(august.map(\.date.description) == ["2027-08-18"])
        // A December notice's "1月15日" is next January's.
        let january = DeadlineExtractor.dates(
            in: "1月15日までに更新してください。", sent: ISO8601DateFormatter().date(from: "2027-12-10T09:00:00Z"))
        #expect(january.map(\.date.description) == ["2028-01-15"])
        // The tail of a full date is that date, not a second one.
        let full = DeadlineExtractor.dates(
            in: "2027年9月1日までに移行してください。", sent: ISO8601DateFormatter().date(from: "2027-08-05T09:00:00Z"))
        #expect(full.map(\.date.description) == ["2027-09-01"])
    }

    @Test func questionsToTheDeskAndWorkAlreadyDoneAreNoDeadlines() {
        #expect(!DeadlineExtractor.asksToAct("お急ぎのお問い合わせは、12月28日（月）17時までにご連絡いただきますようお願いいたします。"))
        #expect(!DeadlineExtractor.asksToAct("当社のマネージドサービスは12月12日までに対策済みです。"))
        #expect(DeadlineExtractor.asksToAct("12月28日までにご連絡いただきますようお願いいたします。"))
    }
}

/// More kinds from set G: Japanese equipment work, a terms revision whose articles mention prices.
struct GroundedSetMoreTests {
    static func notice(from: String, subject: String, text: String) -> Notice {
        JudgementTests.notice(from: from, name: "", subject: subject, text: text, sent: "2027-08-20T01:00:00Z")
    }

    @Test func japaneseEquipmentReplacementIsMaintenance() {
        let n = Self.notice(
            from: "info@hosting-desk.example", subject: "[告知] メールサービスの一時停止について（メールサーバー機器入れ替え）",
            text: """
                メールサーバーの機器入れ替えを下記の日程で実施いたします。作業中はメールをご利用いただけません。
                【作業予定日時】
                2027年8月30日(月) 午前0時30分から10分間程度
                """)
        #expect(n.category == .maintenance)
        #expect(n.deadline?.description == "2027-08-30")
    }

    @Test(arguments: [
        ("【重要】「専用サーバー」利用規約改訂のお知らせ", "第9条（料金改定）改訂前：料金を改定する場合、書面で通知する。改訂後：料金を改定する場合、当社サイトで通知する。"),
        (
            "Updates to our Terms of Service",
            "We are updating our Terms of Service on October 1. Section 7 now explains how we announce price changes."
        ),
    ])
    func aTermsRevisionIsNews(subject: String, text: String) {
        let n = Self.notice(from: "info@hosting-desk.example", subject: subject, text: text)
        #expect(n.category == .informational)
    }

    @Test func aPriceChangeTheSubjectNamesIsStillPricing() {
        let n = Self.notice(
            from: "info@hosting-desk.example", subject: "Updates to our Terms of Service and price changes",
            text: "From November 1, 2027 the monthly price of the Standard plan rises from $10 to $12.")
        #expect(n.category == .pricing)
    }
}

struct GroundedSetUsageTests {
    @Test func aStorageLimitExceededIsBillingWithTheDateToActBy() {
        let n = JudgementTests.notice(
            from: "workspace-noreply@google.com", name: "", subject: "Pooled storage limit exceeded",
            text: """
                Your organization has gone over its pooled storage limit and is in a 14-day grace period. When the
                grace period ends on September 1, 2027, the account becomes read-only.

                To avoid this, do one of the following before September 1, 2027:
                - buy more storage
                - delete files you no longer need
                """, sent: "2027-08-18T09:00:00Z")
        #expect(n.category == .billing)
        #expect(n.deadline?.description == "2027-09-01")
    }
}

/// Kinds found in set G2 (AWS notices after public originals), in our own words.
struct GroundedAWSTests {
    static func notice(subject: String, text: String) -> Notice {
        JudgementTests.notice(
            from: "no-reply-aws@amazon.com", name: "", subject: subject, text: text, sent: "2027-09-10T09:00:00Z")
    }

    @Test func bucketsSharedWithOtherAccountsAreNoIncident() {
        let n = Self.notice(
            subject: "[Action Required] Require TLS 1.2 on your shared Amazon S3 buckets",
            text: """
                Some of your buckets are accessed by users outside your account over TLS 1.0 or 1.1. From
                November 1, 2027 those connections fail. Ask the owners of those clients to upgrade, or add a
                bucket policy that denies older TLS versions.
                """)
        #expect(n.category == .actionRequired)
        let taken = Self.notice(
            subject: "Your AWS account",
            text: "Objects in the bucket ledger-exports were downloaded by parties outside your organization.")
        #expect(taken.category == .securityIncident)
    }

    @Test func aVerificationThatSucceededAsksNothing() {
        let n = Self.notice(
            subject: "Amazon SES Domain Verification SUCCESS for mail.fernhill.example in region Europe (Ireland)",
            text: "Your domain mail.fernhill.example is now verified for sending with Amazon SES in eu-west-1.")
        #expect(n.category != .actionRequired)
    }

    @Test func eachClauseKeepsItsOwnDate() {
        let n = Self.notice(
            subject: "[Action Required] AWS Lambda end of support for Python 3.10",
            text: """
                Lambda support for Python 3.10 ends on February 8, 2028, after Python 3.10 reaches its community
                end of life on October 31, 2027.
                """)
        #expect(n.deadline?.description == "2028-02-08")
        #expect(
            DeadlineExtractor.splitClauses(
                "Support ends on February 8, 2028, after the language ends on October 31, 2027."
            )
            .count == 2)
        #expect(DeadlineExtractor.splitClauses("Upgrade by March 1, 2028, after reading the guide.").count == 1)
    }
}

/// Kinds found in set G3 (other providers after public originals), in our own words.
struct GroundedOtherProviderTests {
    static func notice(from: String, subject: String, text: String) -> Notice {
        JudgementTests.notice(from: from, name: "", subject: subject, text: text, sent: "2027-10-12T09:00:00Z")
    }

    @Test func aChineseNoticeOfViolatingContentIsAbuse() {
        let n = Self.notice(
            from: "cloud_noreply@tencent.com", subject: "您使用的云服务存在违规信息，请尽快处理",
            text: "平台检测到，您账号下正在使用的云服务涉及违规信息。请立即自查并处理相关内容，否则将对涉事资源采取限制访问措施。")
        #expect(n.category == .abuse)
    }

    @Test func aChineseSecurityAlertOnTheCustomersAssetIsAnIncident() {
        let n = Self.notice(
            from: "aliyun-notice@service.aliyun.com", subject: "【阿里云】安全告警（紧急）",
            text: "您名下的资产出现了一条安全告警：可疑进程。建议您尽快前往控制台处理，防止入侵者进一步操作。")
        #expect(n.category == .securityIncident)
    }

    @Test func someoneUsingThePasswordIsAnIncident() {
        let n = Self.notice(
            from: "no-reply@accounts.google.com", subject: "重大なセキュリティ通知",
            text: "ログインをブロックしました。何者かがあなたのパスワードを使用してアカウントへのログインを試みました。")
        #expect(n.category == .securityIncident)
    }

    @Test(arguments: [
        (
            "Coming soon: we will revoke personal access tokens leaked in public repositories",
            "Starting next month we scan public repositories for tokens."
        ),
        ("[要対応] 安全性の低いアプリの利用停止について", "パスワードが第三者のソフトウェアに保存されるため、アカウントが乗っ取られやすくなります。2028年10月11日以降は使用できなくなります。"),
    ])
    func announcementsAndRisksAreNoIncident(subject: String, text: String) {
        let n = Self.notice(from: "news@gitlab.com", subject: subject, text: text)
        #expect(n.category != .securityIncident)
    }

    @Test func aCardToProvideIsBillingEvenUnderAnActionMarker() {
        let n = Self.notice(
            from: "billing@netlify.com", subject: "[Netlify] Action required: provide a valid credit card",
            text: "We could not charge the card on file for your team. Add a valid card by October 30, 2027.")
        #expect(n.category == .billing)
    }

    @Test func aFeatureLeavingTheConsoleOnADateAsksToAdapt() {
        let n = Self.notice(
            from: "noreply@digitalocean.com",
            subject: "The Kubernetes dashboard button is leaving the control panel on November 1",
            text:
                "From November 1, 2027 open the dashboard with kubectl instead; the button in the control panel goes away."
        )
        #expect(n.category == .actionRequired)
    }
}

struct GroundedSubjectKindTests {
    @Test(arguments: [
        ("AWS 無料利用枠の期間終了のお知らせ", "無料利用枠の 12 か月間が 2027年10月3日に終了します。以降は通常料金が請求されます。", DigestModel.Category.billing),
        (
            "Your Amazon Aurora MySQL 2 clusters are now in RDS Extended Support",
            "Your clusters now run on RDS Extended Support, which is charged per vCPU-hour.", .pricing
        ),
        (
            "[Firebase] Your Realtime Database 'chat-7f3a1' has insecure rules",
            "Your rules let anyone read and write your database. Review them in the console.", .securityAdvisory
        ),
    ])
    func theSubjectSaysWhatKindOfNoticeItIs(subject: String, text: String, category: DigestModel.Category) {
        let n = JudgementTests.notice(
            from: "no-reply-aws@amazon.com", name: "", subject: subject, text: text, sent: "2027-09-20T09:00:00Z")
        #expect(n.category == category)
    }
}

struct GroundedAWSJapaneseTests {
    @Test func aJapaneseAbuseReportReminderIsAbuseUnderAnActionMarker() {
        let n = JudgementTests.notice(
            from: "ec2-abuse@amazon.com", name: "", subject: "【要対応】AWS 不正使用レポートへのご返信のお願い(再送)",
            text: "先日お送りした不正使用レポートについて、ご返信を確認できておりません。調査結果をお知らせください。",
            sent: "2027-11-03T02:40:00Z")
        #expect(n.category == .abuse)
    }
}

/// Kinds found in set G5 (other providers after public originals), in our own words.
struct GroundedG5Tests {
    static func notice(from: String, subject: String, text: String) -> Notice {
        JudgementTests.notice(from: from, name: "", subject: subject, text: text, sent: "2027-12-08T04:40:00Z")
    }

    @Test func secretsTheProviderHeldThatMayHaveBeenExposedAreAnIncident() {
        let n = Self.notice(
            from: "security@ci-vendor.example", subject: "Security alert: rotate all secrets stored with us",
            text:
                "We are investigating a security incident. Assume that secrets stored with us may have been exposed, and rotate them."
        )
        #expect(n.category == .securityIncident)
    }

    @Test func aSendingPauseThatAsksWhetherKeysLeakedIsAbuse() {
        let n = Self.notice(
            from: "support@sendgrid.com", subject: "Your account is under review",
            text: """
                We have paused your ability to send email: the account sent far more than usual and the mail looked like
                unsolicited bulk sending. Tell us which API keys were used, and whether any of them may have been exposed.
                """)
        #expect(n.category == .abuse)
    }

    @Test func aShareOfTheIncludedBandwidthUsedIsBilling() {
        let n = Self.notice(
            from: "team@netlify.com", subject: "Your team has used 90% of its included bandwidth",
            text:
                "Your team has used 90 GB of its 100 GB of bandwidth this month. Extra bandwidth is billed in 100 GB packs."
        )
        #expect(n.category == .billing)
    }
}

/// Kinds found in set G6 (after public originals, the session's last batch), in our own words.
struct GroundedG6Tests {
    static func notice(from: String, subject: String, text: String) -> Notice {
        JudgementTests.notice(from: from, name: "", subject: subject, text: text, sent: "2028-01-12T09:00:00Z")
    }

    @Test func aSuspensionForBreakingTheTermsIsAbuseUnderAnActionMarker() {
        let n = Self.notice(
            from: "CloudPlatform-noreply@google.com",
            subject: "[Action Required] Your project ledger-9 has been suspended",
            text:
                "Your project was used with others to get around quota limits. This breaks the Google Cloud Platform Terms of Service, so the project has been suspended."
        )
        #expect(n.category == .abuse)
    }

    @Test func secretsThatMayHaveBeenReadableAreAnIncidentDespiteABulletinSubject() {
        let n = Self.notice(
            from: "support@ci-vendor.example",
            subject: "Security bulletin: secure environment variables may have been exposed",
            text:
                "A defect let builds from forks read protected variables. Secrets that should have been withheld may have been readable in build logs. Rotate them."
        )
        #expect(n.category == .securityIncident)
    }
}

struct ProviderUpgradeTests {
    /// The provider upgrades the resource itself: maintenance (DESIGN: "engine patching"), not an action.
    @Test func aResourceTheProviderWillUpgradeIsMaintenance() {
        let n = JudgementTests.notice(
            from: "mongodb-atlas@mongodb.com", name: "",
            subject: "Your cluster orders-prod will be upgraded to MongoDB 7.0 on March 3",
            text:
                "We will upgrade your shared cluster during its maintenance window on March 3, 2028. No action is needed.",
            sent: "2028-02-10T09:00:00Z")
        #expect(n.category == .maintenance)
        #expect(n.deadline?.description == "2028-03-03")
    }
}

struct GroundedJapaneseG6Tests {
    static func notice(from: String, subject: String, text: String) -> Notice {
        JudgementTests.notice(from: from, name: "", subject: subject, text: text, sent: "2028-01-20T01:00:00Z")
    }

    @Test func microsoftsJapaneseMarkerAsksForAction() {
        let n = Self.notice(
            from: "account-security-noreply@accountprotection.microsoft.com",
            subject: "アクションが必要です: 古いメールアプリからアクセスできなくなります",
            text: "2028年2月10日以降、基本認証を使うアプリからはメールにアクセスできなくなります。最新のアプリに切り替えてください。")
        #expect(n.category == .actionRequired)
        #expect(n.deadline?.description == "2028-02-10")
    }

    @Test func servicesStoppedForAnEmptyBalanceAreBilling() {
        let n = Self.notice(
            from: "noreply@conoha.jp", subject: "【重要】ご利用のサービスを停止しました",
            text: "チャージ残高がなくなり、ご利用料金をお支払いいただけない状態となったため、下記のサービスを停止しました。")
        #expect(n.category == .billing)
    }

    /// A change asked of everyone as a precaution is advisory evidence beside the request to act (which
    /// of the two decides is left to the weighing).
    @Test func aPasswordChangeAskedAsAPrecautionIsAdvisoryEvidence() {
        let n = Self.notice(
            from: "support@hosting-desk.example", subject: "【重要】メールパスワード変更のお願い",
            text: "メールサーバーが外部からの攻撃を受けております。被害を防ぐための予防策として、メールアカウントのパスワードを変更してください。")
        #expect(n.evidence.contains("security-advisory-body"))
        #expect(![.abuse, .securityIncident].contains(n.category))
    }
}

/// Subjects that say what a critical notice is, so that the rules decide it (high confidence) and it
/// does not wait under "Not understood" on the learned model's guess.
struct CriticalSubjectFormTests {
    @Test(arguments: [
        (
            "AWS Notification - Abuse: denial of service activity reported from your resources",
            DigestModel.Category.abuse
        ),
        ("Amazon SES Enforcement Notification for AWS Account 100200300400", .abuse),
        ("Your Droplet has been taken offline: outbound denial of service detected", .abuse),
        ("Ticket #44120: Open recursive resolver on 203.0.113.140", .abuse),
        ("Linode Ticket [22940001] - Phishing Spam from app-server-01", .abuse),
        ("[Action Required] Publicly accessible Google API key for project ledger-9", .securityIncident),
    ])
    func theSubjectDecides(subject: String, category: DigestModel.Category) {
        let n = JudgementTests.notice(
            from: "support@hosting-desk.example", name: "", subject: subject,
            text: "Please see the details in your account.",
            sent: "2027-10-05T09:00:00Z")
        #expect(n.category == category)
        #expect(n.rule != Group.learnedModelRule)
    }
}
