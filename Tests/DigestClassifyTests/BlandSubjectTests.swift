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
