import Foundation

/// A mailbox address as it appears in From or To: the decoded display name and the address.
public struct MailAddress: Sendable, Hashable, Codable {
    public var name: String
    public var address: String

    public init(name: String, address: String) {
        self.name = name
        self.address = address
    }
}

/// Which part of a message the body text was taken from.
public enum BodySource: String, Sendable, Codable {
    /// A `text/plain` part that is not an attachment.
    case plain
    /// A `text/html` part, when the message has no plain alternative; `MailContent.body` holds HTML.
    case html
    /// No readable text part.
    case none
}

/// Everything NoticeDigest reads from one message, copied out of GMime as Swift values.
public struct MailContent: Sendable {
    /// The Message-ID without angle brackets, or nil when the message has none.
    public var messageID: String?
    /// The Date header, or nil when absent or unparseable.
    public var date: Date?
    /// The offset of the Date header's zone from UTC, in seconds.
    public var utcOffset: Int
    public var from: MailAddress?
    public var to: [MailAddress]
    /// The decoded Subject (RFC 2047 words decoded, folding removed).
    public var subject: String
    /// The body as UTF-8: plain text, or HTML when `bodySource` is `.html`.
    public var body: String
    public var bodySource: BodySource
    /// Every `Authentication-Results` and `ARC-Authentication-Results` header, unfolded.
    public var authenticationResults: [String]
    /// File names (or MIME types) of the attachments.
    public var attachments: [String]
    /// Messages attached as `message/rfc822` parts (forwarded originals).
    public var attachedMessages: [MailContent]
    /// The message went past a reading limit (``ReadLimits``): only what came before it was read.
    public var truncated = false

    public init(
        messageID: String? = nil, date: Date? = nil, utcOffset: Int = 0, from: MailAddress? = nil,
        to: [MailAddress] = [], subject: String = "", body: String = "", bodySource: BodySource = .none,
        authenticationResults: [String] = [], attachments: [String] = [], attachedMessages: [MailContent] = []
    ) {
        self.messageID = messageID
        self.date = date
        self.utcOffset = utcOffset
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.bodySource = bodySource
        self.authenticationResults = authenticationResults
        self.attachments = attachments
        self.attachedMessages = attachedMessages
    }
}
