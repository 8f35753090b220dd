import DigestModel
import Foundation

/// Inline SVG bar charts for the page: drawn from our own numbers, every label escaped for XML,
/// no script and no external reference.
enum Charts {
    struct Bar {
        var label: String
        var value: Int
        var colour: String
    }

    static let colours: [Category: String] = [
        .abuse: "#b42318", .securityIncident: "#d92d20", .actionRequired: "#dc6803", .securityAdvisory: "#7a5af8",
        .maintenance: "#0b5cad", .pricing: "#12b76a", .billing: "#667085", .informational: "#98a2b3",
    ]

    /// A horizontal bar chart with a title; empty when there is nothing to draw.
    static func bars(_ title: String, _ bars: [Bar]) -> String {
        guard let largest = bars.map(\.value).max(), largest > 0 else { return "" }
        // Drawn at most about 320 wide and shown at least 280 wide: 13-unit text stays 11 px or more.
        let rowHeight = 22
        let labelWidth = 150
        let chartWidth = 130
        let height = bars.count * rowHeight + 30
        var svg = """
            <figure class="chart"><figcaption>\(escape(title))</figcaption>\
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(labelWidth + chartWidth + 40) \(height)" \
            role="img" aria-label="\(escape(title))">
            """
        for (index, bar) in bars.enumerated() {
            let y = 8 + index * rowHeight
            let width = max(2, bar.value * chartWidth / largest)
            svg += """
                <text x="\(labelWidth - 6)" y="\(y + 14)" text-anchor="end" font-size="13" fill="#344054">\(escape(Self.fitting(bar.label)))</text>\
                <rect x="\(labelWidth)" y="\(y + 2)" width="\(width)" height="\(rowHeight - 6)" rx="3" fill="\(bar.colour)"/>\
                <text x="\(labelWidth + width + 6)" y="\(y + 14)" font-size="13" fill="#344054">\(bar.value)</text>
                """
        }
        return svg + "</svg></figure>"
    }

    /// The three charts of a digest: notices per category, per service, and deadlines per week.
    static func all(_ view: DigestView) -> String {
        let language = view.language
        let en = language == .en
        // The summary's numbers: genuine notices only, suspicious senders counted apart.
        let categories = Category.allCases.compactMap { category -> Bar? in
            let groups = view.summary.tally(category).groups
            return groups > 0 ? Bar(label: language.short(category), value: groups, colour: colours[category]!) : nil
        }
        let services = DigestView.serviceCounts(view.allGroups, serviceName: view.serviceName).prefix(10).map {
            Bar(label: $0.name, value: $0.count, colour: "#0b5cad")
        }
        // Deadlines per week from the report date: overdue, then the next eight weeks, then later.
        var weeks = Array(repeating: 0, count: 10)
        for group in view.allGroups where group.trust != .suspicious {
            guard let deadline = group.deadline else { continue }
            let days = deadline.ordinal - view.asOfDay.ordinal
            weeks[days < 0 ? 0 : min(9, 1 + days / 7)] += 1
        }
        let weekBars = weeks.enumerated().compactMap { index, count -> Bar? in
            guard count > 0 else { return nil }
            let label: String
            switch index {
            case 0: label = en ? "overdue" : "期限切れ"
            case 9: label = en ? "later" : "それ以降"
            default:
                let start = view.asOfDay.adding(days: (index - 1) * 7)
                label = en ? "week of \(language.date(start))" : "\(start.month)/\(start.day) からの週"
            }
            return Bar(label: label, value: count, colour: index == 0 ? "#b42318" : "#dc6803")
        }
        return [
            bars(en ? "Notices per category" : "カテゴリ別の通知数", categories),
            bars(en ? "Notices per service (top 10)" : "サービス別の通知数（上位10）", Array(services)),
            bars(en ? "Deadlines per week" : "週ごとの期限", weekBars),
        ].joined()
    }

    /// A label cut to what the label column holds.
    static func fitting(_ label: String) -> String {
        label.count > 21 ? String(label.prefix(20)) + "…" : label
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
