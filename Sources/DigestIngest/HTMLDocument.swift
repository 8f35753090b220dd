internal import CLibXML2
import Foundation

/// Owns one `htmlDocPtr` parsed by libxml2's HTML parser (forgiving of malformed markup, fuzzed
/// for years): the one place the project's HTML meets a C parser. See
/// https://gnome.pages.gitlab.gnome.org/libxml2/devhelp/libxml2-HTMLparser.html.
final class HTMLDocument {
    private let document: htmlDocPtr

    /// Parses `bytes` as UTF-8 HTML, recovering from errors, without network access or messages.
    init?(_ bytes: [UInt8]) {
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap {
                $0.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// The document as text (``HTMLText``'s conventions): blocks separated by a blank line, `br` a
    /// line break, list items as `- ` lines, table cells by spaces; `script`, `style`, `head`,
    /// `title` and the like dropped; character references decoded by the parser.
    func text() -> String {
        var writer = TextWriter()
        if let root = xmlDocGetRootElement(document) { Self.walk(root, into: &writer) }
        return writer.finish()
    }

    private static let skipped: Set<String> = ["script", "style", "head", "title", "noscript", "template", "object"]
    private static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "ul", "ol", "section", "article", "header",
        "footer", "blockquote", "pre", "hr", "body", "center", "main", "nav", "aside", "dl", "form",
    ]

    private static func walk(_ node: xmlNodePtr, into writer: inout TextWriter) {
        var child: xmlNodePtr? = node
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    writer.text(UnsafeBufferPointer(start: content, count: strlen(content)))
                }
            case XML_ELEMENT_NODE:
                let name = current.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                if skipped.contains(name) { break }
                if name == "br" {
                    writer.lineBreak()
                } else if name == "li" {
                    writer.lineBreak()
                    writer.raw("- ")
                } else if name == "td" || name == "th" || name == "dd" || name == "dt" {
                    writer.space()
                }
                let block = blocks.contains(name)
                if block { writer.paragraphBreak() }
                if let children = current.pointee.children { walk(children, into: &writer) }
                if block { writer.paragraphBreak() }
            default:
                break
            }
            child = current.pointee.next
        }
    }

    /// Text with source whitespace collapsed and breaks kept, on bytes.
    private struct TextWriter {
        var out: [UInt8] = []
        var pendingSpace = false

        mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
            for byte in bytes {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                    pendingSpace = true
                } else {
                    if pendingSpace, let last = out.last, last != 0x0A, last != 0x20 { out.append(0x20) }
                    pendingSpace = false
                    out.append(byte)
                }
            }
        }

        mutating func space() { pendingSpace = true }

        mutating func raw(_ text: String) {
            pendingSpace = false
            out += text.utf8
        }

        mutating func lineBreak() {
            trimTrailingSpaces()
            if !out.isEmpty { out.append(0x0A) }
            pendingSpace = false
        }

        mutating func paragraphBreak() {
            trimTrailingSpaces()
            pendingSpace = false
            guard !out.isEmpty else { return }
            while !(out.count >= 2 && out[out.count - 1] == 0x0A && out[out.count - 2] == 0x0A) { out.append(0x0A) }
        }

        private mutating func trimTrailingSpaces() {
            while out.last == 0x20 { out.removeLast() }
        }

        /// Lines trimmed, at most one blank line in a row, none at either end.
        func finish() -> String {
            var result: [UInt8] = []
            result.reserveCapacity(out.count)
            var blankPending = false
            for line in out.split(separator: 0x0A, omittingEmptySubsequences: false) {
                let trimmed = line.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed()
                if trimmed.isEmpty {
                    blankPending = !result.isEmpty
                    continue
                }
                if !result.isEmpty { result += blankPending ? [0x0A, 0x0A] : [0x0A] }
                blankPending = false
                result += trimmed
            }
            return String(decoding: result, as: UTF8.self)
        }
    }
}
