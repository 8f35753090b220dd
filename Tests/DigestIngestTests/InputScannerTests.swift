import DigestModel
import Fixtures
import Foundation
import Testing

@testable import DigestIngest

struct InputScannerTests {
    @Test func singleEmlFileIsOneMessageUnit() throws {
        let path = Fixtures.path("eml/iso-2022-jp.eml")
        let plan = try InputScanner.plan([path])
        #expect(plan.units == [InputUnit(path: path, format: .message)])
        #expect(plan.rejected.isEmpty)
        #expect(plan.totalBytes == fileSize(path))
    }

    @Test(arguments: ["mbox/mboxrd.mbox", "mbox/mboxo.mbox"])
    func mboxFileIsOneMboxUnit(_ relative: String) throws {
        let path = Fixtures.path(relative)
        let plan = try InputScanner.plan([path])
        #expect(plan.units == [InputUnit(path: path, format: .mbox)])
        #expect(plan.rejected.isEmpty)
        #expect(plan.totalBytes == fileSize(path))
    }

    @Test func gzippedMboxIsAnMboxUnitReadThroughGzip() throws {
        let path = Fixtures.path("mbox/gzipped.mbox.gz")
        let plan = try InputScanner.plan([path])
        #expect(plan.units == [InputUnit(path: path, format: .mbox, gzip: true)])
        #expect(plan.rejected.isEmpty)
        #expect(plan.totalBytes == fileSize(path), "progress counts compressed bytes")
    }

    @Test func maildirGivesItsThreeMessagesAndSkipsTmp() throws {
        let root = Fixtures.path("maildir")
        let plan = try InputScanner.plan([root])
        let expected = [
            "cur/1793000000.M1P1.host:2,S",
            "cur/1793000100.M2P1.host:2,S",
            "new/1793000200.M3P1.host",
        ].map { InputUnit(path: (root as NSString).appendingPathComponent($0), format: .message) }
        #expect(plan.units == expected)
        #expect(plan.units.allSatisfy { !$0.path.hasPrefix((root as NSString).appendingPathComponent("tmp")) })
        #expect(plan.rejected.isEmpty, "tmp/.gitkeep is a dot-file in tmp/, neither read nor rejected")
        #expect(plan.totalBytes == expected.map { fileSize($0.path) }.reduce(0, +))
    }

    @Test func emlDirectoryGivesThreeUnitsAndRejectsTheFilesThatAreNotMail() throws {
        let root = Fixtures.path("eml-dir")
        let plan = try InputScanner.plan([root])
        let expected = ["01-iam-exposed-access-key.eml", "02-backup-jobs-failed.eml", "03-ebs-volume-degraded.eml"]
            .map { InputUnit(path: (root as NSString).appendingPathComponent($0), format: .message) }
        #expect(plan.units == expected)

        let rejected = plan.rejected.sorted { $0.source < $1.source }
        #expect(rejected.count == 2)
        #expect(
            rejected.map(\.source)
                == ["README.txt", "not-a-mail.eml"].map { (root as NSString).appendingPathComponent($0) })
        for bad in rejected {
            #expect(!bad.reason.isEmpty, "\(bad.source) needs a reason")
        }
    }

    @Test func missingPathThrowsMissingInput() {
        let path = Fixtures.path("no/such/input.mbox")
        #expect(throws: IngestError.missingInput(path: path)) {
            try InputScanner.plan([path])
        }
    }

    @Test func missingPathAmongGoodOnesStillThrows() {
        let good = Fixtures.path("eml/base64-utf8.eml")
        let missing = Fixtures.path("eml/missing.eml")
        #expect(throws: IngestError.missingInput(path: missing)) {
            try InputScanner.plan([good, missing])
        }
    }

    @Test func unitsFollowTheOrderOfThePathsGiven() throws {
        let mbox = Fixtures.path("mbox/mboxo.mbox")
        let eml = Fixtures.path("eml/base64-utf8.eml")
        let plan = try InputScanner.plan([mbox, eml])
        #expect(plan.units.map(\.path) == [mbox, eml])
        #expect(plan.units.map(\.format) == [.mbox, .message])
    }

    @Test func headerSniffingAcceptsHeaderFieldsOnly() {
        #expect(InputScanner.looksLikeHeader(Data("From: a@example.com\n".utf8)))
        #expect(InputScanner.looksLikeHeader(Data("Return-Path: <a@example.com>\n".utf8)))
        #expect(!InputScanner.looksLikeHeader(Data("This is not: a header\n".utf8)))
        #expect(!InputScanner.looksLikeHeader(Data(": no name\n".utf8)))
        #expect(!InputScanner.looksLikeHeader(Data([0x00, 0x01, 0x3A])))
    }
}

