import DigestRender
import Fixtures
import Foundation
import Testing

/// The calendar, the CSV, digest.json and summary.json read back with real parsers
/// (`scripts/check_outputs.py`: icalendar, csv, jsonschema against `schemas/digest.schema.json`),
/// on the sample month with hostile subjects added.
struct OutputFormatTests {
    static func check(_ month: String) throws -> (status: Int32, output: String) {
        try DeliveryTests.python(["scripts/check_outputs.py", month])
    }

    @Test func calendarCSVAndJSONPassTheirParsersAndTheSchema() async throws {
        let out = try await BuildCommandTests.build([
            "--input", SiteTests.sample, Fixtures.path("eml/hostile-subject.eml"),
            Fixtures.path("eml/formula-subject.eml"),
            "--month", "2026-11", "--site-url", "https://intranet.example/notices/",
        ])
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try Self.check(out + "/2026-11")
        #expect(result.status == 0, "\(result.output)")
        let csv = try String(contentsOfFile: out + "/2026-11/notices.csv", encoding: .utf8)
        #expect(csv.contains("'=HYPERLINK("), "a formula is made text")
        let ics = try String(contentsOfFile: out + "/2026-11/deadlines.ics", encoding: .utf8)
        #expect(ics.contains("URL;VALUE=URI:https://intranet.example/notices/2026-11/category-"))
    }

    @Test func aMonthOfAnotherSchemaVersionIsSaidNotGuessed() async throws {
        let out = BuildCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        try FileManager.default.createDirectory(atPath: out + "/2026-10", withIntermediateDirectories: true)
        try #"{"schemaVersion": 99, "month": "2026-10", "counts": {}}"#.write(
            toFile: out + "/2026-10/summary.json", atomically: true, encoding: .utf8)
        do {
            _ = try DigestRender.SiteIndex.summary(in: out + "/2026-10")
            Issue.record("an unknown schema version was read")
        } catch {
            #expect("\(error)".contains("schema version 99"))
        }
    }
}
