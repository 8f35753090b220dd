import DigestModel
import Foundation

/// Finds account IDs, regions and services in notice text.
public enum Extractors {
    /// 12-digit account IDs, plain or as `1234-5678-9012`, that are not part of a longer token
    /// (instance IDs such as `i-0e7a201159810559a`, epoch-millisecond timestamps). Sorted, unique.
    ///
    /// Extractors scan UTF-8 bytes rather than run regular expressions: they run on every message.
    /// Whether twelve digits read as a minute, YYYYMMDDhhmm (a reference number built from the
    /// time): about one random account ID in twenty thousand looks so, and none is lost that matters.
    static func looksLikeTimestamp(_ digits: String) -> Bool {
        let d = digits.utf8.map { Int($0) - 48 }
        let year = d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3]
        let month = d[4] * 10 + d[5]
        let day = d[6] * 10 + d[7]
        let hour = d[8] * 10 + d[9]
        let minute = d[10] * 10 + d[11]
        return (1990...2099).contains(year) && (1...12).contains(month) && (1...31).contains(day) && hour < 24
            && minute < 60
    }

    public static func accounts(in text: String) -> [String] {
        var found = Set<String>()
        let b = text.utf8Bytes
        let n = b.count
        var i = 0
        while i < n {
            guard isDigit(b[i]) else {
                i += 1
                continue
            }
            var end = i
            while end < n, isDigit(b[end]) { end += 1 }
            var candidate: String?
            var matchEnd = end
            if end - i == 12 {
                candidate = String(decoding: b[i..<end], as: UTF8.self)
            } else if end - i == 4, end + 10 <= n, b[end] == 0x2D, isDigits(b, end + 1, 4), b[end + 5] == 0x2D,
                isDigits(b, end + 6, 4), !(end + 10 < n && isDigit(b[end + 10]))
            {
                matchEnd = end + 10
                candidate = String(
                    decoding: b[i..<(i + 4)] + b[(end + 1)..<(end + 5)] + b[(end + 6)..<(end + 10)], as: UTF8.self)
            }
            if let candidate, accountBoundaryBefore(b, i), accountBoundaryAfter(b, matchEnd),
                !looksLikeTimestamp(candidate)
            {
                found.insert(candidate)
            }
            i = max(end, matchEnd)
        }
        return found.sorted()
    }

    /// Region codes (`us-east-1`) and names (`US East (N. Virginia)`, `アジアパシフィック (東京)`),
    /// as codes, sorted and unique. A code given as a CLI option (`--region us-west-2`) is an
    /// example, not an affected region, and is skipped.
    public static func regions(in text: String) -> [String] {
        var found = Set<String>()
        let bytes = text.utf8Bytes
        for hit in regionHits(bytes) {
            let before = bytes[max(0, hit.range.lowerBound - 9)..<hit.range.lowerBound]
            if hit.isCode,
                before.elementsEqual("--region ".utf8) || before.suffix(8).elementsEqual("--region".utf8)
                    || before.suffix(7).elementsEqual("region=".utf8)
            {
                continue
            }
            found.insert(hit.code)
        }
        return found.sorted()
    }

    /// `text` with region codes and names replaced by `#region`.
    public static func maskingRegions(_ text: String) -> String {
        let bytes = text.utf8Bytes
        let hits = regionHits(bytes)
        guard !hits.isEmpty else { return text }
        var out: [UInt8] = []
        var last = 0
        for hit in hits where hit.range.lowerBound >= last {
            out += bytes[last..<hit.range.lowerBound]
            out += Array("#region".utf8)
            last = hit.range.upperBound
        }
        out += bytes[last...]
        return String(decoding: out, as: UTF8.self)
    }

    struct RegionHit {
        var range: Range<Int>
        var code: String
        var isCode: Bool
    }

    /// Every region code and region name in `b`, in order.
    static func regionHits(_ b: [UInt8]) -> [RegionHit] {
        var hits: [RegionHit] = []
        let n = b.count
        // Only a dash (a code is two letters and a dash at a word's start: "us-east-1",
        // "us-gov-west-1") or an opening parenthesis (a name: "<place> (<city>)", ASCII or
        // full-width) can place a hit; the bytes between are skipped.
        var resume = 0
        var i = 0
        while i < n {
            let c = b[i]
            if c == 0x2D {
                let start = i - 2
                if start >= resume, isAlpha(b[start]), start == 0 || !isWordOrDash(b[start - 1]),
                    let (end, code) = regionCode(b, at: start)
                {
                    hits.append(RegionHit(range: start..<end, code: code, isCode: true))
                    resume = end
                    i = end
                    continue
                }
            } else if c == 0x28 || (c == 0xEF && i + 2 < n && b[i + 1] == 0xBC && b[i + 2] == 0x88) {
                if let hit = regionName(b, openAt: i, openLength: c == 0x28 ? 1 : 3) {
                    if let last = hits.last, last.range.overlaps(hit.range) { hits.removeLast() }
                    hits.append(hit)
                    resume = hit.range.upperBound
                    i = hit.range.upperBound
                    continue
                }
            }
            i += 1
        }
        return hits
    }

    private static let regionPrefixes: [[UInt8]] = [
        "us-gov", "us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx", "cn",
    ]
    .map { Array($0.utf8) }
    private static let directions: [[UInt8]] = [
        "northeast", "northwest", "southeast", "southwest", "north", "south", "east", "west", "central",
    ].map { Array($0.utf8) }

    /// A code such as `us-east-1` (any case) starting at `i`: its end and lower-case form.
    private static func regionCode(_ b: [UInt8], at i: Int) -> (Int, String)? {
        for prefix in regionPrefixes
        where matchesLower(b, i, prefix) && i + prefix.count < b.count && b[i + prefix.count] == 0x2D {
            let start = i + prefix.count + 1
            for direction in directions where matchesLower(b, start, direction) {
                let dash = start + direction.count
                guard dash + 1 < b.count, b[dash] == 0x2D, isDigit(b[dash + 1]) else { continue }
                let end = dash + 2
                if end < b.count, isWordOrDash(b[end]) { continue }
                return (end, String(decoding: b[i..<end], as: UTF8.self).lowercased())
            }
        }
        return nil
    }

    /// Region names indexed by their parenthesised part: "Tokyo" → [("asia pacific", ap-northeast-1)].
    private static let namesByCity: [[UInt8]: [([UInt8], String)]] = {
        var table: [[UInt8]: [([UInt8], String)]] = [:]
        for (name, code) in regionNames {
            guard let open = name.firstIndex(of: "(") else { continue }
            let place = name[..<open].trimmingCharacters(in: .whitespaces).lowercased()
            let city = String(name[name.index(after: open)...].dropLast()).lowercased()
            table[city.utf8Bytes, default: []].append((place.utf8Bytes, code))
        }
        return table
    }()

    private static func regionName(_ b: [UInt8], openAt i: Int, openLength: Int) -> RegionHit? {
        let cityStart = i + openLength
        var j = cityStart
        while j < b.count, j - cityStart < 40, b[j] != 0x29,
            !(b[j] == 0xEF && j + 2 < b.count && b[j + 1] == 0xBC && b[j + 2] == 0x89)
        {
            j += 1
        }
        guard j < b.count, j - cityStart < 40, let candidates = namesByCity[b[cityStart..<j].map(lower)] else {
            return nil
        }
        let closeEnd = j + (b[j] == 0x29 ? 1 : 3)
        var placeEnd = i
        while placeEnd > 0, b[placeEnd - 1] == 0x20 { placeEnd -= 1 }
        for (place, code) in candidates where placeEnd >= place.count {
            let start = placeEnd - place.count
            if matchesLower(b, start, place), start == 0 || !isAlphaNumeric(b[start - 1]) {
                return RegionHit(range: start..<closeEnd, code: code, isCode: false)
            }
        }
        return nil
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) static func isAlpha(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always) static func isAlphaNumeric(_ c: UInt8) -> Bool { isAlpha(c) || isDigit(c) }
    @inline(__always) static func isWordOrDash(_ c: UInt8) -> Bool { isAlphaNumeric(c) || c == 0x5F || c == 0x2D }
    @inline(__always) static func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }

    private static func isDigits(_ b: [UInt8], _ start: Int, _ count: Int) -> Bool {
        guard start + count <= b.count else { return false }
        for k in start..<(start + count) where !isDigit(b[k]) { return false }
        return true
    }

    /// `pattern` (lower case) at `i` of `b`, ignoring ASCII case.
    static func matchesLower<C: RandomAccessCollection>(_ b: C, _ i: C.Index, _ pattern: [UInt8]) -> Bool
    where C.Element == UInt8, C.Index == Int {
        guard i >= b.startIndex, i + pattern.count <= b.endIndex else { return false }
        for k in 0..<pattern.count where lower(b[i + k]) != pattern[k] { return false }
        return true
    }

    /// Not inside a longer token: no word character, dash, dot, slash, '=', '+' or '@' before.
    private static func accountBoundaryBefore(_ b: [UInt8], _ i: Int) -> Bool {
        guard i > 0 else { return true }
        let c = b[i - 1]
        return
            !(isAlphaNumeric(c) || c == 0x5F || c == 0x2D || c == 0x2E || c == 0x2F || c == 0x3D || c == 0x2B
            || c == 0x40)
    }

    /// Not inside a longer token: no word character, dash or '@' after, nor a decimal fraction.
    private static func accountBoundaryAfter(_ b: [UInt8], _ end: Int) -> Bool {
        guard end < b.count else { return true }
        let c = b[end]
        if isAlphaNumeric(c) || c == 0x5F || c == 0x2D || c == 0x40 { return false }
        if c == 0x2E, end + 1 < b.count, isDigit(b[end + 1]) { return false }
        return true
    }

    /// Region names as the provider writes them in English and Japanese.
    static let regionNames: [(String, String)] = [
        ("US East (N. Virginia)", "us-east-1"), ("US East (Ohio)", "us-east-2"),
        ("US West (N. California)", "us-west-1"), ("US West (Oregon)", "us-west-2"),
        ("Africa (Cape Town)", "af-south-1"), ("Asia Pacific (Hong Kong)", "ap-east-1"),
        ("Asia Pacific (Hyderabad)", "ap-south-2"), ("Asia Pacific (Jakarta)", "ap-southeast-3"),
        ("Asia Pacific (Melbourne)", "ap-southeast-4"), ("Asia Pacific (Mumbai)", "ap-south-1"),
        ("Asia Pacific (Osaka)", "ap-northeast-3"), ("Asia Pacific (Seoul)", "ap-northeast-2"),
        ("Asia Pacific (Singapore)", "ap-southeast-1"), ("Asia Pacific (Sydney)", "ap-southeast-2"),
        ("Asia Pacific (Tokyo)", "ap-northeast-1"), ("Canada (Central)", "ca-central-1"),
        ("Europe (Frankfurt)", "eu-central-1"), ("Europe (Ireland)", "eu-west-1"), ("Europe (London)", "eu-west-2"),
        ("Europe (Milan)", "eu-south-1"), ("Europe (Paris)", "eu-west-3"), ("Europe (Spain)", "eu-south-2"),
        ("Europe (Stockholm)", "eu-north-1"), ("Europe (Zurich)", "eu-central-2"),
        ("Middle East (Bahrain)", "me-south-1"), ("Middle East (UAE)", "me-central-1"),
        ("South America (São Paulo)", "sa-east-1"), ("South America (Sao Paulo)", "sa-east-1"),
        ("AWS GovCloud (US-West)", "us-gov-west-1"), ("AWS GovCloud (US-East)", "us-gov-east-1"),
        ("米国東部 (バージニア北部)", "us-east-1"), ("米国東部 (オハイオ)", "us-east-2"),
        ("米国西部 (北カリフォルニア)", "us-west-1"), ("米国西部 (オレゴン)", "us-west-2"),
        ("アジアパシフィック (東京)", "ap-northeast-1"), ("アジアパシフィック (大阪)", "ap-northeast-3"),
        ("アジアパシフィック (ソウル)", "ap-northeast-2"), ("アジアパシフィック (シンガポール)", "ap-southeast-1"),
        ("アジアパシフィック (シドニー)", "ap-southeast-2"), ("アジアパシフィック (ムンバイ)", "ap-south-1"),
        ("欧州 (フランクフルト)", "eu-central-1"), ("欧州 (アイルランド)", "eu-west-1"), ("欧州 (ロンドン)", "eu-west-2"),
        ("欧州 (パリ)", "eu-west-3"), ("欧州 (ストックホルム)", "eu-north-1"), ("南米 (サンパウロ)", "sa-east-1"),
        ("カナダ (中部)", "ca-central-1"),
    ]
}

