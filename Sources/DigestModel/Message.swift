import Foundation

/// Where a message was read from: a file, and the byte offset of the message in it.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var path: String
    /// Byte offset of the message's first line (the `From ` line in an mbox); 0 for single-message
    /// files; -1 where no offset can be known (inside a gzip-compressed mbox).
    public var offset: Int
    /// The message's number in its file, counting from 1, where the offset is unknown.
    public var ordinal: Int?

    public init(path: String, offset: Int = 0, ordinal: Int? = nil) {
        self.path = path
        self.offset = offset
        self.ordinal = ordinal
    }

    /// `path` for a single-message file, `path:offset` inside an mbox, `path#n` for the n-th message
    /// of a compressed mbox.
    public var description: String {
        if offset < 0 { return "\(path)#\(ordinal ?? 0)" }
        return offset == 0 ? path : "\(path):\(offset)"
    }
}

/// An e-mail address with its display name.
public struct Address: Sendable, Hashable, Codable {
    public var name: String
    public var address: String

    public init(name: String = "", address: String) {
        self.name = name
        self.address = address
    }

    /// The part after the last `@`, lower-cased; empty when there is none.
    public var domain: String {
        guard let at = address.lastIndex(of: "@") else { return "" }
        return address[address.index(after: at)...].lowercased()
    }
}

/// A message attached to or quoted in another (a forwarded original).
public struct EmbeddedMessage: Sendable, Hashable {
    public var subject: String
    public var from: Address?
    public var text: String

    public init(subject: String, from: Address?, text: String) {
        self.subject = subject
        self.from = from
        self.text = text
    }
}

/// One message as Ingest hands it on: headers, plain text and where it came from.
public struct Message: Sendable {
    /// The Message-ID without angle brackets, or nil when the message has none.
    public var messageID: String?
    public var date: Date?
    /// Offset of the Date header's zone from UTC, in seconds.
    public var utcOffset: Int
    public var from: Address?
    public var to: [Address]
    /// The decoded Subject.
    public var subject: String
    /// The body as plain text (HTML-only bodies already reduced to text).
    public var text: String
    /// The `Authentication-Results` headers the receiving servers added.
    public var authenticationResults: [String]
    public var attachments: [String]
    /// Messages attached as `message/rfc822` (forwarded originals).
    public var embedded: [EmbeddedMessage]
    public var source: SourceLocation
    /// For an AWS Health event (not a mail): its type code (`AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED`)
    /// and category (`scheduledChange`, `accountNotification`, `issue`, `investigation`).
    public var eventTypeCode: String?
    public var eventCategory: String?
    /// Went past a reading limit (bytes, header fields, MIME parts): only what came before was read.
    public var truncated = false

    public init(
        messageID: String? = nil, date: Date? = nil, utcOffset: Int = 0, from: Address? = nil, to: [Address] = [],
        subject: String = "", text: String = "", authenticationResults: [String] = [], attachments: [String] = [],
        embedded: [EmbeddedMessage] = [], source: SourceLocation
    ) {
        self.messageID = messageID
        self.date = date
        self.utcOffset = utcOffset
        self.from = from
        self.to = to
        self.subject = subject
        self.text = text
        self.authenticationResults = authenticationResults
        self.attachments = attachments
        self.embedded = embedded
        self.source = source
    }

    /// The Message-ID, or for a message without one an id derived from its source, stable from run
    /// to run: `noid-` and 16 hex digits of a hash of the path and offset.
    public var stableID: String {
        if let messageID, !messageID.isEmpty { return messageID }
        return "noid-" + StableHash.hex(source.description)
    }
}

/// An input that could not be read, and why.
public struct Unreadable: Sendable, Hashable, Codable {
    public var source: String
    public var reason: String

    public init(source: String, reason: String) {
        self.source = source
        self.reason = reason
    }
}
