import Foundation

/// Brings the spellings of one subject together: NFKC, lower case, one kind of bracket and dash,
/// single spaces, no reply or forward prefixes, no `[AWS Account: …]` suffix.
public enum SubjectNormalizer {
    public struct Result: Sendable, Equatable {
        /// The normalised subject, reminder prefix included.
        public var text: String
        /// The subject started with a reminder marker (`Reminder:`, `[Reminder]`, `Final reminder`, `【リマインダー】`, `[再送]`).
        public var reminder: Bool
        /// The normalised subject without the reminder marker: what the original notice said.
        public var topic: String
    }

    public static func normalize(_ subject: String) -> Result {
        var text = foldText(subject)
        // Forward and reply prefixes, repeated ("Fwd: RE: …").
        while let match = prefix.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) {
            text = String(text[Range(match.range, in: text)!.upperBound...])
        }
        text = replace(accountSuffix, in: text, with: "").trimmingCharacters(in: .whitespaces)
        var topic = text
        var reminder = false
        if let match = reminderPrefix.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) {
            reminder = true
            topic = String(text[Range(match.range, in: text)!.upperBound...]).trimmingCharacters(in: .whitespaces)
        }
        return Result(text: text, reminder: reminder, topic: topic)
    }

    /// NFKC, lower case, brackets and dashes unified, whitespace collapsed: for subjects and bodies alike.
    public static func foldText(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var lastWasSpace = true
        for scalar in text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            switch scalar {
            case "【", "〔", "［", "〚", "〖", "「", "『", "<", "〈", "《": appendScalar("[")
            case "】", "〕", "］", "〛", "〗", "」", "』", ">", "〉", "》": appendScalar("]")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{FE58}",
                "\u{FE63}":
                appendScalar("-")
            case "\u{2018}", "\u{2019}": appendScalar("'")
            case "\u{201C}", "\u{201D}": appendScalar("\"")
            default:
                if scalar.properties.isWhitespace {
                    if !lastWasSpace { out.unicodeScalars.append(" ") }
                    lastWasSpace = true
                    continue
                }
                appendScalar(scalar)
            }
        }
        func appendScalar(_ s: Unicode.Scalar) {
            out.unicodeScalars.append(s)
            lastWasSpace = false
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    private static func replace(_ regex: NSRegularExpression, in text: String, with template: String) -> String {
        regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    // Patterns run on folded text: lower case, `[` `]` brackets, `-` dashes.
    private static let prefix = try! NSRegularExpression(
        pattern: #"^\s*(re|fw|fwd|aw|転送|返信)\s*(\[\d+\])?\s*:\s*"#)
    private static let accountSuffix = try! NSRegularExpression(
        pattern: #"\s*[\[(]\s*(aws )?account( id)?\s*[:#]?\s*\d{4}-?\d{4}-?\d{4}\s*[\])]\s*$"#)
    private static let reminderPrefix = try! NSRegularExpression(
        pattern:
            #"^\s*(\[\s*(final )?reminder\s*\]|(final |friendly )?reminder\s*[:\-]|\[\s*(リマインダー|リマインド|再送|再通知)\s*\]|(リマインダー|再送)\s*[:：])\s*"#
    )
}
