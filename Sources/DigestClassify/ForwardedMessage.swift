import DigestModel
import Foundation

/// Finds an original notice quoted inside a message: a forwarded block ("---------- Forwarded
/// message ---------", "Begin forwarded message:", "-----Original Message-----", 「転送メッセージ」)
/// with its From, Date and Subject lines, then the original body.
enum ForwardedMessage {
    static let markers = [
        "---------- forwarded message", "begin forwarded message", "-----original message-----",
        "-------- original message --------", "------ forwarded message", "転送メッセージ", "転送されたメッセージ",
        "-----元のメッセージ-----", "forwarded message ----",
    ]

    /// A cheap first look: only texts with one of these words can hold a forwarded block.
    static func mayHold(_ text: String) -> Bool {
        let bytes = text.utf8Bytes
        return [
            "orwarded message", "ORWARDED MESSAGE", "egin forwarded", "riginal Message", "RIGINAL MESSAGE", "転送",
            "元のメッセージ",
        ].contains {
            ByteSearch.contains(bytes, $0)
        }
    }

    /// The first quoted original in `text`, or nil.
    static func find(in text: String) -> EmbeddedMessage? {
        let index = LineIndex(text)
        var start: Int?
        for (number, line) in index.lines.enumerated() {
            let lower = index.string(index.trimmed(line)).lowercased()
            if markers.contains(where: { lower.contains($0) }) {
                start = number + 1
                break
            }
        }
        guard let start else { return nil }
        var subject = ""
        var from: Address?
        var bodyStart = start
        var sawHeader = false
        for number in start..<index.lines.count {
            let raw = index.string(index.trimmed(index.lines[number]))
            let line = raw.hasPrefix(">") ? String(raw.drop { $0 == ">" || $0 == " " }) : raw
            if line.isEmpty {
                if sawHeader {
                    bodyStart = number + 1
                    break
                }
                continue
            }
            guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else {
                bodyStart = number
                break
            }
            let name = line[..<colon].lowercased().trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch name {
            case "subject", "件名": subject = value
            case "from", "差出人", "送信者": from = address(value)
            case "date", "sent", "to", "cc", "日付", "送信日時", "宛先", "reply-to": break
            default:
                bodyStart = number
            }
            if !["subject", "件名", "from", "差出人", "送信者", "date", "sent", "to", "cc", "日付", "送信日時", "宛先", "reply-to"]
                .contains(name)
            {
                break
            }
            sawHeader = true
            bodyStart = number + 1
        }
        guard sawHeader, !subject.isEmpty || from != nil else { return nil }
        let body = index.lines[min(bodyStart, index.lines.count)...].map { line -> String in
            let raw = index.string(line)
            return raw.hasPrefix(">") ? String(raw.drop { $0 == ">" }.drop { $0 == " " }) : raw
        }.joined(separator: "\n")
        return EmbeddedMessage(subject: subject, from: from, text: body)
    }

    /// `Name <user@example.com>`, `user@example.com`, or `Name [mailto:user@example.com]`.
    static func address(_ value: String) -> Address? {
        let cleaned = value.replacingOccurrences(of: "mailto:", with: "")
        guard let at = cleaned.firstIndex(of: "@") else { return nil }
        let stops: Set<Character> = ["<", ">", " ", "[", "]", "(", ")", "\"", "'", ","]
        var lower = at
        while lower > cleaned.startIndex, !stops.contains(cleaned[cleaned.index(before: lower)]) {
            lower = cleaned.index(before: lower)
        }
        var upper = cleaned.index(after: at)
        while upper < cleaned.endIndex, !stops.contains(cleaned[upper]) { upper = cleaned.index(after: upper) }
        let email = String(cleaned[lower..<upper])
        let name = cleaned[..<lower].trimmingCharacters(in: CharacterSet(charactersIn: " \"'<[("))
        return Address(name: name, address: email)
    }
}
