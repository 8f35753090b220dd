import DigestModel
import Fixtures
import Foundation
import Testing

@testable import DigestIngest

/// One message of a multi-message fixture, as the fixtures README lists it.
struct ExpectedEntry: Sendable, CustomTestStringConvertible {
    var unit: String
    var index: Int
    var subject: String
    var dateUTC: String
    var messageID: String
    var bodyContains: String
    var account: String

    var testDescription: String { "\(unit) #\(index + 1)" }
}

let mboxrdEntries = [
    ExpectedEntry(
        unit: "mbox/mboxrd.mbox", index: 0,
        subject: "[Action Required] Apply the pending minor version upgrade to your Amazon RDS DB instances",
        dateUTC: "2026-11-03T09:15:02Z", messageID: "0100019a4d7e8f90-mboxrd-1-000000@email.amazonses.com",
        bodyContains: "A minor version upgrade is pending for DB instances in AWS account", account: "314159265358"),
    ExpectedEntry(
        unit: "mbox/mboxrd.mbox", index: 1,
        subject: "Amazon OpenSearch Service: a service software update is available for your domains",
        dateUTC: "2026-11-18T14:00:00Z", messageID: "0100019a4e8f90a1-mboxrd-2-000000@email.amazonses.com",
        bodyContains: "domain search-logs in AWS account 271828182845 (eu-west-2)", account: "271828182845"),
    ExpectedEntry(
        unit: "mbox/mboxrd.mbox", index: 2,
        subject: "AWS Certificate Manager: action is needed to renew a certificate",
        dateUTC: "2026-11-19T20:20:20Z", messageID: "0100019a4f90a1b2-mboxrd-3-000000@email.amazonses.com",
        bodyContains: "because domain validation failed", account: "161803398874"),
]

let mboxoEntries = [
    ExpectedEntry(
        unit: "mbox/mboxo.mbox", index: 0,
        subject: "Amazon VPC: maintenance of NAT gateways in us-east-1",
        dateUTC: "2026-11-20T09:00:00Z", messageID: "0100019a50a1b2c3-mboxo-1-000000@email.amazonses.com",
        bodyContains: "NAT gateways in AWS account 112358132134 (us-east-1) will receive", account: "112358132134"),
    ExpectedEntry(
        unit: "mbox/mboxo.mbox", index: 1,
        subject: "AWS CloudTrail: log delivery to an Amazon S3 bucket is failing",
        dateUTC: "2026-11-20T09:05:00Z", messageID: "0100019a51b2c3d4-mboxo-2-000000@email.amazonses.com",
        bodyContains: "The trail management-events in AWS account 223344556677 cannot deliver log",
        account: "223344556677"),
    ExpectedEntry(
        unit: "mbox/mboxo.mbox", index: 2,
        subject: "Amazon Route 53: the IP address ranges of health checkers are changing",
        dateUTC: "2026-11-21T12:00:00Z", messageID: "0100019a52c3d4e5-mboxo-3-000000@email.amazonses.com",
        bodyContains: "Allow that range in the security groups of your endpoints.", account: "998877665544"),
]

let gzipEntries = [
    ExpectedEntry(
        unit: "mbox/gzipped.mbox.gz", index: 0,
        subject: "Amazon SNS: sender ID registration is required for SMS to some countries",
        dateUTC: "2026-11-22T07:00:00Z", messageID: "0100019a53d4e5f6-gzip-1-000000@email.amazonses.com",
        bodyContains: "will require a registered sender ID from January 4, 2027", account: "102030405060"),
    ExpectedEntry(
        unit: "mbox/gzipped.mbox.gz", index: 1,
        subject: "Amazon ECS: tasks will be retired for a platform update",
        dateUTC: "2026-11-23T07:30:00Z", messageID: "0100019a54e5f607-gzip-2-000000@email.amazonses.com",
        bodyContains: "run on a platform version that needs a security update", account: "605040302010"),
]

