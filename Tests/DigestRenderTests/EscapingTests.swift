import DigestModel
import Fixtures
import Foundation
import Testing

@testable import DigestRender

struct EscapingTests {
    static let hostile = "Notice *urgent* _now_ [click](javascript:alert(1)) <script>alert(1)</script> `code` | pipe"

    static func digest(title: String, excerpt: String) -> Digest {
        let group = Group(
            id: "g-000000000001", category: .securityIncident, title: title, services: ["IAM"],
            deadline: Day("2026-12-01"),
            deadlineEvidence: "Reply by December 1, 2026 <img src=x onerror=alert(1)>", accounts: ["123456789012"],
            regions: ["us-east-1"], messageCount: 1, trust: .suspicious, trustReason: "claims to be AWS",
            reminders: 0, firstReceived: Date(timeIntervalSince1970: 1_793_000_000),
            lastReceived: Date(timeIntervalSince1970: 1_793_000_000),
            excerpt: excerpt, sender: "x@amazonaws-security.com")
        return Digest(
            month: "2026-11", period: Period(first: Day("2026-11-01")!, last: Day("2026-11-30")!), sources: ["a.mbox"],
            counts: Counts(messages: 1, groups: 1, unreadable: 0, outside: 0, accounts: 1), groups: [group],
            log: MessageLog(), unreadable: [])
    }

    static func render(_ digest: Digest) async throws -> (String, String) {
        let renderer = try await Renderer(
            templates: Fixtures.repositoryRoot.appendingPathComponent("templates/en").path)
        let view = DigestView(digest, asOf: Day("2026-11-30")!)
        let markdown = renderer.markdown(view)
        // The group's detail is on its category's page (the summary page lists the kind).
        let pages = view.detailPages().map { renderer.html($0) }.joined()
        return (markdown + pages, renderer.html(view) + pages)
    }

    @Test func escapedValueReadsAsItsOwnText() {
        let escaped = MarkdownContentType.escape(Self.hostile)
        let html = CommonMarkDocument(markdown: escaped).html()
        #expect(
            html
                == "<p>Notice *urgent* _now_ [click](javascript:alert(1)) &lt;script&gt;alert(1)&lt;/script&gt; `code` | pipe</p>\n"
        )
    }

    /// A value inside a template's own link ("[**title**](page)") stays inside it, whatever brackets it
    /// holds; balanced ones read as written.
    @Test(arguments: [
        "[repo/name] Security [Review token activity (Issue #3)", "Title] with a stray bracket",
        "See [docs](https://example.com) now", "[Action Required] Update by May 1", "a [b [c] d",
    ])
    func aValueInsideALinkStaysInsideIt(value: String) {
        let html = CommonMarkDocument(markdown: "[**" + MarkdownContentType.escape(value) + "**](page.html)").html()
        #expect(html.hasPrefix("<p><a href=\"page.html\"><strong>"), "\(value) -> \(html)")
        #expect(html.hasSuffix("</strong></a></p>\n"), "\(value) -> \(html)")
        #expect(html.components(separatedBy: "<a ").count == 2, "\(value) -> \(html)")
    }

    @Test func balancedBracketsReadAsWritten() {
        #expect(MarkdownContentType.escape("[Action Required] Update") == "[Action Required] Update")
    }

    @Test(arguments: [
        "# heading", "- item", "+ item", "1. item", "2) item", "=====", "> quote", "    indented", "line\nbreak",
    ])
    func blockSyntaxAtTheStartStaysText(value: String) {
        let html = CommonMarkDocument(markdown: "x " + MarkdownContentType.escape(value)).html()
        #expect(html.hasPrefix("<p>x "))
        #expect(!html.contains("<h1") && !html.contains("<li") && !html.contains("<blockquote"))
        let alone = CommonMarkDocument(markdown: MarkdownContentType.escape(value)).html()
        #expect(alone.hasPrefix("<p>"), "\(value) -> \(alone)")
    }

    @Test func hostileSubjectAndBodyAreTextInMarkdownAndHTML() async throws {
        let (markdown, html) = try await Self.render(
            Self.digest(title: Self.hostile, excerpt: "see [x](javascript:alert(1)) <img src=x onerror=alert(1)>"))
        #expect(markdown.contains(#"[click\](javascript:alert(1))"#))
        #expect(markdown.contains(#"\<script>"#))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.lowercased().contains("<img"))
        #expect(!html.contains("href=\"javascript:"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("*urgent* _now_"))
    }

    @Test func rawHTMLInMarkdownIsNotPassedThrough() {
        let html = CommonMarkDocument(markdown: "<script>alert(1)</script>\n\n[a](javascript:alert(1))").html()
        #expect(!html.contains("<script>"))
        #expect(!html.contains("javascript:"))
    }

    @Test func pageForbidsScripts() async throws {
        let (_, html) = try await Self.render(Self.digest(title: "t", excerpt: "e"))
        #expect(html.contains("Content-Security-Policy"))
        #expect(html.contains("script-src 'none'"))
    }
}
