import DigestModel
import Foundation

/// Turns a ``Message`` into a ``Notice``: category by the rules, then services, accounts, regions,
/// deadline, reminder and sender trust.
public struct Classifier: Sendable {
    public let rules: RuleSet
    public let catalog: ServiceCatalog

    /// Services that notices name in their boilerplate ("see the AWS Health Dashboard") rather than
    /// as their subject: counted only when the subject names them.
    static let boilerplateServices: Set<String> = ["HEALTH", "NOTIFICATIONS", "SUPPORT"]

    /// Categories whose notices carry a deadline; for the others a date in the text is context.
    static let deadlineCategories: Set<Category> = [.abuse, .securityIncident, .actionRequired, .maintenance, .pricing]

    /// A subject that reports maintenance done: a leading "Completed", or the work said to be complete.
    static let workDone = try! Pattern(
        #"^\W*(\[[^\]]*\]\s*)*(completed?|finished|done)\b|\b(maintenance|reboots?|patching|migration|upgrade|update|work)s? (is |are |has been |have been |was |were )?(now )?(complete|completed|finished|done)\b|(メンテナンス|作業|工事)(は)?(完了|終了)(の|いたしました|しました)"#
    )

    /// The learned model heard where the rules are unsure (nil when the rules file turns it off).
    public let model: LearnedModel?

    /// The reader's time zone (the digest's): a deadline is a day on its calendar.
    public let timeZone: TimeZone

    public init(
        rules: RuleSet, catalog: ServiceCatalog = .standard, model: LearnedModel? = .standard,
        timeZone: TimeZone = DeadlineExtractor.utc
    ) {
        self.rules = rules
        self.catalog = catalog
        self.timeZone = timeZone
        self.model = rules.learnedModel == false ? nil : model
        // Each tier's rules in the order that decides: critical ones that read what the notice says it
        // is (its subject, its Health event type) before those that read the body, each most severe
        // category first; the others as the file gives them.
        var order: [String: [Int]] = [:]
        for tier in Rule.Tier.allCases {
            let members = rules.rules.indices.filter { rules.rules[$0].tier == tier }
            func key(_ index: Int) -> (Int, Int, Int) {
                let rule = rules.rules[index]
                let direct = !rule.subject.isEmpty || !rule.eventType.isEmpty || !rule.eventCategory.isEmpty
                return (direct ? 0 : 1, rule.category.severity, index)
            }
            order[tier.rawValue] = tier == .critical ? members.sorted { key($0) < key($1) } : members
        }
        self.order = order
    }

    /// Indices of ``rules``' rules by tier name, in the order in which they decide.
    private let order: [String: [Int]]

    /// One rule that held: evidence for its category.
    public struct Evidence: Sendable {
        public var rule: String
        public var category: Category
        public var tier: Rule.Tier
        /// What matched (only when asked to explain).
        public var reasons: [String]
    }

    /// How a category was decided: the deciding rule, how surely, and every piece of evidence.
    public struct Decision: Sendable {
        public var rule: String
        public var category: Category
        public var confidence: Confidence
        /// Every rule that held, the deciding one first (with `explain`; else only what was needed to decide).
        public var evidence: [Evidence]
        /// Why the deciding rule held.
        public var reasons: [String] { evidence.first?.reasons ?? ["no rule holds: not understood"] }
        /// How the decision was reached, in words.
        public var summary: String {
            guard let first = evidence.first else {
                return "no rule holds: not understood (low confidence), filed as informational"
            }
            if first.rule == Group.learnedModelRule {
                let over = evidence.dropFirst().first
                return over == nil
                    ? "no rule holds: the learned model's guess decides (medium confidence; the digest asks for a reader)"
                    : over?.tier == .strong
                        ? "the learned model, surer of another category, is heard over a statement (medium confidence; the digest asks for a reader)"
                        : "only hints hold: the learned model's guess is heard over them (medium confidence; the digest asks for a reader)"
            }
            switch first.tier {
            case .critical: return "critical evidence decides over anything milder"
            case .strong: return "a statement of what the notice is decides over hints"
            case .cue: return "only hints hold; the first in the rules file decides (medium confidence)"
            }
        }
    }

