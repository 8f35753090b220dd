import Foundation

/// One distinct notice and every copy of it: the unit a digest lists.
public struct Group: Sendable, Codable, Hashable {
    /// Stable from run to run: derived from the group key, not from order.
    public var id: String
    public var category: Category
    public var title: String
    public var services: [String]
    public var deadline: Day?
    public var deadlineEvidence: String?
    public var accounts: [String]
    public var regions: [String]
    /// How many messages the group holds (their ids are in the digest's log).
    public var messageCount: Int
    public var trust: Trust
    public var trustReason: String
    public var reminders: Int
    public var firstReceived: Date?
    public var lastReceived: Date?
    public var excerpt: String
    public var sender: String
    /// How many distinct resources the group's messages name (counted up to a cap per message).
    public var resourceCount: Int = 0
    /// The provider's documentation links the notice gives.
    public var links: [String] = []
    /// The first resources named, in sorted order (``resourceCount`` says how many there are).
    public var resources: [String] = []
    /// Where the group's notice was seen: "mail", "AWS Health", or both.
    public var seenIn: [String] = []
    /// The AWS Health event ARNs its messages carry (the first few, sorted).
    public var eventArns: [String] = []
    /// How surely the category was decided (the least sure of the group's messages).
    public var confidence: Confidence = .high
    /// The rules that held for the group's representative, deciding rule first.
    public var evidence: [String] = []
    /// Whether no rule recognised the notice and the learned model filed it (its evidence comes first).
    public var guessed: Bool { evidence.first == Group.learnedModelRule }

    /// The evidence id of a decision the learned model made where no rule decided.
    public static let learnedModelRule = "learned-model"
    /// The provider id of a sender that is none of the rules file's providers and names none of them
    /// (shown by its domain in `providerName`).
    public static let otherProvider = "other"
    /// The provider's id and name.
    public var provider: String = "aws"
    public var providerName: String = "Amazon Web Services"
    /// Messages of the group that went past a reading limit (only what came before it was read).
    public var truncated = 0

    public init(
        id: String, category: Category, title: String, services: [String], deadline: Day?, deadlineEvidence: String?,
        accounts: [String], regions: [String], messageCount: Int, trust: Trust, trustReason: String, reminders: Int,
        firstReceived: Date?, lastReceived: Date?, excerpt: String, sender: String, resourceCount: Int = 0,
        links: [String] = []
    ) {
        self.resourceCount = resourceCount
        self.links = links
        self.id = id
        self.category = category
        self.title = title
        self.services = services
        self.deadline = deadline
        self.deadlineEvidence = deadlineEvidence
        self.accounts = accounts
        self.regions = regions
        self.messageCount = messageCount
        self.trust = trust
        self.trustReason = trustReason
        self.reminders = reminders
        self.firstReceived = firstReceived
        self.lastReceived = lastReceived
        self.excerpt = excerpt
        self.sender = sender
    }
}

