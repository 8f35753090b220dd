import DigestRender
import Fixtures
import Foundation
import Testing

@testable import DigestCLI

/// The published site: languages, the month index, the trend, folded account lists.
struct SiteTests {
    static let sample = Fixtures.repositoryRoot.appendingPathComponent("samples/2026-11/notices.mbox").path

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test func japaneseDigestHasJapaneseHeadingsCategoriesAndDates() async throws {
        let out = try await BuildCommandTests.build(["--input", Self.sample, "--month", "2026-11", "--lang", "ja"])
        defer { try? FileManager.default.removeItem(atPath: out) }
        let markdown = try Self.read(out + "/2026-11/digest.md")
        #expect(markdown.contains("# クラウド通知ダイジェスト — 2026年11月"))
        #expect(markdown.contains("## 概況"))
        #expect(markdown.contains("## 期限"))
        // The families group the categories; they are not glued to each name.
        #expect(markdown.contains("**Abuse系**"))
        #expect(markdown.contains("### 不正利用の報告"))
        #expect(!markdown.contains("Abuse系："))
        #expect(markdown.contains("2026年12月1日まで"))
        let html = try Self.read(out + "/2026-11/index.html")
        #expect(html.contains("<html lang=\"ja\">"))
        #expect(html.contains("カテゴリ別の通知数"))
    }

    @Test func siteIndexListsMonthsNewestFirstWithTrend() async throws {
        let out = BuildCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        for month in ["2026-10", "2026-11"] {
            let command = try BuildCommand.parse([
                "--input", Self.sample, "--month", month, "--out", out, "--templates", BuildCommandTests.templates,
                "--quiet", "--timezone", "UTC",
            ])
            try await command.run()
        }
        let index = try Self.read(out + "/index.html")
        let november = try #require(index.range(of: "href=\"2026-11/index.html\""))
        let october = try #require(index.range(of: "href=\"2026-10/index.html\""))
        #expect(november.lowerBound < october.lowerBound)
        #expect(!index.contains("href=\"/"), "links are relative")
        let markdown = try Self.read(out + "/2026-11/digest.md")
        #expect(markdown.contains("since October 2026"))
        let page = try Self.read(out + "/2026-11/index.html")
        #expect(page.contains("href=\"../index.html\""))
    }

    @Test func longAccountListsFoldInTheHTML() async throws {
        let out = try await BuildCommandTests.build(["--input", Self.sample, "--month", "2026-11"])
        defer { try? FileManager.default.removeItem(atPath: out) }
        let html = try Self.read(out + "/2026-11/category-action-required.html")
        #expect(
            html.contains(/<details><summary><strong>Accounts:<\/strong> \d+ accounts<\/summary><p class="accounts">/))
        let page = try Self.read(out + "/2026-11/index.html")
        #expect(page.contains("<div class=\"charts\">"))
        #expect(!html.lowercased().contains("<script"))
    }

    @Test func templateErrorNamesFileAndLine() async throws {
        let folder = BuildCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let templates = BuildCommandTests.templates + "/en"
        for name in ["page.html.mustache", "partials"] {
            try FileManager.default.copyItem(atPath: templates + "/" + name, toPath: folder + "/" + name)
        }
        try "{{% CONTENT_TYPE: MARKDOWN}}\n# {{month}}\n\n{{#sections}}\n- {{title}}\n".write(
            toFile: folder + "/digest.md.mustache", atomically: true, encoding: .utf8)
        do {
            _ = try await Renderer(templates: folder)
            Issue.record("a broken template was accepted")
        } catch {
            guard case .template(let file, let line, _, _) = error else {
                Issue.record("expected a template error, got \(error)")
                return
            }
            #expect(file.hasSuffix("digest.md.mustache"))
            #expect(line >= 4)
        }
    }
}

/// The page in a real browser: headless Chromium logs no console message (a script refused by the
/// page's Content-Security-Policy would log one) and the rendered page holds no script. `make test`
/// installs Chromium; without it the test fails rather than skips.
struct BrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    @Test func pageRunsNoScriptAndLogsNothing() async throws {
        try #require(Self.chromium != nil, "Chromium is missing: `make test` installs it (apt-get install chromium)")
        let hostile = Fixtures.path("eml/hostile-subject.eml")
        let out = try await BuildCommandTests.build(["--input", SiteTests.sample, hostile, "--month", "2026-11"])
        defer { try? FileManager.default.removeItem(atPath: out) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.chromium!)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0", "--dump-dom",
            "file://" + out + "/2026-11/index.html",
        ]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let dom = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(dom.contains("Notice *urgent*"), "the hostile subject is shown as text")
        #expect(!dom.lowercased().contains("<script"))
        #expect(!log.contains("CONSOLE"), "\(log)")
    }
}
