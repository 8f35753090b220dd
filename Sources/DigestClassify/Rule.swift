import DigestModel
import Foundation

/// One classification rule: when all its conditions hold, it is evidence for its category.
///
/// Each condition is a list of regular expressions, any one of which may match; patterns are
/// matched against folded text (NFKC, lower case, `[` `]` brackets, `-` dashes). Every rule that
/// holds is evidence; the ``Tier`` of the evidence decides which of it settles the category (see
/// ``Classifier``).
public struct Rule: Sendable {
    /// How much a rule's evidence weighs.
    public enum Tier: String, Sendable, CaseIterable, Comparable {
        /// Abuse or compromise: decides over anything milder, wherever it is found.
        case critical
        /// A statement of what the notice is (an explicit marker, "end of support"): decides over cues.
        case strong
        /// A hint (body wording, news words, an act-by date): decides only when nothing stronger does.
        case cue

        public static func < (lhs: Tier, rhs: Tier) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var id: String
    public var category: Category
    public var tier: Tier
    /// Patterns for the normalised subject (of the message, or of a forwarded original it carries).
    public var subject: [Pattern]
    /// Patterns for the folded body text.
    public var body: [Pattern]
    /// Patterns of which one must also match the body, in the same paragraph as `body` or another:
    /// what is said in two places ("we are investigating a security incident" … "rotate your keys").
    public var bodyAlso: [Pattern] = []
    /// Patterns for the sender address.
    public var from: [Pattern]
    /// Patterns for the subject or the body that, when any matches, keep the rule from holding (an
    /// abuse case the provider says is resolved is no abuse report).
    public var unless: [Pattern] = []
    /// Patterns for the subject alone that keep the rule from holding: a newsletter, a launch or a
    /// how-to whose subject names abuse or a compromise as its topic.
    public var unlessSubject: [Pattern] = []
    /// Patterns for an AWS Health event's type code and category; a rule with either applies to
    /// Health events only.
    public var eventType: [Pattern] = []
    public var eventCategory: [Pattern] = []
    /// Provider ids (`aws`, `google-cloud` …): the rule holds only for messages from one of them.
    public var providers: [String] = []
    /// When true, the rule holds only when the text gives a date the reader must act by, still ahead.
    public var needsActByDate = false
    /// Where the rule was defined, for `rules` output and errors.
    public var origin: String

    public init(
        id: String, category: Category, tier: Tier? = nil, subject: [Pattern] = [], body: [Pattern] = [],
        bodyAlso: [Pattern] = [], from: [Pattern] = [], unless: [Pattern] = [], unlessSubject: [Pattern] = [],
        eventType: [Pattern] = [],
        eventCategory: [Pattern] = [], providers: [String] = [],
        needsActByDate: Bool = false, origin: String
    ) {
        self.id = id
        self.category = category
        self.tier = tier ?? Self.defaultTier(category: category, hasSubject: !subject.isEmpty)
        self.subject = subject
        self.body = body
        self.bodyAlso = bodyAlso
        self.from = from
        self.unless = unless
        self.unlessSubject = unlessSubject
        self.eventType = eventType
        self.eventCategory = eventCategory
        self.providers = providers
        self.needsActByDate = needsActByDate
        self.origin = origin
        anySubject = PatternSet(subject)
        anyBody = PatternSet(body)
        anyBodyAlso = PatternSet(bodyAlso)
        anyFrom = PatternSet(from)
        anyUnless = PatternSet(unless)
        anyUnlessSubject = PatternSet(unlessSubject)
    }

    /// A rule without a `tier`: critical for abuse and security incidents, strong when it reads the
    /// subject, else a cue.
    static func defaultTier(category: Category, hasSubject: Bool) -> Tier {
        if category <= .securityIncident { return .critical }
        return hasSubject ? .strong : .cue
    }

    /// What a rule reads of a message.
    struct Facts {
        /// The normalised subject, and a forwarded original's (lower case already).
        var subjects: [String] {
            didSet { (subjectBytes, subjectReadings) = Self.read(subjects) }
        }
        /// Their bytes, for the patterns' literal pre-checks.
        private(set) var subjectBytes: [[UInt8]]
        /// What this thread remembers of subjects with the same bytes: copies of a notice share them.
        private var subjectReadings: [ParagraphReading]
        var body: MessageText
        var from: String {
            didSet { fromBytes = RequiredLiterals.lowercasedASCII(from.utf8) }
        }
        /// Its bytes lower-cased, for the patterns' literal pre-checks.
        private(set) var fromBytes: [UInt8]
        var event: (type: String, category: String)?
        var provider: String
        var hasActByDate: () -> Bool

