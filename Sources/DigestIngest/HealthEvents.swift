import DigestModel
import Foundation

/// AWS Health events kept as JSON or JSON lines, in every form teams keep them, recognised by
/// content: the AWS CLI's `describe-events`, `describe-event-details`, `describe-affected-entities`
/// and their `…-for-organization` forms (`describe-affected-accounts-for-organization` too, when it
/// carries the event's ARN), EventBridge events (`source: aws.health`, detail-type "AWS Health
/// Event" or "AWS Health Abuse Event"), the PutEvents form whose `Detail` is a JSON string, and an
/// event's `detail` alone. Each event becomes a ``Message`` the classifier reads like a mail (its
/// type code and category set); affected entities and accounts listed apart are a
/// ``HealthSupplement`` joined to their event's notice. A file that is JSON but no Health shape is
/// unreadable with that reason.
public enum HealthEvents {
    /// The largest JSON file read (it is read whole).
    public static let largestFile = 256 << 20

    /// What one JSON file holds.
    public enum Item: Sendable {
        case event(Message)
        case supplement(HealthSupplement)
        case problem(String)
    }

    /// Reads `data` (one JSON value, or JSON lines) from the file labelled `label`.
    public static func items(in data: Data, label: String) -> [Item] {
        let values: [Any]
        if let whole = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) {
            values = [whole]
        } else {
            // JSON lines: one value per line.
            var lines: [Any] = []
            for (number, line) in data.split(separator: 0x0A).enumerated()
            where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) {
                guard let value = try? JSONSerialization.jsonObject(with: Data(line)) else {
                    return [.problem("not JSON (nor JSON lines: line \(number + 1) is not a JSON value)")]
                }
                lines.append(value)
            }
            values = lines
        }
        var ordinal = 0
        return values.flatMap { items(from: $0, label: label, ordinal: &ordinal, envelope: [:]) }
    }

    static let shapeProblem =
        "JSON, but no AWS Health shape: expected describe-events, describe-event-details, describe-affected-entities or describe-affected-accounts-for-organization output, or an EventBridge aws.health event"

    static func items(from value: Any, label: String, ordinal: inout Int, envelope: [String: Any]) -> [Item] {
        if let list = value as? [Any] {
            return list.flatMap { items(from: $0, label: label, ordinal: &ordinal, envelope: envelope) }
        }
        guard let object = value as? [String: Any] else { return [.problem(shapeProblem)] }
        // describe-event-details(-for-organization)
        if let successful = object["successfulSet"] as? [Any] {
            var found: [Item] = []
            for entry in successful {
                guard let entry = entry as? [String: Any], let event = entry["event"] as? [String: Any] else {
                    found.append(.problem("a successfulSet entry without its event"))
                    continue
                }
                var merged = event
                merged["eventDescription"] = entry["eventDescription"]
                if let account = entry["awsAccountId"] { merged["affectedAccount"] = account }
                ordinal += 1
                found.append(Self.event(merged, label: label, ordinal: ordinal))
            }
            for failure in object["failedSet"] as? [Any] ?? [] {
                let entry = failure as? [String: Any]
                let arn = entry?["eventArn"] as? String ?? "an event"
                let why = entry?["errorMessage"] as? String ?? "no reason given"
                found.append(.problem("AWS Health could not describe \(arn): \(why)"))
            }
            return found
        }
        // describe-events(-for-organization)
        if let events = object["events"] as? [Any] {
            return events.flatMap { items(from: $0, label: label, ordinal: &ordinal, envelope: envelope) }
        }
        // describe-affected-entities(-for-organization)
        if let entities = object["entities"] as? [Any] {
            var byEvent: [String: HealthSupplement] = [:]
            for case let entity as [String: Any] in entities {
                guard let arn = entity["eventArn"] as? String else { continue }
                var supplement = byEvent[arn] ?? HealthSupplement(eventArn: arn, source: label)
                if let account = entity["awsAccountId"] as? String { supplement.accounts.append(account) }
                if let value = entity["entityValue"] as? String { supplement.resources.append(value) }
                byEvent[arn] = supplement
            }
            guard !byEvent.isEmpty else { return [.problem("affected entities that name no event (no eventArn)")] }
            return byEvent.keys.sorted().map { .supplement(byEvent[$0]!) }
        }
        // describe-affected-accounts-for-organization, with the event it was asked about.
        if let accounts = object["affectedAccounts"] as? [Any] {
            guard let arn = object["eventArn"] as? String else {
                return [
                    .problem(
                        "describe-affected-accounts-for-organization output names no event: add the eventArn it was asked for"
                    )
                ]
            }
            return [
                .supplement(
                    HealthSupplement(eventArn: arn, source: label, accounts: accounts.compactMap { $0 as? String }))
            ]
        }
        // EventBridge (source, detail-type, detail) and PutEvents (Source, DetailType, Detail as a string).
        let detailType = (object["detail-type"] ?? object["DetailType"]) as? String
        let source = (object["source"] ?? object["Source"]) as? String
        if let detailValue = object["detail"] ?? object["Detail"], detailType != nil || source != nil {
            guard source == "aws.health" || (detailType ?? "").hasPrefix("AWS Health") else {
                return [.problem("an EventBridge event from \(source ?? "an unknown source"), not from aws.health")]
            }
            var detail = detailValue as? [String: Any]
            if let text = detailValue as? String, let data = text.data(using: .utf8) {
                detail = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
            }
            guard var detail else { return [.problem("an aws.health event whose detail is not a JSON object")] }
            if detail["affectedAccount"] == nil, let account = object["account"] { detail["affectedAccount"] = account }
            if detail["eventRegion"] == nil, detail["region"] == nil,
                let arn = detail["eventArn"] as? String, let region = Self.region(ofArn: arn)
            {
                detail["eventRegion"] = region
            }
            ordinal += 1
            return [event(detail, label: label, ordinal: ordinal, time: (object["time"] ?? object["Time"]) as? String)]
        }
        // One event: the detail alone, or a describe-events entry.
        if object["eventTypeCode"] != nil, object["eventArn"] != nil || object["arn"] != nil {
            ordinal += 1
            return [event(object, label: label, ordinal: ordinal)]
        }
        return [.problem(shapeProblem)]
    }

    /// The region in an event ARN (`arn:aws:health:us-east-1::event/…`), unless global.
    static func region(ofArn arn: String) -> String? {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count > 3, !parts[3].isEmpty, parts[3] != "global" else { return nil }
        return String(parts[3])
    }

    /// One event as a message: its description as the text, with the facts the extractors read
    /// (event ARN, region, accounts, resources, start time) as lines after it.
    static func event(_ e: [String: Any], label: String, ordinal: Int, time: String? = nil) -> Item {
        func text(_ key: String) -> String? {
            switch e[key] {
            case let value as String: return value.isEmpty ? nil : value
            case let value as NSNumber: return value.stringValue
            default: return nil
            }
        }
        guard let arn = text("eventArn") ?? text("arn"), let type = text("eventTypeCode") else {
            return .problem("an AWS Health event without eventArn or eventTypeCode")
        }
        var description = ""
        if let list = e["eventDescription"] as? [Any] {
            let entries = list.compactMap { $0 as? [String: Any] }
            let english = entries.first { ($0["language"] as? String)?.hasPrefix("en") == true } ?? entries.first
            description = english?["latestDescription"] as? String ?? ""
        } else if let single = e["eventDescription"] as? [String: Any] {
            description = single["latestDescription"] as? String ?? ""
        }
        let category = text("eventTypeCategory") ?? ""
        let actionability = text("actionability") ?? ""
        let region = text("eventRegion") ?? text("region")
        var accounts: [String] = []
        if let account = text("affectedAccount") { accounts.append(account) }
        var entities: [String] = []
        for case let entity as [String: Any] in e["affectedEntities"] as? [Any] ?? [] {
            guard let value = entity["entityValue"] as? String else { continue }
            let status = (entity["status"] ?? entity["statusCode"]) as? String
            entities.append(status.map { "\(value) (\($0))" } ?? value)
        }
        var lines = [description.trimmingCharacters(in: .whitespacesAndNewlines), ""]
        if let region { lines.append("Region: \(region)") }
        if !accounts.isEmpty { lines.append("Affected account: " + accounts.joined(separator: ", ")) }
        if !entities.isEmpty { lines.append("Affected resources: " + entities.joined(separator: ", ")) }
        if let start = text("startTime").flatMap(Self.date) {
            // A scheduled change happens at its start: a date merely mentioned, worth less than a cue.
            lines.append("Start time: " + Self.day(start))
        }
        lines.append("Event ARN: \(arn)")
        let sent = (text("lastUpdatedTime") ?? text("lastupdatedTime") ?? time ?? text("startTime")).flatMap(Self.date)
        let communication = text("communicationId") ?? ""
        var message = Message(
            messageID: "health:\(arn)|\(communication)|\(accounts.first ?? "")", date: sent,
            from: Address(name: "AWS Health", address: "health@aws.amazon.com"),
            subject: "[AWS Health] " + Self.title(type, service: text("service")), text: lines.joined(separator: "\n"),
            source: SourceLocation(path: label, ordinal: ordinal))
        message.eventTypeCode = type
        message.eventCategory = [category, actionability].filter { !$0.isEmpty }.joined(separator: " ")
        return .event(message)
    }

    /// "AWS_EKS_PLANNED_LIFECYCLE_EVENT" → "EKS planned lifecycle event".
    static func title(_ type: String, service: String?) -> String {
        var words = type.split(separator: "_").map(String.init)
        if words.first == "AWS" { words.removeFirst() }
        guard var first = words.first else { return type }
        // Short codes (EC2, EKS, RDS) read as they are; longer ones as a name (Lambda, Elasticache).
        if first.count > 3 && !first.contains(where: \.isNumber) {
            first = first.prefix(1) + first.dropFirst().lowercased()
        }
        let rest = words.dropFirst().map { $0.lowercased() }
        return ([first] + rest).joined(separator: " ")
    }

    static func day(_ date: Date) -> String {
        Day(date, in: TimeZone(identifier: "UTC")!).description
    }

    /// ISO 8601 (with or without fractions), "Wed, 15 Feb 2023 22:07:07 GMT", or seconds since 1970.
    static func date(_ text: String) -> Date? {
        if let seconds = Double(text) { return Date(timeIntervalSince1970: seconds) }
        if let date = try? Date(text, strategy: .iso8601) { return date }
        let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        if let date = try? fractional.parse(text) { return date }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "yyyy-MM-dd HH:mm:ss"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}
