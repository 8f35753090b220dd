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

    /// A message's digest.json record, encoded ahead of time (by the worker that classified it):
    /// the JSON object's text before and after its group id, which is known only at the end.
    public struct Encoded: Sendable {
        var id: String
        var date: Double
        var bytes: [UInt8]
        var headLength: Int
        /// The message's notices.csv cells before its group id and after its page (``CSVRow``).
        var csvHead: [UInt8]
        var csvTail: [UInt8]
    }

    /// The record of `notice` for digest.json, members sorted by key; safe on any thread.
    public static func encode(_ notice: Notice) -> Encoded {
        var b: [UInt8] = []
        b.reserveCapacity(1024)
        /// `, "name" : ` (or `{"name" : ` for the first member).
        func member(_ name: StaticString) {
            b += (b.isEmpty ? "{\"" : ", \"").utf8
            name.withUTF8Buffer { b += $0 }
            b += "\" : ".utf8
        }
        member("accessKeys")
        JSONBytes.append(notice.accessKeys, to: &b)
        member("accounts")
        JSONBytes.append(notice.accounts, to: &b)
        member("actionRequired")
        b += (notice.actionRequired ? "true" : "false").utf8
        member("category")
        JSONBytes.append(notice.category.rawValue, to: &b)
        member("confidence")
        JSONBytes.append(notice.confidence.rawValue, to: &b)
        member("date")
        JSONBytes.append(notice.date, to: &b)
        member("dates")
        b.append(0x5B)
        for (index, dated) in notice.dates.enumerated() {
            b += (index == 0 ? #"{"date" : ""# : #", {"date" : ""#).utf8
            dated.date.appendDigits(to: &b)
            b += #"", "evidence" : "#.utf8
            JSONBytes.append(dated.evidence, to: &b)
            b += #", "kind" : "#.utf8
            JSONBytes.append(dated.kind.rawValue, to: &b)
            b.append(0x7D)
        }
        b.append(0x5D)
        member("deadline")
        JSONBytes.append(notice.deadline?.description, to: &b)
        member("deadlineEvidence")
        JSONBytes.append(notice.deadlineEvidence, to: &b)
        member("eventArn")
        JSONBytes.append(notice.eventArn, to: &b)
        member("evidence")
        JSONBytes.append(notice.evidence, to: &b)
        member("groupId")
        let headLength = b.count
        member("messageId")
        JSONBytes.append(notice.id, to: &b)
        member("provider")
        JSONBytes.append(notice.provider, to: &b)
        member("regions")
        JSONBytes.append(notice.regions, to: &b)
        member("reminder")
        b += (notice.reminder ? "true" : "false").utf8
        member("resources")
        JSONBytes.append(notice.resources, to: &b)
        member("rule")
        JSONBytes.append(notice.rule, to: &b)
        member("services")
        JSONBytes.append(notice.services, to: &b)
        member("source")
        JSONBytes.append(notice.source.description, to: &b)
        member("subject")
        JSONBytes.append(notice.subject, to: &b)
        member("truncated")
        b += (notice.truncated ? "true" : "false").utf8
        member("trust")
        JSONBytes.append(notice.trust.rawValue, to: &b)
        member("trustReason")
        JSONBytes.append(notice.trustReason, to: &b)
        b.append(0x7D)
        let csv = CSVRow.parts(of: notice)
        return Encoded(
            id: notice.id, date: notice.date?.timeIntervalSince1970 ?? .nan, bytes: b, headLength: headLength,
            csvHead: csv.head, csvTail: csv.tail)
    }

    /// Appends a notice's record; its group is set later with ``setGroup(_:at:)``.
    @discardableResult
    public func append(_ notice: Notice) -> Int { append(Self.encode(notice)) }

    /// Appends a record encoded with ``encode(_:)``.
    @discardableResult
    public func append(_ record: Encoded) -> Int {
        // id, the JSON's head length, the JSON, the CSV's two parts: each length first.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(
            record.bytes.count + record.id.utf8.count + record.csvHead.count + record.csvTail.count + 20)
        Self.put(record.id.utf8Bytes, &bytes)
        withUnsafeBytes(of: UInt32(record.headLength).littleEndian) { bytes += $0 }
        Self.put(record.bytes, &bytes)
        Self.put(record.csvHead, &bytes)
        Self.put(record.csvTail, &bytes)
        entries.append(
            Entry(
                position: written + pending.count, length: Int32(bytes.count), group: -1, date: record.date,
                idHash: StableHash.value(record.id)))
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

    /// Every group's entries, found in one pass over the log (a counting sort by group): for
    /// writing every group's ids. Four bytes an entry.
    public struct Members {
        let starts: [String: Int]
        let order: [Int32]

        /// The entries of group `groupId`, in log order.
        public func entries(of groupId: String) -> ArraySlice<Int32> {
            guard let start = starts[groupId] else { return [] }
            var end = start
            while end < order.count, order[end] >= 0 { end += 1 }
            return order[start..<end]
        }
    }

    public func members() -> Members {
        // Group g's entries stand at offsets[g] ..< offsets[g + 1] - 1, then a -1 that ends them.
        var offsets = [Int](repeating: 0, count: groupIds.count + 1)
        for entry in entries where entry.group >= 0 { offsets[Int(entry.group) + 1] += 1 }
        for g in groupIds.indices { offsets[g + 1] += offsets[g] + 1 }
        var order = [Int32](repeating: -1, count: offsets.last ?? 0)
        var next = offsets
        for (index, entry) in entries.enumerated() where entry.group >= 0 {
            order[next[Int(entry.group)]] = Int32(index)
            next[Int(entry.group)] += 1
        }
        var starts: [String: Int] = [:]
        starts.reserveCapacity(groupIds.count)
        for (g, id) in groupIds.enumerated() { starts[id] = offsets[g] }
        return Members(starts: starts, order: order)
    }

    /// The message id of entry `index` (the first field of its record): one read of the record's
    /// first bytes, a second only for an unusually long id.
    public func messageId(at index: Int) -> String {
        flush()
        let entry = entries[index]
        let head = read(at: entry.position, count: min(Int(entry.length), 160))
        guard head.count >= 4 else { return "" }
        let count = Self.length(head, at: 0)
        if 4 + count <= head.count { return String(decoding: head[4..<(4 + count)], as: UTF8.self) }
        return String(decoding: read(at: entry.position + 4, count: count), as: UTF8.self)
    }

    /// The parts of a stored entry: the JSON's head length, the JSON, the CSV's two parts.
    private struct Parts {
        var headLength: Int
        var json: Range<Int>
        var csvHead: Range<Int>
        var csvTail: Range<Int>
    }

    private static func parts(_ bytes: [UInt8]) -> Parts? {
        func field(at offset: Int) -> Range<Int>? {
            guard bytes.count >= offset + 4 else { return nil }
            let count = length(bytes, at: offset)
            return bytes.count >= offset + 4 + count ? (offset + 4)..<(offset + 4 + count) : nil
        }
        guard let id = field(at: 0), bytes.count >= id.upperBound + 4 else { return nil }
        let headLength = length(bytes, at: id.upperBound)
        guard let json = field(at: id.upperBound + 4), headLength <= json.count,
            let csvHead = field(at: json.upperBound), let csvTail = field(at: csvHead.upperBound)
        else { return nil }
        return Parts(headLength: headLength, json: json, csvHead: csvHead, csvTail: csvTail)
    }

    /// The group id of entry `index` ("" before it has one).
    private func groupId(at index: Int) -> String {
        let group = entries[index].group
        return group >= 0 ? groupIds[Int(group)] : ""
    }

    /// The JSON object of entry `index` for digest.json, its group id filled in.
    public func json(at index: Int) -> [UInt8] {
        let bytes = stored(at: index)
        guard let parts = Self.parts(bytes) else { return [] }
        let split = parts.json.lowerBound + parts.headLength
        var json: [UInt8] = []
        json.reserveCapacity(parts.json.count + 24)
        json += bytes[parts.json.lowerBound..<split]
        JSONBytes.append(groupId(at: index), to: &json)
        json += bytes[split..<parts.json.upperBound]
        return json
    }

    /// Entry `index`'s row of notices.csv: `month`, its cells, its group id and `page(groupId)`
    /// between them.
    public func csvRow(at index: Int, month: String, page: (String) -> String, to buffer: inout [UInt8]) {
        let bytes = stored(at: index)
        guard let parts = Self.parts(bytes) else { return }
        let group = groupId(at: index)
        CSVRow.append([month], to: &buffer)
        buffer += bytes[parts.csvHead]
        CSVRow.append([group, page(group)], to: &buffer, separatorFirst: true)
        buffer += bytes[parts.csvTail]
    }

    /// The full record of entry `index`, read back from its JSON.
    public func record(at index: Int) -> MessageRecord {
        do {
            return try decoder.decode(MessageRecord.self, from: Data(json(at: index)))
        } catch {
            preconditionFailure("message log entry \(index) does not read back: \(error)")
        }
    }

    /// Entry `index`'s stored bytes, through a window of the file: records are mostly asked for in
    /// the order they were written, so most come from memory rather than one read each.
    private func stored(at index: Int) -> [UInt8] {
        flush()
        let entry = entries[index]
        let end = entry.position + Int(entry.length)
        if entry.position < windowStart || end > windowStart + window.count {
            // Read ahead only when reading runs on from the window (records in file order);
            // records asked for out of order cost one read each, as without a window.
            let runsOn = entry.position >= windowStart && entry.position <= windowStart + window.count
            windowStart = entry.position
            window = read(
                at: entry.position, count: runsOn ? max(Int(entry.length), Self.windowBytes) : Int(entry.length))
        }
        return Array(window[(entry.position - windowStart)..<min(end - windowStart, window.count)])
    }

    /// One decoder for every record read back (making one per record cost more than decoding).
    private lazy var decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    private static let windowBytes = 1 << 20
    private var window: [UInt8] = []
    private var windowStart = 0

    /// Up to `count` bytes of the file at `position` (fewer at its end).
    private func read(at position: Int, count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = bytes.withUnsafeMutableBytes {
                pread(fd, $0.baseAddress! + done, $0.count - done, off_t(position + done))
            }
            if n <= 0 { break }
            done += n
        }
        if done < count { bytes.removeLast(count - done) }
        return bytes
    }

    private static func length(_ bytes: [UInt8], at offset: Int) -> Int {
        Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
    }

    /// Entry numbers ordered by date (undated last), then by message id's hash, then by arrival:
    /// an order that does not depend on how the archive was stored (mbox or Maildir).
    public func sortedIndices() -> [Int32] {
        var order = (0..<Int32(entries.count)).map { $0 }
        order.sort { a, b in
            let x = entries[Int(a)]
            let y = entries[Int(b)]
            let dx = x.date.isNaN ? Double.infinity : x.date
            let dy = y.date.isNaN ? Double.infinity : y.date
            if dx != dy { return dx < dy }
            if x.idHash != y.idHash { return x.idHash < y.idHash }
            return a < b
        }
        return order
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

    private static func put(_ field: [UInt8], _ bytes: inout [UInt8]) {
        withUnsafeBytes(of: UInt32(field.count).littleEndian) { bytes += $0 }
        bytes += field
    }
}
