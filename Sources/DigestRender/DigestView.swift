import DigestModel
import Foundation

/// The values the templates show, with property names equal to template keys, in one language.
///
/// The month's page is a briefing: the headline numbers, the top actions, then one overview line
/// per kind of notice. Every notice's detail is on its category's page (`category-abuse.html` …),
/// under an anchor that is its group id; every list that stops links to all of it.
public struct DigestView: Sendable {
    /// One number of the headline band.
    public struct Tile: Sendable {
        var value: String
        var label: String
        var link: String
    }

    public struct CategoryRow: Sendable {
        var id: String
        var title: String
        var groups: Int
        var messages: Int
        /// The row's bar in the mail's chart, in percent of the largest.
        var bar: Int
        var change: String
        var hasChange: Bool
    }

    public struct Link: Sendable {
        var url: String
    }

    /// One line of Top actions: what to do about notices of one kind, by when, for how many accounts.
    public struct ActionLine: Sendable {
        var title: String
        var link: String
        var what: String
        var when: String
        var overdue: Bool
        var countText: String
        var accountsText: String
    }

    /// Notices of one kind in one line: how many, how many accounts, when, which services.
    public struct KindLine: Sendable {
        var id: String
        var title: String
        var link: String
        var countText: String
        var accountsText: String
        var datesText: String
        var deadlineText: String
        var hasDeadline: Bool
        var overdue: Bool
        var services: String
        var hasServices: Bool
        /// For a notice no rule recognised: the category the learned model filed it under, if it did.
        var guess: String = ""
        var hasGuess: Bool = false
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
        var resources: String
        var hasResources: Bool
        var deadline: String
        var hasDeadline: Bool
        var overdue: Bool
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
        /// Not understood, and filed under the learned model's guess (``categoryTitle``).
        var guessed: Bool
        /// How many of the group's messages went past a reading limit.
        var truncated: Int
        var hasTruncated: Bool
        /// Where the notice was seen, when AWS Health saw it ("a mail and AWS Health").
        var seenInText: String
        var hasSeenIn: Bool
    }

    /// A category on the month's page: its numbers and its kinds, the first few listed.
    public struct Section: Sendable {
        var id: String
        var title: String
        var family: String
        var startsFamily: Bool
        var countText: String
        var change: String
        var hasChange: Bool
        var link: String
        var kinds: [KindLine]
        var more: Int
        var moreText: String
        var hasMore: Bool
    }

    public struct Bucket: Sendable {
        var id: String
        var title: String
        var countText: String
        var lines: [KindLine]
        var more: Int
        var moreText: String
        var hasMore: Bool
    }

    public struct UnreadableRow: Sendable {
        var source: String
        var reason: String
    }

    /// At most this many lines are shown in one list of the month's page; the rest is one link away.
    public static let shownPerList = 8
    /// Top actions: at most ten lines.
    public static let shownActions = 10
    /// Unreadable inputs listed on the month's page before the rest goes to its own page.
    public static let shownUnreadable = 20

