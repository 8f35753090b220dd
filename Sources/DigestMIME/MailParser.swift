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

/// Owns one `GMimeParser *` and, through it, the stream over a file or a byte range of it.
///
/// Reads messages one at a time, so memory does not grow with the file. See
/// https://developer.gnome.org/gmime/stable/GMimeParser.html.
public final class MailParser {
    private let raw: UnsafeMutablePointer<GMimeParser>
    private let format: MailFormat
    private let path: String
    private let gzip: Bool
    private var finished = false

    /// Opens `path` for reading.
    /// - Parameters:
    ///   - range: read only these bytes (an mbox split at message boundaries); nil reads all.
    ///   - gzip: the file is gzip-compressed; it is inflated as it is read.
    public init(path: String, format: MailFormat, range: Range<Int>? = nil, gzip: Bool = false) throws(MIMEError) {
        let stream = try openStream(path: path, range: range, gzip: gzip)
        raw = g_mime_parser_new_with_stream(stream)
        cgmime_unref(stream)  // the parser holds its own reference
        g_mime_parser_set_format(raw, format == .mbox ? GMIME_FORMAT_MBOX : GMIME_FORMAT_MESSAGE)
        self.format = format
        self.path = path
        self.gzip = gzip
    }

    deinit { cgmime_unref(raw) }

    /// The next message, a failure to skip, or nil at the end of the input.
    public func next() -> ParsedItem? {
        guard !finished else { return nil }
        if format == .message { finished = true }
        if g_mime_parser_eos(raw) != 0 {
            finished = true
            return nil
        }
        let before = g_mime_parser_tell(raw)
        guard let message = g_mime_parser_construct_message(raw, nil) else {
            finished = true
            if format == .mbox, g_mime_parser_eos(raw) != 0, before == g_mime_parser_tell(raw) || before <= 0 {
                // Nothing but trailing bytes after the last message, or an empty file.
                return before <= 0 && format == .mbox
                    ? .failure(offset: before, reason: "no mbox \"From \" line found") : nil
            }
            return .failure(offset: max(before, 0), reason: "GMime could not parse a message here")
        }
        let owner = MIMEMessage(takingOwnershipOf: message)
        // Through the gzip filter GMime cannot tell positions (the first marker reads -1): no offsets there.
        let offset = gzip ? -1 : (format == .mbox ? g_mime_parser_get_mbox_marker_offset(raw) : 0)
        return .message(owner.content(), offset: offset)
    }
}

/// Opens `path` as a GMime stream (transfer full): bounded to `range`, inflated when `gzip`.
private func openStream(path: String, range: Range<Int>?, gzip: Bool) throws(MIMEError) -> UnsafeMutablePointer<
    GMimeStream
> {
    _ = gmimeReady
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
        throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    // The fs stream owns the descriptor and closes it when the stream is finalised.
    var stream: UnsafeMutablePointer<GMimeStream>
    if let range {
        stream = g_mime_stream_fs_new_with_bounds(fd, range.lowerBound, range.upperBound)
    } else {
        stream = g_mime_stream_fs_new(fd)
    }
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
        let stream = try openStream(path: path, range: nil, gzip: gzip)
        defer { cgmime_unref(stream) }
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = buffer.withUnsafeMutableBufferPointer { ptr in
                ptr.baseAddress!.advanced(by: filled).withMemoryRebound(to: CChar.self, capacity: count - filled) {
                    g_mime_stream_read(stream, $0, count - filled)
                }
            }
            if n <= 0 { break }
            filled += n
        }
        return Array(buffer[..<filled])
    }
}
