import DigestModel
import Foundation

/// Folds classified notices into groups, one per distinct notice, and keeps the counts that
/// reconcile: every message read is grouped, unreadable, or outside the month.
///
/// Notices with the same group key are clustered as they arrive by how much of their bodies'
/// skeletons they share with each cluster's first member, so only one accumulator per distinct
/// notice is kept, not one per message; the order of arrival is the input order, so the result is
/// the same whatever the number of workers. Per group only what the digest shows is kept; per
/// message only the fields of digest.json.
public struct Aggregator {
    /// The month to digest, or nil to take every message.
    public let month: Month?
    /// The zone in which a message's date decides its month.
    public let timeZone: TimeZone
    /// Two bodies under one key are one notice when their sketches estimate at least this Jaccard similarity.
    public static let sameNoticeSimilarity = 0.4

    /// Group keys by number, and for each key the clusters of its notices.
    private var keyIDs: [String: Int32] = [:]
    private var keys: [String] = []
    private var clusters: [[Cluster]] = []
    /// Per key, for keys with many clusters: cluster numbers by the smallest hashes of their seeds,
    /// so a notice is compared with the clusters it shares a hash with, not with all of them.
    private var seedIndex: [[UInt64: [Int]]] = []
    private static let linearLimit = 32
    private static let indexedHashes = 8
    private let log = MessageLog()
    /// For each entry of the log, its group key and cluster, to find its group at the end.
    private var entryKeys: [(key: Int32, cluster: Int32)] = []

    /// Copies of one notice under one key: the first member's skeleton, and what the group keeps.
    struct Cluster: Sendable {
        var seed: [UInt64]
        var accumulator: Accumulator
    }
    private var unreadable: [Unreadable] = []
    private var outside = 0

    public init(month: Month?, timeZone: TimeZone) {
        self.month = month
        self.timeZone = timeZone
    }

    /// Adds one message's notice: to its group, or to the outside count when dated outside the month.
    /// A message without a date cannot be placed outside any month and is kept.
    public mutating func add(_ notice: Notice, record: MessageLog.Encoded? = nil) {
        if let month, let date = notice.date, !month.contains(Day(date, in: timeZone)) {
            outside += 1
            return
        }
        let key: Int32
        if let known = keyIDs[notice.groupKey] {
            key = known
        } else {
            key = Int32(keys.count)
            keyIDs[notice.groupKey] = key
            keys.append(notice.groupKey)
            clusters.append([])
            seedIndex.append([:])
        }
        let k = Int(key)
        var index: Int?
        if clusters[k].count <= Self.linearLimit {
            index = clusters[k].firstIndex { Self.similarity($0.seed, notice.skeleton) >= Self.sameNoticeSimilarity }
        } else {
            var candidates = Set<Int>()
            for hash in notice.skeleton.prefix(Self.indexedHashes) { candidates.formUnion(seedIndex[k][hash] ?? []) }
            index = candidates.sorted().first {
                Self.similarity(clusters[k][$0].seed, notice.skeleton) >= Self.sameNoticeSimilarity
            }
        }
        if index == nil {
            clusters[k].append(Cluster(seed: notice.skeleton, accumulator: Accumulator()))
            index = clusters[k].count - 1
            for hash in notice.skeleton.prefix(Self.indexedHashes) { seedIndex[k][hash, default: []].append(index!) }
        }
        clusters[k][index!].accumulator.add(notice)
        log.append(record ?? MessageLog.encode(notice))
        entryKeys.append((key, Int32(index!)))
    }

    public mutating func add(_ item: Unreadable) {
        unreadable.append(item)
    }

    /// Affected accounts or resources of an AWS Health event, joined to its notice at the end.
    public mutating func add(_ supplement: HealthSupplement) {
        supplements.append(supplement)
    }

    private var supplements: [HealthSupplement] = []

    /// What the readers found (``Ingest/read(_:_:)``'s count), kept apart from where it ends up.
    public mutating func addFound(_ count: Int) {
        found += count
        foundGiven = true
    }

    private var found = 0
    private var foundGiven = false

    /// The group id for a key: `g-` and 12 hex digits of its stable hash, the same in every run.
    public static func groupID(_ key: String) -> String {
        "g-" + StableHash.hex(key).prefix(12)
    }

