import DigestClassify
import DigestIngest
import DigestModel
import Foundation
import Testing

@testable import DigestCLI

/// Secrets and terminal escapes planted in every place a notice can carry them never reach an output.
struct PlantedSecretsTests {
    // Fake values in the real formats (nothing here is a live credential).
    static let secretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    static let sessionToken =
        "FwoGZXIvYXdzEBYaDHqa0AP1ZmFuZXhhbXBsZSIyMjZCTTlGbHdMdlJ0aEFsYWtlTmFtZQ6KdGhpcyBpcyBub3QgYSByZWFsIHRva2VuIGF0IGFsbA"
    static let password = "Tr0ub4dor&3xample"
    static let githubToken = "ghp_" + String(repeating: "A1b2C3d4E5", count: 4)
    static let privateKeyLine = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCexample"
    static let escape = "\u{1B}[31m"
    static let title = "\u{1B}]0;owned\u{07}"
    static let planted = [secretKey, sessionToken, password, githubToken, privateKeyLine, escape, title, "\u{202E}"]

    /// An mbox whose messages carry the secrets in the subject, the body, an HTML-only part, an
    /// attachment name, a forwarded original and a link.
    static func mbox() -> String {
        let headers = { (subject: String) in
            "From: Amazon Web Services <no-reply-aws@amazon.com>\nTo: ops@example.com\nDate: Tue, 10 Nov 2026 09:00:00 +0000\nSubject: \(subject)\n"
        }
        return """
            From MAILER-DAEMON Tue Nov 10 09:00:00 2026
            \(headers("Your AWS Access Key AKIAIOSFODNN7EXAMPLE is exposed \(escape)password: \(password)"))MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8

            We found your access key AKIAIOSFODNN7EXAMPLE with its secret access key \(secretKey)
            and the session token aws_session_token=\(sessionToken) on a public site.
            Your console password is \(password) and a GitHub token \(githubToken) was next to it.
            -----BEGIN RSA PRIVATE KEY-----
            \(privateKeyLine)
            -----END RSA PRIVATE KEY-----
            Please rotate the key by November 20, 2026: https://console.aws.amazon.com/iam/?token=\(sessionToken)&x=1 \(title)
            Right-to-left trick: \u{202E}txt.exe

            From MAILER-DAEMON Tue Nov 10 09:05:00 2026
            \(headers("Security notice \u{202E}"))MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b1"

            --b1
            Content-Type: text/html; charset=utf-8

            <html><body><p>Secret key: \(secretKey)</p><p>password=\(password)</p></body></html>
            --b1
            Content-Type: text/plain; name="creds-\(secretKey).txt"
            Content-Disposition: attachment; filename="creds-\(secretKey).txt"

            attached
            --b1
            Content-Type: message/rfc822

            From: AWS <no-reply-aws@amazon.com>
            Subject: Exposed key \(githubToken)
            Date: Mon, 09 Nov 2026 09:00:00 +0000

            The secret access key \(secretKey) and token: \(sessionToken) were found.
            --b1--

            """
    }

    @Test func noPlantedSecretOrEscapeReachesAnyOutput() async throws {
        let folder = BuildCommandTests.temporaryFolder()
        let input = folder + "/planted.mbox"
        try Self.mbox().write(toFile: input, atomically: true, encoding: .utf8)
        let out = try await BuildCommandTests.build(["--input", input, "--month", "2026-11"])
        defer {
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.removeItem(atPath: out)
        }
        var outputs = try BuildCommandTests.files(in: out + "/2026-11")
        outputs["site index.html"] = try Data(contentsOf: URL(fileURLWithPath: out + "/index.html"))
        // What `classify` prints for the same file.
        var explained = ""
        for unit in try InputScanner.plan([input]).units {
            Ingest.read(unit) { item in
                if case .message(let message) = item {
                    explained += ClassifyCommand.explain(
                        message, classifier: Classifier(rules: try! RuleSet.defaults()))
                    explained += ClassifyCommand.record(Classifier(rules: try! RuleSet.defaults()).classify(message))
                }
            }
        }
        outputs["classify"] = Data(explained.utf8)
        // The mail's parts are quoted-printable and the calendar's lines folded: read them decoded
        // too, or a secret split across a line break would pass unseen.
        outputs["digest.eml, decoded"] = Self.quotedPrintableDecoded(outputs["digest.eml"] ?? Data())
        outputs["deadlines.ics, unfolded"] = Data(
            String(decoding: outputs["deadlines.ics"] ?? Data(), as: UTF8.self)
                .replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\\,", with: ",")
                .replacingOccurrences(of: "\\;", with: ";").utf8)
        #expect(outputs.count >= 4)
        for (name, data) in outputs {
            let text = String(decoding: data, as: UTF8.self)
            for secret in Self.planted {
                #expect(!text.contains(secret), "\(name) holds \(secret.debugDescription)")
            }
            // JSON escapes control characters; it must not hold them escaped either.
            #expect(!text.contains("\\u001b"), "\(name) holds an escaped ESC")
            #expect(!text.contains("AKIAIOSFODNN7EXAMPLE"), "\(name) holds a whole access key ID")
        }
        // The notice is still understood, and says what was found.
        let markdown = String(decoding: outputs["digest.md"]!, as: UTF8.self)
        #expect(markdown.contains("Security incidents"))
        #expect(markdown.contains("[secret redacted]") || markdown.contains("secret redacted"))
        // The decoded mail is read as text (its text part is the Markdown digest).
        #expect(String(decoding: outputs["digest.eml, decoded"]!, as: UTF8.self).contains("Security incidents"))
    }

    /// Quoted-printable undone: soft line breaks joined, `=XX` turned back into bytes.
    static func quotedPrintableDecoded(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        var out: [UInt8] = []
        var index = 0
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 0x30...0x39: return byte - 0x30
            case 0x41...0x46: return byte - 0x41 + 10
            default: return nil
            }
        }
        while index < bytes.count {
            if bytes[index] == 0x3D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                index += 2
            } else if bytes[index] == 0x3D, index + 2 < bytes.count, bytes[index + 1] == 0x0D, bytes[index + 2] == 0x0A
            {
                index += 3
            } else if bytes[index] == 0x3D, index + 2 < bytes.count, let high = hex(bytes[index + 1]),
                let low = hex(bytes[index + 2])
            {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return Data(out)
    }

    @Test(arguments: [
        (
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "aws_secret_access_key = [secret redacted]"
        ),
        ("password: hunter2hunter2", "password: [secret redacted]"),
        ("Authorization: Bearer abcdefghijklmnop.qrstuvwx", "Authorization: Bearer [secret redacted]"),
        ("sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709 stays", "sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709 stays"),
        (
            "Event ARN arn:aws:health:us-east-1::event/EC2/AWS_EC2_X/abc stays",
            "Event ARN arn:aws:health:us-east-1::event/EC2/AWS_EC2_X/abc stays"
        ),
        ("red \u{1B}[31mtext\u{1B}[0m", "red text"),
        // A control character inside the label: removed first, so the label it hid is read.
        ("pass\u{7}word: hunter2hunter2", "password: [secret redacted]"),
        ("PASSWORD=hunter2hunter2 in capitals", "PASSWORD=[secret redacted] in capitals"),
    ])
    func redactionReplacesSecretsAndKeepsTheRest(input: String, expected: String) {
        #expect(Redaction.clean(input) == expected)
    }
}
