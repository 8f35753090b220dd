import DigestModel
import Foundation
import Testing

@testable import DigestClassify

/// What the review of the sixth session's rules found (each probe in our own words): rules that hid a
/// critical notice, invented one, flagged genuine mail, or misread a date.
struct ReviewFindingsTests {
    static func notice(
        from: String = "no-reply-aws@amazon.com", name: String = "", subject: String, text: String,
        sent: String = "2027-06-15T09:00:00Z"
    ) -> Notice {
        JudgementTests.notice(from: from, name: name, subject: subject, text: text, sent: sent)
    }

    static let critical: [DigestModel.Category] = [.abuse, .securityIncident]

    @Test(arguments: [
        "お客様のアカウントへの不正アクセスを検知しましたが、現時点でデータの流出は確認されておりません。",
        "IAM ユーザーの認証情報が侵害されましたが、ルートユーザーへの影響はありません。",
        "Our monitoring flagged indicators of compromise associated with your EC2 instance i-0abc1234def567890.",
        "We believe an account takeover occurred on your account last night.",
        "There is evidence of compromise on your instance web-01.",
    ])
    func aDenialOfSomethingElseOrAnotherWordingStillReportsTheCompromise(text: String) {
        #expect(Self.notice(subject: "Your account", text: text).category == .securityIncident)
    }

    @Test(arguments: [
        "Use Amazon Detective to investigate findings and to look for signs of compromise.",
        "If your account has been taken over, reset your password and contact support right away.",
        "This flaw can be exploited only when an attacker has access to your cluster's network.",
        "为防止密钥泄露，请定期轮换密钥，并防止服务器被入侵。",
        "Following the recent security incident at a CI vendor (we were not affected), consider rotating any tokens you stored there.",
    ])
    func adviceAndConditionsAreNoIncident(text: String) {
        let n = Self.notice(subject: "Security best practices", text: text)
        #expect(!Self.critical.contains(n.category) || n.rule == Group.learnedModelRule)
        #expect(n.evidence.allSatisfy { !["security-incident-body", "abuse-report-body"].contains($0) })
    }

    @Test func anAbuseReportThatMentionsAnotherResolvedTicketIsStillAbuse() {
        let n = Self.notice(
            subject: "Your AWS Abuse Report [55120034] [AWS ID 100200300400]",
            text: """
                We have received a report that your instance i-0aaa1111bbbb2222c is scanning other hosts. Please stop
                the activity and reply within 24 hours. We have now resolved the ticket for your other instance.
                """)
        #expect(n.category == .abuse)
    }

    @Test(arguments: [
        ("Spam reports now appear in the activity feed", "The activity feed now shows spam reports for each message."),
        ("New sending dashboard", "The dashboard shows the abuse complaints your account receives, by day."),
        ("新機能のお知らせ", "新しい垃圾邮件过滤器は迷惑メールを自動で振り分けます。"),
    ])
    func featureNewsAboutAbuseIsNoAbuse(subject: String, text: String) {
        let n = Self.notice(from: "news@example-mail.com", subject: subject, text: text)
        #expect(n.category != .abuse)
    }

    @Test func theProvidersOwnBreachFromAThirdPartyIsAnIncidentNotAbuse() {
        let n = Self.notice(
            from: "info@sakura.ad.jp", subject: "第三者からの不正アクセスに関するご報告",
            text: "弊社サーバーが第三者からの不正アクセスを受け、お客様情報が閲覧された可能性があります。")
        #expect(n.category == .securityIncident)
    }

    @Test func aReplyDateThatHasPassedIsOverdue() {
        let n = Self.notice(
            subject: "Your AWS Abuse Report [55120035] [AWS ID 100200300400]",
            text: "We have received a report of spam from your instance. You were required to reply by June 12, 2027.")
        #expect(n.deadline?.description == "2027-06-12")
    }

    @Test func selfHostedToolsAndStatusPagesAreNotImpersonation() {
        let gitlab = Self.notice(
            from: "gitlab@gitlab.example-corp.com", name: "GitLab", subject: "Your personal access token expires soon",
            text: "Your token ci-deploy expires on June 22, 2027.")
        #expect(gitlab.trust != .suspicious)
        let status = Self.notice(
            from: "noreply@githubstatus.com", name: "GitHub Status", subject: "Incident resolved",
            text: "The incident with Actions has been resolved.")
        #expect(status.trust == .verified)
    }

    @Test func aRelayIsAboutTheProviderItsTextIsAbout() {
        let named = Self.notice(
            from: "alerts@msp-partner.example", subject: "Access key exposed on GitHub",
            text:
                "Amazon Web Services has detected that your access key for account 100200300400 is publicly available.")
        #expect(named.provider == "aws")
        let forms = Self.notice(
            from: "tickets@msp-partner.example", subject: "Instance retirement",
            text: "Your instance i-0aaa1111bbbb2222c in us-east-1 will be retired on July 1, 2027.")
        #expect(forms.provider == "aws")
    }

    @Test func aVoicingMarkOutsideJapaneseStillHidesNothing() {
        let n = Self.notice(
            from: "billing@pay-desk.example", name: "Am\u{3099}azon Web Services", subject: "Your account",
            text: "Please confirm your payment details.")
        #expect(n.trust == .suspicious)
    }

    @Test func yearlessDatesAcrossTheYearAndInARange() {
        let january = DeadlineExtractor.dates(
            in: "12月28日に有効期限が切れました。", sent: ISO8601DateFormatter().date(from: "2028-01-05T09:00:00Z"))
        #expect(january.map(\.date.description) == ["2027-12-28"])
        let range = DeadlineExtractor.dates(
            in: "7月1日から7月31日までに手続きしてください。", sent: ISO8601DateFormatter().date(from: "2027-06-10T09:00:00Z"))
        #expect(Set(range.map(\.date.description)) == ["2027-07-01", "2027-07-31"])
    }

    @Test func slashDatesOfOneSentenceShareTheirOrder() {
        let dates = DeadlineExtractor.dates(
            in: "The window runs from 30/06/2027 22:00 to 01/07/2027 02:00.",
            sent: ISO8601DateFormatter().date(from: "2027-06-10T09:00:00Z"))
        #expect(Set(dates.map(\.date.description)) == ["2027-06-30", "2027-07-01"])
    }

    @Test func aNoticesOwnDateFieldStillPlacesTheWork() {
        let n = Self.notice(
            from: "noc@dc-example.jp", subject: "Scheduled maintenance of the core switch",
            text: "Date: Tue, Jul 27, 2027 at 2:00 AM\nExpected downtime: 10 minutes", sent: "2027-07-20T09:00:00Z")
        #expect(n.deadline?.description == "2027-07-27")
    }
}
