/// The month's numbers, computed once from the digest: the page's headline and summary, its charts,
/// the Markdown, the site index and digest.json all show these, so they cannot disagree. Notices
/// from suspicious senders are counted on their own line only, never in a category.
public struct Summary: Sendable, Hashable {
    public struct Tally: Sendable, Hashable {
        public var groups = 0
        public var messages = 0

        public init(groups: Int = 0, messages: Int = 0) {
            self.groups = groups
            self.messages = messages
        }
    }

    /// Where a deadline falls relative to the report date.
    public enum Due: String, Sendable, CaseIterable, Comparable {
        case overdue
        case week
        case month
        case later

        public static func < (lhs: Due, rhs: Due) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// The report date deadlines are measured from.
    public var asOf: Day
    /// Genuine notices (not from suspicious senders) per category.
    public var byCategory: [Category: Tally] = [:]
    /// Notices from senders that claim to be a provider and are not.
    public var suspicious = Tally()
    /// Genuine abuse reports and security incidents, and how many of them have a date already past.
    public var critical = 0
    public var criticalPast = 0
    /// Genuine notices with a deadline, by where it falls.
    public var due: [Due: Int] = [:]
    /// Accounts named by the notices that need someone: critical, or with a deadline overdue or within
    /// 30 days.
    public var accountsAffected = 0
    /// Genuine notices no rule recognised.
    public var notUnderstood = 0

    public init(_ digest: Digest, asOf: Day) {
        self.asOf = asOf
        var affected = Set<String>()
        for group in digest.groups {
            guard group.trust != .suspicious else {
                suspicious.groups += 1
                suspicious.messages += group.messageCount
                continue
            }
            byCategory[group.category, default: Tally()].groups += 1
            byCategory[group.category, default: Tally()].messages += group.messageCount
            let due = group.deadline.map { Self.due($0, asOf: asOf) }
            if let due { self.due[due, default: 0] += 1 }
            if group.category.isCritical {
                critical += 1
                if due == .overdue { criticalPast += 1 }
            }
            if group.confidence == .low || group.guessed { notUnderstood += 1 }
            if Self.needsSomeone(group, asOf: asOf) { affected.formUnion(group.accounts) }
        }
        accountsAffected = affected.count
    }

    /// Where `deadline` falls for a report dated `asOf`: before it, within 7 days, within 30, later.
    public static func due(_ deadline: Day, asOf: Day) -> Due {
        if deadline < asOf { return .overdue }
        if deadline <= asOf.adding(days: 7) { return .week }
        if deadline <= asOf.adding(days: 30) { return .month }
        return .later
    }

    /// Whether a genuine group asks for someone this month: critical, or due within 30 days or overdue.
    public static func needsSomeone(_ group: Group, asOf: Day) -> Bool {
        guard group.trust != .suspicious else { return false }
        if group.category.isCritical { return true }
        guard let deadline = group.deadline else { return false }
        return due(deadline, asOf: asOf) != .later
    }

    public func tally(_ category: Category) -> Tally { byCategory[category] ?? Tally() }
    public func count(_ due: Due) -> Int { self.due[due] ?? 0 }
    /// Genuine notices, all categories.
    public var genuine: Tally {
        byCategory.values.reduce(into: Tally()) {
            $0.groups += $1.groups
            $0.messages += $1.messages
        }
    }
}

extension Category {
    /// Abuse reports and security incidents: someone must act on them whatever their date.
    public var isCritical: Bool { self == .abuse || self == .securityIncident }
}
