import DigestClassify
import DigestModel
import Foundation
import Testing

@testable import DigestAggregate

/// Builds notices the way the pipeline does, from messages written after real notice shapes.
struct GroupingTests {
    static let classifier = Classifier(rules: try! RuleSet.defaults())
    static let utc = TimeZone(identifier: "UTC")!

    static func message(
        id: String, account: String, subject: String, body: String, date: String = "2026-11-10T09:00:00Z",
        from: String = "no-reply-aws@amazon.com", offset: Int = 0
    ) -> Message {
        Message(
            messageID: id, date: ISO8601DateFormatter().date(from: date),
            from: Address(name: "Amazon Web Services", address: from),
            to: [Address(address: "aws-root+\(account)@example.com")], subject: subject, text: body,
            source: SourceLocation(path: "month.mbox", offset: offset))
    }

    static func rdsNotice(account: String, instances: [String], id: String) -> Message {
        let list = instances.map { "  - \($0) (us-east-1)" }.joined(separator: "\n")
        return message(
            id: id, account: account, subject: "[Action Required] Amazon RDS SSL/TLS certificate rotation",
            body: """
                Hello,

                You are receiving this message because your AWS account \(account) has Amazon RDS DB instances
                that use the rds-ca-2019 certificate authority. Please rotate the certificate authority
                of these instances before December 1, 2026 to avoid interrupted connections.

                Affected DB instances:
                \(list)

                Sincerely, Amazon Web Services
                """)
    }

    static func retirement(account: String, instance: String, day: String, id: String) -> Message {
        message(
            id: id, account: account,
            subject: "[Retirement Notification] Amazon EC2 Instance scheduled for retirement.",
            body: """
                Dear Amazon EC2 Customer,

                We have important news about your account (AWS Account ID: \(account)). EC2 has detected degradation
                of the underlying hardware hosting your Amazon EC2 instance \(instance) in the eu-west-1 region.
                Due to this degradation your instance could already be unreachable. Your instance will be retired on
                \(day) after which it will be stopped or terminated.
                """)
    }

    func aggregate(_ messages: [Message], month: Month? = Month("2026-11")) -> Digest {
        var aggregator = Aggregator(month: month, timeZone: Self.utc)
        for message in messages { aggregator.add(Self.classifier.classify(message)) }
        return aggregator.digest(sources: ["month.mbox"])
    }

    @Test(arguments: [
        ("Amazon RDS maintenance [AWS Account: 1234-5678-9012]", "Amazon RDS maintenance"),
        ("Amazon RDS maintenance [AWS Account ID 123456789012] ", "Amazon RDS maintenance"),
        ("Amazon RDS maintenance [aws account:123456789012]", "Amazon RDS maintenance"),
        ("Amazon RDS maintenance [Reminder]", "Amazon RDS maintenance [Reminder]"),
        ("Billing Statement Available [Account: 123456789012]", "Billing Statement Available"),
        ("請求書が利用可能になりました [アカウント: 123456789012]", "請求書が利用可能になりました"),
        ("サポート終了のお知らせ [AWS アカウント: 123456789012]", "サポート終了のお知らせ"),
        ("Exposed key for AWS Account 123456789012", "Exposed key for AWS Account 123456789012"),
    ])
    func titleDropsTheAccountSuffixOnly(subject: String, title: String) {
        #expect(Accumulator.title(subject) == title)
    }

    @Test func copiesToManyAccountsAreOneGroup() {
        let digest = aggregate([
            Self.rdsNotice(account: "111111111111", instances: ["db-a"], id: "m1"),
            Self.rdsNotice(account: "222222222222", instances: ["db-b", "db-c", "db-d"], id: "m2"),
            Self.rdsNotice(account: "333333333333", instances: ["orders-1", "orders-2"], id: "m3"),
        ])
        #expect(digest.groups.count == 1)
        let group = digest.groups[0]
        #expect(group.accounts == ["111111111111", "222222222222", "333333333333"])
        #expect(digest.messageIds(of: group) == ["m1", "m2", "m3"])
        #expect(group.messageCount == 3)
        #expect(group.category == .actionRequired)
        #expect(group.deadline == Day("2026-12-01"))
        #expect(digest.messages.allSatisfy { $0.groupId == group.id })
    }

