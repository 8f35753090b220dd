import DigestModel
import Foundation
import Testing

@testable import DigestClassify

/// Kinds found in sets G12 and G13 (notices written after public originals, read once scored): each
/// in our own words.
struct GroundedSetG12Tests {
    static func notice(from: String, name: String = "", subject: String, text: String) -> Notice {
        JudgementTests.notice(from: from, name: name, subject: subject, text: text, sent: "2028-03-01T09:00:00Z")
    }

    // Deadlines.

    @Test func aHyphenatedEndOfLifeIsTheEventTheSubjectNames() {
        let n = Self.notice(
            from: "noreply@paas.example", subject: "Your app's stack is approaching end-of-life (Stack-18)",
            text: """
                Timeline:
                  - From April 10, 2028, the first build of each app per day will fail.
                  - On May 9, 2028, Stack-18 reaches end-of-life and stops receiving security updates.
                  - From May 10, 2028, builds are no longer allowed.
                """)
        #expect(n.deadline?.description == "2028-05-09")
    }

    @Test func leavingStandardSupportIsTheEndOfStandardSupport() {
        let n = Self.notice(
            from: "no-reply-aws@amazon.com",
            subject: "[Action Required] Amazon Aurora PostgreSQL 13 end of standard support",
            text: """
                Aurora PostgreSQL 13 leaves standard support on September 4, 2028.

                To avoid Extended Support charges, upgrade your clusters before September 5, 2028.
                """)
        #expect(n.deadline?.description == "2028-09-04")
    }

    @Test func aGracePeriodEndsOnTheDateToActBy() {
        let n = Self.notice(
            from: "support@vps.example", subject: "仮想サーバのライブマイグレーション実施のお知らせ",
            text: """
                猶予期間中に再起動していただくと、移行は完了します。
                ■猶予期間 2028年3月1日 〜 2028年3月22日
                ■猶予期間を過ぎた場合 2028年3月23日 以降、弊社にてライブマイグレーションを実施します。
                """)
        #expect(n.deadline?.description == "2028-03-22")
    }

    // Critical notices.

    @Test func aPasswordResetAfterTheProvidersIncidentIsAnIncident() {
        let n = Self.notice(
            from: "security@mail-api.example", subject: "Important security update: please reset your password",
            text: """
                Following a recent security incident at our company, we ask every customer to take a precaution today.

                Please reset your account password today.
                """)
        #expect(n.category == .securityIncident)
    }

    @Test func packageVersionsPublishedWithMaliciousCodeAreAnIncident() {
        let n = Self.notice(
            from: "support@registry.example", subject: "Re: Removal of @acme/cli versions",
            text: """
                Versions 2.1.0 and 2.1.1 of the package were published with malicious code. We have removed them.
                Revoke the maintainers' tokens and turn on two-factor authentication for publishing.
                """)
        #expect(n.category == .securityIncident)
    }

    @Test func aReminderOfThePoliciesToEveryCustomerIsNotAbuse() {
        let n = Self.notice(
            from: "notifications@messaging.example", subject: "Special advisory about your compliance obligations",
            text: """
                We are reminding all customers of our Acceptable Use Policy. Where we find serious violations of our
                policies we will suspend the account at once.
                """)
        #expect(![Category.abuse, .securityIncident].contains(n.category))
    }

    // Other categories.

    @Test func idleOrInactiveResourcesTheProviderPausesAreMaintenance() {
        let idle = Self.notice(
            from: "cloudadmin@cloud.example", subject: "Your free compute instance has been identified as idle",
            text:
                "We may reclaim free compute instances that are idle. One of your instances has been identified as idle."
        )
        #expect(idle.category == .maintenance)
        let paused = Self.notice(
            from: "noreply@db-platform.example", subject: "Your project \"notes\" will be paused in 7 days",
            text:
                "Your project showed little activity. If activity stays this low, the project will be paused on March 8, 2028."
        )
        #expect(paused.category == .maintenance)
        #expect(paused.deadline?.description == "2028-03-08")
    }

    @Test func servicesSuspendedForAnEmptyBalanceAreBilling() {
        let n = Self.notice(
            from: "no-reply@voice-api.example", subject: "Your account is suspended and will continue to be charged",
            text:
                "Your account has run out of balance, so calls and messages are suspended. Add funds to reactivate it.")
        #expect(n.category == .billing)
    }

    @Test func aNewSurchargeOrExtendedSupportBillingIsPricing() {
        let fee = Self.notice(
            from: "info@domains.example", subject: "【重要】「サービス維持調整費」導入のお知らせ",
            text: "2028年5月5日以降のご請求から、各サービスのご請求額に調整費を加算いたします。")
        #expect(fee.category == .pricing)
        let billed = Self.notice(
            from: "no-reply-aws@amazon.com",
            subject: "Your RDS for PostgreSQL 11 instances are now billed for Extended Support",
            text: "From March 1, 2028 your instances running PostgreSQL 11 are charged Extended Support fees.")
        #expect(billed.category == .pricing)
    }

