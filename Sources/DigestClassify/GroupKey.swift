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
        while let range = text.range(of: leadingTag, options: .regularExpression) {
            text.removeSubrange(range)
        }
        return Extractors.maskingRegions(text)
    }

    static let leadingTag =
        #"^\s*(\[[^\]]{1,40}\]\s*[:\-]?\s*|(action (required|require|requested|needed|necessary|may be required)|important|reminder|final reminder)\s*[:\-]\s*)"#

    /// How many of the smallest trigram hashes the sketch keeps.
    static let sketchSize = 128

    static func skeleton(_ body: String) -> [UInt64] {
        var words: [String] = []
        for line in body.split(separator: "\n") {
            var lineWords: [String] = []
            var letters = 0
            for token in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                if token.contains(where: { $0.isNumber || $0 == "@" }) || token.hasPrefix("arn:")
                    || token.hasPrefix("http")
                {
                    continue
                }
                letters += token.reduce(0) { $0 + ($1.isLetter ? 1 : 0) }
                if token.unicodeScalars.contains(where: { $0.value >= 0x3000 }) {
                    // Japanese runs without spaces: take them in pieces of three characters.
                    let characters = Array(token)
                    stride(from: 0, to: characters.count, by: 3).forEach {
                        lineWords.append(String(characters[$0..<min($0 + 3, characters.count)]))
                    }
                } else {
                    lineWords.append(token.lowercased())
                }
            }
            if lineWords.count >= 4 || letters >= 12 { words += lineWords }
        }
        guard words.count >= 3 else { return words.isEmpty ? [] : [StableHash.value(words.joined(separator: " "))] }
        var hashes = Set<UInt64>()
        for index in 0...(words.count - 3) {
            hashes.insert(StableHash.value(words[index] + " " + words[index + 1] + " " + words[index + 2]))
        }
        return Array(hashes.sorted().prefix(sketchSize))
    }
}

/// The first lines of prose of a body, for the digest.
enum Excerpt {
    static func make(_ text: String, limit: Int = 280) -> String {
        var out = ""
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix(">") { continue }
            let lower = trimmed.lowercased()
            if lower.hasPrefix("hello") || lower.hasPrefix("dear") || lower.hasPrefix("greetings")
                || lower.hasPrefix("お客様")
                || trimmed.hasSuffix("様")
            {
                continue
            }
            if !out.isEmpty { out += " " }
            out += trimmed
            if out.count >= limit { break }
        }
        return out.count > limit ? String(out.prefix(limit - 1)) + "…" : out
    }
}
