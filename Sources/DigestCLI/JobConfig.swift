import Foundation
import Yams

/// The monthly job's config file (YAML): what cron would otherwise spell on the command line. Found
/// by `--config FILE`, or as `notice-digest.yaml` in the output folder. The command line wins: a
/// value given there is never replaced. Relative paths are read from the file's folder.
///
/// ```yaml
/// inputs: [/var/mail/aws-notices.mbox, /srv/archive/maildir]
/// out: /srv/www/notices
/// lang: ja
/// timezone: Asia/Tokyo
/// month: last
/// site-url: https://intranet.example/notices/
/// mail:
///   to: [cloud-ops@example.com]
///   from: "Cloud notice digest <notices@example.com>"
///   sendmail: /usr/sbin/sendmail -t -oi     # or smtp: mail.example.com:587
/// ```
enum JobConfig {
    struct Problem: LocalizedError {
        var file: String
        var problem: String
        var errorDescription: String? { "\(file): \(problem)" }
    }

    static let keys: Set<String> = [
        "inputs", "out", "lang", "timezone", "templates", "rules", "month", "site-url", "mail",
    ]
    static let mailKeys: Set<String> = ["to", "cc", "from", "sendmail", "smtp", "smtp-credentials"]

    static func apply(to command: inout BuildCommand) throws {
        let path: String
        if let given = command.config {
            path = given
            guard FileManager.default.fileExists(atPath: path) else {
                throw Problem(file: path, problem: "no such file (given by --config)")
            }
        } else {
            path = (command.out as NSString).appendingPathComponent("notice-digest.yaml")
            guard FileManager.default.fileExists(atPath: path) else { return }
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw Problem(file: path, problem: "cannot be read: \(error.localizedDescription)")
        }
        let loaded: Any?
        do {
            loaded = try Yams.load(yaml: text)
        } catch {
            throw Problem(file: path, problem: "is not YAML: \(error)")
        }
        guard let map = loaded as? [String: Any] else {
            throw Problem(file: path, problem: "must be a mapping of keys (inputs, out, lang, mail …)")
        }
        if let unknown = Set(map.keys).subtracting(keys).sorted().first {
            throw Problem(
                file: path, problem: "unknown key '\(unknown)'; known keys: \(keys.sorted().joined(separator: ", "))")
        }
        let folder = (path as NSString).deletingLastPathComponent
        func resolved(_ value: String) -> String {
            value.hasPrefix("/") || value == "-" || folder.isEmpty
                ? value : (folder as NSString).appendingPathComponent(value)
        }
        func string(_ key: String, in map: [String: Any]) throws -> String? {
            guard let value = map[key] else { return nil }
            if let text = value as? String { return text }
            if let number = value as? Int { return String(number) }
            throw Problem(file: path, problem: "'\(key)' must be text")
        }
        func strings(_ key: String, in map: [String: Any]) throws -> [String] {
            guard let value = map[key] else { return [] }
            if let text = value as? String { return [text] }
            if let list = value as? [Any], list.allSatisfy({ $0 is String }) { return list as! [String] }
            throw Problem(file: path, problem: "'\(key)' must be text or a list of texts")
        }
        if command.input.isEmpty { command.input = try strings("inputs", in: map).map(resolved) }
        if command.outOption == nil { command.outOption = try string("out", in: map).map(resolved) }
        if command.langOption == nil { command.langOption = try string("lang", in: map) }
        if command.timezone == nil { command.timezone = try string("timezone", in: map) }
        if command.templates == nil { command.templates = try string("templates", in: map).map(resolved) }
        if command.rules == nil { command.rules = try string("rules", in: map).map(resolved) }
        if command.month == nil && !command.all { command.month = try string("month", in: map) }
        if command.siteURL == nil { command.siteURL = try string("site-url", in: map) }
        guard let mailValue = map["mail"] else { return }
        guard let mail = mailValue as? [String: Any] else {
            throw Problem(file: path, problem: "'mail' must be a mapping (to, cc, from, sendmail, smtp …)")
        }
        if let unknown = Set(mail.keys).subtracting(mailKeys).sorted().first {
            throw Problem(
                file: path,
                problem: "unknown key 'mail.\(unknown)'; known keys: \(mailKeys.sorted().joined(separator: ", "))")
        }
        if command.mailTo.isEmpty { command.mailTo = try strings("to", in: mail) }
        if command.mailCc.isEmpty { command.mailCc = try strings("cc", in: mail) }
        if command.mailFromOption == nil { command.mailFromOption = try string("from", in: mail) }
        if command.sendmailOption == nil { command.sendmailOption = try string("sendmail", in: mail) }
        if command.smtp == nil { command.smtp = try string("smtp", in: mail) }
        if command.smtpCredentials == nil {
            command.smtpCredentials = try string("smtp-credentials", in: mail).map(resolved)
        }
    }
}
