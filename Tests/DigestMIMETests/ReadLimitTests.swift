import DigestMIME
import Foundation
import Testing

/// Each reading limit holds on a message built to go past it: what comes before the limit is read,
/// the message is marked truncated, and nothing is an error.
struct ReadLimitTests {
    static func parse(_ text: String, limits: ReadLimits) -> MailContent? {
        guard
            case .message(let content, _)? = MailParser(bytes: Array(text.utf8), format: .message, limits: limits)
                .next()
        else { return nil }
        return content
    }

    static let head = "From: Cloud Notices <notices@example.com>\nDate: Tue, 10 Nov 2026 09:00:00 +0000\n"

    @Test func headerFieldsPastTheLimitAreNotRead() throws {
        let extra = (1...40).map { "X-Relay-\($0): hop \($0)\n" }.joined()
        let text = Self.head + extra + "Subject: Scheduled maintenance\n\nBody.\n"
        let within = try #require(Self.parse(text, limits: ReadLimits(headers: 100)))
        #expect(!within.truncated)
        let past = try #require(Self.parse(text, limits: ReadLimits(headers: 10)))
        #expect(past.truncated)
        #expect(past.subject == "Scheduled maintenance")  // named fields are still found
    }

    @Test func aHeaderFieldLongerThanTheLimitIsCut() throws {
        let subject = "Maintenance " + String(repeating: "x", count: 5000)
        let text = Self.head + "Subject: \(subject)\n\nBody.\n"
        let content = try #require(Self.parse(text, limits: ReadLimits(headerBytes: 1024)))
        #expect(content.truncated)
        #expect(content.subject.utf8.count <= 1024)
        #expect(content.subject.hasPrefix("Maintenance xxx"))
    }

    @Test func recipientsPastTheLimitAreNotRead() throws {
        let to = (1...300).map { "ops\($0)@example.com" }.joined(separator: ", ")
        let text = Self.head + "To: \(to)\nSubject: Notice\n\nBody.\n"
        let content = try #require(Self.parse(text, limits: ReadLimits(headers: 50)))
        #expect(content.to.count == 50)
        #expect(content.truncated)
    }

    /// Multiparts nested `levels` deep around one text part.
    static func nested(_ levels: Int) -> String {
        var text = Self.head + "Subject: Nested\nMIME-Version: 1.0\n"
        for level in 0..<levels {
            text += "Content-Type: multipart/mixed; boundary=\"b\(level)\"\n\n--b\(level)\n"
        }
        text += "Content-Type: text/plain\n\nDeep text.\n"
        for level in (0..<levels).reversed() { text += "--b\(level)--\n" }
        return text
    }

    @Test func partsNestedDeeperThanTheLimitAreNotRead() throws {
        let shallow = try #require(Self.parse(Self.nested(3), limits: ReadLimits(mimeDepth: 8)))
        #expect(!shallow.truncated)
        #expect(shallow.body.contains("Deep text."))
        let deep = try #require(Self.parse(Self.nested(30), limits: ReadLimits(mimeDepth: 8)))
        #expect(deep.truncated)
        #expect(!deep.body.contains("Deep text."))
        #expect(deep.subject == "Nested")
    }

    @Test func partsPastTheCountAreNotRead() throws {
        var text =
            Self.head + "Subject: Many parts\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"p\"\n\n"
        text += "--p\nContent-Type: text/plain\n\nFirst part.\n"
        for index in 1...60 {
            text +=
                "--p\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=\"f\(index).bin\"\n\nAAAA\n"
        }
        text += "--p--\n"
        let content = try #require(Self.parse(text, limits: ReadLimits(mimeParts: 20)))
        #expect(content.truncated)
        #expect(content.body.contains("First part."))
        #expect(content.attachments.count < 20)
        let all = try #require(Self.parse(text, limits: ReadLimits(mimeParts: 100)))
        #expect(!all.truncated)
        #expect(all.attachments.count == 60)
    }
}
