import DigestModel
import Foundation

/// What makes copies of one notice fall together while different notices stay apart.
///
/// The key is the category, the normalised subject (reminder marker and `[AWS Account: …]` suffix
/// already gone, region names and codes replaced, since one notice goes out per region), the deadline
/// and the trust class: a suspicious look-alike never joins a genuine notice. An account ID written
/// inside the subject ("Your AWS account 123456789012 is compromised") stays in the key: such a notice
/// is about that one account.
///
/// The skeleton is a bottom-k sketch of the body's word trigrams: tokens holding a digit, an address
/// or a link are left out, and so are lines too short to be prose, so per-account lists of resources
/// change little of it, and it does not depend on how the text is wrapped (plain or reduced HTML).
enum GroupKey {
    static func make(subject: String, category: Category, deadline: Day?, suspicious: Bool) -> String {
        [
            // With a deadline in the key, the subject's own way of writing the date does not split copies.
            category.rawValue, ParagraphMemo.current.keyTopic(subject, datesMasked: deadline != nil),
            deadline?.description ?? "-",
            suspicious ? "suspicious" : "genuine",
        ]
        .joined(separator: "|")
    }

    /// The normalised subject without leading tags ("[action required]", "action needed -", "[要対応]")
    /// and with regions masked (and, with `datesMasked`, dates and weekdays): what a notice is about,
    /// however it is flagged and however it writes its date.
    static func topic(_ subject: String, datesMasked: Bool = false) -> String {
        var text = subject
        while let match = leadingTag.firstMatchRanges(in: text), let whole = match[0], !whole.isEmpty {
            text = String(decoding: text.utf8.dropFirst(whole.upperBound), as: UTF8.self)
        }
        if datesMasked { text = DeadlineExtractor.maskingDates(text) }
        return Extractors.maskingRegions(text)
    }

    static let leadingTag = try! Pattern(
        #"^\s*(\[[^\]]{1,40}\]\s*[:\-]?\s*|(action (required|require|requested|needed|necessary|may be required)|important|reminder|final reminder)\s*[:\-]\s*)"#
    )

    /// How much of the body the sketch reads.
    static let skeletonBytes = 3000

    /// How many of the smallest trigram hashes the sketch keeps.
    static let sketchSize = 64

    static func skeleton(_ body: String) -> [UInt64] {
        var text = body
        // The first part of a body says what the notice is; the rest is lists and the footer that
        // every notice shares.
        let words = text.withUTF8 { all in
            SkeletonReader.words(of: UnsafeBufferPointer(rebasing: all.prefix(skeletonBytes)))
        }
        guard words.count >= 3 else { return words.isEmpty ? [] : [StableHash.combine(words[0], words.last!, 0)] }
        // The sketchSize smallest distinct trigram hashes, kept sorted as they come.
        var sketch: [UInt64] = []
        sketch.reserveCapacity(sketchSize + 1)
        for index in 0...(words.count - 3) {
            let hash = StableHash.combine(words[index], words[index + 1], words[index + 2])
            if sketch.count == sketchSize, hash >= sketch[sketchSize - 1] { continue }
            var low = 0
            var high = sketch.count
            while low < high {
                let middle = (low + high) / 2
                if sketch[middle] < hash { low = middle + 1 } else { high = middle }
            }
            if low < sketch.count, sketch[low] == hash { continue }
            sketch.insert(hash, at: low)
            if sketch.count > sketchSize { sketch.removeLast() }
        }
        // Kept by a cluster for the whole run: no spare capacity.
        return Array(sketch[...])
    }
}

/// The words of a body for ``GroupKey/skeleton(_:)``, read in one pass: each token's hash is made
/// as its bytes arrive. Tokens holding a digit or '@', and ARNs and links, are left out (they vary
/// per account); Japanese runs are taken in pieces of three characters; a line counts only when it
/// has four words or twelve letters.
struct SkeletonReader {
    private static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    private(set) var words: [UInt64] = []
    private var lineWords: [UInt64] = []
    private var lineLetters = 0
    /// Column separators (`|`, tabs) and per-copy tokens on the current line: a row of a resource
    /// table, which differs from copy to copy, is no prose.
    private var lineSeparators = 0
    private var lineVarying = 0
    private var start = 0
    private var hash = offset
    private var length = 0
    /// The first four bytes, lower-cased, for "arn:" and "http".
    private var head: UInt32 = 0
    private var varying = false
    private var high = false
    private var asciiLetters = 0

