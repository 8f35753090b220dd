/// Decodes RFC 2047 encoded words in unstructured header text.
///
/// We decode headers ourselves rather than through `g_mime_utils_header_decode_text`: GMime 3.2.13
/// (Debian 12) drops everything after a B-encoded word that ends in `=` padding when another
/// encoded word follows (upstream jstedfast/gmime#133). Charset conversion still goes through
/// GMime's iconv (``Transcoder``). Adjacent words in the same charset are joined before conversion,
/// so a multi-byte character split across two words survives.
enum EncodedWords {
    /// Decodes a raw (possibly folded) header value to a single-line string.
    static func decode(_ raw: [UInt8]) -> String {
        let text = unfold(raw)
        var result = ""
        var pendingBytes: [UInt8] = []
        var pendingCharset: String?
        var literal: [UInt8] = []
        var lastWasEncoded = false
        var i = 0

        func flushPending() {
            if !pendingBytes.isEmpty {
                result += Transcoder.string(from: pendingBytes, charset: pendingCharset)
            }
            pendingBytes.removeAll(keepingCapacity: true)
            pendingCharset = nil
        }
        func flushLiteral() {
            if !literal.isEmpty {
                result += Transcoder.utf8OrFallback(literal)
            }
            literal.removeAll(keepingCapacity: true)
        }

        while i < text.count {
            if text[i] == UInt8(ascii: "="), let word = parseWord(text, at: i) {
                // Whitespace between two encoded words is not displayed (RFC 2047 §6.2).
                if lastWasEncoded, literal.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    literal.removeAll(keepingCapacity: true)
                } else {
                    flushPending()
                    flushLiteral()
                }
                if pendingCharset != nil, pendingCharset != word.charset {
                    flushPending()
                }
                pendingCharset = word.charset
                pendingBytes.append(contentsOf: word.bytes)
                lastWasEncoded = true
                i = word.end
                continue
            }
            if !(text[i] == 0x20 || text[i] == 0x09) {
                if lastWasEncoded {
                    flushPending()
                    flushLiteral()
                }
                lastWasEncoded = false
            }
            literal.append(text[i])
            i += 1
        }
        flushPending()
        flushLiteral()
        return result.trimmingWhitespace()
    }

    /// An address header with each run of encoded words replaced by the decoded text as a quoted
    /// string (or, inside a quoted string already, as escaped text), so that an address parser reads
    /// the display name without decoding it again.
    static func quotingEncodedPhrases(_ raw: [UInt8]) -> String {
        let text = unfold(raw)
        var out = ""
        var i = 0
        var literalStart = 0
        var insideQuotes = false
        while i < text.count {
            let byte = text[i]
            if byte == UInt8(ascii: "\""), i == 0 || text[i - 1] != UInt8(ascii: "\\") { insideQuotes.toggle() }
            guard byte == UInt8(ascii: "="), parseWord(text, at: i) != nil else {
                i += 1
                continue
            }
            // A run of encoded words separated only by whitespace.
            var end = i
            var probe = i
            while let word = parseWord(text, at: probe) {
                end = word.end
                probe = end
                while probe < text.count, text[probe] == 0x20 || text[probe] == 0x09 { probe += 1 }
            }
            out += Transcoder.utf8OrFallback(Array(text[literalStart..<i]))
            let decoded = decode(Array(text[i..<end]))
                .replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            out += insideQuotes ? decoded : "\"" + decoded + "\""
            i = end
            literalStart = end
        }
        out += Transcoder.utf8OrFallback(Array(text[literalStart...]))
        return out
    }

    /// Removes line breaks of folded headers, keeping the whitespace that follows them.
    static func unfold(_ raw: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        for byte in raw where byte != 0x0D && byte != 0x0A {
            out.append(byte)
        }
        return out
    }

    private struct Word {
        var charset: String
        var bytes: [UInt8]
        var end: Int
    }

    /// Parses `=?charset?B|Q?text?=` starting at `start`.
    private static func parseWord(_ text: [UInt8], at start: Int) -> Word? {
        let q = UInt8(ascii: "?")
        guard start + 1 < text.count, text[start + 1] == q else { return nil }
        var i = start + 2
        let charsetStart = i
        while i < text.count, text[i] != q, text[i] > 0x20 { i += 1 }
        guard i < text.count, text[i] == q, i > charsetStart else { return nil }
        var charset = String(decoding: text[charsetStart..<i], as: UTF8.self).lowercased()
        if let star = charset.firstIndex(of: "*") { charset = String(charset[..<star]) }  // RFC 2231 language
        i += 1
        guard i + 1 < text.count, text[i + 1] == q else { return nil }
        let encoding = text[i] | 0x20
        guard encoding == UInt8(ascii: "b") || encoding == UInt8(ascii: "q") else { return nil }
        i += 2
        let payloadStart = i
        while i + 1 < text.count, !(text[i] == q && text[i + 1] == UInt8(ascii: "=")) {
            if text[i] <= 0x20 { return nil }
            i += 1
        }
        guard i + 1 < text.count else { return nil }
        let payload = text[payloadStart..<i]
        let bytes = encoding == UInt8(ascii: "b") ? Base64.decode(payload) : decodeQ(payload)
        return Word(charset: charset, bytes: bytes, end: i + 2)
    }

    private static func decodeQ(_ payload: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(payload.count)
        var i = payload.startIndex
        while i < payload.endIndex {
            let byte = payload[i]
            if byte == UInt8(ascii: "_") {
                out.append(0x20)
            } else if byte == UInt8(ascii: "="), i + 2 < payload.endIndex,
                let hi = hexValue(payload[i + 1]), let lo = hexValue(payload[i + 2])
            {
                out.append(hi << 4 | lo)
                i += 2
            } else {
                out.append(byte)
            }
            i += 1
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}

/// A lenient Base64 decoder for encoded words: it skips characters outside the alphabet and
/// tolerates missing padding, as mail readers do.
enum Base64 {
    static func decode<C: Collection>(_ input: C) -> [UInt8] where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(input.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        for byte in input {
            let value: UInt32
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = UInt32(byte - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): value = UInt32(byte - UInt8(ascii: "a") + 26)
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt32(byte - UInt8(ascii: "0") + 52)
            case UInt8(ascii: "+"): value = 62
            case UInt8(ascii: "/"): value = 63
            case UInt8(ascii: "="): bits = 0; accumulator = 0; continue
            default: continue
            }
            accumulator = accumulator << 6 | value
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
                accumulator &= (1 << UInt32(bits)) - 1
            }
        }
        return out
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
