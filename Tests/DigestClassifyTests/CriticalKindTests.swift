import DigestModel
import Foundation
import Testing

@testable import DigestClassify

/// Which critical category: when a notice holds evidence of both abuse and a compromise, what its
/// subject names decides (a compromised key that was then used to abuse others is the incident the
/// subject reports); an attack *from* the customer's server, or a report someone made of one, is abuse.
struct CriticalKindTests {
    static func notice(from: String = "no-reply-aws@amazon.com", subject: String, text: String) -> Notice {
        JudgementTests.notice(from: from, subject: subject, text: text, sent: "2027-02-10T09:00:00Z")
    }

    @Test(arguments: [
        "[Action Required] Compromised service account key detected in project ledger-prod-41",
        "Your API key was found in a public repository",
        "Compromised personal access token for your organisation",
    ])
    func aSubjectNamingACompromiseMakesItTheIncidentOverAbuseInTheBody(subject: String) {
        let n = Self.notice(
            from: "CloudPlatform-noreply@google.com", subject: subject,
            text: """
                A credential of your project was used by someone else to start virtual machines that mined
                cryptocurrency. The project has been suspended to prevent further abuse of our network.
                We have disabled the key. Create a new key, delete the old one and review the audit logs.
                """)
        #expect(n.category == .securityIncident)
    }

    @Test(arguments: [
        "【重要】お客様サーバーからの不正アクセスについて",
        "不正アクセスに関する通報のご連絡（受付番号：AB-0211-3321）",
    ])
    func anAttackFromTheCustomersServerOrAReportOfOneIsAbuse(subject: String) {
        let n = Self.notice(
            from: "abuse@sakura.ad.jp", subject: subject,
            text: """
                お客様がご利用中のサーバー（203.0.113.45）から、外部のサーバーに対して不正なアクセスが行われているとの
                報告を受けました。2月13日までに調査結果をご報告ください。対応が確認できない場合、通信を停止いたします。
                """)
        #expect(n.category == .abuse)
    }

    @Test func unauthorisedAccessToTheCustomersAccountStaysAnIncident() {
        let n = Self.notice(
            from: "support@sakura.ad.jp", subject: "【重要】お客様アカウントへの不正アクセスについて",
            text: "お客様のコントロールパネルに第三者がログインした可能性があります。パスワードを変更してください。")
        #expect(n.category == .securityIncident)
    }
}
