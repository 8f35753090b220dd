import DigestModel
import Foundation
import Testing

@testable import DigestClassify

/// Kinds found in the tenth session on sets G38–G40 (notices written after public originals, read once
/// scored at arrival); each in our own words.
struct GroundedSetG38Tests {
    static func notice(
        from: String, name: String = "", subject: String, text: String, sent: String = "2028-10-10T09:00:00Z"
    ) -> Notice {
        JudgementTests.notice(from: from, name: name, subject: subject, text: text, sent: sent)
    }

    // Chinese notices of an end of service and of a change the reader must make by a date.

    @Test func aChineseNoticeThatAProductGoesOfflineAsksForAction() {
        let n = Self.notice(
            from: "cloud_noreply@tencent.com", name: "腾讯云", subject: "【对象存储】旧版控制台下线通知",
            text: """
                尊敬的用户：

                旧版对象存储控制台将于 2029 年 1 月 15 日起停止访问，全部功能已迁移至新版控制台。
                """)
        #expect(n.category == .actionRequired, "\(n.rule)")
        #expect(n.deadline?.description == "2029-01-15")
        #expect(n.provider == "tencent-cloud")
        #expect(n.trust == .verified)
    }

    @Test func aChineseRequestToMigrateBeforeADateIsActionRequired() {
        let n = Self.notice(
            from: "notice@service.aliyun.com", name: "阿里云", subject: "【通知】云监控旧版接口调整",
            text: """
                尊敬的用户：

                我们注意到您的账号近期仍在调用旧版接口。请您务必在 2028 年 12 月 20 日前完成调用代码的更新，以免影响业务。
                """)
        #expect(n.category == .actionRequired, "\(n.rule)")
        #expect(n.deadline?.description == "2028-12-20")
    }

    /// Huawei Cloud's own domain verifies; its name from elsewhere is a claim to be it.
    @Test func huaweiCloudIsAProvider() {
        let genuine = Self.notice(
            from: "noreply@huaweicloud.com", subject: "弹性云服务器维护通知", text: "我们将对部分主机进行例行维护。")
        #expect(genuine.provider == "huawei-cloud")
        #expect(genuine.trust == .verified)
    }

    // French and German price and invoice notices.

    @Test func aFrenchPricingModelChangeIsPricingFromItsDate() {
        let n = Self.notice(
            from: "noreply@cloud-fr.example", subject: "Évolution de notre modèle tarifaire",
            text: """
                Bonjour,

                À partir du 1er décembre 2028, les prix horaires des instances de calcul baissent de 10 %.
                """)
        #expect(n.category == .pricing, "\(n.rule)")
        #expect(n.deadline?.description == "2028-12-01")
    }

    @Test func germanInvoicesInThePluralAreBilling() {
        let n = Self.notice(
            from: "info@hoster-de.example", subject: "Umstellung der Abrechnung: Ihre kommenden Rechnungen",
            text: "Ab dem nächsten Monat rechnen wir stundengenau ab. Sie müssen nichts unternehmen.")
        #expect(n.category == .billing, "\(n.rule)")
    }

    /// New customers pay the new price from one date, existing ones from a later one: the reader's is
    /// the later one, and a date the notice says it no longer holds is gone.
    @Test func theExistingCustomersDateIsTheDeadline() {
        let n = Self.notice(
            from: "info@hoster-de.example", subject: "Preisanpassung für Webhosting",
            text: """
                Unsere Tarife kosten künftig 1,00 € mehr pro Monat.

                - Neukunden: ab 01.11.2028
                - Bestandskunden: ab 05.01.2029 (nicht wie zunächst genannt ab 01.12.2028)
                """)
        #expect(n.category == .pricing, "\(n.rule)")
        #expect(n.deadline?.description == "2029-01-05")
    }

    @Test func aDateOnlyForNewAccountsYieldsToTheDateForExistingOnes() {
        let dates = DeadlineExtractor.dates(
            in: """
                New customers pay the new rate starting November 3, 2028. Existing customers move to it starting \
                January 9, 2029.
                """, sent: ISO8601DateFormatter().date(from: "2028-10-10T09:00:00Z"))
        let deadline = DeadlineExtractor.deadline(
            from: dates, sent: ISO8601DateFormatter().date(from: "2028-10-10T09:00:00Z"))
        #expect(deadline?.date.description == "2029-01-09")
    }

