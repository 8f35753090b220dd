/// How much of one message is read, whatever arrives: a hostile or broken message costs at most
/// this much memory and time. What lies beyond a limit is not read, and the message is marked
/// truncated (the digest says so); nothing beyond a limit is an error.
public struct ReadLimits: Sendable, Equatable {
    /// Bytes of one message (headers and body) kept; the rest is read past (`--max-message-mb`).
    public var messageBytes: Int
    /// Header fields of one message read (`--max-headers`).
    public var headers: Int
    /// Bytes of one header field's value read (`--max-header-kb`).
    public var headerBytes: Int
    /// Levels of MIME nesting (multiparts and attached messages) descended into (`--max-mime-depth`).
    public var mimeDepth: Int
    /// MIME parts of one message looked at (`--max-mime-parts`).
    public var mimeParts: Int

    public init(
        messageBytes: Int = 8 << 20, headers: Int = 500, headerBytes: Int = 64 << 10, mimeDepth: Int = 16,
        mimeParts: Int = 200
    ) {
        self.messageBytes = messageBytes
        self.headers = headers
        self.headerBytes = headerBytes
        self.mimeDepth = mimeDepth
        self.mimeParts = mimeParts
    }

    /// The defaults: generous for any real notice (the largest real notices have a few dozen header
    /// fields and a handful of parts, two levels deep).
    public static let standard = ReadLimits()
}
