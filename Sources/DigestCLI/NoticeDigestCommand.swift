import ArgumentParser

/// `notice-digest`: turns a month of archived cloud-provider notices into a digest.
@available(macOS 10.15, *)
public struct NoticeDigestCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "notice-digest",
        abstract: "Turn a month of archived cloud-provider notices into a digest for management.",
        discussion: """
            Reads mbox (mboxo, mboxrd), Maildir, .eml files and folders of them, gzip-compressed or not;
            classifies every notice, merges the copies sent to many accounts, and writes digest.md,
            index.html and digest.json under OUT/YYYY-MM/.
            """,
        subcommands: [BuildCommand.self, ClassifyCommand.self, RulesCommand.self],
        defaultSubcommand: BuildCommand.self)

    public init() {}
}

@available(macOS 10.15, *)
extension NoticeDigestCommand {
    /// Parses the command line and runs the chosen command, asynchronously (the entry point of `main.swift`).
    public static func start() async {
        await main(nil)
    }
}