let maildirEntries = [
    ExpectedEntry(
        unit: "maildir/cur/1793000000.M1P1.host:2,S", index: 0,
        subject: "[Action Required] AWS Lambda functions use a runtime that is reaching end of support",
        dateUTC: "2026-11-15T10:00:00Z", messageID: "0100019a4a4b5c6d-maildir-1-000000@email.amazonses.com",
        bodyContains: "reaches end of support on February 1, 2027", account: "135792468024"),
    ExpectedEntry(
        unit: "maildir/cur/1793000100.M2P1.host:2,S", index: 0,
        subject: "Amazon EC2 Instance Retirement Notification",
        dateUTC: "2026-11-16T16:30:00Z", messageID: "0100019a4b5c6d7e-maildir-2-000000@email.amazonses.com",
        bodyContains: "The instance is scheduled for", account: "246813579135"),
    ExpectedEntry(
        unit: "maildir/new/1793000200.M3P1.host", index: 0,
        subject: "AWS Key Management Service: a KMS key is scheduled for deletion in 7 days",
        dateUTC: "2026-11-17T03:15:00Z", messageID: "0100019a4c6d7e8f-maildir-3-000000@email.amazonses.com",
        bodyContains: "is scheduled for deletion on November 24, 2026", account: "975318642097"),
]

let emlDirEntries = [
    ExpectedEntry(
        unit: "eml-dir/01-iam-exposed-access-key.eml", index: 0,
        subject: "[Action Required] Your AWS access key may be exposed",
        dateUTC: "2026-11-24T05:00:00Z", messageID: "0100019a55f60718-emldir-1-000000@email.amazonses.com",
        bodyContains: "in a public code repository", account: "505050505050"),
    ExpectedEntry(
        unit: "eml-dir/02-backup-jobs-failed.eml", index: 0,
        subject: "AWS Backup: backup jobs failed for 3 resources",
        dateUTC: "2026-11-25T06:10:00Z", messageID: "0100019a56071829-emldir-2-000000@email.amazonses.com",
        bodyContains: "lacks permission to read the resources", account: "606060606060"),
    ExpectedEntry(
        unit: "eml-dir/03-ebs-volume-degraded.eml", index: 0,
        subject: "Amazon EBS: volume vol-0a1b2c3d4e5f60718 has degraded",
        dateUTC: "2026-11-26T17:40:00Z", messageID: "0100019a5718293a-emldir-3-000000@email.amazonses.com",
        bodyContains: "is on storage hardware that has degraded", account: "707070707070"),
]

private func unit(for relative: String) -> InputUnit {
    let path = Fixtures.path(relative)
    if relative.hasSuffix(".gz") { return InputUnit(path: path, format: .mbox, gzip: true) }
    if relative.hasSuffix(".mbox") { return InputUnit(path: path, format: .mbox) }
    return InputUnit(path: path, format: .message)
}

