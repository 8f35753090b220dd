import Foundation

/// Literals of which every match of a pattern must contain one: the pattern's fast pre-check,
/// derived from its own source so that the two cannot drift apart.
///
/// The pattern is read as a sequence of items. A run of plain characters that must all match is a
/// literal; an alternation group that must match requires one of its branches' literals; the item
/// whose shortest literal is longest is the pre-check. Anything this reader does not understand
/// (classes, optional items, lookarounds, backreferences) requires nothing, which is always safe:
/// the answer is `nil` ("no pre-check") rather than a wrong one. Literals are lower-cased ASCII or
/// characters without case, for text that has been lower-cased the same way
/// (``lowercasedASCII(_:)``): patterns match without regard to case.
enum RequiredLiterals {
    /// The literals for `source`, or nil when no item of the pattern is certain to match literally.
    static func of(_ source: String) -> [ByteSearch.Needle]? {
        var reader = Reader(Array(source.unicodeScalars))
        guard let literals = reader.alternation(), reader.atEnd else { return nil }
        let bytes = Set(literals.map { Array($0.utf8) }).sorted { $0.lexicographicallyPrecedes($1) }
        return bytes.contains(where: \.isEmpty) ? nil : bytes.map(ByteSearch.Needle.init)
    }

    /// Whether `text` (lower-cased with ``lowercasedASCII(_:)``) holds one of `literals`.
    static func present(_ literals: [ByteSearch.Needle], in text: [UInt8]) -> Bool {
        literals.contains { ByteSearch.contains(text, $0) }
    }

    /// The same, where `pairs` are `text`'s byte pairs: most literals are ruled out by them.
    static func present(_ literals: [ByteSearch.Needle], in text: [UInt8], pairs: ByteSearch.PairSet) -> Bool {
        literals.contains { pairs.mayContain($0) && ByteSearch.contains(text, $0) }
    }

