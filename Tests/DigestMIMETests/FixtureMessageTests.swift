import Fixtures
import Foundation
import Testing

@testable import DigestMIME

/// What `Tests/Fixtures/Resources/README.md` says one `.eml` fixture holds.
struct ExpectedMail: Sendable, CustomTestStringConvertible {
    var file: String
    var subject: String
    var fromName = "Amazon Web Services"
    var fromAddress = "no-reply-aws@amazon.com"
    var dateUTC: String
    /// Seconds east of UTC of the Date header's zone.
    var utcOffset: Int
    /// Without angle brackets; nil when the message has no Message-ID.
    var messageID: String?
    var bodySource: BodySource = .plain
    /// Strings of the decoded body (for `.html`, of the HTML as decoded from its transfer encoding).
    var bodyContains: [String]
    var bodyExcludes: [String] = []

    var testDescription: String { file }
}

let emlFixtures: [ExpectedMail] = [
    ExpectedMail(
        file: "eml/rfc2047-padded-b-words.eml",
        subject: "[Action Required] Amazon RDS 証明書の更新",
        dateUTC: "2026-11-02T18:04:11Z", utcOffset: 0,
        messageID: "0100019a3f1c2b44-rfc2047-padded-b-words-000000@email.amazonses.com",
        bodyContains: ["still present a server certificate signed by a", "2026年12月1日までに証明書の更新を完了してください。"]),
    ExpectedMail(
        file: "eml/rfc2047-q-folded-subject.eml",
        subject:
            "[Action Needed] – Update Firewall settings to allow access to expanded IP address ranges for Amazon WorkSpaces.",
        dateUTC: "2026-11-04T01:30:45Z", utcOffset: 9 * 3600,
        messageID: "0100019a40aa17c9-rfc2047-q-folded-subject-000000@email.amazonses.com",
        bodyContains: ["add the ranges below to your firewall allow list"]),
    ExpectedMail(
        file: "eml/iso-2022-jp.eml",
        subject: "【要対応】Amazon RDS 証明書の更新 (2026年12月1日まで)",
        dateUTC: "2026-11-05T00:00:00Z", utcOffset: 9 * 3600,
        messageID: "0100019a41b2c3d4-iso-2022-jp-000000@email.amazonses.com",
        bodyContains: [
            "SSL/TLS 証明書を、2026年12月1日までに更新していただく必要があります。", "2026年12月1日",
            "対象のリージョン: ap-northeast-1",
        ]),
    ExpectedMail(
        file: "eml/shift-jis-base64.eml",
        subject: "【予定】Amazon EC2 インスタンスのリタイアについて",
        dateUTC: "2026-11-06T05:20:00Z", utcOffset: 9 * 3600,
        messageID: "0100019a42c3d4e5-shift-jis-base64-000000@email.amazonses.com",
        bodyContains: ["このインスタンスは 2026年11月20日 にリタイアされる予定です。", "i-0abc1234def567890 (ap-northeast-1)"]),
    ExpectedMail(
        file: "eml/quoted-printable-latin1.eml",
        subject: "Amazon S3: review the object ownership setting of a tagged bucket",
        dateUTC: "2026-11-07T13:00:00Z", utcOffset: -5 * 3600,
        messageID: "0100019a43d4e5f6-quoted-printable-latin1-000000@email.amazonses.com",
        bodyContains: [
            "which is tagged Team=Café Résumé Services and still has ACLs enabled",
            "The café team's résumé uploads keep working after the change",
        ],
        bodyExcludes: ["=3D", "=E9", "=\n"]),
    ExpectedMail(
        file: "eml/base64-utf8.eml",
        subject: "[Action Required] Plan the engine upgrade of your Amazon ElastiCache clusters",
        dateUTC: "2026-11-08T23:59:59Z", utcOffset: 0,
        messageID: "0100019a44e5f607-base64-utf8-000000@email.amazonses.com",
        bodyContains: [
            "clusters are upgraded automatically during", "their maintenance window — upgrade them yourself",
            "• sessions-cache (eu-west-1)",
        ]),
    ExpectedMail(
        file: "eml/html-only.eml",
        subject: "Amazon CloudFront & AWS WAF: update the TLS security policy of your distributions",
        dateUTC: "2026-11-09T16:45:00Z", utcOffset: 0,
        messageID: "0100019a45f60718-html-only-000000@email.amazonses.com",
        bodySource: .html,
        // The HTML itself, quoted-printable soft breaks removed; Ingest reduces it to text.
        bodyContains: [
            "<p>We are contacting you because Amazon CloudFront &amp; AWS WAF resources in AWS account 678901234567",
            "December 15, 2026 &#8211; connections that negotiate these versions",
            "CloudFront console</a>",
        ],
        bodyExcludes: ["=3D", "conso=\n"]),
    ExpectedMail(
        file: "eml/multipart-alternative.eml",
        subject: "[Action Required] Upgrade Amazon EKS clusters before the end of standard support",
        dateUTC: "2026-11-10T15:12:33Z", utcOffset: -8 * 3600,
        messageID: "0100019a46071829-multipart-alternative-000000@email.amazonses.com",
        bodyContains: ["PLAIN-PART-MARKER", "Upgrade the control plane"],
        bodyExcludes: ["HTML-PART-MARKER", "Greetings!"]),
    ExpectedMail(
        file: "eml/multipart-mixed-attachment.eml",
        subject: "Amazon RDS: scheduled maintenance for the resources in the attached file",
        dateUTC: "2026-11-11T11:00:00Z", utcOffset: 3600,
        messageID: "0100019a4718293a-multipart-mixed-attachment-000000@email.amazonses.com",
        bodyContains: ["The attached file affected-resources.csv lists every affected DB instance."],
        bodyExcludes: ["ATTACHMENT-ONLY-MARKER", "111122223333", "account_id,region", "arn:aws:rds"]),
    ExpectedMail(
        file: "eml/folded-headers.eml",
        subject: "Amazon EC2 scheduled maintenance for instances in us-west-2 during the week of November 16, 2026",
        dateUTC: "2026-11-03T17:15:02Z", utcOffset: -8 * 3600,
        messageID: "0100019a48293a4b-folded-headers-000000@email.amazonses.com",
        bodyContains: ["Each instance will be rebooted once"]),
    ExpectedMail(
        file: "eml/no-message-id.eml",
        subject: "AWS Notification - Amazon Redshift cluster maintenance on November 19, 2026",
        dateUTC: "2026-11-12T03:04:05Z", utcOffset: 0,
        messageID: nil,
        bodyContains: ["will apply a mandatory patch to the cluster analytics-main"]),
    ExpectedMail(
        file: "eml/hostile-subject.eml",
        subject: "Notice *urgent* _now_ [click](javascript:alert(1)) <script>alert(1)</script> `code` | pipe",
        fromName: "AWS Security", fromAddress: "security@amazonaws-security.com",
        dateUTC: "2026-11-13T22:10:00Z", utcOffset: 0,
        messageID: "hostile-subject.20261113221000@amazonaws-security.com",
        bodyContains: ["<img src=x onerror=alert(1)>", "[x](javascript:alert(1))"]),
    ExpectedMail(
        file: "eml/crlf-line-endings.eml",
        subject: "Amazon DynamoDB: review the point-in-time recovery setting of your tables",
        dateUTC: "2026-11-14T06:30:00Z", utcOffset: 0,
        messageID: "0100019a493a4b5c-crlf-line-endings-000000@email.amazonses.com",
        bodyContains: ["Point-in-time recovery is turned off for 2 Amazon DynamoDB tables in AWS"]),
]

