import ArgumentParser
import DigestClassify
import DigestIngest
import DigestRender
import Foundation

/// `notice-digest`: turns a month of archived cloud-provider notices into a digest.
@available(macOS 10.15, *)
public struct NoticeDigestCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "notice-digest",
        abstract: "Turn a month of archived cloud-provider notices into a digest for management.",
        discussion: """
            Reads mbox (mboxo, mboxrd, mboxcl, mboxcl2), Maildir, .eml files and folders of them, \
            gzip-compressed or not; classifies every notice, merges the copies sent to many accounts, \
            and publishes the month under OUT/YYYY-MM/: index.html and its pages of detail, digest.md, \
            digest.eml (mailed with --mail-to), deadlines.ics, notices.csv, digest.json, summary.json.
            """,
        version: NoticeDigestCommand.version,
        subcommands: [BuildCommand.self, ClassifyCommand.self, RulesCommand.self],
        defaultSubcommand: BuildCommand.self)

    public init() {}

    /// The version `--version` prints.
    public static let version = "0.9.0"
}

@available(macOS 10.15, *)
extension NoticeDigestCommand {
    /// Parses the command line and runs the chosen command, asynchronously (the entry point of `main.swift`).
    /// Errors that stop a run print what is wrong and exit with the status `build --help` documents.
    public static func start() async {
        do {
            var command = try parseAsRoot(nil)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if let (message, status) = stopping(error) {
                FileHandle.standardError.write(Data("notice-digest: \(message)\n".utf8))
                Foundation.exit(status)
            }
            exit(withError: error)
        }
    }

    /// The message and exit status (sysexits) of an error that stops a run; nil for the command
    /// line's own errors and exits, which ArgumentParser reports.
    static func stopping(_ error: Error) -> (String, Int32)? {
        switch error {
        case let error as IngestError: return (error.errorDescription ?? "\(error)", 66)  // EX_NOINPUT
        case let error as RulesError: return (error.errorDescription ?? "\(error)", 78)  // EX_CONFIG
        case let error as JobConfig.Problem: return (error.errorDescription ?? "\(error)", 78)
        case let error as RenderError:
            if case .cannotWrite = error { return (error.errorDescription ?? "\(error)", 73) }  // EX_CANTCREAT
            return (error.errorDescription ?? "\(error)", 78)
        default: return nil
        }
    }
}
