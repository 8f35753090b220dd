import Fixtures
import Foundation
import Testing

@testable import DigestCLI

/// The same month stored as an mbox and as a Maildir gives the same digest.
struct ArchiveFormTests {
    /// Writes each message of an mboxrd file into `maildir/cur/`, without its `From ` line and with
    /// one level of `>From ` quoting undone: the Maildir form of the same messages.
    static func maildir(from mbox: URL, into folder: URL) throws {
        let bytes = [UInt8](try Data(contentsOf: mbox))
        let cur = folder.appendingPathComponent("cur")
        try FileManager.default.createDirectory(at: cur, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("new"), withIntermediateDirectories: true)
        var starts: [Int] = [0]
        for i in 1..<max(bytes.count - 6, 1)
        where bytes[i - 1] == 0x0A && bytes[i...].starts(with: Array("From ".utf8)) && i >= 2 && bytes[i - 2] == 0x0A {
            starts.append(i)
        }
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1] : bytes.count
            var lines = bytes[start..<end].split(separator: 0x0A, omittingEmptySubsequences: false).dropFirst()
                .map { line -> ArraySlice<UInt8> in
                    let quotes = line.prefix { $0 == 0x3E }.count
                    return quotes > 0 && line.dropFirst(quotes).starts(with: Array("From ".utf8))
                        ? line.dropFirst() : line
                }
            while lines.last?.isEmpty == true { lines.removeLast() }
            let message = Array(lines.joined(separator: [0x0A])) + [0x0A]
            let name = String(format: "%06d.M%dP1.sample:2,S", number, number)
            try Data(message).write(to: cur.appendingPathComponent(name))
        }
    }

    @Test func mboxAndMaildirFormsGiveTheSameDigest() async throws {
        let mbox = Fixtures.repositoryRoot.appendingPathComponent("samples/2026-11/notices.mbox")
        let maildir = URL(fileURLWithPath: BuildCommandTests.temporaryFolder()).appendingPathComponent("Maildir")
        try Self.maildir(from: mbox, into: maildir)
        let a = try await BuildCommandTests.build(["--input", mbox.path, "--month", "2026-11"])
        let b = try await BuildCommandTests.build(["--input", maildir.path, "--month", "2026-11", "--jobs", "1"])
        defer {
            for folder in [a, b, maildir.deletingLastPathComponent().path] {
                try? FileManager.default.removeItem(atPath: folder)
            }
        }
        func read(_ folder: String, _ name: String) throws -> String {
            try String(contentsOfFile: folder + "/2026-11/" + name, encoding: .utf8)
        }
        // Only where the messages were read from differs: the input paths and each message's source.
        func withoutSources(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false)
                .map {
                    $0.replacing(/read from [^<\n]*/, with: "read from …").replacing(
                        /"source" : "[^"]*"/, with: "\"source\" : …")
                }
                .map {
                    $0.replacing(/noid-[0-9a-f]{16}/, with: "noid-…").replacing(/"sources" : \[[^\]]*\]/, with: "…")
                }
                .joined(separator: "\n")
        }
        for name in ["digest.md", "index.html", "digest.json"] {
            let left = withoutSources(try read(a, name))
            let right = withoutSources(try read(b, name))
            #expect(left == right, "\(name) differs between the mbox and Maildir forms")
        }
        #expect(try read(a, "digest.json").contains("\"messages\" : 284"))
    }
}