struct FixtureMessageTests {
    @Test(arguments: emlFixtures)
    func subjectIsDecodedAndUnfolded(_ expected: ExpectedMail) throws {
        let mail = try parseMessage(expected.file)
        #expect(mail.subject == expected.subject)
    }

    @Test(arguments: emlFixtures)
    func fromNameAndAddressAreRead(_ expected: ExpectedMail) throws {
        let mail = try parseMessage(expected.file)
        #expect(mail.from == MailAddress(name: expected.fromName, address: expected.fromAddress))
    }

    @Test(arguments: emlFixtures)
    func dateIsConvertedToUTCAndKeepsItsZoneOffset(_ expected: ExpectedMail) throws {
        let mail = try parseMessage(expected.file)
        #expect(utcString(mail.date) == expected.dateUTC)
        #expect(mail.utcOffset == expected.utcOffset)
    }

    @Test(arguments: emlFixtures)
    func messageIDHasNoAngleBrackets(_ expected: ExpectedMail) throws {
        let mail = try parseMessage(expected.file)
        #expect(mail.messageID == expected.messageID)
    }

    @Test(arguments: emlFixtures)
    func bodyComesFromTheExpectedPartAndIsDecoded(_ expected: ExpectedMail) throws {
        let mail = try parseMessage(expected.file)
        #expect(mail.bodySource == expected.bodySource)
        for text in expected.bodyContains {
            #expect(mail.body.contains(text), "body should contain \(text)")
        }
        for text in expected.bodyExcludes {
            #expect(!mail.body.contains(text), "body should not contain \(text)")
        }
    }

