import DigestModel
import Foundation
import Testing

@testable import DigestRender

struct JSONShapeTests {
    static func sampleDigest() -> Digest {
        let notice = Notice(
            id: "m1@example", source: SourceLocation(path: "a.mbox", offset: 120),
            date: Date(timeIntervalSince1970: 1_793_000_000),
            subject: "S", normalizedSubject: "s", from: Address(address: "no-reply-aws@amazon.com"),
            category: .maintenance,
            rule: "maintenance", services: ["EC2"], accounts: ["123456789012"], regions: ["eu-west-1"], deadline: nil,
            trust: .verified, trustReason: "ok", groupKey: "k")
        let group = Group(
            id: "g-1", category: .maintenance, title: "S", services: ["EC2"], deadline: nil, deadlineEvidence: nil,
            accounts: ["123456789012"], regions: ["eu-west-1"], messageCount: 1, trust: .verified,
            trustReason: "ok",
            reminders: 0, firstReceived: nil, lastReceived: nil, excerpt: "", sender: "")
        let log = MessageLog()
        log.setGroup("g-1", at: log.append(notice))
        return Digest(
            month: "2026-11", period: nil, sources: ["a.mbox"],
            counts: Counts(messages: 1, groups: 1, unreadable: 1, outside: 0, accounts: 1), groups: [group],
            log: log, unreadable: [Unreadable(source: "b.eml", reason: "r")])
    }

    @Test func digestJSONHasTheSkeletonShape() throws {
        let object = try JSONSerialization.jsonObject(with: Publisher.json(Self.sampleDigest())) as! [String: Any]
        #expect(object["schemaVersion"] as? Int == Digest.currentSchemaVersion)
        #expect(object["month"] as? String == "2026-11")
        let counts = object["counts"] as! [String: Any]
        #expect(counts["messages"] as? Int == 1 && counts["groups"] as? Int == 1 && counts["unreadable"] as? Int == 1)
        let group = (object["groups"] as! [[String: Any]])[0]
        for key in ["id", "category", "title", "services", "deadline", "accounts", "regions", "messageIds"] {
            #expect(group.keys.contains(key), "group lacks \(key)")
        }
        #expect(group["deadline"] is NSNull)
        #expect(group["messageIds"] as? [String] == ["m1@example"])
        let message = (object["messages"] as! [[String: Any]])[0]
        for key in [
            "messageId", "source", "date", "subject", "groupId", "category", "services", "deadline", "actionRequired",
            "reminder", "accounts", "regions", "trust",
        ] {
            #expect(message.keys.contains(key), "message lacks \(key)")
        }
        #expect(message["source"] as? String == "a.mbox:120")
        #expect(message["date"] as? String == "2026-10-26T07:33:20Z")
        #expect(message["trust"] as? String == "verified")
        let unreadable = (object["unreadable"] as! [[String: Any]])[0]
        #expect(unreadable["source"] as? String == "b.eml" && unreadable["reason"] as? String == "r")
    }

    @Test func sameDigestGivesSameBytes() {
        #expect(Publisher.json(Self.sampleDigest()) == Publisher.json(Self.sampleDigest()))
    }

    @Test func publishingAMonthReplacesItWholeWithoutLeavingTemporaries() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("publish-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let month = out + "/2026-11"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try Publisher.publishMonth(
            [.init("a.txt", contents: Data("one".utf8)), .init("b.txt", contents: Data("x".utf8))],
            digest: Self.sampleDigest(), to: month)
        try Publisher.publishMonth([.init("a.txt", contents: Data("two".utf8))], digest: Self.sampleDigest(), to: month)
        #expect(try String(contentsOfFile: month + "/a.txt", encoding: .utf8) == "two")
        // The new month is whole and alone: nothing of the old one (b.txt), no staging folder left.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: month).sorted() == [
                "a.txt", "digest.json", "notices.csv", "summary.json",
            ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["2026-11"])
    }

    @Test func leftoversOfAKilledRunAreRemoved() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("publish-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        try FileManager.default.createDirectory(atPath: out + "/.2026-11.new-1-2", withIntermediateDirectories: true)
        try Publisher.publishMonth(
            [.init("a.txt", contents: Data("one".utf8))], digest: Self.sampleDigest(), to: out + "/2026-11")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["2026-11"])
    }

    @Test func jsonStringsEscapeQuotesBackslashesAndControlCharacters() {
        var bytes: [UInt8] = []
        JSONBytes.append("say \"hi\"\\ \n\t\r\u{1}\u{1F} 日本", to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == #""say \"hi\"\\ \n\t\r\u0001\u001f 日本""#)
        bytes = []
        JSONBytes.append(Date(timeIntervalSince1970: 1_793_000_000.9), to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == #""2026-10-26T07:33:20Z""#)
        bytes = []
        JSONBytes.append(nil as Date?, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "null")
    }
}
