/// A date found in a notice, with the sentence it stands in.
public struct DatedEvidence: Sendable, Hashable, Codable {
    public init(date: Day, evidence: String, kind: Kind) {
        self.date = date
        self.evidence = evidence
        self.kind = kind
    }

    public var date: Day
    public var evidence: String
    /// What the words around the date make of it.
    public var kind: Kind

    public enum Kind: String, Sendable, Hashable, Codable, Comparable {
        /// The reader must act by this date ("by", "before", "no later than", "まで").
        case actBy = "act-by"
        /// A change takes effect on this date ("starting", "on or after", "end of support", "以降").
        case effective
        /// A date with no cue.
        case mentioned
        /// A date that is not a deadline ("Start time:", "sent on").
        case ignored

        private var rank: Int {
            switch self {
            case .actBy: return 0
            case .effective: return 1
            case .mentioned: return 2
            case .ignored: return 3
            }
        }

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rank < rhs.rank }
    }
}
