import DigestModel
import Fixtures
import Foundation
import Testing

@testable import DigestRender

/// The month's page at the scale of a real MSP's month (about a thousand notices of a few hundred
/// kinds, 200 accounts): it stays a briefing of about ten printed pages, every list that stops
/// links to all of it, and every notice is reachable by links from the month's page.
struct ScaleTests {
    /// A month like the generator's 10,000-message month, built directly: many notices of a few
    /// kinds (abuse reports, certificate expiries, retirements, budgets, support cases), many of one
    /// notice each, and phishing.
    static func largeMonth() -> Digest {
        var groups: [Group] = []
        var serial = 0
        func add(
            _ category: DigestModel.Category, _ title: String, deadline: Day?, accounts: Int, trust: Trust = .verified,
            services: [String]
        ) {
            serial += 1
            let ids = (0..<accounts).map { String(format: "%012d", 100_000_000_000 + (serial * 7 + $0 * 13) % 200) }
            groups.append(
                Group(
                    id: String(format: "g-%012x", serial * 2_654_435_761 % 281_474_976_710_656), category: category,
                    title: title, services: services, deadline: deadline,
                    deadlineEvidence: deadline.map { "Act by \($0)." }, accounts: ids, regions: ["us-east-1"],
                    messageCount: accounts, trust: trust,
                    trustReason: trust == .suspicious ? "sender domain x is no provider's" : "",
                    reminders: 0, firstReceived: Date(timeIntervalSince1970: 1_793_500_000 + Double(serial * 3_600)),
                    lastReceived: Date(timeIntervalSince1970: 1_793_600_000 + Double(serial * 3_600)),
                    excerpt: "What the notice says, in a sentence or two.", sender: "no-reply-aws@amazon.com"))
        }
        let november = { (day: Int) in Day(year: 2026, month: 11, day: day) }
        let later = { (days: Int) in Day(year: 2026, month: 11, day: 30).adding(days: days) }
        for n in 0..<62 {
            add(
                .abuse, "Your AWS Abuse Report [\(40_000 + n)] [AWS ID: \(n)]", deadline: november(1 + n % 29),
                accounts: 1, services: ["EC2"])
        }
        for n in 0..<60 {
            add(
                .securityIncident, "Your AWS Access Key is exposed for AWS Account \(300_000_000_000 + n)",
                deadline: november(2 + n % 28), accounts: 1, services: ["IAM"])
        }
        for n in 0..<78 {
            add(
                .securityIncident, "Urgent: verify your AWS root account \(n) within 24 hours", deadline: nil,
                accounts: 1, trust: .suspicious, services: [])
        }
        for n in 0..<150 {
            add(
                .actionRequired,
                "[Action Required] ACM certificate for app\(n).example.com expires on December \(1 + n % 28), 2026",
                deadline: later(1 + n % 28), accounts: 1 + n % 3, services: ["ACM"])
        }
        for n in 0..<60 {
            add(
                .actionRequired, "[Action Required] Product \(n) of the catalogue reaches end of support",
                deadline: later(n - 20), accounts: 40, services: ["RDS"])
        }
        for n in 0..<90 {
            add(
                .maintenance,
                "[Retirement Notification] Amazon EC2 instance i-\(String(format: "%017x", n)) scheduled for retirement",
                deadline: later(n % 40 - 10), accounts: 1, services: ["EC2"])
        }
        for n in 0..<150 {
            add(
                .maintenance,
                "Scheduled maintenance window number \(n) for service line \(["alpha", "beta", "gamma", "delta", "omega"][n % 5])",
                deadline: later(n % 50), accounts: 20, services: ["RDS"])
        }
        for n in 0..<16 {
            add(
                .pricing, "Upcoming price change for service tier \(n)", deadline: later(30 + n), accounts: 150,
                services: ["S3"])
        }
        for n in 0..<160 {
            add(
                .billing, "AWS Budgets: team-\(n)-monthly has exceeded your alert threshold", deadline: nil,
                accounts: 1, services: ["BILLING", "EC2"])
        }
        for n in 0..<103 {
            add(
                .informational, "AWS Support case \(170_000 + n): Reply from Amazon Web Services", deadline: nil,
                accounts: 1, services: ["SUPPORT"])
        }
        for n in 0..<30 {
            add(
                .informational, "Announcing feature \(["Aurora", "Lambda", "Bedrock"][n % 3]) release \(n)",
                deadline: nil, accounts: 200, services: ["LAMBDA"])
        }
        groups.sort {
            ($0.category, $0.deadline ?? Day(year: 9999, month: 1, day: 1), $0.id) < (
                $1.category, $1.deadline ?? Day(year: 9999, month: 1, day: 1), $1.id
            )
        }
        let messages = groups.reduce(0) { $0 + $1.messageCount }
        var digest = Digest(
            month: "2026-11", period: Period(first: november(1), last: november(30)), sources: ["month.mbox"],
            counts: Counts(messages: messages, groups: groups.count, unreadable: 0, outside: 0, accounts: 200),
            groups: groups, log: MessageLog(), unreadable: [])
        digest.asOf = november(30)
        return digest
    }

