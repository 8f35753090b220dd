/// What AWS Health lists apart from an event: the accounts and resources it affects
/// (`describe-affected-entities`, `describe-affected-accounts-for-organization`). Joined to the
/// notice of that event; with no such notice in the input, it is listed as unreadable.
public struct HealthSupplement: Sendable, Hashable {
    public var eventArn: String
    /// Where it was read.
    public var source: String
    public var accounts: [String]
    public var resources: [String]

    public init(eventArn: String, source: String, accounts: [String] = [], resources: [String] = []) {
        self.eventArn = eventArn
        self.source = source
        self.accounts = accounts
        self.resources = resources
    }
}
