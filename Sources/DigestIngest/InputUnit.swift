import DigestModel
import Foundation

/// One file to parse, or one byte range of a large mbox: the unit of work that a parser reads.
public struct InputUnit: Sendable, Hashable {
    public enum Format: Sendable, Hashable {
        case mbox
        case message
    }

    public var path: String
    public var format: Format
    public var gzip: Bool
    /// For a split mbox, the bytes of this unit; nil for the whole file.
    public var range: Range<Int>?

    public init(path: String, format: Format, gzip: Bool = false, range: Range<Int>? = nil) {
        self.path = path
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
}
