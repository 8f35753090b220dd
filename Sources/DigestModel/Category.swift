/// The eight kinds of notice, in severity order (most severe first); see DESIGN.md.
public enum Category: String, Sendable, Codable, CaseIterable, Comparable {
    case abuse
    case securityIncident = "security-incident"
    case actionRequired = "action-required"
    case securityAdvisory = "security-advisory"
    case maintenance
    case pricing
    case billing
    case informational

    /// 0 for the most severe category.
    public var severity: Int { Category.allCases.firstIndex(of: self)! }

    public static func < (lhs: Category, rhs: Category) -> Bool { lhs.severity < rhs.severity }

    /// The English heading used in digests.
    public var title: String {
        switch self {
        case .abuse: return "Abuse reports"
        case .securityIncident: return "Security incidents"
        case .actionRequired: return "Action required"
        case .securityAdvisory: return "Security advisories"
        case .maintenance: return "Maintenance"
        case .pricing: return "Pricing changes"
        case .billing: return "Billing"
        case .informational: return "Informational"
        }
    }
}

/// How far a notice's sender can be believed to be the provider.
public enum Trust: String, Sendable, Codable, Comparable {
    /// From a provider domain, and no receiving-server verdict failed.
    case verified
    /// Not shown to come from the provider, but not impersonating it either.
    case unverified
    /// Claims to be the provider while its sender or links point elsewhere, or a verdict failed.
    case suspicious

    private var rank: Int {
        switch self {
        case .verified: return 0
        case .unverified: return 1
        case .suspicious: return 2
        }
    }

    public static func < (lhs: Trust, rhs: Trust) -> Bool { lhs.rank < rhs.rank }
}

/// How surely a notice's category was decided.
public enum Confidence: String, Sendable, Codable, Comparable {
    /// Critical evidence or a statement of what the notice is (a marker, "end of support") decided.
    case high
    /// Only hints decided (body wording, news words, a date to act by).
    case medium
    /// Nothing decided: the notice was not understood and must be read.
    case low

    private var rank: Int {
        switch self {
        case .high: return 0
        case .medium: return 1
        case .low: return 2
        }
    }

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.rank < rhs.rank }
}
