import Fixtures
import Foundation
import Testing

/// A run killed at any moment leaves either the old month or the new one, whole.
struct KilledRunTests {
    /// The notice-digest executable built beside the test bundle.
    static func executable() throws -> String {
        var folder = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("notice-digest").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        let built = Fixtures.repositoryRoot.appendingPathComponent(".build/debug/notice-digest").path
        guard FileManager.default.isExecutableFile(atPath: built) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: built])
        }
        return built
    }

    /// The message count a month's digest.md states, and the one its digest.json holds.
    static func counts(_ month: String) throws -> (markdown: Int, json: Int, html: Bool) {
        let markdown = try String(contentsOfFile: month + "/digest.md", encoding: .utf8)
        let stated = markdown.firstMatch(of: /\*\*([\d,]+) messages/).map { Int($0.1.replacing(",", with: ""))! } ?? -1
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: month + "/digest.json")))
        let counts = (json as? [String: Any])?["counts"] as? [String: Any]
        let html = FileManager.default.fileExists(atPath: month + "/index.html")
        return (stated, counts?["messages"] as? Int ?? -2, html)
    }

    /// A month's files, without the previous month it keeps (present from the second run on).
    static func entries(_ month: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: month).filter { $0 != "previous" }.sorted()
    }

    @Test func aMonthIsNeverLeftHalfWritten() throws {
        let binary = try Self.executable()
        let work = NSTemporaryDirectory() + "killed-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        // Two inputs whose digests differ, so a mix of old and new files shows.
        let full = Fixtures.repositoryRoot.appendingPathComponent("samples/2026-11/notices.mbox").path
        let text = try String(contentsOfFile: full, encoding: .isoLatin1)
        let half = work + "/half.mbox"
        let cut = try #require(text.ranges(of: "\n\nFrom ").dropFirst(120).first?.lowerBound)
        try String(text[..<cut]).appending("\n").write(toFile: half, atomically: true, encoding: .isoLatin1)
        let out = work + "/out"
        func run(_ input: String, killAfter delay: Double?) throws -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = [
                "build", "--input", input, "--month", "2026-11", "--timezone", "UTC", "--out", out, "--quiet",
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            if let delay {
                Thread.sleep(forTimeInterval: delay)
                kill(process.processIdentifier, SIGKILL)
            }
            process.waitUntilExit()
            return process.terminationStatus
        }
        // Whole runs first: the files each input's month holds, how long one takes, a month to replace.
        let month = out + "/2026-11"
        var wholeFiles: [Int: [String]] = [:]
        #expect(try run(half, killAfter: nil) == 0)
        wholeFiles[try Self.counts(month).json] = try Self.entries(month)
        let start = Date()
        #expect(try run(full, killAfter: nil) == 0)
        let duration = Date().timeIntervalSince(start)
        wholeFiles[try Self.counts(month).json] = try Self.entries(month)
        #expect(wholeFiles.count == 2)
        var generator = SystemRandomNumberGenerator()
        var killed = 0
        for attempt in 0..<50 {
            let input = attempt % 2 == 0 ? half : full
            _ = try run(input, killAfter: Double.random(in: 0...(duration * 1.2), using: &generator))
            guard FileManager.default.fileExists(atPath: month) else {
                Issue.record("attempt \(attempt): the month folder is gone")
                continue
            }
            let counts = try Self.counts(month)
            #expect(counts.markdown == counts.json, "attempt \(attempt): digest.md and digest.json disagree")
            #expect(counts.html, "attempt \(attempt): index.html is missing")
            let entries = try Self.entries(month)
            // The files of one whole run: those of the input the month's digest.json counts.
            #expect(entries == wholeFiles[counts.json], "attempt \(attempt): \(entries)")
            killed += 1
        }
        #expect(killed == 50)
        // The next whole run clears what the killed ones left.
        #expect(try run(full, killAfter: nil) == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: out).filter { !$0.hasPrefix(".notice-digest") }
        #expect(left.sorted() == ["2026-11", "index.html"])
    }
}
