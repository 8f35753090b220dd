import Foundation
import Mustache

/// Escapes text for CommonMark so that a value is always read as text: no emphasis, links, code,
/// HTML, headings or list items can come out of it.
///
/// Registered with swift-mustache as the `MARKDOWN` content type; Markdown templates begin with
/// `{{% CONTENT_TYPE: MARKDOWN}}`, so `{{value}}` is escaped and only `{{{value}}}` is not.
public struct MarkdownContentType: MustacheContentType {
    public init() {}

    public func escapeText(_ text: String) -> String { Self.escape(text) }

    /// Escapes only what CommonMark would read as markup, so the Markdown reads as the text itself
    /// ("[Action Required]" stays as it is) and is still safe: a `]` that a `(` or `[` follows and its
    /// `[` (no link or image can form), a bracket without its partner (it would pair with a template's
    /// own link around the value), `<` before a tag or autolink, `&` before an entity, `*` and `_`
    /// that could open or close emphasis, backticks, a backslash before punctuation; block syntax
    /// only where the value begins (`#`, a list marker, `>`, `1.`). Line breaks become spaces, so a
    /// value cannot start a new block.
    public static func escape(_ text: String) -> String {
        // Trimmed of white space (Unicode's White_Space: the same set as Foundation's
        // whitespacesAndNewlines, without a trip through NSString).
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        scalars.removeFirst(scalars.prefix { $0.properties.isWhitespace }.count)
        for index in scalars.indices where Self.lineBreaks.contains(scalars[index]) { scalars[index] = " " }
        var out = String.UnicodeScalarView()
        out.reserveCapacity(scalars.count + 8)
        func at(_ index: Int) -> Unicode.Scalar? { scalars.indices.contains(index) ? scalars[index] : nil }
        func isSpace(_ scalar: Unicode.Scalar?) -> Bool { scalar == nil || scalar == " " }
        func isWordy(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
        // Leading digits then "." or ")" and a space: an ordered list item.
        let digits = scalars.prefix { ("0"..."9").contains($0) }.count
        // Brackets that would pair with a template's own link around the value ("[**title**](…)"): one
        // without its partner, and both of a pair whose "]" is escaped. Balanced pairs stay as written.
        var bracketsToEscape = Set<Int>()
        var openers: [Int] = []
        for (index, scalar) in scalars.enumerated() {
            if scalar == "[" {
                openers.append(index)
            } else if scalar == "]" {
                guard let opener = openers.popLast() else {
                    bracketsToEscape.insert(index)
                    continue
                }
                if let next = at(index + 1), next == "(" || next == "[" || next == ":" {
                    bracketsToEscape.formUnion([opener, index])
                }
            }
        }
        bracketsToEscape.formUnion(openers)
        for (index, scalar) in scalars.enumerated() {
            let previous = at(index - 1)
            let next = at(index + 1)
            var escaped = false
            switch scalar {
            case "`":
                escaped = true
            case "\\":
                escaped = next.map { Self.asciiPunctuation.contains($0) } ?? true
            case "<":
                escaped =
                    next.map { ($0.isASCII && $0.properties.isAlphabetic) || "/!?".unicodeScalars.contains($0) }
                    ?? false
            case "&":
                escaped = next.map { $0 == "#" || ($0.isASCII && $0.properties.isAlphabetic) } ?? false
            case "*":
                escaped = !(isSpace(previous) && isSpace(next))
            case "_":
                escaped = !(isWordy(previous) && isWordy(next))
            case "[", "]":
                escaped = bracketsToEscape.contains(index)
            case "#" where index == 0:
                let run = scalars.prefix { $0 == "#" }.count
                escaped = run <= 6 && isSpace(at(run))
            case "-", "+",
                "=" where index == 0:
                escaped = isSpace(next) || next == scalar
            case ">" where index == 0:
                escaped = true
            case ".", ")":
                escaped = digits > 0 && index == digits && isSpace(next)
            case "\0":
                out.append("\u{FFFD}")
                continue
            default:
                break
            }
            if escaped { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }

    static let asciiPunctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    static let lineBreaks: Set<Unicode.Scalar> = ["\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{2028}", "\u{2029}"]

    /// Registers the content type once per process.
    static let registered: Void = MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
}