struct IngestReadTests {
    @Test(arguments: mboxrdEntries + mboxoEntries + gzipEntries + maildirEntries + emlDirEntries)
    func messageHeadersAndTextMatchTheFixture(_ expected: ExpectedEntry) throws {
        let result = readAll(unit(for: expected.unit))
        #expect(result.unreadable.isEmpty)
        let message = try #require(
            result.messages.indices.contains(expected.index) ? result.messages[expected.index] : nil)
        #expect(message.subject == expected.subject)
        #expect(utcString(message.date) == expected.dateUTC)
        #expect(message.messageID == expected.messageID)
        #expect(message.from == Address(name: "Amazon Web Services", address: "no-reply-aws@amazon.com"))
        #expect(message.text.contains(expected.bodyContains))
        #expect(message.text.contains(expected.account))
        #expect(message.source.path == Fixtures.path(expected.unit))
    }

    @Test func mboxrdGivesThreeMessages() {
        let result = readFixture("mbox/mboxrd.mbox", format: .mbox)
        #expect(result.messages.count == 3)
        #expect(result.unreadable.isEmpty)
    }

    @Test func mboxrdFromQuotingIsUndoneOneLevel() throws {
        let result = readFixture("mbox/mboxrd.mbox", format: .mbox)
        try #require(result.messages.count == 3)
        let first = lines(result.messages[0].text)
        #expect(first.contains("From the console, choose Databases, select the instance, and choose Modify."))
        #expect(!result.messages[0].text.contains(">From the console"))

        let second = lines(result.messages[1].text)
        #expect(second.contains(">From the previous notice: the update stays optional until December 10, 2026."))
        #expect(!result.messages[1].text.contains(">>From the previous notice"))
    }

    @Test func mboxoGivesThreeMessages() {
        let result = readFixture("mbox/mboxo.mbox", format: .mbox)
        #expect(result.messages.count == 3)
        #expect(result.unreadable.isEmpty)
        #expect(result.messages.map(\.subject) == mboxoEntries.map(\.subject))
    }

    @Test func gzippedMboxGivesTwoMessagesWithTheirAccounts() {
        let result = readFixture("mbox/gzipped.mbox.gz", format: .mbox, gzip: true)
        #expect(result.unreadable.isEmpty)
        #expect(result.messages.count == 2)
        #expect(result.messages.first?.text.contains("102030405060") == true)
        #expect(result.messages.last?.text.contains("605040302010") == true)
    }

    @Test func crlfFileGivesTextWithoutCarriageReturns() throws {
        let result = readFixture("eml/crlf-line-endings.eml", format: .message)
        let message = try #require(result.messages.first)
        #expect(!message.text.unicodeScalars.contains("\r"))
        #expect(!message.subject.unicodeScalars.contains("\r"))
        #expect(
            message.text.contains(
                "Point-in-time recovery is turned off for 2 Amazon DynamoDB tables in AWS\naccount 234567890123"))
    }

    @Test(arguments: ["mbox/mboxrd.mbox", "mbox/mboxo.mbox"])
    func mboxMessagesCarryTheOffsetOfTheirFromLine(_ relative: String) throws {
        let path = Fixtures.path(relative)
        let result = readFixture(relative, format: .mbox)
        try #require(result.messages.count == 3)
        let offsets = result.messages.map(\.source.offset)
        #expect(offsets.first == 0)
        #expect(zip(offsets, offsets.dropFirst()).allSatisfy { $0 < $1 }, "offsets \(offsets) must increase")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for message in result.messages {
            #expect(message.source.path == path)
            let offset = message.source.offset
            try #require(offset >= 0 && offset < bytes.count)
            #expect(bytes[offset...].starts(with: Array("From ".utf8)), "byte \(offset) should start a From line")
            if offset > 0 {
                #expect(bytes[offset - 1] == UInt8(ascii: "\n"), "byte \(offset) should start a line")
            }
        }
    }

    @Test func gzippedMboxMessagesAreNumberedSinceOffsetsAreUnknown() throws {
        let result = readFixture("mbox/gzipped.mbox.gz", format: .mbox, gzip: true)
        try #require(result.messages.count == 2)
        #expect(result.messages.map(\.source.offset) == [-1, -1])
        #expect(result.messages.map(\.source.ordinal) == [1, 2])
        #expect(
            result.messages.map(\.source.description)
                == [1, 2].map { Fixtures.path("mbox/gzipped.mbox.gz") + "#\($0)" })
    }

    @Test func uncompressedMboxMessagesHaveOffsetsAndNoOrdinal() {
        let result = readFixture("mbox/mboxrd.mbox", format: .mbox)
        #expect(result.messages.count == 3)
        #expect(result.messages.allSatisfy { $0.source.ordinal == nil })
        #expect(result.messages.first?.source.description == Fixtures.path("mbox/mboxrd.mbox"))
        #expect(
            result.messages.dropFirst().allSatisfy { $0.source.description == "\($0.source.path):\($0.source.offset)" })
    }

    @Test func mboxByteRangeReadsOnlyItsMessagesWithFileOffsets() throws {
        let path = Fixtures.path("mbox/mboxrd.mbox")
        let whole = readFixture("mbox/mboxrd.mbox", format: .mbox)
        try #require(whole.messages.count == 3)
        let start = whole.messages[1].source.offset
        let part = readAll(InputUnit(path: path, format: .mbox, range: start..<fileSize(path)))
        #expect(part.unreadable.isEmpty)
        #expect(part.messages.map(\.messageID) == whole.messages.dropFirst().map(\.messageID))
        #expect(part.messages.map(\.source.offset) == whole.messages.dropFirst().map(\.source.offset))
    }

    @Test func singleMessageHasSourcePathAndOffsetZero() throws {
        let path = Fixtures.path("eml/base64-utf8.eml")
        let result = readFixture("eml/base64-utf8.eml", format: .message)
        let message = try #require(result.messages.first)
        #expect(result.messages.count == 1)
        #expect(message.source == SourceLocation(path: path, offset: 0))
    }

    @Test func htmlOnlyTextHasNoScriptOrStyleAndDecodedEntities() throws {
        let result = readFixture("eml/html-only.eml", format: .message)
        let message = try #require(result.messages.first)
        let text = message.text
        for wanted in [
            "Amazon CloudFront & AWS WAF resources in AWS account 678901234567",
            "December 15, 2026 – connections that negotiate these versions",
            "CloudFront console",
        ] {
            #expect(text.contains(wanted), "text should contain \(wanted)")
        }
        for unwanted in [
            "STYLE-CONTENT-MARKER", "SCRIPT-CONTENT-MARKER", "font-family", "trackingPixel", "document.write",
            "&amp;", "&#8211;", "<p>", "<br>", "<a ", "AWS Notification",
        ] {
            #expect(!text.contains(unwanted), "text should not contain \(unwanted)")
        }
    }

    @Test func multipartWithAttachmentListsItAndKeepsItOutOfTheText() throws {
        let result = readFixture("eml/multipart-mixed-attachment.eml", format: .message)
        let message = try #require(result.messages.first)
        #expect(message.attachments == ["affected-resources.csv"])
        #expect(!message.text.contains("ATTACHMENT-ONLY-MARKER"))
        #expect(!message.text.contains("111122223333"))
    }

    @Test func fileThatIsNotMailIsUnreadableAndNamesTheFile() {
        let path = Fixtures.path("eml-dir/not-a-mail.eml")
        let result = readFixture("eml-dir/not-a-mail.eml", format: .message)
        #expect(result.messages.isEmpty)
        #expect(result.unreadable.count == 1)
        #expect(result.unreadable.first?.source == path)
        #expect(result.unreadable.first?.reason.isEmpty == false)
    }

    @Test func missingFileIsUnreadableWithTheOpenError() {
        let path = Fixtures.path("eml/vanished.eml")
        let result = readAll(InputUnit(path: path, format: .message))
        #expect(result.messages.isEmpty)
        #expect(result.unreadable.count == 1)
        #expect(result.unreadable.first?.source == path)
        #expect(result.unreadable.first?.reason.contains("cannot open") == true)
    }
}