    static func words(of bytes: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var reader = SkeletonReader()
        for i in bytes.indices {
            switch bytes[i] {
            case 0x0A: reader.endLine(bytes, at: i)
            case 0x09, 0x7C:
                reader.lineSeparators += 1
                reader.endToken(bytes, at: i)
            case 0x20, 0x0D: reader.endToken(bytes, at: i)
            default: reader.add(bytes[i])
            }
        }
        reader.endLine(bytes, at: bytes.count)
        return reader.words
    }

    private mutating func add(_ c: UInt8) {
        if (c >= 0x30 && c <= 0x39) || c == 0x40 { varying = true }
        if c >= 0x80 { high = true }
        let lower = Extractors.lower(c)
        if length < 4 { head = head << 8 | UInt32(lower) }
        length += 1
        if lower >= 0x61 && lower <= 0x7A { asciiLetters += 1 }
        hash = (hash ^ UInt64(lower)) &* Self.prime
    }

    /// Ends the token that runs from `start` to `end`.
    private mutating func endToken(_ bytes: UnsafeBufferPointer<UInt8>, at end: Int) {
        defer {
            start = end + 1
            hash = Self.offset
            length = 0
            head = 0
            varying = false
            high = false
            asciiLetters = 0
        }
        guard length > 0 else { return }
        guard !varying, !(length >= 4 && (head == 0x6172_6E3A || head == 0x6874_7470)) else {  // "arn:", "http"
            lineVarying += 1
            return
        }
        if !high {
            lineLetters += asciiLetters
            lineWords.append(hash)
            return
        }
        // Japanese runs without spaces: taken in pieces of three characters.
        var piece = Self.offset
        var characters = 0
        for c in bytes[start..<end] {
            if c & 0xC0 != 0x80 {
                if characters > 0 && characters % 3 == 0 {
                    lineWords.append(piece)
                    piece = Self.offset
                }
                characters += 1
            }
            let lower = Extractors.lower(c)
            piece = (piece ^ UInt64(lower)) &* Self.prime
        }
        lineWords.append(piece)
        lineLetters += characters
    }

    private mutating func endLine(_ bytes: UnsafeBufferPointer<UInt8>, at end: Int) {
        endToken(bytes, at: end)
        let row = lineSeparators >= 2 || lineVarying > lineWords.count
        if !row && (lineWords.count >= 4 || lineLetters >= 12) { words += lineWords }
        lineWords.removeAll(keepingCapacity: true)
        lineLetters = 0
        lineSeparators = 0
        lineVarying = 0
    }
}

/// The first lines of prose of a body, for the digest.
enum Excerpt {
    private static let greetings: [[UInt8]] = ["hello", "dear", "greetings", "hi "].map { Array($0.utf8) }
    private static let honorificOpening = Array("お客様".utf8)
    private static let honorificEnd = Array("様".utf8)

    static func make(_ text: String, limit: Int = 280) -> String {
        var text = text
        let out = text.withUTF8 { all -> [UInt8] in
            let b = UnsafeBufferPointer(rebasing: all.prefix(4000))
            var out: [UInt8] = []
            var start = 0
            while start <= b.count {
                var end = start
                while end < b.count, b[end] != 0x0A { end += 1 }
                defer { start = end + 1 }
                let line = UnsafeBufferPointer(rebasing: b[b.trimmedRange(start..<end)])
                if line.isEmpty || line[0] == 0x3E { continue }  // quoted lines
                if greetings.contains(where: { Extractors.matchesLower(line, 0, $0) })
                    || line.starts(with: honorificOpening)
                    || line.reversed().starts(with: honorificEnd.reversed())
                {
                    continue
                }
                if !out.isEmpty { out.append(0x20) }
                out.append(contentsOf: line)
                if out.count >= limit * 2 { break }
            }
            return out
        }
        let excerpt = String(decoding: out, as: UTF8.self)
        guard out.count > limit, excerpt.count > limit else { return excerpt }
        return String(excerpt.prefix(limit - 1)) + "…"
    }

}
