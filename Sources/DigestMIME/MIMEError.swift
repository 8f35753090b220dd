import Foundation

/// Errors raised while opening or parsing mail through GMime.
public enum MIMEError: LocalizedError, Equatable, Sendable {
    /// The file could not be opened; `reason` is the operating system's message.
    case cannotOpen(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .cannotOpen(let path, let reason):
            return "\(path): cannot open: \(reason)"
        }
    }
}
