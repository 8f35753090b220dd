import DigestModel
import Foundation

/// A page of detail beside the month's page: every notice of one category (each under an anchor
/// that is its group id, kind by kind), the suspicious senders, every deadline, every unreadable
/// input. The month's page lists the first few of each; these hold all of them.
public struct DetailPage: Sendable {
    public struct Line: Sendable {
        var text: String
        var title: String
        var link: String
        var hasLink: Bool
        var overdue: Bool
    }

    public struct Part: Sendable {
        var id: String
        var title: String
        /// A kind of one notice needs no heading of its own: the notice's heading says it.
        var hasTitle = true
        var lines: [Line]
        var groups: [DigestView.GroupView]
    }

    /// The file name in the month's folder.
    public var name: String
    var lang: String
    var month: String
    var monthTitle: String
    var title: String
    var intro: String
    var sections: [Part]

    /// About how much there is to render: the lines and notices the page lists. Pages are made
    /// largest first, so that the cores finish together.
    public var weight: Int { sections.reduce(0) { $0 + $1.lines.count + 4 * $1.groups.count } }
}

extension DigestView {
    /// Every page of detail the month's page links to.
    public func detailPages() -> [DetailPage] {
        let en = language == .en
        var pages: [DetailPage] = []
        func page(_ name: String, _ title: String, _ intro: String, _ sections: [DetailPage.Part]) -> DetailPage {
            DetailPage(
                name: name, lang: lang, month: month, monthTitle: monthTitle, title: "\(title) — \(monthTitle)",
                intro: intro, sections: sections)
        }
        func parts(_ members: [Int]) -> [DetailPage.Part] {
            Self.kinds(of: members, in: allGroups, titleKinds).map { kind in
                DetailPage.Part(
                    id: Self.anchor(kind), title: "\(kind.display) (\(language.notices(kind.members.count)))",
                    hasTitle: kind.members.count > 1, lines: [],
                    groups: kind.members.map {
                        Self.view(
                            allGroups[$0], language, asOf: asOfDay, showProvider: showProvider, serviceName: serviceName
                        )
                    })
            }
        }
        for category in Category.allCases {
            let members = allGroups.indices.filter {
                allGroups[$0].category == category && allGroups[$0].trust != .suspicious
            }
            guard !members.isEmpty else { continue }
            let tally = summary.tally(category)
            let kinds = parts(members)
            pages.append(
                page(
                    Self.page(for: category), language.title(category),
                    "\(language.notices(tally.groups)), \(language.messages(tally.messages)), \(language.kinds(kinds.count)).",
                    kinds))
        }
        let fake = allGroups.indices.filter { allGroups[$0].trust == .suspicious }
        if !fake.isEmpty {
            pages.append(
                page(
                    Self.suspiciousPage, en ? "Suspicious senders" : "不審な送信者",
                    en
                        ? "These claim to come from a provider but do not; they are counted in no category."
                        : "プロバイダーを名乗っていますが、その送信元ではありません。どのカテゴリーにも数えていません。",
                    parts(fake)))
        }
        let dated = allGroups.filter { $0.trust != .suspicious && $0.deadline != nil }
            .sorted { ($0.deadline!, $0.category, $0.title) < ($1.deadline!, $1.category, $1.title) }
        if !dated.isEmpty {
            let sections = Summary.Due.allCases.compactMap { due -> DetailPage.Part? in
                let lines = dated.filter { Summary.due($0.deadline!, asOf: asOfDay) == due }.map { group in
                    DetailPage.Line(
                        text: language.due(group.deadline!, asOf: asOfDay), title: group.title,
                        link: Self.link(to: group), hasLink: true, overdue: group.deadline! < asOfDay)
                }
                guard !lines.isEmpty else { return nil }
                return DetailPage.Part(
                    id: due.rawValue, title: "\(language.bucketTitle(due)) (\(language.notices(lines.count)))",
                    lines: lines, groups: [])
            }
            pages.append(
                page(
                    "deadlines.html", en ? "Every deadline" : "すべての期限",
                    en
                        ? "Measured from the report date, \(asOf)."
                        : "レポート日（\(asOf)）から数えています。", sections))
        }
        if unreadableMore > 0 {
            let lines = unreadableList.map {
                DetailPage.Line(text: $0.reason, title: $0.source, link: "", hasLink: false, overdue: false)
            }
            pages.append(
                page(
                    Self.unreadablePage, en ? "Unreadable inputs" : "読めなかった入力",
                    en ? "Each with why it could not be read." : "読めなかった理由とともに示します。",
                    [
                        DetailPage.Part(
                            id: "all", title: language.count(lines.count, "input", "inputs", ja: "件"), lines: lines,
                            groups: [])
                    ]))
        }
        return pages
    }
}
