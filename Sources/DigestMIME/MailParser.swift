internal import CGMime
import Foundation

/// How a file holds its messages.
public enum MailFormat: Sendable {
    /// One RFC 5322 message (an `.eml` file or a Maildir entry).
    case message
    /// Many messages, each after a `From ` line (mboxo or mboxrd).
    case mbox
}

/// One step of a ``MailParser``: a message read, or a stretch of the file GMime could not read.
public enum ParsedItem: Sendable {
    case message(MailContent, offset: Int)
    case failure(offset: Int, reason: String)
}

/// Reads the messages of a file, one at a time, so memory does not grow with the file: a single
/// message (`.eml`, a Maildir entry), or an mbox, whole or a byte range of it, plain or gzip.
///
/// An mbox is split into messages by ``MboxReader``; GMime parses each message. See
/// https://developer.gnome.org/gmime/stable/GMimeParser.html.
public final class MailParser {
    private let format: MailFormat
    private let path: String
    private let gzip: Bool
    private var mbox: MboxReader?
    private var finished = false
    private var ordinal = 0
    private var leadingStretches = 0
    /// Bytes of one message read at most, unless a caller says otherwise.
    public static let defaultMessageLimit = ReadLimits.standard.messageBytes
    private let limits: ReadLimits
    /// 1 once a damaged or truncated input has been reported.
    private var damage = 0

    /// What was found in the input, counted as it is read and independently of what becomes of it:
    /// the mbox separator lines (one per message), stretches before the first one that are not
    /// blank, or 1 for a single-message file.
    public var found: Int {
        (format == .mbox ? (mbox?.separators ?? 0) + leadingStretches : 1) + damage
    }

    /// Reads `bytes` held in memory (for the fuzzer and tests) as one message or an mbox.
    public init(bytes: [UInt8], format: MailFormat, limits: ReadLimits = .standard) {
        self.format = format
        self.limits = limits
        self.path = "(memory)"
        self.gzip = false
        var reader = MboxReader(source: MemorySource(bytes), start: 0, end: .max)
        reader.wholeInput = format == .message
        reader.messageLimit = limits.messageBytes
        mbox = reader
    }

    /// Opens `path` for reading.
    /// - Parameters:
    ///   - range: read only the messages that begin in these bytes (an mbox split at message
    ///     boundaries); nil reads all.
    ///   - gzip: the file is gzip-compressed; it is inflated as it is read.
    ///   - limits: how much of one message is read (bytes, headers, MIME parts); what lies beyond
    ///     is read past, and the message is marked truncated.
    public init(
        path: String, format: MailFormat, range: Range<Int>? = nil, gzip: Bool = false,
        limits: ReadLimits = .standard
    ) throws(MIMEError) {
        self.format = format
        self.limits = limits
        self.path = path
        self.gzip = gzip
        let source: ByteSource = gzip ? try GzipSource(path: path) : try FileSource(path: path)
        if format == .mbox {
            mbox = MboxReader(source: source, start: gzip ? 0 : range?.lowerBound ?? 0, end: range?.upperBound ?? .max)
        } else {
            var single = MboxReader(source: source, start: 0, end: .max)
            single.wholeInput = true
            mbox = single
        }
        mbox?.messageLimit = limits.messageBytes
    }

    /// The next message, a stretch that is not one, or nil at the end of the input.
    public func next() -> ParsedItem? {
        while !finished, let item = mbox?.next() {
            ordinal += 1
            // Inside a gzip file there are no file offsets to give: the message is numbered instead.
            let offset = gzip && format == .mbox ? -1 : item.offset
            if format == .mbox && item.leading {
                if item.bytes.allSatisfy({ $0 == 0x0A || $0 == 0x0D || $0 == 0x20 || $0 == 0x09 }) { continue }
                leadingStretches += 1
                return .failure(
                    offset: max(offset, 0), reason: "text before the first mbox \"From \" line: not a message")
            }
            if item.cut {
                return .failure(
                    offset: offset, reason: "message cut short: \(mbox?.failure ?? "the input ended early")")
            }
            guard var content = MIMEMessage.parse(item.bytes, limits: limits) else {
                return .failure(offset: max(offset, 0), reason: "GMime could not parse a message here")
            }
            content.truncated = content.truncated || item.truncated
            return .message(content, offset: format == .mbox ? offset : 0)
        }
        // A single-message file that held nothing is still one thing found: say so.
        if format == .message && ordinal == 0 && !finished {
            finished = true
            return .failure(offset: 0, reason: "empty: no message here")
        }
        finished = true
        // Damage after the last whole message, or where no message began: one entry for the rest.
        if damage == 0, let failure = mbox?.failure {
            damage = 1
            return .failure(offset: -1, reason: "the rest of the file is unreadable: \(failure)")
        }
        return nil
    }
}

/// Opens `path` as a GMime stream (transfer full), inflated when `gzip`.
func openStream(path: String, gzip: Bool) throws(MIMEError) -> UnsafeMutablePointer<GMimeStream> {
    _ = gmimeReady
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
        throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    // The fs stream owns the descriptor and closes it when the stream is finalised.
    var stream: UnsafeMutablePointer<GMimeStream> = g_mime_stream_fs_new(fd)
    if gzip {
        let filtered = g_mime_stream_filter_new(stream)!
        let inflate = g_mime_filter_gzip_new(GMIME_FILTER_GZIP_MODE_UNZIP, 0)
        _ = g_mime_stream_filter_add(cgmime_stream_filter(filtered), inflate)
        cgmime_unref(inflate)
        cgmime_unref(stream)
        stream = filtered
    }
    return stream
}

/// Reads the first bytes of a file through GMime's streams, e.g. to sniff a gzip file's contents.
public enum MailStreamPeek {
    public static func prefix(path: String, count: Int, gzip: Bool) throws(MIMEError) -> [UInt8] {
        var source: ByteSource = gzip ? try GzipSource(path: path) : try FileSource(path: path)
        return source.read(count, at: 0)
    }
}
