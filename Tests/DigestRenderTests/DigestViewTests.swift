import DigestModel
import Foundation
import Testing

@testable import DigestRender

struct DigestViewTests {
    static func group(
        _ id: String, _ category: DigestModel.Category, deadline: String?, trust: Trust = .verified,
        title: String? = nil, accounts: [String] = ["111111111111", "222222222222"], services: [String] = ["RDS"]
    ) -> Group {
        Group(
            id: id, category: category, title: title ?? "Notice \(id)", services: services,
            deadline: deadline.flatMap(Day.init), deadlineEvidence: nil, accounts: accounts, regions: [],
            messageCount: 2, trust: trust, trustReason: "", reminders: 0, firstReceived: nil, lastReceived: nil,
            excerpt: "", sender: "")
    }

    static func digest(_ groups: [Group]) -> Digest {
        Digest(
            month: "2026-11", period: nil, sources: ["/srv/archive/2026-11/notices.mbox"],
            counts: Counts(
                messages: groups.reduce(0) { $0 + $1.messageCount }, groups: groups.count, unreadable: 0, outside: 0,
                accounts: 2),
            groups: groups, log: MessageLog(), unreadable: [])
    }

    @Test func deadlinesFallIntoBucketsFromTheReportDate() {
        let groups = [
            Self.group("a", .actionRequired, deadline: "2026-11-29"),
            Self.group("b", .maintenance, deadline: "2026-12-07"),
            Self.group("c", .pricing, deadline: "2026-12-30"), Self.group("d", .actionRequired, deadline: "2027-01-01"),
            Self.group("e", .actionRequired, deadline: nil),
            Self.group("f", .abuse, deadline: "2026-12-01", trust: .suspicious),
        ]
        let view = DigestView(Self.digest(groups), asOf: Day("2026-11-30")!)
        #expect(view.buckets.map(\.id) == ["overdue", "week", "month", "later"])
        #expect(view.buckets.map { $0.lines.map(\.title) } == [["Notice a"], ["Notice b"], ["Notice c"], ["Notice d"]])
        #expect(view.buckets[1].lines[0].deadlineText == "by 7 Dec 2026")
        #expect(view.buckets[0].lines[0].deadlineText == "overdue since 29 Nov 2026")
        #expect(view.buckets[0].lines[0].overdue)
        let ja = DigestView(Self.digest(groups), asOf: Day("2026-11-30")!, language: .ja)
        #expect(ja.buckets[1].lines[0].deadlineText == "2026年12月7日まで")
    }

    /// The registry's providers are named; senders that are none of them are counted, not listed (a
    /// month can hold dozens of SaaS and hosting domains).
    @Test func providersAreNamedAndOtherSendersCounted() {
        var groups = [Self.group("a", .actionRequired, deadline: nil), Self.group("b", .billing, deadline: nil)]
        groups[1].provider = "github"
        groups[1].providerName = "GitHub"
        for (index, domain) in ["vendor-one.example", "vendor-two.example", "vendor-two.example"].enumerated() {
            var other = Self.group("o\(index)", .informational, deadline: nil)
            other.provider = "other"
            other.providerName = domain
            groups.append(other)
        }
        var phish = Self.group("p", .abuse, deadline: nil, trust: .suspicious)
        phish.provider = "azure"
        phish.providerName = "Microsoft Azure"
        groups.append(phish)
        groups[0].providerName = "Amazon Web Services"
        let view = DigestView(Self.digest(groups), asOf: Day("2026-11-30")!)
        #expect(view.providersText == "Amazon Web Services, GitHub, 2 other senders")
        let ja = DigestView(Self.digest(groups), asOf: Day("2026-11-30")!, language: .ja)
        #expect(ja.providersText == "Amazon Web Services, GitHub, その他の送信元 2 件")
    }

    @Test func trendIsTheChangeAgainstThePreviousMonth() {
        let groups = [Self.group("a", .actionRequired, deadline: nil), Self.group("b", .actionRequired, deadline: nil)]
        let view = DigestView(
            Self.digest(groups), asOf: Day("2026-11-30")!, previous: ("2026-10", [.actionRequired: 5, .billing: 1]))
        let rows = Dictionary(uniqueKeysWithValues: view.categories.map { ($0.id, $0.change) })
        #expect(rows["action-required"] == "−3")
        #expect(rows["billing"] == "−1")
    }

