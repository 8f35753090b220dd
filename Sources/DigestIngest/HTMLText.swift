/// Reduces an HTML body to plain text: tags dropped, block elements turned into line breaks,
/// `script`, `style` and `head` contents removed, character references decoded.
///
/// Our own code rather than a library: no HTML parser among the packages this project can resolve
/// (SwiftSoup is not available) fits, and notices need only text, not a DOM.
public enum HTMLText {
    public static func plainText(_ html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count / 2)
        let scalars = Array(html.unicodeScalars)
        var i = 0
        var skipUntil: String?  // the closing tag that ends a skipped element
        while i < scalars.count {
            let c = scalars[i]
            if c == "<", i + 1 < scalars.count,
                scalars[i + 1].properties.isAlphabetic || "/!?".unicodeScalars.contains(scalars[i + 1])
            {
                guard let close = scalars[i...].firstIndex(of: ">") else { break }
                let tag = String(String.UnicodeScalarView(scalars[(i + 1)..<close]))
                i = close + 1
                if tag.hasPrefix("!--") {
                    if !tag.hasSuffix("--"), let end = find("-->", in: scalars, from: close) { i = end + 3 }
                    continue
                }
                let name = tagName(tag)
                if let closing = skipUntil {
                    if name == closing { skipUntil = nil }
                    continue
                }
                switch name {
                case "script", "style", "head", "title":
                    if !tag.hasSuffix("/") { skipUntil = "/" + name }
                case "br", "br/":
                    out += "\n"
                case "p", "/p", "div", "/div", "tr", "/tr", "h1", "h2", "h3", "h4", "h5", "h6", "/h1", "/h2", "/h3",
                    "/h4", "/h5", "/h6", "ul", "/ul", "ol", "/ol", "table", "/table", "blockquote", "/blockquote", "hr":
                    if !out.hasSuffix("\n\n") { out += out.hasSuffix("\n") || out.isEmpty ? "\n" : "\n\n" }
                case "li":
                    out += "\n- "
                case "td", "th":
                    out += " "
                default:
                    break
                }
                continue
            }
            if skipUntil != nil {
                i += 1
                continue
            }
            if c == "&" {
                let (decoded, next) = entity(scalars, at: i)
                out += decoded
                i = next
                continue
            }
            if c == "\n" || c == "\r" || c == "\t" {
                if !out.hasSuffix(" ") && !out.hasSuffix("\n") { out += " " }
            } else if c == " " {
                if !out.hasSuffix(" ") && !out.hasSuffix("\n") { out.unicodeScalars.append(c) }
            } else {
                out.unicodeScalars.append(c)
            }
            i += 1
        }
        return out.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: " ") }
            .joined(separator: "\n")
            .collapsingBlankLines()
    }

    private static func find(_ needle: String, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        guard scalars.count >= pattern.count else { return nil }
        var i = start
        while i + pattern.count <= scalars.count {
            if Array(scalars[i..<(i + pattern.count)]) == pattern { return i }
            i += 1
        }
        return nil
    }

    private static func tagName(_ tag: String) -> String {
        var name = ""
        for ch in tag.lowercased() {
            if ch == " " || ch == "\t" || ch == "\n" || ch == "\r" || ch == ">" { break }
            name.append(ch)
        }
        if name.count > 1, name.hasSuffix("/") { name.removeLast() }
        return name
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
        "hellip": "…", "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "copy": "©", "reg": "®",
        "trade": "™", "middot": "·", "bull": "•", "laquo": "«", "raquo": "»", "eacute": "é", "yen": "¥",
        "euro": "€",
    ]

    /// Decodes the character reference at `start` (`&amp;`, `&#8211;`, `&#x2013;`); an unknown one stays as text.
    private static func entity(_ scalars: [Unicode.Scalar], at start: Int) -> (String, Int) {
        var end = start + 1
        while end < scalars.count, end - start <= 10, scalars[end] != ";", scalars[end] != "&", scalars[end] != " " {
            end += 1
        }
        guard end < scalars.count, scalars[end] == ";" else { return ("&", start + 1) }
        let body = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value =
                digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let value, let scalar = Unicode.Scalar(value) {
                return (value == 0xA0 ? " " : String(scalar), end + 1)
            }
        } else if let text = named[body.lowercased()] {
            return (text, end + 1)
        }
        return ("&", start + 1)
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> Substring {
        var s = self
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return s
    }
}

extension String {
    /// At most one empty line in a row, none at the start or end.
    func collapsingBlankLines() -> String {
        var lines: [Substring] = []
        var blank = 0
        for line in split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                blank += 1
                if blank > 1 || lines.isEmpty { continue }
                lines.append("")
            } else {
                blank = 0
                lines.append(line)
            }
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
