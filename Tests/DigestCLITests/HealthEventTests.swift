import DigestIngest
import DigestModel
import Fixtures
import Foundation
import Testing

/// AWS Health events beside the mail archive: every form teams keep them in is read, recognised by
/// content; a malformed or foreign JSON file is unreadable with its reason; an event and the mail
/// of the same event are one notice, with both sources and the union of their accounts.
struct HealthEventTests {
    static func items(_ name: String) throws -> [HealthEvents.Item] {
        let path = Fixtures.path("health/" + name)
        return HealthEvents.items(in: try Data(contentsOf: URL(fileURLWithPath: path)), label: name)
    }

    static func events(_ items: [HealthEvents.Item]) -> [Message] {
        items.compactMap { if case .event(let message) = $0 { return message } else { return nil } }
    }

    @Test func anEventBridgeEventIsReadWithItsAccountAndEntities() throws {
        let events = Self.events(try Self.items("eventbridge-abuse.json"))
        #expect(events.count == 1)
        #expect(events[0].eventTypeCode == "AWS_ABUSE_DOS_REPORT")
        #expect(events[0].text.contains("Affected account: 111122223333"))
        #expect(events[0].text.contains("Affected resources: i-0a1b2c3d4e5f60718"))
        #expect(events[0].text.contains("Event ARN: arn:aws:health:global::event/AWS_ABUSE_DOS_REPORT_7734_2026_11_09"))
    }

    @Test func thePutEventsFormWithADetailStringIsRead() throws {
        let events = Self.events(try Self.items("putevents-lifecycle.json"))
        #expect(events.count == 1)
        #expect(events[0].eventCategory == "plannedChange ACTION_REQUIRED")
        #expect(events[0].text.contains("Region: eu-west-1"))
        #expect(events[0].text.contains("orders-db (PENDING)"))
        // "Tue, 3 Nov 2026 09:00:00 GMT", spelled lastupdatedTime.
        #expect(events[0].date == ISO8601DateFormatter().date(from: "2026-11-03T09:00:00Z"))
    }

