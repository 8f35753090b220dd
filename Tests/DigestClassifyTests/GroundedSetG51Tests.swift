import DigestModel
import Foundation
import Testing

@testable import DigestClassify

/// Kinds found in the eleventh session on sets G51–G54 (notices written after public originals, read once
/// scored at arrival); each in our own words.
struct GroundedSetG51Tests {
    static func notice(
        from: String, name: String = "", subject: String, text: String, sent: String = "2029-02-12T09:00:00Z"
    ) -> Notice {
        JudgementTests.notice(from: from, name: name, subject: subject, text: text, sent: sent)
    }

    // Abuse that the subject marks as an action, or that only the body tells.

    @Test(arguments: [
        (
            "Action required: intrusion attempts from your project ledger-42",
            "We saw repeated SSH logins against hundreds of outside hosts from one of your virtual machines."
        ),
        (
            "Notice about project ledger-42",
            "Your project ledger-42 has been attempting to break into servers that belong to other organizations."
        ),
        (
            "[Action required] Mail relay abuse detected in your domain",
            "Please find out which system submits this mail and stop it."
        ),
        (
            "About your mail relay settings",
            "Several mailboxes in your domain are sending spam through the relay you configured."
        ),
    ])
    func abuseUnderAnActionMarkerOrOnlyInTheBody(subject: String, text: String) {
        let n = Self.notice(from: "cloud-compliance@google.com", subject: subject, text: text)
        #expect(n.category == .abuse, "\(subject): \(n.rule)")
    }

    /// The complaint was withdrawn and the repository is back: nothing is reported any more.
    @Test func aWithdrawnComplaintIsNoAbuseReport() {
        let n = Self.notice(
            from: "copyright@github.com", subject: "Case update",
            text: """
                The party that sent the DMCA notice about your repository has retracted the complaint.
                We have reinstated the repository at its old address. You do not need to do anything further.
                """)
        #expect(n.category == .informational, "\(n.rule)")
    }

    // Compromise and exposure of the reader's own.

    @Test(arguments: [
        ("Alert: Mobile device compromised", "A phone enrolled in your organization reports that it was rooted."),
        (
            "Security notification regarding your account",
            "A flaw in our new help desk let another customer view information from your account for a few hours."
        ),
        (
            "Records exposed by our support portal",
            "Three customer records were exposed to a single visitor. Yours was one of them."
        ),
        (
            "メール誤配信のお詫び",
            "お客様の会員番号とお名前の情報が、誤って別のお客様宛てのメールに記載されておりました。"
        ),
    ])
    func theReadersOwnDataShownToOthersIsAnIncident(subject: String, text: String) {
        let n = Self.notice(from: "security@digitalocean.com", subject: subject, text: text)
        #expect(n.category == .securityIncident, "\(subject): \(n.rule)")
    }

    /// Advice to stop using old keys, and a provider that replaced its own host key, are advisories: the
    /// reader's credentials are not said to be exposed.
    @Test(arguments: [
        (
            "AWS account notification",
            "Your account has root access keys older than a year. As a security best practice, we recommend that you delete them and use roles."
        ),
        (
            "We replaced our SSH host key",
            "Out of caution we rotated it today: our private host key was briefly exposed in a public repository. Update your known_hosts file."
        ),
    ])
    func bestPracticeAndTheProvidersOwnKeyAreAdvisories(subject: String, text: String) {
        let n = Self.notice(from: "noreply@github.com", subject: subject, text: text)
        #expect(n.category == .securityAdvisory, "\(subject): \(n.rule)")
    }

    // Prices, plans and payments.

    @Test(arguments: [
        (
            "An update on your workspace plan",
            "Starting April 2, 2029, the Free plan will work differently: history is kept for 90 days."
        ),
        (
            "A reminder about your account",
            "Starting March 5, 2029, your team named Sandbox Projects will be charged $12 per member each month."
        ),
    ])
    func plansAndPerSeatChargesArePricing(subject: String, text: String) {
        let n = Self.notice(from: "notifications@render.com", subject: subject, text: text)
        #expect(n.category == .pricing, "\(subject): \(n.rule)")
    }