    @Test(arguments: emlFixtures)
    func singleMessageFileGivesExactlyOneItem(_ expected: ExpectedMail) throws {
        let parser = try MailParser(path: Fixtures.path(expected.file), format: .message)
        var count = 0
        while let item = parser.next() {
            if case .failure(let offset, let reason) = item {
                Issue.record("unexpected failure at \(offset): \(reason)")
            }
            count += 1
        }
        #expect(count == 1)
    }
}

/// Named tests for the behaviours the fixture table covers, so a failure reads as a sentence.
struct MessageBehaviourTests {
    @Test func paddedBWordSubjectDecodesFromTheFile() throws {
        let mail = try parseMessage("eml/rfc2047-padded-b-words.eml")
        #expect(mail.subject == "[Action Required] Amazon RDS 証明書の更新")
    }

    @Test func qEncodedFoldedSubjectKeepsSpacesAndEnDash() throws {
        let mail = try parseMessage("eml/rfc2047-q-folded-subject.eml")
        #expect(mail.subject.contains("] – Update"))
        #expect(mail.subject.contains("settings to allow"))
        #expect(mail.subject.contains("ranges for Amazon"))
        #expect(!mail.subject.contains("  "))
        #expect(!mail.subject.contains("_"))
        #expect(!mail.subject.contains("=?"))
    }

    @Test func iso2022JPSubjectAndBodyAreConverted() throws {
        let mail = try parseMessage("eml/iso-2022-jp.eml")
        #expect(mail.subject == "【要対応】Amazon RDS 証明書の更新 (2026年12月1日まで)")
        #expect(mail.body.contains("対象のリージョン: ap-northeast-1"))
        #expect(!mail.body.unicodeScalars.contains("\u{1B}"), "no escape sequences left in the text")
    }

    @Test func shiftJISSubjectAndBase64BodyAreConverted() throws {
        let mail = try parseMessage("eml/shift-jis-base64.eml")
        #expect(mail.subject == "【予定】Amazon EC2 インスタンスのリタイアについて")
        #expect(mail.body.contains("このインスタンスは 2026年11月20日 にリタイアされる予定です。"))
        #expect(!mail.body.unicodeScalars.contains("\u{FFFD}"))
    }

    @Test func convertersKeptByAThreadDecodeEveryMessageAlike() throws {
        // Each thread reuses its iconv converter per charset: a stateful charset (ISO-2022-JP shifts
        // in and out of JIS) must start every message from the initial state, whatever came before.
        let files = ["eml/iso-2022-jp.eml", "eml/shift-jis-base64.eml", "eml/quoted-printable-latin1.eml"]
        let first = try files.map { try parseMessage($0).body }
        for _ in 0..<3 {
            for (file, expected) in zip(files.reversed(), first.reversed()) {
                #expect(try parseMessage(file).body == expected, "\(file)")
            }
        }
    }

