import DigestAggregate
import DigestClassify
import DigestIngest
import DigestModel
import Fixtures
import Foundation
import Testing

/// Scores the classifier on the bundled sample month against its sidecar of expected labels.
struct SampleMonthTests {
    struct Label: Decodable {
        var message_id: String?
        var category: String
        var deadline: String?
        var accounts: [String]
        var group: String
        var outside: Bool
        var subject: String
    }

    static let root = Fixtures.repositoryRoot.appendingPathComponent("samples/2026-11")

    static func labels() throws -> [Label] {
        let text = try String(contentsOf: root.appendingPathComponent("notices.labels.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Label.self, from: Data($0.utf8)) }
    }

    static func notices() throws -> [Notice] {
        let classifier = Classifier(rules: try RuleSet.defaults())
        var notices: [Notice] = []
        for unit in try InputScanner.plan([root.appendingPathComponent("notices.mbox").path]).units {
            Ingest.read(unit) { item in
                if case .message(let message) = item { notices.append(classifier.classify(message)) }
            }
        }
        return notices
    }

    @Test func classifierAccuracyOnTheSampleMonth() throws {
        let labels = try Self.labels()
        let notices = try Self.notices()
        try #require(notices.count == labels.count, "every labelled message is read, in file order")
        var categoryHits = 0
        var deadlineHits = 0
        var accountHits = 0
        var confusion: [String: Int] = [:]
        for (label, notice) in zip(labels, notices) {
            if let id = label.message_id { #expect("<\(notice.id)>" == id) }
            if notice.category.rawValue == label.category {
                categoryHits += 1
            } else {
                confusion["\(label.category) -> \(notice.category.rawValue)", default: 0] += 1
            }
            if notice.deadline?.description == label.deadline { deadlineHits += 1 }
            if notice.accounts == label.accounts.sorted() { accountHits += 1 }
        }
        let n = Double(labels.count)
        let percents = String(
            format: "category %.1f%%, deadline %.1f%%, accounts %.1f%%", 100 * Double(categoryHits) / n,
            100 * Double(deadlineHits) / n, 100 * Double(accountHits) / n)
        let confused = confusion.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
        let report = "sample month: \(labels.count) messages; \(percents); confusion \(confused)"
        print(report)
        // No threshold is set for the skeleton; this guards against a collapse of the rules.
        #expect(Double(categoryHits) / n > 0.8, "\(report)")
        #expect(accountHits == labels.count, "\(report)")
    }

    @Test func everyMessageIsAccountedForAndCopiesAreGrouped() throws {
        let labels = try Self.labels()
        var aggregator = Aggregator(month: Month("2026-11"), timeZone: TimeZone(identifier: "UTC")!)
        for notice in try Self.notices() { aggregator.add(notice) }
        let digest = aggregator.digest(sources: [])
        #expect(digest.counts.outside == labels.filter(\.outside).count)
        #expect(digest.counts.messages + digest.counts.outside + digest.counts.unreadable == labels.count)
        #expect(digest.groups.reduce(0) { $0 + $1.messageCount } == digest.counts.messages)
        // Copies of one notice, in English and Japanese alike, land in one digest group.
        let groupOf = Dictionary(uniqueKeysWithValues: digest.messages.map { ("<\($0.messageId)>", $0.groupId) })
        var byLabel: [String: Set<String>] = [:]
        for label in labels where !label.outside {
            guard let id = label.message_id, let group = groupOf[id], label.subject.allSatisfy(\.isASCII) else {
                continue
            }
            byLabel[label.group, default: []].insert(group)
        }
        let split = byLabel.filter { $0.value.count > 1 }.keys.sorted()
        #expect(split.isEmpty, "notices split across groups: \(split)")
        #expect(digest.counts.groups < digest.counts.messages / 2, "copies to many accounts are merged")
    }
}
