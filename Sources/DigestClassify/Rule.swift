import DigestModel
import Foundation

/// One classification rule: when all its conditions hold, it decides the category.
///
/// Each condition is a list of regular expressions, any one of which may match; patterns are
/// matched against folded text (NFKC, lower case, `[` `]` brackets, `-` dashes).
public struct Rule: Sendable {
    public var id: String
    public var category: Category
    /// Patterns for the normalised subject.
    public var subject: [Pattern]
    /// Patterns for the folded body text.
    public var body: [Pattern]
    /// Patterns for the sender address.
    public var from: [Pattern]
    /// Patterns for an AWS Health event's type code and category; a rule with either applies to
    /// Health events only.
    public var eventType: [Pattern] = []
    public var eventCategory: [Pattern] = []
    /// Where the rule was defined, for `rules` output and errors.
    public var origin: String

    public init(
        id: String, category: Category, subject: [Pattern] = [], body: [Pattern] = [], from: [Pattern] = [],
        origin: String
    ) {
        self.id = id
        self.category = category
        self.subject = subject
        self.body = body
        self.from = from
        self.origin = origin
        anySubject = Self.alternation(subject)
        anyBody = Self.alternation(body)
        anyFrom = Self.alternation(from)
    }

    /// Whether every condition the rule gives holds: one regular expression per condition, all its
    /// patterns as alternatives, so a rule costs at most three matches.
    func applies(
        subject normalized: String, body folded: LazyText, from sender: String,
        event: (type: String, category: String)? = nil
    ) -> Bool {
        if !eventType.isEmpty || !eventCategory.isEmpty {
            guard let event else { return false }
            if !eventType.isEmpty && !eventType.contains(where: { $0.matches(event.type) }) { return false }
            if !eventCategory.isEmpty && !eventCategory.contains(where: { $0.matches(event.category) }) { return false }
        }
        if let any = anySubject, !any.matches(normalized) { return false }
        if let any = anyFrom, !any.matches(sender) { return false }
        if let any = anyBody, !any.matches(folded.value) { return false }
        return true
    }

    private var anySubject: Pattern?
    private var anyBody: Pattern?
    private var anyFrom: Pattern?

    /// All of `patterns` as one alternation (nil for none).
    private static func alternation(_ patterns: [Pattern]) -> Pattern? {
        guard !patterns.isEmpty else { return nil }
        if patterns.count == 1 { return patterns[0] }
        return try? Pattern(patterns.map { "(?:\($0.source))" }.joined(separator: "|"))
    }

    /// The first pattern that matched each given field, or nil when the rule does not apply.
    func match(subject normalized: String, body folded: String, from sender: String) -> [String]? {
        var why: [String] = []
        for (name, patterns, text) in [
            ("subject", subject, normalized), ("body", body, folded), ("from", from, sender),
        ]
        where !patterns.isEmpty {
            guard let hit = patterns.first(where: { $0.matches(text) }) else { return nil }
            why.append("\(name) matches /\(hit.source)/")
        }
        return why
    }
}