extension Extractors {
    /// ARNs and resource IDs (`i-…`, `vol-…`, `sg-…`, `db-…`, `arn:aws:…`), sorted and unique; AWS
    /// Health event ARNs are not resources (see ``healthEventARN(in:)``). At most `limit` are kept:
    /// a notice can list thousands.
    public static func resources(in text: String, limit: Int = 200) -> [String] {
        var found = Set<String>()
        let all = text.utf8Bytes
        guard mayHoldResource(all) else { return [] }
        // No ARN or ID spans a line, and a line's start reads as its text's would ("\n" is no word
        // character): the pattern runs only on the few lines that may hold one.
        var start = 0
        lines: while start < all.count {
            let end = all[start...].firstIndex(of: 0x0A) ?? all.count
            let bytes = Array(all[start..<end])
            start = end + 1
            guard mayHoldResource(bytes) else { continue }
            for match in resourcePattern.allMatchRanges(in: String(decoding: bytes, as: UTF8.self)) {
                guard let whole = match[0] else { continue }
                let value = String(decoding: bytes[trimmingPunctuation(bytes, whole)], as: UTF8.self)
                if value.hasPrefix("arn:aws:health:") { continue }
                found.insert(value)
                if found.count >= limit { break lines }
            }
        }
        return found.sorted()
    }

