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

    /// How much of a body the body rules read.
    static let bodyRuleBytes = 6000

    /// Categories whose notices carry a deadline; for the others a date in the text is context.
    static let deadlineCategories: Set<Category> = [.abuse, .securityIncident, .actionRequired, .maintenance, .pricing]

    public init(rules: RuleSet, catalog: ServiceCatalog = .standard) {
        self.rules = rules
        self.catalog = catalog
    }

    /// How a category was decided: the rule and the conditions that matched.
    public struct Decision: Sendable {
        public var rule: String
        public var category: Category
        public var reasons: [String]
    }

    /// The notice for `original`; with `explain`, the rule's matching conditions are kept in
    /// ``Notice/ruleReasons`` (which costs a second reading of the body).
    public func classify(_ original: Message, explain: Bool = false) -> Notice {
        // Access key IDs never reach an output: they are masked before anything is read.
        var message = original
        let textBytes = original.text.utf8Bytes
        let subjectBytes = original.subject.utf8Bytes
        var accessKeys: [String] = []
        if ByteSearch.contains(textBytes, "AKIA") || ByteSearch.contains(textBytes, "ASIA")
            || ByteSearch.contains(subjectBytes, "AKIA") || ByteSearch.contains(subjectBytes, "ASIA")
        {
            message.subject = Extractors.maskingAccessKeys(original.subject)
            message.text = Extractors.maskingAccessKeys(original.text)
            accessKeys = Extractors.accessKeys(in: original.subject + "\n" + original.text)
        }
        let subject = ParagraphMemo.current.normalized(message.subject)
        // A forwarded or wrapped notice is classified by what it carries.
        let carried =
            message.embedded.first
            ?? (ForwardedMessage.mayHold(message.text) ? ForwardedMessage.find(in: message.text) : nil)
        // What a forwarded or wrapped notice carries counts as its own text.
        let carriedText = carried.map { "\n" + $0.subject + "\n" + $0.text } ?? ""
        let bodyText = message.text + carriedText
        let body = LazyText { SubjectNormalizer.foldWhitespace(bodyText, limit: Self.bodyRuleBytes) }
        let sender = message.from?.address.lowercased() ?? ""
        // A forwarded or wrapped notice is what it carries: its original subject decides first.
        let event = message.eventTypeCode.map { ($0, message.eventCategory ?? "") }
        // Rules read the subject as sent (a masked key would hide "access key AKIA… is exposed").
        let sentSubject = message.subject == original.subject ? subject : SubjectNormalizer.normalize(original.subject)
        var decision = decide(subject: sentSubject.topic, body: body, from: sender, event: event, explain: explain)
        if let carried {
            let inner = decide(
                subject: SubjectNormalizer.normalize(carried.subject).topic, body: body,
                from: carried.from?.address.lowercased() ?? sender, explain: explain)
            if inner.rule != "fallback" && (decision.rule == "fallback" || inner.category < decision.category) {
                decision = inner
            }
        }
        let text = message.subject + "\n" + bodyText
        let accounts = Extractors.accounts(in: text)
        let regions = Extractors.regions(in: text)
        var services = catalog.services(in: subject.topic)
        if services.isEmpty {
            // The opening of the body, less the services every notice's boilerplate names.
            services = catalog.services(in: String(message.text.prefix(700))).filter {
                !Self.boilerplateServices.contains($0)
            }
        }
        var deadline: DatedEvidence?
        let subjectDates = DeadlineExtractor.dates(in: message.subject, sent: message.date)
        let bodyDates = DeadlineExtractor.dates(in: bodyText, sent: message.date)
        if Self.deadlineCategories.contains(decision.category) {
            deadline = DeadlineExtractor.deadline(from: bodyDates, sent: message.date, subjectDates: subjectDates)
        } else {
            // Statements, advisories and news carry dates as context; only a date the reader must act
            // by ("pay by", "expires on") is a deadline there.
            deadline = DeadlineExtractor.deadline(from: bodyDates.filter { $0.kind == .actBy }, sent: message.date)
        }
        let (trust, trustReason) = SenderTrust.verdict(message, carried: carried, rules: rules)
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
        notice.resources = Extractors.resources(in: bodyText)
        notice.links = Extractors.documentationLinks(in: bodyText)
        notice.eventArn = Extractors.healthEventARN(in: bodyText)
        notice.accessKeys = accessKeys
        notice.ruleReasons = decision.reasons
        return notice
    }

    /// The first rule whose conditions hold, or the fallback.
    public func decide(subject: String, body: String, from: String) -> Decision {
        decide(subject: subject, body: LazyText { body }, from: from)
    }

    /// The first rule whose conditions hold; the body is folded only if a body condition is reached.
    func decide(
        subject: String, body: LazyText, from: String, event: (type: String, category: String)? = nil,
        explain: Bool = true
    ) -> Decision {
        for rule in rules.rules where rule.applies(subject: subject, body: body, from: from, event: event) {
            let reasons = explain ? rule.match(subject: subject, body: body.value, from: from) ?? [] : []
            return Decision(rule: rule.id, category: rule.category, reasons: reasons)
        }
        return Decision(rule: "fallback", category: .informational, reasons: ["no rule matched"])
    }

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
