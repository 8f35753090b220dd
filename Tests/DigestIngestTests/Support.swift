import DigestModel
import Fixtures
import Foundation
import Testing

@testable import DigestIngest

/// Everything `Ingest.read` gave for one unit, in order.
struct ReadResult {
    var messages: [Message] = []
    var unreadable: [Unreadable] = []
    var supplements: [HealthSupplement] = []
}

func readAll(_ unit: InputUnit) -> ReadResult {
    var result = ReadResult()
    Ingest.read(unit) { item in
        switch item {
        case .message(let message): result.messages.append(message)
        case .unreadable(let bad): result.unreadable.append(bad)
        case .supplement(let supplement): result.supplements.append(supplement)
        }
    }
    return result
}

func readFixture(_ relative: String, format: InputUnit.Format, gzip: Bool = false) -> ReadResult {
    readAll(InputUnit(path: Fixtures.path(relative), format: format, gzip: gzip))
}

func utcString(_ date: Date?) -> String? {
    guard let date else { return nil }
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
}

func fileSize(_ path: String) -> Int {
    (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? -1
}

/// The lines of `text`, split on LF only.
func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
}
