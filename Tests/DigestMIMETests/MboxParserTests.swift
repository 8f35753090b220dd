import Fixtures
import Foundation
import Testing

@testable import DigestMIME

/// Byte offsets of the lines that start with `From ` in `bytes` (the mbox separators of the fixtures).
private func fromLineOffsets(_ bytes: [UInt8]) -> [Int] {
    let marker = Array("From ".utf8)
    var result: [Int] = []
    for index in bytes.indices where index == 0 || bytes[index - 1] == UInt8(ascii: "\n") {
        if bytes[index...].starts(with: marker) { result.append(index) }
    }
    return result
}

private func parseAll(_ parser: MailParser) -> (messages: [(MailContent, Int)], failures: [String]) {
    var messages: [(MailContent, Int)] = []
    var failures: [String] = []
    while let item = parser.next() {
        switch item {
        case .message(let content, let offset): messages.append((content, offset))
        case .failure(let offset, let reason): failures.append("\(offset): \(reason)")
        }
    }
    return (messages, failures)
}

struct MboxParserTests {
    @Test(arguments: ["mbox/mboxrd.mbox", "mbox/mboxo.mbox"])
    func mboxGivesEveryMessageAtItsFromLineOffset(_ relative: String) throws {
        let path = Fixtures.path(relative)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let expected = fromLineOffsets(bytes)
        try #require(expected.count == 3)
        let result = parseAll(try MailParser(path: path, format: .mbox))
        #expect(result.failures.isEmpty)
        #expect(result.messages.map(\.1) == expected)
        #expect(result.messages.allSatisfy { $0.0.from?.address == "no-reply-aws@amazon.com" })
    }

    /// GMime cannot tell positions through the gzip filter (its first marker offset reads -1), so
    /// messages of a compressed mbox carry no byte offset (-1) rather than a wrong one.
    @Test func gzippedMboxGivesBothMessagesWithoutByteOffsets() throws {
        let path = Fixtures.path("mbox/gzipped.mbox.gz")
        let result = parseAll(try MailParser(path: path, format: .mbox, gzip: true))
        #expect(result.failures.isEmpty)
        #expect(
            result.messages.map(\.0.subject) == [
                "Amazon SNS: sender ID registration is required for SMS to some countries",
                "Amazon ECS: tasks will be retired for a platform update",
            ])
        #expect(result.messages.map(\.1) == [-1, -1])
    }

    @Test func gzipPeekInflatesTheStartOfTheFile() throws {
        let head = try MailStreamPeek.prefix(path: Fixtures.path("mbox/gzipped.mbox.gz"), count: 43, gzip: true)
        #expect(String(decoding: head, as: UTF8.self) == "From MAILER-DAEMON Sun Nov 22 07:00:00 2026")
    }

    @Test func mboxByteRangeGivesFileOffsets() throws {
        let path = Fixtures.path("mbox/mboxrd.mbox")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let starts = fromLineOffsets(bytes)
        try #require(starts.count == 3)
        let result = parseAll(try MailParser(path: path, format: .mbox, range: starts[1]..<starts[2]))
        #expect(result.failures.isEmpty)
        #expect(result.messages.map(\.1) == [starts[1]])
        #expect(result.messages.first?.0.messageID == "0100019a4e8f90a1-mboxrd-2-000000@email.amazonses.com")
    }
}

struct AttachedMessageTests {
    /// A multipart/mixed notice that forwards an original as message/rfc822 and carries a PDF.
    static let forwarded = """
        From: Ops Team <ops@example.com>
        To: cloud-ops@example.com
        Subject: Fwd: Amazon EC2 Instance Retirement Notification
        Date: Tue, 17 Nov 2026 09:00:00 +0000
        Message-ID: <forward-1@example.com>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="outer"

        --outer
        Content-Type: text/plain; charset=us-ascii

        See the original notice below.

        --outer
        Content-Type: message/rfc822

        From: Amazon Web Services <no-reply-aws@amazon.com>
        Subject: Amazon EC2 Instance Retirement Notification
        Date: Mon, 16 Nov 2026 16:30:00 +0000
        Content-Type: text/plain; charset=us-ascii

        The instance is scheduled for retirement.

        --outer
        Content-Type: application/pdf; name="report.pdf"
        Content-Disposition: attachment; filename="report.pdf"
        Content-Transfer-Encoding: base64

        JVBERi0xLjQK

        --outer--

        """

    @Test func forwardedOriginalIsReadAsAnAttachedMessage() throws {
        let mail = try withTemporaryFile(Self.forwarded) { path -> MailContent? in
            guard case .message(let content, _)? = try MailParser(path: path, format: .message).next() else {
                return nil
            }
            return content
        }
        let content = try #require(mail)
        #expect(content.subject == "Fwd: Amazon EC2 Instance Retirement Notification")
        #expect(content.body.contains("See the original notice below."))
        #expect(content.attachedMessages.count == 1)
        #expect(content.attachedMessages.first?.subject == "Amazon EC2 Instance Retirement Notification")
        #expect(content.attachedMessages.first?.from?.address == "no-reply-aws@amazon.com")
        #expect(content.attachedMessages.first?.body.contains("scheduled for retirement") == true)
    }

    @Test func attachmentNextToAPlainBodyIsListed() throws {
        let mail = try withTemporaryFile(Self.forwarded) { path -> MailContent? in
            guard case .message(let content, _)? = try MailParser(path: path, format: .message).next() else {
                return nil
            }
            return content
        }
        let content = try #require(mail)
        #expect(content.attachments == ["report.pdf"])
        #expect(!content.body.contains("JVBER"))
    }
}

/// The mbox splitter: `From ` lines after an empty line start messages; quoting is undone on raw bytes.
struct MboxReaderTests {
    @Test func eachQuotedFromLineLosesOneGreaterThanSign() {
        let raw = Array(">From a\n>>From b\n>>>From c\n> From d\nFrom e\n>Fromage\n".utf8)
        #expect(
            String(decoding: MboxReader.unquote(raw[...]), as: UTF8.self)
                == "From a\n>From b\n>>From c\n> From d\nFrom e\n>Fromage\n")
    }

    /// A `From ` inside a line, or after a non-empty line, never starts a message (GMime 3.2.13's mbox
    /// mode split such a message when its read buffer ended just before the `From `).
    @Test func fromInsideALineOrAfterTextDoesNotSplit() throws {
        let body = String(repeating: "x", count: 5000) + " From the EC2 console you can see it.\nFrom here on, more.\n"
        let mbox =
            "From a@b Tue Nov  3 09:15:02 2026\nSubject: one\n\n" + body
            + "\nFrom c@d Tue Nov  3 09:16:02 2026\nSubject: two\n\nbody\n"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("split-\(UUID().uuidString).mbox").path
        try Data(mbox.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let parser = try MailParser(path: path, format: .mbox)
        var subjects: [String] = []
        var bodies: [String] = []
        while let item = parser.next() {
            guard case .message(let content, _) = item else {
                Issue.record("unexpected \(item)")
                continue
            }
            subjects.append(content.subject)
            bodies.append(content.body)
        }
        #expect(subjects == ["one", "two"])
        #expect(bodies.first?.contains("From here on, more.") == true)
    }
}
