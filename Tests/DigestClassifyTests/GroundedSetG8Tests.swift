import DigestModel
import Foundation
import Testing

@testable import DigestClassify

/// Kinds found in sets G8 and G9 (notices written after public originals, read once scored): each in
/// our own words.
struct GroundedSetG8Tests {
    static func notice(from: String, subject: String, text: String, sent: String = "2028-03-10T09:00:00Z") -> Notice {
        JudgementTests.notice(from: from, name: "", subject: subject, text: text, sent: sent)
    }

    /// One sentence gives the service's end of support and, as context, the system's end of life a
    /// month earlier; the notice gives the end of support again below, as the date to move by.
    @Test func theDateTheNoticeGivesAgainIsTheDeadline() {
        let n = Self.notice(
            from: "no-reply-aws@amazon.com",
            subject: "[Action Required] AWS Lambda end of support for the provided.al2 runtime",
            text: """
                Lambda will end support for provided.al2 on September 14, 2028, soon after the operating system
                itself reaches end of life on August 14, 2028.

                From September 14, 2028 the runtime receives no security patches. Move your functions to
                provided.al2023 before September 14, 2028.
                """)
        #expect(n.deadline?.description == "2028-09-14")
    }

    /// A scheduled event's window in timestamps after the mail's date places the event; a timestamp
    /// before it (a log line in an abuse report) stays a record of what happened.
    @Test func aTimestampAfterTheMailPlacesTheEvent() {
        let n = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "Amazon EC2 Maintenance: instance reboot scheduled",
            text: """
                The host of one of your instances will be rebooted for maintenance in this window:

                  Instance ID:  i-0a1b2c3d
                  Not before:   2028-04-02T01:00:00.000Z
                  Not after:    2028-04-02T03:00:00.000Z
                """)
        #expect(n.deadline?.description == "2028-04-02")
        let log = Self.notice(
            from: "abuse@hetzner.com", subject: "Abuse Message [AbuseID:7F21C]: Netscan from 203.0.113.5",
            text: """
                We have received the following report about your server:

                2028-03-09T22:14:05Z 203.0.113.5 -> 198.51.100.0/24 port 22 (SYN)
                """)
        #expect(log.deadline == nil)
    }

    static let critical: Set<Category> = [.abuse, .securityIncident]

    @Test func aTakedownRequestForAPhishingPageIsAbuse() {
        let n = Self.notice(
            from: "takedown@brand-watch.example",
            subject: "Credential phishing page hosted on your network: please take it down",
            text: """
                Our analysts found that a site under your control is currently serving a phishing page that copies a
                bank's sign-in form:

                  https://files.shop-example.example/secure/login.html

                Please remove the content as soon as possible.
                """)
        #expect(n.category == .abuse)
        let request = Self.notice(
            from: "legal@brand-watch.example", subject: "Request for takedown",
            text: "Please remove the page listed below.")
        #expect(request.category == .abuse)
    }

    @Test func maliciousFilesTheHostFoundOnTheSiteAreAnIncident() {
        let n = Self.notice(
            from: "noreply@webhost.example", subject: "Anomalous activity detected on your hosting plan shop.example",
            text: """
                We have restricted your hosting plan. Our scan found files that are probably malicious in your web space:
                  www/uploads/img-cache.php
                Remove them, update your CMS and change your passwords, then lift the restriction in the control panel.
                """)
        #expect(n.category == .securityIncident)
        let english = Self.notice(
            from: "noreply@webhost.example", subject: "About your web space",
            text: "Malicious files were detected on your website during the nightly scan. Please clean them up.")
        #expect(english.category == .securityIncident)
    }

    @Test func anEmergencyPasswordChangeByTheHostIsAnIncident() {
        let n = Self.notice(
            from: "notice@mail-host.example", subject: "【重要】パスワード緊急変更のお知らせ",
            text: """
                ご契約中のサーバで、あるメールアカウントから短時間に大量のメールが送られていることを確認しました。
                緊急措置として、当該アカウントのパスワードを変更いたしました。管理画面から新しいパスワードを設定してください。
                """)
        #expect(n.category == .securityIncident)
    }

    /// A headline for what the provider will do with exposed keys from now on is not a report that
    /// the reader's key is exposed.
    @Test func aPolicyHeadlineAboutExposedKeysIsNotAnIncident() {
        let policy = Self.notice(
            from: "CloudPlatform-noreply@google.com",
            subject: "[Action Required] Automatically disable publicly exposed service account keys",
            text: """
                From June 1, 2028 keys that we find exposed in public places will be disabled automatically in every
                organization that has not chosen otherwise. Replace any key that a workload still needs before then.
                """)
        #expect(!Self.critical.contains(policy.category))
        #expect(policy.category == .actionRequired)
        let own = Self.notice(
            from: "CloudPlatform-noreply@google.com", subject: "Your service account key was publicly exposed",
            text: "We found the key of ci-runner@build-17.iam in a public repository and disabled it.")
        #expect(own.category == .securityIncident)
    }

    /// "Mark the case as resolved once fixed" asks the reader; only the provider's word closes a case.
    @Test func anAbuseCaseTheReaderIsAskedToResolveIsAbuse() {
        let open = Self.notice(
            from: "abuse@cloud-host.example", subject: "New abuse case AC-1142 opened on your instance 203.0.113.40",
            text: """
                We received complaints of outgoing SSH brute force from your instance. Secure the server, describe
                what you did and mark the case as resolved in the console.
                """)
        #expect(open.category == .abuse)
        let closed = Self.notice(
            from: "abuse@cloud-host.example", subject: "Abuse case AC-1142 update",
            text: "Thank you for your answer. We have marked this case as resolved.")
        #expect(closed.category != .abuse)
    }

    /// The model heard "sending" and "abuse complaints" in a confirmation that a limit was lifted.
    @Test func aLimitLiftedOnRequestIsNews() {
        let n = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "Email sending limits removed for your Amazon EC2 instances",
            text: """
                We have processed your request to remove the email sending limitation on port 25 in us-west-2.
                Mail sent from these instances must still follow the Acceptable Use Policy; we may restore the
                limit if we receive abuse complaints.
                """)
        #expect(n.category == .informational)
    }

    @Test func chargingForWhatWasFreeIsPricing() {
        let n = Self.notice(
            from: "noreply@paas.example", subject: "We'll start charging for static outbound IPs on June 3",
            text: "From June 3, 2028, each static outbound IP costs $3 a month. They have been free until now.")
        #expect(n.category == .pricing)
        #expect(n.deadline?.description == "2028-06-03")
    }

    @Test func aNewContractingPartyOrTaxRateIsPricing() {
        let party = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "【重要】AWS の契約当事者が変わります",
            text: """
                2028年6月1日 から、日本国内のアカウントの契約先が AWS Japan に切り替わります。
                切り替え日までに、請求先住所と連絡先をご確認のうえ、必要に応じて更新してください。
                """)
        #expect(party.category == .pricing)
        #expect(party.deadline?.description == "2028-06-01")
        let tax = Self.notice(
            from: "no-reply-aws@amazon.com", subject: "【重要】消費税率の変更に伴うご請求について",
            text: "2028年10月1日 以降のご利用分には、新しい税率を適用した金額をご請求いたします。")
        #expect(tax.category == .pricing)
    }

    @Test func idleInstancesTheProviderWillStopAreMaintenance() {
        let n = Self.notice(
            from: "cloudadmin@cloud.example", subject: "Free compute instance identified as idle",
            text: """
                One or more free compute instances in your tenancy have been identified as idle and will be stopped
                on April 4, 2028. You can start a stopped instance again from the console.
                """)
        #expect(n.category == .maintenance)
        #expect(n.deadline?.description == "2028-04-04")
    }

    /// A statement's date still matters when something of the reader's ends or is deleted then.
    @Test func aTrialEndingOrDataDeletedGivesABillingNoticeItsDate() {
        let trial = Self.notice(
            from: "billing@cloud.example", subject: "Important: your free trial ends in 30 days",
            text: "Your free trial ends in 30 days, on April 9, 2028. Upgrade to keep your services running.")
        #expect(trial.category == .billing)
        #expect(trial.deadline?.description == "2028-04-09")
        let data = Self.notice(
            from: "billing@cloud.example", subject: "Your student subscription has been disabled",
            text:
                "You have used all your credit. Your services are stopped and your data will be kept until April 20, 2028."
        )
        #expect(data.deadline?.description == "2028-04-20")
        let statement = Self.notice(
            from: "billing@cloud.example", subject: "Your invoice for February",
            text: "Invoice date: March 1, 2028. The amount will be charged to your card on file.")
        #expect(statement.deadline == nil)
    }

    /// A detection time records when something happened, in any time zone.
    @Test func aDetectionTimeFieldIsNoDeadline() {
        let n = Self.notice(
            from: "CloudPlatform-noreply@google.com", subject: "認証情報が公開された可能性があります",
            text: """
                プロジェクトの API キーが、一般に公開された場所で見つかりました。
                  検出日時: 2028-03-11 01:32 (UTC)
                キーを再生成してください。
                """, sent: "2028-03-10T17:14:09Z")
        #expect(n.deadline == nil)
    }
}
