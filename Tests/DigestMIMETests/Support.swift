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
