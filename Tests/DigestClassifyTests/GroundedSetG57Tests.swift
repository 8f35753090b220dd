import DigestModel
import Foundation
import Testing

@testable import DigestClassify

/// Kinds found in the eleventh session on sets G57–G60 (notices written after public originals, read once
/// scored at arrival); each in our own words.
struct GroundedSetG57Tests {
    static func notice(
        from: String, name: String = "", subject: String, text: String, sent: String = "2029-04-10T09:00:00Z"
    ) -> Notice {
        JudgementTests.notice(from: from, name: name, subject: subject, text: text, sent: sent)
    }

    // Italian, Spanish and Portuguese.

    @Test(arguments: [
        (
            "abuse", "Abuso rilevato - Ticket 1234 - segnalazione di violazione del copyright",
            "Le chiediamo di rimuovere i file indicati."
        ),
        (
            "abuse", "Abuso detetado - Ticket 5678 - IP incluído na lista SBL",
            "O endereço IP do seu servidor envia spam."
        ),
        (
            "security-incident", "Comunicazione importante",
            "Abbiamo individuato un accesso non autorizzato ai nostri sistemi gestionali; la sua password è stata disabilitata e al primo accesso ne imposterà una nuova."
        ),
        (
            "security-incident", "Importante: hemos restablecido tu contraseña",
            "Tras un incidente de seguridad en uno de nuestros servidores, tu contraseña ha sido restablecida."
        ),
        (
            "maintenance", "Piano email: migrazione verso una nuova piattaforma",
            "Le caselle saranno spostate senza interruzioni."
        ),
        ("maintenance", "Intervention terminée sur votre serveur", "Le disque défectueux a été remplacé."),
        (
            "pricing", "Nuevos precios de instancias a partir del 1 de junio de 2029",
            "Los precios por hora suben un 5 %."
        ),
        ("billing", "La sua fattura di aprile è disponibile", "Può scaricarla dall'area clienti."),
        (
            "security-advisory", "Alerte : campagne de phishing au nom de votre hébergeur",
            "Ne cliquez pas sur les liens de ces messages."
        ),
    ])
    func romanceLanguageKinds(label: String, subject: String, text: String) {
        let n = Self.notice(from: "noreply@hoster.example", subject: subject, text: text)
        #expect(n.category.rawValue == label, "\(subject): \(n.rule)")
    }

    @Test func portugueseAndItalianDatesAndActions() {
        let portuguese = Self.notice(
            from: "o365mc@microsoft.com", subject: "Teams: atualize a política de gravação até 28 de maio de 2029",
            text: "Recomendamos alterar a configuração antes de 28 de maio de 2029.")
        #expect(portuguese.category == .actionRequired, "\(portuguese.rule)")
        #expect(portuguese.deadline?.description == "2029-05-28")
        let italian = Self.notice(
            from: "noreply@hoster.example", subject: "Manutenzione programmata della rete",
            text: "L'intervento inizierà il 12 maggio 2029 alle 22:00.")
        #expect(italian.category == .maintenance, "\(italian.rule)")
        #expect(italian.deadline?.description == "2029-05-12")
    }

    /// A lure to keep the current password, in Spanish, from a sender that is no provider's.
    @Test func aSpanishPasswordLureIsSuspicious() {
        let n = Self.notice(
            from: "noreply@correo-admin.example", subject: "Aviso de contraseña",
            text: "La contraseña de su buzón caduca hoy. Para conservar su contraseña actual, pulse el botón de abajo.")
        #expect(n.trust == .suspicious)
        let japanese = Self.notice(
            from: "admin@mailbox-notice.example", subject: "パスワード有効期限のお知らせ",
            text: "パスワードの有効期限が切れました。現在のパスワードを維持する場合は、下のボタンを押してください。")
        #expect(japanese.trust == .suspicious)
    }

    // The critical boundary.