    /// `bytes` with ASCII capitals made small; other bytes as they are.
    static func lowercasedASCII(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        let fast = bytes.withContiguousStorageIfAvailable { source in
            [UInt8](unsafeUninitializedCapacity: source.count) { out, count in
                for i in 0..<source.count {
                    let b = source[i]
                    out[i] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                }
                count = source.count
            }
        }
        return fast ?? bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    /// A recursive reader of the pattern's source. Each function returns the literals its part
    /// requires (one of them must occur), or nil for "nothing certain".
    private struct Reader {
        let s: [Unicode.Scalar]
        var i = 0

        init(_ s: [Unicode.Scalar]) { self.s = s }

        var atEnd: Bool { i >= s.count }

        /// Branches separated by `|` up to a `)` or the end: every branch must require something.
        mutating func alternation() -> [String]? {
            var union: [String]? = []
            while true {
                let branch = sequence()
                if let branch, union != nil { union! += branch } else { union = nil }
                guard i < s.count, s[i] == "|" else { break }
                i += 1
            }
            return union
        }

        /// Items up to `|`, `)` or the end: the most selective requirement among them.
        mutating func sequence() -> [String]? {
            var best: [String]?
            var run = ""
            func consider(_ candidate: [String]?) {
                guard let candidate, !candidate.isEmpty else { return }
                let shortest = candidate.map(\.count).min()!
                if best == nil || shortest > best!.map(\.count).min()! { best = candidate }
            }
            while i < s.count, s[i] != "|", s[i] != ")" {
                let start = i
                let item = self.item()
                let (minimum, quantifierLength) = quantifier()
                if let literal = item.literal, minimum > 0 {
                    // A character that must match extends the run; repeated ("a+", "a{2,}"), it
                    // stands at least once but what follows it need not be adjacent.
                    run.append(literal)
                    if quantifierLength > 0 {
                        consider([run])
                        run = ""
                    }
                    continue
                }
                // An anchor or assertion matches no character: the characters around it stay adjacent.
                if item.zeroWidth && quantifierLength == 0 { continue }
                consider(run.isEmpty ? nil : [run])
                run = ""
                if minimum > 0 { consider(item.required) }
                _ = start
            }
            consider(run.isEmpty ? nil : [run])
            return best
        }

        struct Item {
            /// A single character that matches itself.
            var literal: Character?
            /// What a group requires.
            var required: [String]?
            /// An anchor or assertion: it matches no character.
            var zeroWidth = false
        }

        mutating func item() -> Item {
            let c = s[i]
            i += 1
            switch c {
            case "(":
                return group()
            case "[":
                skipClass()
                return Item()
            case "\\":
                return escape()
            case ".", "^", "$":
                return Item(zeroWidth: c != ".")
            default:
                return Item(literal: Self.caseless(c))
            }
        }

        /// `(…)`, `(?:…)`; lookarounds and other `(?…)` constructs require nothing.
        mutating func group() -> Item {
            var capturing = true
            if i < s.count, s[i] == "?" {
                guard i + 1 < s.count, s[i + 1] == ":" else {
                    skipGroup()
                    return Item(zeroWidth: true)
                }
                capturing = false
                i += 2
            }
            _ = capturing
            let inner = alternation()
            guard i < s.count, s[i] == ")" else { return Item() }
            i += 1
            return Item(required: inner)
        }

        mutating func escape() -> Item {
            guard i < s.count else { return Item() }
            let c = s[i]
            i += 1
            switch c {
            case "b", "B", "A", "z", "Z", "G": return Item(zeroWidth: true)
            case ".", "-", "[", "]", "(", ")", "{", "}", "\\", "/", "|", "?", "*", "+", "^", "$", " ", "'", "\"", ":":
                return Item(literal: Self.caseless(c))
            default:
                // \d \w \s \p{…} \x{…} and the rest: a class, never a literal.
                if c == "p" || c == "P" || c == "x", i < s.count, s[i] == "{" {
                    while i < s.count, s[i] != "}" { i += 1 }
                    i += 1
                }
                return Item()
            }
        }

        /// A quantifier after an item: its minimum count, and how many characters it took (0 = none).
        mutating func quantifier() -> (Int, Int) {
            guard i < s.count else { return (1, 0) }
            let start = i
            var minimum = 1
            switch s[i] {
            case "?", "*": minimum = 0; i += 1
            case "+": i += 1
            case "{":
                var j = i + 1
                var digits = ""
                while j < s.count, s[j].properties.numericType != nil { digits.unicodeScalars.append(s[j]); j += 1 }
                guard j < s.count, s[j] == "," || s[j] == "}", let low = Int(digits) else { return (1, 0) }
                while j < s.count, s[j] != "}" { j += 1 }
                i = j + 1
                minimum = low
            default: return (1, 0)
            }
            // Lazy or possessive forms.
            if i < s.count, s[i] == "?" || s[i] == "+" { i += 1 }
            return (minimum, i - start)
        }

        mutating func skipClass() {
            if i < s.count, s[i] == "^" { i += 1 }
            if i < s.count, s[i] == "]" { i += 1 }
            while i < s.count, s[i] != "]" {
                if s[i] == "\\" { i += 1 }
                i += 1
            }
            i += 1
        }

        mutating func skipGroup() {
            var depth = 1
            while i < s.count, depth > 0 {
                switch s[i] {
                case "\\": i += 1
                case "[":
                    i += 1
                    skipClass()
                    continue
                case "(": depth += 1
                case ")": depth -= 1
                default: break
                }
                i += 1
            }
        }

        /// The character as lower-cased text reads it, or nil for one whose case this cannot fold
        /// (a letter outside ASCII that has case).
        static func caseless(_ c: Unicode.Scalar) -> Character? {
            if c.isASCII { return Character(String(c).lowercased()) }
            let text = String(c)
            return text.lowercased() == text.uppercased() ? Character(text) : nil
        }
    }
}
