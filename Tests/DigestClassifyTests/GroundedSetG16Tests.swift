import DigestModel
import Foundation
import Testing

@testable import DigestClassify

/// Kinds found in sets G16 and G17 (notices written after public originals, read once scored): each
/// in our own words.
struct GroundedSetG16Tests {
    static func notice(from: String, subject: String, text: String) -> Notice {
        JudgementTests.notice(from: from, name: "", subject: subject, text: text, sent: "2028-03-10T09:00:00Z")
    }

    static let critical: Set<Category> = [.abuse, .securityIncident]

    /// Chinese consoles' alerts: a hacking tool found on the server, a login from an unusual place.
    @Test func chineseSecurityAlertsAreIncidents() {
        let tool = Self.notice(
            from: "noreply@notice.cloud-cn.example", subject: "【云】云安全中心紧急告警：恶意进程",
            text: "云安全中心在您的云服务器上检测到一条紧急级别的安全告警，请尽快处理。告警类型：恶意进程 - 黑客工具")
        #expect(tool.category == .securityIncident)
        let login = Self.notice(
            from: "cloud_noreply@cloud-cn.example", subject: "主机安全告警：云服务器存在异常登录",
            text: "主机安全检测到您的云服务器出现一次异常登录。如无法确认登录来源，请立即修改登录密码。")
        #expect(login.category == .securityIncident)
    }

    @Test func tokensAnAttackerStoleThroughTheProvidersIntegrationAreAnIncident() {
        let n = Self.notice(
            from: "noreply@paas.example", subject: "Security notification: source integration disconnected",
            text: """
                We found that an attacker used stolen OAuth tokens issued to our source integration to read some
                customers' repositories. To contain the incident we have revoked all of these tokens.
                """)
        #expect(n.category == .securityIncident)
    }

    /// The provider's outage, caused by someone else's server that was broken into, is news.
    @Test func anOutageNoticeIsNotCriticalThoughItTellsOfAnIntrusion() {
        let n = Self.notice(
            from: "support@host.example", subject: "【ホスティング】障害発生のお知らせ（専用サーバの一部）",
            text: """
                上記時間帯、サーバーへの接続が不安定になっていました。障害は解消しております。
                調査の結果、同じネットワークの該当サーバーは第三者に不正に侵入されていたことが分かりました。
                """)
        #expect(!Self.critical.contains(n.category))
    }

    @Test func usageLimitsExceededAreBillingAndSecuringKeysIsAdvice() {
        let usage = Self.notice(
            from: "notifications@deploy.example",
            subject: "Your Hobby team has exceeded its usage limits and deployments are paused",
            text: "Your team used more than its included bandwidth this month. Upgrade to resume deployments.")
        #expect(usage.category == .billing)
        let keys = Self.notice(
            from: "noreply-maps@google.com", subject: "Secure your Google Maps Platform API keys",
            text:
                "Add application and API restrictions to every key. Unrestricted keys can be used by anyone who finds them."
        )
        #expect(keys.category == .securityAdvisory)
    }

    /// "A request expires if … within 72 hours" states the service's rule, not this notice's date.
    @Test func aRuleOfTheServiceGivesNoDeadline() {
        let n = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "Certificate request for shop.example has timed out",
            text: """
                A certificate request expires if the domain is not validated within 72 hours. This request can no
                longer be used; submit a new one.
                """)
        #expect(n.deadline == nil)
    }

    /// From sets G18 and G19.
    @Test func criticalNoticesInTheWordsOfG18AndG19() {
        let hold = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "Your developer ID has been temporarily suspended",
            text:
                "As a security precaution we have placed a temporary hold on the following ID until you confirm you own it."
        )
        #expect(hold.category == .securityIncident)
        let chinese = Self.notice(
            from: "cloud_noreply@cloud-cn.example", subject: "【云】您的云服务器存在违规信息，访问已被限制",
            text: "根据用户举报并经核实，您账号下的以下设备存在涉嫌违反法律法规及相关政策的信息，我们已暂时限制该设备的访问。")
        #expect(chinese.category == .abuse)
        let project = Self.notice(
            from: "google-cloud-compliance@google.com",
            subject: "Action required: Suspension of your project turbine-01",
            text:
                "Our systems detected potentially suspicious activity in the project below, and after review we have suspended it."
        )
        #expect(Self.critical.contains(project.category))
        let mining = Self.notice(
            from: "google-cloud-compliance@google.com",
            subject: "Action Required: Suspected cryptocurrency mining on project proxy-01",
            text: "Please review this activity to determine whether it is intended.")
        #expect(Self.critical.contains(mining.category))
        let files = Self.notice(
            from: "support@hosting.example", subject: "【ホスティング】不審なファイルの検出とパーミッション変更のお知らせ",
            text: "サーバー上に不審な記述を含むファイルが見つかりました。該当ファイルのパーミッションを「000」に変更しております。")
        #expect(files.category == .securityIncident)
    }

    /// A sender whose own domain strings sign-in words together, pressing the reader, is phishing.
    @Test func aSenderDomainNamedLikeABillingDeskIsSuspicious() {
        let n = Self.notice(
            from: "info@domain-billing-center.example", subject: "【重要】ドメイン自動更新に失敗しました",
            text: "お支払いが確認できないため、本日中に手続きがない場合、ドメインは失効します。")
        #expect(n.trust == .suspicious)
    }

    /// From sets G20 and G21: dates that are no deadline in critical notices.
    @Test func anAppealWindowAFieldOfWhatWasSeenAndAPastExposureAreNoDeadlines() {
        let blocked = Self.notice(
            from: "support@deploy.example", subject: "Your account has been blocked",
            text: """
                We blocked your account for phishing content. If you believe we got this wrong, you can appeal by
                replying to this email within 14 days.
                """)
        #expect(blocked.deadline == nil)
        let locked = Self.notice(
            from: "account-security-noreply@accountprotection.microsoft.com",
            subject: "Your Microsoft account has been locked",
            text: """
                We noticed unusual sign-in activity and locked your account.

                Country:   several countries within one hour
                """)
        #expect(locked.deadline == nil)
        let exposed = Self.notice(
            from: "security@ci.example", subject: "Security advisory: encrypted secrets may have been exposed",
            text:
                "Encrypted variables could have been visible to others for a period before March 9, 2028. Rotate them.")
        #expect(exposed.deadline == nil)
    }

    @Test func cancelledMaintenanceIsNewsAndALowBalanceIsBilling() {
        let cancelled = Self.notice(
            from: "support@cloud.example", subject: "【メンテナンス中止】2028/04/10 のメンテナンスについて",
            text: "2028年4月10日に予定しておりましたメンテナンスは中止いたします。")
        #expect(cancelled.category == .informational)
        let balance = Self.notice(
            from: "billing@cdn.example", subject: "Low account balance warning",
            text: "Your balance is $2.10. Add funds to keep your zones online.")
        #expect(balance.category == .billing)
    }

    /// From sets G22 and G23.
    @Test func pricingThatTakesEffectAndAbnormalActivityInFrench() {
        let pricing = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "Amazon EKS extended support: pricing takes effect May 16, 2028",
            text: "Clusters on versions in extended support will be charged per cluster hour. Please upgrade them.")
        #expect(pricing.category == .pricing)
        let french = Self.notice(
            from: "noreply@ovh.net", subject: "[OVHcloud] Activité anormale détectée sur votre hébergement",
            text: "Nous avons appliqué des mesures de sécurité à votre hébergement.")
        #expect(french.category == .securityIncident)
    }
}