    /// The AWS Health event ARN that newer notice e-mails carry, often URL-encoded in a footer link.
    public static func healthEventARN(in text: String) -> String? {
        let bytes = text.utf8Bytes
        if ByteSearch.contains(bytes, "arn:aws:health:"),
            let match = healthEventPattern.firstMatchRanges(in: text), let whole = match[0]
        {
            return String(decoding: bytes[whole], as: UTF8.self)
        }
        // In a link the ARN is often URL-encoded: decode only that link.
        guard ByteSearch.contains(bytes, "arn%3Aaws%3Ahealth"),
            let match = encodedHealthEventPattern.firstMatchRanges(in: text), let whole = match[0],
            let decoded = String(decoding: bytes[whole], as: UTF8.self).removingPercentEncoding
        else { return nil }
        return decoded
    }

    /// AWS access key IDs (`AKIA…`, `ASIA…`), masked to their last four characters: a key ID is
    /// never written to any output in full.
    public static func accessKeys(in text: String) -> [String] {
        var found = Set<String>()
        let bytes = text.utf8Bytes
        for match in accessKeyPattern.allMatchRanges(in: text) {
            guard let whole = match[0] else { continue }
            found.insert(mask(String(decoding: bytes[whole], as: UTF8.self)))
        }
        return found.sorted()
    }

