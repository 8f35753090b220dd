import DigestModel
import Foundation

/// What one thread has read of a paragraph, filled in as readers ask: its dated sentences, each
/// pattern's answer by pattern id, the services it names. Every value is a function of the
/// paragraph's bytes alone (and of the pattern or catalog asked), so what is remembered never
/// changes a result.
final class ParagraphReading {
    var dated: [DeadlineExtractor.DatedSentence]?
    var results: [Int: Bool] = [:]
    /// The paragraph with whitespace folded to single spaces, once a pattern had to read it.
    var folded: String?
    /// The same, lower-cased, for the patterns' literal pre-checks.
    var lowered: [UInt8]?
    /// Its byte pairs, for the pre-checks of many patterns at once.
    var pairs: ByteSearch.PairSet?
    /// The services the paragraph names and how often, by the catalog that found them.
    var services: (catalog: Int, counts: [String: Int])?
}

/// One message's body as the classifier's readers take it, read once: its bytes and lines, and its
/// paragraphs (a blank line, a field line or a list item starts one), each with what this thread
/// remembers of paragraphs with the same bytes. Mass notices repeat most paragraphs in every copy:
/// each is read once per thread, by every reader.
///
/// The body rules read the paragraphs that begin within the first ``ruleBytes`` of the message's
/// own text and of a forwarded original's; a pattern holds when it matches within one paragraph.
final class MessageText {
    let index: LineIndex
    /// Where the message's own text ends; a forwarded original's text follows.
    let textEnd: Int
    /// How far into each text the body rules read.
    static let ruleBytes = 6000

    struct Paragraph {
        /// Its trimmed lines.
        var lines: [Range<Int>]
        /// From the start of its first line to the end of its last.
        var range: Range<Int> { lines.first!.lowerBound..<lines.last!.upperBound }
    }

    let paragraphs: [Paragraph]
    private var readings: [ParagraphReading?]
    private var whole: String?

    /// `text`, then (after a blank line) a forwarded original's subject and text.
    init(_ text: String, carried: String = "") {
        index = LineIndex(carried.isEmpty ? text : text + "\n\n" + carried)
        textEnd = carried.isEmpty ? index.bytes.count : text.utf8.count
        paragraphs = DeadlineExtractor.paragraphs(index).map { Paragraph(lines: $0) }
        readings = Array(repeating: nil, count: paragraphs.count)
    }

    var bytes: [UInt8] { index.bytes }

    /// What this thread remembers of paragraph `i`.
    func reading(_ i: Int) -> ParagraphReading {
        if let known = readings[i] { return known }
        let made = ParagraphMemo.current.reading(index.bytes[paragraphs[i].range])
        readings[i] = made
        return made
    }

    /// Whether the body rules read paragraph `i`.
    private func ruled(_ i: Int) -> Bool {
        let start = paragraphs[i].range.lowerBound
        return start < textEnd ? start < Self.ruleBytes : start - textEnd < Self.ruleBytes
    }

    /// Whether one of `patterns` matches within one of the paragraphs the body rules read.
    func matches(_ patterns: PatternSet) -> Bool {
        for i in paragraphs.indices where ruled(i) {
            let reading = reading(i)
            if let known = reading.results[patterns.id] {
                if known { return true }
                continue
            }
            let range = paragraphs[i].range
            if reading.lowered == nil { reading.lowered = SubjectNormalizer.foldedLowercase(bytes[range]) }
            if reading.pairs == nil { reading.pairs = ByteSearch.PairSet(reading.lowered!) }
            let found = patterns.matches(
                {
                    if reading.folded == nil { reading.folded = SubjectNormalizer.foldWhitespace(bytes[range]) }
                    return reading.folded!
                }, lowered: reading.lowered!, pairs: reading.pairs)
            reading.results[patterns.id] = found
            if found { return true }
        }
        return false
    }

    /// Whether `pattern` matches within one of the paragraphs the body rules read.
    func matches(_ pattern: Pattern) -> Bool { matches(PatternSet(pattern)) }

    /// The services named in the paragraphs of the message's own text that begin within its first
    /// `limit` bytes: how often each, and which in the paragraphs that begin within `opening` bytes.
    func services(_ catalog: ServiceCatalog, opening: Int, limit: Int) -> (
        opening: Set<String>, counts: [String: Int]
    ) {
        var early = Set<String>()
        var counts: [String: Int] = [:]
        for i in paragraphs.indices {
            let start = paragraphs[i].range.lowerBound
            guard start < min(limit, textEnd) else { break }
            let reading = reading(i)
            if reading.services?.catalog != catalog.id {
                reading.services = (catalog.id, catalog.mentions(in: Array(bytes[paragraphs[i].range])))
            }
            for (id, count) in reading.services!.counts {
                counts[id, default: 0] += count
                if start < opening { early.insert(id) }
            }
        }
        return (early, counts)
    }

    /// The text the body rules read, folded to single spaces (for explanations).
    var ruledText: String {
        if let whole { return whole }
        let made = paragraphs.indices.filter(ruled).map {
            SubjectNormalizer.foldWhitespace(bytes[paragraphs[$0].range])
        }
        .joined(separator: " ")
        whole = made
        return made
    }
}
