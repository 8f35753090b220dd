import DigestModel
import Foundation
import Yams

/// A cloud provider that writes notices: where it sends from and links to, and how a look-alike
/// names it.
public struct Provider: Sendable {
    /// A short id (`aws`, `google-cloud`, `azure` …) that rules name in `provider`.
    public var id: String
    /// The name the digest shows.
    public var name: String
    /// Domains the provider sends notices from; a sender on one of them (or a subdomain) can be verified.
    public var domains: [String]
    /// Domains its notices link to besides those it sends from (documentation, click tracking).
    public var linkDomains: [String]
    /// Words of a host name that claim to be the provider ("aws", "amazon"): a link to a host that
    /// holds one and is none of the provider's domains is a look-alike.
    public var lookAlikeWords: [String]
    /// Text that claims to be the provider in a sender's name or address.
    public var impersonation: [Pattern]
    /// The provider's products, found as whole words in its own notices.
    public var products: [Product] = []
    /// Where the provider was defined.
    public var origin: String

    /// Whether `domain` is one of the provider's sending domains or a subdomain of one.
    public func sends(from domain: String) -> Bool {
        !domain.isEmpty && domains.contains { domain == $0 || domain.hasSuffix("." + $0) }
    }

    /// Whether `host` is one the provider's notices link to.
    public func owns(host: String) -> Bool {
        sends(from: host) || linkDomains.contains { host == $0 || host.hasSuffix("." + $0) }
    }
}

/// One of a provider's products: its name and the pattern that finds it.
public struct Product: Sendable {
    public var name: String
    public var pattern: Pattern
}

/// The effective rules: the defaults shipped with the tool, extended or overridden by a user's file.
///
/// Every rule that holds is evidence; ``Rule/Tier`` and then the order of the rules decide (see
/// ``Classifier``). A user's rule with the id of a default rule replaces it in place; a user's rule
/// with a new id goes before all default rules, so local rules win ties. A user's provider with the
/// id of a known one adds to it; a new id adds a provider.
public struct RuleSet: Sendable {
    public static let formatVersion = 2

    public var rules: [Rule]
    /// The providers, in file order (the first that a relayed message names is its provider).
    public var providers: [Provider] = []
    /// Requests that phishing makes ("update your payment method", "verify your account"): from a
    /// sender that is not a provider's, they make a message suspicious.
    public var phishingCues: [Pattern] = []
    /// Where and how surely the learned model (``LearnedModel``) is heard: the file's `learned-model`.
    public var learned = LearnedModelPolicy()
    /// Whether the learned model is heard at all: `learned-model: false` in a file turns it off; nil in
    /// a file that does not say.
    public var learnedModel: Bool? {
        get { learned.enabled }
        set { learned.enabled = newValue }
    }
    /// Where each file came from, in load order.
    public var files: [String]

    /// Every provider's sending domains (for `rules` output).
    public var providerDomains: [String] { providers.flatMap(\.domains) }

    /// The rules that ship with the tool.
    public static func defaults() throws(RulesError) -> RuleSet {
        guard let url = Bundle.module.url(forResource: "default-rules", withExtension: "yaml") else {
            throw .unreadable(file: "default-rules.yaml", reason: "missing from the tool's resources")
        }
        return try load(file: url.path, displayName: "default-rules.yaml")
    }

    /// The defaults with `userFile` applied on top, if given.
    public static func effective(userFile: String?) throws(RulesError) -> RuleSet {
        var set = try defaults()
        if let userFile {
            set.apply(try load(file: userFile, displayName: userFile))
        }
        try set.validate()
        return set
    }

    /// Checks what one file cannot check alone: every provider a rule names is defined (or is
    /// `other`, a sender none of them is).
    public func validate() throws(RulesError) {
        let known = Set(providers.map(\.id) + [SenderTrust.other])
        for rule in rules {
            for id in rule.providers where !known.contains(id) {
                let (file, line) = Self.split(origin: rule.origin)
                throw .invalid(
                    file: file, line: line, rule: rule.id,
                    problem: "unknown provider '\(id)'; known: \(known.sorted().joined(separator: ", "))")
            }
        }
    }