    /// "In November 2028" and "on November 9, 2028" name one event: the day counts, not the month's first.
    @Test func aMonthWithoutItsDayYieldsToTheDayOfTheSameMonth() {
        let n = Self.notice(
            from: "team@builds.example", subject: "Action needed: update the build image for docs-site",
            text: """
                Your project docs-site still builds on an image that reaches end of support in November 2028.

                Support for the old build image ends on November 9, 2028.
                """)
        #expect(n.deadline?.description == "2028-11-09")
    }

    /// A month alone, with no day of that month elsewhere, still counts (as its first day).
    @Test func aMonthAloneStillCounts() {
        let n = Self.notice(
            from: "team@builds.example", subject: "Action needed: update the build image for docs-site",
            text: "Your project docs-site builds on an image that reaches end of support in November 2028.")
        #expect(n.deadline?.description == "2028-11-01")
    }

    // Enforcement reported as done on the day of sending sets no deadline.

    @Test(arguments: [
        (
            "2028-10-11T03:19:07Z", "Your account has been suspended",
            "We have suspended account 111122223333 effective October 11, 2028, after activity consistent with a leaked access key."
        ),
        (
            "2028-10-17T23:16:27Z", "Amazon SES: E メール送信を一時停止しました",
            "苦情率が改善されていないため、本日 2028年10月18日 をもって、E メール送信機能を一時停止 (Sending paused) いたしました。"
        ),
    ])
    func enforcementDoneOnTheDayOfSendingSetsNoDeadline(sent: String, subject: String, text: String) {
        let n = Self.notice(from: "no-reply-aws@amazon.com", subject: subject, text: text, sent: sent)
        #expect(n.deadline == nil, "\(subject): \(n.deadline?.description ?? "")")
    }

    /// A change that takes effect "as of today" is the date of the change.
    @Test func asOfTodayPlacesTheChange() {
        let n = Self.notice(
            from: "team@backend.example", subject: "Changes to Free plan bandwidth limits",
            text: "As of today, October 10, 2028, the bandwidth included in the Free plan goes down from 10GB to 5GB.",
            sent: "2028-10-10T09:00:00Z")
        #expect(n.category == .pricing, "\(n.rule)")
        #expect(n.deadline?.description == "2028-10-10")
    }

    // Other kinds.

    /// A provider's incident report about its own outage is news, not maintenance.
    @Test func anIncidentReportAboutTheProvidersOutageIsNews() {
        let n = Self.notice(
            from: "noreply@status.dbcloud.example",
            subject: "[DB Cloud] Incident report: delayed control plane operations",
            text: """
                Between October 3 and October 4 cluster changes ran with delays. A planned migration of internal
                metadata congested a database behind the control plane.

                The issue is fully resolved. No action is needed on your side.
                """)
        #expect(n.category == .informational, "\(n.rule)")
        #expect(n.deadline == nil)
    }

    /// The provider's upstream cut its line because of what some other members sent: the reader is not
    /// the one reported.
    @Test func anOutageCausedByOtherMembersSpamIsNoAbuseReport() {
        let n = Self.notice(
            from: "support@shared-host.example", subject: "【重要】サービス停止のお知らせ",
            text: """
                本日午後、当サービスの一部会員による大量のメール配信について第三者から通報があり、回線事業者により接続が停止されました。

                現在すべてのサービスをご利用いただけない状態です。
                """)
        #expect(n.category != .abuse, "\(n.rule)")
    }

    /// A change of the free tier is pricing, however the subject words it.
    @Test func aFreeTierChangeIsPricing() {
        let n = Self.notice(
            from: "aws-jp-info@amazon.com", subject: "【ご案内】AWS 無料利用枠の内容変更について",
            text: "2028年11月7日より、新規に作成されるアカウント向けの無料利用枠の仕組みを変更いたします。")
        #expect(n.category == .pricing, "\(n.rule)")
    }

