import Foundation

/// What one worker thread has already read of paragraphs and lines, keyed by their exact bytes.
///
/// A notice sent to two thousand accounts repeats nearly every paragraph; reading each once per
/// thread instead of once per copy is most of the classifier's time. Values are pure functions of
/// their keys, so what a thread happens to remember never changes a result; each table is emptied
/// when it reaches its bound, so memory stays flat however long the archive.
final class ParagraphMemo {
    static let bound = 4096

    private var dated: [ArraySlice<UInt8>: [DeadlineExtractor.DatedSentence]] = [:]

    func sentences(
        _ paragraph: ArraySlice<UInt8>, _ read: () -> [DeadlineExtractor.DatedSentence]
    ) -> [DeadlineExtractor.DatedSentence] {
        if let known = dated[paragraph] { return known }
        let value = read()
        if dated.count >= Self.bound { dated.removeAll(keepingCapacity: true) }
        // A key of its own: the slice must not keep the whole message's bytes alive.
        dated[ArraySlice(Array(paragraph))] = value
        return value
    }

    /// This thread's memo.
    static var current: ParagraphMemo {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<ParagraphMemo>.fromOpaque(pointer).takeUnretainedValue()
        }
        let memo = ParagraphMemo()
        pthread_setspecific(key, Unmanaged.passRetained(memo).toOpaque())
        return memo
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<ParagraphMemo>.fromOpaque(pointer).release()
        }
        return key
    }()
}
