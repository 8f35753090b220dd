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
                ("subject", rule.subject), ("body", rule.body), ("body-also", rule.bodyAlso), ("from", rule.from),
                ("event-type", rule.eventType),
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
            let policy = set.learned
            /// "when the learned model is at least 80 % sure …", or that it never is heard there.
            func when(_ setting: LearnedModelPolicy.Setting, _ then: String) -> String {
                guard case .atLeast = policy.threshold(setting) else { return "never (\(setting.rawValue): false)" }
                return "when the learned model is at least \(policy.threshold(setting)) sure" + then
                    + " (medium confidence)"
            }
            print(
                "(no rule holds) -> its guess " + when(.guess, "")
                    + "; else informational with low confidence; either is listed as not understood")
            print(
                "(only cues hold) -> abuse or security-incident " + when(.critical, " of it") + "; another category "
                    + when(
                        .overCue,
                        " of that, the cue is alone or the rules disagree, and the notice's opening reads the same")
                    + "; else the first cue")
            print(
                "(a strong statement holds, nothing critical) -> another category "
                    + when(.overStrong, " of it, the rules disagree, and the notice's opening reads the same")
                    + "; else the statement")
            print(
                "(critical evidence holds) -> never overridden; and a guess heard over a rule makes a notice critical only"
                    + " as the critical threshold allows")
        }
        for provider in set.providers {
            print("provider \(provider.id) (\(provider.name)): sends from \(provider.domains.joined(separator: ", "))")
        }
    }
}
