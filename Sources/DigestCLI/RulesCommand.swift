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
            var effective = try RuleSet.defaults()
            effective.apply(set)
            try effective.validate()
            print("\(check): OK, \(set.rules.count) rules, \(set.providers.count) providers")
            return
        }
        let set = try RuleSet.effective(userFile: rules)
        print(
            "# every rule that holds is evidence; critical evidence decides, then strong, then cue, each in this order"
                + " (files: \(set.files.joined(separator: ", ")))")
        for rule in set.rules {
            var parts = ["\(rule.id) -> \(rule.category.rawValue) [\(rule.tier.rawValue)]  [\(rule.origin)]"]
            for (name, patterns) in [
                ("subject", rule.subject), ("body", rule.body), ("from", rule.from), ("event-type", rule.eventType),
                ("event-category", rule.eventCategory),
            ]
            where !patterns.isEmpty {
                parts.append("    \(name): " + patterns.map { "/\($0.source)/" }.joined(separator: " | "))
            }
            if !rule.providers.isEmpty { parts.append("    provider: " + rule.providers.joined(separator: ", ")) }
            if rule.needsActByDate { parts.append("    act-by-date: true") }
            print(parts.joined(separator: "\n"))
        }
        if set.learnedModel == false {
            print("(no rule holds) -> informational, low confidence: not understood (learned-model: false)")
        } else {
            print(
                "(no rule holds) -> the learned model's guess when it is at least "
                    + "\(Int(Classifier.learnedGuess * 100)) % sure (medium confidence), else informational with low confidence; either is listed as not understood"
            )
            print(
                "(only cues hold) -> abuse or security-incident when the learned model is at least "
                    + "\(Int(Classifier.learnedCritical * 100)) % sure of it (medium confidence), else the first cue")
        }
        for provider in set.providers {
            print("provider \(provider.id) (\(provider.name)): sends from \(provider.domains.joined(separator: ", "))")
        }
    }
}
