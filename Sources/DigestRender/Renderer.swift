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
        for name in Self.templates where library.getTemplate(named: name) == nil {
            throw .missingTemplate(name: name, directory: directory)
        }
        // A value the views do not have would render as nothing, silently: it is an error instead.
        for name in Self.templates {
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

    /// The templates that ship with the tool (a subfolder per language), found wherever it runs.
    public static var shippedTemplates: String? {
        Bundle.module.url(forResource: "templates", withExtension: nil)?.path
    }

    /// Every template and partial the digest uses: a missing one would silently drop a part.
    static let templates = ["digest.md", "detail.md", "page.html", "mail.html", "partials/group"]

    /// Every name the templates may use: the properties of ``DigestView``, its rows and groups, and
    /// the page's own (`digest`, `body`). `RendererTests` holds this list to the views' properties.
    static let knownKeys: Set<String> = [
        // DigestView
        "forPage", "pageURL", "hasPageURL", "bar", "joined", "hasJoined", "seenInText", "hasSeenIn", "lang", "month",
        "monthTitle", "period", "asOf", "sourcesText",
        "messages", "groups", "accounts",
        "unreadable", "outside", "read", "previousMonth", "hasPrevious", "glance", "categories", "actions",
        "hasActions", "actionsMore", "hasActionsMore", "notUnderstood", "notUnderstoodMore", "notUnderstoodLink",
        "hasNotUnderstoodMore", "hasNotUnderstood", "providersText", "hasProviders", "buckets", "hasDeadlines",
        "sections", "servicesText", "hasServices", "suspicious", "suspiciousCount", "hasSuspicious", "unreadableRows",
        "hasUnreadable", "unreadableMore", "hasUnreadableMore", "reconciles",
        // Tile, CategoryRow, ActionLine, KindLine, Section, Bucket, UnreadableRow, Link
        "value", "label", "link", "id", "title", "change", "hasChange", "what", "when", "overdue", "countText",
        "accountsText", "datesText", "deadlineText", "hasDeadline", "services", "family", "startsFamily", "kinds",
        "more", "moreText", "hasMore", "lines", "source", "reason", "url", "guess", "hasGuess",
        // GroupView
        "category", "categoryTitle", "guessed", "accountCount", "hasAccounts", "regions", "hasRegions", "resourcesText",
        "resources", "hasResources", "deadline", "deadlineEvidence", "hasDeadlineEvidence", "firstReceived",
        "lastReceived", "sameDay", "messagesText", "reminders", "hasReminders", "excerpt", "hasExcerpt", "links",
        "hasLinks", "trustReason", "sender", "provider", "hasProvider", "truncated", "hasTruncated",
        // DetailPage and its parts and lines
        "name", "intro", "text", "hasLink", "hasTitle",
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

    /// The Markdown digest: the briefing as text, for mail and wikis.
    public func markdown(_ view: DigestView) -> String {
        var plain = view
        plain.forPage = false
        return library.render(plain, withTemplate: "digest.md") ?? ""
    }

    /// The month's page: the briefing with its links and anchors, rendered by cmark (safe mode)
    /// inside the page template, with the charts.
    public func html(_ view: DigestView) -> String {
        var page = view
        page.forPage = true
        let markdown = library.render(page, withTemplate: "digest.md") ?? ""
        let body = PageBody.insertingCharts(
            Charts.all(view), into: PageBody.finish(CommonMarkDocument(markdown: markdown).html()))
        return library.render(
            PageView(digest: PageView.Head(lang: view.lang, month: view.month, title: view.monthTitle), body: body),
            withTemplate: "page.html") ?? ""
    }

    /// The HTML part of the mail: the headline, the top actions and the numbers, styled inline (mail
    /// clients drop `<style>`), no SVG and no image, with a link to the page when the site's address
    /// is known.
    public func mailHTML(_ view: DigestView, pageURL: String?) -> String {
        var mail = view
        mail.pageURL = pageURL ?? ""
        mail.hasPageURL = pageURL != nil
        return library.render(mail, withTemplate: "mail.html") ?? ""
    }

    /// A page of detail, in the same page template.
    public func html(_ page: DetailPage) -> String {
        let markdown = library.render(page, withTemplate: "detail.md") ?? ""
        let body = PageBody.finish(CommonMarkDocument(markdown: markdown).html())
        return library.render(
            PageView(digest: PageView.Head(lang: page.lang, month: page.month, title: page.title), body: body),
            withTemplate: "page.html") ?? ""
    }

    /// What the page template sees: the page's language and title, and the rendered body.
    struct PageView {
        struct Head {
            var lang: String
            var month: String
            var title: String
        }
        var digest: Head
        var body: String
    }
}
