/// A text as UTF-8 bytes with the byte range of each line, for scanners that run on every message:
/// working on bytes avoids grapheme breaking and unspecialised generic string code.
public struct LineIndex: Sendable {
    public let bytes: [UInt8]
    /// Each line's bytes, without its `\n` (a trailing `\r` is kept).
    public let lines: [Range<Int>]

    public init(_ text: String, limit: Int = .max) {
        var text = text
        bytes = text.withUTF8 { Array($0.prefix(limit)) }
        var lines: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { b in
            var start = 0
            for i in 0..<b.count where b[i] == 0x0A {
                lines.append(start..<i)
                start = i + 1
            }
            lines.append(start..<b.count)
        }
        self.lines = lines
    }

    /// The range without leading and trailing spaces, tabs and carriage returns.
    public func trimmed(_ range: Range<Int>) -> Range<Int> { bytes.trimmedRange(range) }

    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}

extension String {
    /// The text's UTF-8 bytes, copied in one block (the generic `text.utf8Bytes` goes byte by byte).
    public var utf8Bytes: [UInt8] {
        var text = self
        return text.withUTF8 { Array($0) }
    }
}

extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// `range` of these bytes without the spaces, tabs, carriage returns and ideographic spaces (U+3000,
    /// the indent of Japanese text: "　・…") at either end.
    /// Inlinable: it runs on every line, and a generic call across modules would not be specialised.
    @inlinable
    public func trimmedRange(_ range: Range<Int>) -> Range<Int> {
        func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D }
        func isIdeographicSpace(at i: Int) -> Bool { self[i] == 0xE3 && self[i + 1] == 0x80 && self[i + 2] == 0x80 }
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            if isBlank(self[lower]) {
                lower += 1
            } else if upper - lower >= 3, isIdeographicSpace(at: lower) {
                lower += 3
            } else {
                break
            }
        }
        while upper > lower {
            if isBlank(self[upper - 1]) {
                upper -= 1
            } else if upper - lower >= 3, isIdeographicSpace(at: upper - 3) {
                upper -= 3
            } else {
                break
            }
        }
        return lower..<upper
    }
}
