import Foundation

/// Cuts a large mbox into byte ranges at message boundaries, so that several parsers can read it
/// at once. A boundary is a `From ` line after an empty line, the same rule GMime's mbox parser
/// follows, so every range starts with a message and no message is cut.
public enum MboxSplitter {
    /// The byte ranges of `path` (of `size` bytes), each about `chunk` bytes long.
    public static func ranges(of path: String, size: Int, chunk: Int) -> [Range<Int>] {
        guard size > chunk, chunk > 0, let handle = FileHandle(forReadingAtPath: path) else { return [0..<size] }
        defer { try? handle.close() }
        var starts = [0]
        var target = chunk
        while target < size {
            guard let boundary = nextBoundary(handle, from: target, size: size), boundary < size else { break }
            if boundary > starts.last! { starts.append(boundary) }
            target = max(boundary, target) + chunk
        }
        return zip(starts, starts.dropFirst() + [size]).map { $0..<$1 }
    }

    /// The offset of the first `From ` that starts a line after an empty line, at or after `offset`.
    static func nextBoundary(_ handle: FileHandle, from offset: Int, size: Int) -> Int? {
        let window = 1 << 16
        let marker: [UInt8] = Array("\n\nFrom ".utf8)
        var position = max(0, offset - 2)
        while position < size {
            do {
                try handle.seek(toOffset: UInt64(position))
                guard let data = try handle.read(upToCount: window + marker.count), !data.isEmpty else { return nil }
                let bytes = [UInt8](data)
                if let index = find(marker, in: bytes) { return position + index + 2 }
                if bytes.count < window + marker.count { return nil }
                position += window
            } catch {
                return nil
            }
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0], haystack[i + 1] == needle[1], Array(haystack[i..<(i + needle.count)]) == needle
            {
                return i
            }
            i += 1
        }
        return nil
    }
}
