import DigestModel

/// The words of a digest that come from data rather than templates: category names, dates,
/// counted nouns. Headings and sentences live in `templates/<language>/`.
public enum Language: String, Sendable, CaseIterable {
    case en
    case ja

    /// Category names, as a reader of each language would write them.
    func title(_ category: Category) -> String {
        switch (self, category) {
        case (.en, _): return category.title
        case (.ja, .abuse): return "不正利用の報告"
        case (.ja, .securityIncident): return "セキュリティインシデント"
        case (.ja, .actionRequired): return "対応が必要な通知"
        case (.ja, .securityAdvisory): return "セキュリティに関する推奨事項"
        case (.ja, .maintenance): return "メンテナンス"
        case (.ja, .pricing): return "料金の改定"
        case (.ja, .billing): return "請求・支払い"
        case (.ja, .informational): return "お知らせ"
        }
    }

    /// The three families the notices were first sorted into, for grouping categories: Abuse系
    /// (abuse, incidents), 対応要求系 (action required), その他 (the rest).
    func family(_ category: Category) -> String {
        switch (self, category) {
        case (.en, .abuse), (.en, .securityIncident): return "Critical"
        case (.en, .actionRequired): return "Action required"
        case (.en, _): return "Other"
        case (.ja, .abuse), (.ja, .securityIncident): return "Abuse系"
        case (.ja, .actionRequired): return "対応要求系"
        case (.ja, _): return "その他"
        }
    }

    /// "November 2026", "2026年11月"; `all` and anything else as given.
    func monthTitle(_ month: String) -> String {
        let parts = month.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let number = Int(parts[1]), (1...12).contains(number) else {
            return month
        }
        switch self {
        case .en:
            let names = [
                "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December",
            ]
            return "\(names[number - 1]) \(year)"
        case .ja:
            return "\(year)年\(number)月"
        }
    }

