import Foundation

/// A rules file that cannot be used; every case names the file and line, and the rule where there is one.
public enum RulesError: LocalizedError, Equatable, Sendable {
    case unreadable(file: String, reason: String)
    case syntax(file: String, line: Int, problem: String)
    case unsupportedVersion(file: String, line: Int, version: Int, supported: Int)
    case invalid(file: String, line: Int, rule: String?, problem: String)

    public var errorDescription: String? {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read rules file: \(reason)"
        case .syntax(let file, let line, let problem):
            return "\(file):\(line): YAML syntax error: \(problem)"
        case .unsupportedVersion(let file, let line, let version, let supported):
            return
                "\(file):\(line): rules format version \(version) is newer than this tool reads (\(supported)); upgrade notice-digest"
        case .invalid(let file, let line, let rule, let problem):
            return "\(file):\(line): " + (rule.map { "rule '\($0)': " } ?? "") + problem
        }
    }
}
