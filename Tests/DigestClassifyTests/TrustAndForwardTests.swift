import DigestModel
import Foundation
import Testing

@testable import DigestClassify

struct TrustAndForwardTests {
    static let rules = try! RuleSet.defaults()
    static let classifier = Classifier(rules: rules)

    static func message(
        from: String, name: String = "Amazon Web Services", subject: String, text: String, auth: [String] = []
    ) -> Message {
        Message(
            messageID: "m-\(subject.hashValue)@example",
            date: ISO8601DateFormatter().date(from: "2026-11-10T09:00:00Z"),
            from: Address(name: name, address: from), subject: subject, text: text, authenticationResults: auth,
            source: SourceLocation(path: "t.eml"))
    }

    @Test func providerDomainWithPassingVerdictsIsVerified() {
        let notice = Self.classifier.classify(
            Self.message(
                from: "no-reply-aws@amazon.com", subject: "Amazon RDS maintenance", text: "Hello.",
                auth: [
                    "mx.example.com; dkim=pass header.d=amazonses.com; spf=pass smtp.mailfrom=amazonses.com; dmarc=pass"
                ]))
        #expect(notice.trust == .verified)
    }

    @Test func failedVerdictMakesEvenAProviderDomainSuspicious() {
        let notice = Self.classifier.classify(
            Self.message(
                from: "no-reply-aws@amazon.com", subject: "Your AWS account is compromised", text: "Sign in now.",
                auth: ["mx.example.com; dkim=none; spf=fail smtp.mailfrom=amazon.com; dmarc=fail"]))
        #expect(notice.trust == .suspicious)
        #expect(notice.trustReason.contains("spf=fail"))
    }

    @Test func lookAlikeDomainThatContainsAmazonComIsSuspicious() {
        let notice = Self.classifier.classify(
            Self.message(
                from: "security@amazon.com-account-verify.net",
                subject: "Action Required: Your AWS account is compromised",
                text: "Verify your identity at https://amazon.com-account-verify.net/login within 24 hours."))
        #expect(notice.trust == .suspicious)
        #expect(notice.category == .securityIncident)
    }

    @Test func providerSenderLinkingToALookAlikeHostIsSuspicious() {
        let notice = Self.classifier.classify(
            Self.message(
                from: "no-reply-aws@amazon.com", subject: "Billing statement available",
                text: "See https://console.aws.amazon.com/billing and pay at https://aws-billing-update.com/pay"))
        #expect(notice.trust == .suspicious)
        #expect(notice.trustReason.contains("aws-billing-update.com"))
    }

    @Test func unrelatedSenderIsUnverified() {
        let notice = Self.classifier.classify(
            Self.message(from: "news@vendor.example", name: "Vendor", subject: "Our newsletter", text: "Hello."))
        #expect(notice.trust == .unverified)
    }

    // Software services an MSP also hears from are providers of their own: a genuine notice from one
    // is verified and filed under it, not under AWS (the registry's first provider), and its
    // account-suspension wording is no phishing request.
    @Test(arguments: [
        ("security-news@gitlab.com", "GitLab", "gitlab", "GitLab"),
        ("noreply@github.com", "GitHub", "github", "GitHub"),
        ("no-reply@sendgrid.com", "Twilio SendGrid", "twilio", "Twilio"),
        ("info@am.atlassian.com", "Atlassian", "atlassian", "Atlassian"),
        ("support@xserver.ne.jp", "エックスサーバー", "xserver", "Xserver"),
    ])
    func softwareServiceSenderIsItsOwnVerifiedProvider(from: String, name: String, id: String, shown: String) {
        let notice = Self.classifier.classify(
            Self.message(
                from: from, name: name, subject: "Notice about your account",
                text: "Your account has been suspended until the outstanding balance is paid. Sign in to the dashboard."
            ))
        #expect(notice.provider == id)
        #expect(notice.providerName == shown)
        #expect(notice.trust == .verified)
    }

    @Test func lookAlikeOfASoftwareServiceIsSuspicious() {
        let notice = Self.classifier.classify(
            Self.message(
                from: "security@netlify-alerts.example.com", name: "Netlify Security",
                subject: "Unusual sign-in to your account", text: "Confirm your identity to keep access."))
        #expect(notice.trust == .suspicious)
        #expect(notice.provider == "netlify")
    }

    /// A sender that is no provider's and a text that names none: the provider is `other`, shown by
    /// the sender's organisation, and AWS's service names in it are words of its own.
    @Test func senderOfNoProviderNamingNoneIsOtherShownByItsDomain() {
        let notice = Self.classifier.classify(
            Self.message(
                from: "alerts@mail.pagerbell.example.co.jp", name: "PagerBell",
                subject: "Lambda integration: new webhook format from January 12",
                text: "Our Lambda and Config integrations send a new webhook payload from January 12."))
        #expect(notice.provider == "other")
        #expect(notice.providerName == "example.co.jp")
        #expect(notice.services.isEmpty)
        #expect(notice.trust == .unverified)
    }

    @Test func aRuleMayNameTheOtherProvider() throws {
        var set = try RuleSet.defaults()
        set.apply(
            try RuleSet.parse(
                "version: 2\nrules:\n  - id: saas-billing\n    category: billing\n    provider: other\n    subject: statement\n",
                file: "user.yaml"))
        try set.validate()
        let classifier = Classifier(rules: set)
        let other = classifier.classify(
            Self.message(from: "billing@vendor.example", name: "Vendor", subject: "Your statement", text: "Hello."))
        let aws = classifier.classify(
            Self.message(from: "no-reply-aws@amazon.com", subject: "Your statement", text: "Hello."))
        #expect(other.evidence.contains("saas-billing"))
        #expect(!aws.evidence.contains("saas-billing"))
    }

