internal import CCmark
import Foundation

/// Owns one parsed cmark document (`cmark_node *` of type document) and renders it as HTML.
///
/// Rendering keeps cmark's safe default: raw HTML and `javascript:`/`vbscript:`/`file:`/`data:`
/// links are replaced, never passed through. `CMARK_OPT_UNSAFE` is never used: notices are
/// untrusted. See https://github.com/commonmark/cmark/blob/master/src/cmark.h.
final class CommonMarkDocument {
    private let root: OpaquePointer

    init(markdown: String) {
        let length = markdown.utf8.count
        root = markdown.withCString { cmark_parse_document($0, length, CMARK_OPT_DEFAULT) }
    }

    deinit { cmark_node_free(root) }

    /// The document as an HTML fragment.
    func html() -> String {
        guard let buffer = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(buffer) }
        return String(cString: buffer)
    }
}
