import DigestModel
import Foundation

/// Writes JSON text to a sink piece by piece, so that digest.json for a million messages never
/// exists whole in memory. Keys are written in the order given: callers give them sorted, so the
/// same digest gives the same bytes.
struct JSONWriter {
    private(set) var buffer: [UInt8] = []
    private let flushAt: Int
    private let sink: ([UInt8]) throws -> Void

    init(flushAt: Int = 1 << 20, sink: @escaping ([UInt8]) throws -> Void) {
        self.flushAt = flushAt
        self.sink = sink
        buffer.reserveCapacity(flushAt + 4096)
    }

    mutating func raw(_ text: String) { buffer += text.utf8 }

    mutating func string(_ text: String) { JSONBytes.append(text, to: &buffer) }

    mutating func optionalString(_ text: String?) { JSONBytes.append(text, to: &buffer) }

    mutating func strings(_ values: [String]) { JSONBytes.append(values, to: &buffer) }

    /// `"2026-11-04T10:00:00Z"`, or null.
    mutating func date(_ date: Date?) { JSONBytes.append(date, to: &buffer) }

    mutating func bytes(_ bytes: [UInt8]) { buffer += bytes }

    /// An object's members, in the order given (give them sorted).
    mutating func object(indent: String, _ members: [(String, (inout JSONWriter) -> Void)]) {
        raw("{\n")
        for (index, member) in members.enumerated() {
            raw(indent + "  ")
            string(member.0)
            raw(" : ")
            member.1(&self)
            raw(index + 1 < members.count ? ",\n" : "\n")
        }
        raw(indent + "}")
    }

    mutating func flushIfFull() throws {
        if buffer.count >= flushAt { try flush() }
    }