    /// The notice for `original`; with `explain`, the rule's matching conditions are kept in
    /// ``Notice/ruleReasons`` (which costs a second reading of the body).
    ///
    /// `features`, when given, is called with the words the learned model reads of the message (what
    /// `classify --features` prints for `make model`).
    public func classify(
        _ original: Message, explain: Bool = false, features: ((Set<String>) -> Void)? = nil
    ) -> Notice {
        // Secrets, control characters and terminal escapes never reach an output: they are removed
        // before anything is read; access key IDs are masked to their last four characters.
        let original = Self.cleaned(original)
        var message = original
        let textBytes = original.text.utf8Bytes
        let subjectBytes = original.subject.utf8Bytes
        var accessKeys: [String] = []
        if ByteSearch.contains(textBytes, "AKIA") || ByteSearch.contains(textBytes, "ASIA")
            || ByteSearch.contains(subjectBytes, "AKIA") || ByteSearch.contains(subjectBytes, "ASIA")
        {
            message.subject = Extractors.maskingAccessKeys(original.subject)
            message.text = Extractors.maskingAccessKeys(original.text)
            message.embedded = message.embedded.map { embedded in
                var masked = embedded
                masked.subject = Extractors.maskingAccessKeys(embedded.subject)
                masked.text = Extractors.maskingAccessKeys(embedded.text)
                return masked
            }
            accessKeys = Extractors.accessKeys(
                in: ([original.subject, original.text] + original.embedded.flatMap { [$0.subject, $0.text] })
                    .joined(separator: "\n"))
        }
        let subject = ParagraphMemo.current.normalized(message.subject)
        // A forwarded or wrapped notice is classified by what it carries.
        let carried =
            message.embedded.first
            ?? (ForwardedMessage.mayHold(message.text) ? ForwardedMessage.find(in: message.text) : nil)
        // What a forwarded or wrapped notice carries counts as its own text.
        let carriedText = carried.map { "\n" + $0.subject + "\n" + $0.text } ?? ""
        let bodyText = message.text + carriedText
        let body = MessageText(message.text, carried: carried.map { $0.subject + "\n" + $0.text } ?? "")
        let sender = message.from?.address.lowercased() ?? ""
        let verdict = SenderTrust.verdict(message, carried: carried, rules: rules)
        // Relative spans count from the day of sending on the reader's calendar, where the deadline shows.
        let sentDay = message.date.map { Day($0, in: timeZone) }
        let subjectDates = DeadlineExtractor.dates(in: message.subject, sentDay: sentDay)
        let bodyDates = DeadlineExtractor.dates(in: body, sentDay: sentDay)
        // Rules read the subject as sent (a masked key would hide "access key AKIA… is exposed"); a
        // forwarded or wrapped notice is also read by its original subject.
        let sentSubject = message.subject == original.subject ? subject : SubjectNormalizer.normalize(original.subject)
        // A bounce's subject is the reader's own mail's ("Undeliverable: Updated price list"): rules read only
        // what it says of itself, whoever sent it (trust asks more: see SenderTrust.isNonDeliveryReport).
        var subjects = [SenderTrust.nonDelivery.firstMatch(in: sentSubject.topic) ?? sentSubject.topic]
        if let carried { subjects.append(SubjectNormalizer.normalize(carried.subject).topic) }
        let facts = Rule.Facts(
            subjects: subjects, body: body, from: carried?.from?.address.lowercased() ?? sender,
            event: message.eventTypeCode.map { ($0, message.eventCategory ?? "") }, provider: verdict.provider,
            hasActByDate: {
                (subjectDates + bodyDates).contains { dated in
                    dated.kind == .actBy && (sentDay.map { dated.date >= $0 } ?? true)
                        && DeadlineExtractor.asksToAct(dated.evidence)
                }
            })
        features?(LearnedModel.features(subjects: facts.subjects, body: facts.body.bytes))
        let decision = decide(facts, explain: explain)
        let text = message.subject + "\n" + bodyText
        // Twelve-digit account IDs are AWS's; another provider's twelve digits are project numbers.
        let accounts = verdict.provider == "aws" ? Extractors.accounts(in: text) : []
        let regions = Extractors.regions(in: text)
        let eventArn = Extractors.healthEventARN(in: bodyText)
        let resources = Extractors.resources(in: bodyText)
        let services = self.services(
            subject: subject.topic, body: body, opening: String(message.text.prefix(1500)), eventArn: eventArn,
            eventType: message.eventTypeCode, provider: verdict.provider, resources: resources)
        var deadline: DatedEvidence?
        if decision.category == .maintenance && Self.workDone.matches(subject.topic) {
            // Work the subject reports done ("COMPLETED - Scheduled … Maintenance", "作業完了のお知らせ") leaves
            // nothing to meet: its window's date is history.
            deadline = nil
        } else if Self.deadlineCategories.contains(decision.category) {
            // A past date the subject merely names ("revoked after the March 15 incident") is history;
            // a past date it cues ("… ended on", "… by") makes the notice overdue.
            deadline = DeadlineExtractor.deadline(
                from: bodyDates, sent: message.date, utcOffset: message.utcOffset, zone: timeZone,
                subjectDates: subjectDates.filter { dated in
                    dated.kind != .mentioned || sentDay.map { dated.date >= $0 } ?? true
                }, subject: subject.topic)
        } else {
            // Statements, advisories and news carry dates as context; only a date the reader must act
            // by ("pay by", "expires on"), one at which something of theirs stops or is deleted, or a
            // date still ahead that the subject ties to a change or a limit ("… starting March 8",
            // "expiring on …"), is a deadline there. A date the subject merely names (a webinar "on
            // January 14", a "… 開催" event) is not.
            deadline = DeadlineExtractor.deadline(
                from: bodyDates.filter { dated in
                    dated.kind == .actBy && DeadlineExtractor.asksToAct(dated.evidence)
                        || dated.kind != .ignored && DeadlineExtractor.losesService(dated.evidence)
                },
                sent: message.date, utcOffset: message.utcOffset, zone: timeZone,
                subjectDates: subjectDates.filter { dated in
                    dated.kind != .mentioned && sentDay.map { dated.date >= $0 } ?? true
                },
                subject: subject.topic)
        }
        var (trust, trustReason) = (verdict.trust, verdict.reason)
        if message.eventTypeCode != nil {
            // Read from AWS Health's own output, not from a mail anyone could send.
            (trust, trustReason) = (.verified, "an AWS Health event, read from \(message.source.path)")
        }
        var notice = Notice(
            id: message.stableID,
            source: message.source,
            date: message.date,
            subject: message.subject,
            normalizedSubject: subject.text,
            from: message.from,
            category: decision.category,
            rule: decision.rule,
            services: services,
            accounts: accounts,
            regions: regions,
            deadline: deadline?.date,
            deadlineEvidence: deadline?.evidence,
            actionRequired: decision.category <= .actionRequired || Self.actionMarker.matches(subject.topic),
            reminder: subject.reminder,
            trust: trust,
            trustReason: trustReason,
            groupKey: GroupKey.make(
                subject: subject.topic, category: decision.category, deadline: deadline?.date,
                suspicious: trust == .suspicious),
            skeleton: GroupKey.skeleton(message.text),
            excerpt: Excerpt.make(message.text))
        notice.dates = subjectDates + bodyDates.filter { date in !subjectDates.contains { $0.date == date.date } }
        notice.resources = resources
        notice.links = Extractors.documentationLinks(in: bodyText)
        notice.eventArn = eventArn
        notice.truncated = message.truncated
        if message.eventTypeCode != nil, let eventArn {
            // One event is one notice, however many copies (backup regions, accounts) were kept.
            notice.groupKey = "health|" + eventArn
            notice.skeleton = []
            notice.seenIn = Notice.healthSource
        }
        notice.accessKeys = accessKeys
        if explain {
            notice.ruleReasons =
                [decision.summary]
                + decision.evidence.map {
                    "\($0.rule) → \($0.category.rawValue) [\($0.tier.rawValue)]: \($0.reasons.joined(separator: "; "))"
                }
        }
        notice.confidence = decision.confidence
        notice.evidence = decision.evidence.map(\.rule)
        notice.provider = verdict.provider
        notice.providerName =
            verdict.providerName ?? rules.providers.first { $0.id == verdict.provider }?.name ?? "another sender"
        return notice
    }