    let language: Language
    /// True when the Markdown is made for the HTML page (links and anchors), false for digest.md.
    var forPage = false
    /// The month's page on the intranet, for the mail (`--site-url`).
    var pageURL = ""
    var hasPageURL = false
    var lang: String
    var month: String
    var monthTitle: String
    var period: String
    var asOf: String
    var sourcesText: String
    var messages: String
    var groups: String
    var accounts: String
    var unreadable: String
    var outside: String
    var read: String
    /// AWS Health records of affected accounts or resources joined to their events.
    var joined: String
    var hasJoined: Bool
    var previousMonth: String
    var hasPrevious: Bool
    var glance: [Tile]
    var categories: [CategoryRow]
    var actions: [ActionLine]
    var hasActions: Bool
    var actionsMore: Int
    var hasActionsMore: Bool
    /// Notices no rule recognised: filed as informational, but a person must read them.
    var notUnderstood: [KindLine]
    var notUnderstoodMore: Int
    var notUnderstoodLink: String
    var hasNotUnderstoodMore: Bool
    var hasNotUnderstood: Bool
    /// The providers of the month's notices, when more than one.
    var providersText: String
    var hasProviders: Bool
    var buckets: [Bucket]
    var hasDeadlines: Bool
    var sections: [Section]
    var servicesText: String
    var hasServices: Bool
    var suspicious: [KindLine]
    var suspiciousCount: String
    var hasSuspicious: Bool
    var unreadableRows: [UnreadableRow]
    var hasUnreadable: Bool
    var unreadableMore: Int
    var hasUnreadableMore: Bool
    var reconciles: Bool
    /// Groups, for the charts and the pages of detail.
    let allGroups: [Group]
    let asOfDay: Day
    let summary: Summary
    let serviceName: @Sendable (String) -> String
    let showProvider: Bool
    let unreadableList: [Unreadable]
    /// Each group's kind (``Kind/of(_:)`` of its title), worked out once.
    let titleKinds: [(key: String, display: String)]