    /// The digest of everything added. The aggregator's clusters are released as their groups are
    /// built (at a million messages they are most of the memory), so it is empty afterwards.
    public mutating func digest(sources: [String]) -> Digest {
        var built: [Group] = []
        var idOf: [[String]] = []
        seedIndex = []
        keyIDs = [:]
        for index in clusters.indices {
            let list = clusters[index]
            clusters[index] = []
            let (merged, target) = Self.foldReminders(list)
            let main = merged.indices.max { a, b in
                let x = merged[a].accumulator.count
                let y = merged[b].accumulator.count
                return x != y ? x < y : a > b
            }
            let key = keys[index]
            var ids: [String] = []
            for (position, cluster) in merged.enumerated() {
                let seed = StableHash.value(cluster.seed.map(String.init).joined(separator: ","))
                ids.append(position == main ? Self.groupID(key) : Self.groupID(key + "|" + String(seed)))
                if cluster.accumulator.representative != nil {
                    built.append(cluster.accumulator.group(id: ids[position]))
                }
            }
            idOf.append(target.map { ids[$0] })
        }
        var renamed = Self.mergeTranslations(&built)
        for (from, to) in Self.joinHealthEvents(&built) {
            // A translation merged into what then joined a mail follows it there.
            for (key, value) in renamed where value == from { renamed[key] = to }
            renamed[from] = to
        }
        let (joined, orphans) = Self.join(supplements, to: &built)
        unreadable += orphans
        supplements = []
        built.sort(by: Self.order)
        var accounts = Set<String>()
        for group in built { accounts.formUnion(group.accounts) }
        for (index, entry) in entryKeys.enumerated() {
            let id = idOf[Int(entry.key)][Int(entry.cluster)]
            log.setGroup(renamed[id] ?? id, at: index)
        }
        var counts = Counts(
            messages: log.count, groups: built.count, unreadable: unreadable.count, outside: outside,
            accounts: accounts.count, read: foundGiven ? found : nil)
        counts.joined = joined
        if !foundGiven { counts.read += joined }
        return Digest(
            month: month?.description ?? "all",
            period: month.map { Period(first: $0.firstDay, last: $0.lastDay) },
            sources: sources,
            counts: counts,
            groups: built,
            log: log,
            unreadable: unreadable)
    }

    /// The same notice in two languages: AWS sends the Japanese version of a notice to accounts
    /// set to Japanese. A group whose title is mostly Japanese joins an English group of the same
    /// category, deadline, services and sender trust when their titles share their numbers
    /// (versions) and the Japanese title's Latin-letter words (product names). Without a deadline
    /// to agree on, the English group must be the only one that fits; a Japanese title without
    /// Latin words joins only when it and one English group are alone with their category,
    /// services and trust. Returns the groups and, for each merged-away group id, the id it joined.
    static func mergeTranslations(_ groups: [Group]) -> ([Group], [String: String]) {
        var result = groups
        let renamed = mergeTranslations(&result)
        return (result, renamed)
    }

