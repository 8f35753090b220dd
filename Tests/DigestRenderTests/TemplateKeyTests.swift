import DigestModel
import Fixtures
import Foundation
import Mustache
import Testing

@testable import DigestRender

/// A template that names a value the views do not have is an error naming the file, line and name,
/// never a silently emptier digest.
struct TemplateKeyTests {
    static let shipped = Fixtures.repositoryRoot.appendingPathComponent("templates").resolvingSymlinksInPath()

    /// The property names of `value` and of every row and element inside it, leaving out the model
    /// values the view keeps for its own use (not template values).
    static func names(in value: Any, into found: inout Set<String>) {
        for child in Mirror(reflecting: value).children {
            if let label = child.label {
                if [
                    "allGroups", "language", "asOfDay", "summary", "serviceName", "showProvider", "unreadableList",
                    "titleKinds",
                ]
                .contains(label) {
                    continue
                }
                found.insert(label)
            }
            let inner = Mirror(reflecting: child.value)
            if inner.displayStyle == .struct || inner.displayStyle == .collection {
                names(in: child.value, into: &found)
            }
        }
    }

    @Test func everyPropertyOfTheViewsIsAKnownName() {
        var digest = DigestViewTests.digest([
            DigestViewTests.group("a", .abuse, deadline: "2026-11-20"),
            DigestViewTests.group("b", .actionRequired, deadline: "2026-12-03"),
            DigestViewTests.group("c", .informational, deadline: nil),
        ])
        digest.groups[2].confidence = .low
        digest.groups[0].links = ["https://docs.aws.amazon.com/"]
        digest.groups.append(EscapingTests.digest(title: "A title", excerpt: "An excerpt.").groups[0])
        digest.unreadable = (0..<30).map { Unreadable(source: "f\($0).eml", reason: "not a message") }
        let view = DigestView(digest, asOf: Day("2026-11-30")!)
        #expect(!view.categories.isEmpty && !view.actions.isEmpty && !view.suspicious.isEmpty)
        #expect(!view.notUnderstood.isEmpty && view.hasUnreadableMore)
        var found: Set<String> = []
        Self.names(in: view, into: &found)
        for page in view.detailPages() { Self.names(in: page, into: &found) }
        Self.names(in: Renderer.PageView(digest: .init(lang: "en", month: "m", title: "t"), body: ""), into: &found)
        #expect(found.subtracting(Renderer.knownKeys).isEmpty, "add to Renderer.knownKeys")
    }

    /// The values answered by name (for speed) answer every property: none renders as nothing.
    @Test func valuesAnsweredByNameAnswerEveryProperty() throws {
        var digest = DigestViewTests.digest([
            DigestViewTests.group("a", .abuse, deadline: "2026-11-20"),
            DigestViewTests.group("b", .actionRequired, deadline: "2026-12-03"),
        ])
        digest.groups[0].links = ["https://docs.aws.amazon.com/"]
        let view = DigestView(digest, asOf: Day("2026-11-30")!)
        let page = try #require(view.detailPages().first { !$0.sections.isEmpty })
        let part = try #require(page.sections.first)
        let group = try #require(part.groups.first)
        let values: [any MustacheParent] = [
            group, try #require(group.links.first), try #require(view.sections.first?.kinds.first), part,
            DetailPage.Line(text: "t", title: "t", link: "l", hasLink: true, overdue: false),
        ]
        for value in values {
            for child in Mirror(reflecting: value).children {
                let label = try #require(child.label)
                #expect(value.child(named: label) != nil, "\(type(of: value)).\(label)")
            }
        }
    }

    @Test func theShippedTemplatesUseOnlyKnownNames() async throws {
        for lang in ["en", "ja"] {
            _ = try await Renderer(templates: Self.shipped.appendingPathComponent(lang).path)
        }
    }

    @Test func aMisspelledNameIsAnErrorNamingFileLineAndName() async throws {
        let copy = NSTemporaryDirectory() + "templates-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: Self.shipped.appendingPathComponent("en").path, toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let file = copy + "/partials/group.mustache"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try ("{{categoryTitel}}\n" + text).write(toFile: file, atomically: true, encoding: .utf8)
        do {
            _ = try await Renderer(templates: copy)
            Issue.record("a misspelled name was accepted")
        } catch {
            let message = error.errorDescription ?? ""
            #expect(message.contains("partials/group.mustache:1"))
            #expect(message.contains("unknown value 'categoryTitel'"))
        }
    }

    @Test func commentsPartialsAndTheCurrentItemAreNotNames() {
        let names = Renderer.references(
            in: "{{! a note }}{{> partials/group}}{{#links}}{{.}}{{/links}}\n{{{body}}}{{digest.month}}"
        )
        .map(\.name)
        #expect(names == ["links", "links", "body", "digest", "month"])
    }
}