    /// Builds the view of `digest` as of `asOf` (the report date: deadlines are measured from it),
    /// with the previous month's counts per category when its digest was found; `serviceName` gives
    /// a service id's readable name.
    public init(
        _ digest: Digest, asOf: Day, language: Language = .en,
        previous: (month: String, groups: [Category: Int])? = nil,
        serviceName: @escaping @Sendable (String) -> String = DigestView.defaultServiceName
    ) {
        self.language = language
        self.serviceName = serviceName
        let summary = Summary(digest, asOf: asOf)
        self.summary = summary
        lang = language.rawValue
        month = digest.month
        monthTitle = language.monthTitle(digest.month)
        period = digest.period.map { "\(language.date($0.first)) – \(language.date($0.last))" } ?? "—"
        self.asOf = language.date(asOf)
        asOfDay = asOf
        // File names, not the server's paths.
        sourcesText = digest.sources.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
        messages = language.messages(digest.counts.messages)
        groups = language.notices(digest.counts.groups)
        accounts = language.accounts(digest.counts.accounts)
        unreadable = language.number(digest.counts.unreadable)
        outside = language.number(digest.counts.outside)
        read = language.number(digest.counts.read)
        joined = language.number(digest.counts.joined)
        hasJoined = digest.counts.joined > 0
        previousMonth = previous.map { language.monthTitle($0.month) } ?? ""
        hasPrevious = previous != nil
        allGroups = digest.groups
        unreadableList = digest.unreadable
        let titleKinds = digest.groups.map { Kind.of($0.title) }
        self.titleKinds = titleKinds

        let genuineGroups = digest.groups.filter { $0.trust != .suspicious }
        let providerNames = Set(genuineGroups.map(\.providerName))
        showProvider = providerNames.count > 1
        // The registry's providers by name; senders that are none of them (each shown by its domain on
        // its own notices) are counted, not listed: a month can hold dozens.
        let named = Set(genuineGroups.filter { $0.provider != Group.otherProvider }.map(\.providerName)).sorted()
        let others = Set(genuineGroups.filter { $0.provider == Group.otherProvider }.map(\.providerName)).count
        providersText = (named + (others > 0 ? [language.otherSenders(others)] : [])).joined(separator: ", ")
        hasProviders = showProvider

        categories = Category.allCases.compactMap { category in
            let tally = summary.tally(category)
            let before = previous?.groups[category]
            guard tally.groups > 0 || (before ?? 0) > 0 else { return nil }
            let change = language.change(tally.groups, previous == nil ? nil : before ?? 0)
            let largest = max(1, summary.byCategory.values.map(\.groups).max() ?? 1)
            return CategoryRow(
                id: category.rawValue, title: language.title(category), groups: tally.groups,
                messages: tally.messages, bar: max(1, tally.groups * 100 / largest), change: change,
                hasChange: !change.isEmpty)
        }
        let criticalBefore = previous.map { ($0.groups[.abuse] ?? 0) + ($0.groups[.securityIncident] ?? 0) }
        glance = Self.tiles(summary, language: language, criticalBefore: criticalBefore, previous: previousMonth)

        // Kinds: the overview's unit. Positions, not copies: a large month has thousands of groups.
        let genuine = digest.groups.indices.filter { digest.groups[$0].trust != .suspicious }
        let attention = genuine.filter { Summary.needsSomeone(digest.groups[$0], asOf: asOf) }
        let actionKinds = Self.kinds(of: attention, in: digest.groups, titleKinds)
            .sorted { Self.urgency($0, digest.groups, asOf) < Self.urgency($1, digest.groups, asOf) }
        actions = actionKinds.prefix(Self.shownActions).map {
            Self.action($0, digest.groups, asOf: asOf, language: language)
        }
        hasActions = !actions.isEmpty
        actionsMore = actionKinds.count - actions.count
        hasActionsMore = actionsMore > 0

        let unclear = genuine.filter { digest.groups[$0].confidence == .low || digest.groups[$0].guessed }
        let unclearKinds = Self.kinds(of: unclear, in: digest.groups, titleKinds)
        notUnderstood = unclearKinds.prefix(Self.shownPerList).map { kind in
            var line = Self.line(kind, digest.groups, asOf: asOf, language: language, serviceName: serviceName)
            if let guessed = kind.members.map({ digest.groups[$0] }).first(where: \.guessed) {
                line.guess = language.title(guessed.category)
                line.hasGuess = true
            }
            return line
        }
        notUnderstoodMore = unclearKinds.count - notUnderstood.count
        notUnderstoodLink = Self.page(for: .informational)
        hasNotUnderstoodMore = notUnderstoodMore > 0
        hasNotUnderstood = !notUnderstood.isEmpty

        buckets = Summary.Due.allCases.compactMap { due in
            let members = genuine.filter { digest.groups[$0].deadline.map { Summary.due($0, asOf: asOf) } == due }
            guard !members.isEmpty else { return nil }
            // By date within a bucket: the earliest first, then the most accounts.
            let kinds = Self.kinds(of: members, in: digest.groups, titleKinds).sorted {
                let (a, b) = (Self.urgency($0, digest.groups, asOf), Self.urgency($1, digest.groups, asOf))
                return (a.2, a.3, a.4) < (b.2, b.3, b.4)
            }
            let shown = kinds.prefix(Self.shownPerList).map {
                Self.line($0, digest.groups, asOf: asOf, language: language, serviceName: serviceName)
            }
            return Bucket(
                id: due.rawValue, title: language.bucketTitle(due), countText: language.notices(members.count),
                lines: shown, more: kinds.count - shown.count, moreText: language.kinds(kinds.count - shown.count),
                hasMore: kinds.count > shown.count)
        }
        hasDeadlines = !buckets.isEmpty

        var lastFamily = ""
        let changes = Dictionary(uniqueKeysWithValues: categories.map { ($0.id, $0.change) })
        sections = Category.allCases.compactMap { category in
            let members = genuine.filter { digest.groups[$0].category == category }
            guard !members.isEmpty else { return nil }
            let kinds = Self.kinds(of: members, in: digest.groups, titleKinds)
            let shown = kinds.prefix(Self.shownPerList).map {
                Self.line($0, digest.groups, asOf: asOf, language: language, serviceName: serviceName)
            }
            let family = language.family(category)
            defer { lastFamily = family }
            let tally = summary.tally(category)
            let change = changes[category.rawValue] ?? ""
            return Section(
                id: category.rawValue, title: language.title(category), family: family,
                startsFamily: family != lastFamily,
                countText: "\(language.notices(tally.groups)), \(language.messages(tally.messages))",
                change: change, hasChange: !change.isEmpty,
                link: Self.page(for: category), kinds: shown, more: kinds.count - shown.count,
                moreText: language.kinds(kinds.count - shown.count), hasMore: kinds.count > shown.count)
        }

        servicesText = Self.serviceCounts(digest.groups, serviceName: serviceName)
            .map { "\($0.name) \(language.number($0.count))" }.joined(separator: " · ")
        hasServices = !servicesText.isEmpty

        let fake = digest.groups.indices.filter { digest.groups[$0].trust == .suspicious }
        suspicious = Self.kinds(of: fake, in: digest.groups, titleKinds).map {
            var line = Self.line($0, digest.groups, asOf: asOf, language: language, serviceName: serviceName)
            line.link = Self.suspiciousPage + "#" + line.id
            return line
        }
        suspiciousCount = language.notices(fake.count)
        hasSuspicious = !fake.isEmpty
        unreadableRows = digest.unreadable.prefix(Self.shownUnreadable).map {
            UnreadableRow(source: $0.source, reason: $0.reason)
        }
        hasUnreadable = !unreadableRows.isEmpty
        unreadableMore = digest.unreadable.count - unreadableRows.count
        hasUnreadableMore = unreadableMore > 0
        reconciles = digest.counts.reconciles
    }

