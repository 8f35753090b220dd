import DigestModel
import Foundation
import Testing

@testable import DigestClassify

/// About a third of real notices arrive under a bland subject ("Important information about your
/// account", "お知らせ"), or forwarded under a colleague's own. The body alone must then carry the
/// judgement: these notices keep their category when the subject says nothing.
struct BlandSubjectTests {
    static let bland = ["Important information about your account", "Notice", "Fwd: FYI"]

    static func notice(from: String, subject: String, text: String) -> Notice {
        JudgementTests.notice(from: from, subject: subject, text: text, sent: "2027-05-03T09:00:00Z")
    }

    /// A security release lists the vulnerabilities it fixes; "account takeover via …" is one of
    /// them, not a takeover of the reader's account.
    @Test(arguments: bland)
    func aSecurityReleaseListingAnAccountTakeoverFlawIsAnAdvisory(subject: String) {
        let n = Self.notice(
            from: "security-news@gitlab.com", subject: subject,
            text: """
                Today we are releasing versions 21.3.2, 21.2.4 and 21.1.6 for the self-managed editions.
                These versions fix important security flaws, and we strongly recommend that every
                installation is upgraded to one of them without delay.

                Fixed in this release:
                - Account takeover through a forged identity-provider response (CVE-2027-30411), critical
                - Path traversal in the package upload endpoint (CVE-2027-30418), high

                Instances hosted by us already run the patched version.
                """)
        #expect(n.category == .securityAdvisory)
    }

    @Test(arguments: bland)
    func aTakeoverOfTheReadersAccountStaysAnIncident(subject: String) {
        let taken = Self.notice(
            from: "support@github.com", subject: subject,
            text: """
                We detected an account takeover of your account octo-ops: an unknown party changed the
                recovery e-mail and created two personal access tokens. We have reset your password
                and revoked the tokens. Sign in, review your security log and enable two-factor
                authentication.
                """)
        #expect(taken.category == .securityIncident)
        let takenOver = Self.notice(
            from: "no-reply@atlassian.com", subject: subject,
            text: "Your account was taken over on May 2 and used to export three Confluence spaces.")
        #expect(takenOver.category == .securityIncident)
    }
}

/// Found in blind set T (read after it was scored): a review that says it does not indicate a
/// compromise, an advisory that asks the reader to check for signs of one, and spam reports on a
/// sending account.
struct SetTFindingsTests {
    static func notice(from: String, subject: String, text: String) -> Notice {
        JudgementTests.notice(from: from, subject: subject, text: text, sent: "2027-05-12T09:00:00Z")
    }

    @Test func aSecurityReviewThatSaysItIndicatesNoCompromiseIsNoIncident() {
        let n = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "Important information about your account",
            text: """
                We are writing with recommendations for the security of your account 401122334455. This message does
                not indicate that your account has been compromised.

                We found 6 IAM users with console passwords and no multi-factor authentication, and 11 access keys
                older than a year. We recommend that you enable MFA and rotate the old keys.
                """)
        #expect(![.abuse, .securityIncident].contains(n.category))
    }

    @Test func anAdvisoryThatAsksToCheckForSignsOfCompromiseIsNoIncident() {
        let n = Self.notice(
            from: "noreply@am.atlassian.com",
            subject: "Critical security advisory for Jira Data Center (CVE-2027-40113)",
            text: """
                A critical vulnerability in Jira Data Center lets an unauthenticated attacker create administrator
                accounts. Upgrade every affected instance to a fixed version as soon as possible. We also recommend
                checking for signs of compromise, such as unexpected members of the administrators group.
                """)
        #expect(n.category == .securityAdvisory)
        let seen = Self.notice(
            from: "noreply@am.atlassian.com", subject: "Your Jira Data Center instance",
            text:
                "Our scan found signs of compromise on your instance jira.fernhill.example: two unknown administrators."
        )
        #expect(seen.category == .securityIncident)
    }

    @Test func spamReportsOnASendingAccountAreAbuseEvenUnderAnActionMarker() {
        let n = Self.notice(
            from: "no-reply@sendgrid.com", subject: "Action needed: spam reports on your account",
            text: """
                Mail sent from your account is drawing a spam report rate far above what we allow. Within 5 business
                days, stop sending to purchased lists and tell us where the list came from, or we may suspend sending.
                """)
        #expect(n.category == .abuse)
    }
}
