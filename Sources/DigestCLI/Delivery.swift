import DigestMIME
import DigestModel
import DigestRender
import Foundation

/// Hands the rendered summary to a mail system: a sendmail-compatible command, or an SMTP server
/// through curl (STARTTLS when the server offers it; credentials from a netrc file or the
/// environment, never from the command line).
enum Delivery {
    enum Route {
        /// A command and its arguments, the message on its standard input (`sendmail -t -oi`).
        case sendmail([String])
        case smtp(host: String, port: Int, credentials: String?)
    }

    struct Failure: LocalizedError {
        var route: String
        var words: String
        var errorDescription: String? {
            "the digest was written, but delivering the mail through \(route) failed: \(words)"
        }
    }

    /// Sends `message` to `recipients` from `sender`; throws ``Failure`` with the mail system's words.
    static func send(_ message: [UInt8], from sender: String, to recipients: [String], via route: Route) throws {
        switch route {
        case .sendmail(let command):
            try run(command, input: message, describing: command.joined(separator: " "))
        case .smtp(let host, let port, let credentials):
            var arguments = [
                "curl", "--silent", "--show-error", "--url", "smtp://\(host):\(port)", "--ssl", "--mail-from", sender,
            ]
            for recipient in recipients { arguments += ["--mail-rcpt", recipient] }
            var netrc: String?
            if let credentials {
                arguments += ["--netrc-file", credentials]
            } else if let user = ProcessInfo.processInfo.environment["NOTICE_DIGEST_SMTP_USER"],
                let password = ProcessInfo.processInfo.environment["NOTICE_DIGEST_SMTP_PASSWORD"]
            {
                // Written for curl alone (mode 0600) and removed after; never on a command line.
                let path = NSTemporaryDirectory() + "notice-digest-netrc-\(getpid())"
                _ = FileManager.default.createFile(
                    atPath: path, contents: Data("machine \(host) login \(user) password \(password)\n".utf8),
                    attributes: [.posixPermissions: 0o600])
                netrc = path
                arguments += ["--netrc-file", path]
            }
            defer { if let netrc { try? FileManager.default.removeItem(atPath: netrc) } }
            arguments += ["--upload-file", "-"]
            try run(arguments, input: message, describing: "SMTP at \(host):\(port)")
        }
    }

    static func run(_ command: [String], input: [UInt8], describing route: String) throws {
        guard let program = command.first else { throw Failure(route: route, words: "no command") }
        // A mail system that stops reading early must not stop this process with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program.hasPrefix("/") ? program : "/usr/bin/env")
        process.arguments = program.hasPrefix("/") ? Array(command.dropFirst()) : command
        let stdin = Pipe()
        let output = Pipe()
        process.standardInput = stdin
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            throw Failure(route: route, words: "\(program) could not be started (\(error.localizedDescription))")
        }
        // Read the answer while writing, so a chatty command cannot block on a full pipe.
        let group = DispatchGroup()
        nonisolated(unsafe) var words = Data()
        DispatchQueue.global().async(group: group) { words = output.fileHandleForReading.readDataToEndOfFile() }
        try? stdin.fileHandleForWriting.write(contentsOf: Data(input))
        try? stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: words, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(
                route: route, words: text.isEmpty ? "it exited with status \(process.terminationStatus)" : text)
        }
    }

    /// "Name <addr>" or "addr".
    static func address(_ text: String) -> MailAddress {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let open = trimmed.lastIndex(of: "<"), trimmed.hasSuffix(">") else {
            return MailAddress(name: "", address: trimmed)
        }
        let name = trimmed[..<open].trimmingCharacters(in: CharacterSet(charactersIn: " \""))
        return MailAddress(
            name: name, address: String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]))
    }
}
