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
        /// Its byte pairs as ``PairSet`` numbers them (at most eight, spread over the needle).
        let pairs: [Int]

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            anchor = bytes.withUnsafeBufferPointer { ByteSearch.anchorIndex($0) }
            let starts = Array(0..<max(0, bytes.count - 1))
            let step = max(1, starts.count / 8)
            pairs = stride(from: 0, to: starts.count, by: step).prefix(8).map { PairSet.slot(bytes[$0], bytes[$0 + 1]) }
        }
    }

    /// The byte pairs a text holds, hashed to 4,096 bits: a needle one of whose pairs is missing is
    /// not in the text, found without reading the text again. Made in one pass; a text that is
    /// searched for many needles (a paragraph, for every rule's pre-check) makes it once.
    struct PairSet {
        private var bits = [UInt64](repeating: 0, count: 64)

        init(_ text: [UInt8]) {
            self.init { bits in
                text.withUnsafeBufferPointer { t in
                    for i in 0..<max(0, t.count - 1) { PairSet.insert(t[i], t[i + 1], into: bits) }
                }
            }
        }

        /// The pairs whose slots `fill` sets with ``insert(_:_:into:)`` in a table of 64 words: one pass
        /// over a text that is also read for other things, without a copy-on-write check per pair.
        init(filling fill: (UnsafeMutableBufferPointer<UInt64>) -> Void) {
            bits.withUnsafeMutableBufferPointer { fill($0) }
        }

        /// Sets the slot of the pair `a`, `b` in a table that ``init(filling:)`` hands out.
        @inline(__always)
        static func insert(_ a: UInt8, _ b: UInt8, into bits: UnsafeMutableBufferPointer<UInt64>) {
            let slot = slot(a, b)
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }

        static func slot(_ a: UInt8, _ b: UInt8) -> Int { (Int(a) &* 61 &+ Int(b) &* 7) & 4095 }

        /// False when `needle` is certainly not in the text; true when it may be.
        func mayContain(_ needle: Needle) -> Bool {
            needle.pairs.allSatisfy { bits[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }
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
