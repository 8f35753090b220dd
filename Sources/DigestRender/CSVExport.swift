import CSV
import DigestModel
import Foundation

/// notices.csv: one row per message, for the people who live in spreadsheets. RFC 4180 (CRLF,
/// quoted where needed) in UTF-8 with a byte-order mark, so Excel opens Japanese subjects; a cell
/// that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) gets a
/// leading apostrophe. Written row by row to the file, so memory does not grow with the month.
public enum CSVExport {
    /// The columns, in order (documented in the README).
    public static let columns = [
        "month", "received", "category", "subject", "group_id", "detail", "deadline", "reminder", "services",
        "accounts", "regions", "provider", "trust", "trust_reason", "confidence", "rule", "message_id", "source",
    ]

    public static func write(_ digest: Digest, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data([0xEF, 0xBB, 0xBF])),
            let stream = OutputStream(toFileAtPath: path, append: true)
        else { throw CocoaError(.fileWriteUnknown) }
        stream.open()
        defer { stream.close() }
        let csv = try CSVWriter(stream: stream, newline: .crlf)
        try csv.write(row: columns)
        let groups = Dictionary(uniqueKeysWithValues: digest.groups.map { ($0.id, $0) })
        let log = digest.log
        for index in log.sortedIndices() {
            let record = log.record(at: Int(index))
            let detail = groups[record.groupId].map { DigestView.link(to: $0) } ?? ""
            try csv.write(
                row: [
                    digest.month, record.date.map(Self.timestamp) ?? "", record.category.rawValue, record.subject,
                    record.groupId, detail, record.deadline?.description ?? "", record.reminder ? "yes" : "no",
                    record.services.joined(separator: " "), record.accounts.joined(separator: " "),
                    record.regions.joined(separator: " "), record.provider, record.trust.rawValue, record.trustReason,
                    record.confidence.rawValue, record.rule, record.messageId, record.source,
                ].map(neutralised))
        }
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
