import ArgumentParser
import DigestIngest
import Fixtures
import Foundation
import Testing

@testable import DigestCLI

struct BuildCommandTests {
    static let templates = Fixtures.repositoryRoot.appendingPathComponent("templates").resolvingSymlinksInPath().path

    static func temporaryFolder() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nd-\(UUID().uuidString)").path
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Runs `build` with `arguments` into a fresh folder and returns the folder.
    static func build(_ arguments: [String]) async throws -> String {
        let out = temporaryFolder()
        let command = try BuildCommand.parse(
            arguments + ["--out", out, "--templates", templates, "--quiet", "--timezone", "UTC"])
        try await command.run()
        return out
    }

    static func files(in folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            result[name] = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name))
        }
        return result
    }

    static let inputs = [
        "--input", Fixtures.path("mbox/mboxrd.mbox"), Fixtures.path("maildir"), Fixtures.path("eml/iso-2022-jp.eml"),
        Fixtures.path("mbox/gzipped.mbox.gz"),
    ]

    @Test func writesMarkdownHTMLAndJSONForTheMonth() async throws {
        let out = try await Self.build(Self.inputs + ["--month", "2026-11"])
        defer { try? FileManager.default.removeItem(atPath: out) }
        let files = try Self.files(in: out + "/2026-11")
        #expect(Set(files.keys).isSuperset(of: ["digest.md", "index.html", "digest.json"]))
        // Every page of detail the month's page links to is there.
        let page = String(decoding: files["index.html"]!, as: UTF8.self)
        for match in page.matches(of: /href="([a-z0-9-]+\.html)#/) { #expect(files[String(match.1)] != nil) }
        let json = try JSONSerialization.jsonObject(with: files["digest.json"]!) as! [String: Any]
        let counts = (json["counts"] as! [String: Any]).compactMapValues { $0 as? Int }
        #expect(counts["messages"]! + counts["unreadable"]! + counts["outside"]! == counts["read"]!)
        #expect(counts["read"] == 3 + 3 + 1 + 2)
        #expect(String(decoding: files["index.html"]!, as: UTF8.self).contains("<h1 id=\"top\">"))
    }

    @Test func sameInputGivesSameBytes() async throws {
        let first = try await Self.build(Self.inputs + ["--month", "2026-11"])
        let second = try await Self.build(Self.inputs + ["--month", "2026-11"])
        defer {
            try? FileManager.default.removeItem(atPath: first)
            try? FileManager.default.removeItem(atPath: second)
        }
        #expect(try Self.files(in: first + "/2026-11") == Self.files(in: second + "/2026-11"))
    }

    /// The sample month's mbox cut into ranges of about 100 kB (17 of them), read by 1 and by 3 workers.
    @Test func oneWorkerAndManyGiveIdenticalDigests() async throws {
        let sample = Fixtures.repositoryRoot.appendingPathComponent("samples/2026-11/notices.mbox").path
        let arguments = Self.inputs + [sample, "--month", "2026-11", "--split-bytes", "100000"]
        let one = try await Self.build(arguments + ["--jobs", "1"])
        let many = try await Self.build(arguments + ["--jobs", "3"])
        let whole = try await Self.build(Self.inputs + [sample, "--month", "2026-11", "--jobs", "1"])
        defer {
            try? FileManager.default.removeItem(atPath: one)
            try? FileManager.default.removeItem(atPath: many)
            try? FileManager.default.removeItem(atPath: whole)
        }
        #expect(try Self.files(in: one + "/2026-11") == Self.files(in: many + "/2026-11"))
        // Cutting the mbox changes nothing either: the same messages, groups and offsets.
        #expect(try Self.files(in: one + "/2026-11") == Self.files(in: whole + "/2026-11"))
    }

    @Test func allTakesEveryMessageIntoTheAllFolder() async throws {
        let out = try await Self.build(Self.inputs + ["--all"])
        defer { try? FileManager.default.removeItem(atPath: out) }
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/all/digest.json")))
            as! [String: Any]
        #expect((json["counts"] as! [String: Any])["outside"] as? Int == 0)
        #expect(json["month"] as? String == "all")
    }

    @Test func unreadableInputIsListedAndTheRunFails() async throws {
        let out = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let command = try BuildCommand.parse([
            "--input", Fixtures.path("eml-dir"), "--all", "--out", out, "--templates", Self.templates, "--quiet",
        ])
        await #expect(throws: ExitCode.failure) { try await command.run() }
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/all/digest.json")))
            as! [String: Any]
        let sources = (json["unreadable"] as! [[String: String]]).map { $0["source"]! }
        #expect(sources.contains { $0.hasSuffix("not-a-mail.eml") })
        #expect((json["counts"] as! [String: Any])["messages"] as? Int == 3)
    }

    @Test func missingInputIsAnErrorNamingThePath() async throws {
        let command = try BuildCommand.parse(["--input", "/no/such/archive.mbox", "--month", "2026-11", "--quiet"])
        await #expect(throws: IngestError.missingInput(path: "/no/such/archive.mbox")) { try await command.run() }
    }

    @Test(arguments: ["2026-13", "2026-1", "november", "26-11"])
    func badMonthIsRefusedNamingTheValue(month: String) {
        do {
            _ = try BuildCommand.parse(["--input", "x.mbox", "--month", month])
            Issue.record("--month \(month) was accepted")
        } catch {
            #expect(
                BuildCommand.message(for: error)
                    == "--month '\(month)' is not a month; expected YYYY-MM, e.g. 2026-11, or last")
        }
    }

    @Test func monthAndAllExcludeEachOther() {
        #expect(throws: (any Error).self) {
            try BuildCommand.parse(["--input", "x.mbox", "--month", "2026-11", "--all"])
        }
    }
}
