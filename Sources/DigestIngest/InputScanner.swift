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
        var walk = Walk()
        for path in paths {
            if path == "-" {
                walk.spool(FileHandle.standardInput, label: "standard input")
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0 else {
                var link = stat()
                if lstat(path, &link) == 0 { throw .danglingInput(path: path) }
                throw .missingInput(path: path)
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: walk.directory(path, identity: FileIdentity(info))
            case S_IFREG: walk.file(path, identity: FileIdentity(info))
            case S_IFIFO, S_IFCHR, S_IFSOCK:
                // Named on the command line (a pipe, `<(cat month.mbox)`, /dev/stdin): read once, spooled.
                guard let handle = FileHandle(forReadingAtPath: path) else {
                    throw .unreadableInput(path: path, reason: String(cString: strerror(errno)))
                }
                walk.spool(handle, label: path)
            default:
                throw .unreadableInput(path: path, reason: "not a file, a folder or a pipe")
            }
        }
        return InputPlan(
            units: split(walk.units, every: splitBytes), rejected: walk.rejected, totalBytes: walk.total,
            spooled: walk.spooled)
    }

    /// Every uncompressed mbox larger than `bytes` as ranges cut at message boundaries.
    static func split(_ units: [InputUnit], every bytes: Int) -> [InputUnit] {
        units.flatMap { unit -> [InputUnit] in
            guard unit.format == .mbox, !unit.gzip, unit.range == nil,
                let size = (try? FileManager.default.attributesOfItem(atPath: unit.path)[.size] as? Int) ?? nil,
                size > bytes
            else { return [unit] }
            return MboxSplitter.ranges(of: unit.path, size: size, chunk: bytes).map {
                InputUnit(path: unit.path, format: .mbox, range: $0, label: unit.label)
            }
        }
    }

    /// A file's device and inode: the same file reached by two paths (symbolic links) is read once,
    /// and a folder met again is a loop.
    struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// What the walk over the inputs has found so far.
    struct Walk {
        var units: [InputUnit] = []
        var rejected: [Unreadable] = []
        var total = 0
        var spooled: [String] = []
        private var seenFiles = Set<FileIdentity>()
        private var seenFolders: [FileIdentity: String] = [:]

        mutating func reject(_ path: String, _ reason: String) {
            rejected.append(Unreadable(source: path, reason: reason))
        }

        /// A folder: a Maildir when it has `cur/` or `new/`, else searched recursively. Symbolic
        /// links are followed once; a folder met again is a loop, reported and not walked.
        mutating func directory(_ path: String, identity: FileIdentity) {
            if let first = seenFolders[identity] {
                reject(path, "symbolic link loop: this folder is \(first), already read; not read again")
                return
            }
            seenFolders[identity] = path
            guard let entries = list(path) else { return }
            let isMaildir = entries.contains("cur") || entries.contains("new")
            for name in entries where !name.hasPrefix(".") {
                let child = (path as NSString).appendingPathComponent(name)
                var link = stat()
                guard lstat(child, &link) == 0 else {
                    reject(child, "cannot read: \(String(cString: strerror(errno)))")
                    continue
                }
                var info = stat()
                if link.st_mode & S_IFMT == S_IFLNK {
                    let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: child)) ?? "?"
                    guard stat(child, &info) == 0 else {
                        reject(child, "dangling symbolic link to \(target): nothing to read")
                        continue
                    }
                } else {
                    info = link
                }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    if isMaildir && name == "tmp" { continue }  // messages still being delivered
                    if isMaildir && (name == "cur" || name == "new") {
                        maildirFolder(child, identity: FileIdentity(info))
                    } else {
                        directory(child, identity: FileIdentity(info))
                    }
                case S_IFREG:
                    file(child, identity: FileIdentity(info))
                default:
                    // FIFOs, sockets and devices are never opened: reading one could wait forever.
                    reject(child, "not a regular file (\(Self.kind(info.st_mode))): not read")
                }
            }
        }

        static func kind(_ mode: mode_t) -> String {
            switch mode & S_IFMT {
            case S_IFIFO: return "a named pipe"
            case S_IFSOCK: return "a socket"
            case S_IFCHR: return "a character device"
            case S_IFBLK: return "a block device"
            default: return "a special file"
            }
        }

        /// The names in a folder, sorted; nil (and an unreadable entry) when it cannot be listed.
        mutating func list(_ path: String) -> [String]? {
            do {
                return try FileManager.default.contentsOfDirectory(atPath: path).sorted()
            } catch {
                reject(path, "cannot list this folder: \((error as NSError).localizedFailureReason ?? "\(error)")")
                return nil
            }
        }

        /// Every regular file in a Maildir's `cur/` or `new/` is one message, whatever its name.
        mutating func maildirFolder(_ path: String, identity: FileIdentity) {
            seenFolders[identity] = path
            guard let entries = list(path) else { return }
            for name in entries where !name.hasPrefix(".") {
                let child = (path as NSString).appendingPathComponent(name)
                var info = stat()
                guard stat(child, &info) == 0 else {
                    reject(child, "cannot read: \(String(cString: strerror(errno)))")
                    continue
                }
                guard info.st_mode & S_IFMT == S_IFREG else {
                    reject(child, "not a regular file (\(Self.kind(info.st_mode))): not read")
                    continue
                }
                guard seenFiles.insert(FileIdentity(info)).inserted else { continue }
                units.append(InputUnit(path: child, format: .message))
                total += Int(info.st_size)
            }
        }

        /// A regular file, once however many paths lead to it.
        mutating func file(_ path: String, identity: FileIdentity) {
            guard seenFiles.insert(identity).inserted else { return }
            InputScanner.classify(file: path, units: &units, rejected: &rejected, total: &total)
        }

        /// A stream (standard input, a pipe) copied to a temporary file, so that it can be read like
        /// any file; the file is removed when the run ends (``InputPlan/spooled``).
        mutating func spool(_ handle: FileHandle, label: String) {
            let path = NSTemporaryDirectory() + "notice-digest-spool-\(getpid())-\(spooled.count)"
            guard FileManager.default.createFile(atPath: path, contents: nil),
                let out = FileHandle(forWritingAtPath: path)
            else {
                reject(label, "cannot make a temporary file to read it into")
                return
            }
            spooled.append(path)
            do {
                while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                    try out.write(contentsOf: chunk)
                }
                try out.close()
            } catch {
                reject(label, "reading stopped: \(error.localizedDescription)")
                return
            }
            var before = units.count
            InputScanner.classify(file: path, units: &units, rejected: &rejected, total: &total)
            while before < units.count {
                units[before].label = label
                before += 1
            }
            for index in rejected.indices where rejected[index].source == path { rejected[index].source = label }
        }
    }

    static func append(_ unit: InputUnit, units: inout [InputUnit], total: inout Int) {
        units.append(unit)
        total += (try? FileManager.default.attributesOfItem(atPath: unit.path)[.size] as? Int) ?? 0
    }

    /// Decides what one file is by its first bytes.
    static func classify(file: String, units: inout [InputUnit], rejected: inout [Unreadable], total: inout Int) {
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
        if let first = head.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }),
            first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        {
            // JSON: AWS Health events (HealthEvents tells which form, or why it is none).
            append(InputUnit(path: file, format: .healthJSON, gzip: gzip), units: &units, total: &total)
        } else if head.starts(with: Array("From ".utf8)) {
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