    /// `AKIAIOSFODNN7EXAMPLE` → `****************MPLE`.
    public static func mask(_ key: String) -> String {
        String(repeating: "*", count: max(0, key.count - 4)) + key.suffix(4)
    }

    /// `text` with every access key ID masked.
    public static func maskingAccessKeys(_ text: String) -> String {
        guard text.contains("AKIA") || text.contains("ASIA") else { return text }
        var result = text
        for match in accessKeyPattern.allMatchRanges(in: text).reversed() {
            guard let whole = match[0] else { continue }
            let bytes = result.utf8Bytes
            let key = String(decoding: bytes[whole], as: UTF8.self)
            result = String(
                decoding: bytes[..<whole.lowerBound] + Array(mask(key).utf8) + bytes[whole.upperBound...], as: UTF8.self
            )
        }
        return result
    }

    /// Whether `bytes` may hold an ARN or a resource ID: "arn:" somewhere, or a dash followed by
    /// eight hexadecimal digits. Most bodies hold neither and skip the pattern.
    static func mayHoldResource(_ bytes: [UInt8]) -> Bool {
        if ByteSearch.contains(bytes, "arn:") { return true }
        return bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress, b.count >= 9 else { return false }
            var i = 0
            while i + 9 <= b.count {
                guard let hit = memchr(base + i, 0x2D, b.count - 8 - i) else { return false }
                let dash = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                var k = 1
                while k <= 8, isHex(b[dash + k]) { k += 1 }
                if k > 8 { return true }
                i = dash + 1
            }
            return false
        }
    }

    private static func isHex(_ c: UInt8) -> Bool { (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) }

    /// `range` without the punctuation that ends a sentence or closes a bracket around an ARN or a
    /// link (`.,;:)]}>"'`) at either end.
    static func trimmingPunctuation(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        func isPunctuation(_ c: UInt8) -> Bool {
            switch c {
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x29, 0x5D, 0x7D, 0x3E, 0x22, 0x27: return true
            default: return false
            }
        }
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isPunctuation(bytes[lower]) { lower += 1 }
        while upper > lower, isPunctuation(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    static let resourcePattern = try! Pattern(
        #"\barn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{0,12}:[^\s<>"',;)\]]+|(?<![\w-])(?:i|vol|snap|sg|subnet|vpc|eni|ami|eipalloc|nat|igw|rtb|lt|db|cluster|fs)-[0-9a-f]{8,17}(?![\w-])"#,
        caseInsensitive: false)
    static let healthEventPattern = try! Pattern(
        #"arn:aws:health:[a-z0-9-]*::event/[A-Za-z0-9_./-]+"#, caseInsensitive: false)
    /// Links to the provider's documentation, knowledge and news pages (not consoles or sign-in
    /// pages), in order, at most `limit`.
    public static func documentationLinks(in text: String, limit: Int = 3) -> [String] {
        let bytes = text.utf8Bytes
        guard ByteSearch.contains(bytes, "http") else { return [] }
        var links: [String] = []
        for match in documentationLinkPattern.allMatchRanges(in: text) {
            guard let whole = match[0] else { continue }
            let link = String(decoding: bytes[trimmingPunctuation(bytes, whole)], as: UTF8.self)
            if !links.contains(link) { links.append(link) }
            if links.count == limit { break }
        }
        return links
    }

    static let documentationLinkPattern = try! Pattern(
        #"https://(?:docs\.aws\.amazon\.com|aws\.amazon\.com|repost\.aws|[a-z0-9-]+\.amazonaws\.com/[a-z0-9-]*docs)/[^\s<>"')\]]*"#,
        caseInsensitive: false)

    static let encodedHealthEventPattern = try! Pattern(
        #"arn%3Aaws%3Ahealth%3A[a-z0-9-]*%3A%3Aevent%2F[A-Za-z0-9_.%-]+"#, caseInsensitive: false)
    static let accessKeyPattern = try! Pattern(
        #"(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])"#, caseInsensitive: false)
}
