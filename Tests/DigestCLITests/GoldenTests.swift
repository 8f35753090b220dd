import Fixtures
import Foundation
import Testing

/// Every output of the bundled sample month, compared byte for byte with the golden copies in
/// `Tests/Golden/sample-2026-11/`, so that any change to an output shows in review. After a change
/// that is meant, re-record them with
///
///     NOTICE_DIGEST_RECORD_GOLDEN=1 swift test --filter GoldenTests
///
/// and review the diff. (A few lines of our own rather than swift-snapshot-testing: that library
/// brings swift-syntax, which would add minutes to every clean CI build, for one loop of file
/// comparisons.)
struct GoldenTests {
    static let golden = Fixtures.repositoryRoot.appendingPathComponent("Tests/Golden/sample-2026-11")
    static let recording = ProcessInfo.processInfo.environment["NOTICE_DIGEST_RECORD_GOLDEN"] == "1"

    /// The sample month built as the README's command builds it, from the repository's root (so
    /// that the paths digest.json and notices.csv name are the same on every machine).
    static func build() throws -> String {
        let out = NSTemporaryDirectory() + "golden-\(UUID().uuidString)"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try KilledRunTests.executable())
        process.currentDirectoryURL = Fixtures.repositoryRoot
        process.arguments = [
            "build", "--input", "samples/2026-11/notices.mbox", "--month", "2026-11", "--timezone", "UTC", "--out",
            out, "--quiet", "--site-url", "https://intranet.example/notices/", "--mail-from",
            "Cloud notice digest <notices@example.com>",
        ]
        process.environment = ["SOURCE_DATE_EPOCH": "1796083200", "PATH": "/usr/bin:/bin"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return out
    }

    @Test func everyOutputOfTheSampleMonthMatchesItsGoldenCopy() throws {
        let out = try Self.build()
        defer { try? FileManager.default.removeItem(atPath: out) }
        var outputs = try BuildCommandTests.files(in: out + "/2026-11")
        outputs["site-index.html"] = try Data(contentsOf: URL(fileURLWithPath: out + "/index.html"))
        #expect(outputs.keys.count > 10)
        if Self.recording {
            try? FileManager.default.removeItem(at: Self.golden)
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            for (name, data) in outputs { try data.write(to: Self.golden.appendingPathComponent(name)) }
            return
        }
        let recorded = try BuildCommandTests.files(in: Self.golden.path)
        #expect(
            Set(outputs.keys) == Set(recorded.keys),
            "outputs changed; re-record with NOTICE_DIGEST_RECORD_GOLDEN=1 if meant")
        for (name, data) in outputs.sorted(by: { $0.key < $1.key }) {
            #expect(
                data == recorded[name],
                "\(name) differs from Tests/Golden/sample-2026-11/\(name); re-record with NOTICE_DIGEST_RECORD_GOLDEN=1 if meant"
            )
        }
    }
}