    @Test func sameSubjectDifferentRetirementsStayApart() {
        let digest = aggregate([
            Self.retirement(
                account: "111111111111", instance: "i-0a1b2c3d4e5f60718", day: "November 20, 2026", id: "r1"),
            Self.retirement(
                account: "222222222222", instance: "i-0f9e8d7c6b5a40312", day: "November 27, 2026", id: "r2"),
        ])
        #expect(digest.groups.count == 2)
    }

    @Test func suspiciousLookAlikeNeverJoinsGenuineNotice() {
        var fake = Self.rdsNotice(account: "111111111111", instances: ["db-a"], id: "fake")
        fake.from = Address(name: "Amazon Web Services", address: "no-reply@amazonaws-security.com")
        let digest = aggregate([Self.rdsNotice(account: "222222222222", instances: ["db-b"], id: "real"), fake])
        #expect(digest.groups.count == 2)
        #expect(Set(digest.groups.map(\.trust)) == [.verified, .suspicious])
    }

    @Test func countsReconcileWithOutsideAndUnreadable() {
        var aggregator = Aggregator(month: Month("2026-11"), timeZone: Self.utc)
        let inside = Self.rdsNotice(account: "111111111111", instances: ["db-a"], id: "in")
        var before = Self.rdsNotice(account: "222222222222", instances: ["db-b"], id: "before")
        before.date = ISO8601DateFormatter().date(from: "2026-10-31T23:59:59Z")
        var after = Self.rdsNotice(account: "333333333333", instances: ["db-c"], id: "after")
        after.date = ISO8601DateFormatter().date(from: "2026-12-01T00:00:00Z")
        for message in [inside, before, after] { aggregator.add(Self.classifier.classify(message)) }
        aggregator.add(Unreadable(source: "broken.eml", reason: "no From, Subject or Date header: not a message"))
        aggregator.addFound(4)
        let digest = aggregator.digest(sources: [])
        #expect(digest.counts.reconciles)
        #expect(digest.counts.messages == 1)
        #expect(digest.counts.outside == 2)
        #expect(digest.counts.unreadable == 1)
        #expect(digest.counts.read == 4)
        #expect(digest.counts.read == digest.counts.messages + digest.counts.unreadable + digest.counts.outside)
        #expect(digest.groups.reduce(0) { $0 + $1.messageCount } == digest.counts.messages)
    }

    @Test func aMessageThatWentNowhereBreaksTheReconciliation() {
        // The readers found three messages; only two reached the aggregator.
        var aggregator = Aggregator(month: Month("2026-11"), timeZone: Self.utc)
        aggregator.add(Self.classifier.classify(Self.rdsNotice(account: "111111111111", instances: ["db-a"], id: "a")))
        aggregator.add(Self.classifier.classify(Self.rdsNotice(account: "222222222222", instances: ["db-b"], id: "b")))
        aggregator.addFound(3)
        let counts = aggregator.digest(sources: []).counts
        #expect(counts.read == 3)
        #expect(!counts.reconciles)
    }

    @Test func monthIsJudgedInTheGivenTimeZone() {
        var late = Self.rdsNotice(account: "111111111111", instances: ["db-a"], id: "late")
        late.date = ISO8601DateFormatter().date(from: "2026-10-31T16:00:00Z")  // 2026-11-01 01:00 in Tokyo
        var tokyo = Aggregator(month: Month("2026-11"), timeZone: TimeZone(identifier: "Asia/Tokyo")!)
        tokyo.add(Self.classifier.classify(late))
        #expect(tokyo.digest(sources: []).counts.messages == 1)
        var utc = Aggregator(month: Month("2026-11"), timeZone: Self.utc)
        utc.add(Self.classifier.classify(late))
        #expect(utc.digest(sources: []).counts.outside == 1)
    }

    @Test func groupsSortBySeverityThenDeadline() {
        let abuse = Self.message(
            id: "a1", account: "444444444444", subject: "Your AWS Abuse Report [7712345] [AWS ID 444444444444]",
            body:
                "We have received a report that your instance was used to scan other hosts. Please reply within 24 hours."
        )
        let digest = aggregate([Self.rdsNotice(account: "111111111111", instances: ["db-a"], id: "m1"), abuse])
        #expect(digest.groups.map(\.category) == [.abuse, .actionRequired])
    }

