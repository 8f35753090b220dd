internal import CGMime
import DigestModel
import Foundation

/// Converts text in a named charset to Swift strings through GMime's iconv functions.
///
/// GMime canonicalises charset names (`x-sjis`, `ISO_8859-1`, `cp932` …) in `g_mime_iconv_open`;
/// see https://developer.gnome.org/gmime/stable/gmime-gmime-iconv.html. Opening a converter costs
/// more than a message's parse, so each thread keeps the converters it has opened (``Converters``).
enum Transcoder {
    /// A body part's text: labelled UTF-8 read as UTF-8 with invalid sequences replaced; anything
    /// else as ``string(from:charset:)`` (unlabelled or ASCII-labelled 8-bit text through
    /// ``utf8OrFallback(_:)``, other charsets converted).
    static func text(from bytes: [UInt8], charset: String?) -> String {
        let name = (charset ?? "").lowercased()
        if name == "utf-8" || name == "utf8" { return String(decoding: bytes, as: UTF8.self) }
        return string(from: bytes, charset: charset)
    }

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
        guard let cd = Converters.current.converter(from: charset) else { return nil }
        // A reused converter starts from its initial shift state, whatever the last text left.
        _ = iconv(cd, nil, nil, nil, nil)
        return bytes.withUnsafeBufferPointer { buffer -> String? in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                guard let out = g_mime_iconv_strndup(cd, chars, buffer.count) else { return nil }
                defer { g_free(out) }
                return String(cString: out)
            }
        }
    }
}

/// One thread's open converters to UTF-8, by charset name (a name iconv does not know is
/// remembered as such). Never shared between threads; closed when the thread ends.
final class Converters {
    private var open: [String: iconv_t?] = [:]

    func converter(from charset: String) -> iconv_t? {
        if let known = open[charset] { return known }
        var cd = g_mime_iconv_open("UTF-8", charset)
        if let opened = cd, Int(bitPattern: opened) == -1 { cd = nil }
        // A bound that mail never reaches; past it, converters are closed and opened afresh.
        if open.count >= 64 { closeAll() }
        open[charset] = cd
        return cd
    }

    private func closeAll() {
        for case let cd?? in open.values { g_mime_iconv_close(cd) }
        open.removeAll()
    }

    deinit { closeAll() }

    /// This thread's converters.
    static var current: Converters { perThread.current }

    private static let perThread = PerThread { Converters() }
}
