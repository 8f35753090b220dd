import Foundation

/// Errors while rendering or writing a digest; each names the file at fault.
public enum RenderError: LocalizedError, Equatable, Sendable {
    case missingTemplates(directory: String)
    case missingTemplate(name: String, directory: String)
    case template(file: String, line: Int, column: Int, problem: String)
    case cannotWrite(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .missingTemplates(let directory):
            return
                "\(directory): no templates here; point --templates at a folder holding digest.md.mustache and page.html.mustache"
        case .missingTemplate(let name, let directory):
            return "\(directory)/\(name).mustache: template missing"
        case .template(let file, let line, let column, let problem):
            return "\(file):\(line):\(column): template error: \(problem)"
        case .cannotWrite(let path, let reason):
            return "\(path): cannot write: \(reason)"
        }
    }
}