    /// Advice on keeping an account safe, in any language, is news even when the model reads a compromise.
    @Test(arguments: [
        "Protégez votre compte contre l'hameçonnage",
        "Protect your account from credential stuffing",
        "Schützen Sie Ihr Konto vor Phishing",
    ])
    func awarenessAdviceIsNews(subject: String) {
        let n = Self.notice(
            from: "noreply@ovh.com", subject: subject,
            text: "Activez la double authentification et choisissez un mot de passe unique. Never reuse a password.")
        #expect(n.category == .informational, "\(subject): \(n.rule)")
    }

    /// A provider's own incident story that says the customers it reached were told apart is news to the rest.
    @Test func anIncidentStoryThatToldTheAffectedApartIsNews() {
        let n = Self.notice(
            from: "news@digitalocean.com", subject: "An update from us",
            text: """
                An attacker used a vendor's tools to read e-mail addresses from our account there.

                If you were one of the few customers whose address was exposed, we have already contacted you directly.
                """)
        #expect(n.category == .informational, "\(n.rule)")
    }

    /// Card data that an intrusion at the provider may have reached is an incident, whatever the subject says.
    @Test func cardDataReachedByAnIntrusionIsAnIncident() {
        let n = Self.notice(
            from: "billing@hoster.example", subject: "Security notice about our billing system",
            text:
                "Because of a flaw in our billing software, card details may have reached people who should not have them."
        )
        #expect(n.category == .securityIncident, "\(n.rule)")
    }

    /// A vulnerability that could lead to tampering or a leak is an advisory; "改ざんされました" is a report.
    @Test func japaneseVulnerabilityWordingIsNoReport() {
        let advisory = Self.notice(
            from: "support@hoster.example", subject: "お知らせ",
            text: "OpenSSL の脆弱性により、通信内容が盗聴・改ざんされる\n可能性があります。情報漏えいにつながる問題のため、更新をご検討ください。")
        #expect(advisory.category != .securityIncident, "\(advisory.rule)")
        let report = Self.notice(
            from: "support@hoster.example", subject: "お知らせ",
            text: "お客様のウェブサイトのファイルが第三者によって改ざんされました。")
        #expect(report.category == .securityIncident, "\(report.rule)")
    }

    /// "Product update: abuse reports" is a product's news, not a report about the reader.
    @Test func aProductUpdateAboutAbuseReportsIsNews() {
        let n = Self.notice(
            from: "noreply@cloudflare.com", subject: "Product update: abuse reports",
            text: "Abuse reports about trademark infringement now show in the dashboard.")
        #expect(n.category != .abuse, "\(n.rule)")
    }

    /// Something of the reader's that "may have been exposed" is a possible compromise, under any marker.
    @Test func somethingOfTheReadersThatMayHaveBeenExposedIsAnIncident() {
        let n = Self.notice(
            from: "azure-noreply@microsoft.com",
            subject: "Action recommended: files of your web apps may have been exposed",
            text: "A flaw in our deployment service let others read some files. Review the list below.")
        #expect(n.category == .securityIncident, "\(n.rule)")
    }

    // Deadlines.

    /// Maintenance the subject reports done carries no deadline.
    @Test func completedMaintenanceHasNoDeadline() {
        let n = Self.notice(
            from: "no-reply@equinix.com", subject: "COMPLETED - Scheduled Network Maintenance-12-APR-2029",
            text: "The maintenance scheduled for 12-APR-2029 has been completed.", sent: "2029-04-10T09:00:00Z")
        #expect(n.category == .maintenance || n.category == .informational, "\(n.rule)")
        #expect(n.deadline == nil)
    }

    @Test func aPricePerUnitIsPricing() {
        let n = Self.notice(
            from: "o365mc@microsoft.com", subject: "Major update from Message center",
            text: "From October 1, 2029, storing archived accounts costs USD 0.05 per GB per month.")
        #expect(n.category == .pricing, "\(n.rule)")
    }
}