    /// A welcome that says "if you did not create this, review your tokens" is no incident.
    @Test func aNewServerReadyIsNews() {
        let n = Self.notice(
            from: "no-reply@cloud-host.example", subject: "Your new server is all set: web-ams-01",
            text: """
                Your new server is ready. Public IPv4: 203.0.113.9. You can log in with the SSH key you selected.
                If you did not create this server, someone with access to your team may have done so. Review your
                team members and API tokens in the control panel.
                """)
        #expect(n.category == .informational)
    }

    // Senders.

    @Test func aPasswordToKeepByConfirmingItIsPhishing() {
        let n = Self.notice(
            from: "do-not-reply@msg-center.example", name: "Mail Admin",
            subject: "Password Expiry Notification",
            text: "Your email password expires in 3 days. To keep using the same password, confirm it below.")
        #expect(n.trust == .suspicious)
        let brand = Self.notice(
            from: "center@msg-center.example", name: "Microsoft365 Message Center", subject: "Mailbox quota",
            text: "Your mailbox is almost full.")
        #expect(brand.trust == .suspicious)
    }

    @Test func anIssueSignedAsTheProvidersSecurityTeamIsSuspicious() {
        let n = Self.notice(
            from: "notifications@github.com", name: "GitHub Security Team",
            subject: "[someone/site] Security vulnerability detected in your repository (Issue #3)",
            text: """
                A security vulnerability has been found in your repository. Contact us at https://repo-scan.example.

                Best regards,
                GitHub Security Team
                """)
        #expect(n.trust == .suspicious)
    }

    @Test func aLinkToAnXserverLookAlikeIsSuspicious() {
        let n = Self.notice(
            from: "", subject: "ドメイン名の有効期限が切れています",
            text: """
                いつもXserverドメインをご利用いただき、ありがとうございます。有効期限を過ぎたため停止状態となっております。
                https://xserver-domain-renew.example/login
                """)
        #expect(n.trust == .suspicious)
    }

    @Test func scalewaySendsFromItsOwnDomain() {
        let n = Self.notice(
            from: "abuse@scaleway.com", subject: "Abuse case SCW-1 - account locked after outgoing DDoS",
            text: "Your account has been locked after an outgoing DDoS attack from your instance 203.0.113.4.")
        #expect(n.trust == .verified)
        #expect(n.category == .abuse)
    }

    /// A date the notice moves ("from May 20 to June 18") is gone; the new one counts.
    @Test func aMovedDateIsReplacedByTheNewOne() {
        let n = Self.notice(
            from: "no-reply-aws@amazon.com",
            subject: "[Action Required] Amazon EKS version 1.17 end of support - updated date",
            text: """
                We have moved the end of support date for Kubernetes 1.17 from May 20, 2028 to June 18, 2028.

                Upgrade your clusters before the end of support.
                """)
        #expect(n.deadline?.description == "2028-06-18")
    }

