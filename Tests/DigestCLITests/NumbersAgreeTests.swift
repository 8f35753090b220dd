import DigestModel
import Fixtures
import Foundation
import Testing

@testable import DigestCLI
@testable import DigestRender

/// Every count of the month is said in several places — digest.json, the Markdown, the page's
/// headline, its chart, the pages of detail and the site index — and they all come from one
/// summary: read back from the files, they agree.
struct NumbersAgreeTests {
    static let sample = Fixtures.repositoryRoot.appendingPathComponent("samples/2026-11/notices.mbox").path

    static func number(_ text: Substring) -> Int { Int(text.replacing(",", with: ""))! }

    @Test(arguments: ["en", "ja"])
    func countsAgreeEverywhere(lang: String) async throws {
        let out = try await BuildCommandTests.build(["--input", Self.sample, "--month", "2026-11", "--lang", lang])
        defer { try? FileManager.default.removeItem(atPath: out) }
        let month = out + "/2026-11"
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: month + "/digest.json")))
        let counts = try #require((json as? [String: Any])?["counts"] as? [String: Any])
        let byCategory = try #require(counts["byCategory"] as? [String: [String: Int]])
        let suspicious = try #require(counts["suspicious"] as? [String: Int])
        let markdown = try String(contentsOfFile: month + "/digest.md", encoding: .utf8)
        let page = try String(contentsOfFile: month + "/index.html", encoding: .utf8)
        let en = lang == "en"

        // Every group is in one category or among the suspicious senders, never both.
        #expect(byCategory.values.reduce(0) { $0 + $1["groups"]! } + suspicious["groups"]! == counts["groups"] as? Int)

        // Each category's heading in the Markdown, its page of detail and its bar in the chart.
        let language = Language(rawValue: lang)!
        for category in DigestModel.Category.allCases {
            let groups = byCategory[category.rawValue]!["groups"]!
            let messages = byCategory[category.rawValue]!["messages"]!
            let heading =
                "### \(language.title(category)) — \(language.notices(groups)), \(language.messages(messages))"
            #expect(markdown.contains(heading) == (groups > 0), "\(heading)")
            if groups > 0 {
                let detail = try String(contentsOfFile: month + "/category-\(category.rawValue).html", encoding: .utf8)
                #expect(detail.contains("\(language.notices(groups)), \(language.messages(messages))"))
                let bar = ">\(language.short(category))</text><rect"
                let chart = try #require(page.range(of: bar), "no bar for \(category)")
                let value = page[chart.upperBound...].firstMatch(of: /<text[^>]*>(\d+)<\/text>/)
                #expect(value.map { Int($0.1)! } == groups, "chart bar for \(category)")
            }
        }

        // The headline band.
        let tiles = page.matches(of: /<strong>([\d,]+)<\/strong>/).map { Self.number($0.1) }
        #expect(
            Array(tiles.prefix(4))
                == [counts["critical"], counts["dueOverdue"], counts["dueWithin7Days"], counts["dueWithin30Days"]].map {
                    $0 as! Int
                })
        // Suspicious senders, said once.
        let said =
            en
            ? "\(language.notices(suspicious["groups"]!)) claim to come from a provider"
            : "\(language.notices(suspicious["groups"]!))の通知はプロバイダーを名乗って"
        #expect(markdown.contains(said) == (suspicious["groups"]! > 0))

        // The site index row links each number to its section.
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        for (key, anchor) in [("critical", "actions"), ("dueOverdue", "overdue"), ("dueWithin7Days", "week")] {
            let link = "href=\"2026-11/index.html#\(anchor)\">\(language.number(counts[key] as! Int))</a>"
            #expect(index.contains(link), "\(link)")
        }
    }
}
