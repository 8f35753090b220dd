import DigestModel
import Foundation

/// What one worker thread has already read: paragraphs by their exact bytes (their dated sentences,
/// rule answers and services), normalised subjects and group-key topics by their subject.
///
/// A notice sent to two thousand accounts repeats its subject and most of its paragraphs; each is
/// read once per thread instead of once per copy. Values are pure functions of their keys, so what
/// a thread happens to remember never changes a result; each table is emptied when it reaches its
/// bound, so memory stays flat however long the archive.
final class ParagraphMemo {
    static let bound = 4096

    private var paragraphs = BytesMemo<ParagraphReading>(bound: bound)
    private var subjectReadings = BytesMemo<ParagraphReading>(bound: bound)
    private var subjects: [String: SubjectNormalizer.Result] = [:]
    private var topics: [String: String] = [:]

    /// `SubjectNormalizer.normalize(subject)`, once per distinct subject: copies of a notice share it.
    func normalized(_ subject: String) -> SubjectNormalizer.Result {
        if let known = subjects[subject] { return known }
        let value = SubjectNormalizer.normalize(subject)
        if subjects.count >= Self.bound { subjects.removeAll(keepingCapacity: true) }
        subjects[subject] = value
        return value
    }

    /// `GroupKey.topic(subject, datesMasked:)`, once per distinct subject and form.
    func keyTopic(_ subject: String, datesMasked: Bool) -> String {
        let key = datesMasked ? "#" + subject : subject
        if let known = topics[key] { return known }
        let value = GroupKey.topic(subject, datesMasked: datesMasked)
        if topics.count >= Self.bound { topics.removeAll(keepingCapacity: true) }
        topics[key] = value
        return value
    }

    /// What this thread has read of a paragraph with exactly these bytes.
    func reading(_ paragraph: ArraySlice<UInt8>) -> ParagraphReading {
        paragraphs.value(for: paragraph) { ParagraphReading() }
    }

    /// What this thread has read of a normalised subject with exactly these bytes (the rules' answers).
    func subjectReading(_ subject: ArraySlice<UInt8>) -> ParagraphReading {
        subjectReadings.value(for: subject) { ParagraphReading() }
    }

    /// This thread's memo.
    static var current: ParagraphMemo { perThread.current }

    private static let perThread = PerThread { ParagraphMemo() }
}

/// Values by the exact bytes they were computed from; emptied when `bound` keys are held. Lookups
/// hash the bytes in bulk and compare them with `memcmp`, without copying the key.
struct BytesMemo<Value> {
    private var table: [Int: [(key: [UInt8], value: Value)]] = [:]
    private var count = 0
    let bound: Int

    init(bound: Int) { self.bound = bound }

    mutating func value(for bytes: ArraySlice<UInt8>, _ make: () -> Value) -> Value {
        let hash = bytes.withUnsafeBytes { raw in
            var hasher = Hasher()
            hasher.combine(bytes: raw)
            return hasher.finalize()
        }
        if let bucket = table[hash] {
            for entry in bucket where entry.key.count == bytes.count {
                let same = entry.key.withUnsafeBytes { a in
                    bytes.withUnsafeBytes { b in a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 }
                }
                if same { return entry.value }
            }
        }
        let value = make()
        if count >= bound {
            table.removeAll(keepingCapacity: true)
            count = 0
        }
        table[hash, default: []].append((Array(bytes), value))
        count += 1
        return value
    }
}