        init(
            subjects: [String], body: MessageText, from: String, event: (type: String, category: String)?,
            provider: String, hasActByDate: @escaping () -> Bool
        ) {
            self.subjects = subjects
            (subjectBytes, subjectReadings) = Self.read(subjects)
            self.body = body
            self.from = from
            fromBytes = RequiredLiterals.lowercasedASCII(from.utf8)
            self.event = event
            self.provider = provider
            self.hasActByDate = hasActByDate
        }

        /// The subjects' bytes, and what this thread remembers of each.
        private static func read(_ subjects: [String]) -> ([[UInt8]], [ParagraphReading]) {
            let bytes = subjects.map { Array($0.utf8) }
            return (bytes, bytes.map { ParagraphMemo.current.subjectReading($0[...]) })
        }

        /// Whether subject `index` matches `pattern`; its literal pre-check first.
        func subject(_ index: Int, matches patterns: PatternSet) -> Bool {
            let reading = subjectReadings[index]
            if let known = reading.results[patterns.id] { return known }
            if reading.pairs == nil { reading.pairs = ByteSearch.PairSet(subjectBytes[index]) }
            let found = patterns.matches({ subjects[index] }, lowered: subjectBytes[index], pairs: reading.pairs)
            reading.results[patterns.id] = found
            return found
        }
    }

    /// What a rule's conditions say of a message.
    enum Outcome {
        /// Every condition holds: the rule is evidence.
        case holds
        /// Every condition holds but an exclusion (`unless`, `unless-subject`): the rules file says
        /// the message is not what the rule looks for (a how-to whose subject names a compromise).
        case excluded
        case fails
    }

    /// Whether every condition the rule gives holds (any one of a condition's patterns), cheapest
    /// first: subject, sender, then the body.
    func applies(_ facts: Facts) -> Bool { outcome(facts) == .holds }

    /// What the rule's conditions say, cheapest first; an exclusion that matches is only reported as
    /// such when the rule's other conditions hold.
    func outcome(_ facts: Facts) -> Outcome {
        if !eventType.isEmpty || !eventCategory.isEmpty {
            guard let event = facts.event else { return .fails }
            if !eventType.isEmpty && !eventType.contains(where: { $0.matches(event.type) }) { return .fails }
            if !eventCategory.isEmpty && !eventCategory.contains(where: { $0.matches(event.category) }) {
                return .fails
            }
        }
        if !providers.isEmpty && !providers.contains(facts.provider) { return .fails }
        if let any = anySubject, !facts.subjects.indices.contains(where: { facts.subject($0, matches: any) }) {
            return .fails
        }
        // The subject's exclusions cost one short match: read before the body.
        let excludedBySubject =
            anyUnlessSubject.map { any in facts.subjects.indices.contains(where: { facts.subject($0, matches: any) }) }
            ?? false
        if let any = anyFrom, !any.matches(facts.from, lowered: facts.fromBytes) { return .fails }
        if let any = anyBody, !facts.body.matches(any) { return .fails }
        if let any = anyBodyAlso, !facts.body.matches(any) { return .fails }
        if needsActByDate && !facts.hasActByDate() { return .fails }
        if excludedBySubject { return .excluded }
        if let any = anyUnless,
            facts.subjects.indices.contains(where: { facts.subject($0, matches: any) }) || facts.body.matches(any)
        {
            return .excluded
        }
        return .holds
    }

    private var anySubject: PatternSet?
    private var anyBody: PatternSet?
    private var anyBodyAlso: PatternSet?
    private var anyFrom: PatternSet?
    private var anyUnless: PatternSet?
    private var anyUnlessSubject: PatternSet?

    /// What matched each condition of a rule that holds: the field, the pattern and the text.
    func reasons(_ facts: Facts) -> [String] {
        var why: [String] = []
        for (name, patterns, text) in [
            ("subject", subject, facts.subjects.joined(separator: "\n")), ("body", body, facts.body.ruledText),
            ("body-also", bodyAlso, facts.body.ruledText), ("from", from, facts.from),
        ]
        where !patterns.isEmpty {
            for pattern in patterns {
                if let hit = pattern.firstMatch(in: text) {
                    why.append("\(name) “\(hit)” matches /\(pattern.source)/")
                    break
                }
            }
        }
        if let event = facts.event, !eventType.isEmpty || !eventCategory.isEmpty {
            why.append("event \(event.type) (\(event.category))")
        }
        if !providers.isEmpty { why.append("provider \(facts.provider)") }
        if needsActByDate { why.append("the text gives a date to act by") }
        return why
    }
}
