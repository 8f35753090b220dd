import DigestModel
import Foundation
import Testing

@testable import DigestClassify

/// Found in set K (the boundary between critical notices and everything that talks about security),
/// read once scored; each in our own words.
struct CriticalBoundaryTests {
    static func notice(from: String, subject: String, text: String, sent: String = "2027-07-19T11:00:00Z") -> Notice {
        JudgementTests.notice(from: from, name: "", subject: subject, text: text, sent: sent)
    }

    static let critical: [DigestModel.Category] = [.abuse, .securityIncident]

    @Test func aProductNewsletterThatNamesSecurityFeaturesIsNews() {
        let workspace = Self.notice(
            from: "workspace-noreply@google.com", subject: "What's new in Workspace security — August 2027",
            text: """
                This month: admins can set a quarantine policy for messages with risky attachments, and alert
                center rules can now be exported. Read more at https://workspaceupdates.googleblog.com/.
                No action is required.
                """)
        #expect(!Self.critical.contains(workspace.category))
        #expect(workspace.deadline == nil)
        #expect(workspace.trust == .verified)
        let netlify = Self.notice(
            from: "team@netlify.com", subject: "Netlify monthly: secret scanning and faster builds",
            text:
                "Secret scanning blocks deploys whose output holds a known secret value; you can review blocked deploys."
        )
        #expect(!Self.critical.contains(netlify.category))
    }

    @Test func aQuarantinePolicyAppliedToTheReadersKeyIsStillAnIncident() {
        let n = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "Your AWS account",
            text:
                "We have attached a quarantine policy to the IAM user deploy-bot, whose key appeared on a public site.")
        #expect(n.category == .securityIncident)
    }

    @Test func anAbuseCaseTheProviderResolvesIsNoLongerAbuse() {
        let n = Self.notice(
            from: "ec2-abuse@amazon.com", subject: "Re: Your Amazon EC2 Abuse Report [40177321]",
            text: """
                Thank you for your replies about abuse report 40177321. The scanning came from a misconfigured agent,
                which you have removed. We are therefore resolving this case. No further action is required.
                """)
        #expect(n.category != .abuse)
    }

    @Test(arguments: [
        "本件によりお客様の環境が侵害されたことを示す情報はありません。修正版への更新をご検討ください。",
        "なお、本件に関して、お客さま環境への不正アクセス等の被害は確認されておりません。",
        "この脆弱性が悪用されると、サーバーが不正アクセスを受けるおそれがあります。",
    ])
    func aJapaneseAdvisoryThatDeniesOrSupposesACompromiseIsNoIncident(text: String) {
        let n = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "【セキュリティ情報】OpenSSL の脆弱性について", text: text)
        #expect(!Self.critical.contains(n.category))
    }

    @Test func aRequestAnEarlierNoticeMadeIsNoNewDeadline() {
        let n = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "Your AWS account 100200300400",
            text: """
                On July 14, 2027 we told you about phishing content in the bucket promo-assets (abuse report 5512).
                We asked you to remove the content and to reply within 24 hours. We have not heard from you, so we
                have blocked public access to the bucket.
                """)
        #expect(n.category == .abuse)
        #expect(n.deadline == nil)
    }

    /// A date already past is a deadline only as the event the subject names (the notice is overdue),
    /// not as the history the notice recalls.
    @Test func aPastDateIsOverdueOnlyForTheEventTheSubjectNames() {
        let other = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "[Action Required] Update OpenSSH on your instances",
            text: """
                Update OpenSSH on every instance you run. Amazon Linux 1 reached end of support on December 31, 2023,
                so no fixed package is published for it.
                """)
        #expect(other.deadline == nil)
        let overdue = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "[Action Required] AWS SDK for Go v1 end of support",
            text: "The AWS SDK for Go v1 reached end of support on July 31, 2025. Your account still calls AWS with it."
        )
        #expect(overdue.deadline?.description == "2025-07-31")
    }
}

