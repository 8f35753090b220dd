import DigestModel
import Foundation

/// The values the templates show, with property names equal to template keys, in one language.
public struct DigestView: Sendable {
    public struct CategoryRow: Sendable {
        var id: String
        var title: String
        var groups: Int
        var messages: Int
        var change: String
        var hasChange: Bool
    }

    public struct Link: Sendable {
        var url: String
    }

    public struct GroupView: Sendable {
        var id: String
        var title: String
        var category: String
        var categoryTitle: String
        var services: String
        var hasServices: Bool
        var accountCount: Int
        var accountsText: String
        var accounts: String
        var hasAccounts: Bool
        var regions: String
        var hasRegions: Bool
        var resourcesText: String
        var hasResources: Bool
        var deadline: String
        var hasDeadline: Bool
        var deadlineEvidence: String
        var hasDeadlineEvidence: Bool
        var firstReceived: String
        var lastReceived: String
        var sameDay: Bool
        var messagesText: String
        var reminders: Int
        var hasReminders: Bool
        var excerpt: String
        var hasExcerpt: Bool
        var links: [Link]
        var hasLinks: Bool
        var suspicious: Bool
        var trustReason: String
        var sender: String
        /// The provider's name, shown only when the month holds notices of more than one provider.
        var provider: String
        var hasProvider: Bool
        /// Why the notice was not understood (no rule recognised it), for the needs-attention list.
        var notUnderstood: Bool
        /// How many of the group's messages went past a reading limit.
        var truncated: Int
        var hasTruncated: Bool
    }

    public struct Section: Sendable {
        var id: String
        var title: String
        var groups: [GroupView]
        /// Notices of this category not shown (they are all in digest.json).
        var more: Int
        var hasMore: Bool
    }

    public struct DeadlineLine: Sendable {
        var date: String
        var title: String
        var services: String
        var hasServices: Bool
        var accountsText: String
        var categoryTitle: String
    }

    public struct Bucket: Sendable {
        var id: String
        var title: String
        var lines: [DeadlineLine]
        var more: Int
        var hasMore: Bool
    }

    public struct ServiceRow: Sendable {
        var id: String
        var total: Int
        var breakdown: String
    }

    public struct UnreadableRow: Sendable {
        var source: String
        var reason: String
    }

    /// At most this many notices per category, deadline bucket or list are shown; a briefing is
    /// not the archive (digest.json has everything).
    public static let shownPerCategory = 25
    /// At most this many notices are listed as needing attention now.
    public static let shownForAttention = 20
    /// At most this many services are listed.
    public static let shownServices = 20

    let language: Language
    var lang: String
    var month: String
    var period: String
    var asOf: String
    var sourcesText: String
    var messages: Int
    var groups: Int
    var accounts: Int
    var unreadable: Int
    var outside: Int
    var read: Int
    var previousMonth: String
    var hasPrevious: Bool
    var categories: [CategoryRow]
    var attention: [GroupView]
    var attentionMore: Int
    var hasAttentionMore: Bool
    var hasAttention: Bool
    /// Notices no rule recognised: filed as informational, but a person must read them.
    var notUnderstood: [GroupView]
    var notUnderstoodMore: Int
    var hasNotUnderstoodMore: Bool
    var hasNotUnderstood: Bool
    /// The providers of the month's notices, when more than one.
    var providersText: String
    var hasProviders: Bool
    var buckets: [Bucket]
    var hasDeadlines: Bool
    var sections: [Section]
    var services: [ServiceRow]
    var hasServices: Bool
    var servicesMore: Int
    var hasServicesMore: Bool
    var suspicious: [GroupView]
    var hasSuspicious: Bool
    var unreadableRows: [UnreadableRow]
    var hasUnreadable: Bool
    var reconciles: Bool
    /// Groups, for the charts the page draws.
    let allGroups: [Group]
    let asOfDay: Day

