import DigestModel
import Foundation

/// A second reader beside the rules: a logistic regression over the words of a notice, trained on
/// the tuned half of the project's own corpus (`make model`, `scripts/train-model.py`).
///
/// The rules decide; the model is heard only where they are unsure (see ``Classifier``): when no
/// rule holds, and as a second opinion for critical notices that the rules read as something milder
/// without a statement of what the notice is. What the model decides has medium confidence, and the
/// digest lists the notice under "Not understood — read these" with the category it guessed.
public struct LearnedModel: Sendable {
    /// The categories the model tells apart, in the order of the weights.
    public let categories: [Category]
    let bias: [Double]
    /// Each word's weights by category, the words by their hash (``Tokens/hash``).
    let table: HashTable

    /// How many words the model knows.
    public var wordCount: Int { table.words.count }

    public init(categories: [Category], bias: [Double], weights: [String: [Double]]) {
        self.categories = categories
        self.bias = bias
        table = HashTable(weights, width: categories.count)
    }

    /// The file the model is kept in: `{"categories": [...], "bias": [...], "weights": {word: [...]}}`.
    struct File: Decodable {
        var categories: [String]
        var bias: [Double]
        var weights: [String: [Double]]
    }

    /// The model shipped with the tool (`learned-model.json`).
    public static let standard: LearnedModel = {
        guard let url = Bundle.module.url(forResource: "learned-model", withExtension: "json"),
            let data = try? Data(contentsOf: url), let model = try? LearnedModel(json: data)
        else {
            preconditionFailure("learned-model.json is missing from the tool's resources or unreadable")
        }
        return model
    }()