extension Group {
    enum CodingKeys: String, CodingKey {
        case id, category, title, services, deadline, deadlineEvidence, accounts, regions, messageCount, trust,
            trustReason, reminders, firstReceived, lastReceived, excerpt, sender, resourceCount, links, confidence,
            evidence, provider, providerName, truncated, resources, seenIn, eventArns
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), category: try c.decode(Category.self, forKey: .category),
            title: try c.decode(String.self, forKey: .title), services: try c.decode([String].self, forKey: .services),
            deadline: try c.decodeIfPresent(Day.self, forKey: .deadline),
            deadlineEvidence: try c.decodeIfPresent(String.self, forKey: .deadlineEvidence),
            accounts: try c.decode([String].self, forKey: .accounts),
            regions: try c.decode([String].self, forKey: .regions),
            messageCount: try c.decode(Int.self, forKey: .messageCount),
            trust: try c.decode(Trust.self, forKey: .trust),
            trustReason: try c.decode(String.self, forKey: .trustReason),
            reminders: try c.decode(Int.self, forKey: .reminders),
            firstReceived: try c.decodeIfPresent(Date.self, forKey: .firstReceived),
            lastReceived: try c.decodeIfPresent(Date.self, forKey: .lastReceived),
            excerpt: try c.decode(String.self, forKey: .excerpt), sender: try c.decode(String.self, forKey: .sender),
            resourceCount: try c.decodeIfPresent(Int.self, forKey: .resourceCount) ?? 0,
            links: try c.decodeIfPresent([String].self, forKey: .links) ?? [])
        // Digests written before confidence and providers existed read as sure AWS notices.
        confidence = try c.decodeIfPresent(Confidence.self, forKey: .confidence) ?? .high
        evidence = try c.decodeIfPresent([String].self, forKey: .evidence) ?? []
        provider = try c.decodeIfPresent(String.self, forKey: .provider) ?? "aws"
        providerName = try c.decodeIfPresent(String.self, forKey: .providerName) ?? "Amazon Web Services"
        truncated = try c.decodeIfPresent(Int.self, forKey: .truncated) ?? 0
        resources = try c.decodeIfPresent([String].self, forKey: .resources) ?? []
        seenIn = try c.decodeIfPresent([String].self, forKey: .seenIn) ?? []
        eventArns = try c.decodeIfPresent([String].self, forKey: .eventArns) ?? []
    }

    /// Encodes every key, absent values as `null`, so digest.json always has the same shape.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(category, forKey: .category)
        try c.encode(title, forKey: .title)
        try c.encode(services, forKey: .services)
        try c.encode(deadline, forKey: .deadline)
        try c.encode(deadlineEvidence, forKey: .deadlineEvidence)
        try c.encode(accounts, forKey: .accounts)
        try c.encode(regions, forKey: .regions)
        try c.encode(messageCount, forKey: .messageCount)
        try c.encode(trust, forKey: .trust)
        try c.encode(trustReason, forKey: .trustReason)
        try c.encode(reminders, forKey: .reminders)
        try c.encode(firstReceived, forKey: .firstReceived)
        try c.encode(lastReceived, forKey: .lastReceived)
        try c.encode(excerpt, forKey: .excerpt)
        try c.encode(sender, forKey: .sender)
        try c.encode(resourceCount, forKey: .resourceCount)
        try c.encode(links, forKey: .links)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(provider, forKey: .provider)
        try c.encode(providerName, forKey: .providerName)
        try c.encode(truncated, forKey: .truncated)
        try c.encode(resources, forKey: .resources)
        try c.encode(seenIn, forKey: .seenIn)
        try c.encode(eventArns, forKey: .eventArns)
    }
}

extension Group {
    /// Takes in another group of the same notice (a translation, the AWS Health event of a mail):
    /// its accounts, regions, resources, messages, dates and sources join this group's.
    public mutating func absorb(_ other: Group) {
        accounts = Array(Set(accounts).union(other.accounts)).sorted()
        regions = Array(Set(regions).union(other.regions)).sorted()
        messageCount += other.messageCount
        reminders += other.reminders
        let listed = Set(resources)
        resourceCount +=
            other.resources.filter { !listed.contains($0) }.count
            + max(0, other.resourceCount - other.resources.count)
        resources = Array(listed.union(other.resources)).sorted().prefix(12).map { $0 }
        seenIn = Array(Set(seenIn).union(other.seenIn)).sorted()
        eventArns = Array(Set(eventArns).union(other.eventArns)).sorted()
        truncated += other.truncated
        if let first = other.firstReceived, firstReceived.map({ first < $0 }) ?? true { firstReceived = first }
        if let last = other.lastReceived, lastReceived.map({ last > $0 }) ?? true { lastReceived = last }
    }
}

