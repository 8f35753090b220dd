import DigestMIME
import Foundation

/// Reads the start of a gzip file, to tell what it holds (through GMime's gzip filter).
enum Gunzip {
    static func prefix(of path: String, count: Int) -> Data? {
        guard let bytes = try? MailStreamPeek.prefix(path: path, count: count, gzip: true) else { return nil }
        return Data(bytes)
    }
}