    static func write(_ lang: String) async throws -> String {
        let folder = NSTemporaryDirectory() + "scale-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let renderer = try await Renderer(templates: BuildCommandTests.templates + "/" + lang)
        let view = DigestView(
            Self.largeMonth(), asOf: Day(year: 2026, month: 11, day: 30), language: Language(rawValue: lang)!)
        try renderer.html(view).write(toFile: folder + "/index.html", atomically: true, encoding: .utf8)
        for page in view.detailPages() {
            try renderer.html(page).write(toFile: folder + "/" + page.name, atomically: true, encoding: .utf8)
        }
        return folder
    }

    static func ids(in html: String) -> Set<String> { Set(html.matches(of: /id="([^"]+)"/).map { String($0.1) }) }

    @Test(arguments: ["en", "ja"])
    func everyListThatStopsLinksToAllOfItAndEveryNoticeIsReachable(lang: String) async throws {
        let folder = try await Self.write(lang)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let page = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        // "… and N more" (ほか N …) always carries its link.
        let more = page.split(separator: "\n").filter {
            $0.contains("<li>… and ") || $0.contains("<li>ほか ") || $0.contains("more kinds need attention")
        }
        #expect(!more.isEmpty)
        for line in more { #expect(line.contains("<a href="), "\(line)") }
        // Every link of the month's page leads to an anchor that exists.
        var pages: [String: String] = ["index.html": page]
        for link in page.matches(of: /href="([a-z0-9-]*\.html)?#([A-Za-z0-9-]+)"/) {
            let file = link.1.map(String.init) ?? "index.html"
            if pages[file] == nil { pages[file] = try String(contentsOfFile: folder + "/" + file, encoding: .utf8) }
            #expect(Self.ids(in: pages[file]!).contains(String(link.2)), "\(file)#\(link.2)")
        }
        // Every notice has its anchor on a page the month's page links to.
        let anchors = pages.values.reduce(into: Set<String>()) { $0.formUnion(Self.ids(in: $1)) }
        for group in Self.largeMonth().groups { #expect(anchors.contains(group.id), "\(group.title)") }
    }

    @Test(arguments: ["en", "ja"])
    func theMonthsPagePrintsOnAboutTenPages(lang: String) async throws {
        let chromium = try #require(BrowserTests.chromium, "Chromium is missing: `make test` installs it")
        let folder = try await Self.write(lang)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--print-to-pdf=\(folder)/page.pdf",
            "file://\(folder)/index.html",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let pdf = try Data(contentsOf: URL(fileURLWithPath: folder + "/page.pdf"))
        let pages = String(decoding: pdf, as: UTF8.self).matches(of: /\/Type\s*\/Page[^s]/).count
        #expect(pages > 1)
        #expect(pages <= 10, "the month's page prints on \(pages) pages")
    }
}
