internal import CPCRE2
import Foundation

/// Owns one compiled PCRE2 pattern (`pcre2_code *`, JIT-compiled) and the match data for it.
///
/// Used by one thread only (see ``PatternCache``): the match data is reused from call to call.
/// See https://www.pcre.org/current/doc/html/pcre2api.html.
final class CompiledRegex {
    private let code: OpaquePointer
    private let matchData: OpaquePointer

    /// Compiles `source` for UTF-8 text with Unicode classes (`\b`, `\w`, `\d` as ICU has them).
    init(_ source: String, caseless: Bool) throws(PatternError) {
        var errorCode: Int32 = 0
        var errorOffset = 0
        let options = UInt32(PCRE2_UTF | PCRE2_UCP) | (caseless ? UInt32(PCRE2_CASELESS) : 0)
        let compiled = source.withCString { pointer in
            pointer.withMemoryRebound(to: UInt8.self, capacity: source.utf8.count) {
                pcre2_compile_8($0, source.utf8.count, options, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            var buffer = [UInt8](repeating: 0, count: 256)
            let length = pcre2_get_error_message_8(errorCode, &buffer, buffer.count)
            let message = length > 0 ? String(decoding: buffer[..<Int(length)], as: UTF8.self) : "error \(errorCode)"
            throw PatternError(pattern: source, offset: errorOffset, message: message)
        }
        // Without JIT (not every machine has it) matching still works, only slower.
        _ = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE))
        code = compiled
        matchData = pcre2_match_data_create_from_pattern_8(compiled, nil)
    }

    deinit {
        pcre2_match_data_free_8(matchData)
        pcre2_code_free_8(code)
    }

    /// The first match in `text` at or after byte `start`: the byte range of the whole match and of
    /// each group (nil for a group that did not take part), or nil when there is no match.
    func firstMatch(in text: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> [Range<Int>?]? {
        let base = text.baseAddress ?? UnsafePointer(bitPattern: 1)!
        let result = pcre2_match_8(code, base, text.count, start, UInt32(PCRE2_NO_UTF_CHECK), matchData, nil)
        guard result > 0 else { return nil }
        let ovector = pcre2_get_ovector_pointer_8(matchData)!
        let pairs = Int(pcre2_get_ovector_count_8(matchData))
        var ranges: [Range<Int>?] = []
        ranges.reserveCapacity(pairs)
        for pair in 0..<pairs {
            let lower = ovector[2 * pair]
            let upper = ovector[2 * pair + 1]
            ranges.append(lower < 0 || upper < lower || pair >= Int(result) ? nil : lower..<upper)
        }
        return ranges
    }

    /// Whether `text` holds a match, without reading the groups.
    func matches(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let base = text.baseAddress ?? UnsafePointer(bitPattern: 1)!
        return pcre2_match_8(code, base, text.count, 0, UInt32(PCRE2_NO_UTF_CHECK), matchData, nil) > 0
    }
}

/// A pattern that does not compile: where and why.
public struct PatternError: Error, Equatable, Sendable {
    public var pattern: String
    /// Byte offset in the pattern where PCRE2 stopped.
    public var offset: Int
    public var message: String
}