    /// "Recommended apply-by date:" is a field that sets a limit, not a record of when something happened.
    @Test func anApplyByDateFieldIsTheDeadline() {
        let n = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "A new Amazon ElastiCache service update is available",
            text: """
                A service update is available for your clusters.

                Recommended apply-by date: 2028-04-11 23:59:59 UTC
                """)
        #expect(n.deadline?.description == "2028-04-11")
    }

    /// A timeline's items run on into their wrapped lines; an earlier stop of new creation is not the
    /// date what the reader runs ends.
    @Test func aTimelineItemRunsOnAndNewCreationStopsFirst() {
        let n = Self.notice(
            from: "no-reply@cloud.example", subject: "Cloud Functions is deprecated: plan your migration",
            text: """
                Timeline
                  - April 15, 2028: creating new functions (actions,
                    triggers) is no longer possible. Existing ones keep running.
                  - After February 17, 2029: any functions that still exist are
                    deleted.
                """)
        #expect(n.deadline?.description == "2029-02-17")
        let tokens = Self.notice(
            from: "noreply@git-host.example", subject: "App passwords are being replaced by API tokens",
            text: """
                  - March 29, 2028: new app passwords can no longer be created.
                  - December 27, 2028: all existing app passwords stop working.
                """)
        #expect(tokens.deadline?.description == "2028-12-27")
    }

    /// "Since 08:30 today connections surged": since when something has been seen is a record.
    @Test func sinceWhenSomethingWasSeenIsNoDeadline() {
        let n = JudgementTests.notice(
            from: "support@vps-host.example", name: "", subject: "【重要】お客様のサーバーに関するご連絡",
            text: """
                お客様のサーバーから外部への攻撃と思われる通信を確認しました。
                ・2028年3月1日 08:30 頃より、外部の TCP 25番ポート宛の接続が急増
                """, sent: "2028-03-01T02:42:00Z")
        #expect(n.deadline == nil)
    }

    /// From set G15: dates that describe, not limit.
    @Test func aCutoffAnAmountDueAndAPastIncidentInTheSubjectAreNoDeadlines() {
        let tokens = JudgementTests.notice(
            from: "security@registry.example", name: "",
            subject: "Security incident: all of your access tokens have been invalidated",
            text: "We have invalidated every access token created before 2028-03-15 12:30 UTC, including yours.",
            sent: "2028-03-15T23:40:00Z")
        #expect(tokens.deadline == nil)
        let card = JudgementTests.notice(
            from: "billing@paas.example", name: "", subject: "We could not charge your card for your subscription",
            text: "Amount due: $15.00 (subscription period starting March 4, 2028). Please update your card.",
            sent: "2028-03-04T11:11:00Z")
        #expect(card.category == .billing)
        #expect(card.deadline == nil)
        let followUp = JudgementTests.notice(
            from: "security@registry.example", name: "",
            subject: "Follow-up: your automation tokens were revoked after the 2028-03-15 incident",
            text: "As we wrote last week, your automation tokens were revoked. Create new granular tokens.",
            sent: "2028-03-22T10:00:00Z")
        #expect(followUp.deadline == nil)
    }

    /// From set G14. "Uses the deprecated stack": the deprecation is behind; the end of life is the
    /// date, not the first build that fails "with a deprecation notice".
    @Test func aDeprecatedStacksEndOfLifeIsTheDeadline() {
        let n = Self.notice(
            from: "noreply@paas.example", subject: "Reminder: your app billing-web uses the deprecated Stack-22",
            text: """
                  - Starting May 22, 2028, the first build of each Stack-22 app in any 30-day period fails with a deprecation notice.
                  - Starting October 20, 2028, the first build of every day fails.
                  - On November 18, 2028, Stack-22 reaches end-of-life.
                  - Starting November 19, 2028, builds are no longer allowed.
                """)
        #expect(n.deadline?.description == "2028-11-18")
    }

    @Test func aProjectThatAppearsToTakePartInAttacksIsAbuse() {
        let n = Self.notice(
            from: "google-cloud-compliance@google.com", subject: "Google Cloud project media-01 - action required",
            text: """
                We have detected activity in your project that appears to violate our Terms of Service. Your project
                appears to be taking part in denial of service attacks. We will suspend it on March 19, 2028 unless
                you correct the problem.
                """)
        #expect(n.category == .abuse)
    }

    /// A discussion that mentions hundreds of strangers and asks them to install an "emergency" build.
    @Test func aDiscussionPushingAnEmergencyBuildIsSuspicious() {
        let n = Self.notice(
            from: "notifications@github.com", name: "SecureBuild-0655",
            subject:
                "[EditorPatch/discussions] Editor - High-Risk Security Issue - Emergency Action Alert (Discussion #1)",
            text: """
                A high-risk vulnerability has been found in the editor. Download the patched build now:
                hxxps://share.example/editor-emergency-update

                cc @a @b @c and 240 others
                """)
        #expect(n.trust == .suspicious)
    }

    /// A billing notice's date at which the account "may be suspended", or the free tier 期限を迎えます.
    @Test func anUnpaidBalanceOrAnExpiringFreeTierGivesBillingItsDate() {
        let unpaid = Self.notice(
            from: "aws-receivables-support@email.amazon.com",
            subject: "Problems with your AWS Account - Please read urgently",
            text: """
                We could not collect payment for your account. If the outstanding balance has not been paid in full
                by 03/31/2028, your Amazon Web Services account may be suspended or terminated.
                """)
        #expect(unpaid.category == .billing)
        #expect(unpaid.deadline?.description == "2028-03-31")
        let freeTier = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "AWS 無料利用枠の期限終了のお知らせ",
            text: "お客様のアカウントの AWS 無料利用枠は 2028年04月05日 に期限を迎えます。")
        #expect(freeTier.deadline?.description == "2028-04-05")
    }

    /// Kinds that recur across the sets after public originals.
    @Test func recurringKindsFileWhereTheLabelsPutThem() {
        let tasks = Self.notice(
            from: "no-reply-aws@amazon.com",
            subject: "Upcoming routine retirement of your AWS Fargate tasks running in us-east-1",
            text: "Your tasks will be retired after March 20, 2028; the service replaces them with new tasks.")
        #expect(tasks.category == .maintenance)
        let freePlans = Self.notice(
            from: "noreply@paas.example", subject: "Important changes to our free plans",
            text: "From May 1, 2028 the free dynos and free databases are no longer offered. Paid plans start at $5.")
        #expect(freePlans.category == .pricing)
        let freeTier = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "【重要】Amazon SES 無料利用枠の変更について",
            text: "2028年8月1日 より、Amazon SES の無料利用枠の内容が変わります。")
        #expect(freeTier.category == .pricing)
        let tls = Self.notice(
            from: "no-reply-aws@amazon.com",
            subject: "TLS 1.0 and 1.1 connections detected to Amazon S3 objects in your account",
            text: "We have seen requests to your buckets over TLS 1.1. Review the clients that make them.")
        #expect(tls.category == .securityAdvisory)
    }
}
