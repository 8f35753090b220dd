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
        var lineWords: [UInt64] = []
        var letters = 0
        var token: [UInt8] = []
        token.reserveCapacity(64)

        func endToken() {
            defer { token.removeAll(keepingCapacity: true) }
            guard !token.isEmpty else { return }
            if token.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x40 })
                || token.starts(with: [0x61, 0x72, 0x6E, 0x3A])
                || token.starts(with: [0x68, 0x74, 0x74, 0x70])
            {
                return  // digits, addresses, ARNs and links vary per account
            }
            if token.contains(where: { $0 >= 0x80 }) {
                // Japanese runs without spaces: take them in pieces of three characters.
                var piece: [UInt8] = []
                var characters = 0
                for byte in token {
                    if byte & 0xC0 != 0x80 {
                        if characters == 3 {
                            lineWords.append(StableHash.value(bytes: piece))
                            piece.removeAll(keepingCapacity: true)
                            characters = 0
                        }
                        characters += 1
                        letters += 1
                    }
                    piece.append(byte)
                }
                if !piece.isEmpty { lineWords.append(StableHash.value(bytes: piece)) }
            } else {
                letters += token.reduce(0) { $0 + (($1 | 0x20) >= 0x61 && ($1 | 0x20) <= 0x7A ? 1 : 0) }
                lineWords.append(StableHash.value(bytes: token))
            }
        }
        func endLine() {
            endToken()
            if lineWords.count >= 4 || letters >= 12 { words += lineWords }
            lineWords.removeAll(keepingCapacity: true)
            letters = 0
        }
        // The first part of a body says what the notice is; the rest is lists and the footer that
        // every notice shares.
        for byte in body.utf8.prefix(skeletonBytes) {
            switch byte {
            case 0x0A: endLine()
            case 0x20, 0x09, 0x0D: endToken()
            default: token.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
        }
        endLine()
        guard words.count >= 3 else { return words.isEmpty ? [] : [StableHash.combine(words[0], words.last!, 0)] }
        var hashes = Set<UInt64>()
        for index in 0...(words.count - 3) {
            hashes.insert(StableHash.combine(words[index], words[index + 1], words[index + 2]))
        }
        return Array(hashes.sorted().prefix(sketchSize))
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
