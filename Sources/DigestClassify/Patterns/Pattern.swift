import DigestModel
import Foundation

/// A regular expression (PCRE2 syntax, Unicode-aware) that keeps its source text.
///
/// A `Pattern` is a value that any thread may hold; the compiled form lives in a per-thread
/// ``PatternCache``, so no compiled pattern is ever shared between threads.
public struct Pattern: Sendable {
    public let source: String
    let caseless: Bool
    /// Index of this pattern in every thread's cache.
    let id: Int
    /// Literals one of which every match holds (lower-cased), or nil: the pattern's pre-check.
    let required: [ByteSearch.Needle]?

    /// Compiles `source` once to check it; throws ``PatternError`` when it is not a valid pattern.
    public init(_ source: String, caseInsensitive: Bool = true) throws(PatternError) {
        self.source = source
        self.caseless = caseInsensitive
        self.id = PatternCache.register()
        self.required = caseInsensitive ? RequiredLiterals.of(source) : nil
        _ = try PatternCache.current.regex(self)
    }

    public func matches(_ text: String) -> Bool {
        var text = text
        let regex = PatternCache.current.compiled(self)
        return text.withUTF8 { regex.matches($0) }
    }

    /// The text of the first match, or nil.
    public func firstMatch(in text: String) -> String? {
        guard let match = firstMatchRanges(in: text), let whole = match[0] else { return nil }
        return String(decoding: text.utf8Bytes[whole], as: UTF8.self)
    }

    /// Byte ranges (in `text.utf8`) of the first match and its groups, or nil.
    func firstMatchRanges(in text: String, from start: Int = 0) -> [Range<Int>?]? {
        var text = text
        let regex = PatternCache.current.compiled(self)
        return text.withUTF8 { regex.firstMatch(in: $0, from: start) }
    }

    /// Every non-overlapping match, left to right, as byte ranges of the match and its groups.
    func allMatchRanges(in text: String) -> [[Range<Int>?]] {
        var text = text
        let regex = PatternCache.current.compiled(self)
        return text.withUTF8 { buffer in
            var result: [[Range<Int>?]] = []
            var start = 0
            while start <= buffer.count, let match = regex.firstMatch(in: buffer, from: start), let whole = match[0] {
                result.append(match)
                start = whole.isEmpty ? whole.upperBound + 1 : whole.upperBound
            }
            return result
        }
    }

    /// `text` with every match replaced by `replacement`, in which `$1` … `$9` stand for the
    /// match's groups (empty when a group took no part).
    func replacingMatches(in text: String, with replacement: String) -> String {
        let bytes = text.utf8Bytes
        let template = Array(replacement.utf8)
        let usesGroups = template.contains(0x24)
        var out: [UInt8] = []
        var last = 0
        for match in allMatchRanges(in: text) {
            guard let whole = match[0] else { continue }
            out += bytes[last..<whole.lowerBound]
            if usesGroups {
                var i = 0
                while i < template.count {
                    if template[i] == 0x24, i + 1 < template.count, template[i + 1] >= 0x31, template[i + 1] <= 0x39 {
                        let group = Int(template[i + 1] - 0x30)
                        if group < match.count, let range = match[group] { out += bytes[range] }
                        i += 2
                    } else {
                        out.append(template[i])
                        i += 1
                    }
                }
            } else {
                out += template
            }
            last = whole.upperBound
        }
        guard last > 0 else { return text }
        out += bytes[last...]
        return String(decoding: out, as: UTF8.self)
    }
}

/// Each thread's compiled patterns, by pattern id; created on first use in a thread.
final class PatternCache {
    private var compiledByID: [CompiledRegex?] = []

    private static let idLock = NSLock()
    nonisolated(unsafe) private static var nextID = 0

    /// A number no other caller is given: an index into every thread's cache of compiled patterns,
    /// or the identity of anything whose results a thread remembers (a service catalog).
    static func register() -> Int {
        idLock.withLock {
            defer { nextID += 1 }
            return nextID
        }
    }

    /// This thread's cache.
    static var current: PatternCache { perThread.current }

    private static let perThread = PerThread { PatternCache() }

    func regex(_ pattern: Pattern) throws(PatternError) -> CompiledRegex {
        if pattern.id < compiledByID.count, let regex = compiledByID[pattern.id] { return regex }
        let regex = try CompiledRegex(pattern.source, caseless: pattern.caseless)
        if pattern.id >= compiledByID.count {
            compiledByID += Array(repeating: nil, count: pattern.id - compiledByID.count + 1)
        }
        compiledByID[pattern.id] = regex
        return regex
    }

    /// The compiled form of a pattern whose source was checked when the pattern was made.
    func compiled(_ pattern: Pattern) -> CompiledRegex {
        do {
            return try regex(pattern)
        } catch {
            preconditionFailure("pattern /\(pattern.source)/ compiled once and not again: \(error.message)")
        }
    }
}
