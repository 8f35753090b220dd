import Fixtures
import Foundation
import Testing

@testable import DigestCLI

/// The rendered summary delivered for real: `make test` installs and starts Debian's postfix on
/// loopback (target `mta`), the digest is handed to its sendmail, and the message is read back from
/// the local mailbox by `scripts/check_delivered.py` with Python's email package.
struct DeliveryTests {
    static let mailbox = "/var/mail/digest-test"

    static func requireMTA() throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: "/usr/sbin/sendmail"),
            "no MTA: `make test` installs and starts postfix (target mta)")
    }

    /// The subject the month's mail must have, from its summary.json.
    static func expectedSubject(_ month: String, japanese: Bool) throws -> String {
        let summary =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: month + "/summary.json"))) as! [String: Any]
        let counts = summary["counts"] as! [String: Any]
        let critical = counts["critical"] as! Int
        let action = ((counts["byCategory"] as! [String: Any])["action-required"] as! [String: Int])["groups"]!
        let soon = (counts["dueWithin7Days"] as! Int) + (counts["dueWithin30Days"] as! Int)
        return japanese
            ? "クラウド通知 2026年11月：重大 \(critical)件、要対応 \(action)件、30日以内の期限 \(soon)件"
            : "Cloud notices, November 2026: \(critical) critical, \(action) action required, \(soon) deadlines within 30 days"
    }

    /// Reads the delivered message back (local delivery takes a moment) and checks it.
    static func expectDelivered(token: String, subject: String, month: String) throws {
        var check: (status: Int32, output: String) = (1, "")
        for _ in 0..<30 {
            check = try Self.python(["scripts/check_delivered.py", Self.mailbox, token, subject, month])
            if check.status == 0 { break }
            Thread.sleep(forTimeInterval: 0.5)
        }
        #expect(check.status == 0, "\(check.output)")
    }

    @Test func theDigestReachesAMailboxThroughARealMTAWithBothPartsAndItsNumbers() throws {
        try Self.requireMTA()
        let token = "t\(UInt32.random(in: 0...UInt32.max))"
        let out = BuildCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try ExitStatusTests.run([
            "build", "--input", SiteTests.sample, "--month", "2026-11", "--timezone", "UTC", "--lang", "ja", "--out",
            out, "--quiet", "--mail-to", "digest-test+\(token)@localhost", "--mail-from", "Digest <digest@localhost>",
            "--site-url", "https://intranet.example/notices/",
        ])
        #expect(result.status == 0, "\(result.error)")
        let month = out + "/2026-11"
        try Self.expectDelivered(token: token, subject: try Self.expectedSubject(month, japanese: true), month: month)
    }

    /// What cron runs: the config file alone, from another folder.
    @Test func aMonthRunFromTheConfigFileAloneIsWrittenAndMailed() throws {
        try Self.requireMTA()
        let token = "c\(UInt32.random(in: 0...UInt32.max))"
        let folder = BuildCommandTests.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try """
        # the monthly job
        inputs: [\(SiteTests.sample)]
        out: site
        month: 2026-11
        timezone: UTC
        lang: en
        site-url: https://intranet.example/notices/
        mail:
          to: digest-test+\(token)@localhost
          from: "Digest <digest@localhost>"
        """.write(toFile: folder + "/notice-digest.yaml", atomically: true, encoding: .utf8)
        let result = try ExitStatusTests.run(["build", "--config", folder + "/notice-digest.yaml", "--quiet"], in: "/")
        #expect(result.status == 0, "\(result.error)")
        let month = folder + "/site/2026-11"
        #expect(FileManager.default.fileExists(atPath: month + "/index.html"))
        try Self.expectDelivered(token: token, subject: try Self.expectedSubject(month, japanese: false), month: month)
    }

    @Test func aConfigFileWithAnUnknownKeyIs78AndNamesIt() throws {
        let folder = BuildCommandTests.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "inputs: [a.mbox]\nmail-to: ops@example.com\n".write(
            toFile: folder + "/job.yaml", atomically: true, encoding: .utf8)
        let result = try ExitStatusTests.run(["build", "--config", folder + "/job.yaml"])
        #expect(result.status == 78)
        #expect(result.error.contains("job.yaml: unknown key 'mail-to'"))
    }

    /// The same through SMTP: the postfix on loopback listens on port 25 (STARTTLS is tried, and
    /// the plain session goes on when the server does not offer it).
    @Test func theDigestIsDeliveredThroughSMTP() throws {
        try Self.requireMTA()
        let token = "s\(UInt32.random(in: 0...UInt32.max))"
        let out = BuildCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try ExitStatusTests.run([
            "build", "--input", SiteTests.sample, "--month", "2026-11", "--timezone", "UTC", "--out", out, "--quiet",
            "--mail-to", "digest-test+\(token)@localhost", "--mail-from", "Digest <digest@localhost>", "--smtp",
            "127.0.0.1:25",
        ])
        #expect(result.status == 0, "\(result.error)")
        let month = out + "/2026-11"
        try Self.expectDelivered(token: token, subject: try Self.expectedSubject(month, japanese: false), month: month)
    }

    @Test func aFailedDeliveryIsItsOwnStatusAndTheDigestIsStillWritten() throws {
        let out = BuildCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        // A mail system that refuses, in its own words.
        let refusing = NSTemporaryDirectory() + "refusing-sendmail-\(UUID().uuidString)"
        try "#!/bin/sh\ncat >/dev/null\necho '550 5.1.1 mailbox unavailable' >&2\nexit 69\n".write(
            toFile: refusing, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: refusing)
        defer { try? FileManager.default.removeItem(atPath: refusing) }
        let result = try ExitStatusTests.run([
            "build", "--input", SiteTests.sample, "--month", "2026-11", "--out", out, "--quiet", "--mail-to",
            "ops@example.com", "--sendmail", refusing + " -t -oi",
        ])
        #expect(result.status == 75)
        #expect(result.error.contains("550 5.1.1 mailbox unavailable"), "\(result.error)")
        #expect(FileManager.default.fileExists(atPath: out + "/2026-11/index.html"))
        #expect(FileManager.default.fileExists(atPath: out + "/2026-11/digest.eml"))
    }

    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = Fixtures.repositoryRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
