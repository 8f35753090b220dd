import Foundation

/// Why an input named on the command line cannot be read at all.
public enum IngestError: LocalizedError, Equatable, Sendable {
    case missingInput(path: String)
    case danglingInput(path: String)
    case unreadableInput(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .missingInput(let path):
            return "\(path): no such file or directory; give an mbox, a Maildir, an .eml file or a folder of them"
        case .danglingInput(let path):
            return "\(path): a symbolic link to nothing; give the file or folder it should point to"
        case .unreadableInput(let path, let reason):
            return "\(path): cannot read: \(reason)"
        }
    }
}
