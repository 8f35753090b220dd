import Foundation

/// Any one of several patterns, as a rule's condition reads them.
///
/// One alternation of every pattern would be a single call, but PCRE2 then has no literal to look
/// for first and tries every branch at every position of the text. Here each pattern keeps its own
/// literal pre-check (``Pattern/required``): only the patterns whose literals the text holds are
/// run, and the patterns without a pre-check run together as one alternation.
struct PatternSet: Sendable {
    /// A number no other pattern or set is given: the key of its answers in a thread's memo.
    let id: Int
    /// Patterns with a literal pre-check, in the order given.
    let checked: [Pattern]
    /// The others, as one alternation (nil for none).
    let unchecked: Pattern?

    /// nil for no patterns.
    init?(_ patterns: [Pattern]) {
        guard !patterns.isEmpty else { return nil }
        id = PatternCache.register()
        checked = patterns.filter { $0.required != nil }
        let others = patterns.filter { $0.required == nil }
        switch others.count {
        case 0: unchecked = nil
        case 1: unchecked = others[0]
        default: unchecked = try? Pattern(others.map { "(?:\($0.source))" }.joined(separator: "|"))
        }
    }

    /// One pattern, answering under the pattern's own id.
    init(_ pattern: Pattern) {
        id = pattern.id
        checked = pattern.required == nil ? [] : [pattern]
        unchecked = pattern.required == nil ? pattern : nil
    }

    /// Whether one of the patterns matches `text`; `lowered` is the same text lower-cased (with
    /// ``SubjectNormalizer/foldedLowercase(_:)`` or ``RequiredLiterals/lowercasedASCII(_:)``) for the
    /// pre-checks.
    /// pre-checks, and `pairs` its byte pairs when made; `text` is asked for only when a pattern has to run.
    func matches(_ text: () -> String, lowered: [UInt8], pairs: ByteSearch.PairSet? = nil) -> Bool {
        for pattern in checked
        where pairs.map({ RequiredLiterals.present(pattern.required!, in: lowered, pairs: $0) })
            ?? RequiredLiterals.present(pattern.required!, in: lowered)
        {
            if pattern.matches(text()) { return true }
        }
        return unchecked?.matches(text()) ?? false
    }

    func matches(_ text: String, lowered: [UInt8]) -> Bool { matches({ text }, lowered: lowered) }
}
