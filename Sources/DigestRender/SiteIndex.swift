import DigestModel
import Foundation

/// The site's front page, `OUT/index.html`: every month published so far, newest first, with its
/// headline counts, linked relatively so the site opens from disk or any static server.
public enum SiteIndex {
    /// The counts at the head of a month's digest.json, read without reading the whole file.
    public struct MonthCounts: Decodable, Sendable {
        public struct CategoryCount: Decodable, Sendable {
            public var groups: Int
            public var messages: Int
        }
        public var messages: Int
        public var groups: Int
        public var accounts: Int?
        public var unreadable: Int
        public var outside: Int?
        public var byCategory: [String: CategoryCount]?
        /// The summary's numbers (digests written before they existed have none).
        public var critical: Int?
        public var dueOverdue: Int?
        public var dueWithin7Days: Int?
        public var dueWithin30Days: Int?
        public var suspicious: CategoryCount?
    }

    /// What a month's summary.json says: its schema version and its counts.
    public struct MonthSummary: Decodable, Sendable {
        public var schemaVersion: Int
        public var month: String
        public var counts: MonthCounts
    }

    /// Why a month's summary cannot be used.
    public enum SummaryProblem: Error, CustomStringConvertible {
        case unknownVersion(path: String, version: Int)
        case unreadable(path: String, reason: String)

        public var description: String {
            switch self {
            case .unknownVersion(let path, let version):
                return "\(path) has schema version \(version), which this notice-digest does not know "
                    + "(it writes \(Digest.currentSchemaVersion)); its numbers are left out rather than guessed"
            case .unreadable(let path, let reason):
                return "\(path) cannot be read as a month's summary: \(reason)"
            }
        }
    }

    /// The counts of the month published in `folder`, read as JSON from its summary.json; nil when
    /// the folder holds none (a month published before summaries existed). A version this build
    /// does not know, or a file that is not a summary, is an error: the numbers are not guessed.
    public static func summary(in folder: String) throws(SummaryProblem) -> MonthSummary? {
        let path = (folder as NSString).appendingPathComponent("summary.json")
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        struct Version: Decodable { var schemaVersion: Int }
        do {
            let version = try JSONDecoder().decode(Version.self, from: data).schemaVersion
            guard version == Digest.currentSchemaVersion else {
                throw SummaryProblem.unknownVersion(path: path, version: version)
            }
            return try JSONDecoder().decode(MonthSummary.self, from: data)
        } catch let problem as SummaryProblem {
            throw problem
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
    }

    /// The counts of the month in `folder`, or nil (none, or not usable).
    public static func counts(in folder: String) -> MonthCounts? { (try? summary(in: folder))??.counts }

    /// Writes `out/index.html` listing every `YYYY-MM` folder that holds a digest, newest first.
    public static func write(to out: String, language: Language) throws(RenderError) {
        let months = ((try? FileManager.default.contentsOfDirectory(atPath: out)) ?? [])
            .filter { Month($0) != nil }
            .sorted(by: >)
            .filter {
                FileManager.default.fileExists(atPath: (out as NSString).appendingPathComponent($0 + "/digest.json"))
            }
            .map { name in (name, counts(in: (out as NSString).appendingPathComponent(name))) }
        let en = language == .en
        var rows = ""
        func cell(_ value: Int?, _ month: String, _ anchor: String) -> String {
            guard let value else { return "<td>—</td>" }
            return "<td><a href=\"\(month)/index.html#\(anchor)\">\(language.number(value))</a></td>"
        }
        for (name, c) in months {
            rows +=
                "<tr><td><a href=\"\(name)/index.html\">\(language.monthTitle(name))</a></td>"
                + cell(c?.critical, name, "actions") + cell(c?.dueOverdue, name, "overdue")
                + cell(c?.dueWithin7Days, name, "week") + cell(c?.dueWithin30Days, name, "month")
                + cell(c?.groups, name, "categories") + cell(c?.messages, name, "glance")
                + "<td>\(c?.accounts.map(language.number) ?? "—")</td>"
                + cell(c?.suspicious?.groups, name, "suspicious") + cell(c?.unreadable, name, "unreadable") + "</tr>\n"
        }
        let head =
            en
            ? "<th>Month</th><th>Critical</th><th>Overdue</th><th>Due in 7 days</th><th>Due in 30 days</th><th>Notices</th><th>Messages</th><th>Accounts</th><th>Suspicious</th><th>Unreadable</th>"
            : "<th>月</th><th>重大</th><th>期限切れ</th><th>7日以内</th><th>30日以内</th><th>通知</th><th>メール</th><th>アカウント</th><th>不審な送信者</th><th>読めなかった入力</th>"
        let title = en ? "Cloud notices — all months" : "クラウド通知ダイジェスト — 月別一覧"
        let html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'none'; base-uri 'none'; form-action 'none'">
            <title>\(title)</title>
            <style>
            body { margin: 0; font: 15px/1.6 -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", sans-serif; color: #1d2430; background: #f2f4f7; }
            main { max-width: 860px; margin: 24px auto; padding: 20px 24px; background: #fff; border: 1px solid #d9dee7; border-radius: 8px; }
            .table { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: right; padding: 6px 10px; border-bottom: 1px solid #e4e7ec; }
            th:first-child, td:first-child { text-align: left; }
            a { color: #0b5cad; }
            @media (max-width: 640px) { main { margin: 0; border-radius: 0; padding: 12px; } th, td { padding: 4px 6px; font-size: 13px; } }
            </style>
            </head>
            <body>
            <main>
            <h1>\(title)</h1>
            <div class="table"><table>
            <thead><tr>\(head)</tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>
            </main>
            </body>
            </html>

            """
        try Publisher.replace((out as NSString).appendingPathComponent("index.html"), with: Data(html.utf8))
    }
}
