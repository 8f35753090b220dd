import DigestClassify
import DigestIngest
import DigestModel
import Foundation

/// Ingest and Classify over many input units on `jobs` worker threads, handing results on in
/// input order.
///
/// Each worker takes the next unit, parses and classifies all of it with its own classifier (no
/// compiled rule or reference count is shared between threads), and leaves the result in the
/// unit's slot; `consume` receives the slots strictly in unit order as they fill. At most
/// `2 × jobs` units are in flight, so memory is bounded by them, not by the archive, and the
/// output does not depend on the number of workers.
struct Pipeline: Sendable {
    let makeClassifier: @Sendable () throws -> Classifier
    let jobs: Int
    /// How much of one message is read at most.
    var limits = ReadLimits.standard

    struct UnitResult: Sendable {
        var notices: [Notice] = []
        /// Each notice's digest.json record, encoded here on the worker rather than on the consumer.
        var records: [MessageLog.Encoded] = []
        var unreadable: [Unreadable] = []
        var supplements: [HealthSupplement] = []
        /// What the reader found in the unit, counted as it read.
        var found = 0
        var bytes = 0
    }

    func run(_ units: [InputUnit], progress: Progress, consume: (UnitResult) -> Void) throws {
        let board = Board(count: units.count, window: max(2, jobs * 2))
        let classifiers = try (0..<jobs).map { _ in try makeClassifier() }
        let threads = (0..<min(jobs, max(units.count, 1))).map { worker in
            Thread { [classifiers] in
                let classifier = classifiers[worker]
                while let index = board.take() {
                    board.put(index, Self.process(units[index], classifier: classifier, limits: limits))
                }
            }
        }
        for thread in threads { thread.start() }
        for index in units.indices {
            let result = board.wait(for: index)
            consume(result)
            progress.advance(messages: result.notices.count + result.unreadable.count, bytes: result.bytes)
        }
    }

    static func process(_ unit: InputUnit, classifier: Classifier, limits: ReadLimits = .standard)
        -> UnitResult
    {
        var result = UnitResult()
        result.found = Ingest.read(unit, limits: limits) { item in
            switch item {
            case .message(let message):
                let notice = classifier.classify(message)
                result.notices.append(notice)
                result.records.append(MessageLog.encode(notice))
            case .unreadable(let entry): result.unreadable.append(entry)
            case .supplement(let supplement): result.supplements.append(supplement)
            }
        }
        result.bytes =
            unit.range.map { $0.count }
            ?? ((try? FileManager.default.attributesOfItem(atPath: unit.path)[.size] as? Int) ?? 0)
        return result
    }
}

/// The units' slots: workers take unit numbers in order (never more than `window` ahead of the
/// consumer) and fill slots; the consumer waits for each slot in turn and empties it.
final class Board: @unchecked Sendable {
    // Every field is read and written under `condition`.
    private let condition = NSCondition()
    private var slots: [Pipeline.UnitResult?]
    private var next = 0
    private var consumed = 0
    private let window: Int

    init(count: Int, window: Int) {
        slots = Array(repeating: nil, count: count)
        self.window = window
    }

    /// The next unit to process, waiting while the window is full; nil when none is left.
    func take() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while next < slots.count && next - consumed >= window { condition.wait() }
        guard next < slots.count else { return nil }
        defer { next += 1 }
        return next
    }

    func put(_ index: Int, _ result: Pipeline.UnitResult) {
        condition.lock()
        slots[index] = result
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until unit `index` is done, then hands its result over and frees the slot.
    func wait(for index: Int) -> Pipeline.UnitResult {
        condition.lock()
        defer { condition.unlock() }
        while slots[index] == nil { condition.wait() }
        let result = slots[index]!
        slots[index] = nil
        consumed = index + 1
        condition.broadcast()
        return result
    }
}