/// What digest.json keeps of each message.
public struct MessageRecord: Sendable, Codable, Hashable {
    public var messageId: String
    public var source: String
    public var date: Date?
    public var subject: String
    public var groupId: String
    public var category: Category
    public var rule: String
    public var services: [String]
    public var deadline: Day?
    public var actionRequired: Bool
    public var reminder: Bool
    public var accounts: [String]
    public var regions: [String]
    public var trust: Trust
    public var trustReason: String
    /// The sentence that gives the deadline.
    public var deadlineEvidence: String?
    /// Every date of the notice with its sentence and what its words make of it.
    public var dates: [DatedEvidence] = []
    public var resources: [String] = []
    public var eventArn: String?
    /// Access key IDs named in the notice, masked to their last four characters.
    public var accessKeys: [String] = []
    public var confidence: Confidence = .high
    /// The rules that held, deciding rule first.
    public var evidence: [String] = []
    public var provider: String = "aws"

    public init(
        messageId: String, source: String, date: Date?, subject: String, groupId: String, category: Category,
        rule: String, services: [String], deadline: Day?, actionRequired: Bool, reminder: Bool, accounts: [String],
        regions: [String], trust: Trust, trustReason: String
    ) {
        self.messageId = messageId
        self.source = source
        self.date = date
        self.subject = subject
        self.groupId = groupId
        self.category = category
        self.rule = rule
        self.services = services
        self.deadline = deadline
        self.actionRequired = actionRequired
        self.reminder = reminder
        self.accounts = accounts
        self.regions = regions
        self.trust = trust
        self.trustReason = trustReason
    }

    public init(notice: Notice, groupId: String) {
        deadlineEvidence = notice.deadlineEvidence
        dates = notice.dates
        resources = notice.resources
        eventArn = notice.eventArn
        accessKeys = notice.accessKeys
        confidence = notice.confidence
        evidence = notice.evidence
        provider = notice.provider
        messageId = notice.id
        source = notice.source.description
        date = notice.date
        subject = notice.subject
        self.groupId = groupId
        category = notice.category
        rule = notice.rule
        services = notice.services
        deadline = notice.deadline
        actionRequired = notice.actionRequired
        reminder = notice.reminder
        accounts = notice.accounts
        regions = notice.regions
        trust = notice.trust
        trustReason = notice.trustReason
    }

    enum CodingKeys: String, CodingKey {
        case messageId, source, date, subject, groupId, category, rule, services, deadline, actionRequired, reminder,
            accounts, regions, trust, trustReason, deadlineEvidence, dates, resources, eventArn, accessKeys,
            confidence, evidence, provider
    }

    /// Every field digest.json writes, those a record of an older digest may lack as empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            messageId: try c.decode(String.self, forKey: .messageId),
            source: try c.decode(String.self, forKey: .source),
            date: try c.decodeIfPresent(Date.self, forKey: .date), subject: try c.decode(String.self, forKey: .subject),
            groupId: try c.decode(String.self, forKey: .groupId),
            category: try c.decode(Category.self, forKey: .category),
            rule: try c.decode(String.self, forKey: .rule), services: try c.decode([String].self, forKey: .services),
            deadline: try c.decodeIfPresent(Day.self, forKey: .deadline),
            actionRequired: try c.decode(Bool.self, forKey: .actionRequired),
            reminder: try c.decode(Bool.self, forKey: .reminder),
            accounts: try c.decode([String].self, forKey: .accounts),
            regions: try c.decode([String].self, forKey: .regions), trust: try c.decode(Trust.self, forKey: .trust),
            trustReason: try c.decode(String.self, forKey: .trustReason))
        deadlineEvidence = try c.decodeIfPresent(String.self, forKey: .deadlineEvidence)
        dates = try c.decodeIfPresent([DatedEvidence].self, forKey: .dates) ?? []
        resources = try c.decodeIfPresent([String].self, forKey: .resources) ?? []
        eventArn = try c.decodeIfPresent(String.self, forKey: .eventArn)
        accessKeys = try c.decodeIfPresent([String].self, forKey: .accessKeys) ?? []
        confidence = try c.decodeIfPresent(Confidence.self, forKey: .confidence) ?? .high
        evidence = try c.decodeIfPresent([String].self, forKey: .evidence) ?? []
        provider = try c.decodeIfPresent(String.self, forKey: .provider) ?? "aws"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(messageId, forKey: .messageId)
        try c.encode(source, forKey: .source)
        try c.encode(date, forKey: .date)
        try c.encode(subject, forKey: .subject)
        try c.encode(groupId, forKey: .groupId)
        try c.encode(category, forKey: .category)
        try c.encode(rule, forKey: .rule)
        try c.encode(services, forKey: .services)
        try c.encode(deadline, forKey: .deadline)
        try c.encode(actionRequired, forKey: .actionRequired)
        try c.encode(reminder, forKey: .reminder)
        try c.encode(accounts, forKey: .accounts)
        try c.encode(regions, forKey: .regions)
        try c.encode(trust, forKey: .trust)
        try c.encode(trustReason, forKey: .trustReason)
        try c.encode(deadlineEvidence, forKey: .deadlineEvidence)
        try c.encode(dates, forKey: .dates)
        try c.encode(resources, forKey: .resources)
        try c.encode(eventArn, forKey: .eventArn)
        try c.encode(accessKeys, forKey: .accessKeys)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(provider, forKey: .provider)
    }
}