    @Test func manyNoticesOfOneKindAreOneOverviewLine() {
        let reports = (1...40).map {
            Self.group(
                "r\($0)", .abuse, deadline: "2026-12-0\($0 % 9 + 1)", title: "Your AWS Abuse Report [\(9000 + $0)]",
                accounts: [String(format: "%012d", $0)], services: ["EC2"])
        }
        let view = DigestView(Self.digest(reports), asOf: Day("2026-11-30")!)
        #expect(view.sections.count == 1)
        #expect(view.sections[0].kinds.count == 1)
        let line = view.sections[0].kinds[0]
        #expect(line.countText == "40 notices")
        #expect(line.accountsText == "40 accounts")
        #expect(line.link.hasPrefix("category-abuse.html#k-"))
        #expect(view.actions.count == 1)
        #expect(view.actions[0].when == "by 1 Dec 2026")
    }

    @Test func topActionsPutCriticalFirstThenWhatIsDueSoonest() {
        let groups = [
            Self.group("late", .actionRequired, deadline: "2026-11-10", title: "Runtime ended"),
            Self.group("soon", .actionRequired, deadline: "2026-12-03", title: "Certificate expires"),
            Self.group("month", .maintenance, deadline: "2026-12-20", title: "Host maintenance"),
            Self.group("key", .securityIncident, deadline: nil, title: "Access key exposed"),
            Self.group("news", .informational, deadline: nil, title: "New region"),
        ]
        let view = DigestView(Self.digest(groups), asOf: Day("2026-11-30")!)
        #expect(
            view.actions.map(\.title) == [
                "Access key exposed", "Certificate expires", "Host maintenance", "Runtime ended",
            ])
        #expect(view.actions[0].when == "now")
        #expect(view.actions[3].overdue)
        #expect(view.actions[1].link == "category-action-required.html#soon")
    }

    @Test func aKindPartlyOverdueAndPartlyDueSoonIsRankedByWhatIsDueSoon() {
        let groups = [
            Self.group("old", .maintenance, deadline: "2026-11-10", title: "Scheduled reboot on November 10, 2026"),
            Self.group("new", .maintenance, deadline: "2026-12-03", title: "Scheduled reboot on December 3, 2026"),
            Self.group("late", .actionRequired, deadline: "2026-11-05", title: "Runtime ended"),
        ]
        let view = DigestView(Self.digest(groups), asOf: Day("2026-11-30")!)
        #expect(view.actions.map(\.title) == ["Scheduled reboot on …", "Runtime ended"])
        #expect(view.actions[0].when == "by 3 Dec 2026")
    }

    @Test func billingCountsUnderBillingNotUnderEveryServiceBilled() {
        let groups = [
            Self.group("bill", .billing, deadline: nil, services: ["EC2", "KMS", "S3"]),
            Self.group("ec2", .maintenance, deadline: nil, services: ["EC2"]),
        ]
        let counts = DigestView.serviceCounts(groups, serviceName: { $0 })
        #expect(counts.map(\.name) == ["BILLING", "EC2"])
    }

    @Test func theInputIsShownByFileNameAndNumbersHaveSeparators() {
        var groups: [Group] = []
        for index in 0..<3 { groups.append(Self.group("g\(index)", .informational, deadline: nil)) }
        var digest = Self.digest(groups)
        digest.counts = Counts(messages: 12_345, groups: 3, unreadable: 0, outside: 0, accounts: 1)
        let view = DigestView(digest, asOf: Day("2026-11-30")!)
        #expect(view.sourcesText == "notices.mbox")
        #expect(view.messages == "12,345 messages")
        #expect(view.accounts == "1 account")
        #expect(DigestView(digest, asOf: Day("2026-11-30")!, language: .ja).monthTitle == "2026年11月")
    }

    @Test func suspiciousSendersAreCountedOnTheirOwnLineOnly() {
        let groups = [
            Self.group("a", .abuse, deadline: nil), Self.group("f", .abuse, deadline: nil, trust: .suspicious),
        ]
        let view = DigestView(Self.digest(groups), asOf: Day("2026-11-30")!)
        #expect(view.categories.first { $0.id == "abuse" }?.groups == 1)
        #expect(view.summary.suspicious.groups == 1)
        #expect(view.suspicious.first?.link.hasPrefix("suspicious.html#") == true)
        #expect(view.glance[0].value == "1")
    }
}
