import DigestModel

/// The words of a digest that come from data rather than templates: category names, dates,
/// counted nouns. Headings and sentences live in `templates/<language>/`.
public enum Language: String, Sendable, CaseIterable {
    case en
    case ja

    /// Category names. Japanese follows the three families the notices were first sorted into
    /// (Abuse系, 対応要求系, その他), refined by the eight categories.
    func title(_ category: Category) -> String {
        switch (self, category) {
        case (.en, _): return category.title
        case (.ja, .abuse): return "Abuse系：不正利用の報告"
        case (.ja, .securityIncident): return "対応要求系：セキュリティインシデント"
        case (.ja, .actionRequired): return "対応要求系：要対応（期限あり）"
        case (.ja, .securityAdvisory): return "その他：セキュリティ勧告"
        case (.ja, .maintenance): return "その他：メンテナンス"
        case (.ja, .pricing): return "その他：料金改定"
        case (.ja, .billing): return "その他：請求"
        case (.ja, .informational): return "その他：お知らせ"
        }
    }

    /// A short category name for charts and tables.
    func short(_ category: Category) -> String {
        switch (self, category) {
        case (.en, .abuse): return "Abuse"
        case (.en, .securityIncident): return "Incident"
        case (.en, .actionRequired): return "Action"
        case (.en, .securityAdvisory): return "Advisory"
        case (.en, .maintenance): return "Maintenance"
        case (.en, .pricing): return "Pricing"
        case (.en, .billing): return "Billing"
        case (.en, .informational): return "Info"
        case (.ja, .abuse): return "不正利用"
        case (.ja, .securityIncident): return "インシデント"
        case (.ja, .actionRequired): return "要対応"
        case (.ja, .securityAdvisory): return "勧告"
        case (.ja, .maintenance): return "メンテナンス"
        case (.ja, .pricing): return "料金"
        case (.ja, .billing): return "請求"
        case (.ja, .informational): return "お知らせ"
        }
    }

    func date(_ day: Day) -> String {
        switch self {
        case .en:
            let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            return "\(day.day) \(months[day.month - 1]) \(day.year)"
        case .ja:
            return "\(day.year)年\(day.month)月\(day.day)日"
        }
    }

    func count(_ n: Int, _ singular: String, _ plural: String, ja: String) -> String {
        switch self {
        case .en: return "\(n) \(n == 1 ? singular : plural)"
        case .ja: return "\(n)\(ja)"
        }
    }

    func accounts(_ n: Int) -> String { count(n, "account", "accounts", ja: "アカウント") }
    func messages(_ n: Int) -> String { count(n, "message", "messages", ja: "通") }
    func notices(_ n: Int) -> String { count(n, "notice", "notices", ja: "件") }

    /// "+3", "−2" or "±0" against the previous month; "new" when that month had none.
    func change(_ now: Int, _ before: Int?) -> String {
        guard let before else { return "" }
        if before == 0 && now > 0 { return self == .en ? "new" : "新規" }
        let delta = now - before
        return delta > 0 ? "+\(delta)" : delta < 0 ? "−\(-delta)" : "±0"
    }
}
