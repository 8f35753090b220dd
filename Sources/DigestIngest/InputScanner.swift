import DigestModel
import Foundation

/// Finds the mail files under the paths given on the command line, in a stable order.
///
/// A directory with `cur/` or `new/` is a Maildir; any other directory is searched recursively.
/// A file is an mbox when it starts with a `From ` line, a single message when it starts with a
/// header field; `.gz` files are inflated first. Anything else in a directory is reported as not
/// mail, never silently dropped; hidden files are skipped.
public enum InputScanner {
    /// Large uncompressed mboxes are cut into ranges of about this many bytes, parsed in parallel.
    public static let defaultSplitBytes = 8 << 20

    public static func plan(_ paths: [String], splitBytes: Int = defaultSplitBytes) throws(IngestError) -> InputPlan {
        var units: [InputUnit] = []
        var rejected: [Unreadable] = []
        var total = 0
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missingInput(path: path) }
            if isDirectory.boolValue {
                try scanDirectory(path, units: &units, rejected: &rejected, total: &total)
            } else {
                classify(file: path, units: &units, rejected: &rejected, total: &total)
            }
        }
        return InputPlan(units: split(units, every: splitBytes), rejected: rejected, totalBytes: total)
    }

    /// Every uncompressed mbox larger than `bytes` as ranges cut at message boundaries.
    static func split(_ units: [InputUnit], every bytes: Int) -> [InputUnit] {
        units.flatMap { unit -> [InputUnit] in
            guard unit.format == .mbox, !unit.gzip, unit.range == nil,
                let size = (try? FileManager.default.attributesOfItem(atPath: unit.path)[.size] as? Int) ?? nil,
                size > bytes
            else { return [unit] }
            return MboxSplitter.ranges(of: unit.path, size: size, chunk: bytes).map {
                InputUnit(path: unit.path, format: .mbox, range: $0)
            }
        }
    }

    private static func scanDirectory(
        _ path: String, units: inout [InputUnit], rejected: inout [Unreadable], total: inout Int
    ) throws(IngestError) {
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        } catch {
            throw .unreadableDirectory(path: path, reason: (error as NSError).localizedFailureReason ?? "\(error)")
        }
        let isMaildir = entries.contains("cur") || entries.contains("new")
        for name in entries where !name.hasPrefix(".") {
            let child = (path as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                if isMaildir && name == "tmp" { continue }  // messages still being delivered
                if isMaildir && (name == "cur" || name == "new") {
                    try scanMaildirFolder(child, units: &units, total: &total)
                } else {
                    try scanDirectory(child, units: &units, rejected: &rejected, total: &total)
                }
            } else {
                classify(file: child, units: &units, rejected: &rejected, total: &total)
            }
        }
    }

    /// Every file in a Maildir's `cur/` or `new/` is one message, whatever its name.
    private static func scanMaildirFolder(_ path: String, units: inout [InputUnit], total: inout Int)
        throws(IngestError)
    {
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        } catch {
            throw .unreadableDirectory(path: path, reason: (error as NSError).localizedFailureReason ?? "\(error)")
        }
        for name in entries where !name.hasPrefix(".") {
            append(
                InputUnit(path: (path as NSString).appendingPathComponent(name), format: .message), units: &units,
                total: &total)
        }
    }

    private static func append(_ unit: InputUnit, units: inout [InputUnit], total: inout Int) {
        units.append(unit)
        total += (try? FileManager.default.attributesOfItem(atPath: unit.path)[.size] as? Int) ?? 0
    }

    /// Decides what one file is by its first bytes.
    private static func classify(file: String, units: inout [InputUnit], rejected: inout [Unreadable], total: inout Int)
    {
        guard let handle = FileHandle(forReadingAtPath: file) else {
            rejected.append(Unreadable(source: file, reason: "cannot open: permission denied or not a regular file"))
            return
        }
        defer { try? handle.close() }
        var head = (try? handle.read(upToCount: 512)) ?? Data()
        let gzip = head.starts(with: [0x1f, 0x8b])
        if gzip {
            guard let inflated = Gunzip.prefix(of: file, count: 512) else {
                rejected.append(Unreadable(source: file, reason: "gzip data is corrupt"))
                return
            }
            head = inflated
        }
        if head.isEmpty {
            rejected.append(Unreadable(source: file, reason: "empty file"))
            return
        }
        if head.starts(with: Array("From ".utf8)) {
            append(InputUnit(path: file, format: .mbox, gzip: gzip), units: &units, total: &total)
        } else if looksLikeHeader(head) {
            append(InputUnit(path: file, format: .message, gzip: gzip), units: &units, total: &total)
        } else {
            rejected.append(
                Unreadable(
                    source: file, reason: "not mail: neither an mbox \"From \" line nor a header field at the start"))
        }
    }

    /// True when the first line is `Name: value` with a header-field name (RFC 5322 §2.2).
    static func looksLikeHeader(_ head: Data) -> Bool {
        var sawName = false
        for byte in head {
            if byte == UInt8(ascii: ":") { return sawName }
            guard byte > 32, byte < 127 else { return false }
            sawName = true
        }
        return false
    }
}