struct CriticalBoundaryMoreTests {
    @Test func aWarningAboutPhishingThatImitatesTheProviderIsAnAdvisory() {
        let n = CriticalBoundaryTests.notice(
            from: "no-reply-aws@amazon.com", subject: "Important security information",
            text: """
                We are aware of a phishing campaign that impersonates Amazon Web Services and asks recipients to settle
                an unpaid invoice. This message goes to many customers as a precaution; it does not mean that your
                account has been affected. Sign in by typing the console address yourself.
                """)
        #expect(n.category == .securityAdvisory)
    }

    @Test func aConditionsWindowIsNoDeadline() {
        let dates = DeadlineExtractor.dates(
            in: "If the address is blocked again within 30 days, you will need to contact support to unblock it.",
            sent: ISO8601DateFormatter().date(from: "2027-07-26T09:00:00Z"))
        #expect(dates.isEmpty)
    }

    /// The "Date:" line of a forwarded message's header records when the original was sent; the
    /// maintenance window it announces is the date that matters.
    @Test func aForwardedHeadersDateIsNotTheWindow() {
        let n = CriticalBoundaryTests.notice(
            from: "colleague@msp-ops.example", subject: "Fwd: Scheduled maintenance: host updates for 2 servers",
            text: """
                FYI, see below.

                ---------- Forwarded message ---------
                From: Example Cloud <support@example-cloud.com>
                Date: Tue, Jul 27, 2027 at 2:00 AM
                Subject: Scheduled maintenance: host updates for 2 servers

                Maintenance window: 2027-08-09 02:00 to 2027-08-09 06:00 UTC
                """, sent: "2027-07-26T23:50:00Z")
        #expect(n.category == .maintenance)
        #expect(n.deadline?.description == "2027-08-09")
    }
}

struct IntrusionTests {
    @Test(arguments: [
        "お客様の仮想サーバが第三者により不正に侵入された痕跡を検知いたしましたので、ご連絡いたします。",
        "We found a web shell uploaded to /var/www/html/uploads on your server web-02.",
    ])
    func anIntrusionFoundIsAnIncident(text: String) {
        let n = CriticalBoundaryTests.notice(from: "support@hosting-desk.example", subject: "【重要】お知らせ", text: text)
        #expect(n.category == .securityIncident)
    }

    @Test func anIntrusionThatWasNotFoundIsNoIncident() {
        let n = CriticalBoundaryTests.notice(
            from: "support@hosting-desk.example", subject: "【セキュリティ情報】OpenSSH の脆弱性について",
            text: "本脆弱性について調査しましたが、弊社設備への不正侵入は確認されておりません。修正版への更新をご検討ください。")
        #expect(n.category != .securityIncident)
    }

    /// Japanese lists are indented with ideographic spaces: "　・" still starts an item, so each item is
    /// its own sentence.
    @Test func anIdeographicSpaceIndentIsTrimmed() {
        let bytes = Array("　・2027年7月30日 作業".utf8)
        let range = bytes.trimmedRange(0..<bytes.count)
        #expect(String(decoding: bytes[range], as: UTF8.self) == "・2027年7月30日 作業")
        let sentences = DeadlineExtractor.sentences("■対象\n　・2027年8月2日 作業A\n　・2027年8月9日 作業B")
        #expect(sentences.count == 3)
    }
}

struct PolicyChangeTests {
    /// A change to how the provider handles exposed keys is a policy announcement, not an exposure.
    @Test func aChangeToHowExposedKeysAreHandledIsNoIncident() {
        let n = CriticalBoundaryTests.notice(
            from: "CloudPlatform-noreply@google.com",
            subject: "[Action Advised] Change to how exposed service account keys are handled",
            text: "From May 25, 2028 we will disable service account keys that we find exposed in public repositories.")
        #expect(![.abuse, .securityIncident].contains(n.category))
    }
}
