internal import CGMime
internal import CZlib
import Foundation

/// Reads the messages of an mbox one at a time: finds each separator line (``MboxSeparator``: a
/// `From ` line with a sender and a date, after a blank line or not, LF or CRLF), and hands back the
/// message's bytes without that line, without the blank line before the next separator, and with one
/// level of mboxrd `>From ` quoting undone. Counts the separators it finds: what was read, counted
/// where it is read.
///
/// We split the mbox ourselves rather than with GMime's mbox mode: GMime 3.2.13 splits a message
/// in two when a read buffer happens to end right before a `From ` in the middle of a body line
/// (seen on the 100,000-message benchmark month, where it truncated one notice and reported a
/// fragment). The rule here is the one mboxrd and GMime define, applied to whole lines only.
struct MboxReader {
    private var source: ByteSource
    private var buffer: [UInt8] = []
    /// Offset in the (inflated) file of `buffer[0]`.
    private var bufferOffset: Int
    private var cursor = 0
    private var atEnd = false
    private let end: Int
    /// The whole input is one message (no `From ` lines to look for).
    var wholeInput = false
    /// Separator lines found so far.
    private(set) var separators = 0
    /// Bytes of one message kept at most; the rest is read past, not kept (memory stays bounded
    /// whatever one message holds).
    var messageLimit = MboxReader.defaultMessageLimit
    static let defaultMessageLimit = ReadLimits.standard.messageBytes
    private static let chunk = 1 << 20

    init(source: ByteSource, start: Int, end: Int) {
        self.source = source
        self.bufferOffset = start
        self.end = end
    }

    /// Why the input ended early (damaged or truncated compressed data), if it did.
    var failure: String? { source.failure }

    /// The next message: its offset (of the `From ` line), its bytes, and whether it is cut short
    /// by the input's failure; nil at the end. Bytes before the first `From ` line come back as a
    /// message with `leading` set.
    mutating func next() -> (offset: Int, bytes: [UInt8], leading: Bool, cut: Bool, truncated: Bool)? {
        if wholeInput {
            guard !atEnd || cursor < buffer.count else { return nil }
            fill(atLeast: messageLimit)
            defer {
                // Whatever lies beyond the limit is not read.
                cursor = buffer.count
                atEnd = true
            }
            let truncated = buffer.count - cursor > messageLimit || !atEnd
            let bytes = Array(buffer[cursor..<min(buffer.count, cursor + messageLimit)])
            return cursor < buffer.count ? (0, bytes, false, source.failure != nil, truncated) : nil
        }
        fill(atLeast: 5)
        guard cursor < buffer.count else { return nil }
        let offset = bufferOffset + cursor
        guard offset < end else { return nil }
        let leading = !buffer[cursor...].starts(with: Self.from)
        if !leading { separators += 1 }
        // The message runs to the next separator line, or to the end of the input.
        var searchFrom = leading ? cursor : cursor + 5
        var boundary: Int?
        // The first `messageLimit` bytes of a message too long to keep whole.
        var head: [UInt8]?
        if !leading, let end = contentLengthEnd() { boundary = end }
        while boundary == nil {
            boundary = find(from: searchFrom)
            if boundary != nil || atEnd { break }
            // Look again from the last line start not yet judged (a separator may straddle the read).
            var lineStart = buffer.count - 1
            while lineStart > searchFrom, buffer[lineStart - 1] != 0x0A { lineStart -= 1 }
            searchFrom = max(searchFrom, lineStart)
            if lineStart - cursor > messageLimit {
                // Keep the head, read past the rest: drop what lies before the last partial line.
                if head == nil { head = Array(buffer[cursor..<(cursor + messageLimit)]) }
                buffer.removeFirst(lineStart)
                bufferOffset += lineStart
                cursor = 0
                searchFrom = 0
            }
            fill(atLeast: buffer.count - cursor + Self.chunk)
        }
        var messageEnd = boundary ?? buffer.count
        // The blank line before a separator belongs to the mbox, not to the message.
        if boundary != nil {
            if messageEnd - cursor >= 4, buffer[messageEnd - 1] == 0x0A, buffer[messageEnd - 2] == 0x0D,
                buffer[messageEnd - 3] == 0x0A, buffer[messageEnd - 4] == 0x0D
            {
                messageEnd -= 2
            } else if messageEnd - cursor >= 2, buffer[messageEnd - 1] == 0x0A, buffer[messageEnd - 2] == 0x0A {
                messageEnd -= 1
            }
        }
        var body = leading ? cursor : cursor
        if !leading {
            while body < messageEnd, buffer[body] != 0x0A { body += 1 }  // drop the From_ line
            body = min(body + 1, messageEnd)
        }
        let bytes: [UInt8]
        if let head {
            var start = 0
            if !leading {
                while start < head.count, head[start] != 0x0A { start += 1 }
                start = min(start + 1, head.count)
            }
            bytes = Self.unquote(head[start...])
        } else {
            bytes = Self.unquote(buffer[body..<messageEnd])
        }
        cursor = boundary ?? buffer.count
        compact()
        return (offset, bytes, leading, boundary == nil && source.failure != nil, head != nil)
    }