    public init(json: Data) throws {
        let file = try JSONDecoder().decode(File.self, from: json)
        let categories = file.categories.compactMap(Category.init(rawValue:))
        guard categories.count == file.categories.count, file.bias.count == categories.count,
            file.weights.values.allSatisfy({ $0.count == categories.count })
        else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: [], debugDescription: "categories, bias and weights do not agree"))
        }
        self.init(categories: categories, bias: file.bias, weights: file.weights)
    }

    /// A guess: the likeliest category, how likely, and the words that weighed most for it.
    public struct Guess: Sendable {
        public var category: Category
        public var probability: Double
        /// Probability of each category.
        public var probabilities: [Category: Double]
        public var words: [String]
    }

    /// The model's reading of `features` (see ``features(subjects:body:)``), among the categories
    /// not `excluded`.
    public func guess(_ features: Set<String>, excluding excluded: [Category] = []) -> Guess {
        guess(features.map(Tokens.hash(word:)), excluding: excluded)
    }

    /// The model's reading of a message: its subjects and body as ``features(subjects:body:)`` reads
    /// them, without making a string of any word.
    public func guess(
        subjects: [String], body: [UInt8], reading limit: Int = bodyBytes, excluding excluded: [Category] = []
    ) -> Guess {
        guess(Self.read(subjects: subjects, body: body, limit: limit).hashes, excluding: excluded)
    }

    /// The distinct words (hashes) of the subjects, each also as `s:word`, and of the body's first
    /// `limit` bytes, in this thread's scratch table.
    private static func read(subjects: [String], body: [UInt8], limit: Int) -> Scratch {
        let scratch = Scratch.current
        scratch.clear()
        for subject in subjects {
            Array(subject.utf8).withUnsafeBufferPointer { bytes in
                Tokens.scan(bytes) { hash, _ in
                    scratch.insert(hash)
                    scratch.insert(Tokens.subjectHash(hash))
                }
            }
        }
        body.withUnsafeBufferPointer { bytes in
            Tokens.scan(UnsafeBufferPointer(rebasing: bytes.prefix(limit))) { hash, _ in scratch.insert(hash) }
        }
        return scratch
    }

    /// The category the model would guess for the subjects and the body's first `limit` bytes, and
    /// nothing else (no probabilities, no words): the cheap reading of a notice's opening.
    public func category(subjects: [String], body: [UInt8], reading limit: Int, excluding excluded: [Category] = [])
        -> Category
    {
        var scores = bias
        let width = scores.count
        for hash in Self.read(subjects: subjects, body: body, limit: limit).hashes {
            guard let row = table.row(hash) else { continue }
            for i in 0..<width { scores[i] += table.weights[row * width + i] }
        }
        var best = -1
        for i in 0..<width where !excluded.contains(categories[i]) && (best < 0 || scores[i] > scores[best]) {
            best = i
        }
        return categories[max(best, 0)]
    }

    private func guess(_ hashes: [UInt64], excluding excluded: [Category]) -> Guess {
        var scores = bias
        var found: [Int] = []
        for hash in hashes {
            guard let row = table.row(hash) else { continue }
            found.append(row)
            for i in scores.indices { scores[i] += table.weights[row * scores.count + i] }
        }
        for (i, category) in categories.enumerated() where excluded.contains(category) { scores[i] = -.infinity }
        let top = scores.max() ?? 0
        let exps = scores.map { exp($0 - top) }
        let total = exps.reduce(0, +)
        var probabilities: [Category: Double] = [:]
        for (i, category) in categories.enumerated() { probabilities[category] = exps[i] / total }
        let best = scores.indices.max { scores[$0] < scores[$1] } ?? 0
        // The words that weighed most for the guess, for the evidence ("why"): rows are ranked first,
        // and only the five kept become words.
        var weighed: [(row: Int, weight: Double)] = []
        for row in found {
            let weight = table.weights[row * scores.count + best]
            if weight > 0 { weighed.append((row, weight)) }
        }
        weighed.sort { $0.weight != $1.weight ? $0.weight > $1.weight : table.words[$0.row] < table.words[$1.row] }
        return Guess(
            category: categories[best], probability: exps[best] / total, probabilities: probabilities,
            words: weighed.prefix(5).map { table.words[$0.row] })
    }

    /// How far into the body the model reads.
    public static let bodyBytes = 8000

    /// The words the model reads: the subjects' words (each also as `s:word`) and the body's first
    /// ``bodyBytes``, lower case; a word is an ASCII letter then letters, digits or apostrophes;
    /// Japanese and Chinese text, which has no spaces, as every pair of neighbouring characters.
    public static func features(subjects: [String], body: [UInt8]) -> Set<String> {
        var out = Set<String>()
        for subject in subjects {
            for word in words(Array(subject.utf8)) {
                out.insert(word)
                out.insert("s:" + word)
            }
        }
        for word in words(Array(body.prefix(bodyBytes))) { out.insert(word) }
        return out
    }

    /// The words of UTF-8 text, as ``features(subjects:body:)`` defines them.
    static func words(_ bytes: [UInt8]) -> [String] {
        var words: [String] = []
        bytes.withUnsafeBufferPointer { buffer in
            Tokens.scan(buffer) { _, word in words.append(String(decoding: word(), as: UTF8.self)) }
        }
        return words
    }
}

/// The tokenizer of ``LearnedModel``, on UTF-8 bytes: each word is hashed as it is read (FNV-1a over
/// its lower-cased bytes), and spelled out only when asked.
enum Tokens {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    static func hash(_ bytes: [UInt8], from start: UInt64 = offset) -> UInt64 {
        var h = start
        for byte in bytes { h = (h ^ UInt64(byte)) &* prime }
        return h
    }

    /// The hash of "s:" + the word whose hash is `hash`: a different word for the subject. (Not the
    /// FNV hash of the spelled-out string; ``HashTable`` hashes "s:" words the same way.)
    static func subjectHash(_ hash: UInt64) -> UInt64 { (hash ^ 0x5bd1_e995_7f4a_7c15) &* prime }

    /// The hash ``LearnedModel`` uses for a word as the training file spells it.
    static func hash(word: String) -> UInt64 {
        word.hasPrefix("s:") ? subjectHash(hash(Array(word.utf8.dropFirst(2)))) : hash(Array(word.utf8))
    }

