import Foundation

/// Errors raised while opening or parsing mail through GMime.
public enum MIMEError: LocalizedError, Equatable, Sendable {
    /// The file could not be opened; `reason` is the operating system's message.
    case cannotOpen(path: String, reason: String)
    /// GMime found no message at `offset` of `path`.
    case noMessage(path: String, offset: Int)

    public var errorDescription: String? {
        switch self {
        case .cannotOpen(let path, let reason):
            return "\(path): cannot open: \(reason)"
        case .noMessage(let path, let offset):
            return "\(path) at byte \(offset): GMime found no message here"
        }
    }
}