    /// A renewal that happens by itself is a charge to expect, not an action with a deadline.
    @Test func anAutomaticRenewalIsBilling() {
        let n = Self.notice(
            from: "noreply@registrar.amazon.com",
            subject: "Your domain shop.example will renew automatically on 2029-03-20",
            text: "We will charge the yearly fee on 2029-03-20. To keep the domain you need not do anything.")
        #expect(n.category == .billing, "\(n.rule)")
        #expect(n.deadline == nil)
    }

    /// A failed charge for a renewal told in a body under a plain subject is billing.
    @Test func aFailedChargeInTheBodyIsBilling() {
        let n = Self.notice(
            from: "no-reply@notice.aliyun.com", subject: "【阿里云】通知",
            text: "您的云服务器实例自动续费扣款失败，原因：余额不足。请在 2029 年 2 月 20 日前充值或手动续费，以免实例停机。")
        #expect(n.category == .billing, "\(n.rule)")
    }

    // German and Spanish.

    @Test func germanExtendedSupportChargesToAvoidAskForAction() {
        let n = Self.notice(
            from: "info@ionos.de", subject: "Wichtige Informationen zu PHP 7.4",
            text: """
                Ihre Website nutzt noch PHP 7.4.

                So vermeiden Sie die zusätzlichen Kosten: Stellen Sie bitte vor dem 10.06.2029 auf PHP 8.3 um.
                """)
        #expect(n.category == .actionRequired, "\(n.rule)")
        #expect(n.deadline?.description == "2029-06-10")
    }

    @Test func germanPleaseCheckBeforeADateIsADateToActBy() {
        let n = Self.notice(
            from: "info@ionos.de", subject: "Änderung beim Versand von Formularen",
            text: "Bitte prüfen Sie Ihre Kontaktformulare rechtzeitig vor dem 05.04.2029.")
        #expect(n.category == .actionRequired, "\(n.rule)")
        #expect(n.deadline?.description == "2029-04-05")
    }

    @Test func spanishMaintenanceAndInvoices() {
        let maintenance = Self.notice(
            from: "no-reply@cloud.ibm.com", subject: "Mantenimiento programado de la red: 6 de marzo de 2029",
            text: "La ventana empieza el martes 6 de marzo de 2029 a las 01:00 UTC y dura una hora.")
        #expect(maintenance.category == .maintenance, "\(maintenance.rule)")
        #expect(maintenance.deadline?.description == "2029-03-06")
        let invoices = Self.notice(
            from: "info@ionos.mx", name: "IONOS", subject: "Aviso importante",
            text:
                "A partir del 01/04/2029 ya no enviaremos tus facturas como archivo adjunto; las encontrarás en tu cuenta."
        )
        #expect(invoices.category == .billing, "\(invoices.rule)")
        #expect(invoices.trust == .verified)
    }

    /// A renewal lure that signs as OVH from OVH's address but links to a look-alike host is suspicious.
    @Test func anOVHLookAlikeLinkIsSuspicious() {
        let n = Self.notice(
            from: "support@ovh.com", name: "OVH", subject: "Dernier rappel : fermeture de votre site",
            text: "Réglez le renouvellement ici : https://ovh-paiement-contrat.example/renouveler")
        #expect(n.trust == .suspicious)
    }

    /// GitHub delivers what anyone writes in a discussion ("[owner/repo] Title (#12)"); a giveaway there that
    /// asks the reader to connect a wallet is not GitHub's.
    @Test func aWalletGiveawayRelayedByAGitHubNotificationIsSuspicious() {
        let n = Self.notice(
            from: "notifications@github.com", name: "tokenfair-bot",
            subject: "[tokenfair/drop] Early contributors reward is live (#12)",
            text: """
                You were picked from active contributors. Open the claim page, connect
                your wallet and collect 4000 tokens.

                Reply to this email directly or view it on GitHub.
                You are receiving this because you were mentioned.
                """)
        #expect(n.trust == .suspicious)
        #expect(n.trustReason.contains("\"connect your wallet\""), "\(n.trustReason)")
    }

    // Deadlines.

