import DigestIngest
import DigestModel
import Fixtures
import Foundation
import Testing

@testable import DigestClassify

/// The labelled corpus of notices written after real, public AWS notices (Tests/Fixtures/Resources/corpus,
/// labels.json beside the texts, labelled by reading them): the classifier's measured accuracy.
struct CorpusTests {
    struct Label: Decodable {
        var file: String
        var category: String
        var services: [String]
        var accounts: [String]
        var regions: [String]
        var deadline: String?
        var trust: String
        var reminder: Bool
    }

    struct Score {
        var total = 0
        var category = 0
        var deadline = 0
        var accounts = 0
        var regions = 0
        var services = 0
        var trust = 0
        var reminder = 0
        var confusion: [String: Int] = [:]
        var misses: [String] = []

        func percent(_ hits: Int) -> Double { total == 0 ? 0 : 100 * Double(hits) / Double(total) }
    }

    static func score() throws -> Score {
        let folder = Fixtures.resources.appendingPathComponent("corpus")
        let labels = try JSONDecoder().decode(
            [Label].self, from: Data(contentsOf: folder.appendingPathComponent("labels.json")))
        let classifier = Classifier(rules: try RuleSet.defaults())
        var score = Score()
        for label in labels {
            let path = folder.appendingPathComponent(label.file).path
            var notices: [Notice] = []
            Ingest.read(InputUnit(path: path, format: .message)) { item in
                if case .message(let message) = item { notices.append(classifier.classify(message)) }
            }
            guard let notice = notices.first else {
                score.misses.append("\(label.file): not read")
                score.total += 1
                continue
            }
            score.total += 1
            if notice.category.rawValue == label.category {
                score.category += 1
            } else {
                score.confusion["\(label.category) → \(notice.category.rawValue)", default: 0] += 1
                score.misses.append(
                    "\(label.file): category \(notice.category.rawValue) (rule \(notice.rule)), label \(label.category)"
                )
            }
            if notice.deadline?.description == label.deadline {
                score.deadline += 1
            } else {
                score.misses.append(
                    "\(label.file): deadline \(notice.deadline?.description ?? "none"), label \(label.deadline ?? "none")"
                )
            }
            if notice.accounts == label.accounts.sorted() {
                score.accounts += 1
            } else {
                score.misses.append("\(label.file): accounts \(notice.accounts), label \(label.accounts)")
            }
            if notice.regions == label.regions.sorted() { score.regions += 1 }
            if notice.services == label.services.sorted() { score.services += 1 }
            if notice.trust.rawValue == label.trust {
                score.trust += 1
            } else {
                score.misses.append("\(label.file): trust \(notice.trust.rawValue), label \(label.trust)")
            }
            if notice.reminder == label.reminder { score.reminder += 1 }
        }
        return score
    }

    @Test func classifierMeetsTheThresholdsOnTheCorpus() throws {
        let s = try Self.score()
        let report = String(
            format:
                "corpus: %d notices; category %.1f%%, deadline %.1f%%, accounts %.1f%%, regions %.1f%%, services %.1f%%, trust %.1f%%, reminder %.1f%%",
            s.total, s.percent(s.category), s.percent(s.deadline), s.percent(s.accounts), s.percent(s.regions),
            s.percent(s.services), s.percent(s.trust), s.percent(s.reminder))
        print(report)
        print(
            "confusion (label → classified): "
                + s.confusion.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", "))
        for miss in s.misses { print("  miss: " + miss) }
        #expect(s.total >= 100)
        #expect(s.percent(s.category) >= 95, "\(report)")
        #expect(s.percent(s.deadline) >= 90, "\(report)")
        #expect(s.accounts == s.total, "\(report)")
    }
}
