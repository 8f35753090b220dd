import DigestModel
import Testing

@testable import DigestClassify

/// Every subject line that DESIGN.md quotes from real notices, with the category a reader gives it.
struct SubjectVariantTests {
    static let classifier = Classifier(rules: try! RuleSet.defaults())

    static let designSubjects: [(String, Category)] = [
        ("Your AWS Abuse Report [12345678901] [AWS ID 123456789012]", .abuse),
        ("Action Required: Irregular activity in your AWS account: 123456789012", .securityIncident),
        ("Action Required: Your AWS account 12345678901 is compromised", .securityIncident),
        (
            "[Action Required]: Your AWS Storage Gateway VM will be deprecated on January 1, 2022. Please migrate to a new gateway VM.",
            .actionRequired
        ),
        ("[ACTION REQUIRED]EECS Deprecation of Managed Policy", .actionRequired),
        (
            "[Action Requested] AWS X-Ray Tracing Permissions Not Enabled for AWS Step Functions State Machines",
            .actionRequired
        ),
        (
            "[Action Required] Red Hat Enterprise Linux 6 Extended Lifecycle phase begins December 1, 2020",
            .actionRequired
        ),
        (
            "[Action Needed] – Update Firewall settings to allow access to expanded IP address ranges for Amazon WorkSpaces.",
            .actionRequired
        ),
        ("Action Required: Upcoming changes for Chromium based browsers affecting ELB", .actionRequired),
        (
            "[ACTION MAY BE REQUIRED] Amazon Connect launches new domain, connect.aws, starting November 6, 2020",
            .actionRequired
        ),
        ("AWS RoboMaker End of Life Support Notice [AWS Account: 123456789012]", .actionRequired),
        ("AWS Lambda managed policies deprecation notice", .actionRequired),
        ("AWS Marketplace Price Change Notification", .pricing),
        ("Automatic patches available for Amazon Aurora with PostgreSQL Compatibility", .maintenance),
        ("Notification of Amazon S3 buckets configured for public access", .securityAdvisory),
        ("WorkSpaces Streaming Protocol is Generally Available for Production Use", .informational),
        ("Notification on changes to the names of finding types in AWS Security Hub", .informational),
        ("Amazon DocumentDB to update default engine version to 4.0.0", .maintenance),
        ("CloudTrail Managed Policy Scope Down [AWS Account: 12345678901]", .actionRequired),
        (
            "[Important Notification] Advice for customers using ECS to deal with newly introduced Docker Hub rate limits",
            .informational
        ),
    ]

    /// Spellings of the action and reminder markers that must fall together.
    static let markerVariants: [(String, Category, Bool)] = [
        ("Action Require: Amazon RDS certificate update", .actionRequired, false),
        ("[Action may be required] Amazon Connect domain change", .actionRequired, false),
        ("【要対応】Amazon RDS 証明書の更新", .actionRequired, false),
        ("[要対応] AWS Lambda ランタイムのサポート終了", .actionRequired, false),
        ("［要対応］Amazon RDS 証明書の更新", .actionRequired, false),
        ("Reminder: [Action Required] Amazon RDS certificate rotation by December 1, 2026", .actionRequired, true),
        ("[Reminder] AWS Lambda end of support for Python 3.9", .actionRequired, true),
        ("Final reminder: Amazon EKS version 1.28 end of standard support", .actionRequired, true),
        ("Fwd: [ACTION REQUIRED] EECS Deprecation of Managed Policy", .actionRequired, false),
        ("RE: Your AWS Abuse Report [987654] [AWS ID 123456789012]", .abuse, false),
        ("転送: 【要対応】Amazon RDS 証明書の更新", .actionRequired, false),
        ("[Action Needed] — Update firewall settings for Amazon WorkSpaces", .actionRequired, false),
        ("【リマインダー】【要対応】Amazon RDS 証明書の更新", .actionRequired, true),
    ]

    @Test(arguments: designSubjects)
    func designSubjectLandsInItsCategory(subject: String, expected: Category) {
        let decision = Self.classifier.decide(
            subject: SubjectNormalizer.normalize(subject).topic, body: "", from: "no-reply-aws@amazon.com")
        #expect(decision.category == expected, "\(subject) -> \(decision.rule)")
    }

    @Test(arguments: markerVariants)
    func markerVariantsFallTogether(subject: String, expected: Category, reminder: Bool) {
        let normalized = SubjectNormalizer.normalize(subject)
        let decision = Self.classifier.decide(subject: normalized.topic, body: "", from: "no-reply-aws@amazon.com")
        #expect(decision.category == expected, "\(subject) -> \(decision.rule)")
        #expect(normalized.reminder == reminder)
    }

    @Test func unmatchedSubjectFallsBackToInformational() throws {
        // Without the learned model, a notice no rule recognises is informational and not understood.
        var rules = try RuleSet.defaults()
        rules.learnedModel = false
        let decision = Classifier(rules: rules).decide(subject: "a note from the team", body: "", from: "x@example.com")
        #expect(decision.category == .informational)
        #expect(decision.rule == "fallback")
        #expect(decision.confidence == .low)
    }

    @Test func genericSubjectIsDecidedByBody() {
        let body = SubjectNormalizer.foldText(
            "Hello, We have received a report that your EC2 instance was used to attack other hosts (port scanning).")
        let decision = Self.classifier.decide(subject: "aws notification", body: body, from: "ec2-abuse@amazon.com")
        #expect(decision.category == .abuse)
        #expect(decision.rule == "abuse-report-body")
    }
}
