internal import CGMime

/// Converts text in a named charset to Swift strings through GMime's iconv cache.
///
/// GMime canonicalises charset names (`x-sjis`, `ISO_8859-1`, `cp932` …) in `g_mime_iconv_open`;
/// see https://developer.gnome.org/gmime/stable/gmime-gmime-iconv.html.
enum Transcoder {
    /// Decodes `bytes` from `charset`; falls back to lossy UTF-8, then Latin-1, when the charset is
    /// unknown or the bytes are invalid in it, so no text is ever dropped.
    static func string(from bytes: [UInt8], charset: String?) -> String {
        if bytes.isEmpty { return "" }
        let name = (charset ?? "").lowercased()
        if name.isEmpty || name == "utf-8" || name == "utf8" || name == "us-ascii" || name == "ascii" {
            return utf8OrFallback(bytes)
        }
        if let converted = iconvToUTF8(bytes, from: name) {
            return converted
        }
        return utf8OrFallback(bytes)
    }

    /// Valid UTF-8 as is; otherwise the bytes are read as Windows-1252, the charset mislabelled
    /// 8-bit mail most often has.
    static func utf8OrFallback(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) {
            return text
        }
        return iconvToUTF8(bytes, from: "windows-1252") ?? String(decoding: bytes, as: UTF8.self)
    }

    private static func iconvToUTF8(_ bytes: [UInt8], from charset: String) -> String? {
        _ = gmimeReady
        guard let cd = g_mime_iconv_open("UTF-8", charset), Int(bitPattern: cd) != -1 else { return nil }
        defer { g_mime_iconv_close(cd) }
        return bytes.withUnsafeBufferPointer { buffer -> String? in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                guard let out = g_mime_iconv_strndup(cd, chars, buffer.count) else { return nil }
                defer { g_free(out) }
                return String(cString: out)
            }
        }
    }
}