    @Test func groupIdIsStableAndOrderIndependent() {
        let messages = [
            Self.rdsNotice(account: "111111111111", instances: ["db-a"], id: "m1"),
            Self.retirement(
                account: "222222222222", instance: "i-0f9e8d7c6b5a40312", day: "November 27, 2026", id: "r2"),
        ]
        let forward = aggregate(messages)
        let backward = aggregate(messages.reversed())
        #expect(forward.groups == backward.groups)
        #expect(forward.groups.allSatisfy { $0.id.hasPrefix("g-") && $0.id.count == 14 })
    }
}

/// Two different notices under the same generic subject, on the same day, stay apart.
struct GenericSubjectTests {
    @Test func sameGenericSubjectDifferentBodiesStayApart() {
        let classifier = Classifier(rules: try! RuleSet.defaults())
        let maintenance = GroupingTests.message(
            id: "n1", account: "111111111111", subject: "AWS Notification",
            body: """
                Hello,

                Amazon Redshift will apply a mandatory patch to your clusters during the next maintenance window
                in the us-east-1 Region. No action is needed; the clusters restart once during the window.
                """)
        let contacts = GroupingTests.message(
            id: "n2", account: "222222222222", subject: "AWS Notification",
            body: """
                Hello,

                Please review the alternate contacts of your AWS account so that billing, operations and security
                messages reach the right people in your organization.
                """)
        var aggregator = Aggregator(month: Month("2026-11"), timeZone: GroupingTests.utc)
        for message in [maintenance, contacts] { aggregator.add(classifier.classify(message)) }
        #expect(aggregator.digest(sources: []).groups.count == 2)
    }
}

/// The older `no-reply-aws@amazon.com` format and the newer `health@aws.com` one with the
/// `[AWS Account: …]` suffix and an AWS Health footer: one notice.
struct SendingFormatTests {
    @Test func bothSendingFormatsOfOneNoticeAreOneGroup() {
        let classifier = Classifier(rules: try! RuleSet.defaults())
        func body(_ account: String) -> String {
            """
            Hello,

            We are contacting you because your AWS account \(account) has Amazon RDS for PostgreSQL 13 DB instances. Amazon RDS
            for PostgreSQL 13 reaches the end of standard support on February 28, 2027. Please upgrade these
            instances to a newer major version before February 28, 2027 to avoid Extended Support charges.
            """
        }
        let older = GroupingTests.message(
            id: "old", account: "111111111111",
            subject: "[Action Required] Upgrade your Amazon RDS for PostgreSQL 13 databases", body: body("111111111111")
        )
        var newer = GroupingTests.message(
            id: "new", account: "222222222222",
            subject:
                "[Action Required] Upgrade your Amazon RDS for PostgreSQL 13 databases [AWS Account: 222222222222]",
            body: body("222222222222") + """


                You are receiving this email because you have an AWS account. To view this event in the AWS Health
                Dashboard, visit https://health.aws.amazon.com/health/home#/account/event-log?eventID=arn:aws:health:us-east-1::event/RDS/AWS_RDS_PLANNED_LIFECYCLE_EVENT/AWS_RDS_PLANNED_LIFECYCLE_EVENT_1a2b3c
                """)
        newer.from = Address(name: "AWS Health", address: "health@aws.com")
        var aggregator = Aggregator(month: Month("2026-11"), timeZone: GroupingTests.utc)
        for message in [older, newer] { aggregator.add(classifier.classify(message)) }
        let digest = aggregator.digest(sources: [])
        #expect(digest.groups.count == 1)
        #expect(digest.groups.first?.accounts == ["111111111111", "222222222222"])
    }
}

/// The English and Japanese versions of one notice are one group; another version number is not.
struct TranslationTests {
    static func group(_ id: String, _ title: String, account: String) -> Group {
        Group(
            id: id, category: .actionRequired, title: title, services: ["LAMBDA"], deadline: Day("2026-12-15"),
            deadlineEvidence: nil, accounts: [account], regions: [], messageCount: 1, trust: .verified, trustReason: "",
            reminders: 0, firstReceived: nil, lastReceived: nil, excerpt: "", sender: "")
    }

