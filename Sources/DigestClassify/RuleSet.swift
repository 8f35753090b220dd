import DigestModel
import Foundation
import Yams

/// The effective rules: the defaults shipped with the tool, extended or overridden by a user's file.
///
/// Precedence: rules are tried in order and the first whose conditions all hold decides. A user's
/// rule with the id of a default rule replaces it in place; a user's rule with a new id goes before
/// all default rules, so local rules win. A message no rule matches is `informational` (rule
/// `fallback`).
public struct RuleSet: Sendable {
    public static let formatVersion = 1

    public var rules: [Rule]
    /// Domains the provider sends from; a sender on one of them (or a subdomain) can be verified.
    public var providerDomains: [String]
    /// Text that claims to be the provider (in the sender's name, the subject or the body).
    public var impersonation: [Pattern]
    /// Domains the provider's notices link to besides those it sends from (`awsstatic.com`, …).
    public var linkDomains: [String] = []
    /// Requests that phishing makes ("update your payment method", "verify your account"): from a
    /// sender that is not the provider's, they make a message suspicious.
    public var phishingCues: [Pattern] = []
    /// Where each file came from, in load order.
    public var files: [String]

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
        return set
    }

    /// Applies `other` on top of this set (see the type's precedence).
    public mutating func apply(_ other: RuleSet) {
        var added: [Rule] = []
        for rule in other.rules {
            if let index = rules.firstIndex(where: { $0.id == rule.id }) {
                rules[index] = rule
            } else {
                added.append(rule)
            }
        }
        rules = added + rules
        for domain in other.providerDomains where !providerDomains.contains(domain) {
            providerDomains.append(domain)
        }
        for domain in other.linkDomains where !linkDomains.contains(domain) {
            linkDomains.append(domain)
        }
        impersonation += other.impersonation
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
        try checkKeys(top, allowed: ["version", "provider", "rules"], file: file, rule: nil)
        guard let versionNode = top["version"], let version = versionNode.int else {
            throw .invalid(
                file: file, line: line(root), rule: nil,
                problem: "'version' is missing; this tool reads version \(formatVersion)")
        }
        guard version <= formatVersion, version >= 1 else {
            throw .unsupportedVersion(file: file, line: line(versionNode), version: version, supported: formatVersion)
        }
        var set = RuleSet(rules: [], providerDomains: [], impersonation: [], files: [file])
        if let provider = top["provider"] {
            guard let map = provider.mapping else {
                throw .invalid(file: file, line: line(provider), rule: nil, problem: "'provider' must be a mapping")
            }
            try checkKeys(
                map, allowed: ["domains", "impersonation", "link-domains", "phishing-cues"], file: file, rule: nil)
            set.phishingCues = try patterns(map["phishing-cues"], key: "phishing-cues", file: file, rule: nil)
            set.linkDomains = try strings(map["link-domains"], key: "link-domains", file: file, rule: nil).map {
                $0.lowercased()
            }
            set.providerDomains = try strings(map["domains"], key: "domains", file: file, rule: nil).map {
                $0.lowercased()
            }
            set.impersonation = try patterns(map["impersonation"], key: "impersonation", file: file, rule: nil)
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
            map, allowed: ["id", "category", "subject", "body", "from", "event-type", "event-category", "description"],
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
        let rule = Rule(
            id: id, category: category,
            subject: try patterns(map["subject"], key: "subject", file: file, rule: id),
            body: try patterns(map["body"], key: "body", file: file, rule: id),
            from: try patterns(map["from"], key: "from", file: file, rule: id),
            origin: "\(file):\(line(node))")
        if rule.subject.isEmpty && rule.body.isEmpty && rule.from.isEmpty {
            throw .invalid(
                file: file, line: line(node), rule: id, problem: "no condition: give 'subject', 'body' or 'from'")
        }
        return rule
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
        let items: [Node] = node.sequence.map { Array($0) } ?? [node]
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