    @Test func quotedPrintableLatin1BodyIsDecoded() throws {
        let mail = try parseMessage("eml/quoted-printable-latin1.eml")
        #expect(mail.body.contains("which is tagged Team=Café Résumé Services and still has ACLs enabled"))
        #expect(!mail.body.contains("=E9"))
        #expect(!mail.body.unicodeScalars.contains("\u{FFFD}"))
    }

    @Test func base64UTF8BodyIsDecoded() throws {
        let mail = try parseMessage("eml/base64-utf8.eml")
        #expect(mail.body.contains("their maintenance window — upgrade them yourself"))
        #expect(mail.body.contains("• sessions-cache (eu-west-1)"))
        #expect(mail.body.contains("we’re glad to help"))
    }

    @Test func multipartAlternativePrefersTextPlain() throws {
        let mail = try parseMessage("eml/multipart-alternative.eml")
        #expect(mail.bodySource == .plain)
        #expect(mail.body.contains("PLAIN-PART-MARKER"))
        #expect(!mail.body.contains("HTML-PART-MARKER"))
        #expect(mail.attachments.isEmpty, "the HTML alternative is not an attachment")
    }

    @Test func htmlOnlyMessageGivesHTMLBodySource() throws {
        let mail = try parseMessage("eml/html-only.eml")
        #expect(mail.bodySource == .html)
        #expect(mail.body.contains("<p>Hello,</p>"))
        #expect(mail.attachments.isEmpty)
    }

    @Test func attachmentNamesAreListedAndTheirTextIsNotTheBody() throws {
        let mail = try parseMessage("eml/multipart-mixed-attachment.eml")
        #expect(mail.attachments == ["affected-resources.csv"])
        #expect(mail.bodySource == .plain)
        #expect(mail.body.contains("The attached file affected-resources.csv lists every affected DB instance."))
        #expect(!mail.body.contains("ATTACHMENT-ONLY-MARKER"))
        #expect(!mail.body.contains("111122223333"))
    }

    @Test func messageWithoutMessageIDHasNilID() throws {
        let mail = try parseMessage("eml/no-message-id.eml")
        #expect(mail.messageID == nil)
        #expect(mail.subject == "AWS Notification - Amazon Redshift cluster maintenance on November 19, 2026")
    }

    @Test func foldedToHeaderGivesBothAddresses() throws {
        let mail = try parseMessage("eml/folded-headers.eml")
        #expect(
            mail.to == [
                MailAddress(name: "Cloud Operations", address: "cloud-ops@example.com"),
                MailAddress(name: "Billing Team", address: "billing@example.org"),
            ])
    }

    @Test func crlfSubjectIsUnfoldedWithoutCarriageReturn() throws {
        let mail = try parseMessage("eml/crlf-line-endings.eml")
        #expect(mail.subject == "Amazon DynamoDB: review the point-in-time recovery setting of your tables")
        #expect(!mail.subject.unicodeScalars.contains("\r"))
    }

    @Test func missingFileThrowsCannotOpenWithThePath() {
        let path = Fixtures.path("eml/does-not-exist.eml")
        do {
            _ = try MailParser(path: path, format: .message)
            Issue.record("opening a missing file should throw")
        } catch {
            guard case .cannotOpen(let thrownPath, let reason) = error else {
                Issue.record("expected cannotOpen, got \(error)")
                return
            }
            #expect(thrownPath == path)
            #expect(!reason.isEmpty)
            #expect(error.errorDescription?.contains(path) == true)
        }
    }

    @Test func fileWithoutHeadersIsNotAMessage() throws {
        let parser = try MailParser(path: Fixtures.path("eml-dir/not-a-mail.eml"), format: .message)
        let item = parser.next()
        switch item {
        case .failure?:
            break
        case .message(let content, _)?:
            // GMime may build an empty message; it must at least carry no header values.
            #expect(content.from == nil && content.subject.isEmpty && content.date == nil)
        case nil:
            Issue.record("a non-empty file should give a message or a failure")
        }
        if let extra = parser.next() {
            Issue.record("a single-message file gave a second item: \(extra)")
        }
    }
}
