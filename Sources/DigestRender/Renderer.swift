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
        self.directory = directory
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
