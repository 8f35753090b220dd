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
        while let match = prefix.firstMatchRanges(in: text), let whole = match[0], !whole.isEmpty {
            text = String(decoding: text.utf8.dropFirst(whole.upperBound), as: UTF8.self)
        }
        text = DeadlineExtractor.trimmed(accountSuffix.replacingMatches(in: text, with: "")[...])
        var topic = text
        var reminder = false
        if let match = reminderPrefix.firstMatchRanges(in: text), let whole = match[0] {
            reminder = true
            topic = DeadlineExtractor.trimmed(
                String(decoding: text.utf8.dropFirst(whole.upperBound), as: UTF8.self)[...])
        }
        return Result(text: text, reminder: reminder, topic: topic)
    }

    /// NFKC, lower case, brackets and dashes unified, whitespace collapsed: for subjects and bodies alike.
    public static func foldText(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return foldASCII(text) }
        // NFKC and case folding are applied to the non-ASCII runs only: ASCII needs neither.
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var lastWasSpace = true
        var run = ""
        func append(_ scalar: Unicode.Scalar) {
            switch scalar {
            case "【", "〔", "［", "〚", "〖", "「", "『", "<", "〈", "《": out.unicodeScalars.append("[")
            case "】", "〕", "］", "〛", "〗", "」", "』", ">", "〉", "》": out.unicodeScalars.append("]")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{FE58}",
                "\u{FE63}":
                out.unicodeScalars.append("-")
            case "\u{2018}", "\u{2019}": out.unicodeScalars.append("'")
            case "\u{201C}", "\u{201D}": out.unicodeScalars.append("\"")
            default:
                if scalar.properties.isWhitespace {
                    if !lastWasSpace { out.unicodeScalars.append(" ") }
                    lastWasSpace = true
                    return
                }
                out.unicodeScalars.append(scalar)
            }
            lastWasSpace = false
        }
        func flushRun() {
            guard !run.isEmpty else { return }
            for scalar in run.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars { append(scalar) }
            run = ""
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                flushRun()
                let value = scalar.value
                if value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D || value == 0x0B || value == 0x0C {
                    if !lastWasSpace { out.unicodeScalars.append(" ") }
                    lastWasSpace = true
                } else if value >= 0x41 && value <= 0x5A {
                    out.unicodeScalars.append(Unicode.Scalar(UInt8(value | 0x20)))
                    lastWasSpace = false
                } else if value == 0x3C || value == 0x3E {
                    append(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                    lastWasSpace = false
                }
            } else {
                run.unicodeScalars.append(scalar)
            }
        }
        flushRun()
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// Bodies for body rules: the first `limit` bytes with every run of whitespace as one space.
    /// Rules match bodies without regard to case, so this is all the folding they need.
    public static func foldWhitespace(_ text: String, limit: Int) -> String {
        foldWhitespace(Array(text.utf8.prefix(limit))[...])
    }

    /// `bytes` with each run of whitespace made one space and ASCII capitals made small: what the
    /// patterns' literal pre-checks read (``RequiredLiterals``).
    static func foldedLowercase(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var lastWasSpace = true
        for byte in bytes {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                if !lastWasSpace { out.append(0x20) }
                lastWasSpace = true
            } else {
                out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                lastWasSpace = false
            }
        }
        return out
    }

    /// `bytes` with each run of whitespace made one space.
    static func foldWhitespace(_ bytes: ArraySlice<UInt8>) -> String {
        let out = [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            var n = 0
            var lastWasSpace = true
            for byte in bytes {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    if !lastWasSpace {
                        buffer[n] = 0x20
                        n += 1
                    }
                    lastWasSpace = true
                } else {
                    buffer[n] = byte
                    n += 1
                    lastWasSpace = false
                }
            }
            count = n
        }
        // A cut in the middle of a character leaves a partial sequence: decoding repairs it.
        return String(decoding: out, as: UTF8.self)
    }

    /// The same folding for ASCII text, byte by byte: NFKC changes nothing there.
    private static func foldASCII(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
                if !lastWasSpace { out.append(0x20) }
                lastWasSpace = true
                continue
            case 0x3C: out.append(0x5B)  // < as [
            case 0x3E: out.append(0x5D)  // > as ]
            case 0x41...0x5A: out.append(byte | 0x20)
            default: out.append(byte)
            }
            lastWasSpace = false
        }
        if out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    // Patterns run on folded text: lower case, `[` `]` brackets, `-` dashes.
    private static let prefix = try! Pattern(#"^\s*(re|fw|fwd|aw|転送|返信)\s*(\[\d+\])?\s*:\s*"#)
    private static let accountSuffix = try! Pattern(
        #"\s*[\[(]\s*(aws ?)?(account|アカウント)( ?id)?\s*[:#]?\s*\d{4}-?\d{4}-?\d{4}\s*[\])]\s*$"#)
    private static let reminderPrefix = try! Pattern(
        #"^\s*(\[\s*(final )?reminder\s*\]|(final |friendly )?reminder\s*[:\-]|\[\s*(リマインダー|リマインド|再送|再通知)\s*\]|(リマインダー|再送)\s*[:：])\s*"#
    )
}