    private static let from: [UInt8] = Array("From ".utf8)

    /// mboxcl and mboxcl2 (Solaris, some exporters): a `Content-Length` header gives the length of
    /// the body, whose lines that look like separators are not quoted (mboxcl2). When the bytes right
    /// after that length are the end of the input or a separator line (after at most one blank
    /// line), the message ends there, whatever lines inside look like; otherwise the header is wrong
    /// or absent and the separator lines decide, as in any mbox. Called with `cursor` at a `From `.
    private mutating func contentLengthEnd() -> Int? {
        fill(atLeast: Self.headerWindow)
        let window = buffer[cursor..<min(buffer.count, cursor + Self.headerWindow)]
        // The header block: from the line after the From_ line to the first empty line.
        guard var line = window.firstIndex(of: 0x0A).map({ $0 + 1 }) else { return nil }
        var length: Int?
        var bodyStart: Int?
        while line < window.endIndex {
            let lineEnd = window[line...].firstIndex(of: 0x0A) ?? window.endIndex
            var content = window[line..<lineEnd]
            if content.last == 0x0D { content = content.dropLast() }
            if content.isEmpty {
                bodyStart = lineEnd + 1
                break
            }
            if content.count > 15, Self.isContentLength(content) {
                let digits = content.dropFirst(15).drop(while: { $0 == 0x20 || $0 == 0x09 })
                let number = digits.prefix(while: { $0 >= 0x30 && $0 <= 0x39 })
                if !number.isEmpty, number.count <= 12,
                    number.endIndex == digits.endIndex
                        || digits[number.endIndex...].allSatisfy({ $0 == 0x20 || $0 == 0x09 })
                {
                    length = Int(String(decoding: number, as: UTF8.self))
                }
            }
            line = lineEnd + 1
        }
        guard let length, let bodyStart, bodyStart + length - cursor <= messageLimit else { return nil }
        fill(atLeast: bodyStart + length - cursor + 512)
        let end = bodyStart + length
        guard end <= buffer.count else { return nil }
        if end == buffer.count && atEnd { return end }
        var next = end
        if next + 1 < buffer.count, buffer[next] == 0x0D, buffer[next + 1] == 0x0A {
            next += 2
        } else if next < buffer.count, buffer[next] == 0x0A {
            next += 1
        }
        if next == buffer.count && atEnd { return buffer.count }
        // The separator's whole line must be here to judge it (512 more bytes were asked for).
        guard next < buffer.count, next > 0, buffer[next - 1] == 0x0A,
            buffer[next...].contains(0x0A) || atEnd
        else { return nil }
        let separator = buffer.withUnsafeBufferPointer { MboxSeparator.isSeparator($0, at: next) }
        return separator ? next : nil
    }

    /// Bytes looked at for a message's header block.
    private static let headerWindow = 64 << 10

    /// `Content-Length:` at the start of a header line, in any case.
    private static func isContentLength(_ line: ArraySlice<UInt8>) -> Bool {
        let name = Array("content-length:".utf8)
        return zip(line.prefix(15), name).allSatisfy { ($0 | 0x20) == $1 }
    }