    /// Builds the view of `digest` as of `asOf` (the report date: deadlines are measured from it),
    /// with the previous month's counts per category when its digest was found.
    public init(
        _ digest: Digest, asOf: Day, language: Language = .en, previous: (month: String, groups: [Category: Int])? = nil
    ) {
        self.language = language
        lang = language.rawValue
        month = digest.month
        period = digest.period.map { "\(language.date($0.first)) – \(language.date($0.last))" } ?? "—"
        self.asOf = language.date(asOf)
        asOfDay = asOf
        sourcesText = digest.sources.joined(separator: ", ")
        messages = digest.counts.messages
        groups = digest.counts.groups
        accounts = digest.counts.accounts
        unreadable = digest.counts.unreadable
        outside = digest.counts.outside
        read = digest.counts.read
        previousMonth = previous?.month ?? ""
        hasPrevious = previous != nil
        allGroups = digest.groups

        // Positions, not copies: a million-message month has tens of thousands of groups.
        var byCategory: [Category: [Int]] = [:]
        for (index, group) in digest.groups.enumerated() { byCategory[group.category, default: []].append(index) }
        categories = Category.allCases.compactMap { category in
            let members = byCategory[category] ?? []
            let before = previous?.groups[category]
            guard !members.isEmpty || (before ?? 0) > 0 else { return nil }
            let change = language.change(members.count, previous == nil ? nil : before ?? 0)
            return CategoryRow(
                id: category.rawValue, title: language.title(category), groups: members.count,
                messages: members.reduce(0) { $0 + digest.groups[$1].messageCount }, change: change,
                hasChange: !change.isEmpty)
        }

        let soon = asOf.adding(days: 30)
        let urgent = digest.groups.filter { group in
            group.trust != .suspicious
                && (group.category == .abuse || group.category == .securityIncident
                    || (group.category == .actionRequired && group.deadline.map { $0 <= soon } == true))
        }
        let providerNames = Set(digest.groups.filter { $0.trust != .suspicious }.map(\.providerName))
        let several = providerNames.count > 1
        providersText = providerNames.sorted().joined(separator: ", ")
        hasProviders = several
        func view(_ group: Group) -> GroupView { Self.view(group, language, showProvider: several) }
        attention = urgent.prefix(Self.shownForAttention).map(view)
        attentionMore = urgent.count - attention.count
        hasAttentionMore = attentionMore > 0
        hasAttention = !attention.isEmpty
        let unclear = digest.groups.filter { $0.confidence == .low && $0.trust != .suspicious }
        notUnderstood = unclear.prefix(Self.shownForAttention).map(view)
        notUnderstoodMore = unclear.count - notUnderstood.count
        hasNotUnderstoodMore = notUnderstoodMore > 0
        hasNotUnderstood = !notUnderstood.isEmpty

        buckets = Self.buckets(digest.groups, asOf: asOf, language: language)
        hasDeadlines = !buckets.isEmpty

        sections = Category.allCases.compactMap { category in
            guard let members = byCategory[category] else { return nil }
            let shown = members.prefix(Self.shownPerCategory).map { view(digest.groups[$0]) }
            return Section(
                id: category.rawValue, title: language.title(category), groups: shown,
                more: members.count - shown.count,
                hasMore: members.count > shown.count)
        }

        let serviceRows = Self.serviceRows(digest.groups, language: language)
        services = Array(serviceRows.prefix(Self.shownServices))
        hasServices = !services.isEmpty
        servicesMore = serviceRows.count - services.count
        hasServicesMore = servicesMore > 0

        suspicious = digest.groups.filter { $0.trust == .suspicious }.prefix(Self.shownPerCategory).map(view)
        hasSuspicious = !suspicious.isEmpty
        unreadableRows = digest.unreadable.map { UnreadableRow(source: $0.source, reason: $0.reason) }
        hasUnreadable = !unreadableRows.isEmpty
        reconciles = digest.counts.reconciles
    }