    @Test func japaneseVersionJoinsTheEnglishOne() {
        let english = Self.group(
            "g-en", "[Action Required] AWS Lambda end of support for the Python 3.10 runtime", account: "111111111111")
        let japanese = Self.group("g-ja", "【要対応】AWS Lambda における Python 3.10 のサポート終了について", account: "222222222222")
        let other = Self.group("g-ja2", "【要対応】AWS Lambda における Python 3.11 のサポート終了について", account: "333333333333")
        let (groups, renamed) = Aggregator.mergeTranslations([english, japanese, other])
        #expect(groups.map(\.id) == ["g-en", "g-ja2"])
        #expect(groups[0].accounts == ["111111111111", "222222222222"])
        #expect(renamed == ["g-ja": "g-en"])
    }

    static func undated(_ id: String, _ title: String, category: DigestModel.Category, services: [String]) -> Group {
        var group = Self.group(id, title, account: "1111111111\(id.count % 10)1")
        group.category = category
        group.deadline = nil
        group.services = services
        return group
    }

    @Test func undatedTranslationJoinsTheOnlyEnglishVersionThatFits() {
        // The English version names more services in its body; the services need only overlap.
        let english = Self.undated(
            "g-en", "Announcing the general availability of Amazon Bedrock Flows", category: .informational,
            services: ["BEDROCK", "IAM"])
        let japanese = Self.undated(
            "g-ja", "【一般提供開始】Amazon Bedrock Flows が利用可能になりました", category: .informational,
            services: ["BEDROCK"])
        let (groups, renamed) = Aggregator.mergeTranslations([english, japanese])
        #expect(groups.map(\.id) == ["g-en"])
        #expect(renamed == ["g-ja": "g-en"])
    }

    @Test func undatedTranslationWithTwoFittingEnglishNoticesStaysApart() {
        let first = Self.undated(
            "g-en1", "Announcing the general availability of Amazon Bedrock Flows", category: .informational,
            services: ["BEDROCK"])
        let second = Self.undated(
            "g-en2", "Amazon Bedrock Flows now supports prompt caching", category: .informational, services: ["BEDROCK"]
        )
        let japanese = Self.undated(
            "g-ja", "【一般提供開始】Amazon Bedrock Flows が利用可能になりました", category: .informational,
            services: ["BEDROCK"])
        let (groups, _) = Aggregator.mergeTranslations([first, second, japanese])
        #expect(groups.count == 3)
    }

    @Test func japaneseTitleWithoutLatinWordsJoinsOnlyALonePair() {
        let english = Self.undated(
            "g-en", "Amazon Web Services Billing Statement Available", category: .billing, services: ["BILLING"])
        let japanese = Self.undated("g-ja", "アマゾン ウェブ サービスの請求書が利用可能になりました", category: .billing, services: ["BILLING"])
        #expect(Aggregator.mergeTranslations([english, japanese]).0.count == 1)
        let budget = Self.undated(
            "g-en2", "AWS Budgets: team-a has exceeded your alert threshold", category: .billing, services: ["BILLING"])
        #expect(Aggregator.mergeTranslations([english, budget, japanese]).0.count == 3)
    }

    @Test func copiesWithDifferentResourceTablesAndDateFormsAreOneGroup() {
        func notice(_ id: String, account: String, when: String, rows: [String]) -> Message {
            GroupingTests.message(
                id: id, account: account,
                subject: "[Planned Maintenance] Amazon RDS operating system update on \(when)",
                body: """
                    Hello,

                    We will apply an operating system update to the Amazon RDS instances listed below during their
                    maintenance window. The update takes a few minutes and needs no action from you unless you want to
                    apply it earlier.

                    Account | Region | Instance | Engine
                    \(rows.joined(separator: "\n"))

                    Sincerely, Amazon Web Services
                    """)
        }
        let digest = GroupingTests().aggregate([
            notice(
                "m1", account: "111111111111", when: "17 November 2026",
                rows: ["111111111111 | eu-north-1 | orders-db | postgres 15.4"]),
            notice(
                "m2", account: "222222222222", when: "Tuesday, November 17, 2026",
                rows: (1...30).map { "222222222222 | us-east-1 | app-db-\($0) | mysql 8.0.35" }),
        ])
        #expect(digest.groups.count == 1)
        #expect(digest.groups.first?.messageCount == 2)
    }
}
