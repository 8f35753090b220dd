import DigestModel
import Foundation
import Testing

@testable import DigestClassify

/// Kinds found in sets G24 to G27 (notices written after public originals, read once scored): each
/// in our own words.
struct GroundedSetG24Tests {
    static func notice(from: String, name: String = "", subject: String, text: String) -> Notice {
        JudgementTests.notice(from: from, name: name, subject: subject, text: text, sent: "2028-05-10T09:00:00Z")
    }

    // Critical notices.

    /// A provider tells of its own breach: what the attacker took is the customers' data.
    @Test func aProvidersOwnBreachOfCustomerDataIsAnIncident() {
        let letter = Self.notice(
            from: "security@crm.example", subject: "A letter about the security of your data",
            text: """
                A member of our staff gave away a password to a fake sign-in page, and the intruder used it to copy
                a customer contact list with names and phone numbers. We are working with the police.
                """)
        #expect(letter.category == .securityIncident)
        let exposed = Self.notice(
            from: "security-noreply@digitalocean.com", subject: "About the billing details of your account",
            text: """
                Names and addresses from some billing profiles, yours among them, were exposed to an unauthorized
                party through a flaw in one of our interfaces, which we have closed.
                """)
        #expect(exposed.category == .securityIncident)
    }

    @Test func unauthorizedAccessToABillingProfileIsAnIncidentNotABill() {
        let n = Self.notice(
            from: "security-noreply@digitalocean.com",
            subject: "Notice of unauthorized access to your billing profile",
            text: "Someone was able to view the address on your billing profile for two weeks.")
        #expect(n.category == .securityIncident)
    }

    @Test func attackersAimingAtTheReadersPasswordAreAnIncident() {
        let n = Self.notice(
            from: "no-reply@accounts.google.com", subject: "Attackers may be after your password",
            text: """
                We think that attackers backed by a state have been trying to steal the password of your account.
                Turn on a security key now.
                """)
        #expect(n.category == .securityIncident)
    }

    /// "Your password has been reset" after an incident the provider found on its servers.
    @Test func aPasswordResetBecauseOfTheProvidersIncidentIsAnIncident() {
        let n = Self.notice(
            from: "security@chat.example", subject: "Security notice: your password has been reset",
            text: """
                Our team detected a security incident on one of our web servers this weekend. As a precaution
                every password has been invalidated; choose a new one when you next sign in.
                """)
        #expect(n.category == .securityIncident)
    }