    /// The services a notice is about: those its subject names, else those the opening of its body
    /// names; those the body names again and again; the service of its AWS Health event; for
    /// another provider, its products (`google-cloud:Cloud SQL`).
    func services(
        subject: String, body paragraphs: MessageText, opening: @autoclosure () -> String, eventArn: String?,
        eventType: String?, provider: String, resources: [String] = []
    ) -> [String] {
        // An AWS Health event's subject names AWS Health itself: boilerplate, like "AWS Support".
        var found = Set(catalog.services(in: subject)).subtracting(eventType == nil ? [] : Self.boilerplateServices)
        let body = paragraphs.services(catalog, opening: 700, limit: 2000)
        if found.isEmpty {
            // The opening of the body, less the services every notice's boilerplate names.
            found.formUnion(body.opening.filter { !Self.boilerplateServices.contains($0) })
        }
        for (id, count) in body.counts where count >= 2 && !Self.boilerplateServices.contains(id) {
            found.insert(id)
        }
        // arn:aws:health:us-east-1::event/EC2/AWS_EC2_…: the service is the event's own code.
        if let eventArn, let slash = eventArn.range(of: "::event/") {
            let code = eventArn[slash.upperBound...].prefix { $0 != "/" }
            if let id = Self.healthServiceID(code) { found.insert(id) }
        }
        if let eventType, eventType.hasPrefix("AWS_") {
            if let id = Self.healthServiceID(eventType.dropFirst(4).prefix { $0 != "_" }) { found.insert(id) }
        }
        if provider == "aws" {
            // An abuse report names the instance or the address (i-…, eipalloc-…), not the service.
            if resources.contains(where: { id in Self.ec2ResourcePrefixes.contains { id.hasPrefix($0) } }) {
                found.insert("EC2")
            }
            // Route 53 registers and renews domains as Route 53 Domains.
            if found.contains("ROUTE53"), Self.domainRegistration.matches(subject + "\n" + opening()) {
                found.remove("ROUTE53")
                found.insert("ROUTE53DOMAINS")
            }
        }
        if provider != "aws" {
            let opening = subject + "\n" + opening()
            for product in rules.providers.first(where: { $0.id == provider })?.products ?? []
            where product.pattern.matches(opening) {
                found.insert(provider + ":" + product.name)
            }
            // An AWS name in another sender's mail is a word of its own ("Lambda"), not AWS's.
            found = found.filter { $0.contains(":") }
        }
        return found.sorted()
    }

