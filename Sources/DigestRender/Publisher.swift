import DigestModel
import Foundation

/// Writes a month's files so that a failed run never leaves half a digest: each file goes to a
/// temporary name in the same folder and is renamed over the old one only when complete.
public enum Publisher {
    /// Writes `files` (name → contents) into `directory`, creating it if needed; returns the paths written.
    @discardableResult
    public static func publish(_ files: [(name: String, contents: Data)], to directory: String) throws(RenderError)
        -> [String]
    {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: directory, reason: (error as NSError).localizedDescription)
        }
        var staged: [(temporary: String, final: String)] = []
        for file in files {
            let final = (directory as NSString).appendingPathComponent(file.name)
            let temporary = (directory as NSString).appendingPathComponent(".\(file.name).partial")
            do {
                try file.contents.write(to: URL(fileURLWithPath: temporary))
            } catch {
                for item in staged { try? FileManager.default.removeItem(atPath: item.temporary) }
                throw .cannotWrite(path: final, reason: (error as NSError).localizedDescription)
            }
            staged.append((temporary, final))
        }
        for item in staged where rename(item.temporary, item.final) != 0 {
            throw .cannotWrite(path: item.final, reason: String(cString: strerror(errno)))
        }
        return staged.map(\.final)
    }

    /// digest.json: members sorted by key, messages one per line in date order; the same bytes for
    /// the same digest. Written to `path` as it is produced (through a temporary name).
    public static func writeJSON(_ digest: Digest, to path: String) throws(RenderError) {
        let temporary =
            (path as NSString).deletingLastPathComponent + "/." + (path as NSString).lastPathComponent + ".partial"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary)
        else {
            throw .cannotWrite(path: path, reason: "cannot create \(temporary)")
        }
        do {
            var writer = JSONWriter { bytes in try handle.write(contentsOf: bytes) }
            try DigestJSON.write(digest, to: &writer)
            try handle.close()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporary)
            throw .cannotWrite(path: path, reason: (error as NSError).localizedDescription)
        }
        guard rename(temporary, path) == 0 else {
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// digest.json in memory, for small digests and tests.
    public static func json(_ digest: Digest) -> Data {
        var data = Data()
        var writer = JSONWriter { bytes in data.append(contentsOf: bytes) }
        try? DigestJSON.write(digest, to: &writer)
        return data
    }
}
