import DigestModel
import Foundation

/// The values the templates show, with property names equal to template keys.
public struct DigestView: Sendable {
    public struct CategoryRow: Sendable {
        var id: String
        var title: String
        var groups: Int
        var messages: Int
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
        var regions: String
        var hasRegions: Bool
        var deadline: String
        var hasDeadline: Bool
        var deadlineEvidence: String
        var hasDeadlineEvidence: Bool
        var firstReceived: String
        var lastReceived: String
        var sameDay: Bool
        var messages: Int
        var messagesText: String
        var reminders: Int
        var hasReminders: Bool
        var excerpt: String
        var hasExcerpt: Bool
        var suspicious: Bool
        var trustReason: String
        var sender: String
    }

    public struct Section: Sendable {
        var id: String
        var title: String
        var groups: [GroupView]
        /// Notices of this category not shown (they are all in digest.json).
        var more: Int
        var hasMore: Bool
    }

    /// At most this many notices per category are shown; a briefing is not the archive.
    public static let shownPerCategory = 25
    /// At most this many notices are listed as needing attention now.
    public static let shownForAttention = 20

    public struct UnreadableRow: Sendable {
        var source: String
        var reason: String
    }

    var title: String
    var month: String
    var period: String
    var asOf: String
    var sources: [String]
    var sourcesText: String
    var messages: Int
    var groups: Int
    var accounts: Int
    var unreadable: Int
    var outside: Int
    var read: Int
    var categories: [CategoryRow]
    var attention: [GroupView]
    var attentionMore: Int
    var hasAttentionMore: Bool
    var hasAttention: Bool
    var sections: [Section]
    var suspicious: [GroupView]
    var hasSuspicious: Bool
    var unreadableRows: [UnreadableRow]
    var hasUnreadable: Bool
    var reconciles: Bool

    /// Builds the view of `digest` as of `asOf` (the report date: deadlines are measured from it).
    public init(_ digest: Digest, asOf: Day) {
        month = digest.month
        title = "Cloud notices digest — \(digest.month)"
        period = digest.period.map { "\($0.first) to \($0.last)" } ?? "all messages"
        self.asOf = asOf.description
        sources = digest.sources
        sourcesText = digest.sources.joined(separator: ", ")
        messages = digest.counts.messages
        groups = digest.counts.groups
        accounts = digest.counts.accounts
        unreadable = digest.counts.unreadable
        outside = digest.counts.outside
        read = digest.counts.read
        categories = Category.allCases.compactMap { category in
            let members = digest.groups.filter { $0.category == category }
            guard !members.isEmpty else { return nil }
            return CategoryRow(
                id: category.rawValue, title: category.title, groups: members.count,
                messages: members.reduce(0) { $0 + $1.messageCount })
        }
        let soon = asOf.adding(days: 30)
        let urgent = digest.groups.filter { group in
            group.trust != .suspicious
                && (group.category == .abuse || group.category == .securityIncident
                    || (group.category == .actionRequired && group.deadline.map { $0 <= soon } == true))
        }
        attention = urgent.prefix(Self.shownForAttention).map(Self.view)
        attentionMore = urgent.count - attention.count
        hasAttentionMore = attentionMore > 0
        hasAttention = !attention.isEmpty
        var byCategory: [Category: [Group]] = [:]
        for group in digest.groups { byCategory[group.category, default: []].append(group) }
        sections = Category.allCases.compactMap { category in
            guard let members = byCategory[category] else { return nil }
            let shown = members.prefix(Self.shownPerCategory).map(Self.view)
            return Section(
                id: category.rawValue, title: category.title, groups: shown, more: members.count - shown.count,
                hasMore: members.count > shown.count)
        }
        suspicious = digest.groups.filter { $0.trust == .suspicious }.prefix(Self.shownPerCategory).map(Self.view)
        hasSuspicious = !suspicious.isEmpty
        unreadableRows = digest.unreadable.map { UnreadableRow(source: $0.source, reason: $0.reason) }
        hasUnreadable = !unreadableRows.isEmpty
        reconciles = digest.counts.read == digest.counts.messages + digest.counts.unreadable + digest.counts.outside
    }

    static func view(_ group: Group) -> GroupView {
        let first = group.firstReceived.map(Self.dayText) ?? "unknown"
        let last = group.lastReceived.map(Self.dayText) ?? "unknown"
        return GroupView(
            id: group.id, title: group.title, category: group.category.rawValue, categoryTitle: group.category.title,
            services: group.services.joined(separator: ", "), hasServices: !group.services.isEmpty,
            accountCount: group.accounts.count,
            accountsText: group.accounts.count == 1 ? "1 account" : "\(group.accounts.count) accounts",
            accounts: group.accounts.joined(separator: ", "),
            regions: group.regions.joined(separator: ", "), hasRegions: !group.regions.isEmpty,
            deadline: group.deadline?.description ?? "", hasDeadline: group.deadline != nil,
            deadlineEvidence: group.deadlineEvidence ?? "", hasDeadlineEvidence: group.deadlineEvidence != nil,
            firstReceived: first, lastReceived: last, sameDay: first == last,
            messages: group.messageCount,
            messagesText: group.messageCount == 1 ? "1 message" : "\(group.messageCount) messages",
            reminders: group.reminders, hasReminders: group.reminders > 0,
            excerpt: group.excerpt, hasExcerpt: !group.excerpt.isEmpty,
            suspicious: group.trust == .suspicious, trustReason: group.trustReason, sender: group.sender)
    }

    static func dayText(_ date: Date) -> String { Day(date, in: TimeZone(identifier: "UTC")!).description }
}
