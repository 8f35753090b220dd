import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Substring search on UTF-8 bytes, for the checks that run on every message: Foundation's
/// `range(of:)` costs far more on Linux. The C library's vectorised `memchr` finds each place where
/// the needle's least common byte stands (in English prose), and only there are the bytes compared.
enum ByteSearch {
    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { contains(haystack, $0) }
    }

    /// A needle looked for many times: its anchor byte chosen once.
    struct Needle: Sendable {
        let bytes: [UInt8]
        let anchor: Int

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            anchor = bytes.withUnsafeBufferPointer { ByteSearch.anchorIndex($0) }
        }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        needle.withUnsafeBufferPointer { contains(haystack, $0) }
    }

    static func contains(_ haystack: [UInt8], _ needle: Needle) -> Bool {
        needle.bytes.withUnsafeBufferPointer { contains(haystack, $0, anchor: needle.anchor) }
    }

    private static func contains(_ haystack: [UInt8], _ n: UnsafeBufferPointer<UInt8>, anchor: Int? = nil) -> Bool {
        guard !n.isEmpty else { return true }
        guard haystack.count >= n.count else { return false }
        let anchor = anchor ?? anchorIndex(n)
        let byte = Int32(n[anchor])
        return haystack.withUnsafeBufferPointer { h in
            let base = h.baseAddress!
            // The anchor's position in the haystack runs from `anchor` to `last + anchor`.
            let last = h.count - n.count
            var i = 0
            while i <= last {
                guard let hit = memchr(base + i + anchor, byte, last - i + 1) else { return false }
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - anchor
                if memcmp(base + i, n.baseAddress!, n.count) == 0 { return true }
                i += 1
            }
            return false
        }
    }

    /// The needle's byte least likely in mail text: not a space, a lower-case letter or a vowel
    /// when anything else is there.
    private static func anchorIndex(_ n: UnsafeBufferPointer<UInt8>) -> Int {
        var best = 0
        var bestRank = Int.max
        for (index, byte) in n.enumerated() {
            let rank: Int
            switch byte {
            case 0x20: rank = 9
            case 0x65, 0x74, 0x61, 0x6F, 0x69, 0x6E, 0x73, 0x72, 0x68: rank = 8  // e t a o i n s r h
            case 0x61...0x7A: rank = 6
            case 0xE0...0xEF: rank = 7  // the lead byte every CJK character shares
            default: rank = 1
            }
            if rank < bestRank {
                best = index
                bestRank = rank
            }
        }
        return best
    }
}