    /// ``mergeTranslations(_:)`` in place: no copy of a million-message month's groups.
    static func mergeTranslations(_ groups: inout [Group]) -> [String: String] {
        func isJapanese(_ title: String) -> Bool {
            let scalars = title.unicodeScalars
            let cjk = scalars.filter { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }
                .count
            return cjk * 4 >= scalars.count
        }
        func tokens(_ title: String) -> (words: Set<String>, numbers: Set<String>) {
            var words = Set<String>()
            var numbers = Set<String>()
            var current = ""
            func flush() {
                if current.contains(where: \.isNumber) {
                    numbers.insert(current)
                } else if current.count >= 3 {
                    words.insert(current)
                }
                current = ""
            }
            for ch in title.lowercased() {
                if ch.isASCII && (ch.isLetter || ch.isNumber || ch == ".") { current.append(ch) } else { flush() }
            }
            flush()
            words.subtract(["aws", "amazon", "action", "required", "the", "for", "and"])
            // Versions (1.31, 3.10) must agree; other numbers are mostly parts of dates.
            return (words, numbers.filter { $0.contains(".") && $0.contains(where: \.isNumber) })
        }
        var renamed: [String: String] = [:]
        var removed = Set<Int>()
        // English candidates by what must agree exactly, so each Japanese group meets only a few.
        struct Key: Hashable {
            var category: DigestModel.Category
            var deadline: Day?
            var trust: Trust
        }
        let japaneseTitles = groups.map { isJapanese($0.title) }
        var english: [Key: [Int]] = [:]
        for (index, group) in groups.enumerated() where !japaneseTitles[index] && !group.services.isEmpty {
            english[Key(category: group.category, deadline: group.deadline, trust: group.trust), default: []]
                .append(index)
        }
        // Japanese groups by the same key, to tell a lone pair.
        var japaneseCount: [Key: Int] = [:]
        for (index, group) in groups.enumerated() where japaneseTitles[index] {
            japaneseCount[Key(category: group.category, deadline: group.deadline, trust: group.trust), default: 0] += 1
        }
        // Each English title is read into tokens once, however many Japanese groups meet it.
        var englishTokens: [Int: (words: Set<String>, numbers: Set<String>)] = [:]
        // By index: an iterator over the array would hold its storage, and the first change would copy it.
        for j in groups.indices where japaneseTitles[j] && !groups[j].services.isEmpty {
            let japanese = groups[j]
            let jt = tokens(japanese.title)
            let key = Key(category: japanese.category, deadline: japanese.deadline, trust: japanese.trust)
            // Services are read from each version's own words: they must overlap, not agree.
            guard
                let candidates = english[key]?.filter({
                    !Set(groups[$0].services).isDisjoint(with: japanese.services)
                })
            else { continue }
            let fitting = candidates.filter { e in
                if englishTokens[e] == nil { englishTokens[e] = tokens(groups[e].title) }
                let et = englishTokens[e]!
                return jt.numbers == et.numbers && jt.words.isSubset(of: et.words)
            }
            let match: Int?
            if jt.words.isEmpty {
                match =
                    candidates.count == 1 && english[key]?.count == 1 && japaneseCount[key] == 1
                        && jt.numbers.isEmpty ? candidates[0] : nil
            } else if japanese.deadline != nil {
                match = fitting.first
            } else {
                match = fitting.count == 1 ? fitting[0] : nil
            }
            guard let e = match, !removed.contains(e) else { continue }
            groups[e].absorb(japanese)
            let target = groups[e]
            renamed[japanese.id] = target.id
            removed.insert(j)
        }
        remove(removed, from: &groups)
        return renamed
    }

    /// Drops the groups at `removed`, keeping the others in order.
    static func remove(_ removed: Set<Int>, from groups: inout [Group]) {
        guard !removed.isEmpty else { return }
        var kept = 0
        for index in groups.indices where !removed.contains(index) {
            groups.swapAt(kept, index)
            kept += 1
        }
        groups.removeLast(groups.count - kept)
    }

    /// An AWS Health event and the mails that carry its ARN are one notice: the event's group joins
    /// the mail's (whose subject says more), which then says both sources saw it. Returns, for each
    /// merged-away group id, the id it joined.
    static func joinHealthEvents(_ groups: inout [Group]) -> [String: String] {
        var mailByArn: [String: Int] = [:]
        for (index, group) in groups.enumerated() where group.seenIn.contains(Notice.mailSource) {
            for arn in group.eventArns where mailByArn[arn] == nil { mailByArn[arn] = index }
        }
        var renamed: [String: String] = [:]
        var removed = Set<Int>()
        for index in groups.indices where groups[index].seenIn == [Notice.healthSource] {
            guard let target = groups[index].eventArns.lazy.compactMap({ mailByArn[$0] }).first,
                !removed.contains(target)
            else { continue }
            groups[target].absorb(groups[index])
            renamed[groups[index].id] = groups[target].id
            removed.insert(index)
        }
        remove(removed, from: &groups)
        return renamed
    }

    /// Affected accounts and resources listed apart from their events join the group of the event
    /// (or of a mail carrying its ARN); those whose event is in no group are unreadable, said so.
    static func join(_ supplements: [HealthSupplement], to groups: inout [Group]) -> (
        joined: Int, orphans: [Unreadable]
    ) {
        var byArn: [String: Int] = [:]
        for (index, group) in groups.enumerated() {
            for arn in group.eventArns where byArn[arn] == nil { byArn[arn] = index }
        }
        var joined = 0
        var orphans: [Unreadable] = []
        for supplement in supplements {
            guard let index = byArn[supplement.eventArn] else {
                orphans.append(
                    Unreadable(
                        source: supplement.source,
                        reason: "affected accounts or resources of \(supplement.eventArn), an event no input holds"))
                continue
            }
            var extra = groups[index]
            extra.accounts = supplement.accounts
            extra.resources = supplement.resources.sorted()
            extra.resourceCount = Set(supplement.resources).count
            extra.messageCount = 0
            extra.reminders = 0
            extra.truncated = 0
            extra.regions = []
            groups[index].absorb(extra)
            joined += 1
        }
        return (joined, orphans)
    }