    /// A whole number with thousands separators: 10,000 (both languages write it so).
    func number(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return n < 0 ? "−" + out : out
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
        case .en: return "\(number(n)) \(n == 1 ? singular : plural)"
        case .ja: return "\(number(n))\(ja)"
        }
    }

    func accounts(_ n: Int) -> String {
        n == 0 ? (self == .en ? "no account named" : "アカウント記載なし") : count(n, "account", "accounts", ja: "アカウント")
    }
    func messages(_ n: Int) -> String { count(n, "message", "messages", ja: "通") }
    func notices(_ n: Int) -> String { count(n, "notice", "notices", ja: "件") }
    func services(_ n: Int) -> String { count(n, "service", "services", ja: "サービス") }
    func kinds(_ n: Int) -> String { count(n, "kind", "kinds", ja: "種類") }
    /// Senders that are none of the registry's providers, counted: "3 other senders", "その他の送信元 3 件".
    func otherSenders(_ n: Int) -> String {
        switch self {
        case .en: return count(n, "other sender", "other senders", ja: "")
        case .ja: return "その他の送信元 \(number(n)) 件"
        }
    }

    /// "+3", "−2" or "±0" against the previous month; "new" when that month had none.
    func change(_ now: Int, _ before: Int?) -> String {
        guard let before else { return "" }
        if before == 0 && now > 0 { return self == .en ? "new" : "新規" }
        let delta = now - before
        return delta > 0 ? "+\(delta)" : delta < 0 ? "−\(-delta)" : "±0"
    }

    /// "2–29 Nov 2026", "28 Oct – 3 Nov 2026"; "2026年11月2日〜29日".
    func span(_ first: Day, _ last: Day) -> String {
        switch self {
        case .en:
            if first.year == last.year && first.month == last.month { return "\(first.day)–\(date(last))" }
            return "\(date(first)) – \(date(last))"
        case .ja:
            if first.year == last.year && first.month == last.month { return "\(date(first))〜\(last.day)日" }
            return "\(date(first))〜\(date(last))"
        }
    }

    /// A deadline as the reader needs it: "by 3 Dec 2026", or "overdue since 12 Nov 2026".
    func due(_ day: Day, asOf: Day) -> String {
        switch (self, day < asOf) {
        case (.en, true): return "overdue since \(date(day))"
        case (.en, false): return "by \(date(day))"
        case (.ja, true): return "\(date(day))に期限切れ"
        case (.ja, false): return "\(date(day))まで"
        }
    }

    /// "a mail and AWS Health", "AWS Health".
    func seenIn(_ sources: [String]) -> String {
        let mail = sources.contains(Notice.mailSource)
        let health = sources.contains(Notice.healthSource)
        switch (self, mail, health) {
        case (.en, true, true): return "a mail and AWS Health (one notice, counted once)"
        case (.ja, true, true): return "メールと AWS Health の両方（1件として数えています）"
        case (_, false, true): return "AWS Health"
        case (.en, _, _): return "a mail"
        case (.ja, _, _): return "メール"
        }
    }

    /// When a critical notice without a date is due.
    var now: String { self == .en ? "now" : "至急" }

    func bucketTitle(_ due: Summary.Due) -> String {
        switch (self, due) {
        case (.en, .overdue): return "Overdue"
        case (.en, .week): return "Within 7 days"
        case (.en, .month): return "Within 30 days"
        case (.en, .later): return "Later"
        case (.ja, .overdue): return "期限切れ"
        case (.ja, .week): return "7日以内"
        case (.ja, .month): return "30日以内"
        case (.ja, .later): return "それ以降"
        }
    }

    /// What the reader should do about notices of a category.
    func whatToDo(_ category: Category, count: Int) -> String {
        switch (self, category) {
        case (.en, .abuse):
            return count == 1
                ? "stop the reported activity and answer the report"
                : "stop the reported activity and answer each report"
        case (.en, .securityIncident): return "secure the account: rotate exposed keys, review recent activity"
        case (.en, .actionRequired): return "make the change before the deadline"
        case (.en, .securityAdvisory): return "review the configuration named"
        case (.en, .maintenance): return "check the window suits you, or act before it"
        case (.en, .pricing): return "check what the new prices cost you"
        case (.en, .billing): return "check the bill, payment or budget"
        case (.en, .informational): return "read and decide"
        case (.ja, .abuse): return "報告された通信を止め、報告に回答する"
        case (.ja, .securityIncident): return "アカウントを保護する（漏えいしたキーの無効化、最近の操作の確認）"
        case (.ja, .actionRequired): return "期限までに変更を済ませる"
        case (.ja, .securityAdvisory): return "指摘された設定を見直す"
        case (.ja, .maintenance): return "実施日時に問題がないか確認し、必要なら事前に対応する"
        case (.ja, .pricing): return "新しい料金による影響を確認する"
        case (.ja, .billing): return "請求・支払い・予算を確認する"
        case (.ja, .informational): return "内容を読み、対応を判断する"
        }
    }

    /// A sender check's reason in this language (the classifier words it in English).
    func reason(_ english: String) -> String {
        guard self == .ja, !english.isEmpty else { return english }
        for (pattern, make) in Self.japaneseReasons {
            if let match = english.wholeMatch(of: pattern) {
                return make(match.output.dropFirst().map { $0.substring.map(String.init) ?? "" })
            }
        }
        return english
    }

    nonisolated(unsafe) static let japaneseReasons: [(Regex<AnyRegexOutput>, ([String]) -> String)] = [
        (
            try! Regex(#"the sender calls itself (.+) \("(.*)"\) but (.+) is not one it sends from"#),
            { "送信者は \($0[0]) を名乗っています（「\($0[1])」）が、\($0[2]) はその送信元ではありません" }
        ),
        (
            try! Regex(#"(.+) is no provider's, and the message links to a look-alike host, (.+)"#),
            { "\($0[0]) はどのプロバイダーの送信元でもなく、本文は紛らわしいホスト \($0[1]) にリンクしています" }
        ),
        (
            try! Regex(#"(.+) is no provider's, and the message asks the reader to "(.*)""#),
            { "\($0[0]) はどのプロバイダーの送信元でもなく、本文は「\($0[1])」を求めています" }
        ),
        (
            try! Regex(#"sender domain (.+) is (.+)'s, but the receiving server reports (.+)"#),
            { "送信元ドメイン \($0[0]) は \($0[1]) のものですが、受信サーバーの判定は \($0[2]) です" }
        ),
        (
            try! Regex(#"sender domain (.+) is (.+)'s, but the message links to (.+)"#),
            { "送信元ドメイン \($0[0]) は \($0[1]) のものですが、本文は \($0[2]) にリンクしています" }
        ),
        (
            try! Regex(#"sender domain (.+) is one (.+) sends from; (.+)"#),
            { "送信元ドメイン \($0[0]) は \($0[1]) の送信元です（\($0[2])）" }
        ),
        (
            try! Regex(#"forwarded by (.+); the original is from (.+)"#),
            { "\($0[0]) からの転送です。元の送信者は \($0[1]) です" }
        ),
        (try! Regex(#"receiving server reports (.+)"#), { "受信サーバーの判定: \($0[0])" }),
        (try! Regex(#"sender domain (.+) is no provider's"#), { "送信元ドメイン \($0[0]) はどのプロバイダーの送信元でもありません" }),
        (try! Regex(#"no sender address"#), { _ in "送信者アドレスがありません" }),
    ]
}
