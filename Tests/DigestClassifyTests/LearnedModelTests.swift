import DigestModel
import Foundation
import Testing

@testable import DigestClassify

/// The learned model beside the rules: what it reads, how it guesses, and where the classifier hears it.
struct LearnedModelTests {
    static func message(subject: String, text: String, from: String = "support@example-cloud.com") -> Message {
        Message(
            messageID: "lm-\(subject.hashValue)@example",
            date: ISO8601DateFormatter().date(from: "2026-11-10T09:00:00Z"),
            from: Address(name: "Cloud Support", address: from), subject: subject, text: text,
            source: SourceLocation(path: "learned.eml"))
    }

    /// A model small enough to reason about: "intruder" points to a security incident, "webinar" to
    /// informational, "tariff" to pricing.
    static let tiny = LearnedModel(
        categories: [.securityIncident, .pricing, .informational], bias: [0, 0, 0],
        weights: ["intruder": [4, 0, 0], "webinar": [0, 0, 4], "tariff": [0, 3, 0], "s:tariff": [0, 1, 0]])

    @Test func wordsAreLowerCaseLatinRunsAndJapanesePairs() {
        let words = LearnedModel.words(Array("Your Key AKIA1234 was found; it's 3rd-party. 不正アクセス".utf8))
        #expect(
            words == ["your", "key", "akia1234", "was", "found", "it's", "rd", "party", "不正", "正ア", "アク", "クセ", "セス"])
        // One letter is no word, and neither is a lone Japanese character.
        #expect(LearnedModel.words(Array("a b 字 c".utf8)).isEmpty)
    }

    @Test func subjectWordsAreReadTwice() {
        let features = LearnedModel.features(subjects: ["Tariff change"], body: Array("New tariff.".utf8))
        #expect(features == ["tariff", "s:tariff", "change", "s:change", "new"])
    }

    @Test(arguments: [
        ("Tariff news", "An intruder webinar.", 8000), ("Case 1", "webinar webinar tariff intruder", 10),
        ("", "nothing known here", 8000), ("Tariff", "", 0),
    ])
    func theCheapReadingOfAnOpeningAgreesWithTheFullGuess(subject: String, body: String, limit: Int) {
        for excluded in [[], [Category.securityIncident]] {
            let full = Self.tiny.guess(subjects: [subject], body: Array(body.utf8), reading: limit, excluding: excluded)
            let cheap = Self.tiny.category(
                subjects: [subject], body: Array(body.utf8), reading: limit, excluding: excluded)
            #expect(cheap == full.category)
        }
    }

    @Test func theBodyIsReadOnlyToItsLimit() {
        let body = String(repeating: "filler ", count: LearnedModel.bodyBytes / 7 + 10) + "intruder"
        #expect(!LearnedModel.features(subjects: [], body: Array(body.utf8)).contains("intruder"))
    }

    @Test func aGuessWeighsTheWordsPresent() {
        let guess = Self.tiny.guess(["intruder", "hello"])
        #expect(guess.category == .securityIncident)
        #expect(abs(guess.probabilities.values.reduce(0, +) - 1) < 1e-9)
        #expect(guess.probability > 0.9)
        #expect(guess.words == ["intruder"])
        // Nothing known: every category equally likely.
        #expect(abs(Self.tiny.guess(["hello"]).probability - 1.0 / 3) < 1e-9)
    }

    @Test func aModelFileWhoseArraysDisagreeIsRejected() {
        let bad = #"{"categories": ["pricing", "billing"], "bias": [0], "weights": {}}"#
        #expect(throws: (any Error).self) { try LearnedModel(json: Data(bad.utf8)) }
        let unknown = #"{"categories": ["pricing", "gossip"], "bias": [0, 0], "weights": {}}"#
        #expect(throws: (any Error).self) { try LearnedModel(json: Data(unknown.utf8)) }
    }

    @Test func theShippedModelLoadsAndKnowsEveryCategory() {
        #expect(Set(LearnedModel.standard.categories) == Set(Category.allCases))
        #expect(LearnedModel.standard.wordCount > 1000)
    }

    // Where the classifier hears it.

    static let classifier = Classifier(rules: try! RuleSet.defaults(), model: tiny)

    @Test func whenNoRuleHoldsAConfidentGuessFilesTheNoticeWithMediumConfidence() {
        let n = Self.classifier.classify(
            Self.message(subject: "Case 4471", text: "An intruder was seen in the project yesterday."), explain: true)
        #expect(n.category == .securityIncident)
        #expect(n.rule == "learned-model")
        #expect(n.confidence == .medium)
        #expect(
            n.ruleReasons.contains {
                $0.contains("the learned model reads security-incident") && $0.contains("intruder")
            })
    }

    @Test func anUnsureGuessLeavesTheNoticeNotUnderstood() {
        let n = Self.classifier.classify(Self.message(subject: "Case 4472", text: "Hello, a short note for you."))
        #expect(n.category == .informational)
        #expect(n.rule == "fallback")
        #expect(n.confidence == .low)
    }

    @Test func aConfidentCriticalGuessOutweighsCues() throws {
        // Only a cue holds (news words); the model is sure of an incident: the notice is critical,
        // marked as guessed. Without the critical guess the cue decides with medium confidence.
        let text = "We are excited to announce a new console. An intruder was seen in the project."
        let cueOnly = try RuleSet.defaults()
        let plain = Classifier(rules: cueOnly, model: nil).classify(Self.message(subject: "Case 4473", text: text))
        #expect(plain.category == .informational)
        #expect(plain.confidence == .medium)
        let heard = Self.classifier.classify(Self.message(subject: "Case 4473", text: text))
        #expect(heard.category == .securityIncident)
        #expect(heard.confidence == .medium)
        #expect(heard.evidence.first == "learned-model")
    }

    /// The classifier with the tiny model and the shipped rules, with `policy` applied over them.
    static func classifier(_ policy: String) throws -> Classifier {
        var rules = try RuleSet.defaults()
        rules.apply(try RuleSet.parse("version: 2\nlearned-model:\n" + policy, file: "policy.yaml"))
        return Classifier(rules: rules, model: tiny)
    }

    @Test func aSureGuessOfAnotherCategoryIsHeardOverALoneCue() throws {
        // One cue holds (news words, informational); the model is 96 % sure of pricing from the
        // opening on: the guess decides, with medium confidence, and says what it was heard over.
        let text = "We are excited to announce a new tariff for storage."
        let n = Self.classifier.classify(Self.message(subject: "Tariff news", text: text), explain: true)
        #expect(n.category == .pricing)
        #expect(n.confidence == .medium)
        #expect(n.evidence.count == 2)
        #expect(n.evidence.first == "learned-model")
        #expect(n.ruleReasons.contains { $0.contains("reads pricing (96 %)") && $0.contains("heard over the hint") })
        // The same without explaining (reading stops at the first rule) decides the same.
        #expect(Self.classifier.classify(Self.message(subject: "Tariff news", text: text)).category == .pricing)
        // With over-cue turned off in a rules file, the cue decides.
        let off = try Self.classifier("  over-cue: false\n").classify(Self.message(subject: "Tariff news", text: text))
        #expect(off.category == .informational)
        #expect(off.rule != "learned-model")
        // And a threshold above the model's certainty leaves it to the cue too.
        let strict = try Self.classifier("  over-cue: 0.99\n").classify(
            Self.message(subject: "Tariff news", text: text))
        #expect(strict.category == .informational)
    }

    @Test func cuesThatAgreeAreNotOverridden() {
        // Two cues agree that this is news (an announcing subject and "no action is required"): the
        // rules are sure, so a sure guess of pricing is not heard.
        let subject = "Announcing a new storage tariff"
        let text = "A new tariff for storage. No action is required on your part."
        #expect(Self.tiny.guess(subjects: [subject], body: Array(text.utf8)).probability > 0.9)
        let n = Self.classifier.classify(Self.message(subject: subject, text: text), explain: true)
        #expect(n.category == .informational)
        #expect(n.rule != "learned-model")
        #expect(n.evidence == ["announcement", "news-body"])
        #expect(Self.classifier.classify(Self.message(subject: subject, text: text)).category == .informational)
    }

    @Test func aGuessThatTheOpeningDoesNotShareIsNotHeardOverARule() {
        // The pricing words come only after the opening (questions and answers at the end): the opening
        // alone does not read pricing, so the cue decides, though the whole reads pricing.
        let filler = String(repeating: "Thanks for reading this. ", count: 40)
        let text = "We are excited to announce a new storage console. " + filler + "The tariff is unchanged."
        let n = Self.classifier.classify(Self.message(subject: "Storage news", text: text))
        #expect(n.category == .informational)
        #expect(n.rule != "learned-model")
        #expect(Self.tiny.guess(subjects: ["Storage news"], body: Array(text.utf8)).category == .pricing)
    }

    @Test func aStatementIsOverriddenOnlyWhereTheRulesDisagree() throws {
        // A strong statement (a maintenance subject) that nothing contradicts stands, however sure the model.
        let alone = "Our engineers will replace storage hardware. Tariff tariff."
        let subject = "Scheduled maintenance for your storage tariff"
        for explain in [false, true] {
            let n = Self.classifier.classify(Self.message(subject: subject, text: alone), explain: explain)
            #expect(n.category == .maintenance)
            #expect(n.confidence == .high)
        }
        // The body also reads as a price change (a pricing cue): the rules disagree, and the model, 96 %
        // sure of pricing from the opening on, is heard over the statement.
        let torn = "Storage prices will increase from March 1, 2027. Tariff tariff."
        for explain in [false, true] {
            let n = Self.classifier.classify(Self.message(subject: subject, text: torn), explain: explain)
            #expect(n.category == .pricing)
            #expect(n.confidence == .medium)
            #expect(n.evidence.first == "learned-model")
        }
        // over-strong: false in a rules file keeps every statement.
        let kept = try Self.classifier("  over-strong: false\n").classify(Self.message(subject: subject, text: torn))
        #expect(kept.category == .maintenance)
    }

    @Test func aGuessHeardOverARuleIsCriticalOnlyAsTheCriticalThresholdAllows() throws {
        // The model is sure of an intrusion; a lone cue holds (news words), and a statement contradicted by
        // a cue. With `critical: false` no guess may make either critical.
        let cueText = "We are excited to announce a change. Intruder intruder."
        let statementText = "Storage prices will increase from March 1, 2027. Intruder."
        let subject = "Scheduled maintenance for your storage"
        let heard = try Self.classifier("  critical: 0.7\n")
        #expect(heard.classify(Self.message(subject: "News", text: cueText)).category == .securityIncident)
        let never = try Self.classifier("  critical: false\n")
        for explain in [false, true] {
            let cue = never.classify(Self.message(subject: "News", text: cueText), explain: explain)
            #expect(![.abuse, .securityIncident].contains(cue.category))
            let statement = never.classify(Self.message(subject: subject, text: statementText), explain: explain)
            #expect(![.abuse, .securityIncident].contains(statement.category))
        }
    }

    @Test func theLearnedModelSettingIsReadCheckedAndAppliedKeyByKey() throws {
        let defaults = try RuleSet.defaults()
        #expect(defaults.learned.enabled == true)
        #expect(defaults.learned.threshold(.overCue) == .atLeast(0.85))
        #expect(defaults.learned.threshold(.overStrong) == .atLeast(0.9))
        // A file that gives one threshold changes only that one.
        var rules = defaults
        rules.apply(try RuleSet.parse("version: 2\nlearned-model:\n  over-strong: 0.95\n", file: "a.yaml"))
        #expect(rules.learned.threshold(.overStrong) == .atLeast(0.95))
        #expect(rules.learned.threshold(.overCue) == .atLeast(0.85))
        #expect(rules.learned.enabled == true)
        // A file that says nothing of the model keeps the tool's own (conservative) thresholds.
        let bare = try RuleSet.parse("version: 2\nrules: []\n", file: "bare.yaml")
        #expect(bare.learned.threshold(.guess) == .atLeast(0.5))
        #expect(bare.learned.threshold(.overCue) == .never)
        // Bad values are refused with the file, line and what would do.
        for bad in [
            "learned-model:\n  over-cue: 1.5\n", "learned-model:\n  over-cue: 0.2\n",
            "learned-model:\n  over-cue: soon\n",
            "learned-model:\n  over-everything: 0.9\n", "learned-model:\n  enabled: 3\n", "learned-model: [0.9]\n",
        ] {
            #expect {
                try RuleSet.parse("version: 2\n" + bad, file: "bad.yaml")
            } throws: { error in
                guard case RulesError.invalid(let file, let line, _, let problem) = error else { return false }
                return file == "bad.yaml" && line >= 2
                    && (problem.contains("learned-model") || problem.contains("unknown key"))
            }
        }
    }

    @Test func aStatementOrCriticalRuleIsNeverOverridden() {
        let n = Self.classifier.classify(
            Self.message(
                subject: "[Action Required] Upgrade your clusters before March 31, 2027",
                text: "An intruder webinar tariff. You must upgrade before March 31, 2027."))
        #expect(n.category == .actionRequired)
        #expect(n.confidence == .high)
    }

    @Test func theRulesFileCanTurnTheModelOff() throws {
        let yaml = "version: 2\nlearned-model: false\nrules: []\n"
        var rules = try RuleSet.defaults()
        #expect(rules.learnedModel == true)
        rules.apply(try RuleSet.parse(yaml, file: "local.yaml"))
        #expect(rules.learnedModel == false)
        let n = Classifier(rules: rules, model: Self.tiny).classify(
            Self.message(subject: "Case 4474", text: "An intruder was seen in the project yesterday."))
        #expect(n.rule == "fallback")
        #expect(throws: RulesError.self) { try RuleSet.parse("version: 2\nlearned-model: maybe\n", file: "bad.yaml") }
    }

    // The shipped model, on notices in our own words that no rule recognises.

    @Test(arguments: [
        (
            "Your ticket 5521",
            "Someone signed in to your console from a country your team has never used and created twenty large instances. We stopped those instances to protect you. Please change every password and review who has access.",
            Category.securityIncident
        ),
        (
            "Notice 7731",
            "A message sent from your mail server was reported by several recipients as unwanted bulk mail. Repeated reports may lead us to block outgoing mail from the server.",
            Category.abuse
        ),
    ])
    func theShippedModelReadsCriticalNoticesTheRulesMiss(subject: String, text: String, expected: Category) {
        let n = Classifier(rules: try! RuleSet.defaults()).classify(Self.message(subject: subject, text: text))
        #expect(n.category == expected)
        #expect(n.confidence == .medium)
    }

    @Test func theShippedModelLeavesEventNewsAlone() {
        let n = Classifier(rules: try! RuleSet.defaults()).classify(
            Self.message(
                subject: "Regarding your account 4472",
                text:
                    "Thank you for attending our regional summit last week. The recordings of every session are now online, and the slides can be downloaded from the event page."
            ))
        #expect(n.category == .informational)
    }
}