    @Test func organisationDomain() {
        #expect(SenderTrust.organisation("mg.gitlab.com") == "gitlab.com")
        #expect(SenderTrust.organisation("mail.vendor.co.jp") == "vendor.co.jp")
        #expect(SenderTrust.organisation("a.b.vendor.com.au") == "vendor.com.au")
        #expect(SenderTrust.organisation("Vendor.IO") == "vendor.io")
        #expect(SenderTrust.organisation("news.vendor.de") == "vendor.de")
    }

    @Test func relayedNoticeNamingAProviderIsThatProvidersStill() {
        let notice = Self.classifier.classify(
            Self.message(
                from: "support@reseller.example", name: "Reseller Support",
                subject: "[AWS] Amazon RDS for MySQL 5.7 end of standard support",
                text: "AWS has announced that Amazon RDS for MySQL 5.7 reaches the end of standard support."))
        #expect(notice.provider == "aws")
    }

    @Test func inlineForwardedNoticeIsClassifiedByWhatItCarries() {
        let text = """
            FYI, see below.

            ---------- Forwarded message ---------
            From: Amazon Web Services <no-reply-aws@amazon.com>
            Date: Tue, Nov 3, 2026 at 9:15 AM
            Subject: Action Required: Your AWS account 123456789012 is compromised
            To: <aws-root@example.com>

            We have detected that your AWS account 123456789012 may have been compromised.
            """
        let notice = Self.classifier.classify(
            Self.message(from: "colleague@example.com", name: "A Colleague", subject: "Fwd: please look", text: text))
        #expect(notice.category == .securityIncident)
        #expect(notice.trust == .unverified)
        #expect(notice.trustReason.contains("no-reply-aws@amazon.com"))
        #expect(notice.accounts == ["123456789012"])
    }

    @Test func forwardedBlockIsParsed() throws {
        let found = try #require(
            ForwardedMessage.find(
                in:
                    "Hi\n\nBegin forwarded message:\n\n> From: \"AWS\" <health@aws.com>\n> Subject: [Action Required] X\n> Date: today\n>\n> Body line\n"
            ))
        #expect(found.subject == "[Action Required] X")
        #expect(found.from?.address == "health@aws.com")
        #expect(found.text.contains("Body line"))
    }

    @Test func accessKeysAreMaskedEverywhere() {
        let notice = Self.classifier.classify(
            Self.message(
                from: "no-reply-aws@amazon.com", subject: "Your AWS Access Key AKIAIOSFODNN7EXAMPLE is exposed",
                text: "The access key AKIAIOSFODNN7EXAMPLE for IAM user deploy was found publicly on GitHub."))
        #expect(notice.accessKeys == ["****************MPLE"])
        #expect(!notice.subject.contains("AKIAIOSFODNN7EXAMPLE"))
        #expect(!notice.excerpt.contains("AKIAIOSFODNN7EXAMPLE"))
        #expect(notice.category == .securityIncident)
    }

    @Test func resourcesAndHealthEventARNAreFound() {
        let text = """
            Affected resources: i-0e7a201159810559a, arn:aws:rds:us-east-1:123456789012:db:orders-prod, vol-0abc12345def67890
            https://health.aws.amazon.com/health/home#/account/event-log?eventID=arn%3Aaws%3Ahealth%3Aus-east-1%3A%3Aevent%2FRDS%2FAWS_RDS_MAINTENANCE_SCHEDULED%2FAWS_RDS_MAINTENANCE_SCHEDULED_1793000000000
            """
        #expect(
            Extractors.resources(in: text) == [
                "arn:aws:rds:us-east-1:123456789012:db:orders-prod", "i-0e7a201159810559a", "vol-0abc12345def67890",
            ])
        #expect(
            Extractors.healthEventARN(in: text)
                == "arn:aws:health:us-east-1::event/RDS/AWS_RDS_MAINTENANCE_SCHEDULED/AWS_RDS_MAINTENANCE_SCHEDULED_1793000000000"
        )
    }

    /// A look-alike that hides "Amazon" behind combining marks between its letters is still caught.
    @Test func obfuscatedSenderNameIsStillImpersonation() {
        let name = "A\u{073F}m\u{073F}a\u{073F}z\u{073F}o\u{073F}n Customer Support"
        let notice = Self.classifier.classify(
            Self.message(from: "x9@garden-supplies.example", name: name, subject: "Payment problem", text: "Hello."))
        #expect(notice.trust == .suspicious)
    }

    /// Phishing that does not name the provider at all, but asks for payment details, is suspicious;
    /// a partner relaying a genuine notice is not.
    @Test func phishingRequestFromAnotherDomainIsSuspicious() {
        let phish = Self.classifier.classify(
            Self.message(
                from: "alert@cloud-storage-alerts.example", name: "Cloud Storage Team",
                subject: "Your account is suspended",
                text: "Restore access by updating your payment details today to avoid permanent data loss."))
        #expect(phish.trust == .suspicious)
        let relay = Self.classifier.classify(
            Self.message(
                from: "support@msp.example.jp", name: "MSP Support", subject: "AWS からのお知らせの転載",
                text: "AWS から以下の通知が届きました。Amazon RDS の証明書を 2026年12月1日までに更新してください。"))
        #expect(relay.trust == .unverified)
    }
}
