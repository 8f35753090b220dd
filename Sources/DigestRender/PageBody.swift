import DigestModel

/// Touches to cmark's HTML that Markdown cannot express, applied to the exact markup our own
/// templates produce (every value in it was already escaped by cmark).
enum PageBody {
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
            guard head.contains("ccount") || head.contains("アカウント"), list.split(separator: ",").count > 6 else {
                out += line + "\n"
                continue
            }
            let label = head.dropFirst(4)  // "<li>"
            out += "<li><details><summary>\(label)</summary><p class=\"accounts\">\(list)</p></details></li>\n"
        }
        if out.hasSuffix("\n") && !html.hasSuffix("\n") { out.removeLast() }
        return out
    }

    /// The charts go right after the summary: before the body's second `<h2>`, or at its end.
    static func insertingCharts(_ charts: String, into html: String) -> String {
        guard !charts.isEmpty else { return html }
        let block = "<div class=\"charts\">\(charts)</div>\n"
        guard let first = html.range(of: "<h2>"),
            let second = html.range(of: "<h2>", range: first.upperBound..<html.endIndex)
        else { return html + block }
        return String(html[..<second.lowerBound]) + block + String(html[second.lowerBound...])
    }
}
