import Foundation

/// A row of notices.csv, RFC 4180: a field holding a comma, a quote or a line break is quoted, its
/// quotes doubled; CRLF ends the row. A cell that a spreadsheet would read as a formula (`=`, `+`,
/// `-`, `@`, tab, carriage return first) gets a leading apostrophe.
///
/// A message's cells are encoded by the worker that classified it (``MessageLog/encode(_:)``), in
/// two parts around the group id and its page, which are known only at the end.
public enum CSVRow {
    /// Appends `fields` to `buffer`, separated by commas; `separatorFirst` puts a comma before the first.
    public static func append(_ fields: [String], to buffer: inout [UInt8], separatorFirst: Bool = false) {
        for (index, field) in fields.enumerated() {
            if index > 0 || separatorFirst { buffer.append(0x2C) }
            let cell = neutralised(field)
            let bytes = cell.utf8
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
    }

    /// Ends a row.
    public static func end(_ buffer: inout [UInt8]) { buffer.append(contentsOf: [0x0D, 0x0A]) }

    /// A cell a spreadsheet would take for a formula, made text.
    public static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        return "'" + cell
    }

    /// A message's cells before the group id (received, category, subject) and after its page
    /// (deadline … source), for ``MessageLog``.
    static func parts(of notice: Notice) -> (head: [UInt8], tail: [UInt8]) {
        var head: [UInt8] = []
        append(
            [notice.date.map(timestamp) ?? "", notice.category.rawValue, notice.subject], to: &head,
            separatorFirst: true)
        var tail: [UInt8] = []
        append(
            [
                notice.deadline?.description ?? "", notice.reminder ? "yes" : "no",
                notice.services.joined(separator: " "), notice.accounts.joined(separator: " "),
                notice.regions.joined(separator: " "), notice.provider, notice.trust.rawValue, notice.trustReason,
                notice.confidence.rawValue, notice.rule, notice.id, notice.source.description,
            ], to: &tail, separatorFirst: true)
        end(&tail)
        return (head, tail)
    }

    /// A UTC time as ISO 8601, as the CSV has always written it.
    public static func timestamp(_ date: Date) -> String { date.formatted(utcTimestamp) }

    /// Made once: every message's row has a timestamp, on the worker that classified it.
    private static let utcTimestamp: Date.ISO8601FormatStyle = {
        var style = Date.ISO8601FormatStyle()
        style.timeZone = TimeZone(identifier: "UTC")!
        return style
    }()
}