    /// The index of the `F` of the first separator line at or after `start` whose whole line is in
    /// the buffer (a line cut by the buffer's end is looked at again once more is read).
    private func find(from start: Int) -> Int? {
        guard buffer.count >= 7 else { return nil }
        let first = max(start, cursor + 1)
        let last = buffer.count - 6
        guard first <= last else { return nil }
        return buffer.withUnsafeBufferPointer { b -> Int? in
            let base = b.baseAddress!
            var i = first
            while i <= last {
                // Each "F" at a line start is a candidate (memchr is vectorised); its line decides.
                guard let hit = memchr(base + i, 0x46, last - i + 1) else { return nil }
                let f = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if b[f - 1] == 0x0A, b[f + 1] == 0x72, b[f + 2] == 0x6F, b[f + 3] == 0x6D, b[f + 4] == 0x20 {
                    // The whole line must be here to judge it.
                    if !atEnd && memchr(base + f, 0x0A, b.count - f) == nil { return nil }
                    if MboxSeparator.isSeparator(b, at: f) { return f }
                }
                i = f + 1
            }
            return nil
        }
    }

    private mutating func fill(atLeast count: Int) {
        while !atEnd && buffer.count - cursor < count {
            let read = source.read(Self.chunk, at: bufferOffset + buffer.count)
            if read.isEmpty { atEnd = true } else { buffer += read }
        }
    }

    /// Drops consumed bytes once they make up most of the buffer.
    private mutating func compact() {
        guard cursor > Self.chunk else { return }
        buffer.removeFirst(cursor)
        bufferOffset += cursor
        cursor = 0
    }

    /// A line `>From ` (or `>>From `, …) loses one `>`: mboxrd quoting undone on the raw message,
    /// before any transfer encoding is decoded.
    static func unquote(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        guard hasQuotedFrom(bytes) else { return Array(bytes) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var lineStart = true
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let byte = bytes[i]
            if lineStart && byte == 0x3E {
                var j = i
                while j < bytes.endIndex, bytes[j] == 0x3E { j += 1 }
                if bytes[j...].starts(with: from) {
                    i += 1  // skip one '>'
                    lineStart = false
                    continue
                }
            }
            out.append(byte)
            lineStart = byte == 0x0A
            i += 1
        }
        return out
    }
}

extension MboxReader {
    /// Whether any line starts with `>From ` (after any number of `>`): most messages have none,
    /// and are found so with `memchr` alone.
    static func hasQuotedFrom(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress, b.count >= 6 else { return false }
            // Each "From " is found by its 'F' (rare in mail text); only then are the bytes before
            // it read: one or more '>' at the start of a line.
            var i = 1
            while i + 5 <= b.count {
                guard let hit = memchr(base + i, 0x46, b.count - 4 - i) else { return false }
                let f = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if b[f + 1] == 0x72, b[f + 2] == 0x6F, b[f + 3] == 0x6D, b[f + 4] == 0x20, b[f - 1] == 0x3E {
                    var j = f - 1
                    while j > 0, b[j - 1] == 0x3E { j -= 1 }
                    if j == 0 || b[j - 1] == 0x0A { return true }
                }
                i = f + 1
            }
            return false
        }
    }
}

/// Where an mbox's bytes come from: the file itself, or GMime's gzip filter over it.
protocol ByteSource {
    /// Up to `count` bytes at `offset`; empty at the end. Compressed sources read sequentially.
    mutating func read(_ count: Int, at offset: Int) -> [UInt8]
    /// Why the source ended before the end of its data (damaged or truncated), if it did.
    var failure: String? { get }
}

extension ByteSource {
    var failure: String? { nil }
}

/// Bytes held in memory.
struct MemorySource: ByteSource {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func read(_ count: Int, at offset: Int) -> [UInt8] {
        guard offset < bytes.count else { return [] }
        return Array(bytes[offset..<min(bytes.count, offset + count)])
    }
}

/// Reads a file with `pread`; owns the descriptor.
final class FileSource: ByteSource {
    private let fd: Int32

    init(path: String) throws(MIMEError) {
        fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
    }

