import DigestModel
import Testing

@testable import DigestClassify

struct RuleSetTests {
    @Test func defaultRulesLoad() throws {
        let set = try RuleSet.defaults()
        #expect(set.rules.count > 10)
        #expect(set.providerDomains.contains("amazon.com"))
    }

    @Test func unknownCategoryNamesFileLineAndRule() {
        let yaml = """
            version: 1
            rules:
              - id: good
                category: billing
                subject: invoice
              - id: bad-one
                category: urgent
                subject: x
            """
        #expect(
            throws: RulesError.invalid(
                file: "local.yaml", line: 7, rule: "bad-one",
                problem:
                    "unknown category 'urgent'; use one of abuse, security-incident, action-required, security-advisory, maintenance, pricing, billing, informational"
            )
        ) {
            try RuleSet.parse(yaml, file: "local.yaml")
        }
    }

    @Test func invalidRegexIsRefused() {
        let yaml = "version: 1\nrules:\n  - id: r1\n    category: abuse\n    subject: '(unclosed'\n"
        #expect(
            throws: RulesError.invalid(
                file: "f.yaml", line: 5, rule: "r1",
                problem:
                    "'subject' pattern /(unclosed/ is not a valid regular expression: missing closing parenthesis at offset 9"
            )
        ) {
            try RuleSet.parse(yaml, file: "f.yaml")
        }
    }

    @Test func newerVersionIsRefused() {
        #expect(throws: RulesError.unsupportedVersion(file: "f.yaml", line: 1, version: 3, supported: 2)) {
            try RuleSet.parse("version: 3\nrules: []\n", file: "f.yaml")
        }
    }

    @Test func unknownKeyAndDuplicateIdAreRefused() {
        #expect(
            throws: RulesError.invalid(
                file: "f.yaml", line: 5, rule: "r1",
                problem:
                    "unknown key 'subjcet'; expected one of act-by-date, body, body-also, category, description, event-category, event-type, from, id, provider, subject, tier, unless, unless-subject"
            )
        ) {
            try RuleSet.parse("version: 1\nrules:\n  - id: r1\n    category: abuse\n    subjcet: x\n", file: "f.yaml")
        }
        let duplicate =
            "version: 1\nrules:\n  - id: r1\n    category: abuse\n    subject: x\n  - id: r1\n    category: billing\n    subject: y\n"
        #expect(
            throws: RulesError.invalid(
                file: "f.yaml", line: 6, rule: "r1", problem: "duplicate id; first defined on line 3")
        ) {
            try RuleSet.parse(duplicate, file: "f.yaml")
        }
    }

    @Test func yamlSyntaxErrorNamesTheLine() {
        do {
            _ = try RuleSet.parse("version: 1\nrules:\n  - id: [unclosed\n", file: "f.yaml")
            Issue.record("expected a syntax error")
        } catch {
            guard case .syntax(let file, let line, _) = error else {
                Issue.record("expected .syntax, got \(error)")
                return
            }
            #expect(file == "f.yaml")
            #expect(line >= 3)
        }
    }

    @Test func userRuleOverridesByIdAndNewRulesComeFirst() throws {
        var set = try RuleSet.defaults()
        let user = try RuleSet.parse(
            """
            version: 1
            rules:
              - id: billing
                category: informational
                subject: 'never-matches-anything-xyz'
              - id: local-vendor
                category: pricing
                subject: 'invoice from acme'
            """, file: "user.yaml")
        set.apply(user)
        let classifier = Classifier(rules: set)
        #expect(set.rules.first?.id == "local-vendor")
        #expect(classifier.decide(subject: "invoice from acme", body: "", from: "").category == .pricing)
        // The replaced rule no longer holds (the learned model may still guess billing, as a guess).
        let invoice = classifier.decide(subject: "your aws invoice is available", body: "", from: "")
        #expect(invoice.rule != "billing")
        #expect(!invoice.evidence.contains { $0.rule == "billing" })
    }
}
