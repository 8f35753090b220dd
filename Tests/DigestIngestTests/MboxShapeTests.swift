import DigestMIME
import DigestModel
import Fixtures
import Foundation
import Testing

@testable import DigestIngest

/// The mbox shapes real tools write: every message is read, and the reader's own count of what it
/// found agrees with an independent count (the sample month's label sidecar, one line a message).
struct MboxShapeTests {
    static let sample = Fixtures.repositoryRoot.appendingPathComponent("samples/2026-11/notices.mbox")

    /// The number of messages in the sample month, counted from its labels, not by our reader.
    static func expectedCount() throws -> Int {
        let labels = try String(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent("samples/2026-11/notices.labels.jsonl"),
            encoding: .utf8)
        return labels.split(separator: "\n").count
    }

    static func write(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = NSTemporaryDirectory() + "mbox-shape-\(UUID().uuidString)-\(name)"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Reads `path` as an mbox: the messages, and what the reader says it found.
    static func read(_ path: String) -> (messages: Int, unreadable: Int, found: Int) {
        var messages = 0
        var unreadable = 0
        let found = Ingest.read(InputUnit(path: path, format: .mbox)) { item in
            switch item {
            case .message: messages += 1
            case .unreadable: unreadable += 1
            case .supplement: Issue.record("an mbox holds no AWS Health supplement")
            }
        }
        return (messages, unreadable, found)
    }

    @Test(arguments: ["lf", "crlf", "no-blank-line", "crlf-no-blank-line"])
    func everyShapeOfTheSampleMonthIsReadWhole(shape: String) throws {
        // Latin-1 maps each byte to one character and back: the transformations keep every other byte.
        var text = try String(contentsOf: Self.sample, encoding: .isoLatin1)
        if shape.contains("no-blank-line") {
            // Exporters that write each separator right after the previous message's last line.
            text = text.replacing(/\n\n(From \S+ \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}\n)/) { "\n" + $0.1 }
        }
        if shape.hasPrefix("crlf") { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
        let path = try Self.write(Array(text.data(using: .isoLatin1)!), shape + ".mbox")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = Self.read(path)
        let expected = try Self.expectedCount()
        #expect(result.messages == expected, "\(shape)")
        #expect(result.unreadable == 0)
        #expect(result.found == result.messages + result.unreadable)
    }

    /// mboxcl2: each message says its body's length, and body lines that look exactly like
    /// separators are left unquoted. Three messages, counted by hand; the second one's body holds
    /// such a line.
    static func mboxcl2(lineEnd: String, lengths: [Int]? = nil) -> [UInt8] {
        let bodies = [
            "Maintenance is scheduled for your instances.\n",
            "Forwarded text follows.\nFrom ops@example.com Tue Nov 10 08:00:00 2026\nThe quoted mail ends here.\n",
            "Your invoice is available.\n",
        ]
        var mbox = ""
        for (index, body) in bodies.enumerated() {
            let length = lengths?[index] ?? body.replacingOccurrences(of: "\n", with: lineEnd).utf8.count
            mbox += "From notices@example.com Tue Nov 10 0\(index):00:00 2026\n"
            mbox += "From: Notices <notices@example.com>\nSubject: Notice \(index + 1)\n"
            mbox += "Date: Tue, 10 Nov 2026 0\(index):00:00 +0000\nContent-Length: \(length)\n\n"
            mbox += body + "\n"
        }
        return Array(mbox.replacingOccurrences(of: "\n", with: lineEnd).utf8)
    }

    @Test(arguments: ["\n", "\r\n"])
    func mboxcl2BodiesAreMeasuredByTheirContentLength(lineEnd: String) throws {
        let path = try Self.write(Self.mboxcl2(lineEnd: lineEnd), "cl2.mbox")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var subjects: [String] = []
        var bodies: [String] = []
        let found = Ingest.read(InputUnit(path: path, format: .mbox)) { item in
            if case .message(let message) = item {
                subjects.append(message.subject)
                bodies.append(message.text)
            }
        }
        #expect(subjects == ["Notice 1", "Notice 2", "Notice 3"])
        #expect(found == 3)
        #expect(bodies.count == 3 && bodies[1].contains("The quoted mail ends here."))
    }

    @Test func aWrongContentLengthFallsBackToTheSeparatorLines() throws {
        // The first message claims a body far longer than it has: the separators decide.
        let path = try Self.write(Self.mboxcl2(lineEnd: "\n", lengths: [4000, 5, 27]), "cl-wrong.mbox")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = Self.read(path)
        // Without a usable length, the unquoted separator-like body line of message 2 splits it:
        // what an mboxo reader does, and still nothing is lost.
        #expect(result.found == result.messages + result.unreadable)
        #expect(result.messages >= 3)
    }

    @Test func bodyLinesThatStartWithFromDoNotSplitAMessage() throws {
        let mbox = """
            From MAILER-DAEMON Tue Nov  3 09:15:02 2026
            From: Amazon Web Services <no-reply-aws@amazon.com>
            Subject: One

            Hello.

            From the console, open the dashboard.

            From now on, the old endpoint is closed.
            From MAILER-DAEMON Tue Nov  3 09:16:02 2026
            From: Amazon Web Services <no-reply-aws@amazon.com>
            Subject: Two

            Second message.

            """
        let path = try Self.write(Array(mbox.utf8), "from-lines.mbox")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var subjects: [String] = []
        var texts: [String] = []
        let found = Ingest.read(InputUnit(path: path, format: .mbox)) { item in
            if case .message(let message) = item {
                subjects.append(message.subject)
                texts.append(message.text)
            }
        }
        #expect(subjects == ["One", "Two"])
        #expect(found == 2)
        #expect(texts.first?.contains("From now on, the old endpoint is closed.") == true)
    }

    @Test(arguments: [
        ("From MAILER-DAEMON Sat Nov  1 00:21:18 2026", true),
        ("From - Sat Nov 01 00:21:18 2026", true),
        ("From a@example.com Sat, 01 Nov 2026 00:21:18 +0000", true),
        ("From a@example.com  Sat Nov  1 00:21:18 2026\r", true),
        ("From the console, open the dashboard.", false),
        ("From 9:00 to 10:00 the service is down.", false),
        ("From: Amazon Web Services <a@b>", false),
    ])
    func separatorLinesAreToldByTheirForm(line: String, separator: Bool) {
        let bytes = Array(line.utf8)
        #expect(bytes.withUnsafeBufferPointer { MboxSeparator.isSeparator($0, at: 0) } == separator, "\(line)")
    }
}

/// A damaged or truncated compressed mbox: the messages before the damage are read, the rest is one
/// unreadable entry with zlib's reason, and nothing vanishes.
struct DamagedGzipTests {
    static func gzip(_ path: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }

