/// FNV-1a, 64 bits: a hash that is the same in every run and on every machine (Swift's `Hasher`
/// is seeded per process), for ids derived from content.
public enum StableHash {
    public static func value(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return hash
    }

    /// The hash of raw bytes (equal to `value` of the same text as UTF-8).
    public static func value<C: Collection>(bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return hash
    }

    /// One hash for three hashes, order-sensitive.
    @inlinable
    public static func combine(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        hash ^= a
        hash &*= 0x100_0000_01b3
        hash ^= hash >> 29
        hash ^= b
        hash &*= 0x100_0000_01b3
        hash ^= hash >> 29
        hash ^= c
        hash &*= 0x100_0000_01b3
        hash ^= hash >> 29
        return hash
    }

    /// 16 lower-case hex digits.
    public static func hex(_ text: String) -> String {
        let digits = String(value(text), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
