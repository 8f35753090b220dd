import DigestModel
import Foundation

/// What never leaves the tool: secrets a notice quotes (secret access keys, session tokens,
/// passwords, private keys, bearer and API tokens) are replaced by a marker, and control
/// characters, terminal escape sequences and bidirectional overrides are removed, before any
/// reader sees the text; so no subject, excerpt, evidence sentence, link or output file can carry
/// them. Access key IDs are masked separately (``Extractors/maskingAccessKeys(_:)``) and keep their
/// last four characters.
public enum Redaction {
    /// `text` with secrets replaced and control characters removed.
    public static func clean(_ text: String) -> String {
        var result = text
        var (controls, longToken, pairs) = scan(&result)
        if controls {
            // Removing a character can join two into a word: the pairs are read again.
            result = removingControls(result)
            pairs = scan(&result).pairs
        }
        // Most notices hold no word that labels a secret: each pattern runs only where its literal
        // pre-check finds one of its words (the text's byte pairs rule most out without a search).
        var lowered: [UInt8]?
        for (pattern, replacement) in labelled {
            if let required = pattern.required {
                guard required.contains(where: pairs.mayContain) else { continue }
                if lowered == nil { lowered = RequiredLiterals.lowercasedASCII(result.utf8) }
                guard RequiredLiterals.present(required, in: lowered!) else { continue }
            }
            result = pattern.replacingMatches(in: result, with: replacement)
        }
        if longToken {
            result = bareKey.replacingMatches(in: result, with: "[secret redacted]")
        }
        return result
    }

    /// One pass over the bytes, without copying them: control characters to remove, a run of 40
    /// base-64 characters where a bare key could stand, and the lower-cased text's byte pairs.
    static func scan(_ text: inout String) -> (controls: Bool, longToken: Bool, pairs: ByteSearch.PairSet) {
        text.withUTF8 { bytes in
            var controls = false
            var long = false
            let pairs = ByteSearch.PairSet { bits in
                var run = 0
                var i = 0
                let n = bytes.count
                var previous: UInt8 = 0
                while i < n {
                    let b = bytes[i]
                    let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    if i > 0 { ByteSearch.PairSet.insert(previous, lower, into: bits) }
                    previous = lower
                    let isBase64 =
                        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2B
                        || b == 0x2F
                    run = isBase64 ? run + 1 : 0
                    if run >= 40 { long = true }
                    if !controls {
                        if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F {
                            controls = true
                        } else if b == 0xC2, i + 1 < n, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9F {
                            controls = true
                        } else if b == 0xE2, i + 2 < n,
                            (bytes[i + 1] == 0x80 && (0xAA...0xAE).contains(bytes[i + 2]))
                                || (bytes[i + 1] == 0x81 && (0xA6...0xA9).contains(bytes[i + 2]))
                        {
                            controls = true
                        }
                    }
                    i += 1
                }
            }
            return (controls, long, pairs)
        }
    }

    /// The marker a secret leaves behind.
    public static let marker = "[secret redacted]"

    /// Secrets named by the words around them: a pattern and what stands in its place ($1 keeps the label).
    static let labelled: [(Pattern, String)] = [
        (
            try! Pattern(#"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)"#),
            "[private key redacted]"
        ),
        (
            try! Pattern(
                #"\b((?:aws_)?secret[ _]?(?:access[ _]?)?key|aws_session_token|session token|x-amz-security-token|password|passwd|pwd|passphrase|client_secret|api[_ -]?key|api[_ -]?token|access[_ -]?token|auth[_ -]?token|token|パスワード)(["']?\s*[:=]\s*["']?|\s+is\s+)[^\s"'<>]{4,}"#
            ), "$1$2" + marker
        ),
        (try! Pattern(#"\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{16,}"#), "$1 " + marker),
        (try! Pattern(#"\b(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})"#), marker),
        (try! Pattern(#"\bxox[abprs]-[A-Za-z0-9-]{10,}"#), marker),
        (try! Pattern(#"\bAIza[0-9A-Za-z_-]{35}"#, caseInsensitive: false), marker),
        (try! Pattern(#"\b(sk|rk)_(live|test)_[0-9A-Za-z]{16,}"#), marker),
        // Query parameters that carry credentials in links.
        (
            try! Pattern(
                #"([?&](?:x-amz-security-token|x-amz-signature|signature|sig|token|access_token|api_key|apikey|key)=)[^&\s"'<>]+"#
            ),
            "$1" + marker
        ),
    ]

    /// A run of 40 base-64 characters with capitals, small letters and digits: the shape of an AWS
    /// secret access key, even when nothing labels it; longer runs of the same alphabet (session
    /// tokens) too. Hexadecimal digests (lower-case only) and file paths without a digit
    /// ("Tests/Fixtures/Resources/health/describe…") are left alone; a random 40-character key
    /// holds no digit about once in a thousand, and is then only caught where something labels it.
    static let bareKey = try! Pattern(
        #"(?<![A-Za-z0-9/+=])(?=[A-Za-z0-9/+=]*[A-Z])(?=[A-Za-z0-9/+=]*[a-z])(?=[A-Za-z0-9/+=]*[0-9])[A-Za-z0-9/+]{40}(?:[A-Za-z0-9/+=]{60,})?(?![A-Za-z0-9/+=])"#,
        caseInsensitive: false)

    /// `text` without terminal escape sequences (ESC [ … final byte, ESC ] … BEL or ST), other
    /// control characters, and bidirectional overrides and isolates.
    static func removingControls(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            let value = scalar.value
            if value == 0x1B {
                // CSI: ESC [ parameters final-byte; OSC: ESC ] … BEL or ESC \; others: one more character.
                guard let next = scalars.next() else { break }
                if next == "[" {
                    while let c = scalars.next(), !(0x40...0x7E).contains(c.value) {}
                } else if next == "]" {
                    var previous: Unicode.Scalar?
                    while let c = scalars.next() {
                        if c.value == 0x07 || (previous?.value == 0x1B && c == "\\") { break }
                        previous = c
                    }
                }
                continue
            }
            if value == 0x09 || value == 0x0A || value == 0x0D { out.append(scalar); continue }
            if value < 0x20 || (0x7F...0x9F).contains(value) { continue }
            if (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) { continue }
            out.append(scalar)
        }
        return String(out)
    }
}
