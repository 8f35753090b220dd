import DigestIngest
import DigestModel
import Fixtures
import Foundation
import Testing

@testable import DigestClassify

/// The labelled corpus (Tests/Fixtures/Resources/corpus: notices written after public notices by
/// readers who did not run the tool), split by the public source each follows into a half the rules
/// may be tuned on and a half that is only scored (halves.json, written by `scripts/eval.py
/// --write-halves`; `make eval` prints the same figures and the real-notice set's).
struct CorpusTests {
    struct Label: Decodable {
        var file: String
        var category: String
        var deadline: String?
        var accounts: [String]
        var trust: String
    }

    struct Score {
        var total = 0
        var category = 0
        var critical = 0
        var criticalFound = 0
        var dated = 0
        var deadline = 0
        var undated = 0
        var falseDeadlines = 0
        var low = 0
        var accounts = 0
        var misses: [String] = []

        func share(_ part: Int, of whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }
        var summary: String {
            "\(total) notices; category \(category)/\(total), critical \(criticalFound)/\(critical), deadline \(deadline)/\(dated), false deadlines \(falseDeadlines)/\(undated), low confidence \(low)/\(total)"
        }
    }

    static let folder = Fixtures.resources.appendingPathComponent("corpus")

    static func labels() throws -> [Label] {
        var files = [folder.appendingPathComponent("labels.json")]
        for entry in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let sub = folder.appendingPathComponent(entry).appendingPathComponent("labels.json")
            if FileManager.default.fileExists(atPath: sub.path) { files.append(sub) }
        }
        return try files.flatMap { try JSONDecoder().decode([Label].self, from: Data(contentsOf: $0)) }
    }

    static func halves() throws -> [String: String] {
        try JSONDecoder().decode(
            [String: String].self, from: Data(contentsOf: folder.appendingPathComponent("halves.json")))
    }

    static func score(half: String) throws -> Score {
        let halves = try Self.halves()
        let classifier = Classifier(rules: try RuleSet.defaults())
        var score = Score()
        for label in try labels() where halves[label.file] == half {
            var notices: [Notice] = []
            Ingest.read(InputUnit(path: folder.appendingPathComponent(label.file).path, format: .message)) { item in
                if case .message(let message) = item { notices.append(classifier.classify(message)) }
            }
            score.total += 1
            guard let notice = notices.first else {
                score.misses.append("\(label.file): not read")
                continue
            }
            let critical: Set<String> = ["abuse", "security-incident"]
            if notice.category.rawValue == label.category {
                score.category += 1
            } else {
                score.misses.append("\(label.file): \(notice.category.rawValue), label \(label.category)")
            }
            if critical.contains(label.category) {
                score.critical += 1
                if critical.contains(notice.category.rawValue) { score.criticalFound += 1 }
            }
            if let deadline = label.deadline {
                score.dated += 1
                if notice.deadline?.description == deadline { score.deadline += 1 }
            } else {
                score.undated += 1
                if notice.deadline != nil { score.falseDeadlines += 1 }
            }
            if notice.confidence == .low { score.low += 1 }
            if notice.accounts == label.accounts.sorted() { score.accounts += 1 }
        }
        return score
    }

    @Test func everyLabelledNoticeHasAHalfAndEveryHalfEntryALabel() throws {
        let files = Set(try Self.labels().map(\.file))
        let halves = try Self.halves()
        #expect(files == Set(halves.keys), "run scripts/eval.py --write-halves after changing the corpus")
        #expect(files.count >= 250)
        #expect(try Self.labels().filter { ["abuse", "security-incident"].contains($0.category) }.count >= 40)
    }

    /// The tuned half holds issue 9's targets (95 %, all critical, 90 %, 5 %, 10 %); the scored half,
    /// which no rule was written from and the learned model was not trained on, holds the ground it
    /// measured last (2026-12-05, 252 notices with the fresh aws-wording-6 and -7 batches: category
    /// 229/252, critical 80/82, deadline 163/180, false deadlines 7/72, low confidence 7/252), a
    /// floor against regressions below those targets, which the closing note measures against.
    @Test(arguments: [
        ("tune", 0.95, 1.0, 0.95, 0.03, 0.05),
        ("score", 0.90, 0.97, 0.90, 0.10, 0.05),
    ])
    func halfHoldsItsGround(
        half: String, category: Double, critical: Double, deadline: Double, falseDeadlines: Double, low: Double
    ) throws {
        let s = try Self.score(half: half)
        print("corpus, \(half) half: " + s.summary)
        #expect(s.share(s.category, of: s.total) >= category, "\(s.summary)\n\(s.misses.joined(separator: "\n"))")
        #expect(s.share(s.criticalFound, of: s.critical) >= critical, "\(s.summary)")
        #expect(s.share(s.deadline, of: s.dated) >= deadline, "\(s.summary)")
        #expect(s.share(s.falseDeadlines, of: s.undated) <= falseDeadlines, "\(s.summary)")
        #expect(s.share(s.low, of: s.total) <= low, "\(s.summary)")
    }
}
