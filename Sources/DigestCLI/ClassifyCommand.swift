import ArgumentParser
import DigestClassify
import DigestIngest
import DigestModel
import Foundation

/// `notice-digest classify FILE`: explains how each message of a file is classified.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Explain one message (or each message of an mbox): the rule that fired and what was extracted.")

    @Argument(help: "An .eml file, an mbox or a Maildir.")
    var file: String

    @Option(help: "A rules file that extends or overrides the default rules by id.")
    var rules: String?

    func run() throws {
        let classifier = Classifier(rules: try RuleSet.effective(userFile: rules))
        let plan = try InputScanner.plan([file])
        for item in plan.rejected { print("\(item.source): unreadable: \(item.reason)") }
        for unit in plan.units {
            Ingest.read(unit) { item in
                switch item {
                case .unreadable(let entry):
                    print("\(entry.source): unreadable: \(entry.reason)\n")
                case .message(let message):
                    print(Self.explain(message, classifier: classifier))
                }
            }
        }
    }

    static func explain(_ message: Message, classifier: Classifier) -> String {
        let notice = classifier.classify(message)
        let normalized = SubjectNormalizer.normalize(message.subject)
        let body = SubjectNormalizer.foldWhitespace(message.text, limit: 6000)
        let decision = classifier.decide(
            subject: normalized.topic, body: body, from: message.from?.address.lowercased() ?? "")
        var lines = [
            "source:      \(message.source)",
            "message-id:  \(notice.id)",
            "from:        \(message.from.map { "\($0.name) <\($0.address)>" } ?? "(none)")",
            "date:        \(message.date.map { ISO8601DateFormatter().string(from: $0) } ?? "(none)")",
            "subject:     \(message.subject)",
            "normalised:  \(normalized.text)",
            "category:    \(notice.category.rawValue) (rule \(notice.rule): \(decision.reasons.joined(separator: "; ")))",
            "reminder:    \(notice.reminder ? "yes" : "no")",
            "action:      \(notice.actionRequired ? "required" : "none")",
            "accounts:    \(notice.accounts.isEmpty ? "(none)" : notice.accounts.joined(separator: ", "))",
            "regions:     \(notice.regions.isEmpty ? "(none)" : notice.regions.joined(separator: ", "))",
            "services:    \(notice.services.isEmpty ? "(none)" : notice.services.joined(separator: ", "))",
            "deadline:    \(notice.deadline.map { "\($0) — \"\(notice.deadlineEvidence ?? "")\"" } ?? "(none)")",
            "trust:       \(notice.trust.rawValue) — \(notice.trustReason)",
            "group key:   \(notice.groupKey)",
        ]
        lines.append("")
        return lines.joined(separator: "\n")
    }
}
