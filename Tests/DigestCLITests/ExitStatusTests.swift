import Fixtures
import Foundation
import Testing

/// Errors that stop a run say what is wrong and exit with the documented status; 1 means only
/// "written, some input unreadable".
struct ExitStatusTests {
    static func run(_ arguments: [String], in folder: String? = nil) throws -> (status: Int32, error: String) {
        let process = Process()
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        process.executableURL = URL(fileURLWithPath: try KilledRunTests.executable())
        process.arguments = arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    static let sample = Fixtures.repositoryRoot.appendingPathComponent("samples/2026-11/notices.mbox").path
    static let templates = Fixtures.repositoryRoot.appendingPathComponent("templates").resolvingSymlinksInPath().path

    @Test func aRunFromAnotherFolderUsesTheShippedTemplatesAndVersionIsPrinted() throws {
        let out = NSTemporaryDirectory() + "anywhere-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try Self.run(
            ["build", "--input", Self.sample, "--month", "2026-11", "--out", out, "--quiet"], in: "/")
        #expect(result.status == 0, "\(result.error)")
        #expect(FileManager.default.fileExists(atPath: out + "/2026-11/index.html"))
        #expect(try Self.run(["--version"]).status == 0)
    }

    @Test func aMissingInputIs66AndNamesIt() throws {
        let result = try Self.run(["build", "--input", "/nonexistent/month.mbox", "--out", NSTemporaryDirectory()])
        #expect(result.status == 66)
        #expect(result.error.contains("/nonexistent/month.mbox: no such file or directory"))
    }

    @Test func aRulesFileWithAnErrorIs78AndNamesFileAndLine() throws {
        let rules = NSTemporaryDirectory() + "bad-rules-\(UUID().uuidString).yaml"
        try "version: 2\nrules:\n  - id: x\n    category: nope\n    subject: a\n".write(
            toFile: rules, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: rules) }
        let result = try Self.run(["build", "--input", Self.sample, "--rules", rules, "--out", NSTemporaryDirectory()])
        #expect(result.status == 78)
        #expect(result.error.contains("\(rules):4: rule 'x': unknown category 'nope'"))
    }

    @Test func aTemplateSetMissingAPartialIs78AndNamesTheFile() throws {
        let copy = NSTemporaryDirectory() + "templates-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: Self.templates, toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try FileManager.default.removeItem(atPath: copy + "/en/partials/group.mustache")
        let out = NSTemporaryDirectory() + "out-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try Self.run(["build", "--input", Self.sample, "--templates", copy, "--out", out])
        #expect(result.status == 78)
        #expect(result.error.contains("partials/group.mustache: template missing"))
        #expect(!FileManager.default.fileExists(atPath: out + "/2026-11"))
    }

    @Test func anOutputThatCannotBeWrittenIs73InPlainWords() throws {
        // A regular file where the output folder should be.
        let file = NSTemporaryDirectory() + "not-a-folder-\(UUID().uuidString)"
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try Self.run(["build", "--input", Self.sample, "--month", "2026-11", "--out", file])
        #expect(result.status == 73)
        #expect(result.error.contains("\(file)"))
        #expect(!result.error.contains("NSCocoaErrorDomain"))
    }

    @Test func unreadableInputAloneIs1() throws {
        let folder = NSTemporaryDirectory() + "mixed-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Self.sample, toPath: folder + "/month.mbox")
        try "not mail at all".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
        let out = NSTemporaryDirectory() + "out-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try Self.run(["build", "--input", folder, "--month", "2026-11", "--out", out, "--quiet"])
        #expect(result.status == 1)
        #expect(FileManager.default.fileExists(atPath: out + "/2026-11/digest.json"))
    }
}

/// A published month is not wiped out by a run that found nothing; a replaced month is kept as
/// `previous/` until the next run.
struct PublishGuardTests {
    @Test func aRunThatFoundNothingKeepsThePublishedMonthUnlessToldToReplaceIt() throws {
        let work = NSTemporaryDirectory() + "guard-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let empty = work + "/empty.mbox"
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        let out = work + "/out"
        let month = ["--month", "2026-11", "--timezone", "UTC", "--out", out, "--quiet"]
        #expect(try ExitStatusTests.run(["build", "--input", ExitStatusTests.sample] + month).status == 0)
        let published = try Data(contentsOf: URL(fileURLWithPath: out + "/2026-11/summary.json"))

        let refused = try ExitStatusTests.run(["build", "--input", empty] + month)
        #expect(refused.status == 65)
        #expect(refused.error.contains("give --replace"), "\(refused.error)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/2026-11/summary.json")) == published)

        let replaced = try ExitStatusTests.run(["build", "--input", empty, "--replace"] + month)
        // Written (an empty file is listed as unreadable: status 1).
        #expect(replaced.status == 1, "\(replaced.error)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/2026-11/previous/summary.json")) == published)
        #expect(!FileManager.default.fileExists(atPath: out + "/2026-11/previous/previous"))
    }
}

/// `notice-digest rules` says what happens when no rule holds, with the learned model on or off.
struct RulesListingTests {
    static func output(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try KilledRunTests.executable())
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text
    }

    @Test func theListingSaysWhereTheLearnedModelIsHeard() throws {
        let on = try Self.output(["rules"])
        #expect(
            on.contains(
                "(no rule holds) -> its guess when the learned model is at least 50 % sure (medium confidence)"))
        #expect(on.contains("(only cues hold) -> abuse or security-incident when the learned model is at least 50 %"))
        #expect(on.contains("another category when the learned model is at least 85 % sure of that"))
        #expect(
            on.contains(
                "(a strong statement holds, nothing critical) -> another category when the learned model is at least 90 %"
            ))
        #expect(on.contains("(critical evidence holds) -> never overridden"))
        // A file's thresholds show in the listing; `false` is never.
        let strict = FileManager.default.temporaryDirectory.appendingPathComponent("strict-\(UUID().uuidString).yaml")
        try "version: 2\nlearned-model:\n  over-strong: false\n  over-cue: 0.95\nrules: []\n".write(
            to: strict, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: strict) }
        let listed = try Self.output(["rules", "--rules", strict.path])
        #expect(listed.contains("another category when the learned model is at least 95 % sure of that"))
        #expect(
            listed.contains(
                "(a strong statement holds, nothing critical) -> another category never (over-strong: false)"))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("no-model-\(UUID().uuidString).yaml")
        try "version: 2\nlearned-model: false\nrules: []\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let off = try Self.output(["rules", "--rules", file.path])
        #expect(off.contains("(no rule holds) -> informational, low confidence: not understood (learned-model: false)"))
        #expect(!off.contains("(only cues hold)"))
    }
}
