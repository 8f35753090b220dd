import Fixtures
import Foundation
import Testing

@testable import DigestMIME

/// Parses one single-message file and returns its content, recording an issue when the parser
/// does not give a message.
func parseMessage(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> MailContent {
    let parser = try MailParser(path: Fixtures.path(relative), format: .message)
    let item = parser.next()
    guard case .message(let content, let offset)? = item else {
        Issue.record("\(relative): expected a message, got \(String(describing: item))", sourceLocation: sourceLocation)
        throw FixtureError.noMessage(relative)
    }
    #expect(offset == 0, "single-message files start at byte 0", sourceLocation: sourceLocation)
    return content
}

enum FixtureError: Error {
    case noMessage(String)
}

/// `2026-11-02T18:04:11Z` for a date, in UTC.
func utcString(_ date: Date?) -> String? {
    guard let date else { return nil }
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
}

/// Writes `text` to a temporary file, calls `body` with its path, then removes the file.
func withTemporaryFile<T>(_ text: String, _ body: (String) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("digest-mime-\(UUID().uuidString).eml")
    try Data(text.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
}

/// Parses `text` as one message through a temporary file.
func parseText(_ text: String) throws -> MailContent? {
    try withTemporaryFile(text) { path -> MailContent? in
        guard case .message(let content, _)? = try MailParser(path: path, format: .message).next() else { return nil }
        return content
    }
}