    static let ec2ResourcePrefixes = ["i-", "vol-", "snap-", "eipalloc-", "eni-", "ami-"]

    static let domainRegistration = try! Pattern(
        #"\bdomains?\b.{0,80}\b(regist|renew|transfer|expir)|\b(regist|renew|transfer|expir)\w*\b.{0,80}\bdomains?\b"#)

    /// The service id for an AWS Health service code: exposed-credential events (`RISK`) concern IAM;
    /// abuse and multi-service events name no service of their own.
    static func healthServiceID(_ code: Substring) -> String? {
        switch code {
        case "", "MULTIPLE_SERVICES", "ABUSE", "HEALTH": return nil
        case "RISK": return "IAM"
        case "AURORA": return "RDS"
        // Health codes that name a service the catalogue files under another id.
        case "OPENSEARCH": return "ES"
        case "DOCUMENTDB": return "DOCDB"
        default:
            // A service code is upper-case letters and digits; an ARN without one ends in the
            // event's own id (AWS_ABUSE_DOS_REPORT_…, event-1486…), which names no service.
            return code.allSatisfy({ ($0.isUppercase || $0.isNumber) && $0.isASCII }) ? String(code) : nil
        }
    }

    /// `message` with ``Redaction`` applied to everything a reader or an output can show: subject,
    /// text, sender name, forwarded originals, attachment names.
    public static func cleaned(_ message: Message) -> Message {
        var clean = message
        clean.subject = Redaction.clean(message.subject)
        clean.text = Redaction.clean(message.text)
        if let from = message.from {
            clean.from = Address(name: Redaction.clean(from.name), address: Redaction.clean(from.address))
        }
        clean.attachments = message.attachments.map(Redaction.clean)
        clean.embedded = message.embedded.map { embedded in
            var inner = embedded
            inner.subject = Redaction.clean(embedded.subject)
            inner.text = Redaction.clean(embedded.text)
            if let from = embedded.from {
                inner.from = Address(name: Redaction.clean(from.name), address: from.address)
            }
            return inner
        }
        return clean
    }

    /// The decision for a subject, body and sender (no forwarded original, no dates): for tests and tools.
    public func decide(subject: String, body: String, from: String, provider: String = "aws") -> Decision {
        decide(
            Rule.Facts(
                subjects: [subject], body: MessageText(body), from: from, event: nil,
                provider: provider,
                hasActByDate: { false }), explain: true)
    }

    /// Weighs the evidence: critical evidence anywhere decides (the most severe category first), then
    /// a strong statement, then a cue, each in the order of the rules file; with none, the notice is
    /// not understood (informational, low confidence). Without `explain`, reading stops at the rule
    /// that decides: the rest could not change the decision.
    /// The rules of `tiers` that hold, in the order that decides (reasons kept with `explain`; with
    /// `untilFirst`, reading stops at the first), and whether a critical rule's exclusion held: the rules
    /// file says the notice only talks about abuse or a compromise (a how-to, a newsletter), so no guess
    /// may make it critical.
    private func evidence(
        in tiers: [Rule.Tier], _ facts: Rule.Facts, explain: Bool, untilFirst: Bool
    ) -> (evidence: [Evidence], criticalExcluded: Bool) {
        var evidence: [Evidence] = []
        var criticalExcluded = false
        for tier in tiers {
            for index in order[tier.rawValue] ?? [] {
                let rule = rules.rules[index]
                if tier == .critical {
                    let outcome = rule.outcome(facts)
                    if outcome == .excluded { criticalExcluded = true }
                    guard outcome == .holds else { continue }
                } else {
                    guard rule.applies(facts) else { continue }
                }
                evidence.append(
                    Evidence(
                        rule: rule.id, category: rule.category, tier: tier, reasons: explain ? rule.reasons(facts) : [])
                )
                if untilFirst { break }
            }
            if untilFirst && !evidence.isEmpty { break }
        }
        return (evidence, criticalExcluded)
    }

    func decide(_ facts: Rule.Facts, explain: Bool) -> Decision {
        let (evidence, criticalExcluded) = self.evidence(
            in: Rule.Tier.allCases, facts, explain: explain, untilFirst: !explain)
        // The evidence is gathered in the order that decides: the first piece decides, unless the
        // learned model is heard over it (never over critical evidence).
        if let first = evidence.first, first.tier == .critical {
            return Decision(rule: first.rule, category: first.category, confidence: .high, evidence: evidence)
        }
        let policy = rules.learned
        let overStrong = policy.threshold(.overStrong)
        if let first = evidence.first, first.tier == .strong, model == nil || overStrong == .never {
            return Decision(rule: first.rule, category: first.category, confidence: .high, evidence: evidence)
        }
        if let model {
            let critical = [Category.abuse, .securityIncident]
            let excluded = criticalExcluded ? critical : []
            // Whether the rules are unsure of the notice: a lone cue, or evidence that names more than one
            // category. A statement or cues that nothing contradicts are not overridden.
            func rulesUnsure(_ first: Evidence) -> Bool {
                // Without `explain` only the deciding rule was read: read the rest now (rarely needed).
                let all =
                    explain
                    ? evidence : self.evidence(in: [.strong, .cue], facts, explain: false, untilFirst: false).evidence
                return all.contains { $0.category != first.category } || (all.count == 1 && first.tier == .cue)
            }
            // A guess heard over a rule must also be the model's reading of the notice's opening alone (its
            // subject and first lines): a notice says what it is first, and what follows (questions and
            // answers, footers) is much the same in every kind of notice.
            func opening() -> Category {
                model.category(
                    subjects: facts.subjects, body: facts.body.bytes, reading: Self.openingBytes, excluding: excluded)
            }
            func heard(_ category: Category, _ probability: Double, over: Evidence?, words: [String]) -> Decision {
                let reason =
                    String(
                        format: "the learned model reads %@ (%.0f %%) from: %@", category.rawValue, probability * 100,
                        words.joined(separator: ", "))
                    + (over.map { " (heard over the \($0.tier == .strong ? "statement" : "hint") \($0.rule))" } ?? "")
                let rule = Group.learnedModelRule
                let learned = Evidence(rule: rule, category: category, tier: .cue, reasons: [reason])
                return Decision(rule: rule, category: category, confidence: .medium, evidence: [learned] + evidence)
            }
            // A guess heard over a rule makes a notice critical only as the `critical` threshold allows.
            func mayFile(_ guess: LearnedModel.Guess) -> Bool {
                guard critical.contains(guess.category) else { return true }
                return policy.threshold(.critical).admits(critical.reduce(0) { $0 + (guess.probabilities[$1] ?? 0) })
            }
            if let first = evidence.first, first.tier == .strong {
                // A strong statement: only a guess of another category this sure is heard over it. The
                // opening is read first: it is short, and when it agrees with the statement nothing overrides.
                let start = opening()
                if start != first.category {
                    let guess = model.guess(subjects: facts.subjects, body: facts.body.bytes, excluding: excluded)
                    if guess.category == start && overStrong.admits(guess.probability) && mayFile(guess)
                        && rulesUnsure(first)
                    {
                        return heard(guess.category, guess.probability, over: first, words: guess.words)
                    }
                }
                return Decision(rule: first.rule, category: first.category, confidence: .high, evidence: evidence)
            }
            let guess = model.guess(subjects: facts.subjects, body: facts.body.bytes, excluding: excluded)
            let pCritical = critical.reduce(0) { $0 + (guess.probabilities[$1] ?? 0) }
            if policy.threshold(.critical).admits(pCritical) {
                // Sure enough that it is critical, though not of which kind: a security incident.
                let category = critical.contains(guess.category) ? guess.category : .securityIncident
                return heard(category, pCritical, over: evidence.first, words: guess.words)
            }
            if let first = evidence.first {
                if guess.category != first.category && policy.threshold(.overCue).admits(guess.probability)
                    && mayFile(guess) && rulesUnsure(first) && opening() == guess.category
                {
                    return heard(guess.category, guess.probability, over: first, words: guess.words)
                }
            } else if policy.threshold(.guess).admits(guess.probability) {
                return heard(guess.category, guess.probability, over: nil, words: guess.words)
            }
        }
        guard let first = evidence.first else {
            return Decision(rule: "fallback", category: .informational, confidence: .low, evidence: [])
        }
        // Only cues hold (statements decided above): the first decides, with medium confidence.
        return Decision(rule: first.rule, category: first.category, confidence: .medium, evidence: evidence)
    }

    /// How much of the body is the notice's opening: the greeting and about its first paragraph.
    static let openingBytes = 700

    static let actionMarker = try! Pattern(
        #"\baction (required|require|requested|needed|may be required)\b|要対応|対応が必要|ご対応"#)
}

/// Text computed on first use, then kept: the folded body is needed only by body rules.
final class LazyText {
    private let make: () -> String
    private var cached: String?

    init(_ make: @escaping () -> String) { self.make = make }

    var value: String {
        if let cached { return cached }
        let made = make()
        cached = made
        return made
    }
}
