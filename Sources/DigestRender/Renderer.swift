import DigestModel
import Foundation
import Mustache

/// Renders a digest through the Mustache templates of one folder: `digest.md` (Markdown,
/// values escaped for Markdown) and `page.html` (the HTML page around cmark's rendering).
public struct Renderer: Sendable {
    private let library: MustacheLibrary
    public let directory: String

    public init(templates directory: String) async throws(RenderError) {
        _ = MarkdownContentType.registered
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .missingTemplates(directory: directory)
        }
        do {
            library = try await MustacheLibrary(directory: directory)
        } catch let error as MustacheLibrary.ParserError {
            throw .template(
                file: (directory as NSString).appendingPathComponent(error.filename), line: error.context.lineNumber,
                column: error.context.columnNumber, problem: "\(error.error)")
        } catch {
            throw .missingTemplates(directory: directory)
        }
        // Every template and partial the digest uses: a missing partial would silently drop a part.
        for name in ["digest.md", "page.html", "partials/group"] where library.getTemplate(named: name) == nil {
            throw .missingTemplate(name: name, directory: directory)
        }
        // A value the views do not have would render as nothing, silently: it is an error instead.
        for name in ["digest.md", "page.html", "partials/group"] {
            let file = (directory as NSString).appendingPathComponent(name + ".mustache")
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
            if let unknown = Self.references(in: text).first(where: { !Self.knownKeys.contains($0.name) }) {
                throw .template(
                    file: file, line: unknown.line, column: unknown.column,
                    problem: "unknown value '\(unknown.name)'; the templates can use: "
                        + Self.knownKeys.sorted().joined(separator: ", "))
            }
        }
        self.directory = directory
    }

    /// Every name the templates may use: the properties of ``DigestView``, its rows and groups, and
    /// the page's own (`digest`, `body`). `RendererTests` holds this list to the views' properties.
    static let knownKeys: Set<String> = [
        // DigestView
        "lang", "month", "period", "asOf", "sourcesText", "messages", "groups", "accounts", "unreadable", "outside",
        "read", "previousMonth", "hasPrevious", "categories", "attention", "attentionMore", "hasAttentionMore",
        "hasAttention", "notUnderstood", "notUnderstoodMore", "hasNotUnderstoodMore", "hasNotUnderstood",
        "providersText", "hasProviders", "buckets", "hasDeadlines", "sections", "services", "hasServices",
        "servicesMore", "hasServicesMore", "suspicious", "hasSuspicious", "unreadableRows", "hasUnreadable",
        "reconciles", "language", "allGroups", "asOfDay",
        // CategoryRow, Section, Bucket, DeadlineLine, ServiceRow, UnreadableRow, Link
        "id", "title", "change", "hasChange", "more", "hasMore", "lines", "date", "total", "breakdown", "source",
        "reason", "url",
        // GroupView
        "category", "categoryTitle", "accountCount", "accountsText", "hasAccounts", "regions", "hasRegions",
        "resourcesText", "hasResources", "deadline", "hasDeadline", "deadlineEvidence", "hasDeadlineEvidence",
        "firstReceived", "lastReceived", "sameDay", "messagesText", "reminders", "hasReminders", "excerpt",
        "hasExcerpt", "links", "hasLinks", "trustReason", "sender", "provider", "hasProvider", "truncated",
        "hasTruncated",
        // PageView
        "digest", "body",
    ]

    /// The names a template refers to (`{{name}}`, `{{#name}}`, `{{^name}}`, `{{{name}}}`,
    /// `{{&name}}`, each part of `a.b`), with where each is; comments, partials, the current item
    /// `.` and delimiter changes are not names.
    static func references(in text: String) -> [(name: String, line: Int, column: Int)] {
        var found: [(name: String, line: Int, column: Int)] = []
        var line = 1
        var lineStart = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\n" {
                line += 1
                lineStart = text.index(after: index)
                index = lineStart
                continue
            }
            guard text[index...].hasPrefix("{{"), let close = text[index...].range(of: "}}") else {
                index = text.index(after: index)
                continue
            }
            var tag = text[text.index(index, offsetBy: 2)..<close.lowerBound]
            if tag.hasPrefix("{") { tag = tag.dropFirst() }
            tag = tag.drop(while: { $0 == " " })
            if let sigil = tag.first, "#^/&".contains(sigil) { tag = tag.dropFirst() }
            let name = tag.trimmingCharacters(in: .whitespaces)
            if let sigil = tag.first, "!>=%".contains(sigil) {
                // not a value
            } else if !name.isEmpty && name != "." {
                let column = text.distance(from: lineStart, to: index) + 1
                for part in name.split(separator: ".") { found.append((String(part), line, column)) }
            }
            index = close.upperBound
        }
        return found
    }

    /// The Markdown digest.
    public func markdown(_ view: DigestView) -> String {
        library.render(view, withTemplate: "digest.md") ?? ""
    }

    /// The HTML page: the Markdown rendered by cmark (safe mode) inside the page template, with
    /// the charts, and account lists folded.
    public func html(_ view: DigestView, markdown: String) -> String {
        let body = PageBody.insertingCharts(
            Charts.all(view), into: PageBody.foldAccountLists(CommonMarkDocument(markdown: markdown).html()))
        return library.render(PageView(digest: view, body: body), withTemplate: "page.html") ?? ""
    }

    /// What the page template sees: the digest's values plus the rendered body and charts.
    struct PageView {
        var digest: DigestView
        var body: String
    }
}
