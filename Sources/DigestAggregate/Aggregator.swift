import DigestModel
import Foundation

/// Folds classified notices into groups, one per distinct notice, and keeps the counts that
/// reconcile: every message read is grouped, unreadable, or outside the month.
///
/// Per group it keeps only what the digest shows; per message only the fields of digest.json.
/// The result does not depend on the order notices arrive in, only on their content.
public struct Aggregator: Sendable {
    /// The month to digest, or nil to take every message.
    public let month: Month?
    /// The zone in which a message's date decides its month.
    public let timeZone: TimeZone

    private var groups: [String: Accumulator] = [:]
    private var records: [MessageRecord] = []
    private var unreadable: [Unreadable] = []
    private var outside = 0

    public init(month: Month?, timeZone: TimeZone) {
        self.month = month
        self.timeZone = timeZone
    }

    /// Adds one message's notice: to its group, or to the outside count when dated outside the month.
    /// A message without a date cannot be placed outside any month and is kept.
    public mutating func add(_ notice: Notice) {
        if let month, let date = notice.date, !month.contains(Day(date, in: timeZone)) {
            outside += 1
            return
        }
        let id = Self.groupID(notice.groupKey)
        groups[notice.groupKey, default: Accumulator(id: id)].add(notice)
        records.append(MessageRecord(notice: notice, groupId: id))
    }

    public mutating func add(_ item: Unreadable) {
        unreadable.append(item)
    }

    /// The group id for a key: `g-` and 12 hex digits of its stable hash, the same in every run.
    public static func groupID(_ key: String) -> String {
        "g-" + StableHash.hex(key).prefix(12)
    }

    /// The digest of everything added.
    public func digest(sources: [String]) -> Digest {
        let built = groups.values.map { $0.group() }.sorted(by: Self.order)
        var accounts = Set<String>()
        for group in built { accounts.formUnion(group.accounts) }
        let counts = Counts(
            messages: records.count, groups: built.count, unreadable: unreadable.count, outside: outside,
            accounts: accounts.count)
        return Digest(
            month: month?.description ?? "all",
            period: month.map { Period(first: $0.firstDay, last: $0.lastDay) },
            sources: sources,
            counts: counts,
            groups: built,
            messages: records,
            unreadable: unreadable)
    }

    /// Severity first, then the nearest deadline (none last), then title and id for a stable order.
    static func order(_ a: Group, _ b: Group) -> Bool {
        if a.category != b.category { return a.category < b.category }
        switch (a.deadline, b.deadline) {
        case (let x?, let y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if a.accounts.count != b.accounts.count { return a.accounts.count > b.accounts.count }
        if a.title != b.title { return a.title < b.title }
        return a.id < b.id
    }
}

/// What one group keeps while notices arrive.
struct Accumulator: Sendable {
    let id: String
    var representative: Notice?
    var accounts = Set<String>()
    var regions = Set<String>()
    var services = Set<String>()
    var messageIds: [String] = []
    var reminders = 0
    var first: Date?
    var last: Date?

    init(id: String) { self.id = id }

    mutating func add(_ notice: Notice) {
        if representative == nil || Self.isBetterRepresentative(notice, than: representative!) {
            representative = notice
        }
        accounts.formUnion(notice.accounts)
        regions.formUnion(notice.regions)
        services.formUnion(notice.services)
        messageIds.append(notice.id)
        if notice.reminder { reminders += 1 }
        if let date = notice.date {
            if first == nil || date < first! { first = date }
            if last == nil || date > last! { last = date }
        }
    }

    /// The copy a group is described by: an original over a reminder, then the earliest, then the smallest id.
    static func isBetterRepresentative(_ a: Notice, than b: Notice) -> Bool {
        if a.reminder != b.reminder { return !a.reminder }
        let da = a.date ?? .distantFuture
        let db = b.date ?? .distantFuture
        if da != db { return da < db }
        return a.id < b.id
    }

    func group() -> Group {
        let n = representative!
        return Group(
            id: id, category: n.category, title: Self.title(n.subject), services: services.sorted(),
            deadline: n.deadline, deadlineEvidence: n.deadlineEvidence, accounts: accounts.sorted(),
            regions: regions.sorted(), messageIds: messageIds.sorted(), trust: n.trust, trustReason: n.trustReason,
            reminders: reminders, firstReceived: first, lastReceived: last, excerpt: n.excerpt,
            sender: n.from?.address ?? "")
    }

    /// The subject without the `[AWS Account: …]` suffix the newer sending format adds.
    static func title(_ subject: String) -> String {
        guard let range = subject.range(of: #"\s*\[AWS Account( ID)?:?\s*[\d-]+\]\s*$"#, options: [.regularExpression, .caseInsensitive])
        else { return subject }
        return String(subject[..<range.lowerBound])
    }
}