struct StableIDTests {
    @Test func messageWithoutMessageIDGetsNoidAndSixteenHexDigits() throws {
        let result = readFixture("eml/no-message-id.eml", format: .message)
        let message = try #require(result.messages.first)
        #expect(message.messageID == nil)
        let id = message.stableID
        #expect(id.hasPrefix("noid-"))
        let hex = id.dropFirst("noid-".count)
        #expect(hex.count == 16)
        #expect(hex.allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test func stableIDIsEqualAcrossTwoReads() throws {
        let first = try #require(readFixture("eml/no-message-id.eml", format: .message).messages.first)
        let second = try #require(readFixture("eml/no-message-id.eml", format: .message).messages.first)
        #expect(first.stableID == second.stableID)
    }

    @Test func stableIDDiffersBetweenSources() throws {
        let eml = try #require(readFixture("eml/no-message-id.eml", format: .message).messages.first)
        var other = eml
        other.source = SourceLocation(path: eml.source.path, offset: 42)
        #expect(eml.stableID != other.stableID)
    }

    @Test func stableIDsOfNumberedGzipMessagesDiffer() {
        let path = Fixtures.path("mbox/gzipped.mbox.gz")
        let first = Message(source: SourceLocation(path: path, offset: -1, ordinal: 1))
        let second = Message(source: SourceLocation(path: path, offset: -1, ordinal: 2))
        #expect(first.stableID != second.stableID)
        #expect(first.stableID.hasPrefix("noid-"))
    }

    @Test func stableIDIsTheMessageIDWhenThereIsOne() throws {
        let message = try #require(readFixture("eml/base64-utf8.eml", format: .message).messages.first)
        #expect(message.stableID == "0100019a44e5f607-base64-utf8-000000@email.amazonses.com")
    }
}

struct LineEndTests {
    @Test func lineEndsAreNormalisedToLF() {
        #expect(Ingest.normalizeLineEnds("a\r\nb\r\n") == "a\nb\n")
    }
}
