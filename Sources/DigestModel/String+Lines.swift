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
    public func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 || bytes[lower] == 0x0D { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 || bytes[upper - 1] == 0x0D {
            upper -= 1
        }
        return lower..<upper
    }

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
