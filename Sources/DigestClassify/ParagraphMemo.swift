import DigestModel
import Foundation

/// What one worker thread has already read: dated paragraphs by their exact bytes, normalised
/// subjects and group-key topics by their subject.
///
/// A notice sent to two thousand accounts repeats its subject and most of its paragraphs; each is
/// read once per thread instead of once per copy. Values are pure functions of their keys, so what
/// a thread happens to remember never changes a result; each table is emptied when it reaches its
/// bound, so memory stays flat however long the archive.
final class ParagraphMemo {
    static let bound = 4096

    private var dated = BytesMemo<[DeadlineExtractor.DatedSentence]>(bound: bound)
    fileprivate var ruleMatches = BytesMemo<ParagraphMatches>(bound: bound)
    private var subjects: [String: SubjectNormalizer.Result] = [:]
    private var topics: [String: String] = [:]

    /// `SubjectNormalizer.normalize(subject)`, once per distinct subject: copies of a notice share it.
    func normalized(_ subject: String) -> SubjectNormalizer.Result {
        if let known = subjects[subject] { return known }
        let value = SubjectNormalizer.normalize(subject)
        if subjects.count >= Self.bound { subjects.removeAll(keepingCapacity: true) }
        subjects[subject] = value
        return value
    }

    /// `GroupKey.topic(subject)`, once per distinct subject.
    func keyTopic(_ subject: String) -> String {
        if let known = topics[subject] { return known }
        let value = GroupKey.topic(subject)
        if topics.count >= Self.bound { topics.removeAll(keepingCapacity: true) }
        topics[subject] = value
        return value
    }

    func sentences(
        _ paragraph: ArraySlice<UInt8>, _ read: () -> [DeadlineExtractor.DatedSentence]
    ) -> [DeadlineExtractor.DatedSentence] {
        dated.value(for: paragraph, read)
    }

    /// This thread's memo.
    static var current: ParagraphMemo { perThread.current }

    private static let perThread = PerThread { ParagraphMemo() }
}

/// Values by the exact bytes they were computed from; emptied when `bound` keys are held. Lookups
/// hash the bytes in bulk and compare them with `memcmp`, without copying the key.
struct BytesMemo<Value> {
    private var table: [Int: [(key: [UInt8], value: Value)]] = [:]
    private var count = 0
    let bound: Int

    init(bound: Int) { self.bound = bound }

    mutating func value(for bytes: ArraySlice<UInt8>, _ make: () -> Value) -> Value {
        let hash = bytes.withUnsafeBytes { raw in
            var hasher = Hasher()
            hasher.combine(bytes: raw)
            return hasher.finalize()
        }
        if let bucket = table[hash] {
            for entry in bucket where entry.key.count == bytes.count {
                let same = entry.key.withUnsafeBytes { a in
                    bytes.withUnsafeBytes { b in a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 }
                }
                if same { return entry.value }
            }
        }
        let value = make()
        if count >= bound {
            table.removeAll(keepingCapacity: true)
            count = 0
        }
        table[hash, default: []].append((Array(bytes), value))
        count += 1
        return value
    }
}

/// What the body rules found in one paragraph: each pattern's answer by its id, and the paragraph
/// folded to single spaces once a pattern had to read it.
final class ParagraphMatches {
    var results: [Int: Bool] = [:]
    var folded: String?
    /// The paragraph lower-cased, for the patterns' pre-checks.
    var lowered: [UInt8]?
}

extension ParagraphMemo {
    /// The answers remembered for a paragraph with exactly these bytes.
    func matches(_ paragraph: ArraySlice<UInt8>) -> ParagraphMatches {
        ruleMatches.value(for: paragraph) { ParagraphMatches() }
    }
}

/// A body as the body rules read it: its paragraphs (a blank line ends one), each with whitespace
/// folded to single spaces. A pattern holds when it matches within one paragraph; each thread
/// remembers every paragraph's answers, so the paragraphs a mass notice repeats in every copy are
/// matched once.
final class BodyParagraphs {
    private let bytes: [UInt8]
    private var boxes: [(range: Range<Int>, matches: ParagraphMatches)]?
    private var whole: String?

    /// The first `limit` bytes of `text`, and the first `limit` bytes of `carried` (a forwarded original).
    init(_ text: String, carried: String = "", limit: Int) {
        var bytes = Array(text.utf8.prefix(limit))
        if !carried.isEmpty {
            bytes += [0x0A, 0x0A]
            bytes += carried.utf8.prefix(limit)
        }
        self.bytes = bytes
    }

    /// Whether `pattern` matches within one of the paragraphs.
    func matches(_ pattern: Pattern) -> Bool {
        if boxes == nil { boxes = Self.paragraphs(bytes).map { ($0, ParagraphMemo.current.matches(bytes[$0])) } }
        for (range, box) in boxes! {
            if let known = box.results[pattern.id] {
                if known { return true }
                continue
            }
            if box.folded == nil { box.folded = SubjectNormalizer.foldWhitespace(bytes[range]) }
            var found = false
            if let required = pattern.required {
                if box.lowered == nil { box.lowered = RequiredLiterals.lowercasedASCII(box.folded!.utf8) }
                found = RequiredLiterals.present(required, in: box.lowered!) && pattern.matches(box.folded!)
            } else {
                found = pattern.matches(box.folded!)
            }
            box.results[pattern.id] = found
            if found { return true }
        }
        return false
    }

    /// The whole body folded to single spaces (for explanations).
    var value: String {
        if let whole { return whole }
        let made = SubjectNormalizer.foldWhitespace(bytes[...])
        whole = made
        return made
    }

    /// The byte ranges of the paragraphs: runs of lines between blank (or white-space-only) lines.
    static func paragraphs(_ bytes: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var lineStart = 0
        var blank = true
        for index in 0...bytes.count {
            let end = index == bytes.count
            let byte = end ? 0x0A : bytes[index]
            if byte == 0x0A {
                if blank {
                    if lineStart > start { result.append(start..<lineStart) }
                    start = index + 1
                }
                lineStart = index + 1
                blank = true
            } else if byte != 0x20 && byte != 0x09 && byte != 0x0D {
                blank = false
            }
            if end, start < bytes.count { result.append(start..<bytes.count) }
        }
        return result
    }
}