    /// A subject that says access the reader asked for was granted is news, whatever the body warns of.
    @Test func aGrantedRequestIsNews() {
        let n = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "Your sending limit increase request was approved",
            text:
                "Keep your bounce and complaint rates low: if they grow, we may place your account under review.")
        #expect(n.category == .informational, "\(n.rule)")
    }

    // From G41–G44.

    @Test(arguments: [
        (
            "google-cloud-compliance@google.com", "[対応が必要] Google Cloud プロジェクト build-7 での不正使用の警告",
            "お客様のプロジェクト build-7 で、利用規約に違反すると思われるアクティビティ（暗号通貨のマイニング）が検出されました。心当たりがない場合、認証情報が漏洩して第三者に不正利用されている可能性があります。"
        ),
        (
            "abuse-desk@sakura.ad.jp", "【さくらのVPS】ご利用中のサーバーに関する申告へのご対応のお願い",
            "このたび第三者の方より、お客様のサーバー上の掲示板に申告者を中傷する書き込みがあるとのご連絡をいただきました。内容をご確認のうえご対応ください。"
        ),
        (
            "support@xserver.ne.jp", "【Xserver】不正なファイルの検知および制限の実施について",
            "お客様のサーバーアカウントで、第三者が設置したとみられる不正なファイルを検知いたしました。他のお客様や外部への被害を防ぐため、本日よりWebアクセスを制限しております。"
        ),
    ])
    func japaneseAbuseReportsAndEnforcementAreAbuse(from: String, subject: String, text: String) {
        let n = Self.notice(from: from, subject: subject, text: text)
        #expect(n.category == .abuse, "\(subject): \(n.rule)")
    }

    /// Mailchimp, Authy (Twilio's) and Hetzner South Africa send from their own domains: genuine, not flagged.
    @Test(arguments: [
        ("noreply@mailchimp.com", "Mailchimp", "Your Mailchimp account has been suspended", "mailchimp"),
        ("noreply@authy.com", "Twilio", "Security Alert: New Device Added", "twilio"),
        ("support@hetzner.co.za", "Hetzner", "Meltdown and Spectre: status of our managed servers", "hetzner"),
    ])
    func moreProvidersSendFromTheirOwnDomains(from: String, name: String, subject: String, provider: String) {
        let n = Self.notice(from: from, name: name, subject: subject, text: "Please sign in to review your account.")
        #expect(n.trust == .verified, "\(from)")
        #expect(n.provider == provider)
    }

    /// A provider's own security incident told in German or French, with a request to change passwords.
    @Test(arguments: [
        (
            "Wichtige Sicherheitsinformation zu Ihrem Kundenkonto",
            """
            wir müssen Sie heute über einen Sicherheitsvorfall in unserem Haus informieren. Nach aktuellem Stand wurden Kundendaten aus unserer Verwaltungsoberfläche kopiert.

            Was Sie jetzt tun sollten: Ändern Sie Ihr Passwort für die Verwaltungsoberfläche.
            """
        ),
        (
            "Information importante concernant votre compte",
            """
            Nous avons détecté un incident de sécurité sur l'un de nos serveurs internes. Des données de contact ont pu être copiées.

            Par précaution, nous vous invitons à changer votre mot de passe dès aujourd'hui.
            """
        ),
    ])
    func aProvidersIncidentInGermanOrFrenchIsAnIncident(subject: String, text: String) {
        let n = Self.notice(from: "info@host-eu.example", subject: subject, text: text)
        #expect(n.category == .securityIncident, "\(subject): \(n.rule)")
    }

    /// A service account key found in public is critical, whatever the subject's marker.
    @Test func anExposedServiceAccountKeyIsAnIncidentUnderAnActionMarker() {
        let n = Self.notice(
            from: "google-cloud-compliance@google.com", subject: "Immediate action required on mail-prod-12",
            text: """
                We found that a key for the service account
                runner@mail-prod-12.iam.gserviceaccount.com in your project mail-prod-12 was publicly exposed
                at a public repository.
                """)
        #expect(n.category == .securityIncident, "\(n.rule)")
    }

    /// Chinese relative deadlines ("二十四小时内") count from the message; "近 30 天内" looks back.
    @Test func chineseRelativeSpans() {
        let n = Self.notice(
            from: "notice@service.aliyun.com", subject: "【阿里云】违规信息整改通知",
            text: "我们注意到您的实例近 30 天内存在违规行为。请您在收到本通知后二十四小时内停止上述行为。",
            sent: "2028-11-02T08:05:00Z")
        #expect(n.category == .abuse, "\(n.rule)")
        #expect(n.deadline?.description == "2028-11-03")
        #expect(DeadlineExtractor.chineseNumber("二十四") == 24)
        #expect(DeadlineExtractor.chineseNumber("十五") == 15)
        #expect(DeadlineExtractor.chineseNumber("七") == 7)
        #expect(DeadlineExtractor.chineseNumber("十") == 10)
        #expect(DeadlineExtractor.chineseNumber("百") == nil)
    }

    /// "bis zum 29. November 2028": the dot after the day does not end the sentence.
    @Test func aGermanDateWithADotAfterTheDay() {
        let n = Self.notice(
            from: "azure-noreply@microsoft.com", subject: "Handlungsbedarf: mehrstufige Authentifizierung",
            text: "Aktivieren Sie bis zum 29. November 2028 MFA für alle Benutzerkonten in Ihrem Mandanten.")
        #expect(n.deadline?.description == "2028-11-29")
    }

    /// A database event the reader's own subscription reports ("RDS Notification Message") is a record of
    /// what happened; a provider's notice about RDS maintenance is not one.
    @Test func aDatabaseEventSubscriptionMessageIsARecord() {
        let event = Self.notice(
            from: "no-reply@sns.amazonaws.com", subject: "RDS Notification Message",
            text: """
                Event Source : db-instance
                SourceId: orders-db-2
                Message : DB instance restarted
                Event ID : http://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.html#RDS-EVENT-0006
                """)
        #expect(event.category == .informational)
        #expect(event.rule == "event-subscription")
        let notice = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "Amazon RDS Notification",
            text:
                "A required operating system update will be applied to your DB instances during the maintenance window starting November 8, 2028."
        )
        #expect(notice.rule != "event-subscription")
    }

    /// "11月16日からサービスを一時停止します": a date the subject says something starts from is the deadline.
    @Test func aJapaneseSubjectDateThatStartsASuspension() {
        let n = Self.notice(
            from: "info@sakura.ad.jp", subject: "【さくらインターネット】11月16日からサービスを一時停止します(ご利用料金未納のお知らせ)",
            text: "2028年10月12日にご請求した更新料金(お支払い期限:2028年11月1日)のお支払いが、本日時点で確認できておりません。",
            sent: "2028-11-15T02:00:00Z")
        #expect(n.deadline?.description == "2028-11-16")
    }

    /// Signing off as a provider's team from someone else's domain, with links only to hosts that are not
    /// the provider's: phishing. A partner that relays the provider's notice, linking to its pages, is not.
    @Test func signingAsAProvidersTeamFromElsewhere() {
        let lure = Self.notice(
            from: "info@discount-mail.example", name: "Service Client", subject: "Votre service OVH arrive à échéance",
            text: """
                Bonjour,

                L'un de vos services OVH arrive à son terme. Procédez au renouvellement :
                http://renew.parcel-immo.example/?cmd=81

                Le Service Client OVH
                """)
        #expect(lure.trust == .suspicious, "\(lure.trustReason)")
        let relay = Self.notice(
            from: "support@msp-partner.example", name: "Partner Support",
            subject: "Your OVH service is about to expire",
            text: """
                Hello,

                OVHcloud tells us that one of your services reaches its term next month. See
                https://www.ovhcloud.com/en/support/ and https://portal.msp-partner.example/renewals for details.

                OVH Customer Service
                """)
        #expect(relay.trust != .suspicious, "\(relay.trustReason)")
    }

    // From G45–G47.

    @Test(arguments: [
        (
            "abuse@vps-cloud.example", "滥用通知：服务器 198.51.100.23 存在 SSH 暴力破解行为",
            "您好，我们收到报告：您网络中的某台主机正在尝试通过 SSH 暴力破解他人账户的密码。此类行为通常意味着服务器已被入侵。"
        ),
        (
            "abuse@hoster-de.example", "Spam über unsere Server // info@laden.example",
            "Damit unsere Server nicht auf Sperrlisten geraten, haben wir den Versand über dieses Konto sofort gesperrt. Ändern Sie das Passwort des Postfachs."
        ),
        (
            "notice@service.aliyun.com", "企业邮箱账号发信受限通知",
            "您的企业邮箱账号 sales@shop.example 近期大量发送垃圾邮件，发信功能已被限制。账号密码可能已经泄露，请尽快修改密码。"
        ),
    ])
    func chineseAndGermanAbuseAndSendingBlocksAreAbuse(from: String, subject: String, text: String) {
        let n = Self.notice(from: from, subject: subject, text: text)
        #expect(n.category == .abuse, "\(subject): \(n.rule)")
    }

    @Test(arguments: [
        (
            "action-required", "[Cloudhost] Fermeture définitive du centre de données PAR-2 le 2028-12-29",
            "Le serveur web-01 de votre compte y est encore hébergé. Vous devez le migrer vers un autre centre de données avant cette date."
        ),
        (
            "action-required", "[Registrar] Votre nom de domaine atelier.example expire le 24/12/2028",
            "Le renouvellement automatique n'est pas activé pour ce domaine."
        ),
        (
            "billing", "Echec de prélèvement",
            "Nous n'avons pas pu prélever le montant de votre facture FR1234 (21,59 € TTC). Ajoutez un moyen de paiement valide."
        ),
        ("pricing", "云数据库存储价格调整通知", "自 2029 年 1 月 1 日起，云数据库的存储单价将上调 10%。"),
        (
            "informational", "[Let's Encrypt Community] Expiration emails",
            "A member replied to a topic you follow: our certificates renew automatically, so the expiration emails arrive before December 21."
        ),
    ])
    func frenchAndChineseKindsAndForumPosts(category: String, subject: String, text: String) {
        let n = Self.notice(from: "noreply@provider.example", subject: subject, text: text)
        #expect(n.category.rawValue == category, "\(subject): \(n.rule)")
    }

    /// A span that the sentence also gives as a date ("24小时内（即 2028年12月25日 01:38 前）") is that date.
    @Test func aSpanRestatedAsADateIsTheDate() {
        let n = Self.notice(
            from: "cloud_noreply@tencent.com", subject: "【腾讯云】您的云服务器存在对外攻击行为，请尽快处理",
            text: "请您在收到本通知后24小时内（即 2028年12月25日 01:38 前）完成排查与整改。", sent: "2028-12-23T17:38:00Z")
        #expect(n.deadline?.description == "2028-12-25")
    }

    // From G49 and G50.

    /// The reader's own mail server's bounce ("Microsoft Outlook" <MicrosoftExchange…@their-domain>) is no
    /// claim to be Microsoft; its subject is the reader's own mail's, which rules do not read; and a bounce
    /// that says the sender is blocked for spam is abuse.
    @Test func aBounceFromTheReadersOwnServer() {
        let n = Self.notice(
            from: "MicrosoftExchange329e71ec@trading.example", name: "Microsoft Outlook",
            subject: "Undeliverable: Updated price list for Q3",
            text: """
                Delivery has failed to these recipients or groups:

                Your message couldn't be delivered because you weren't recognized as a valid sender. The most likely
                reason is that your email address is suspected of sending spam, so it can no longer send messages
                outside your organization.

                Remote Server returned '550 5.1.8 Access denied, bad outbound sender'
                """)
        #expect(n.trust != .suspicious, "\(n.trustReason)")
        #expect(n.category == .abuse, "\(n.rule)")
        let lure = Self.notice(
            from: "alerts@mail-center.example", name: "Microsoft Outlook", subject: "Your mailbox is almost full",
            text: "Sign in to keep receiving mail.")
        #expect(lure.trust == .suspicious, "\(lure.trustReason)")
    }

    /// "Your account has probably been taken over" reports a compromise.
    @Test func anAccountProbablyTakenOverIsAnIncident() {
        let n = Self.notice(
            from: "MicrosoftExchange1@clinic.example", name: "Microsoft Outlook",
            subject: "Undeliverable: Appointment reminder",
            text:
                "Your mailbox has sent to more than 10,000 recipients in the last 24 hours. If you didn't, your account has probably been taken over. Change your password."
        )
        #expect(n.category == .securityIncident, "\(n.rule)")
    }
}
