import Foundation

/// JSON text appended to a byte buffer: strings escaped, dates in UTC, lists of strings. Used both
/// by digest.json's writer and by the workers that encode each message's record ahead of time.
public enum JSONBytes {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    public static func append(_ text: String, to buffer: inout [UInt8]) {
        buffer.append(0x22)
        var text = text
        text.withUTF8 { bytes in
            // Runs that need no escape are copied whole.
            var run = 0
            for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                run = i + 1
                switch byte {
                case 0x22: buffer += [0x5C, 0x22]
                case 0x5C: buffer += [0x5C, 0x5C]
                case 0x0A: buffer += [0x5C, 0x6E]
                case 0x0D: buffer += [0x5C, 0x72]
                case 0x09: buffer += [0x5C, 0x74]
                default: buffer += [0x5C, 0x75, 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 15)]]
                }
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        buffer.append(0x22)
    }

    public static func append(_ text: String?, to buffer: inout [UInt8]) {
        if let text { append(text, to: &buffer) } else { buffer += "null".utf8 }
    }

    public static func append(_ values: [String], to buffer: inout [UInt8]) {
        buffer.append(0x5B)
        for (index, value) in values.enumerated() {
            if index > 0 { buffer += [0x2C, 0x20] }
            append(value, to: &buffer)
        }
        buffer.append(0x5D)
    }

    /// `"2026-11-04T10:00:00Z"` (seconds dropped below one), or null.
    public static func append(_ date: Date?, to buffer: inout [UInt8]) {
        guard let date else {
            buffer += "null".utf8
            return
        }
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = Day(ordinal: Int((Double(seconds) / 86400).rounded(.down)))
        let second = seconds - day.ordinal * 86400
        buffer.append(0x22)
        day.appendDigits(to: &buffer)
        buffer.append(0x54)
        appendTwoDigits(second / 3600, to: &buffer)
        buffer.append(0x3A)
        appendTwoDigits(second / 60 % 60, to: &buffer)
        buffer.append(0x3A)
        appendTwoDigits(second % 60, to: &buffer)
        buffer += [0x5A, 0x22]
    }

    static func appendTwoDigits(_ value: Int, to buffer: inout [UInt8]) {
        buffer.append(0x30 + UInt8(value / 10 % 10))
        buffer.append(0x30 + UInt8(value % 10))
    }

    static func appendFourDigits(_ value: Int, to buffer: inout [UInt8]) {
        appendTwoDigits(value / 100, to: &buffer)
        appendTwoDigits(value % 100, to: &buffer)
    }
}

extension Day {
    /// `YYYY-MM-DD` appended as bytes.
    func appendDigits(to buffer: inout [UInt8]) {
        JSONBytes.appendFourDigits(year, to: &buffer)
        buffer.append(0x2D)
        JSONBytes.appendTwoDigits(month, to: &buffer)
        buffer.append(0x2D)
        JSONBytes.appendTwoDigits(day, to: &buffer)
    }
}
