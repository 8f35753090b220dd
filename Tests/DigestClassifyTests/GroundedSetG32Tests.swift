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

    // Sets G32 to G35, read after they were scored.

    /// Abuse reported in French, German and Chinese, and a site taken off a network for a breach of terms.
    @Test(arguments: [
        (
            "abuse@host.example", "[Host] Nouveau signalement d'abus concernant votre serveur 192.0.2.10",
            "Nous avons reçu une plainte au sujet de votre serveur."
        ),
        (
            "abuse@host.example", "Missbrauchsmeldung zu Ihrem Server 192.0.2.10",
            "Wir haben eine Beschwerde zu Ihrem Server erhalten."
        ),
        (
            "notify@cloud.tencent.com", "【腾讯云】违规处置通知：您的服务器已被处理",
            "您的服务器对外发起网络攻击，我们已进行网络隔离。"
        ),
        (
            "o365alerts@microsoft.com", "High-severity alert: User restricted from sending email",
            "A user sent mail over the outbound spam limits and was blocked; the account may be compromised."
        ),
        (
            "abuse@cdn.example", "We have removed shop.example from our network",
            "For a possible breach of our terms of service, your site shop.example was removed from our network."
        ),
    ])
    func abuseInOtherWordsIsAbuse(from: String, subject: String, text: String) {
        #expect(Self.notice(from: from, subject: subject, text: text).category == .abuse, "\(subject)")
    }

    /// Incidents told in German and French, and a provider's flaw that let other customers read the reader's data.
    @Test(arguments: [
        (
            "Sicherheitshinweis zu Ihrem Postfach",
            "Wir haben bei Ihrem Postfach Unregelmäßigkeiten festgestellt. Zu Ihrem Schutz haben wir das Passwort zurückgesetzt."
        ),
        (
            "Incident de sécurité sur nos systèmes",
            "Un accès à notre outil interne a été obtenu; nous vous conseillons de changer votre mot de passe."
        ),
        (
            "ディスク情報の表示に関するご報告",
            "APIの不具合により、お客様のディスク名が他のお客様から参照できる状態となっていました。"
        ),
        (
            "About a fault in our console",
            "Because of a fault, the names of your buckets were visible to other customers for three weeks."
        ),
    ])
    func incidentsInOtherWordsAreIncidents(subject: String, text: String) {
        let n = Self.notice(from: "security@host.example", subject: subject, text: text)
        #expect(n.category == .securityIncident, "\(subject)")
    }

    /// A takeover named only as a risk ("…such as being taken over") is no report of one.
    @Test func aTakeoverNamedAsARiskIsNoIncident() {
        let n = Self.notice(
            from: "azure-noreply@microsoft.com", subject: "必要な対応: 使われていないサブスクリプションのブロック",
            text: "放置されたサブスクリプションは、乗っ取られるなどのリスクがあるため、30 日後にブロックされます。")
        #expect(n.category != .securityIncident)
    }

    /// A look back at an incident the provider handled is news, not an incident of the reader's.
    @Test func aLookBackAtTheProvidersIncidentIsNoIncident() {
        let n = Self.notice(
            from: "news@host.example", subject: "Security incident: what we did to harden our network",
            text: "Last month we closed the gap that let an intruder into our office network. Here is what changed.")
        #expect(n.category != .securityIncident)
    }

    /// Keys to review and measures against a kind of risk are advice.
    @Test(arguments: [
        ("Review the API keys in your project maps-prod", "Two keys of your project have no restrictions."),
        (
            "Security measures to protect your workspace from risks of connected apps",
            "Look at every connected app and turn on the controls we list."
        ),
    ])
    func keysToReviewAndMeasuresAreAdvice(subject: String, text: String) {
        let n = Self.notice(from: "CloudPlatform-noreply@google.com", subject: subject, text: text)
        #expect(n.category == .securityAdvisory, "\(subject)")
    }

    @Test(arguments: [
        ("[Host] Planned maintenance notice (SystemMaintenance.Reboot)", "Host", Category.maintenance),
        ("【阿里云】实例计划内系统维护通知", "Host", Category.maintenance),
        ("Billing system upgrade and temporary service interruption on May 3", "Host", Category.maintenance),
        ("Object storage request prices reduced in all regions", "Host", Category.pricing),
        ("Billing by fixed bandwidth will be canceled from June 1", "Host", Category.pricing),
        ("【腾讯云】到期预警：您的云服务器将于7天后到期", "Host", Category.billing),
        ("Änderung Ihres Rechnungstages ab Juni", "Host", Category.billing),
        ("Wichtige Änderung: der Formmailer wird am 19.09.2028 abgeschaltet", "Host", Category.actionRequired),
    ])
    func otherKindsInOtherWords(subject: String, name: String, category: Category) {
        let n = Self.notice(from: "notice@host.example", name: name, subject: subject, text: "Details are below.")
        #expect(n.category == category, "\(subject)")
    }

    /// Senders of providers added to the registry are theirs; a look-alike that claims them is suspicious.
    @Test func newProvidersAreKnownAndTheirLookAlikesSuspicious() {
        let genuine = Self.notice(
            from: "no-reply@render.com", name: "Render", subject: "Your Render service was suspended",
            text: "Your service was suspended for unpaid invoices.")
        #expect(genuine.provider == "render")
        #expect(genuine.trust != .suspicious)
        let fake = Self.notice(
            from: "support@npmjs-help.example", name: "npm", subject: "Two-factor authentication update required",
            text: "Update your two-factor settings within 48 hours: https://npmjs-help.example/2fa")
        #expect(fake.trust == .suspicious)
        let yahoo = Self.notice(
            from: "no-reply@yahoo-id-security.example", name: "Yahoo! JAPAN", subject: "Yahoo! JAPAN IDを制限いたしました",
            text: "本人確認を行ってください。")
        #expect(yahoo.trust == .suspicious)
    }

    // Sets G36 and G37 (the closing measure), read after they were scored.

    @Test(arguments: [
        (
            "Notice about messages your company exchanged with us",
            """
            Some messages between our staff and your company were accessed and copied by an outside group during the
            attack on our corporate mail that we disclosed in March.
            """
        ),
        (
            "[Action recommended] Regenerate the keys of your database accounts",
            """
            A flaw in one of our features, now fixed, let one account read another's keys. We cannot rule out that the
            keys of the accounts below were obtainable while it existed.
            """
        ),
        (
            "Action required: a problem with your billing account",
            "Our systems have detected potential suspicious activity on your billing account, so we suspended it."
        ),
    ])
    func moreIncidentWordingIsAnIncident(subject: String, text: String) {
        let n = Self.notice(from: "security-noreply@cloud.example", subject: subject, text: text)
        #expect(n.category == .securityIncident, "\(subject)")
    }

    /// "A third party could log in" (or could not) is a risk, not a report that one did.
    @Test func aThirdPartyWhoCouldSignInIsNoIncident() {
        let n = Self.notice(
            from: "support@sakura.ad.jp", subject: "【重要】SSHホスト鍵再生成のお願い",
            text: "この問題により第三者がサーバへ不正にログインできるようになるわけではありません。鍵を再生成してください。")
        #expect(n.category != .securityIncident)
    }

    @Test func aContractRenewalNoticeIsBilling() {
        let n = Self.notice(
            from: "support@xserver.ne.jp", subject: "【Xserver】サーバー契約更新に関するお知らせ(利用期限:2028年11月2日)",
            text: "ご契約の利用期限が近づいています。期限までに更新手続きをお願いいたします。")
        #expect(n.category == .billing)
    }
}
