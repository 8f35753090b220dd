import DigestModel
import Foundation
import Testing

@testable import DigestClassify

/// Kinds found in sets G10 and G11 (notices written after public originals, read once scored): each
/// in our own words. Phishing delivered by a provider's own service, critical words in notices that
/// are not about the reader, and a host's freeze over outside warnings.
struct GroundedSetG10Tests {
    static func notice(from: String, name: String = "", subject: String, text: String) -> Notice {
        JudgementTests.notice(from: from, name: name, subject: subject, text: text, sent: "2028-03-10T09:00:00Z")
    }

    static let critical: Set<Category> = [.abuse, .securityIncident]

    @Test func aFreezeOverOutsideWarningsIsAbuse() {
        let n = Self.notice(
            from: "support@homepage-host.example", subject: "【ホームページ】アカウント凍結についてのご連絡",
            text: """
                お客様のページについて、外部のセキュリティ機関から危険性を指摘する警告が寄せられたため、アカウントを凍結いたしました。
                内容をご確認のうえ、ご連絡ください。
                """)
        #expect(n.category == .abuse)
    }

    /// A status page's report of the provider's own outage speaks of floods and attacks on the
    /// provider, not of the reader.
    @Test func aStatusPageReportIsNews() {
        let n = Self.notice(
            from: "noreply@status.cloud-host.example",
            subject: "[Cloud Host Status] Resolved: Packet loss in Frankfurt",
            text: """
                Resolved - Our upstream carrier absorbed a large DDoS attack aimed at another of its customers. Traffic
                has been normal for an hour. You are receiving this because you subscribed to updates for Frankfurt.
                """)
        #expect(n.category == .informational)
    }

    @Test func aReplyToTheReadersOwnPhishingReportIsNotAbuse() {
        let n = Self.notice(
            from: "abuse@cdn.example", subject: "Your phishing report about fake-bank.example (Case 7Q2)",
            text: """
                We have received your phishing report about fake-bank.example. We have restricted access to the
                reported phishing URL and forwarded your report to the hosting provider.
                """)
        #expect(!Self.critical.contains(n.category))
    }

    @Test func theProvidersAccountOfAnotherCustomersIncidentIsNotCritical() {
        let n = Self.notice(
            from: "no-reply@cloud-host.example", subject: "An update on last week's account lockout incident",
            text: """
                Last week a customer's account was locked and its servers were stopped after our automated abuse
                system flagged a batch job as crypto-mining. Here is what we are changing.
                """)
        #expect(!Self.critical.contains(n.category))
    }

    @Test func passwordsExpiredAfterSuspiciousActivityTheProviderSawAreAnIncident() {
        let n = Self.notice(
            from: "no-reply@cloud-host.example", subject: "Control panel password reset required",
            text: """
                Our security team detected suspicious activity on our network: an attempt to get into one customer's
                account. As a precaution every control panel password has been expired; choose a new one when you
                next sign in.
                """)
        #expect(n.category == .securityIncident)
    }

    /// The model heard "restriction" and "blocked" in a ticket about the reader's own request.
    @Test func aReplyToARequestToLiftALimitIsNews() {
        let n = Self.notice(
            from: "support@vps.example", subject: "Ticket 41-QX: Request to remove SMTP port 25 restriction",
            text: """
                We have looked at your request to lift the outbound port 25 restriction. We cannot remove it now:
                port 25 is blocked on new accounts to protect our IP reputation. Use a relay on port 587 instead.
                """)
        #expect(n.category == .informational)
    }

    /// GitHub delivers what anyone writes in an issue that mentions the reader; a fake security
    /// alert written there comes from notifications@github.com.
    @Test func aFakeAlertInAnIssueNotificationIsSuspicious() {
        let fake = Self.notice(
            from: "notifications@github.com", name: "sec-bot-2291",
            subject: "[some-org/tools] Security notice: unusual sign-in on your account (Issue #77)",
            text: """
                sec-bot-2291 opened an issue in some-org/tools:

                Unusual activity was detected on your account. Verify your account within 24 hours or it will be
                restricted: https://github-verify.example/login

                You are receiving this because you were mentioned.
                """)
        #expect(fake.trust == .suspicious)
        let real = Self.notice(
            from: "notifications@github.com", name: "a-colleague",
            subject: "[some-org/tools] Build fails on arm64 (Issue #78)",
            text: """
                a-colleague opened an issue in some-org/tools:

                The release build fails on arm64 since yesterday's merge. Log attached.
                """)
        #expect(real.trust == .verified)
    }

    /// An alert rule's description and an SNS topic's name are text anyone can write.
    @Test func aCallThisNumberLureInsideAProvidersAlertIsSuspicious() {
        let alert = Self.notice(
            from: "azure-noreply@microsoft.com", name: "Microsoft Azure",
            subject: "Azure Monitor alert 'Invoice 55-QX' was activated",
            text: """
                Azure Monitor alert rule "Invoice 55-QX" was activated.
                Alert rule description: A charge of USD 499.00 was made to your account. If you did not authorize
                this purchase, call billing support at +1 (555) 010-2211 within 24 hours.
                """)
        #expect(alert.trust == .suspicious)
        let topic = Self.notice(
            from: "no-reply@sns.amazonaws.com", name: "AWS Notifications",
            subject: "AWS Notification - Subscription Confirmation",
            text: """
                You have chosen to subscribe to the topic:
                arn:aws:sns:us-east-1:123456789012:Your-plan-renewed-399-USD-to-cancel-call-555-010-3322-now
                To confirm this subscription, visit the link below.
                """)
        #expect(topic.trust == .suspicious)
        let ownAlert = Self.notice(
            from: "azure-noreply@microsoft.com", name: "Microsoft Azure",
            subject: "Azure Monitor alert 'cpu-high-web' was activated",
            text: "Azure Monitor alert rule \"cpu-high-web\" was activated for web-01. Average CPU was 96 %.")
        #expect(ownAlert.trust == .verified)
    }

    @Test func aLinkToAHostNamedLikeASignInPageWithPressureIsSuspicious() {
        let n = Self.notice(
            from: "notice@server-admin-desk.example", name: "サーバー管理センター",
            subject: "【重要】メールサーバーの利用状況について",
            text: """
                お客様のメールサーバーで不審な送信を検知しました。以下からログインしてご確認ください。
                https://panel-login-verify.example/customer
                ご確認いただけない場合、アカウントを一時的に制限させていただきます。
                """)
        #expect(n.trust == .suspicious)
        let calm = Self.notice(
            from: "news@hosting-shop.example", subject: "Our new control panel",
            text: "Sign in at https://account-login.hosting-shop.example to try the new control panel.")
        #expect(calm.trust != .suspicious)
    }
}
