import DigestModel
import Foundation

/// notices.csv: one row per message, for the people who live in spreadsheets. RFC 4180 (CRLF,
/// quoted where needed, ``CSVRow``) in UTF-8 with a byte-order mark, so Excel opens Japanese
/// subjects; a cell that a spreadsheet would read as a formula gets a leading apostrophe. Written a
/// megabyte at a time, so memory does not grow with the month.
///
/// Our own writer, not CSV.swift: that library writes one character at a time through an
/// OutputStream, which cost a second of the 10,000-message month (a system call per character to a
/// file, or the same time in memory streams); RFC 4180's quoting is the few lines of ``CSVRow/append(_:to:separatorFirst:)``.
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
        CSVRow.append(columns, to: &buffer)
        CSVRow.end(&buffer)
        // Each row's cells were encoded by the worker that classified its message; here only the
        // group id and its page go between them.
        let page = { (id: String) in groups[id].map { DigestView.link(to: $0) } ?? "" }
        for index in log.sortedIndices() {
            log.csvRow(at: Int(index), month: digest.month, page: page, to: &buffer)
            if buffer.count >= 1 << 20 {
                try file.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try file.write(contentsOf: buffer)
    }
}
