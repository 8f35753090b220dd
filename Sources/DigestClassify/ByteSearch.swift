/// Substring search on UTF-8 bytes, for the checks that run on every message: Foundation's
/// `range(of:)` costs far more on Linux.
enum ByteSearch {
    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard let first = n.first, haystack.count >= n.count else { return n.isEmpty }
        var i = 0
        let last = haystack.count - n.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < n.count && haystack[i + k] == n[k] { k += 1 }
                if k == n.count { return true }
            }
            i += 1
        }
        return false
    }
}
