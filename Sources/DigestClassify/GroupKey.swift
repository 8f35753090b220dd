import DigestModel
import Foundation

/// What makes copies of one notice fall together while different notices stay apart.
///
/// The key is the category, the normalised subject without account IDs, the deadline, the trust
/// class (a suspicious look-alike never joins a genuine notice), and the body's skeleton: the body
/// with every token holding a digit, and every line too short to be prose, removed and the remaining
/// lines deduplicated, so lists of per-account resources do not split a notice.
enum GroupKey {
    static func make(subject: String, body: String, category: Category, deadline: Day?, suspicious: Bool) -> String {
        let subjectKey = Extractors.accountPattern.stringByReplacingMatches(
            in: subject, range: NSRange(subject.startIndex..., in: subject), withTemplate: "#")
        return [
            category.rawValue, subjectKey, deadline?.description ?? "-", suspicious ? "suspicious" : "genuine",
            StableHash.hex(skeleton(body)),
        ].joined(separator: "|")
    }

    static func skeleton(_ body: String) -> String {
        var seen = Set<String>()
        var lines: [String] = []
        for line in body.split(separator: "\n") {
            var words: [Substring] = []
            for token in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                if token.contains(where: { $0.isNumber || $0 == "@" }) || token.hasPrefix("arn:") || token.hasPrefix("http") { continue }
                words.append(token)
            }
            let letters = words.reduce(0) { $0 + $1.filter(\.isLetter).count }
            guard words.count >= 4 || letters >= 12 else { continue }
            let text = words.joined(separator: " ").lowercased()
            if seen.insert(text).inserted { lines.append(text) }
        }
        return lines.joined(separator: "\n")
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
            if lower.hasPrefix("hello") || lower.hasPrefix("dear") || lower.hasPrefix("greetings") || lower.hasPrefix("お客様")
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
