import DigestModel

/// Reduces an HTML body to plain text: tags dropped, block elements turned into line breaks,
/// `script`, `style` and `head` contents removed, character references decoded.
///
/// libxml2's HTML parser reads the markup (``HTMLDocument``): it has handled malformed markup and
/// entity tricks for years. Our own byte-level reducer (``ownPlainText(_:)``) stays only as the
/// fallback when libxml2 cannot make a document.
public enum HTMLText {
    public static func plainText(_ html: String) -> String {
        if let document = HTMLDocument(html.utf8Bytes) { return document.text() }
        return ownPlainText(html)
    }

    /// The byte-level reducer, for input libxml2 gives up on.
    static func ownPlainText(_ html: String) -> String {
        let b = html.utf8Bytes
        var out: [UInt8] = []
        out.reserveCapacity(b.count / 2)
        var i = 0
        var skipUntil: [UInt8]?  // the closing tag that ends a skipped element
        func endsWith(_ suffix: [UInt8]) -> Bool {
            out.count >= suffix.count && out.suffix(suffix.count).elementsEqual(suffix)
        }
        while i < b.count {
            let c = b[i]
            if c == 0x3C, i + 1 < b.count, startsTag(b, at: i + 1) {
                guard let close = b[i...].firstIndex(of: 0x3E) else { break }
                let tag = b[(i + 1)..<close]
                i = close + 1
                if tag.starts(with: [0x21, 0x2D, 0x2D]) {  // <!-- … -->
                    if !tag.suffix(2).elementsEqual([0x2D, 0x2D]),
                        let end = find([0x2D, 0x2D, 0x3E], in: b, from: close)
                    {
                        i = end + 3
                    }
                    continue
                }
                let name = tagName(tag)
                if let closing = skipUntil {
                    if name == closing { skipUntil = nil }
                    continue
                }
                switch String(decoding: name, as: UTF8.self) {
                case "script", "style", "head", "title":
                    if tag.last != 0x2F { skipUntil = [0x2F] + name }
                case "br", "br/":
                    out.append(0x0A)
                case "p", "/p", "div", "/div", "tr", "/tr", "h1", "h2", "h3", "h4", "h5", "h6", "/h1", "/h2", "/h3",
                    "/h4", "/h5", "/h6", "ul", "/ul", "ol", "/ol", "table", "/table", "blockquote", "/blockquote", "hr":
                    if !endsWith([0x0A, 0x0A]) {
                        out += out.last == 0x0A || out.isEmpty ? [0x0A] : [0x0A, 0x0A]
                    }
                case "li":
                    out += [0x0A, 0x2D, 0x20]
                case "td", "th":
                    out.append(0x20)
                default:
                    break
                }
                continue
            }
            if skipUntil != nil {
                i += 1
                continue
            }
            if c == 0x26 {
                let (decoded, next) = entity(b, at: i)
                out += decoded.utf8
                i = next
                continue
            }
            if c == 0x0A || c == 0x0D || c == 0x09 || c == 0x20 {
                if out.last != 0x20 && out.last != 0x0A { out.append(0x20) }
            } else {
                out.append(c)
            }
            i += 1
        }
        // Each line without leading and trailing spaces; at most one empty line in a row, none at
        // the start or the end (a line of spaces and tabs is empty).
        var lines: [UInt8] = []
        lines.reserveCapacity(out.count)
        var pendingBlank = false  // an empty line, written only if text follows it
        var start = 0
        while start <= out.count {
            var end = start
            while end < out.count, out[end] != 0x0A { end += 1 }
            var lower = start
            var upper = end
            while lower < upper, out[lower] == 0x20 { lower += 1 }
            while upper > lower, out[upper - 1] == 0x20 { upper -= 1 }
            if out[lower..<upper].allSatisfy({ $0 == 0x09 }) {
                if !lines.isEmpty { pendingBlank = true }
            } else {
                if !lines.isEmpty { lines.append(0x0A) }
                if pendingBlank { lines.append(0x0A) }
                pendingBlank = false
                lines += out[lower..<upper]
            }
            start = end + 1
        }
        return String(decoding: lines, as: UTF8.self)
    }

    /// Whether the byte after a `<` starts a tag: a letter (any script), `/`, `!` or `?`.
    private static func startsTag(_ b: [UInt8], at i: Int) -> Bool {
        let c = b[i]
        if c < 0x80 { return (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x2F || c == 0x21 || c == 0x3F }
        var end = i + 1
        while end < b.count, b[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: b[i..<end], as: UTF8.self).unicodeScalars.first?.properties.isAlphabetic == true
    }

    private static func find(_ needle: [UInt8], in b: [UInt8], from start: Int) -> Int? {
        guard b.count >= needle.count, start <= b.count - needle.count else { return nil }
        for i in start...(b.count - needle.count) where b[i..<(i + needle.count)].elementsEqual(needle) { return i }
        return nil
    }

    /// The tag's name, lower-cased: up to the first space, tab, line end or `>`; a trailing `/` dropped.
    private static func tagName(_ tag: ArraySlice<UInt8>) -> [UInt8] {
        var name: [UInt8] = []
        for c in tag {
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x3E { break }
            name.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
        }
        if name.count > 1, name.last == 0x2F { name.removeLast() }
        return name
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
        "hellip": "…", "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "copy": "©", "reg": "®",
        "trade": "™", "middot": "·", "bull": "•", "laquo": "«", "raquo": "»", "eacute": "é", "yen": "¥",
        "euro": "€",
    ]

    /// Decodes the character reference at `start` (`&amp;`, `&#8211;`, `&#x2013;`); an unknown one stays as text.
    private static func entity(_ b: [UInt8], at start: Int) -> (String, Int) {
        var end = start + 1
        while end < b.count, end - start <= 10, b[end] != 0x3B, b[end] != 0x26, b[end] != 0x20 { end += 1 }
        guard end < b.count, b[end] == 0x3B else { return ("&", start + 1) }
        let body = String(decoding: b[(start + 1)..<end], as: UTF8.self)
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