    /// The mail's subject: the month in one line.
    public var mailSubject: String {
        let critical = language.number(summary.critical)
        let action = language.number(summary.tally(.actionRequired).groups)
        let soon = language.number(summary.count(.week) + summary.count(.month))
        switch language {
        case .en:
            return "Cloud notices, \(monthTitle): \(critical) critical, \(action) action required, "
                + "\(soon) deadlines within 30 days"
        case .ja:
            return "クラウド通知 \(monthTitle)：重大 \(critical)件、要対応 \(action)件、30日以内の期限 \(soon)件"
        }
    }

    // MARK: - Pages and links

    static func page(for category: Category) -> String { "category-\(category.rawValue).html" }
    static let suspiciousPage = "suspicious.html"
    static let unreadablePage = "unreadable.html"

    /// Where a group's detail is: its category's page (or the suspicious senders' page), at its id.
    static func link(to group: Group) -> String {
        (group.trust == .suspicious ? suspiciousPage : page(for: group.category)) + "#" + group.id
    }

    /// A service id's name for readers: short codes that are words of their own (EC2, S3, RDS)
    /// stay; other providers' products read as their names.
    public static let defaultServiceName: @Sendable (String) -> String = { id in
        if let colon = id.firstIndex(of: ":") { return String(id[id.index(after: colon)...]) }
        return id
    }

    // MARK: - Headline

    static func tiles(_ summary: Summary, language: Language, criticalBefore: Int?, previous: String) -> [Tile] {
        let en = language == .en
        let open = summary.critical - summary.criticalPast
        var tiles = [
            Tile(
                value: language.number(summary.critical),
                label: en
                    ? "critical: abuse and incidents (\(language.number(open)) open, \(language.number(summary.criticalPast)) past their date)"
                    : "重大な通知：不正利用・インシデント（未対応 \(language.number(open))、期日超過 \(language.number(summary.criticalPast))）",
                link: "#actions"),
            Tile(
                value: language.number(summary.count(.overdue)), label: en ? "deadlines overdue" : "期限切れ",
                link: summary.count(.overdue) > 0 ? "#overdue" : "#deadlines"),
            Tile(
                value: language.number(summary.count(.week)), label: en ? "due within 7 days" : "7日以内に期限",
                link: summary.count(.week) > 0 ? "#week" : "#deadlines"),
            Tile(
                value: language.number(summary.count(.month)), label: en ? "due within 30 days" : "30日以内に期限",
                link: summary.count(.month) > 0 ? "#month" : "#deadlines"),
            Tile(
                value: language.number(summary.accountsAffected),
                label: en ? "accounts affected by these" : "対象のアカウント", link: "#actions"),
        ]
        if let criticalBefore {
            tiles.append(
                Tile(
                    value: language.change(summary.critical, criticalBefore),
                    label: en ? "critical notices since \(previous)" : "重大な通知（\(previous)比）", link: "#categories"))
        }
        return tiles
    }

    // MARK: - Kinds

