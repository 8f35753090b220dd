/// What makes notices "of one kind" for an overview: the same category and the same subject once
/// its variable parts — numbers, dates, identifiers, host names, regions — are set aside. Sixty
/// abuse reports with sixty case numbers are one kind; forty instance retirements are one kind.
public enum Kind {
    /// The kind of a notice titled `title`: a key to compare (lower case, punctuation aside) and
    /// the title to show, its variable parts written as "…".
    public static func of(_ title: String) -> (key: String, display: String) {
        var shown: [Substring] = []
        var key: [String] = []
        // A region's name ("US East (N. Virginia)", "Asia Pacific (Tokyo)") varies as a whole.
        // (Only a title with a bracket can hold one: most are spared the pattern.)
        let text = title.contains("(") ? title.replacing(Self.regionName) { _ in "0-region" } : title
        var lastWasVariable = false
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            if isVariable(token) {
                // The varying core becomes "…"; brackets and punctuation around it stay.
                let head = token.prefix { Self.wrapping.contains($0) }
                let tail = token.reversed().prefix { Self.wrapping.contains($0) && $0 != "…" }
                let masked = Substring(String(head) + "…" + String(tail.reversed()))
                // Runs of varying words ("December 1, 2026") are one "…".
                if let last = shown.last, lastWasVariable {
                    let opened = String(last.prefix { Self.wrapping.contains($0) })
                    // A closer whose opener the run does not hold goes with the words it closed.
                    let closed = String(tail.reversed()).filter { closer in
                        guard let opener = Self.pairs[closer] else { return true }
                        return opened.contains(opener)
                    }
                    shown[shown.count - 1] = Substring(opened + "…" + closed)
                } else {
                    shown.append(masked)
                }
                lastWasVariable = true
                if key.last != "…" { key.append("…") }
                continue
            }
            lastWasVariable = false
            shown.append(token)
            let folded = token.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "…" || $0 == "&" || $0 == "/" }
            if !folded.isEmpty { key.append(folded) }
        }
        while key.last == "…" { key.removeLast() }
        var display = shown.joined(separator: " ")
        while display.hasSuffix(".") { display.removeLast() }
        return (key.joined(separator: " "), display)
    }

    static let pairs: [Character: Character] = [")": "(", "]": "[", "」": "「", "】": "【"]

    static let wrapping: Set<Character> = ["[", "]", "(", ")", ":", ",", ".", ";", "\"", "'", "「", "」", "【", "】", "#"]

    static let months: Set<String> = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
        "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "utc", "gmt", "jst", "pst", "pdt", "est", "edt", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    ]

    nonisolated(unsafe) static let regionName =
        #/(?i)\b(US|Asia Pacific|Europe|Middle East|South America|Canada|Africa|Israel|Mexico|AWS GovCloud|China)( (East|West|Central|North|South|Northeast|Southeast))?( \d)? \([^)]{2,30}\)/#

    /// A token that varies from notice to notice of one kind: a number or anything holding two or
    /// more digits, one digit joined to other characters by `-` `_` `.` `:` (us-east-1, node18.x),
    /// a host name or address, a month or time zone. Product names with one digit (EC2, S3, IPv4)
    /// and hyphenated words stay.
    static func isVariable(_ token: Substring) -> Bool {
        // The token without the brackets and punctuation that wrap it.
        var core = token
        while let first = core.first, wrapping.contains(first) { core.removeFirst() }
        while let last = core.last, wrapping.contains(last) { core.removeLast() }
        guard !core.isEmpty else { return false }
        if months.contains(core.lowercased()) { return true }
        var digits = 0
        var separators = 0
        var nonASCII = false
        for scalar in core.unicodeScalars {
            if scalar.properties.numericType != nil && scalar.isASCII { digits += 1 }
            if "-_.:/@".unicodeScalars.contains(scalar) { separators += 1 }
            if !scalar.isASCII { nonASCII = true }
        }
        // Japanese runs such as "2026年11月1日" hold digits inside one token.
        if nonASCII { return digits >= 1 && core.unicodeScalars.first?.properties.numericType != nil }
        if digits >= 2 || (digits == 1 && (core.count == 1 || separators > 0)) { return true }
        // A host name or address; hyphenated words ("end-of-life") stay.
        return core.contains("@") || (separators >= 2 && core.contains("."))
    }
}
