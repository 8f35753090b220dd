import DigestModel
import Foundation
import Testing

@testable import DigestClassify

/// Kinds found in the ninth session: development sets read again, and sets G32 onwards (notices
/// written after public originals, read once scored); each in our own words.
struct GroundedSetG32Tests {
    static func notice(from: String, name: String = "", subject: String, text: String) -> Notice {
        JudgementTests.notice(from: from, name: name, subject: subject, text: text, sent: "2028-08-10T09:00:00Z")
    }

    // A provider's own incident that reached what it held for the reader, told in one paragraph and
    // the request to rotate in another.

    @Test(arguments: [
        (
            "Security notice: replace the secrets of your pipelines",
            """
            Our security team is investigating a security incident on our build platform. We will post what we
            learn on our status page.

            Until then, please rotate all secrets and tokens kept in your project settings.
            """
        ),
        (
            "Notice about the settings of your apps",
            """
            During our investigation into the recent security incident we found that an intruder may have read
            the settings of two of your apps.

            Please roll every key and database password those settings hold.
            """
        ),
        (
            "Important update on our coverage script",
            """
            Between March 2 and April 9 an attacker altered the install script we publish, so that it sent the
            environment of each build to a server outside our network.

            What to do
            Rotate every credential that your builds could read, then check your logs for their use.
            """
        ),
    ])
    func aProvidersIncidentWithARequestToRotateIsAnIncident(subject: String, text: String) {
        let n = Self.notice(from: "security@ci.example", subject: subject, text: text)
        #expect(n.category == .securityIncident, "\(subject)")
    }

    /// A vulnerability an attacker could use, and rotation as advice, is no incident.
    @Test func aVulnerabilityWithAdviceToRotateIsNoIncident() {
        let n = Self.notice(
            from: "security@ci.example", subject: "Security advisory for the runner agent",
            text: """
                A flaw in versions before 4.2 of the runner agent would let an attacker read files on the host.

                Update the agent, and as good practice rotate the tokens your runners use.
                """)
        #expect(n.category != .securityIncident)
        #expect(n.category != .abuse)
    }

    /// The incident alone, with nothing to rotate, is left to the other rules.
    @Test func bodyAlsoMustHoldToo() throws {
        var set = try RuleSet.defaults()
        set.apply(
            try RuleSet.parse(
                """
                version: 2
                rules:
                  - id: two-places
                    category: billing
                    body: 'first part'
                    body-also: 'second part'
                """, file: "user.yaml"))
        let classifier = Classifier(rules: set)
        func read(_ text: String) -> Notice {
            classifier.classify(
                Message(
                    messageID: "b@x", from: Address(address: "billing@shop.example"), subject: "Hello",
                    text: text, source: SourceLocation(path: "b.eml")))
        }
        #expect(read("The first part is here.\n\nAnd the second part there.").evidence.contains("two-places"))
        #expect(!read("The first part is here.\n\nNothing else.").evidence.contains("two-places"))
        #expect(!read("Only the second part.").evidence.contains("two-places"))
    }

    @Test func bodyAlsoWithoutBodyIsRefused() {
        #expect(
            throws: RulesError.invalid(
                file: "f.yaml", line: 3, rule: "r", problem: "'body-also' needs 'body': it is a second body condition")
        ) {
            try RuleSet.parse(
                "version: 2\nrules:\n  - id: r\n    category: abuse\n    body-also: x\n", file: "f.yaml")
        }
    }
}
