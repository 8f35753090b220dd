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
        [category.rawValue, topic(subject), deadline?.description ?? "-", suspicious ? "suspicious" : "genuine"]
            .joined(separator: "|")
    }

    /// The normalised subject without leading tags ("[action required]", "action needed -", "[要対応]")
    /// and with regions masked: what a notice is about, however it is flagged.
    static func topic(_ subject: String) -> String {
        var text = subject
        while let match = leadingTag.firstMatchRanges(in: text), let whole = match[0], !whole.isEmpty {
            text = String(decoding: text.utf8.dropFirst(whole.upperBound), as: UTF8.self)
        }
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
        var words: [UInt64] = []
        var text = body
        text.withUTF8 { all in
            let offset: UInt64 = 0xcbf2_9ce4_8422_2325
            let prime: UInt64 = 0x100_0000_01b3
            var lineWords: [UInt64] = []
            var lineLetters = 0
            // The token being read, in one pass: its hash, its length and first four bytes (for
            // "arn:" and "http"), whether it holds a digit or '@', whether it holds non-ASCII
            // bytes; and, for a Japanese run, its hashes by pieces of three characters.
            var hash = offset
            var length = 0
            var head: UInt32 = 0
            var varying = false
            var high = false
            var asciiLetters = 0
            var pieces: [UInt64] = []
            var piece = offset
            var pieceCharacters = 0
            var characters = 0

            func endToken() {
                defer {
                    hash = offset
                    length = 0
                    head = 0
                    varying = false
                    high = false
                    asciiLetters = 0
                    pieces.removeAll(keepingCapacity: true)
                    piece = offset
                    pieceCharacters = 0
                    characters = 0
                }
                // Digits, addresses, ARNs and links vary per account.
                guard length > 0, !varying else { return }
                if length >= 4 && (head == 0x6172_6E3A || head == 0x6874_7470) { return }  // "arn:", "http"
                if !high {
                    lineLetters += asciiLetters
                    lineWords.append(hash)
                    return
                }
                // Japanese runs without spaces: taken in pieces of three characters.
                lineLetters += characters
                lineWords += pieces
                lineWords.append(piece)
            }
            func endLine() {
                endToken()
                if lineWords.count >= 4 || lineLetters >= 12 { words += lineWords }
                lineWords.removeAll(keepingCapacity: true)
                lineLetters = 0
            }
            // The first part of a body says what the notice is; the rest is lists and the footer that
            // every notice shares.
            for c in all.prefix(skeletonBytes) {
                switch c {
                case 0x0A: endLine()
                case 0x20, 0x09, 0x0D: endToken()
                default:
                    if (c >= 0x30 && c <= 0x39) || c == 0x40 { varying = true }
                    let lower = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                    if length < 4 { head = head << 8 | UInt32(lower) }
                    length += 1
                    if lower >= 0x61 && lower <= 0x7A { asciiLetters += 1 }
                    if c >= 0x80 { high = true }
                    hash = (hash ^ UInt64(lower)) &* prime
                    if c & 0xC0 != 0x80 {
                        if pieceCharacters == 3 {
                            pieces.append(piece)
                            piece = offset
                            pieceCharacters = 0
                        }
                        pieceCharacters += 1
                        characters += 1
                    }
                    piece = (piece ^ UInt64(lower)) &* prime
                }
            }
            endLine()
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

/// The first lines of prose of a body, for the digest.
enum Excerpt {
    static func make(_ text: String, limit: Int = 280) -> String {
        let index = LineIndex(text, limit: 4000)
        var out = ""
        for raw in index.lines {
            let line = index.trimmed(raw)
            if line.isEmpty || index.bytes[line.lowerBound] == 0x3E { continue }  // quoted lines
            let head = index.bytes[line.prefix(12)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            let text = index.string(line)
            if head.starts(with: Array("hello".utf8)) || head.starts(with: Array("dear".utf8))
                || head.starts(with: Array("greetings".utf8)) || head.starts(with: Array("hi ".utf8))
                || text.hasPrefix("お客様") || text.hasSuffix("様")
            {
                continue
            }
            if !out.isEmpty { out += " " }
            out += text
            if out.utf8.count >= limit * 2 { break }
        }
        return out.count > limit ? String(out.prefix(limit - 1)) + "…" : out
    }
}