    /// Groups (positions in `groups`) of one category and one kind of subject.
    struct KindMembers {
        var key: String
        var display: String
        var category: Category
        var members: [Int]
    }

    /// The kinds among `members`, in the order their first member comes (groups come sorted by
    /// severity, then deadline).
    static func kinds(
        of members: [Int], in groups: [Group], _ titleKinds: [(key: String, display: String)]
    ) -> [KindMembers] {
        var order: [String] = []
        var found: [String: KindMembers] = [:]
        for index in members {
            let group = groups[index]
            let kind = titleKinds[index]
            let key = group.category.rawValue + "|" + kind.key
            if found[key] == nil {
                order.append(key)
                found[key] = KindMembers(key: key, display: kind.display, category: group.category, members: [])
            }
            found[key]!.members.append(index)
        }
        return order.map { found[$0]! }
    }

    /// The anchor of a kind on its page: stable from month to month for the same kind.
    static func anchor(_ kind: KindMembers) -> String {
        "k-" + String(StableHash.value(kind.key), radix: 16)
    }

    /// Critical first; then what can still be done in time — due within 7 days, then within 30 —
    /// before what is already past its date; then the earliest deadline, the most accounts, the title.
    static func urgency(_ kind: KindMembers, _ groups: [Group], _ asOf: Day) -> (Int, Int, Day, Int, String) {
        let earliest = kind.members.compactMap { groups[$0].deadline }.min() ?? Day(year: 9999, month: 12, day: 31)
        let rank: Int
        if kind.category.isCritical {
            rank = 0
        } else {
            // A kind whose notices are partly overdue and partly due soon is ranked by what can still
            // be done in time.
            switch Self.nextDeadline(kind, groups, asOf).map({ Summary.due($0, asOf: asOf) }) ?? .later {
            case .week: rank = 1
            case .month: rank = 2
            case .overdue: rank = 3
            case .later: rank = 4
            }
        }
        let accounts = Set(kind.members.flatMap { groups[$0].accounts }).count
        let date = kind.category.isCritical ? earliest : Self.nextDeadline(kind, groups, asOf) ?? earliest
        return (rank, 0, date, -accounts, kind.display)
    }

    /// The deadline of a kind that matters next: the earliest still ahead within 30 days, else the
    /// earliest of all (overdue, or later).
    static func nextDeadline(_ kind: KindMembers, _ groups: [Group], _ asOf: Day) -> Day? {
        let deadlines = kind.members.compactMap { groups[$0].deadline }
        let soon = deadlines.filter { $0 >= asOf && $0 <= asOf.adding(days: 30) }.min()
        return soon ?? deadlines.min()
    }

    static func line(
        _ kind: KindMembers, _ groups: [Group], asOf: Day, language: Language,
        serviceName: (String) -> String
    ) -> KindLine {
        let members = kind.members.map { groups[$0] }
        let accounts = Set(members.flatMap(\.accounts)).count
        let received = members.compactMap(\.firstReceived) + members.compactMap(\.lastReceived)
        let days = received.map { Day($0, in: utc) }
        var dates = ""
        if let first = days.min(), let last = days.max() {
            dates = first == last ? language.date(first) : language.span(first, last)
        }
        let earliest = members.compactMap(\.deadline).min()
        let services = Set(members.flatMap { Self.shownServices($0) }.map(serviceName)).sorted()
        let link = members.count == 1 ? Self.link(to: members[0]) : Self.page(for: kind.category) + "#" + anchor(kind)
        return KindLine(
            id: anchor(kind), title: members.count == 1 ? members[0].title : kind.display, link: link,
            countText: language.notices(members.count), accountsText: language.accounts(accounts), datesText: dates,
            deadlineText: earliest.map { language.due($0, asOf: asOf) } ?? "", hasDeadline: earliest != nil,
            overdue: earliest.map { $0 < asOf } ?? false, services: services.joined(separator: ", "),
            hasServices: !services.isEmpty)
    }