    /// A reminder repeats its original in other words: a cluster of reminders only joins the first
    /// cluster that holds an original. Returns the clusters (emptied ones kept in place, without a
    /// representative) and, for each cluster, the one it ended in.
    static func foldReminders(_ list: [Cluster]) -> ([Cluster], [Int]) {
        var merged = list
        var target = Array(list.indices)
        guard let original = list.firstIndex(where: { $0.accumulator.reminders < $0.accumulator.count })
        else {
            return (merged, target)
        }
        for index in list.indices where index != original {
            let accumulator = list[index].accumulator
            guard accumulator.reminders == accumulator.count else { continue }
            merged[original].accumulator.merge(accumulator)
            merged[index].accumulator = Accumulator()
            target[index] = original
        }
        return (merged, target)
    }

    /// The Jaccard similarity of two bodies estimated from their bottom-k sketches (sorted hashes):
    /// of the k smallest hashes of both, the share that is in each (1 when both are empty).
    static func similarity(_ a: [UInt64], _ b: [UInt64]) -> Double {
        if a.isEmpty || b.isEmpty { return a.isEmpty && b.isEmpty ? 1 : 0 }
        let k = min(max(a.count, b.count), 128)
        var i = 0
        var j = 0
        var taken = 0
        var common = 0
        while taken < k && (i < a.count || j < b.count) {
            if i < a.count && j < b.count && a[i] == b[j] {
                common += 1
                i += 1
                j += 1
            } else if j >= b.count || (i < a.count && a[i] < b[j]) {
                i += 1
            } else {
                j += 1
            }
            taken += 1
        }
        return Double(common) / Double(taken)
    }

    /// Severity first, then the nearest deadline (none last), then more accounts, title and id for a stable order.
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
    /// What a group shows of the copy that describes it; nothing more of the notice is kept.
    struct Representative: Sendable {
        var id: String
        var date: Date?
        var reminder: Bool
        var subject: String
        var category: DigestModel.Category
        var deadline: Day?
        var deadlineEvidence: String?
        var trust: Trust
        var trustReason: String
        var excerpt: String
        var sender: String
        var links: [String]
        var evidence: [String]
        var provider: String
        var providerName: String

        init(_ n: Notice) {
            id = n.id
            date = n.date
            reminder = n.reminder
            subject = n.subject
            category = n.category
            deadline = n.deadline
            deadlineEvidence = n.deadlineEvidence
            trust = n.trust
            trustReason = n.trustReason
            excerpt = n.excerpt
            sender = n.from?.address ?? ""
            links = n.links
            evidence = n.evidence
            provider = n.provider
            providerName = n.providerName
        }
    }

    var representative: Representative?
    /// Account IDs as numbers (12 digits fit in 64 bits, in half the memory of strings); any other
    /// form as given.
    var accounts = Set<UInt64>()
    var otherAccounts = Set<String>()
    var regions = Set<String>()
    var services = Set<String>()
    var count = 0
    /// Hashes of the resources named, to count them; past the cap the count stops growing.
    var resources = Set<UInt64>()
    static let resourceCap = 2000
    /// The resources named, the first few in sorted order (the same whatever the order of reading).
    var resourceNames: [String] = []
    static let resourcesListed = 12
    var eventArns = Set<String>()
    var seenIn = Set<String>()
    var reminders = 0
    var truncated = 0
    /// The least sure decision among the group's messages.
    var confidence = Confidence.high
    var first: Date?
    var last: Date?

    init() {}

    mutating func merge(_ other: Accumulator) {
        if let theirs = other.representative,
            representative == nil || Self.isBetter((theirs.reminder, theirs.date, theirs.id), than: representative!)
        {
            representative = theirs
        }
        accounts.formUnion(other.accounts)
        otherAccounts.formUnion(other.otherAccounts)
        regions.formUnion(other.regions)
        services.formUnion(other.services)
        count += other.count
        if resources.count < Self.resourceCap { resources.formUnion(other.resources) }
        for name in other.resourceNames { list(resource: name) }
        if eventArns.count < 8 { eventArns.formUnion(other.eventArns) }
        seenIn.formUnion(other.seenIn)
        reminders += other.reminders
        truncated += other.truncated
        confidence = max(confidence, other.confidence)
        if let date = other.first, first == nil || date < first! { first = date }
        if let date = other.last, last == nil || date > last! { last = date }
    }

