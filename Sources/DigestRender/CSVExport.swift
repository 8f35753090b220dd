import DigestModel
import Foundation

/// notices.csv: one row per message, for the people who live in spreadsheets. RFC 4180 (CRLF,
/// quoted where needed) in UTF-8 with a byte-order mark, so Excel opens Japanese subjects; a cell
/// that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) gets a
/// leading apostrophe. Written a megabyte at a time, so memory does not grow with the month.
///
/// Our own writer, not CSV.swift: that library writes one character at a time through an
/// OutputStream, which cost a second of the 10,000-message month (a system call per character to a
/// file, or the same time in memory streams); RFC 4180's quoting is the few lines of ``append``.
public enum CSVExport {
    /// The columns, in order (documented in the README).
    public static let columns = [
        "month", "received", "category", "subject", "group_id", "detail", "deadline", "reminder", "services",
        "accounts", "regions", "provider", "trust", "trust_reason", "confidence", "rule", "message_id", "source",
    ]

    public static func write(_ digest: Digest, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data([0xEF, 0xBB, 0xBF])),
            let file = FileHandle(forWritingAtPath: path)
        else { throw CocoaError(.fileWriteUnknown) }
        defer { try? file.close() }
        try file.seekToEnd()
        let groups = Dictionary(uniqueKeysWithValues: digest.groups.map { ($0.id, $0) })
        let log = digest.log
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        append(columns, to: &buffer)
        for index in log.sortedIndices() {
            let record = log.record(at: Int(index))
            let detail = groups[record.groupId].map { DigestView.link(to: $0) } ?? ""
            append(
                [
                    digest.month, record.date.map(Self.timestamp) ?? "", record.category.rawValue, record.subject,
                    record.groupId, detail, record.deadline?.description ?? "", record.reminder ? "yes" : "no",
                    record.services.joined(separator: " "), record.accounts.joined(separator: " "),
                    record.regions.joined(separator: " "), record.provider, record.trust.rawValue, record.trustReason,
                    record.confidence.rawValue, record.rule, record.messageId, record.source,
                ].map(neutralised), to: &buffer)
            if buffer.count >= 1 << 20 {
                try file.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try file.write(contentsOf: buffer)
    }

    /// One row, RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes
    /// doubled; CRLF ends the row.
    static func append(_ row: [String], to buffer: inout [UInt8]) {
        for (index, field) in row.enumerated() {
            if index > 0 { buffer.append(0x2C) }
            let bytes = field.utf8
            if bytes.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                buffer.append(0x22)
                for byte in bytes {
                    if byte == 0x22 { buffer.append(0x22) }
                    buffer.append(byte)
                }
                buffer.append(0x22)
            } else {
                buffer.append(contentsOf: bytes)
            }
        }
        buffer.append(contentsOf: [0x0D, 0x0A])
    }

    /// A cell a spreadsheet would take for a formula, made text.
    static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        return "'" + cell
    }

    static func timestamp(_ date: Date) -> String {
        var formatter = Date.ISO8601FormatStyle()
        formatter.timeZone = TimeZone(identifier: "UTC")!
        return date.formatted(formatter)
    }
}