/// Large mboxes are cut at message boundaries for parallel parsing.
struct MboxSplitterTests {
    @Test func rangesCoverTheFileAndStartAtFromLines() throws {
        let path = Fixtures.repositoryRoot.appendingPathComponent("samples/2026-11/notices.mbox").path
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let ranges = MboxSplitter.ranges(of: path, size: bytes.count, chunk: 100_000)
        #expect(ranges.count > 10)
        #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == bytes.count)
        for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
        for range in ranges {
            #expect(bytes[range.lowerBound...].starts(with: Array("From ".utf8)))
            if range.lowerBound > 0 {
                #expect(bytes[range.lowerBound - 2] == 0x0A && bytes[range.lowerBound - 1] == 0x0A)
            }
        }
    }

    @Test func aSmallFileIsOneRange() {
        #expect(MboxSplitter.ranges(of: "/nonexistent", size: 10, chunk: 100) == [0..<10])
    }
}

/// Archives as real folders hold them: links, loops and special files are accounted for, never
/// walked forever, opened, or dropped without a word.
struct InputFolderShapeTests {
    /// A fresh folder with one message file in `sub/`.
    static func folder() throws -> String {
        let root = NSTemporaryDirectory() + "input-shapes-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("eml/iso-2022-jp.eml"), toPath: root + "/sub/a.eml")
        return root
    }

    @Test func aLinkLoopIsReportedOnceAndNotWalked() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/sub/back", withDestinationPath: "..")
        let plan = try InputScanner.plan([root])
        #expect(plan.units.count == 1)
        #expect(plan.rejected.map(\.source) == [root + "/sub/back"])
        #expect(plan.rejected.first?.reason.hasPrefix("symbolic link loop") == true)
    }

    @Test func aDanglingLinkIsUnreadableWithItsTarget() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(
            atPath: root + "/gone.eml", withDestinationPath: "/nonexistent/x.eml")
        let plan = try InputScanner.plan([root])
        #expect(plan.units.count == 1)
        #expect(
            plan.rejected == [
                Unreadable(
                    source: root + "/gone.eml", reason: "dangling symbolic link to /nonexistent/x.eml: nothing to read")
            ])
    }

    @Test func aNamedPipeInAFolderIsListedAndNeverOpened() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(mkfifo(root + "/pipe", 0o600) == 0)
        // Opening the pipe for reading would wait for a writer forever: the plan must not.
        let plan = try InputScanner.plan([root])
        #expect(plan.units.count == 1)
        #expect(
            plan.rejected == [Unreadable(source: root + "/pipe", reason: "not a regular file (a named pipe): not read")]
        )
    }

    @Test func aFileReachedByTwoPathsIsReadOnce() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/alias.eml", withDestinationPath: "sub/a.eml")
        let plan = try InputScanner.plan([root])
        #expect(plan.units.count == 1)
        #expect(plan.rejected.isEmpty)
    }

    @Test func aPipeNamedOnTheCommandLineIsReadThroughASpool() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let pipe = root + "/stream"
        #expect(mkfifo(pipe, 0o600) == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("mbox/mboxrd.mbox")))
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: pipe) {
                handle.write(bytes)
                try? handle.close()
            }
        }
        writer.start()
        let plan = try InputScanner.plan([pipe])
        defer { plan.removeSpooled() }
        #expect(plan.units.count == 1)
        #expect(plan.units.first?.label == pipe)
        let result = readAll(plan.units[0])
        #expect(result.messages.count == 3)
        #expect(result.messages.allSatisfy { $0.source.path == pipe })
    }

    @Test func aMissingOrDanglingInputStopsWithWhatIsWrong() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(throws: IngestError.missingInput(path: root + "/nope")) { try InputScanner.plan([root + "/nope"]) }
        try FileManager.default.createSymbolicLink(atPath: root + "/gone", withDestinationPath: "/nonexistent")
        #expect(throws: IngestError.danglingInput(path: root + "/gone")) { try InputScanner.plan([root + "/gone"]) }
    }
}