    @Test func givingTheReaderBusinessDaysIsADeadline() {
        let n = Self.notice(
            from: "copyright@github.com", subject: "[GitHub] DMCA Takedown Notice - acme/tool",
            text: "We are giving you 2 business days to make the requested changes before we disable the repository.",
            sent: "2029-02-09T15:00:00Z")
        #expect(n.category == .abuse)
        #expect(n.deadline?.description == "2029-02-13")
    }

    @Test func chineseAndJapaneseDatesAndKinds() {
        let revoked = Self.notice(
            from: "cloud_noreply@tencent.com", subject: "【腾讯云】证书私钥泄露提醒：证书将于24小时后被吊销",
            text: "您账号下证书的私钥已在公开代码仓库中被发现，请尽快更换证书。")
        #expect(revoked.category == .securityIncident, "\(revoked.rule)")
        #expect(revoked.deadline?.description == "2029-02-13")
        let charged = Self.notice(
            from: "cloud_noreply@tencent.com", subject: "对象存储跨地域流量收费公告",
            text: "自 2029 年 6 月 1 日起，跨地域复制流量将按量收费。")
        #expect(charged.category == .pricing, "\(charged.rule)")
        let maintenance = Self.notice(
            from: "noreply@notice.huaweicloud.com", subject: "【华为云】云服务器系统维护事件待授权通知",
            text: "请在 2029 年 2 月 20 日前完成授权，以便我们进行宿主机维护。")
        #expect(maintenance.category == .maintenance, "\(maintenance.rule)")
        let switched = Self.notice(
            from: "noreply@tencentcloud.com", subject: "【Tencent Cloud】お知らせ",
            text: "2029年3月1日より、既存のインスタンスを順次切り替えます。切り替え時に数秒の切断が発生します。")
        #expect(switched.category == .maintenance, "\(switched.rule)")
        let applied = Self.notice(
            from: "noreply@tencentcloud.com", subject: "基本料金改定のお知らせ",
            text: """
                ■適用開始
                2029年3月6日（火） 0:00

                3月5日分の請求は改定前の価格で計算します。
                """)
        #expect(applied.deadline?.description == "2029-03-06")
    }

    /// The end of a period already past ("…から…までの間") is no date to act by; what stays free until a date
    /// is not the date the charge starts.
    @Test func aPastPeriodAndAFreeUntilDate() {
        let past = Self.notice(
            from: "no-reply@accounts.google.com", subject: "お客様の情報に関するセキュリティ通知",
            text: "2029年1月21日から1月24日までの間、設定の誤りにより、お客様のお問い合わせ情報が他のお客様から閲覧できる状態になっていました。")
        #expect(past.category == .securityIncident, "\(past.rule)")
        #expect(past.deadline == nil)
        let charged = Self.notice(
            from: "cloud_noreply@tencent.com", subject: "私有网络跨可用区流量收费公告",
            text: "私有网络将于2029年5月6日起收取跨可用区流量费用（访问数据库的流量在2029年8月6日前免费）。")
        #expect(charged.category == .pricing, "\(charged.rule)")
        #expect(charged.deadline?.description == "2029-05-06")
    }

    /// A time the notice records on the sender's own day is no deadline, whichever day it is in UTC; a
    /// relative span counts from the day of sending on the reader's calendar.
    @Test func sendersAndReadersDays() {
        let sent = ISO8601DateFormatter().date(from: "2029-02-15T23:47:00Z")!  // 08:47 on the 16th in Tokyo
        func classify(_ text: String, zone: String) -> Notice {
            Classifier(rules: JudgementTests.classifier.rules, timeZone: TimeZone(identifier: zone)!).classify(
                Message(
                    messageID: "tz@example", date: sent, utcOffset: 9 * 3600,
                    from: Address(name: "", address: "info@chatwork.com"),
                    subject: "【重要】セキュリティ保護のためのパスワード変更のお願い", text: text,
                    source: SourceLocation(path: "tz.eml")))
        }
        let recorded = classify("新しい端末からのログインがありました。\nログイン日時：2029/02/16 08:44", zone: "UTC")
        #expect(recorded.deadline == nil)
        let span = "24時間以内にパスワードを変更してください。"
        #expect(classify(span, zone: "UTC").deadline?.description == "2029-02-16")
        #expect(classify(span, zone: "Asia/Tokyo").deadline?.description == "2029-02-17")
    }
}
