import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What digest.json keeps of every message, spilled to an unlinked temporary file as it arrives:
/// memory holds only 32 bytes a message (where its record is, its date and a hash of its id, its
/// group), so a million messages cost tens of megabytes, not a gigabyte.
///
/// Used by one thread at a time (the aggregating one); the file disappears with the log.
public final class MessageLog {
    struct Entry {
        var position: Int
        var length: Int32
        var group: Int32
        var date: Double
        var idHash: UInt64
    }

    private var entries: [Entry] = []
    private var groupIds: [String] = []
    private var groupNumbers: [String: Int32] = [:]
    private var pending: [UInt8] = []
    private var written = 0
    private let fd: Int32

    public init() {
        var template = Array((NSTemporaryDirectory() + "/notice-digest-log-XXXXXX").utf8CString)
        fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if fd >= 0 {
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        }
    }

    deinit { if fd >= 0 { close(fd) } }

    public var count: Int { entries.count }

    /// Appends a notice's record; its group is set later with ``setGroup(_:at:)``.
    @discardableResult
    public func append(_ notice: Notice) -> Int {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(512)
        Self.put(notice.id, &bytes)
        Self.put(notice.source.description, &bytes)
        Self.put(notice.subject, &bytes)
        Self.put(notice.rule, &bytes)
        Self.put(notice.trustReason, &bytes)
        Self.put(notice.deadline?.description ?? "", &bytes)
        Self.put(notice.category.rawValue, &bytes)
        Self.put(notice.trust.rawValue, &bytes)
        Self.put([notice.actionRequired ? "1" : "0", notice.reminder ? "1" : "0"].joined(), &bytes)
        for list in [notice.accounts, notice.regions, notice.services, notice.resources, notice.accessKeys] {
            Self.put(list.joined(separator: "\u{1F}"), &bytes)
        }
        Self.put(notice.deadlineEvidence ?? "\u{0}", &bytes)
        Self.put(notice.eventArn ?? "", &bytes)
        Self.put(
            notice.dates.map { [$0.date.description, $0.kind.rawValue, $0.evidence].joined(separator: "\u{1E}") }
                .joined(separator: "\u{1F}"), &bytes)
        let date = notice.date?.timeIntervalSince1970 ?? .nan
        entries.append(
            Entry(
                position: written + pending.count, length: Int32(bytes.count), group: -1, date: date,
                idHash: StableHash.value(notice.id)))
        pending += bytes
        if pending.count > 1 << 20 { flush() }
        return entries.count - 1
    }

    public func setGroup(_ groupId: String, at index: Int) {
        if let number = groupNumbers[groupId] {
            entries[index].group = number
        } else {
            let number = Int32(groupIds.count)
            groupIds.append(groupId)
            groupNumbers[groupId] = number
            entries[index].group = number
        }
    }

    /// The ids of the messages of group `groupId`, sorted.
    public func messageIds(inGroup groupId: String) -> [String] {
        guard let number = groupNumbers[groupId] else { return [] }
        return entries.indices.filter { entries[$0].group == number }.map(messageId(at:)).sorted()
    }

    /// For each group id, its entries: one pass over the log, for writing every group's ids.
    public func entriesByGroup() -> [String: [Int]] {
        var members = Array(repeating: [Int](), count: groupIds.count)
        for (index, entry) in entries.enumerated() where entry.group >= 0 { members[Int(entry.group)].append(index) }
        return Dictionary(uniqueKeysWithValues: zip(groupIds, members))
    }

