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

    @Argument(help: "One or more .eml files, mboxes or Maildirs.")
    var files: [String]

    @Flag(help: "One JSON object per message (what `make eval` scores) instead of the explanation.")
    var json = false

    @Flag(
        help: ArgumentHelp(
            "One JSON object per message with the words the learned model reads (what `make model` trains on).",
            visibility: .hidden))
    var features = false

    @Option(help: "A rules file that extends or overrides the default rules by id.")
    var rules: String?

    func run() throws {
        let classifier = Classifier(rules: try RuleSet.effective(userFile: rules))
        let plan = try InputScanner.plan(files)
        defer { plan.removeSpooled() }
        for item in plan.rejected { print("\(item.source): unreadable: \(item.reason)") }
        for unit in plan.units {
            Ingest.read(unit) { item in
                switch item {
                case .unreadable(let entry):
                    print("\(entry.source): unreadable: \(entry.reason)\n")
                case .supplement(let supplement):
                    print(
                        "\(supplement.source): affected accounts \(supplement.accounts.joined(separator: ", ")) and "
                            + "resources \(supplement.resources.joined(separator: ", ")) of \(supplement.eventArn)\n")
                case .message(let message) where features:
                    var words: [String] = []
                    _ = classifier.classify(message) { words = $0.sorted() }
                    var out = Array(#"{"source": "#.utf8)
                    JSONBytes.append(message.source.description, to: &out)
                    out += Array(#", "features": "#.utf8)
                    JSONBytes.append(words, to: &out)
                    print(String(decoding: out + Array("}".utf8), as: UTF8.self))
                case .message(let message) where json:
                    print(Self.record(classifier.classify(message, explain: true)))
                case .message(let message):
                    print(Self.explain(message, classifier: classifier))
                }
            }
        }
    }

    static func explain(_ original: Message, classifier: Classifier) -> String {
        // What is printed is what the digest would show: secrets and control characters removed.
        let message = Classifier.cleaned(original)
        let notice = classifier.classify(message, explain: true)
        let normalized = SubjectNormalizer.normalize(message.subject)
        let text = notice.subject + "\n" + Extractors.maskingAccessKeys(message.text)
        func list(_ values: [String]) -> String { values.isEmpty ? "(none)" : values.joined(separator: ", ") }
        var lines = [
            "source:      \(message.source)",
            "message-id:  \(notice.id)",
            "from:        \(message.from.map { "\($0.name) <\($0.address)>" } ?? "(none)")",
            "date:        \(message.date.map { ISO8601DateFormatter().string(from: $0) } ?? "(none)")",
            "subject:     \(notice.subject)",
            "normalised:  \(normalized.text)",
            "category:    \(notice.category.rawValue) — rule \(notice.rule), \(notice.confidence.rawValue) confidence",
            "decision:    \(notice.ruleReasons.first ?? "")",
        ]
        lines += notice.ruleReasons.dropFirst().map { "  evidence:  " + $0 }
        lines += [
            "provider:    \(notice.provider)",
            "reminder:    \(notice.reminder ? "yes (the subject starts with a reminder marker)" : "no")",
            "action:      \(notice.actionRequired ? "required" : "none")",
            "trust:       \(notice.trust.rawValue) — \(notice.trustReason)",
        ]
        for (name, values) in [
            ("accounts", notice.accounts), ("regions", notice.regions), ("services", notice.services),
            ("resources", Array(notice.resources.prefix(10))), ("access keys", notice.accessKeys),
        ] {
            lines.append(pad(name) + list(values))
            for value in values.prefix(10) {
                if let line = context(of: value, in: text) { lines.append("               \(value): “\(line)”") }
            }
        }
        lines.append(pad("event ARN") + (notice.eventArn ?? "(none)"))
        lines.append(
            pad("deadline") + (notice.deadline.map { "\($0) — “\(notice.deadlineEvidence ?? "")”" } ?? "(none)"))
        lines.append(pad("timeline") + (notice.dates.isEmpty ? "(no dates)" : ""))
        for dated in notice.dates {
            lines.append("               \(dated.date) [\(dated.kind.rawValue)] “\(dated.evidence)”")
        }
        lines.append(pad("group key") + notice.groupKey)
        lines.append("")
        return lines.joined(separator: "\n")
    }

    /// One line of JSON: the fields `make eval` scores, and the evidence behind the category.
    static func record(_ notice: Notice) -> String {
        var out: [UInt8] = []
        func key(_ name: String) {
            out += out.isEmpty ? Array("{".utf8) : Array(", ".utf8)
            JSONBytes.append(name, to: &out)
            out += Array(": ".utf8)
        }
        key("source")
        JSONBytes.append(notice.source.description, to: &out)
        key("category")
        JSONBytes.append(notice.category.rawValue, to: &out)
        key("rule")
        JSONBytes.append(notice.rule, to: &out)
        key("services")
        JSONBytes.append(notice.services, to: &out)
        key("accounts")
        JSONBytes.append(notice.accounts, to: &out)
        key("regions")
        JSONBytes.append(notice.regions, to: &out)
        key("deadline")
        JSONBytes.append(notice.deadline?.description, to: &out)
        key("deadline_evidence")
        JSONBytes.append(notice.deadlineEvidence, to: &out)
        key("trust")
        JSONBytes.append(notice.trust.rawValue, to: &out)
        key("trust_reason")
        JSONBytes.append(notice.trustReason, to: &out)
        key("reminder")
        out += Array((notice.reminder ? "true" : "false").utf8)
        key("confidence")
        JSONBytes.append(notice.confidence.rawValue, to: &out)
        key("provider")
        JSONBytes.append(notice.provider, to: &out)
        key("evidence")
        JSONBytes.append(notice.evidence, to: &out)
        out += Array("}".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    private static func pad(_ name: String) -> String {
        (name + ":").padding(toLength: 13, withPad: " ", startingAt: 0)
    }

    /// The line of `text` where `value` (or, for a service or region code, its first word) first stands.
    static func context(of value: String, in text: String) -> String? {
        let probes = [value, value.replacingOccurrences(of: "-", with: " ")]
        for line in text.split(separator: "\n") {
            if probes.contains(where: { line.range(of: $0, options: .caseInsensitive) != nil }) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return trimmed.count > 140 ? String(trimmed.prefix(139)) + "…" : trimmed
            }
        }
        return nil
    }
}
