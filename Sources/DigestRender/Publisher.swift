internal import CSystem
import DigestModel
import Foundation

/// Publishes a month as a whole: its files are written into a fresh, uniquely named folder beside
/// the month's folder and swapped in with one atomic exchange, so a run killed at any moment leaves
/// either the old month or the new one, whole, never a mix; the site index is replaced last.
/// Leftovers of killed runs are removed by the next run. A lock on the output folder keeps two runs
/// from writing at once.
public enum Publisher {
    /// Holds the output folder's lock for as long as it lives; waits for another run's lock first.
    public final class Lock {
        private let fd: Int32

        /// Takes the lock of `out`, creating the folder if needed; `waiting` is called once when
        /// another run holds it (the call then waits for it).
        public init(out: String, waiting: () -> Void = {}) throws(RenderError) {
            do {
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            } catch {
                throw .cannotWrite(path: out, reason: Publisher.reason(error))
            }
            let path = (out as NSString).appendingPathComponent(".notice-digest.lock")
            fd = open(path, O_RDWR | O_CREAT, 0o644)
            guard fd >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                waiting()
                guard flock(fd, LOCK_EX) == 0 else {
                    let reason = String(cString: strerror(errno))
                    close(fd)
                    throw .cannotWrite(path: path, reason: "cannot lock the output folder: \(reason)")
                }
            }
        }

