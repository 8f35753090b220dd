import DigestMIME
import Foundation

/// Reads the start of a gzip file, to tell what it holds (through GMime's gzip filter).
enum Gunzip {
    static func prefix(of path: String, count: Int) -> Data? {
        guard let bytes = try? MailStreamPeek.prefix(path: path, count: count, gzip: true) else { return nil }
        return Data(bytes)
    }

    /// A whole (small) gzip file inflated: AWS Health JSON. Nil when damaged or larger than 256 MB.
    static func all(of path: String) -> Data? {
        let limit = HealthEvents.largestFile
        guard let data = prefix(of: path, count: limit), data.count < limit else { return nil }
        return data
    }
}
