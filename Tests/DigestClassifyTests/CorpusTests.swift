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

    /// The half the rules were tuned on meets the targets of issue 9.
    @Test func tunedHalfMeetsTheTargets() throws {
        let s = try Self.score(half: "tune")
        print("corpus, tuned half: " + s.summary)
        #expect(s.share(s.category, of: s.total) >= 0.95, "\(s.summary)\n\(s.misses.joined(separator: "\n"))")
        #expect(s.criticalFound == s.critical, "\(s.summary)")
        #expect(s.share(s.deadline, of: s.dated) >= 0.90, "\(s.summary)")
        #expect(s.share(s.falseDeadlines, of: s.undated) <= 0.05, "\(s.summary)")
        #expect(s.share(s.low, of: s.total) <= 0.10, "\(s.summary)")
        #expect(s.accounts == s.total, "\(s.summary)")
    }

    /// The scored half, never tuned on: a floor at what it measured when the rules were last
    /// frozen (2026-12-05: category 122/134, critical 37/41, deadline 84/93, false deadlines 3/41,
    /// low confidence 9/134), below issue 9's targets (95 %, all, 90 %, 5 %, 10 %) where it falls
    /// short; a change that loses ground on notices it was not written for fails here.
    @Test func scoredHalfHoldsItsGround() throws {
        let s = try Self.score(half: "score")
        print("corpus, scored half: " + s.summary)
        #expect(s.share(s.category, of: s.total) >= 0.90, "\(s.summary)")
        #expect(s.share(s.criticalFound, of: s.critical) >= 0.90, "\(s.summary)")
        #expect(s.share(s.deadline, of: s.dated) >= 0.90, "\(s.summary)")
        #expect(s.share(s.falseDeadlines, of: s.undated) <= 0.08, "\(s.summary)")
        #expect(s.share(s.low, of: s.total) <= 0.10, "\(s.summary)")
    }
}