        deinit {
            flock(fd, LOCK_UN)
            close(fd)
        }
    }

    /// One file of a month, made when the month is written: `make` runs on one of the writing
    /// threads, beside digest.json and the other files.
    public struct MonthFile {
        public var name: String
        public var make: () -> Data

        public init(_ name: String, make: @escaping () -> Data) {
            self.name = name
            self.make = make
        }

        public init(_ name: String, contents: Data) {
            self.init(name) { contents }
        }
    }

    /// Publishes a month: `files`, digest.json, summary.json and notices.csv are made and written
    /// into a new folder on all cores (digest.json, the largest, first), which then takes the place
    /// of `directory` in one step; the month it replaces is kept as `previous/` inside it until the
    /// next run. The first failure in that order is the one reported.
    public static func publishMonth(_ files: [MonthFile], digest: Digest, to directory: String) throws(RenderError) {
        let parent = (directory as NSString).deletingLastPathComponent
        let name = (directory as NSString).lastPathComponent
        removeLeftovers(in: parent, of: name)
        let staging = (parent as NSString).appendingPathComponent(
            ".\(name).new-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: staging, reason: reason(error))
        }
        let inStaging = { (file: String) in (staging as NSString).appendingPathComponent(file) }
        let inMonth = { (file: String) in (directory as NSString).appendingPathComponent(file) }
        // digest.json and notices.csv read the message log, whose read window is one thread's: they
        // are one job. The other jobs read values only.
        var jobs: [() -> RenderError?] = [
            {
                do throws(RenderError) {
                    try writeJSON(digest, to: inStaging("digest.json"))
                } catch {
                    return error
                }
                do {
                    try CSVExport.write(digest, to: inStaging("notices.csv"))
                } catch {
                    return .cannotWrite(path: inMonth("notices.csv"), reason: reason(error))
                }
                return nil
            }
        ]
        for file in files {
            jobs.append {
                do {
                    try file.make().write(to: URL(fileURLWithPath: inStaging(file.name)))
                } catch {
                    return .cannotWrite(path: inMonth(file.name), reason: reason(error))
                }
                return nil
            }
        }
        jobs.append {
            do throws(RenderError) {
                try writeJSON(digest, to: inStaging("summary.json"), summary: true)
            } catch {
                return error
            }
            return nil
        }
        let work = Jobs(jobs)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { work.run($0) }
        do throws(RenderError) {
            if let failure = work.firstFailure { throw failure }
            try swapIn(staging, for: directory)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
        // The old month, now under the staging name, stays as the new month's previous/ until the
        // next run (its own previous/ goes): a month replaced by mistake can be put back.
        let previous = (directory as NSString).appendingPathComponent("previous")
        if FileManager.default.fileExists(atPath: (staging as NSString).appendingPathComponent("index.html")) {
            try? FileManager.default.removeItem(atPath: (staging as NSString).appendingPathComponent("previous"))
            if rename(staging, previous) != 0 { try? FileManager.default.removeItem(atPath: staging) }
        } else {
            try? FileManager.default.removeItem(atPath: staging)
        }
    }

    /// The month's writing jobs and their failures, shared by the writing threads. Each job runs
    /// once, on one thread; no two jobs share anything mutable (see `publishMonth`).
    private final class Jobs: @unchecked Sendable {
        private let jobs: [() -> RenderError?]
        // Written under `lock`.
        private var failures: [RenderError?]
        private let lock = NSLock()

        init(_ jobs: [() -> RenderError?]) {
            self.jobs = jobs
            failures = Array(repeating: nil, count: jobs.count)
        }

        func run(_ index: Int) {
            guard let failure = jobs[index]() else { return }
            lock.withLock { failures[index] = failure }
        }

        /// The failure of the first job in order that failed.
        var firstFailure: RenderError? { lock.withLock { failures.lazy.compactMap { $0 }.first } }
    }

    /// Puts the folder `staging` at `directory`: one exchange when the month exists, one rename when not.
    static func swapIn(_ staging: String, for directory: String) throws(RenderError) {
        if FileManager.default.fileExists(atPath: directory) {
            guard csystem_exchange(staging, directory) == 0 else {
                throw .cannotWrite(
                    path: directory, reason: "cannot swap in the new month: \(String(cString: strerror(errno)))")
            }
        } else {
            guard rename(staging, directory) == 0 else {
                throw .cannotWrite(path: directory, reason: String(cString: strerror(errno)))
            }
        }
    }

    /// Removes what killed runs left of `name` in `parent` (staging folders, partial files).
    static func removeLeftovers(in parent: String, of name: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for entry in entries
        where entry.hasPrefix(".\(name).new-") || (entry.hasPrefix(".index.html.") && entry.hasSuffix(".partial")) {
            try? FileManager.default.removeItem(atPath: (parent as NSString).appendingPathComponent(entry))
        }
    }

    /// Writes one file through a temporary name beside it, renamed over the old one when complete.
    public static func replace(_ path: String, with contents: Data) throws(RenderError) {
        let temporary =
            (path as NSString).deletingLastPathComponent + "/." + (path as NSString).lastPathComponent
            + ".\(getpid()).partial"
        do {
            try contents.write(to: URL(fileURLWithPath: temporary))
        } catch {
            throw .cannotWrite(path: path, reason: reason(error))
        }
        guard rename(temporary, path) == 0 else {
            let why = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw .cannotWrite(path: path, reason: why)
        }
    }

    /// A file system error in plain words (not "NSCocoaErrorDomain error 512").
    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        switch ns.code {
        case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return "permission denied"
        case NSFileWriteOutOfSpaceError: return "no space left on the device"
        case NSFileWriteVolumeReadOnlyError: return "the file system is read-only"
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "no such file or folder"
        default: return ns.localizedFailureReason ?? ns.localizedDescription
        }
    }

    /// digest.json: members sorted by key, messages one per line in date order; the same bytes for
    /// the same digest. Written to `path` as it is produced.
    public static func writeJSON(_ digest: Digest, to path: String, summary: Bool = false) throws(RenderError) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        do {
            var writer = JSONWriter { bytes in try handle.write(contentsOf: bytes) }
            if summary {
                try DigestJSON.writeSummary(digest, to: &writer)
            } else {
                try DigestJSON.write(digest, to: &writer)
            }
            try handle.close()
        } catch {
            try? handle.close()
            throw .cannotWrite(path: path, reason: reason(error))
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