    /// The message id of entry `index` (the first field of its record).
    public func messageId(at index: Int) -> String {
        flush()
        let entry = entries[index]
        var head = [UInt8](repeating: 0, count: 4)
        guard head.withUnsafeMutableBytes({ pread(fd, $0.baseAddress!, 4, off_t(entry.position)) }) == 4 else {
            return ""
        }
        let count = Int(head[0]) | Int(head[1]) << 8 | Int(head[2]) << 16 | Int(head[3]) << 24
        var bytes = [UInt8](repeating: 0, count: count)
        let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, count, off_t(entry.position + 4)) }
        return String(decoding: bytes[..<max(0, n)], as: UTF8.self)
    }

    /// The full record of entry `index`.
    public func record(at index: Int) -> MessageRecord {
        flush()
        let entry = entries[index]
        var bytes = [UInt8](repeating: 0, count: Int(entry.length))
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes {
                pread(fd, $0.baseAddress! + done, $0.count - done, off_t(entry.position + done))
            }
            if n <= 0 { break }
            done += n
        }
        var reader = Reader(bytes: bytes)
        let messageId = reader.string()
        let source = reader.string()
        let subject = reader.string()
        let rule = reader.string()
        let trustReason = reader.string()
        let deadline = Day(reader.string())
        let category = Category(rawValue: reader.string()) ?? .informational
        let trust = Trust(rawValue: reader.string()) ?? .unverified
        let flags = Array(reader.string().utf8)
        let lists = (0..<5).map { _ in reader.string() }.map { $0.isEmpty ? [] : $0.components(separatedBy: "\u{1F}") }
        let evidence = reader.string()
        let eventArn = reader.string()
        let dates = reader.string().components(separatedBy: "\u{1F}").compactMap { item -> DatedEvidence? in
            let parts = item.components(separatedBy: "\u{1E}")
            guard parts.count == 3, let day = Day(parts[0]), let kind = DatedEvidence.Kind(rawValue: parts[1]) else {
                return nil
            }
            return DatedEvidence(date: day, evidence: parts[2], kind: kind)
        }
        var record = MessageRecord(
            messageId: messageId, source: source,
            date: entry.date.isNaN ? nil : Date(timeIntervalSince1970: entry.date), subject: subject,
            groupId: entry.group >= 0 ? groupIds[Int(entry.group)] : "", category: category, rule: rule,
            services: lists[2], deadline: deadline, actionRequired: flags.first == 0x31, reminder: flags.last == 0x31,
            accounts: lists[0], regions: lists[1], trust: trust, trustReason: trustReason)
        record.resources = lists[3]
        record.accessKeys = lists[4]
        record.deadlineEvidence = evidence == "\u{0}" ? nil : evidence
        record.eventArn = eventArn.isEmpty ? nil : eventArn
        record.dates = dates
        return record
    }

    /// Entry numbers ordered by date (undated last), then by message id's hash, then by arrival:
    /// an order that does not depend on how the archive was stored (mbox or Maildir).
    public func sortedIndices() -> [Int] {
        entries.indices.sorted { a, b in
            let x = entries[a]
            let y = entries[b]
            let dx = x.date.isNaN ? Double.infinity : x.date
            let dy = y.date.isNaN ? Double.infinity : y.date
            if dx != dy { return dx < dy }
            if x.idHash != y.idHash { return x.idHash < y.idHash }
            return a < b
        }
    }

    private func flush() {
        guard !pending.isEmpty, fd >= 0 else { return }
        var done = 0
        while done < pending.count {
            let n = pending.withUnsafeBytes { write(fd, $0.baseAddress! + done, $0.count - done) }
            if n <= 0 { break }
            done += n
        }
        written += pending.count
        pending.removeAll(keepingCapacity: true)
    }

    private static func put(_ text: String, _ bytes: inout [UInt8]) {
        let count = UInt32(text.utf8.count)
        withUnsafeBytes(of: count.littleEndian) { bytes += $0 }
        bytes += text.utf8
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        mutating func string() -> String {
            guard position + 4 <= bytes.count else { return "" }
            let count = bytes[position..<(position + 4)].enumerated().reduce(0) {
                $0 | Int($1.element) << (8 * $1.offset)
            }
            position += 4
            let end = min(position + count, bytes.count)
            defer { position = end }
            return String(decoding: bytes[position..<end], as: UTF8.self)
        }
    }
}