    /// The sending was suspended because of a takeover the subject names: the takeover is the notice.
    @Test func aTakeoverNamedWithASendingSuspensionIsAnIncident() {
        let n = Self.notice(
            from: "compliance@sendgrid.com",
            subject: "[Action Required] Account takeover detected - sending suspended on your account",
            text: "A third party used one of your API keys to send phishing mail. We suspended sending.")
        #expect(n.category == .securityIncident)
        let plain = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "Amazon SES sending paused for your account",
            text: "Your bounce rate reached 11 %, so we paused the ability of your account to send email.")
        #expect(plain.category == .abuse)
    }

    @Test func secretsThatMayHaveBeenTakenAreAnIncident() {
        let n = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "Rotate the access keys your build service held",
            text: """
                The build service you use disclosed a breach. The keys of two of your users were stored there, and
                their secret values may have been taken. Replace them now.
                """)
        #expect(n.category == .securityIncident)
    }

    @Test func activityTheProviderFoundSuspiciousIsAnIncident() {
        let n = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "Response Required: Your IDE Account",
            text: """
                We noticed activity on your account that looks suspicious, and you cannot use the service until we
                have confirmed your details with you.
                """)
        #expect(n.category == .securityIncident)
    }

    @Test func germanAndChineseIncidents() {
        let webshell = Self.notice(
            from: "noreply@ionos.de", subject: "Angriff auf Ihren Vertrag 4471",
            text: """
                Unser Scanner hat in Ihrem Webspace eine Datei gefunden, die als schädlich eingestuft wurde. Wir haben
                ihr die Rechte entzogen.
                """)
        #expect(webshell.category == .securityIncident)
        let foundOnly = Self.notice(
            from: "noreply@host.example", subject: "Hinweis zu Ihrem Webspace",
            text: "Unser Virenscanner hat eine schädliche Datei erkannt und gesperrt.")
        #expect(foundOnly.category == .securityIncident)
        let leaked = Self.notice(
            from: "cloud_noreply@cloud-cn.example", subject: "【云】您的API密钥疑似在代码托管平台上公开泄露",
            text: "请立即禁用该密钥并创建新的密钥。")
        #expect(leaked.category == .securityIncident)
    }

    /// "Check for unexpected access (crawlers, unauthorized access and the like)": advice, not a finding.
    @Test func checkingForUnauthorizedAccessIsNoIncident() {
        let n = Self.notice(
            from: "support@host.example", subject: "【重要】サーバーの転送量について",
            text: "転送量が目安を超えています。想定していないアクセス(クローラー、不正なアクセス等)の有無をご確認ください。")
        #expect(n.category != .securityIncident)
    }

    // Other kinds.

    @Test func maintenanceThatIsDoneIsNews() {
        let n = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "EC2 Maintenance Update: scheduled reboots are complete",
            text: """
                The reboots of the instances that needed a host update finished yesterday, zone by zone. No further
                reboots are planned and you do not need to do anything.
                """)
        #expect(n.category == .informational)
        let japanese = Self.notice(
            from: "support@host.example", subject: "【完了】ネットワーク機器メンテナンス完了のお知らせ",
            text: "本日予定しておりましたメンテナンスは完了いたしました。")
        #expect(japanese.category == .informational)
    }

    @Test func whatUploadsMustUseFromADateIsAnActionWithItsDate() {
        let n = Self.notice(
            from: "noreply@pypi.org", subject: "[PyPI] Move your uploads to API tokens",
            text: """
                Uploads from accounts with two-factor authentication will soon have to use an API token. From
                June 5, 2028, uploads that sign in with a password only will be rejected.
                """)
        #expect(n.category == .actionRequired)
        #expect(n.deadline?.description == "2028-06-05")
    }

    @Test func anotherWayOfBillingIsAPriceChange() {
        let hourly = Self.notice(
            from: "support@linode.com", subject: "We're moving your account to hourly billing",
            text: "From July 1 your services are billed by the hour, capped at the monthly price.")
        #expect(hourly.category == .pricing)
        let german = Self.notice(
            from: "billing@host.example", subject: "Änderungen im Abrechnungsmodell ab Juni 2028",
            text: "Ab dem 1. Juni 2028 rechnen wir Speicher stündlich ab.")
        #expect(german.category == .pricing)
        let renewal = Self.notice(
            from: "renewals@gitlab.com", subject: "Notice: subscription expiration on 07/23/2028",
            text: "Your subscription expires on 07/23/2028. If it renews automatically, you need not do anything.")
        #expect(renewal.category == .billing)
    }

    // Deadlines.

    @Test func aBalanceToSettleByADateIsTheDeadlineOfABill() {
        let settle = Self.notice(
            from: "azure-noreply@microsoft.com", subject: "Your subscription has a past due balance",
            text: "To avoid an interruption of your services, settle the balance by June 6, 2028.")
        #expect(settle.category == .billing)
        #expect(settle.deadline?.description == "2028-06-06")
        let unpaid = Self.notice(
            from: "payments-noreply@google.com", subject: "Payment failure: Workspace Business",
            text: "If the balance is still unpaid on May 22, 2028, services for shop.example may be suspended.")
        #expect(unpaid.deadline?.description == "2028-05-22")
    }

    /// "Window: Wednesday, May 31": notices leave out the year of a date in the weeks ahead.
    @Test func anEnglishDateWithoutAYearIsTheOneNearestTheMessage() {
        let n = Self.notice(
            from: "notifications@fly.io", subject: "Upcoming host migration for app corvid-api",
            text: """
                We need to move the machines of your app to another host.

                Window: Wednesday, May 31, 14:00 - 18:00 UTC
                """)
        #expect(n.deadline?.description == "2028-05-31")
        let december = JudgementTests.notice(
            from: "notifications@fly.io", name: "", subject: "Scheduled maintenance for app corvid-api",
            text: "Your machines will be moved to another host on Jan 12, during the night.",
            sent: "2027-12-20T09:00:00Z")
        #expect(december.deadline?.description == "2028-01-12")
    }

    @Test func theDateTheSubjectSaysServiceStopsIsTheDeadlineOfABill() {
        let n = Self.notice(
            from: "noreply@backblaze.com", subject: "Payment overdue - service stops on June 25",
            text: """
                We could not charge your card. From June 25, 2028 uploads stop. From July 9, 2028 data in your
                account may be deleted at any time.
                """)
        #expect(n.deadline?.description == "2028-06-25")
    }

    @Test func anOfferOpenToThoseWhoActByADateIsNoDeadline() {
        let n = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "Partner news - April 2028",
            text: "Free exam vouchers are available for partners who complete the readiness course before June 30.")
        #expect(n.deadline == nil)
    }

    @Test func aChineseRecordOfTheBlockIsNoDeadline() {
        let n = Self.notice(
            from: "cloud_noreply@cloud-cn.example", subject: "【云】违规封禁通知:您的云服务器存在对外攻击行为",
            text: "异常行为:向多个外部地址发起攻击。处置时间:2028年5月10日 03:41 处置类型:封禁公网访问。")
        #expect(n.category == .abuse)
        #expect(n.deadline == nil)
    }

    // Senders.

    @Test func aStatusPageOnTheProvidersOwnDomainIsGenuine() {
        let n = Self.notice(
            from: "noreply@cloudflarestatus.com", name: "Cloudflare",
            subject: "[Cloudflare Status] Resolved - Elevated errors", text: "This incident has been resolved.")
        #expect(n.trust == .verified)
    }

    @Test func salesforceIsAProviderThatPhishingImitates() {
        let fake = Self.notice(
            from: "info@ventures.example", name: "Salesforce", subject: "Salesforce: please confirm your email address",
            text: "Until the address is confirmed, some messages for your account are held.")
        #expect(fake.trust == .suspicious)
        let genuine = Self.notice(
            from: "security@salesforce.com", name: "Salesforce Security", subject: "Security advisory for your org",
            text: "Review the login IP ranges of your org.")
        #expect(genuine.trust == .verified)
    }

    @Test func phishingInGermanAndJapanese() {
        let german = Self.notice(
            from: "service@mailer.example", name: "Hosting", subject: "Kontoaktivität bestätigen",
            text: "Bitte bestätigen Sie eine Aktivität in Ihrem Konto über den Link unten.")
        #expect(german.trust == .suspicious)
        let deleted = Self.notice(
            from: "user4471@mail.example", name: "お客様窓口", subject: "アカウントが本日24時間以内に削除されます",
            text: "認証情報が更新されていないため、アカウントが削除されます。")
        #expect(deleted.trust == .suspicious)
        let full = Self.notice(
            from: "report@mailbox-alert.example", name: "メールサポート", subject: "保存容量が90%を超えました",
            text: """
                空き容量がなくなると、新しいメールを受け取れなくなります。
                https://webmail-storage.mailbox-alert.example/login
                """)
        #expect(full.trust == .suspicious)
    }

    // From set G28.

    @Test func whatWillBeBilledFromADateIsAPriceChange() {
        let n = Self.notice(
            from: "no-reply-aws@amazon.com",
            subject: "AWS Lambda: start-up time will be billed for every function from September 9, 2028",
            text: "Functions with heavy start-up code will cost more. No change is needed to keep them running.")
        #expect(n.category == .pricing)
        let trial = Self.notice(
            from: "billing@saas.example", subject: "Your subscription will be charged from May 20",
            text: "Your trial ends on May 20; the card on file will be charged for the Team plan.")
        #expect(trial.category != .pricing)
    }

    @Test func aResolvedIncidentOfTheProviderIsNews() {
        let n = Self.notice(
            from: "noreply@datadoghq.com", subject: "[Resolved] Connectivity incident affecting several regions",
            text: """
                The incident is fully resolved. An automatic security update was applied to many of our hosts at
                once and removed network routes. No action is required on your side.
                """)
        #expect(n.category == .informational)
    }

    /// An issue someone opened, delivered by the provider, that asks to review "token activity".
    @Test func anIssueThatAsksToReviewTokenActivityIsPhishing() {
        let n = Self.notice(
            from: "notifications@github.com", name: "Ops Desk",
            subject: "[acme/router] Security notice: Review Token Activity (Issue #5)",
            text: """
                Your personal access token was used in a way that does not match your normal activity.
                [Review Token Activity](https://sso.summit-portal.example/review)

                Reply to this email directly, view it on GitHub: https://github.com/acme/router/issues/5
                """)
        #expect(n.trust == .suspicious)
    }

    // From set G29.

    /// Maintenance tickets give "Start Date: 11-Jun-2028 06:00 UTC"; a Japanese notice the same day's
    /// 作業日時 (the schedule of the work, hours after it is sent).
    @Test func aMaintenanceTicketsStartDateIsItsDate() {
        let ticket = Self.notice(
            from: "maintenance@softlayer.com", name: "IBM Cloud",
            subject: "Event 5533 - Upcoming Maintenance Notice - All VSIs",
            text: """
                Start Date: Sunday 11-Jun-2028 06:00 UTC
                End Date: Wednesday 14-Jun-2028 09:30 UTC

                Each virtual server will be rebooted once within the window.
                """)
        #expect(ticket.deadline?.description == "2028-06-11")
        #expect(ticket.trust == .verified)
        let sameDay = JudgementTests.notice(
            from: "cloud-info@sakura.ad.jp", name: "", subject: "【クラウド】緊急メンテナンスのお知らせ",
            text: """
                ■ 作業日時
                  2028年6月29日(木) 13:00 ～ 17:00
                """, sent: "2028-06-29T01:48:00Z")
        #expect(sameDay.deadline?.description == "2028-06-29")
    }

    @Test func anAttackerWhoActedOnTheReadersAccountIsAnIncident() {
        let n = Self.notice(
            from: "security@twilio.com", subject: "Important security notice about your account",
            text: """
                An attacker who phished our staff used that access to add a device to a small number of accounts,
                including yours. We removed it.
                """)
        #expect(n.category == .securityIncident)
        let could = Self.notice(
            from: "security@twilio.com", subject: "Security advisory: update your app",
            text: "An attacker could use this flaw to add a device to your account. Update the app to fix it.")
        #expect(could.category != .securityIncident)
    }

    @Test func keysToTreatAsExposedAreAnIncident() {
        let n = Self.notice(
            from: "azure-noreply@microsoft.com",
            subject: "Action required: Regenerate the keys of your database accounts",
            text: """
                The primary key of one or more of your database accounts could have been accessed through a flaw we
                fixed. As a precaution, treat the keys listed below as exposed and regenerate them.
                """)
        #expect(n.category == .securityIncident)
    }

    /// Outage reports and terms that tell of attacks on others or of fraud in general are not critical.
    @Test func outageReportsAndTermsThatTellOfAttacksAreNotCritical() {
        let outage = Self.notice(
            from: "support@host.example", subject: "【障害報告】共用サーバーの高負荷障害について",
            text: "原因は、悪意のある第三者によるお客さま領域への不正侵入を試みる大量の通信でした。")
        #expect(!GroundedSetG16Tests.critical.contains(outage.category))
        let terms = Self.notice(
            from: "info@isp.example", subject: "【ISP】サービス契約約款の改訂について",
            text: "SIMカードの紛失が多く、その中には第三者による不正利用と思われるものもあるため、約款を改訂します。")
        #expect(terms.category == .informational)
    }

    @Test func freeHoursUsedUpAreBillingAndARectificationNoticeAsksForAction() {
        let hours = Self.notice(
            from: "noreply@heroku.com", subject: "You have used all of your free dyno hours for June 2028",
            text: "Your apps will sleep until the start of next month.")
        #expect(hours.category == .billing)
        let rectify = Self.notice(
            from: "noreply@aliyun.com", subject: "【云】关于网站首页悬挂备案编号的整改通知",
            text: "请您在通知发出后15日内完成整改。")
        #expect(rectify.category == .actionRequired)
    }

    // From set G31 (read after the closing measure).

    @Test func anIssueThatSaysSomeoneSignedInIsPhishing() {
        let n = Self.notice(
            from: "notifications@github.com", name: "QX41",
            subject: "[acme/tools] GitHub Notification (Issue #23)",
            text: """
                Unusual Sign-in Activity. An unrecognized device has just signed in to your account. Was this you?
                [Revoke this session now](https://session-revoke.example/)

                Reply to this email directly, view it on GitHub: https://github.com/acme/tools/issues/23
                """)
        #expect(n.trust == .suspicious)
    }

    @Test func usageAndBalanceAlertsAreBilling() {
        let minutes = Self.notice(
            from: "gitlab@mg.gitlab.com", subject: "tasemu-mirror has used 75% of its CI/CD minutes",
            text: "When all minutes are used, pipelines will no longer run on shared runners until the quota resets.")
        #expect(minutes.category == .billing)
        let balance = Self.notice(
            from: "info@conoha.jp", subject: "[ConoHa] チャージ残高不足のお知らせ",
            text: "明日の自動引き落としに必要な残高が不足しています。チャージをお願いいたします。")
        #expect(balance.category == .billing)
    }

    @Test func aGermanMoveOfTheHostingIsMaintenanceOnItsDate() {
        let n = Self.notice(
            from: "service@hosting.example", subject: "Ihr Hosting-Tarif zieht um: Migrationstermin 23.07.2028",
            text: "Wir verschieben Ihren Tarif auf neue Server. Sie müssen nichts tun.")
        #expect(n.category == .maintenance)
        #expect(n.deadline?.description == "2028-07-23")
    }

    /// The name an inviter gave an account travels in the provider's own invitation.
    @Test func anInvitationWhoseAccountNameAsksForACallIsPhishing() {
        let n = Self.notice(
            from: "ibmacct@iam.ibm.com", name: "IBM Cloud", subject: "Account: You are invited to join an account",
            text: """
                You have been invited by desk@mailbox.example to join the account:
                "ORDER CONFIRMATION - 699.99 USD charged. Not you? Call Billing +1 (555) 013-7784"
                """)
        #expect(n.trust == .suspicious)
        let plain = Self.notice(
            from: "ibmacct@iam.ibm.com", name: "IBM Cloud", subject: "Account: You are invited to join an account",
            text: "You have been invited by lead@team.example to join the account: \"Team Analytics\"")
        #expect(plain.trust == .verified)
    }
}