    @Test func describeEventsForOrganizationIsRead() throws {
        let events = Self.events(try Self.items("describe-events-for-organization.json"))
        #expect(
            events.map(\.eventTypeCode) == [
                "AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED", "AWS_LAMBDA_PLANNED_LIFECYCLE_EVENT",
            ])
    }

    @Test func describeEventDetailsForOrganizationIsReadAndItsFailuresSaid() throws {
        let items = try Self.items("describe-event-details-for-organization.json")
        let events = Self.events(items)
        #expect(events.count == 1)
        #expect(events[0].text.contains("Affected account: 555566667777"))
        #expect(events[0].text.contains("scheduled for retirement on December 14, 2026"))
        let problems = items.compactMap { if case .problem(let why) = $0 { return why } else { return nil } }
        #expect(
            problems == [
                "AWS Health could not describe arn:aws:health:us-east-1::event/EC2/AWS_EC2_MAINTENANCE_SCHEDULED/gone-1: The event is no longer available"
            ])
    }

    @Test func affectedEntitiesAndAccountsAreSupplementsOfTheirEvent() throws {
        for (name, accounts, resources) in [
            ("describe-affected-entities-for-organization.json", 2, 2),
            ("describe-affected-accounts-for-organization.json", 3, 0),
        ] {
            let items = try Self.items(name)
            guard case .supplement(let supplement)? = items.first, items.count == 1 else {
                Issue.record("\(name): \(items)")
                continue
            }
            #expect(
                supplement.eventArn
                    == "arn:aws:health:us-east-1::event/EC2/AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED/ret-5512")
            #expect(supplement.accounts.count == accounts)
            #expect(supplement.resources.count == resources)
        }
    }

    @Test func anEventsDetailAloneIsReadInEnglish() throws {
        let events = Self.events(try Self.items("event-detail-only.json"))
        #expect(events.count == 1)
        #expect(events[0].text.hasPrefix("A security update for your ElastiCache"))
        #expect(events[0].text.contains("Start time: 2026-12-07"))
        #expect(events[0].text.contains("session-cache-001 (PENDING)"))
    }

    @Test func describeEventDetailsIsRead() throws {
        let events = Self.events(try Self.items("describe-event-details.json"))
        #expect(events.count == 1)
        #expect(events[0].text.contains("Region: us-west-2"))
        #expect(events[0].text.hasPrefix("Standard support for Kubernetes 1.30"))
    }

    @Test func jsonLinesAreReadOneEventPerLine() throws {
        #expect(Self.events(try Self.items("backup-region-copies.jsonl")).count == 2)
    }

    @Test(arguments: [
        ("not-health.json", "JSON, but no AWS Health shape"), ("broken.json", "not JSON"),
    ])
    func aFileThatIsNoHealthShapeSaysWhy(name: String, reason: String) throws {
        let items = try Self.items(name)
        guard case .problem(let why)? = items.first, items.count == 1 else {
            Issue.record("\(items)")
            return
        }
        #expect(why.hasPrefix(reason))
    }

    /// The month of the fixtures: events in every form, one of them also mailed.
    @Test func anEventAndItsMailAreOneNoticeWithBothSourcesAndTheUnionOfAccounts() throws {
        let out = NSTemporaryDirectory() + "health-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try ExitStatusTests.run([
            "build", "--input", Fixtures.path("health"), "--month", "2026-11", "--timezone", "UTC", "--out", out,
            "--quiet",
        ])
        // Written; the foreign and broken files are listed as unreadable.
        #expect(result.status == 1, "\(result.error)")
        let json =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: out + "/2026-11/digest.json"))) as! [String: Any]
        let groups = json["groups"] as! [[String: Any]]
        let counts = json["counts"] as! [String: Any]
        func group(_ arn: String) -> [String: Any]? {
            groups.first { ($0["eventArns"] as? [String])?.contains(arn) == true }
        }
        let rds = try #require(
            group("arn:aws:health:eu-west-1::event/RDS/AWS_RDS_PLANNED_LIFECYCLE_EVENT/pg13-eol-4410"))
        #expect(rds["seenIn"] as? [String] == ["AWS Health", "mail"])
        #expect(rds["accounts"] as? [String] == ["333344445555", "888899990000"])
        #expect(rds["category"] as? String == "action-required")
        #expect((rds["title"] as? String)?.hasPrefix("[Action Required] Upgrade your Amazon RDS") == true)
        // The event, its backup-region copy and its mail are one group.
        let rdsArn = "arn:aws:health:eu-west-1::event/RDS/AWS_RDS_PLANNED_LIFECYCLE_EVENT/pg13-eol-4410"
        #expect(groups.filter { ($0["eventArns"] as? [String])?.contains(rdsArn) == true }.count == 1)
        // Affected entities and accounts listed apart joined their event.
        let retirement = try #require(
            group("arn:aws:health:us-east-1::event/EC2/AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED/ret-5512"))
        #expect(retirement["accounts"] as? [String] == ["555566667777", "666677778888", "777788889999"])
        #expect(retirement["category"] as? String == "maintenance")
        let abuse = try #require(group("arn:aws:health:global::event/AWS_ABUSE_DOS_REPORT_7734_2026_11_09"))
        #expect(abuse["category"] as? String == "abuse")
        // The event's region (a global event has none), not the region the event was delivered in.
        #expect(abuse["regions"] as? [String] == [])
        #expect(
            try #require(group("arn:aws:health:us-east-1::event/RISK/AWS_RISK_CREDENTIALS_EXPOSED/a81c3f"))["category"]
                as? String == "security-incident")
        // Every record read is counted where it ends.
        #expect(counts["joined"] as? Int == 2)
        #expect(
            counts["read"] as? Int == (counts["messages"] as! Int) + (counts["unreadable"] as! Int)
                + (counts["outside"] as! Int) + 2)
        let page = try String(contentsOfFile: out + "/2026-11/category-action-required.html", encoding: .utf8)
        #expect(page.contains("a mail and AWS Health"))
    }
}
