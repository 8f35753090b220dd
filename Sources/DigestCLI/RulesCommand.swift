import ArgumentParser
import DigestClassify
import Foundation

/// `notice-digest rules`: prints the effective rule set, or checks a rules file.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Print the effective rules in the order they are tried, or check a rules file.")

    @Option(help: "Check this rules file and report the first problem (file, line, rule).")
    var check: String?

    @Option(help: "A rules file to apply on top of the defaults before printing.")
    var rules: String?

    func run() throws {
        if let check {
            let set = try RuleSet.load(file: check, displayName: check)
            print("\(check): OK, \(set.rules.count) rules")
            return
        }
        let set = try RuleSet.effective(userFile: rules)
        print("# rules tried top to bottom; the first that holds decides (files: \(set.files.joined(separator: ", ")))")
        for rule in set.rules {
            var parts = ["\(rule.id) -> \(rule.category.rawValue)  [\(rule.origin)]"]
            for (name, patterns) in [("subject", rule.subject), ("body", rule.body), ("from", rule.from)]
            where !patterns.isEmpty {
                parts.append("    \(name): " + patterns.map { "/\($0.source)/" }.joined(separator: " | "))
            }
            print(parts.joined(separator: "\n"))
        }
        print("fallback -> informational")
        print("provider domains: \(set.providerDomains.joined(separator: ", "))")
    }
}
