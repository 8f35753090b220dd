import Foundation

/// The mbox separator line, `From <sender> <date>`, told from body text by its own form: after
/// `From ` come a sender and a date with a month name, a time and a year (`From MAILER-DAEMON Sat
/// Nov  1 00:21:18 2026`, `From - Sat Nov 01 00:21:18 2026`, `From a@b Sat, 01 Nov 2026 00:21:18
/// +0000`), as mutt and Python's `mailbox` recognise it. A body line that merely starts with "From "
/// ("From the team: …") is no separator, whether or not a blank line comes before it, and a
/// separator needs no blank line before it (several exporters write none). Lines may end in CRLF.
public enum MboxSeparator {
    /// Whether the line that starts at `start` of `bytes` is a separator.
    public static func isSeparator(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let count = bytes.count
        guard start + 5 <= count, bytes[start] == 0x46, bytes[start + 1] == 0x72, bytes[start + 2] == 0x6F,
            bytes[start + 3] == 0x6D, bytes[start + 4] == 0x20
        else { return false }
        // The rest of the line, at most 256 bytes.
        var end = start + 5
        while end < count, end - start < 256, bytes[end] != 0x0A { end += 1 }
        var month = false
        var time = false
        var year = false
        var i = start + 5
        // The sender: the first token, whatever it holds.
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        while i < end, bytes[i] != 0x20 && bytes[i] != 0x09 { i += 1 }
        while i < end {
            while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x2C || bytes[i] == 0x0D { i += 1 }
            let tokenStart = i
            while i < end, bytes[i] != 0x20, bytes[i] != 0x09, bytes[i] != 0x2C, bytes[i] != 0x0D { i += 1 }
            let token = UnsafeBufferPointer(rebasing: bytes[tokenStart..<i])
            if token.count == 3, isMonth(token) { month = true }
            if isTime(token) { time = true }
            if token.count == 4, token.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), token[0] == 0x31 || token[0] == 0x32 {
                year = true
            }
        }
        return month && time && year
    }

    private static let months: [[UInt8]] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .map { Array($0.utf8) }

    private static func isMonth(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        let lower = token.map { $0 | 0x20 }
        return months.contains(lower)
    }

    /// `hh:mm` or `hh:mm:ss`.
    private static func isTime(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.count == 5 || token.count == 8 else { return false }
        for (index, byte) in token.enumerated() {
            let colon = index == 2 || index == 5
            if colon ? byte != 0x3A : !(byte >= 0x30 && byte <= 0x39) { return false }
        }
        return true
    }
}
