import DigestModel

/// Touches to cmark's HTML that Markdown cannot express, applied to the exact markup our own
/// templates produce (every value in it was already escaped by cmark).
enum PageBody {
    /// Everything the page needs beyond cmark's HTML: heading anchors, the top anchor, folded lists.
    static func finish(_ html: String) -> String {
        foldAccountLists(anchoringHeadings(html))
    }

    /// A heading that is a link to its own anchor (`## [Deadlines](#deadlines)` in our templates)
    /// gets that anchor as its id; the page's title is `#top`. Values cannot make such a heading:
    /// their brackets are escaped, and an id must be letters, digits and `-`.
    static func anchoringHeadings(_ html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count + 4096)
        var first = true
        // Lines are cut on the byte "\n" (the HTML's own line breaks), not on characters.
        for bytes in html.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let line = Substring(bytes)
            if first, line.hasPrefix("<h1>") {
                out += "<h1 id=\"top\">" + line.dropFirst(4) + "\n"
                first = false
                continue
            }
            if bytes.count > 16, line.hasPrefix("<h"), let level = line.dropFirst(2).first, ("1"..."6").contains(level),
                line.dropFirst(3).hasPrefix("><a href=\"#")
            {
                let rest = line.dropFirst(14)
                if let quote = rest.firstIndex(of: "\""),
                    rest[..<quote].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }),
                    !rest[..<quote].isEmpty
                {
                    out += "<h\(level) id=\"\(rest[..<quote])\">" + line.dropFirst(4) + "\n"
                    continue
                }
            }
            out += line + "\n"
        }
        out.removeLast()
        return out
    }

    /// A list item `<li><strong>Accounts:</strong> N accounts — a, b, c</li>` (or its Japanese
    /// form) with a long list becomes a `<details>` element that shows the count and folds the list.
    static func foldAccountLists(_ html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count + 1024)
        let index = LineIndex(html)
        for range in index.lines {
            let line = index.string(range)
            guard line.hasPrefix("<li><strong>"), line.hasSuffix("</li>"), let dash = line.range(of: " — "),
                line.contains(":</strong> ") || line.contains("：</strong> ")
            else {
                out += line + "\n"
                continue
            }
            let head = line[..<dash.lowerBound]
            let list = line[dash.upperBound..<line.index(line.endIndex, offsetBy: -5)]
            guard
                head.contains("ccount") || head.contains("アカウント") || head.contains("esource") || head.contains("リソース"),
                list.split(separator: ",").count > 4
            else {
                out += line + "\n"
                continue
            }
            let label = head.dropFirst(4)  // "<li>"
            out += "<li><details><summary>\(label)</summary><p class=\"accounts\">\(list)</p></details></li>\n"
        }
        if out.hasSuffix("\n") && !html.hasSuffix("\n") { out.removeLast() }
        return out
    }

    /// The charts go after the top actions: before the Deadlines heading, or at the end.
    static func insertingCharts(_ charts: String, into html: String) -> String {
        guard !charts.isEmpty else { return html }
        let block = "<div class=\"charts\">\(charts)</div>\n"
        guard let deadlines = html.range(of: "<h2 id=\"deadlines\">") else { return html + block }
        return String(html[..<deadlines.lowerBound]) + block + String(html[deadlines.lowerBound...])
    }
}