/// The counts that reconcile: read = grouped + unreadable + outside the month. `read` is counted
/// where messages are read (separator lines, files), not derived from the others, so the check can
/// fail.
public struct Counts: Sendable, Codable, Hashable {
    /// Messages read that were placed in a group.
    public var messages: Int
    public var groups: Int
    public var unreadable: Int
    /// Messages dated outside the digest's month, left out of the groups.
    public var outside: Int
    /// Every message and unreadable input the readers found, counted as they read.
    public var read: Int
    public var accounts: Int

    /// `read` defaults to the sum of the others (for views built by hand); the pipeline gives the
    /// count its readers took.
    public init(messages: Int, groups: Int, unreadable: Int, outside: Int, accounts: Int, read: Int? = nil) {
        self.messages = messages
        self.groups = groups
        self.unreadable = unreadable
        self.outside = outside
        self.read = read ?? messages + unreadable + outside
        self.accounts = accounts
    }

    /// AWS Health records of affected accounts or resources joined to their event's notice: read,
    /// but not messages of their own.
    public var joined = 0

    /// Whether everything read is grouped, unreadable, outside the month or joined to its event.
    public var reconciles: Bool { read == messages + unreadable + outside + joined }
}

/// The month's digest: what Aggregate hands to Render.
public struct Digest {
    /// The shape of digest.json and summary.json: 2 since counts are the summary's (genuine notices
    /// per category, suspicious senders apart) and summary.json exists.
    public var schemaVersion: Int = Digest.currentSchemaVersion
    public static let currentSchemaVersion = 2
    /// `YYYY-MM`, or `all` when every message was taken.
    public var month: String
    /// The first and last day the digest covers.
    public var period: Period?
    public var sources: [String]
    public var counts: Counts
    public var groups: [Group]
    /// Every grouped message, compactly.
    public var log: MessageLog
    public var unreadable: [Unreadable]
    /// The report date deadlines are measured from (the month's last day unless the run says
    /// otherwise).
    public var asOf: Day?

    public init(
        month: String, period: Period?, sources: [String], counts: Counts, groups: [Group], log: MessageLog,
        unreadable: [Unreadable]
    ) {
        self.month = month
        self.period = period
        self.sources = sources
        self.counts = counts
        self.groups = groups
        self.log = log
        self.unreadable = unreadable
    }

    /// The ids of a group's messages, sorted.
    public func messageIds(of group: Group) -> [String] { log.messageIds(inGroup: group.id) }

    /// Every grouped message's record, in date order (see ``MessageLog/sortedIndices()``).
    public var messages: [MessageRecord] { log.sortedIndices().map { log.record(at: Int($0)) } }
}

/// A span of days, both ends included.
public struct Period: Sendable, Codable, Hashable {
    public var first: Day
    public var last: Day

    public init(first: Day, last: Day) {
        self.first = first
        self.last = last
    }
}