    /// Deadlines of genuine notices, in four buckets relative to the report date.
    static func buckets(_ groups: [Group], asOf: Day, language: Language) -> [Bucket] {
        let dated = groups.filter { $0.deadline != nil && $0.trust != .suspicious }
            .sorted { ($0.deadline!, $0.category, $0.title) < ($1.deadline!, $1.category, $1.title) }
        let titles: [(String, String, String)] = [
            ("overdue", "Overdue", "期限切れ"), ("week", "Within 7 days", "7日以内"),
            ("month", "Within 30 days", "30日以内"), ("later", "Later", "それ以降"),
        ]
        func bucket(_ day: Day) -> Int {
            if day < asOf { return 0 }
            if day <= asOf.adding(days: 7) { return 1 }
            if day <= asOf.adding(days: 30) { return 2 }
            return 3
        }
        var lines: [[DeadlineLine]] = Array(repeating: [], count: 4)
        var totals = Array(repeating: 0, count: 4)
        for group in dated {
            let index = bucket(group.deadline!)
            totals[index] += 1
            guard lines[index].count < shownPerCategory else { continue }
            lines[index].append(
                DeadlineLine(
                    date: language.date(group.deadline!), title: group.title,
                    services: group.services.joined(separator: ", "), hasServices: !group.services.isEmpty,
                    accountsText: language.accounts(group.accounts.count), categoryTitle: language.short(group.category)
                ))
        }
        return (0..<4).compactMap { index in
            guard totals[index] > 0 else { return nil }
            let (id, en, ja) = titles[index]
            return Bucket(
                id: id, title: language == .en ? en : ja, lines: lines[index], more: totals[index] - lines[index].count,
                hasMore: totals[index] > lines[index].count)
        }
    }

    /// Services by how many notices concern them, each with its notices per category.
    static func serviceRows(_ groups: [Group], language: Language) -> [ServiceRow] {
        var counts: [String: [Category: Int]] = [:]
        for group in groups where group.trust != .suspicious {
            for service in group.services { counts[service, default: [:]][group.category, default: 0] += 1 }
        }
        return counts.map { service, byCategory in
            let breakdown = Category.allCases.compactMap { category in
                byCategory[category].map { "\(language.short(category)) \($0)" }
            }.joined(separator: " · ")
            return ServiceRow(id: service, total: byCategory.values.reduce(0, +), breakdown: breakdown)
        }.sorted { ($1.total, $0.id) < ($0.total, $1.id) }
    }

    static func view(_ group: Group, _ language: Language, showProvider: Bool = false) -> GroupView {
        let first = group.firstReceived.map { language.date(Day($0, in: utc)) } ?? "—"
        let last = group.lastReceived.map { language.date(Day($0, in: utc)) } ?? "—"
        return GroupView(
            id: group.id, title: group.title, category: group.category.rawValue,
            categoryTitle: language.title(group.category), services: group.services.joined(separator: ", "),
            hasServices: !group.services.isEmpty, accountCount: group.accounts.count,
            accountsText: language.accounts(group.accounts.count), accounts: group.accounts.joined(separator: ", "),
            hasAccounts: !group.accounts.isEmpty, regions: group.regions.joined(separator: ", "),
            hasRegions: !group.regions.isEmpty,
            resourcesText: language.count(group.resourceCount, "resource", "resources", ja: "リソース"),
            hasResources: group.resourceCount > 0, deadline: group.deadline.map(language.date) ?? "",
            hasDeadline: group.deadline != nil, deadlineEvidence: group.deadlineEvidence ?? "",
            hasDeadlineEvidence: group.deadlineEvidence != nil, firstReceived: first, lastReceived: last,
            sameDay: first == last, messagesText: language.messages(group.messageCount), reminders: group.reminders,
            hasReminders: group.reminders > 0, excerpt: group.excerpt, hasExcerpt: !group.excerpt.isEmpty,
            links: group.links.map { Link(url: $0) }, hasLinks: !group.links.isEmpty,
            suspicious: group.trust == .suspicious, trustReason: group.trustReason, sender: group.sender,
            provider: group.providerName, hasProvider: showProvider, notUnderstood: group.confidence == .low,
            truncated: group.truncated, hasTruncated: group.truncated > 0)
    }

    static let utc = TimeZone(identifier: "UTC")!
}
