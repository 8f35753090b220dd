import DigestModel
import Foundation
import Testing

@testable import DigestRender

struct DigestViewTests {
    static func group(_ id: String, _ category: DigestModel.Category, deadline: String?, trust: Trust = .verified)
        -> Group
    {
        Group(
            id: id, category: category, title: "Notice \(id)", services: ["RDS"], deadline: deadline.flatMap(Day.init),
            deadlineEvidence: nil, accounts: ["111111111111", "222222222222"], regions: [], messageCount: 2,
            trust: trust, trustReason: "", reminders: 0, firstReceived: nil, lastReceived: nil, excerpt: "", sender: "")
    }

    @Test func deadlinesFallIntoBucketsFromTheReportDate() {
        let asOf = Day("2026-11-30")!
        let groups = [
            Self.group("a", .actionRequired, deadline: "2026-11-29"),
            Self.group("b", .maintenance, deadline: "2026-12-07"),
            Self.group("c", .pricing, deadline: "2026-12-30"), Self.group("d", .actionRequired, deadline: "2027-01-01"),
            Self.group("e", .actionRequired, deadline: nil),
            Self.group("f", .abuse, deadline: "2026-12-01", trust: .suspicious),
        ]
        let buckets = DigestView.buckets(groups, asOf: asOf, language: .en)
        #expect(buckets.map(\.id) == ["overdue", "week", "month", "later"])
        #expect(buckets.map { $0.lines.map(\.title) } == [["Notice a"], ["Notice b"], ["Notice c"], ["Notice d"]])
        #expect(buckets[1].lines[0].date == "7 Dec 2026")
        #expect(DigestView.buckets(groups, asOf: asOf, language: .ja)[1].lines[0].date == "2026年12月7日")
    }

    @Test func trendIsTheChangeAgainstThePreviousMonth() {
        let digest = Digest(
            month: "2026-11", period: nil, sources: [],
            counts: Counts(messages: 4, groups: 2, unreadable: 0, outside: 0, accounts: 2),
            groups: [Self.group("a", .actionRequired, deadline: nil), Self.group("b", .actionRequired, deadline: nil)],
            log: MessageLog(), unreadable: [])
        let view = DigestView(
            digest, asOf: Day("2026-11-30")!, previous: ("2026-10", [.actionRequired: 5, .billing: 1]))
        let rows = Dictionary(uniqueKeysWithValues: view.categories.map { ($0.id, $0.change) })
        #expect(rows["action-required"] == "−3")
        #expect(rows["billing"] == "−1")
    }
}
