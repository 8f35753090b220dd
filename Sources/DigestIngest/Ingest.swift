import DigestMIME
import DigestModel
import Foundation

/// How much of one message is read (DigestMIME's limits, named here for the readers' callers).
public typealias ReadLimits = DigestMIME.ReadLimits

/// One thing Ingest hands on: a message, or an input that could not be read.
public enum IngestItem: Sendable {
    case message(Message)
    case unreadable(Unreadable)
    /// Affected accounts or resources of an AWS Health event, listed apart from it.
    case supplement(HealthSupplement)
}

/// Reads the messages of one ``InputUnit`` through GMime, one at a time.
public enum Ingest {
    /// Bytes of one message read at most, unless the caller says otherwise.
    public static let defaultMessageLimit = MailParser.defaultMessageLimit

    /// Calls `body` for every message (or unreadable stretch) of `unit`, in file order, and returns
    /// how many the reader found (separator lines, stretches, files), counted where they are read:
    /// it must equal the number of calls, and the digest's reconciliation compares the two.
    /// Only one message is held at a time, so memory does not grow with the file.
    @discardableResult
    public static func read(
        _ unit: InputUnit, limits: ReadLimits = .standard, _ body: (IngestItem) throws -> Void
    ) rethrows -> Int {
        if unit.format == .healthJSON { return try readHealth(unit, body) }
        let parser: MailParser
        do {
            parser = try MailParser(
                path: unit.path, format: unit.format == .mbox ? .mbox : .message, range: unit.range, gzip: unit.gzip,
                limits: limits)
        } catch {
            try body(.unreadable(Unreadable(source: unit.label, reason: error.errorDescription ?? "\(error)")))
            return 1
        }
        return try read(parser, label: unit.label, body)
    }

    /// ``read(_:limits:_:)`` for bytes held in memory (the fuzzer, tests).
    @discardableResult
    public static func read(
        bytes: [UInt8], format: InputUnit.Format, label: String = "(memory)", _ body: (IngestItem) throws -> Void
    )
        rethrows -> Int
    {
        try read(MailParser(bytes: bytes, format: format == .mbox ? .mbox : .message), label: label, body)
    }

    private static func read(_ parser: MailParser, label: String, _ body: (IngestItem) throws -> Void) rethrows -> Int {
        var ordinal = 0
        while let item = parser.next() {
            ordinal += 1
            switch item {
            case .message(let content, let offset):
                let location = SourceLocation(path: label, offset: offset, ordinal: offset < 0 ? ordinal : nil)
                if content.from == nil && content.subject.isEmpty && content.date == nil {
                    try body(
                        .unreadable(
                            Unreadable(
                                source: location.description, reason: "no From, Subject or Date header: not a message"))
                    )
                } else {
                    var read = message(from: content, at: location)
                    read.truncated = content.truncated
                    try body(.message(read))
                }
            case .failure(let offset, let reason):
                let location = SourceLocation(path: label, offset: offset, ordinal: offset < 0 ? ordinal : nil)
                try body(.unreadable(Unreadable(source: location.description, reason: reason)))
            }
        }
        return parser.found
    }

    /// An AWS Health JSON file: each event a message, each list of affected accounts or resources a
    /// supplement, each part that is not a Health shape an unreadable entry; all counted as found.
    static func readHealth(_ unit: InputUnit, _ body: (IngestItem) throws -> Void) rethrows -> Int {
        let data: Data
        if unit.gzip {
            guard let inflated = Gunzip.all(of: unit.path) else {
                try body(
                    .unreadable(
                        Unreadable(source: unit.label, reason: "gzip data is corrupt, or inflates beyond 256 MB")))
                return 1
            }
            data = inflated
        } else {
            // A Health export is read whole: one bounded by what such files hold.
            let size = (try? FileManager.default.attributesOfItem(atPath: unit.path)[.size] as? Int) ?? 0
            guard size <= HealthEvents.largestFile else {
                try body(
                    .unreadable(
                        Unreadable(
                            source: unit.label,
                            reason:
                                "a JSON file of \(size >> 20) MB: larger than an AWS Health export is read (256 MB); split it into JSON lines files"
                        )))
                return 1
            }
            guard let read = FileManager.default.contents(atPath: unit.path) else {
                try body(.unreadable(Unreadable(source: unit.label, reason: "cannot be read")))
                return 1
            }
            data = read
        }
        let items = HealthEvents.items(in: data, label: unit.label)
        for item in items {
            switch item {
            case .event(let message): try body(.message(message))
            case .supplement(let supplement): try body(.supplement(supplement))
            case .problem(let reason): try body(.unreadable(Unreadable(source: unit.label, reason: reason)))
            }
        }
        return items.count
    }

    /// Turns GMime's content into a ``Message``: HTML reduced to text.
    static func message(from content: MailContent, at location: SourceLocation) -> Message {
        let text = bodyText(content)
        return Message(
            messageID: content.messageID,
            date: content.date,
            utcOffset: content.utcOffset,
            from: content.from.map { Address(name: $0.name, address: $0.address) },
            to: content.to.map { Address(name: $0.name, address: $0.address) },
            subject: content.subject,
            text: text,
            authenticationResults: content.authenticationResults,
            attachments: content.attachments,
            embedded: content.attachedMessages.map {
                EmbeddedMessage(
                    subject: $0.subject, from: $0.from.map { Address(name: $0.name, address: $0.address) },
                    text: bodyText($0))
            },
            source: location)
    }

    static func bodyText(_ content: MailContent) -> String {
        switch content.bodySource {
        case .plain: return normalizeLineEnds(content.body)
        case .html: return HTMLText.plainText(content.body)
        case .none: return ""
        }
    }

    static func normalizeLineEnds(_ text: String) -> String {
        var copy = text
        let hasCR = copy.withUTF8 { bytes in
            bytes.withUnsafeBytes { raw in raw.baseAddress.map { memchr($0, 0x0D, raw.count) != nil } ?? false }
        }
        return hasCR ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    }

}