    /// Calls `emit` with each word's hash and a function that spells it out.
    static func scan(_ b: UnsafeBufferPointer<UInt8>, _ emit: (UInt64, () -> [UInt8]) -> Void) {
        let n = b.count
        var i = 0
        // The start of the Latin word being read, and its hash; the last Japanese character's bytes.
        var wordStart = -1
        var h = offset
        var previous: Range<Int>? = nil
        func endWord(at end: Int) {
            if wordStart >= 0 && end - wordStart >= 2 {
                let start = wordStart
                emit(h) { b[start..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } }
            }
            wordStart = -1
            h = offset
        }
        while i < n {
            let c = b[i]
            if c < 0x80 {
                let lower = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                let letter = lower >= 0x61 && lower <= 0x7A
                if wordStart >= 0 && (letter || (c >= 0x30 && c <= 0x39) || c == 0x27) {
                    h = (h ^ UInt64(lower)) &* prime
                } else {
                    endWord(at: i)
                    if letter {
                        wordStart = i
                        h = (offset ^ UInt64(lower)) &* prime
                    }
                }
                previous = nil
                i += 1
                continue
            }
            endWord(at: i)
            // A multi-byte character: Japanese kana and CJK ideographs pair with their neighbour.
            let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
            let end = min(n, i + length)
            var isCJK = false
            if length == 3, end == i + 3 {
                let scalar = (UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
                isCJK = (0x3040...0x30FF).contains(scalar) || (0x4E00...0x9FFF).contains(scalar)
            }
            if isCJK {
                if let last = previous {
                    var pair = offset
                    for k in last.lowerBound..<end { pair = (pair ^ UInt64(b[k])) &* prime }
                    emit(pair) { Array(b[last.lowerBound..<end]) }
                }
                previous = i..<end
            } else {
                previous = nil
            }
            i = end
        }
        endWord(at: n)
    }
}

/// Words by hash, open addressing: the model's weights without a string in the way.
struct HashTable: Sendable {
    private var keys: [UInt64]
    private var rows: [Int32]
    private let mask: Int
    private(set) var weights: [Double] = []
    private(set) var words: [String] = []

    init(_ byWord: [String: [Double]], width: Int) {
        var size = 16
        while size < byWord.count * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        rows = Array(repeating: -1, count: size)
        mask = size - 1
        for (word, row) in byWord.sorted(by: { $0.key < $1.key }) {
            let hash = Tokens.hash(word: word)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while rows[slot] >= 0 && keys[slot] != hash { slot = (slot + 1) & mask }
            guard rows[slot] < 0 else { continue }  // two words with one hash: the first keeps it
            keys[slot] = hash
            rows[slot] = Int32(words.count)
            words.append(word)
            weights += row.count == width ? row : Array(repeating: 0, count: width)
        }
    }

    func row(_ hash: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while rows[slot] >= 0 {
            if keys[slot] == hash { return Int(rows[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }
}

/// Each thread's set of the hashes one message holds, reused from message to message.
final class Scratch {
    private var slots = [UInt64](repeating: 0, count: 4096)
    private var stamps = [UInt32](repeating: 0, count: 4096)
    private var generation: UInt32 = 1
    private(set) var hashes: [UInt64] = []

    static var current: Scratch { perThread.current }
    private static let perThread = PerThread { Scratch() }

    func clear() {
        hashes.removeAll(keepingCapacity: true)
        generation &+= 1
        if generation == 0 {
            stamps = Array(repeating: 0, count: stamps.count)
            generation = 1
        }
    }

    func insert(_ hash: UInt64) {
        if hashes.count * 2 >= slots.count { grow() }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while stamps[slot] == generation {
            if slots[slot] == hash { return }
            slot = (slot + 1) & mask
        }
        stamps[slot] = generation
        slots[slot] = hash
        hashes.append(hash)
    }

    private func grow() {
        let kept = hashes
        slots = Array(repeating: 0, count: slots.count * 2)
        stamps = Array(repeating: 0, count: slots.count)
        generation = 1
        hashes.removeAll(keepingCapacity: true)
        for hash in kept { insert(hash) }
    }
}