    static func action(_ kind: KindMembers, _ groups: [Group], asOf: Day, language: Language) -> ActionLine {
        let members = kind.members.map { groups[$0] }
        let earliest =
            kind.category.isCritical ? members.compactMap(\.deadline).min() : nextDeadline(kind, groups, asOf)
        let accounts = Set(members.flatMap(\.accounts)).count
        let link = members.count == 1 ? Self.link(to: members[0]) : Self.page(for: kind.category) + "#" + anchor(kind)
        return ActionLine(
            title: members.count == 1 ? members[0].title : kind.display, link: link,
            what: language.whatToDo(kind.category, count: members.count),
            when: earliest.map { language.due($0, asOf: asOf) } ?? language.now,
            overdue: earliest.map { $0 < asOf } ?? false,
            countText: language.notices(members.count), accountsText: language.accounts(accounts))
    }

    /// The services a group counts under: a billing statement or budget alert is Billing's, not
    /// each service it bills.
    static func shownServices(_ group: Group) -> [String] {
        group.category == .billing ? ["BILLING"] : group.services
    }

    /// Services by how many genuine notices concern them, largest first.
    static func serviceCounts(_ groups: [Group], serviceName: (String) -> String) -> [(name: String, count: Int)] {
        var counts: [String: Int] = [:]
        for group in groups where group.trust != .suspicious {
            for service in shownServices(group) { counts[service, default: 0] += 1 }
        }
        return counts.map { (serviceName($0.key), $0.value) }.sorted { ($1.count, $0.name) < ($0.count, $1.name) }
    }

    // MARK: - Groups

    static func view(
        _ group: Group, _ language: Language, asOf: Day, showProvider: Bool = false,
        serviceName: (String) -> String = defaultServiceName
    ) -> GroupView {
        let first = group.firstReceived.map { language.date(Day($0, in: utc)) } ?? "—"
        let last = group.lastReceived.map { language.date(Day($0, in: utc)) } ?? "—"
        let services = shownServices(group).map(serviceName)
        var resources = group.resources.joined(separator: ", ")
        if group.resourceCount > group.resources.count && !group.resources.isEmpty { resources += ", …" }
        return GroupView(
            id: group.id, title: group.title, category: group.category.rawValue,
            categoryTitle: language.title(group.category), services: services.joined(separator: ", "),
            hasServices: !services.isEmpty, accountCount: group.accounts.count,
            accountsText: language.accounts(group.accounts.count), accounts: group.accounts.joined(separator: ", "),
            hasAccounts: !group.accounts.isEmpty, regions: group.regions.joined(separator: ", "),
            hasRegions: !group.regions.isEmpty,
            resourcesText: language.count(group.resourceCount, "resource", "resources", ja: "件のリソース"),
            resources: resources, hasResources: group.resourceCount > 0,
            deadline: group.deadline.map { language.due($0, asOf: asOf) } ?? "",
            hasDeadline: group.deadline != nil, overdue: group.deadline.map { $0 < asOf } ?? false,
            deadlineEvidence: group.deadlineEvidence ?? "",
            hasDeadlineEvidence: group.deadlineEvidence != nil, firstReceived: first, lastReceived: last,
            sameDay: first == last, messagesText: language.messages(group.messageCount), reminders: group.reminders,
            hasReminders: group.reminders > 0, excerpt: group.excerpt, hasExcerpt: !group.excerpt.isEmpty,
            links: group.links.map { Link(url: $0) }, hasLinks: !group.links.isEmpty,
            suspicious: group.trust == .suspicious, trustReason: language.reason(group.trustReason),
            sender: group.sender, provider: group.providerName, hasProvider: showProvider,
            notUnderstood: group.confidence == .low || group.guessed, guessed: group.guessed,
            truncated: group.truncated, hasTruncated: group.truncated > 0,
            seenInText: language.seenIn(group.seenIn), hasSeenIn: group.seenIn.contains(Notice.healthSource))
    }

    static let utc = TimeZone(identifier: "UTC")!
}
