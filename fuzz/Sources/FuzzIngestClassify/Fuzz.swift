import DigestClassify
import DigestIngest
import DigestModel

/// The rules, read once.
private let classifier = Classifier(rules: try! RuleSet.defaults())

/// One input: read as an mbox and as a single message; every message found is classified, and
/// what the reader found must match what it handed on.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for format in [InputUnit.Format.mbox, .message] {
        var items = 0
        let found = Ingest.read(bytes: bytes, format: format) { item in
            items += 1
            if case .message(let message) = item {
                let notice = classifier.classify(message)
                precondition(!notice.groupKey.isEmpty)
            }
        }
        precondition(found == items, "the reader found \(found) but handed on \(items)")
    }
    return 0
}