    deinit { close(fd) }

    func read(_ count: Int, at offset: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(offset)) }
        return n > 0 ? Array(bytes[..<n]) : []
    }
}

/// Inflates a gzip-compressed file with zlib; owns the descriptor and the `z_stream`.
///
/// zlib, not GMime's gzip filter: the filter stops quietly at damaged or truncated data, so the
/// messages after the damage would vanish without a word. Here a damaged stream, a truncated one
/// (no end of stream before the end of the file) and a failed check (CRC, length) are reported in
/// ``failure`` with zlib's words; what came before the damage is read. See https://zlib.net/manual.html.
final class GzipSource: ByteSource {
    private let fd: Int32
    private var stream = z_stream()
    private var input = [UInt8](repeating: 0, count: 1 << 16)
    /// How many bytes of `input` the last read filled (the unread ones are the last `avail_in`).
    private var inputEnd = 0
    private var finished = false
    /// Bytes of compressed input consumed.
    private var consumed = 0
    /// Why the stream stopped early, if it did.
    private(set) var failure: String?
    /// Bytes inflated so far, and the most a file of this size may inflate to: mail compresses
    /// about ten times; a stream that inflates beyond this ratio is a decompression bomb.
    private var inflated = 0
    private let inflateLimit: Int
    static let bombRatio = 200
    static let bombFloor = 64 << 20

    init(path: String) throws(MIMEError) {
        fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        var info = stat()
        let size = fstat(fd, &info) == 0 ? Int(info.st_size) : 0
        inflateLimit = max(Self.bombFloor, size * Self.bombRatio)
        guard czlib_inflate_init_gzip(&stream) == Z_OK else {
            close(fd)
            throw .cannotOpen(path: path, reason: "zlib could not start inflating")
        }
    }

    deinit {
        inflateEnd(&stream)
        close(fd)
    }

    /// Reads sequentially: `offset` is ignored, as a compressed stream has no random access.
    func read(_ count: Int, at offset: Int) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count && !finished {
            if inflated + filled > inflateLimit {
                failure =
                    "the compressed data inflates to more than \(Self.bombRatio) times its size (a decompression bomb); read no further"
                finished = true
                break
            }
            if stream.avail_in == 0 {
                let n = input.withUnsafeMutableBytes { Darwinless.read(fd, $0.baseAddress, $0.count) }
                if n <= 0 {
                    finished = true
                    if n < 0 {
                        failure = "reading the compressed file failed: \(String(cString: strerror(errno)))"
                    }
                    // Input ended inside a stream (not after its end): the file is truncated.
                    else if stream.total_in > 0 {
                        failure = "the compressed data ends early (truncated) after \(consumed) bytes"
                    }
                    break
                }
                consumed += n
                inputEnd = n
                stream.avail_in = uInt(n)
            }
            let status = input.withUnsafeMutableBufferPointer { inBuffer in
                out.withUnsafeMutableBufferPointer { outBuffer -> Int32 in
                    stream.next_in = inBuffer.baseAddress!.advanced(by: inputEnd - Int(stream.avail_in))
                    stream.next_out = outBuffer.baseAddress!.advanced(by: filled)
                    stream.avail_out = uInt(count - filled)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    filled = count - Int(stream.avail_out)
                    return status
                }
            }
            switch status {
            case Z_OK, Z_BUF_ERROR:
                continue
            case Z_STREAM_END:
                // Another gzip member may follow (concatenated files); otherwise the end.
                if stream.avail_in > 0 || Self.moreInput(fd) {
                    inflateReset(&stream)
                    stream.total_in = 0
                } else {
                    finished = true
                }
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                failure = "the compressed data is damaged (\(message)) near byte \(consumed - Int(stream.avail_in))"
                finished = true
            }
        }
        inflated += filled
        return Array(out[..<filled])
    }

    /// Whether the descriptor has more bytes to read.
    private static func moreInput(_ fd: Int32) -> Bool {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return false }
        return lseek(fd, 0, SEEK_CUR) < off_t(info.st_size)
    }
}

private enum Darwinless {
    static func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        Glibc.read(fd, buffer, count)
    }
}
