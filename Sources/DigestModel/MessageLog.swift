import Foundation

/// What digest.json keeps of every message, stored compactly: strings that repeat (subjects,
/// paths, rule ids, reasons, account and region lists) are kept once and referred to by number,
/// so a million messages fit in a couple of hundred megabytes.
public struct MessageLog: Sendable {
    struct Entry: Sendable {
        var messageId: String
        var offset: Int
        var date: Double
        var source: Int32
        var ordinal: Int32
        var subject: Int32
        var group: Int32
        var rule: Int32
        var trustReason: Int32
        var accounts: Int32
        var regions: Int32
        var services: Int32
        var deadline: Int32
        var category: UInt8
        var trust: UInt8
        var actionRequired: Bool
        var reminder: Bool
    }

    private var entries: [Entry] = []
    private var strings = Interner()
    private var lists = Interner()
    private static let listSeparator = "\u{1F}"
    private static let noDeadline = Int32.min

    public init() {}

    public var count: Int { entries.count }

    /// Appends a notice's record; its group is set later with ``setGroup(_:at:)``.
    @discardableResult
    public mutating func append(_ notice: Notice) -> Int {
        entries.append(
            Entry(
                messageId: notice.id, offset: notice.source.offset,
                date: notice.date?.timeIntervalSince1970 ?? .nan,
                source: strings.id(notice.source.path), ordinal: Int32(notice.source.ordinal ?? 0),
                subject: strings.id(notice.subject), group: -1, rule: strings.id(notice.rule),
                trustReason: strings.id(notice.trustReason),
                accounts: lists.id(notice.accounts.joined(separator: Self.listSeparator)),
                regions: lists.id(notice.regions.joined(separator: Self.listSeparator)),
                services: lists.id(notice.services.joined(separator: Self.listSeparator)),
                deadline: notice.deadline.map { Int32($0.ordinal) } ?? Self.noDeadline,
                category: UInt8(notice.category.severity), trust: Self.trustCode(notice.trust),
                actionRequired: notice.actionRequired, reminder: notice.reminder))
        return entries.count - 1
    }

    public mutating func setGroup(_ groupId: String, at index: Int) {
        entries[index].group = strings.id(groupId)
    }

    /// The full record of entry `index`.
    public func record(at index: Int) -> MessageRecord {
        let e = entries[index]
        let source = SourceLocation(
            path: strings.value(e.source), offset: e.offset, ordinal: e.offset < 0 ? Int(e.ordinal) : nil)
        return MessageRecord(
            messageId: e.messageId, source: source.description,
            date: e.date.isNaN ? nil : Date(timeIntervalSince1970: e.date), subject: strings.value(e.subject),
            groupId: e.group >= 0 ? strings.value(e.group) : "", category: Category.allCases[Int(e.category)],
            rule: strings.value(e.rule), services: list(e.services),
            deadline: e.deadline == Self.noDeadline ? nil : Day(ordinal: Int(e.deadline)),
            actionRequired: e.actionRequired, reminder: e.reminder, accounts: list(e.accounts),
            regions: list(e.regions), trust: Self.trust(e.trust), trustReason: strings.value(e.trustReason))
    }

    /// Entry numbers ordered by date (undated last), then message id, then source: an order that does
    /// not depend on how the archive was stored (mbox or Maildir) or read.
    public func sortedIndices() -> [Int] {
        entries.indices.sorted { a, b in
            let x = entries[a]
            let y = entries[b]
            let dx = x.date.isNaN ? Double.infinity : x.date
            let dy = y.date.isNaN ? Double.infinity : y.date
            if dx != dy { return dx < dy }
            if x.messageId != y.messageId { return x.messageId < y.messageId }
            return (strings.value(x.source), x.offset) < (strings.value(y.source), y.offset)
        }
    }

    private func list(_ id: Int32) -> [String] {
        let joined = lists.value(id)
        return joined.isEmpty ? [] : joined.components(separatedBy: Self.listSeparator)
    }

    private static func trustCode(_ trust: Trust) -> UInt8 {
        switch trust {
        case .verified: return 0
        case .unverified: return 1
        case .suspicious: return 2
        }
    }

    private static func trust(_ code: UInt8) -> Trust { [.verified, .unverified, .suspicious][Int(code)] }
}

/// Each distinct string once, by number.
struct Interner: Sendable {
    private var ids: [String: Int32] = [:]
    private var values: [String] = []

    mutating func id(_ value: String) -> Int32 {
        if let id = ids[value] { return id }
        let id = Int32(values.count)
        values.append(value)
        ids[value] = id
        return id
    }

    func value(_ id: Int32) -> String { values[Int(id)] }
}
