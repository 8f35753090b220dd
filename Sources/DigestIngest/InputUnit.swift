import DigestModel
import Foundation

/// One file to parse, or one byte range of a large mbox: the unit of work that a parser reads.
public struct InputUnit: Sendable, Hashable {
    public enum Format: Sendable, Hashable {
        case mbox
        case message
        /// AWS Health events as JSON or JSON lines (``HealthEvents``).
        case healthJSON
    }

    public var path: String
    /// What the digest calls the input: the path, or `standard input` for a spooled stream.
    public var label: String
    public var format: Format
    public var gzip: Bool
    /// For a split mbox, the bytes of this unit; nil for the whole file.
    public var range: Range<Int>?

    public init(path: String, format: Format, gzip: Bool = false, range: Range<Int>? = nil, label: String? = nil) {
        self.path = path
        self.label = label ?? path
        self.format = format
        self.gzip = gzip
        self.range = range
    }
}

/// The units found under the inputs, plus the files that are not mail at all.
public struct InputPlan: Sendable {
    public var units: [InputUnit]
    public var rejected: [Unreadable]
    /// Total bytes of the files to read (compressed size for gzip), for progress.
    public var totalBytes: Int
    /// Temporary files that hold standard input or a pipe's contents: remove them when done.
    public var spooled: [String] = []

    /// Removes the temporary files.
    public func removeSpooled() {
        for path in spooled { try? FileManager.default.removeItem(atPath: path) }
    }
}
