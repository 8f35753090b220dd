import DigestModel
import Foundation

/// deadlines.ics: one all-day event per genuine notice with a deadline (RFC 5545), so a calendar
/// that subscribes to the file shows what is due. The UID is the group id, stable from month to
/// month, so a subscribed calendar updates an event instead of adding it twice; every event has
/// alarms 7 days and 1 day before. Text is escaped and lines are folded as the RFC says; the stamp
/// is the report date, so the same input gives the same bytes.
public enum DeadlineCalendar {
    public static func ics(_ digest: Digest, asOf: Day, language: Language = .en, siteURL: String? = nil) -> String {
        let en = language == .en
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//NoticeDigest//notice-digest//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + escape(en ? "Cloud notice deadlines" : "クラウド通知の期限"),
        ]
        let stamp = compact(asOf) + "T000000Z"
        let dated = digest.groups.filter { $0.deadline != nil && $0.trust != .suspicious }
            .sorted { ($0.deadline!, $0.id) < ($1.deadline!, $1.id) }
        for group in dated {
            let deadline = group.deadline!
            let link = siteURL.map { base in
                (base.hasSuffix("/") ? base : base + "/") + digest.month + "/" + DigestView.link(to: group)
            }
            let summary =
                "\(language.title(group.category)) — \(group.title) (\(language.accounts(group.accounts.count)))"
            var description: [String] = []
            if !group.services.isEmpty {
                description.append((en ? "Services: " : "サービス: ") + group.services.joined(separator: ", "))
            }
            if !group.accounts.isEmpty {
                description.append((en ? "Accounts: " : "アカウント: ") + group.accounts.joined(separator: ", "))
            }
            if let evidence = group.deadlineEvidence { description.append("“\(evidence)”") }
            if let link { description.append((en ? "Detail: " : "詳細: ") + link) }
            lines += [
                "BEGIN:VEVENT",
                "UID:" + escape(group.id) + "@notice-digest",
                "DTSTAMP:" + stamp,
                "DTSTART;VALUE=DATE:" + compact(deadline),
                "DTEND;VALUE=DATE:" + compact(deadline.adding(days: 1)),
                "SUMMARY:" + escape(summary),
                "DESCRIPTION:" + escape(description.joined(separator: "\n")),
                "CATEGORIES:" + escape(group.category.rawValue),
                "TRANSP:TRANSPARENT",
            ]
            if let link { lines.append("URL;VALUE=URI:" + link) }
            for days in [7, 1] {
                lines += [
                    "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-P\(days)D",
                    "DESCRIPTION:" + escape(summary), "END:VALARM",
                ]
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func compact(_ day: Day) -> String { day.description.replacingOccurrences(of: "-", with: "") }

    /// TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11); control
    /// characters dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1), never
    /// inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var out = ""
        var count = 0
        for character in line {
            let size = String(character).utf8.count
            if count + size > 75 {
                out += "\r\n "
                count = 1
            }
            out.append(character)
            count += size
        }
        return out
    }
}
