import Foundation

/// A message after Classify: what it is, what it concerns, and by when.
public struct Notice: Sendable {
    public var id: String
    public var source: SourceLocation
    public var date: Date?
    public var subject: String
    /// The subject after normalisation (NFKC, case, brackets, dashes, prefixes, account suffix).
    public var normalizedSubject: String
    public var from: Address?
    public var category: Category
    /// The id of the rule that decided the category.
    public var rule: String
    public var services: [String]
    public var accounts: [String]
    public var regions: [String]
    public var deadline: Day?
    /// The sentence that gives the deadline.
    public var deadlineEvidence: String?
    public var actionRequired: Bool
    public var reminder: Bool
    public var trust: Trust
    public var trustReason: String
    /// What copies of one notice share: category, subject (inline account IDs kept), deadline and trust
    /// class. Notices with the same key are one group unless their bodies differ (``skeleton``).
    public var groupKey: String
    /// Hashes of the body's prose lines (per-account details removed), sorted and unique: how Aggregate
    /// tells two different notices with the same generic subject apart.
    public var skeleton: [UInt64]
    /// A few lines of the body, for the digest.
    public var excerpt: String
    /// Every date of the text with its sentence: the notice's timeline.
    public var dates: [DatedEvidence] = []
    /// Resource IDs and ARNs named in the text.
    public var resources: [String] = []
    /// The AWS Health event ARN the notice links to, if any.
    public var eventArn: String?
    /// Where the notice was seen: a mail, or an AWS Health event.
    public var seenIn = Notice.mailSource
    public static let mailSource = "mail"
    public static let healthSource = "AWS Health"
    /// AWS access key IDs named in the text, masked to their last four characters.
    public var accessKeys: [String] = []
    /// The provider's documentation links found in the text (at most a few).
    public var links: [String] = []
    /// Why the rule held: the conditions that matched (for `classify`, not kept in the digest).
    public var ruleReasons: [String] = []
    /// How surely the category was decided; `low` when nothing decided (the notice was not understood).
    public var confidence: Confidence = .high
    /// The ids of every rule that held, deciding rule first.
    public var evidence: [String] = []
    /// The id of the provider the message is from or claims to be from (`aws`, `google-cloud` …).
    public var provider: String = "aws"
    /// Went past a reading limit (bytes, header fields, MIME parts): only what came before was read.
    public var truncated = false
    /// The provider's name as the digest shows it.
    public var providerName: String = "Amazon Web Services"

    public init(
        id: String, source: SourceLocation, date: Date?, subject: String, normalizedSubject: String, from: Address?,
        category: Category, rule: String, services: [String] = [], accounts: [String] = [], regions: [String] = [],
        deadline: Day? = nil, deadlineEvidence: String? = nil, actionRequired: Bool = false, reminder: Bool = false,
        trust: Trust = .unverified, trustReason: String = "", groupKey: String = "", skeleton: [UInt64] = [],
        excerpt: String = ""
    ) {
        self.id = id
        self.source = source
        self.date = date
        self.subject = subject
        self.normalizedSubject = normalizedSubject
        self.from = from
        self.category = category
        self.rule = rule
        self.services = services
        self.accounts = accounts
        self.regions = regions
        self.deadline = deadline
        self.deadlineEvidence = deadlineEvidence
        self.actionRequired = actionRequired
        self.reminder = reminder
        self.trust = trust
        self.trustReason = trustReason
        self.groupKey = groupKey
        self.skeleton = skeleton
        self.excerpt = excerpt
    }
}