    /// Separator lines in what `gzip -dc` recovers from `path` (it stops at the damage): an
    /// independent count of the messages that began before it.
    static func separatorsBeforeDamage(_ path: String) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", "gzip -dc '\(path)' 2>/dev/null | grep -c '^From [^ ]* [A-Z][a-z][a-z] [A-Z][a-z][a-z] '",
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Int(out.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    @Test(arguments: ["truncated", "damaged"])
    func messagesBeforeTheDamageAreKeptAndTheRestIsUnreadable(kind: String) throws {
        var bytes = try Self.gzip(MboxShapeTests.sample.path)
        if kind == "truncated" {
            bytes = Array(bytes.prefix(bytes.count / 2))
        } else {
            for i in (bytes.count / 2)..<(bytes.count / 2 + 64) { bytes[i] ^= 0x5A }
        }
        let path = try MboxShapeTests.write(bytes, kind + ".mbox.gz")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var messages = 0
        var reasons: [String] = []
        let found = Ingest.read(InputUnit(path: path, format: .mbox, gzip: true)) { item in
            switch item {
            case .message: messages += 1
            case .unreadable(let entry): reasons.append(entry.reason)
            case .supplement: Issue.record("an mbox holds no AWS Health supplement")
            }
        }
        let began = try Self.separatorsBeforeDamage(path)
        #expect(messages > 0)
        #expect(messages < (try MboxShapeTests.expectedCount()))
        // Every message that began before the damage is a message, or the one cut short by it.
        #expect(messages + reasons.filter { $0.hasPrefix("message cut short") }.count == began)
        #expect(reasons.contains { $0.hasPrefix("the rest of the file is unreadable") })
        #expect(found == messages + reasons.count)
    }
}

/// Whatever one message holds, memory stays bounded: a message beyond the limit is read in part
/// and marked truncated, the next one is read whole; a decompression bomb is stopped.
struct BoundedReadingTests {
    static let header = "From: Amazon Web Services <no-reply-aws@amazon.com>\nDate: Tue, 03 Nov 2026 09:15:02 +0000\n"

    @Test func aMessageBeyondTheLimitIsTruncatedAndTheNextIsReadWhole() throws {
        var mbox = "From MAILER-DAEMON Tue Nov  3 09:15:02 2026\n" + Self.header + "Subject: Big\n\n"
        mbox += String(repeating: String(repeating: "A", count: 1023) + "\n", count: 3 * 1024)  // 3 MB
        mbox += "\nFrom MAILER-DAEMON Tue Nov  3 09:16:02 2026\n" + Self.header + "Subject: Small\n\nShort body.\n"
        let path = try MboxShapeTests.write(Array(mbox.utf8), "big.mbox")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var read: [Message] = []
        let found = Ingest.read(InputUnit(path: path, format: .mbox), limits: ReadLimits(messageBytes: 1 << 20)) {
            item in
            if case .message(let message) = item { read.append(message) }
        }
        #expect(read.map(\.subject) == ["Big", "Small"])
        #expect(read.map(\.truncated) == [true, false])
        #expect(read[0].text.utf8.count <= 1 << 20)
        #expect(read[1].text == "Short body.\n")
        #expect(found == 2)
    }

    @Test func aDecompressionBombIsStoppedAndListed() throws {
        // 200 MB of one repeated line compresses to a fraction of a megabyte.
        var mbox = Array(("From MAILER-DAEMON Tue Nov  3 09:15:02 2026\n" + Self.header + "Subject: Bomb\n\n").utf8)
        mbox += [UInt8](repeating: 0x41, count: 200 << 20)
        let plain = try MboxShapeTests.write(mbox, "bomb.mbox")
        defer { try? FileManager.default.removeItem(atPath: plain) }
        let compressed = try MboxShapeTests.write(try DamagedGzipTests.gzip(plain), "bomb.mbox.gz")
        defer { try? FileManager.default.removeItem(atPath: compressed) }
        var reasons: [String] = []
        Ingest.read(InputUnit(path: compressed, format: .mbox, gzip: true)) { item in
            if case .unreadable(let entry) = item { reasons.append(entry.reason) }
        }
        #expect(reasons.contains { $0.contains("decompression bomb") })
    }
}

/// Findings of the fuzzer (make fuzz), kept as regressions.
struct FuzzFindingTests {
    /// An empty single-message input was counted as one thing found and handed on as nothing.
    @Test(arguments: [InputUnit.Format.message, .mbox])
    func emptyInputIsCountedAsWhatWasHandedOn(format: InputUnit.Format) {
        var items = 0
        let found = Ingest.read(bytes: [], format: format) { _ in items += 1 }
        #expect(found == items)
    }
}
