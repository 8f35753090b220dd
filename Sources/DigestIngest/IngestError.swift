import Foundation

/// Why an input named on the command line cannot be read at all.
public enum IngestError: LocalizedError, Equatable, Sendable {
    case missingInput(path: String)
    case unreadableDirectory(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .missingInput(let path):
            return "\(path): no such file or directory; give an mbox, a Maildir, an .eml file or a folder of them"
        case .unreadableDirectory(let path, let reason):
            return "\(path): cannot list this directory: \(reason)"
        }
    }
}
