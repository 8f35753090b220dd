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

    /// digest.json: sorted keys, ISO 8601 dates, the same bytes for the same digest.
    public static func json(_ digest: Digest) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        // Encoding value types we define cannot fail.
        return (try? encoder.encode(digest)) ?? Data()
    }
}