    mutating func flush() throws {
        try sink(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// digest.json: the schema of issue 2 and what later issues added; members sorted by key.
enum DigestJSON {
    /// The report date the digest's numbers are measured from.
    static func asOf(_ digest: Digest) -> Day {
        digest.asOf ?? digest.period?.last ?? Day(year: 1970, month: 1, day: 1)
    }

    /// The month's numbers, from the one summary the page and the site index show too.
    static func counts(_ digest: Digest, to w: inout JSONWriter) {
        let c = digest.counts
        let summary = Summary(digest, asOf: asOf(digest))
        func tally(_ t: Summary.Tally) -> (inout JSONWriter) -> Void {
            { $0.raw("{\"groups\" : \(t.groups), \"messages\" : \(t.messages)}") }
        }
        w.object(
            indent: "  ",
            [
                ("accounts", { $0.raw("\(c.accounts)") }),
                ("accountsAffected", { $0.raw("\(summary.accountsAffected)") }),
                (
                    "byCategory",
                    { w in
                        w.object(
                            indent: "    ",
                            Category.allCases.map { category in (category.rawValue, tally(summary.tally(category))) })
                    }
                ),
                ("critical", { $0.raw("\(summary.critical)") }),
                ("criticalPast", { $0.raw("\(summary.criticalPast)") }),
                ("dueLater", { $0.raw("\(summary.count(.later))") }),
                ("dueOverdue", { $0.raw("\(summary.count(.overdue))") }),
                ("dueWithin30Days", { $0.raw("\(summary.count(.month))") }),
                ("dueWithin7Days", { $0.raw("\(summary.count(.week))") }),
                ("groups", { $0.raw("\(c.groups)") }),
                ("joined", { $0.raw("\(c.joined)") }),
                ("messages", { $0.raw("\(c.messages)") }),
                ("notUnderstood", { $0.raw("\(summary.notUnderstood)") }),
                ("outside", { $0.raw("\(c.outside)") }),
                ("read", { $0.raw("\(c.read)") }),
                ("suspicious", tally(summary.suspicious)),
                ("unreadable", { $0.raw("\(c.unreadable)") }),
            ])
    }

    /// summary.json: the month's numbers alone, small, for the next month's trend and the site index.
    static func writeSummary(_ digest: Digest, to w: inout JSONWriter) throws {
        w.raw("{\n  \"asOf\" : ")
        w.string(asOf(digest).description)
        w.raw(",\n  \"counts\" : ")
        counts(digest, to: &w)
        w.raw(",\n  \"month\" : ")
        w.string(digest.month)
        w.raw(",\n  \"schemaVersion\" : \(digest.schemaVersion)\n}\n")
        try w.flush()
    }

    static func write(_ digest: Digest, to w: inout JSONWriter) throws {
        w.raw("{\n  \"asOf\" : ")
        w.string(asOf(digest).description)
        w.raw(",\n  \"counts\" : ")
        counts(digest, to: &w)
        w.raw(",\n  \"groups\" : ")
        try groups(digest.groups, digest.log, &w)
        try w.flush()
        w.raw(",\n  \"messages\" : ")
        try messages(digest.log, &w)
        w.raw(",\n  \"month\" : ")
        w.string(digest.month)
        w.raw(",\n  \"period\" : ")
        if let period = digest.period {
            w.object(
                indent: "  ",
                [("first", { $0.string(period.first.description) }), ("last", { $0.string(period.last.description) })])
        } else {
            w.raw("null")
        }
        w.raw(",\n  \"schemaVersion\" : \(digest.schemaVersion)")
        w.raw(",\n  \"sources\" : ")
        w.strings(digest.sources)
        w.raw(",\n  \"unreadable\" : [")
        for (index, item) in digest.unreadable.enumerated() {
            w.raw(index == 0 ? "\n    " : ",\n    ")
            w.raw("{\"reason\" : ")
            w.string(item.reason)
            w.raw(", \"source\" : ")
            w.string(item.source)
            w.raw("}")
        }
        w.raw(digest.unreadable.isEmpty ? "]" : "\n  ]")
        w.raw("\n}\n")
        try w.flush()
    }

    private static func groups(_ groups: [Group], _ log: MessageLog, _ w: inout JSONWriter) throws {
        let members = log.members()
        w.raw("[")
        for (index, g) in groups.enumerated() {
            w.raw(index == 0 ? "\n    " : ",\n    ")
            w.object(
                indent: "    ",
                [
                    ("accounts", { $0.strings(g.accounts) }), ("category", { $0.string(g.category.rawValue) }),
                    ("confidence", { $0.string(g.confidence.rawValue) }),
                    ("deadline", { $0.optionalString(g.deadline?.description) }),
                    ("deadlineEvidence", { $0.optionalString(g.deadlineEvidence) }),
                    ("eventArns", { $0.strings(g.eventArns) }),
                    ("evidence", { $0.strings(g.evidence) }),
                    ("excerpt", { $0.string(g.excerpt) }),
                    ("firstReceived", { $0.date(g.firstReceived) }), ("id", { $0.string(g.id) }),
                    ("lastReceived", { $0.date(g.lastReceived) }),
                    (
                        "messageIds",
                        { $0.strings(members.entries(of: g.id).map { log.messageId(at: Int($0)) }.sorted()) }
                    ),
                    ("provider", { $0.string(g.provider) }), ("providerName", { $0.string(g.providerName) }),
                    ("regions", { $0.strings(g.regions) }), ("reminders", { $0.raw("\(g.reminders)") }),
                    ("resourceCount", { $0.raw("\(g.resourceCount)") }), ("resources", { $0.strings(g.resources) }),
                    ("seenIn", { $0.strings(g.seenIn) }),
                    ("sender", { $0.string(g.sender) }), ("services", { $0.strings(g.services) }),
                    ("title", { $0.string(g.title) }), ("trust", { $0.string(g.trust.rawValue) }),
                    ("truncated", { $0.raw("\(g.truncated)") }), ("trustReason", { $0.string(g.trustReason) }),
                ])
            try w.flushIfFull()
        }
        w.raw(groups.isEmpty ? "]" : "\n  ]")
    }

    /// One message per line, members sorted by key.
    private static func messages(_ log: MessageLog, _ w: inout JSONWriter) throws {
        w.raw("[")
        for (position, index) in log.sortedIndices().enumerated() {
            w.raw(position == 0 ? "\n    " : ",\n    ")
            w.bytes(log.json(at: Int(index)))
            try w.flushIfFull()
        }
        w.raw(log.count == 0 ? "]" : "\n  ]")
    }
}