    /// `file:line` as its two parts.
    static func split(origin: String) -> (String, Int) {
        guard let colon = origin.lastIndex(of: ":"), let line = Int(origin[origin.index(after: colon)...]) else {
            return (origin, 1)
        }
        return (String(origin[..<colon]), line)
    }

    /// Applies `other` on top of this set (see the type's precedence).
    public mutating func apply(_ other: RuleSet) {
        learned.apply(other.learned)
        var added: [Rule] = []
        for rule in other.rules {
            if let index = rules.firstIndex(where: { $0.id == rule.id }) {
                rules[index] = rule
            } else {
                added.append(rule)
            }
        }
        rules = added + rules
        for provider in other.providers {
            guard let index = providers.firstIndex(where: { $0.id == provider.id }) else {
                providers.append(provider)
                continue
            }
            providers[index].domains += provider.domains.filter { !providers[index].domains.contains($0) }
            providers[index].linkDomains += provider.linkDomains.filter { !providers[index].linkDomains.contains($0) }
            providers[index].lookAlikeWords += provider.lookAlikeWords
            providers[index].impersonation += provider.impersonation
            providers[index].products += provider.products
        }
        phishingCues += other.phishingCues
        files += other.files
    }

    /// Reads and checks one rules file.
    public static func load(file: String, displayName: String) throws(RulesError) -> RuleSet {
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw .unreadable(file: displayName, reason: (error as NSError).localizedDescription)
        }
        return try parse(text, file: displayName)
    }

    /// Parses rules from YAML text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(RulesError) -> RuleSet {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw RulesError.invalid(
                    file: file, line: 1, rule: nil, problem: "the file is empty; expected 'version' and 'rules'")
            }
            root = node
        } catch let error as RulesError {
            throw error
        } catch let error as YamlError {
            throw .syntax(file: file, line: Self.line(of: error), problem: Self.problem(of: error))
        } catch {
            throw .syntax(file: file, line: 1, problem: "\(error)")
        }
        guard let top = root.mapping else {
            throw .invalid(
                file: file, line: line(root), rule: nil, problem: "expected a mapping with 'version' and 'rules'")
        }
        try checkKeys(
            top, allowed: ["version", "providers", "phishing-cues", "learned-model", "rules"], file: file, rule: nil)
        guard let versionNode = top["version"], let version = versionNode.int else {
            throw .invalid(
                file: file, line: line(root), rule: nil,
                problem: "'version' is missing; this tool reads version \(formatVersion)")
        }
        guard version <= formatVersion, version >= 1 else {
            throw .unsupportedVersion(file: file, line: line(versionNode), version: version, supported: formatVersion)
        }
        var set = RuleSet(rules: [], files: [file])
        set.phishingCues = try patterns(top["phishing-cues"], key: "phishing-cues", file: file, rule: nil)
        if let node = top["learned-model"] {
            set.learned = try parseLearned(node, file: file)
        }
        if let list = top["providers"] {
            guard let items = list.sequence else {
                throw .invalid(file: file, line: line(list), rule: nil, problem: "'providers' must be a list")
            }
            for item in items {
                set.providers.append(try parseProvider(item, file: file))
            }
        }
        guard let rulesNode = top["rules"] else { return set }
        guard let list = rulesNode.sequence else {
            throw .invalid(file: file, line: line(rulesNode), rule: nil, problem: "'rules' must be a list")
        }
        var seen: [String: Int] = [:]
        for node in list {
            let rule = try parseRule(node, file: file)
            if let first = seen[rule.id] {
                throw .invalid(
                    file: file, line: line(node), rule: rule.id, problem: "duplicate id; first defined on line \(first)"
                )
            }
            seen[rule.id] = line(node)
            set.rules.append(rule)
        }
        return set
    }

    private static func parseProvider(_ node: Node, file: String) throws(RulesError) -> Provider {
        guard let map = node.mapping, let id = map["id"]?.string, !id.isEmpty else {
            throw .invalid(file: file, line: line(node), rule: nil, problem: "each provider needs an 'id'")
        }
        try checkKeys(
            map, allowed: ["id", "name", "domains", "link-domains", "look-alike-words", "impersonation", "products"],
            file: file, rule: id)
        let lower = { (key: String) throws(RulesError) -> [String] in
            try strings(map[key], key: key, file: file, rule: id).map { $0.lowercased() }
        }
        var products: [Product] = []
        // "Google Kubernetes Engine|GKE": the name the digest shows, then other names for it.
        for entry in try strings(map["products"], key: "products", file: file, rule: id) {
            let names = entry.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let alternatives = names.map { name in
                name.split(separator: " ").map { NSRegularExpression.escapedPattern(for: String($0)) }
                    .joined(separator: #"\s+"#)
            }
            do {
                let source = #"(?<![\w-])(?:"# + alternatives.joined(separator: "|") + #")(?![\w-])"#
                products.append(Product(name: names[0], pattern: try Pattern(source)))
            } catch {
                throw .invalid(file: file, line: line(node), rule: id, problem: "product '\(entry)': \(error.message)")
            }
        }
        return Provider(
            id: id, name: map["name"]?.string ?? id, domains: try lower("domains"),
            linkDomains: try lower("link-domains"),
            lookAlikeWords: try lower("look-alike-words"),
            impersonation: try patterns(map["impersonation"], key: "impersonation", file: file, rule: id),
            products: products, origin: "\(file):\(line(node))")
    }

    private static func parseRule(_ node: Node, file: String) throws(RulesError) -> Rule {
        guard let map = node.mapping else {
            throw .invalid(
                file: file, line: line(node), rule: nil, problem: "each rule must be a mapping with 'id' and 'category'"
            )
        }
        guard let id = map["id"]?.string, !id.isEmpty else {
            throw .invalid(file: file, line: line(node), rule: nil, problem: "rule without an 'id'")
        }
        guard id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }) else {
            throw .invalid(
                file: file, line: line(node), rule: id, problem: "id may hold only letters, digits, '-', '_' and '.'")
        }
        try checkKeys(
            map,
            allowed: [
                "id", "category", "tier", "subject", "body", "body-also", "from", "unless", "unless-subject",
                "event-type",
                "event-category",
                "provider", "act-by-date", "description",
            ],
            file: file, rule: id)
        guard let categoryNode = map["category"], let name = categoryNode.string else {
            throw .invalid(file: file, line: line(node), rule: id, problem: "'category' is missing")
        }
        guard let category = Category(rawValue: name) else {
            let known = Category.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalid(
                file: file, line: line(categoryNode), rule: id,
                problem: "unknown category '\(name)'; use one of \(known)")
        }
        var tier: Rule.Tier?
        if let tierNode = map["tier"] {
            guard let name = tierNode.string, let known = Rule.Tier(rawValue: name) else {
                let names = Rule.Tier.allCases.map(\.rawValue).joined(separator: ", ")
                throw .invalid(
                    file: file, line: line(tierNode), rule: id,
                    problem: "unknown tier '\(tierNode.string ?? "?")'; use one of \(names)")
            }
            tier = known
        }
        var needsActByDate = false
        if let flag = map["act-by-date"] {
            guard let value = flag.bool else {
                throw .invalid(file: file, line: line(flag), rule: id, problem: "'act-by-date' must be true or false")
            }
            needsActByDate = value
        }
        let rule = Rule(
            id: id, category: category, tier: tier,
            subject: try patterns(map["subject"], key: "subject", file: file, rule: id),
            body: try patterns(map["body"], key: "body", file: file, rule: id),
            bodyAlso: try patterns(map["body-also"], key: "body-also", file: file, rule: id),
            from: try patterns(map["from"], key: "from", file: file, rule: id),
            unless: try patterns(map["unless"], key: "unless", file: file, rule: id),
            unlessSubject: try patterns(map["unless-subject"], key: "unless-subject", file: file, rule: id),
            eventType: try patterns(map["event-type"], key: "event-type", file: file, rule: id),
            eventCategory: try patterns(map["event-category"], key: "event-category", file: file, rule: id),
            providers: try strings(map["provider"], key: "provider", file: file, rule: id),
            needsActByDate: needsActByDate,
            origin: "\(file):\(line(node))")
        if !rule.bodyAlso.isEmpty && rule.body.isEmpty {
            throw .invalid(
                file: file, line: line(node), rule: id,
                problem: "'body-also' needs 'body': it is a second body condition")
        }
        if rule.subject.isEmpty && rule.body.isEmpty && rule.from.isEmpty && rule.eventType.isEmpty
            && rule.eventCategory.isEmpty && !needsActByDate
        {
            throw .invalid(
                file: file, line: line(node), rule: id,
                problem: "no condition: give 'subject', 'body', 'from', 'event-type', 'event-category' or 'act-by-date'"
            )
        }
        return rule
    }

    /// `learned-model`: true, false, or a mapping of `enabled` and thresholds (see ``LearnedModelPolicy``).
    private static func parseLearned(_ node: Node, file: String) throws(RulesError) -> LearnedModelPolicy {
        let expected =
            "'learned-model' must be true, false, or a mapping of enabled (true or false) and "
            + LearnedModelPolicy.Setting.allCases.map(\.rawValue).joined(separator: ", ")
            + " (each a probability from 0.5 to 1, or false for never)"
        if let value = node.bool, node.scalar != nil { return LearnedModelPolicy(enabled: value) }
        guard let map = node.mapping else {
            throw .invalid(file: file, line: line(node), rule: nil, problem: expected)
        }
        let settings = LearnedModelPolicy.Setting.allCases.map(\.rawValue)
        try checkKeys(map, allowed: Set(["enabled"] + settings), file: file, rule: nil)
        var policy = LearnedModelPolicy()
        if let flag = map["enabled"] {
            guard let value = flag.bool else {
                throw .invalid(
                    file: file, line: line(flag), rule: nil, problem: "'learned-model: enabled' must be true or false")
            }
            policy.enabled = value
        }
        for setting in LearnedModelPolicy.Setting.allCases {
            guard let value = map[setting.rawValue] else { continue }
            if value.bool == false {
                policy.thresholds[setting] = .never
            } else if let probability = value.float, probability >= 0.5, probability <= 1 {
                policy.thresholds[setting] = .atLeast(probability)
            } else {
                throw .invalid(
                    file: file, line: line(value), rule: nil,
                    problem:
                        "'learned-model: \(setting.rawValue)' must be a probability from 0.5 to 1 (how sure the model must be, a number, not quoted), or false for never; got '\(value.string ?? "?")'"
                )
            }
        }
        return policy
    }

    private static func checkKeys(_ map: Node.Mapping, allowed: Set<String>, file: String, rule: String?)
        throws(RulesError)
    {
        for (key, _) in map {
            guard let name = key.string, allowed.contains(name) else {
                let list = allowed.sorted().joined(separator: ", ")
                throw .invalid(
                    file: file, line: line(key), rule: rule,
                    problem: "unknown key '\(key.string ?? "?")'; expected one of \(list)")
            }
        }
    }

    private static func strings(_ node: Node?, key: String, file: String, rule: String?) throws(RulesError) -> [String]
    {
        guard let node else { return [] }
        if let single = node.scalar { return [single.string] }
        guard let list = node.sequence else {
            throw .invalid(
                file: file, line: line(node), rule: rule, problem: "'\(key)' must be a string or a list of strings")
        }
        var result: [String] = []
        for item in list {
            guard let text = item.scalar?.string else {
                throw .invalid(file: file, line: line(item), rule: rule, problem: "'\(key)' must hold only strings")
            }
            result.append(text)
        }
        return result
    }

    private static func patterns(_ node: Node?, key: String, file: String, rule: String?) throws(RulesError)
        -> [Pattern]
    {
        guard let node else { return [] }
        // A list may name another list by its YAML anchor (`- *topic`): its patterns count here too.
        let items: [Node] = node.sequence.map { $0.flatMap { $0.sequence.map { Array($0) } ?? [$0] } } ?? [node]
        var result: [Pattern] = []
        for item in items {
            guard let source = item.scalar?.string else {
                throw .invalid(file: file, line: line(item), rule: rule, problem: "'\(key)' must hold only strings")
            }
            do {
                result.append(try Pattern(source))
            } catch {
                throw .invalid(
                    file: file, line: line(item), rule: rule,
                    problem:
                        "'\(key)' pattern /\(source)/ is not a valid regular expression: \(error.message) at offset \(error.offset)"
                )
            }
        }
        return result
    }

    private static func line(_ node: Node) -> Int { node.mark?.line ?? 1 }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): return mark.line
        default: return 1
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _): return problem
        default: return "\(error)"
        }
    }
}
