import DigestMIME
import Foundation

/// Cuts a large mbox into byte ranges at message boundaries, so that several parsers can read it
/// at once. A boundary is a separator line (``MboxSeparator``), the same rule the mbox reader
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

    /// The offset of the first separator line at or after `offset`.
    static func nextBoundary(_ handle: FileHandle, from offset: Int, size: Int) -> Int? {
        let window = 1 << 16
        var position = max(0, offset - 1)
        while position < size {
            do {
                try handle.seek(toOffset: UInt64(position))
                // A window and room for a whole separator line after its last byte.
                guard let data = try handle.read(upToCount: window + 300), !data.isEmpty else { return nil }
                let bytes = [UInt8](data)
                let found = bytes.withUnsafeBufferPointer { b -> Int? in
                    var i = 0
                    while i + 1 < min(b.count, window + 1) {
                        if b[i] == 0x0A, MboxSeparator.isSeparator(b, at: i + 1) { return i + 1 }
                        i += 1
                    }
                    return nil
                }
                if let found { return position + found }
                if bytes.count < window + 300 { return nil }
                position += window
            } catch {
                return nil
            }
        }
        return nil
    }
}
