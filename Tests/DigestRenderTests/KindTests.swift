import DigestModel
import Testing

/// Notices "of one kind" share a category and a subject once numbers, dates, identifiers, hosts and
/// regions are set aside; words that name the notice stay.
struct KindTests {
    @Test(arguments: [
        ("Your AWS Abuse Report [40123] [AWS ID: 7]", "Your AWS Abuse Report [98766] [AWS ID: 12]"),
        (
            "[Action Required] ACM certificate for api.edge-prod.example.com expires on Monday, December 1, 2026",
            "[Action Required] ACM certificate for app.payments-test.example.com expires on 2026-12-14"
        ),
        (
            "Amazon RDS planned maintenance in the US East (N. Virginia) Region",
            "Amazon RDS planned maintenance in the Asia Pacific (Tokyo) Region"
        ),
        (
            "AWS Budgets: team-3-monthly has exceeded your alert threshold",
            "AWS Budgets: ops-12-monthly has exceeded your alert threshold"
        ),
    ])
    func variablePartsAreSetAside(first: String, second: String) {
        #expect(Kind.of(first).key == Kind.of(second).key)
    }

    @Test(arguments: [
        ("AWS Lambda end-of-life for Node.js runtimes", "AWS Lambda end-of-life for Python runtimes"),
        ("Amazon EC2 instance retirement", "Amazon S3 instance retirement"),
    ])
    func namingWordsStay(first: String, second: String) {
        #expect(Kind.of(first).key != Kind.of(second).key)
    }

    @Test func theShownTitleKeepsItsBracketsAndOneEllipsisPerRun() {
        #expect(Kind.of("Your AWS Abuse Report [40123] [AWS ID: 7]").display == "Your AWS Abuse Report […] [AWS ID: …]")
        #expect(
            Kind.of("Certificate for a.b.example.com expires on Monday, December 1, 2026").display
                == "Certificate for … expires on …")
        #expect(Kind.of("Amazon EC2 end-of-life notice").display == "Amazon EC2 end-of-life notice")
        // A run that ends in a closing bracket whose opener it does not hold drops the closer.
        #expect(
            Kind.of("System reboot on December 3, 2026 (us-east-1)").display == "System reboot on …")
    }
}