    mutating func add(_ notice: Notice) {
        if representative == nil
            || Self.isBetter((notice.reminder, notice.date, notice.id), than: representative!)
        {
            representative = Representative(notice)
        }
        for account in notice.accounts {
            if account.utf8.count == 12, let number = UInt64(account) {
                accounts.insert(number)
            } else {
                otherAccounts.insert(account)
            }
        }
        regions.formUnion(notice.regions)
        services.formUnion(notice.services)
        count += 1
        for resource in notice.resources where resources.count < Self.resourceCap {
            resources.insert(StableHash.value(resource))
        }
        for resource in notice.resources { list(resource: resource) }
        if let arn = notice.eventArn, eventArns.count < 8 { eventArns.insert(arn) }
        seenIn.insert(notice.seenIn)
        if notice.reminder { reminders += 1 }
        if notice.truncated { truncated += 1 }
        confidence = max(confidence, notice.confidence)
        if let date = notice.date {
            if first == nil || date < first! { first = date }
            if last == nil || date > last! { last = date }
        }
    }

    /// Keeps `name` if it is among the first ``resourcesListed`` names in sorted order.
    mutating func list(resource name: String) {
        guard resourceNames.count < Self.resourcesListed || name < resourceNames.last! else { return }
        let index = resourceNames.firstIndex { $0 >= name } ?? resourceNames.endIndex
        guard index == resourceNames.endIndex || resourceNames[index] != name else { return }
        resourceNames.insert(name, at: index)
        if resourceNames.count > Self.resourcesListed { resourceNames.removeLast() }
    }

    /// The copy a group is described by: an original over a reminder, then the earliest, then the smallest id.
    static func isBetter(_ a: (reminder: Bool, date: Date?, id: String), than b: Representative) -> Bool {
        if a.reminder != b.reminder { return !a.reminder }
        let da = a.date ?? .distantFuture
        let db = b.date ?? .distantFuture
        if da != db { return da < db }
        return a.id < b.id
    }

    func group(id: String) -> Group {
        let n = representative!
        var group = Group(
            id: id, category: n.category, title: Self.title(n.subject), services: services.sorted(),
            deadline: n.deadline, deadlineEvidence: n.deadlineEvidence, accounts: accountList(),
            regions: regions.sorted(), messageCount: count, trust: n.trust, trustReason: n.trustReason,
            reminders: reminders, firstReceived: first, lastReceived: last, excerpt: n.excerpt,
            sender: n.sender, resourceCount: resources.count, links: n.links)
        group.confidence = confidence
        group.truncated = truncated
        group.resources = resourceNames
        group.eventArns = eventArns.sorted()
        group.seenIn = seenIn.sorted()
        group.evidence = n.evidence
        group.provider = n.provider
        group.providerName = n.providerName
        return group
    }

    /// The account IDs, sorted: 12-digit numbers written with their leading zeros.
    func accountList() -> [String] {
        var list = accounts.sorted().map { number -> String in
            let digits = String(number)
            return String(repeating: "0", count: max(0, 12 - digits.utf8.count)) + digits
        }
        if !otherAccounts.isEmpty { list = Array(Set(list).union(otherAccounts)).sorted() }
        return list
    }

    /// The subject without the `[AWS Account: …]` suffix the newer sending format adds
    /// (`[AWS Account: 1234-5678-9012]`, `[AWS Account ID 123456789012]`, `[Account: …]`,
    /// `[アカウント: …]`, any case).
    static func title(_ subject: String) -> String {
        let b = subject.utf8Bytes
        var end = b.count
        while end > 0, b[end - 1] == 0x20 || b[end - 1] == 0x09 { end -= 1 }
        guard end > 0, b[end - 1] == 0x5D, let open = b[..<end].lastIndex(of: 0x5B) else { return subject }
        let inside = String(decoding: b[(open + 1)..<(end - 1)], as: UTF8.self).lowercased()
        // [AWS Account: …], [Account: …], [AWS アカウント: …], [アカウント: …]
        guard let prefix = ["aws account", "account", "aws アカウント", "awsアカウント", "アカウント"].first(where: inside.hasPrefix)
        else { return subject }
        var rest = inside.dropFirst(prefix.count)
        if rest.hasPrefix(" id") { rest = rest.dropFirst(3) }
        if rest.hasPrefix(":") || rest.hasPrefix("：") { rest = rest.dropFirst() }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) else { return subject }
        var start = open
        while start > 0, b[start - 1] == 0x20 || b[start - 1] == 0x09 { start -= 1 }
        return String(decoding: b[..<start], as: UTF8.self)
    }
}
