import DigestClassify
import DigestIngest
import DigestModel
import Foundation

/// Ingest and Classify over many input units, on several workers, handing results on in input order.
///
/// Units are taken in windows of a few per worker; each worker parses and classifies whole units,
/// and the window's results are handed to `consume` in unit order before the next window starts, so
/// the output does not depend on the number of workers and memory is bounded by the window.
struct Pipeline: Sendable {
    let classifier: Classifier
    let jobs: Int

    struct UnitResult: Sendable {
        var notices: [Notice] = []
        var unreadable: [Unreadable] = []
        var bytes = 0
    }

    func run(_ units: [InputUnit], progress: Progress, consume: (UnitResult) -> Void) {
        let window = max(1, jobs * 4)
        var start = 0
        while start < units.count {
            let slice = Array(units[start..<min(start + window, units.count)])
            let results = ResultSlots(count: slice.count)
            DispatchQueue.concurrentPerform(iterations: slice.count) { index in
                results.set(index, process(slice[index]))
            }
            for result in results.values {
                consume(result)
                progress.advance(messages: result.notices.count + result.unreadable.count, bytes: result.bytes)
            }
            start += window
        }
    }

    func process(_ unit: InputUnit) -> UnitResult {
        var result = UnitResult()
        Ingest.read(unit) { item in
            switch item {
            case .message(let message): result.notices.append(classifier.classify(message))
            case .unreadable(let entry): result.unreadable.append(entry)
            }
        }
        result.bytes =
            unit.range.map { $0.count }
            ?? ((try? FileManager.default.attributesOfItem(atPath: unit.path)[.size] as? Int) ?? 0)
        return result
    }
}

/// One slot per unit of a window, filled by concurrent workers.
final class ResultSlots: @unchecked Sendable {
    // Each index is written by exactly one worker, and read only after all workers finish.
    private var slots: [Pipeline.UnitResult?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Pipeline.UnitResult) {
        lock.withLock { slots[index] = value }
    }

    var values: [Pipeline.UnitResult] { slots.map { $0 ?? Pipeline.UnitResult() } }
}
