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

    /// Inline syntax characters (`\\ ` * _ [ ] < > & ! | ~`) always get a backslash; block syntax
    /// (`#`, `-`, `+`, `=`, `>`, `1.`) only where the value could begin a line; line breaks become
    /// spaces, so a value cannot start a new block. The result reads as the original text.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var atStart = true
        var leadingDigits = false
        for scalar in text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "&", "!", "|", "~":
                out.unicodeScalars.append("\\")
                out.unicodeScalars.append(scalar)
            case "#", "-", "+", "=":
                if atStart { out.unicodeScalars.append("\\") }
                out.unicodeScalars.append(scalar)
            case ".", ")":
                if leadingDigits { out.unicodeScalars.append("\\") }
                out.unicodeScalars.append(scalar)
            case "\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{2028}", "\u{2029}":
                out.unicodeScalars.append(" ")
                atStart = false
                leadingDigits = false
                continue
            case "\0":
                out.unicodeScalars.append("\u{FFFD}")
            default:
                out.unicodeScalars.append(scalar)
            }
            leadingDigits = (atStart || leadingDigits) && ("0"..."9").contains(scalar)
            atStart = false
        }
        return out
    }

    /// Registers the content type once per process.
    static let registered: Void = MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
}
