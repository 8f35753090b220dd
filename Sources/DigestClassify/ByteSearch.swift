import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Substring search on UTF-8 bytes, for the checks that run on every message: Foundation's
/// `range(of:)` costs far more on Linux. The C library's vectorised `memchr` finds each candidate
/// first byte.
enum ByteSearch {
    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { n in
            guard let first = n.first else { return true }
            guard haystack.count >= n.count else { return false }
            return haystack.withUnsafeBufferPointer { h in
                let base = h.baseAddress!
                let last = h.count - n.count
                var i = 0
                while i <= last {
                    guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return false }
                    i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + i, n.baseAddress!, n.count) == 0 { return true }
                    i += 1
                }
                return false
            }
        }
    }
}
