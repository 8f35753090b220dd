import DigestModel
import Foundation

/// Finds every date in a notice and chooses its deadline.
///
/// Absolute dates in English, Japanese and Chinese forms (`January 1, 2022`, `Dec 1, 2026`,
/// `1 December 2026`, `2026-12-15`, `12/15/2026`, `2026年12月1日`, with weekdays and times), French and
/// German ones (`15 octobre 2028`, `29. November 2028`, `24.11.2026`), and relative ones (`within 24
/// hours`, `in 60 days`, `5 business days`, `24時間以内`, `二十四小时内`) resolved from the message's date.
/// The deadline is the earliest act-by date still ahead of the message; failing that the earliest
/// effective date; failing that, the earliest date mentioned.
public enum DeadlineExtractor {
    /// The dates of `text`, for a message sent at `sent`; relative spans ("within 24 hours") count from
    /// the day of sending on the reader's calendar (`zone`, the digest's time zone), where the deadline shows.
    public static func dates(in text: String, sent: Date?, zone: TimeZone = utc) -> [DatedEvidence] {
        dates(in: text, sentDay: sent.map { Day($0, in: zone) })
    }

    /// The same for a message sent on `sentDay` of the reader's calendar.
    static func dates(in text: String, sentDay: Day?) -> [DatedEvidence] {
        guard mayHoldDate(text) else { return [] }
        return dates(in: MessageText(text), sentDay: sentDay)
    }

    /// Every date of `text`'s paragraphs, each paragraph read once per thread.
    static func dates(in text: MessageText, sentDay: Day?) -> [DatedEvidence] {
        let index = text.index
        var result: [DatedEvidence] = []
        // The entries of `result` read from a month without its day.
        var monthOnly: Set<Int> = []
        for (i, paragraph) in text.paragraphs.enumerated()
        where paragraph.lines.contains(where: { mayHoldDate(index.bytes[$0]) }) {
            // The "Date:" line of a forwarded message's header, between its "From:" and "Subject:",
            // records when the original was sent.
            if startsWithHeader(paragraph, index, dateHeader),
                (i > 0 && startsWithHeader(text.paragraphs[i - 1], index, mailHeaders))
                    || (i + 1 < text.paragraphs.count && startsWithHeader(text.paragraphs[i + 1], index, mailHeaders))
            {
                continue
            }
            // Mass notices repeat most paragraphs word for word: each is read once per worker.
            let reading = text.reading(i)
            if reading.dated == nil { reading.dated = datedSentences(in: join(paragraph.lines, index)) }
            let parsed = reading.dated!
            for sentence in parsed {
                var found: [(Day, Int)] = []
                var months: Set<Day> = []
                for (position, value) in sentence.dates {
                    switch value {
                    case .day(let day): found.append((day, position))
                    case .month(let day):
                        found.append((day, position))
                        months.insert(day)
                    case .relative(let span):
                        if let sentDay { found.append((span.resolve(from: sentDay), position)) }
                    case .timestamp(let day):
                        if let sentDay, day > sentDay { found.append((day, position)) }
                    case .monthDay(let month, let dayOfMonth):
                        if let sentDay, let day = Self.resolve(month: month, day: dayOfMonth, near: sentDay) {
                            found.append((day, position))
                        }
                    }
                }
                for (day, _) in found.sorted(by: { $0.1 < $1.1 })
                where !result.contains(where: { $0.date == day && $0.evidence == sentence.evidence }) {
                    if months.contains(day) { monthOnly.insert(result.count) }
                    result.append(DatedEvidence(date: day, evidence: sentence.evidence, kind: sentence.kind))
                }
            }
        }
        guard !monthOnly.isEmpty else { return result }
        // "will reach end of support in November 2028" beside "support … ends on November 9, 2028": the
        // month is said more exactly elsewhere, and only the day counts.
        let exactMonths = Set(
            result.indices.filter { !monthOnly.contains($0) }.map { result[$0].date.year * 12 + result[$0].date.month })
        return result.indices.filter {
            !monthOnly.contains($0) || !exactMonths.contains(result[$0].date.year * 12 + result[$0].date.month)
        }.map { result[$0] }
    }

    /// The header fields of a forwarded message, as they open its lines.
    static let mailHeaders = ["from:", "sent:", "to:", "subject:", "cc:", "差出人:", "送信日時:", "宛先:", "件名:"].map {
        Array($0.utf8)
    }
    static let dateHeader = [Array("date:".utf8)]

    /// Whether `paragraph`'s first line opens with one of `names` (ASCII letters in any case).
    static func startsWithHeader(_ paragraph: MessageText.Paragraph, _ index: LineIndex, _ names: [[UInt8]]) -> Bool {
        guard let line = paragraph.lines.first else { return false }
        let bytes = index.bytes[line]
        return names.contains { name in
            guard bytes.count >= name.count else { return false }
            return zip(bytes.prefix(name.count), name).allSatisfy { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }
        }
    }

    /// A sentence that holds dates, as read once: its evidence text, its cue and each date's byte
    /// position, relative spans left to resolve against each message's own date.
    struct DatedSentence {
        enum Value {
            case day(Day)
            case relative(RelativeSpan)
            /// "8月18日": a month and day whose year the message's date gives.
            case monthDay(month: Int, day: Int)
            /// A timestamp (2026-10-27T21:45:00Z) records when something happened, unless the words
            /// before it set a time limit or name the date a change takes effect (those are days): it
            /// counts only when it is later than the message's own day, as a scheduled event's window
            /// ("Not before: 2028-03-26T00:00:00Z"). Nothing that happened is dated after the mail.
            case timestamp(Day)
            /// "in November 2028": a month without its day, read as its first day; it yields to a day of the
            /// same month the notice gives ("ends on November 9, 2028") wherever that stands.
            case month(Day)

            var isRelative: Bool { if case .relative = self { true } else { false } }
            var isDay: Bool { if case .day = self { true } else { false } }
        }
        var evidence: String
        var kind: DatedEvidence.Kind
        var dates: [(Int, Value)]
    }

    static func datedSentences(in paragraph: String) -> [DatedSentence] {
        var out: [DatedSentence] = []
        // The dates of the sentence before, for "… update the agent before that date".
        var previous: [(Int, DatedSentence.Value)] = []
        for sentence in split(paragraph) {
            let bytes = sentence.utf8Bytes
            let kinds = dateKinds(bytes[...])
            guard kinds.year || kinds.relative || kinds.monthDay else {
                if !previous.isEmpty, backReference.matches(sentence), asksToAct(sentence) {
                    let evidence = sentence.count > 300 ? String(sentence.prefix(300)) + "…" : sentence
                    out.append(DatedSentence(evidence: evidence, kind: .actBy, dates: previous.map { (0, $0.1) }))
                }
                previous = []
                continue
            }
            var dates: [(Int, DatedSentence.Value)] = []
            // One slash date whose first number is no month ("30/06/2027") makes the sentence's others
            // day-first too ("… to 01/07/2027").
            let dayFirst = kinds.year && ByteSearch.contains(bytes, "/") && slashDayFirst.matches(sentence)
            for match in kinds.year ? absolute.allMatchRanges(in: sentence) : [] {
                // A timestamp after a limit word ("installed after 2023-03-29T10:14:05Z") or an
                // effective-date field (`"effectiveDate": "2026-12-01T00:00:00Z"`) is a day; any other
                // counts only when later than the message (`Value.timestamp`).
                let end = match[0]!.upperBound
                guard let (day, wholeMonth) = day(match, bytes, dayFirst: dayFirst) else { continue }
                if end + 3 < bytes.count, bytes[end] == 0x54, Extractors.isDigit(bytes[end + 1]),
                    Extractors.isDigit(bytes[end + 2]), !followsLimitWord(bytes, match[0]!.lowerBound)
                {
                    dates.append((match[0]!.lowerBound, .timestamp(day)))
                } else {
                    dates.append((match[0]!.lowerBound, wholeMonth ? .month(day) : .day(day)))
                }
            }
            // "8月18日(水)まで": Japanese notices leave out the year of a date in the months ahead; so do
            // English ones ("on Wednesday, May 31", "service stops on June 25").
            let absolutes = dates.map(\.0)
            if kinds.year, ByteSearch.contains(bytes, "月") {
                dates += yearless(yearlessJapanese, in: sentence, bytes, besides: absolutes, span: 16) { Int($0) }
            }
            if kinds.monthDay {
                dates += yearless(yearlessEnglish, in: sentence, bytes, besides: absolutes, span: 12, month: monthIndex)
            }
            for match in kinds.relative ? relative.allMatchRanges(in: sentence) : [] {
                // "within 14 days of release" counts from another event, not from the message.
                if countsFromAnotherEvent(bytes, after: match[0]!.upperBound) { continue }
                // "in the past 30 days", "過去 30 日以内" look back; "our team will reply within 2 days" is
                // the provider's promise: neither is a date for the reader.
                if looksBackOrPromises(bytes, before: match[0]!.lowerBound) { continue }
                if let span = relativeSpan(match, bytes) { dates.append((match[0]!.lowerBound, .relative(span))) }
            }
            // "within 24 hours (by December 25, 01:38)": a span the sentence also gives as a date of the year
            // is that date; the span, counted from the message's day in UTC, may fall a day short of it.
            if dates.contains(where: { $0.1.isRelative }), dates.contains(where: { $0.1.isDay }) {
                dates.removeAll { $0.1.isRelative }
            }
            previous = dates
            guard !dates.isEmpty else { continue }
            let evidence = sentence.count > 300 ? String(sentence.prefix(300)) + "…" : sentence
            let lowered = sentence.lowercased()
            var kind = cue(lowered)
            // A grace period ("猶予期間 3月15日 〜 4月5日", "a grace period from … to …") is a window to
            // act in: its end is the date to act by, its start only opens it.
            if dates.count == 2, ByteSearch.contains(bytes, "grace") || ByteSearch.contains(bytes, "猶予"),
                gracePeriod.matches(lowered), let end = dates.max(by: { $0.0 < $1.0 })
            {
                out.append(DatedSentence(evidence: evidence, kind: .mentioned, dates: dates.filter { $0.0 != end.0 }))
                out.append(DatedSentence(evidence: evidence, kind: .actBy, dates: [end]))
                continue
            }
            // A date said to replace one announced before ("ab 03.01.2029 (nicht wie zunächst genannt ab
            // 03.12.2028)", "on June 18 instead of May 20"): the one after the words is gone.
            if dates.count == 2, replacedDate.matches(lowered), let old = dates.max(by: { $0.0 < $1.0 }) {
                out.append(DatedSentence(evidence: evidence, kind: .ignored, dates: [old]))
                out.append(DatedSentence(evidence: evidence, kind: kind, dates: dates.filter { $0.0 != old.0 }))
                continue
            }
            // A date moved ("moved the end of support from May 20 to June 18"): the old date is gone.
            if dates.count == 2, movedDate.matches(lowered), let old = dates.min(by: { $0.0 < $1.0 }) {
                out.append(DatedSentence(evidence: evidence, kind: .ignored, dates: [old]))
                out.append(DatedSentence(evidence: evidence, kind: kind, dates: dates.filter { $0.0 != old.0 }))
                continue
            }
            if kind == .mentioned, ByteSearch.contains(bytes, "support"), leavesSupport.matches(lowered) {
                kind = .effective
            }
            out.append(DatedSentence(evidence: evidence, kind: kind, dates: dates))
        }
        return out
    }

    /// Whether a dated sentence asks the reader to do something ("you must", "please update", "reply
    /// by"), not merely places a change in time ("findings made before March 1 keep their names").
    public static func asksToAct(_ sentence: String) -> Bool {
        obligation.matches(sentence) && !offer.matches(sentence)
    }

    /// Whether a dated sentence says the reader loses something of theirs at its date: services
    /// paused or data deleted, a trial or credit that ends ("your free trial ends in 30 days, on April
    /// 27"; "your data will be kept until April 28"). In a statement or a notice of news, such a date
    /// is still one to meet.
    public static func losesService(_ sentence: String) -> Bool {
        ownThing.matches(sentence) && loss.matches(sentence)
    }

    static let movedDate = try! Pattern(
        #"\b(moved|changed|extended|postponed|delayed|pushed back|pushed|rescheduled|updated|shifted|deferred)\b(?:[^.]|\.(?=\d)){0,80}\bfrom\b[^.]{0,40}\bto\b|(から|より)[^。]{0,30}(に|へ)(変更|延期|延長)"#
    )

    static let replacedDate = try! Pattern(
        #"\b(instead of|rather than|not as (previously|first|originally|initially) (stated|announced|communicated|planned))\b|nicht wie (zunächst|ursprünglich|zuvor|bisher|angekündigt)|\bau lieu du\b|(当初|以前)(の)?(予定|ご案内)(の|より)"#
    )

    static let appeal = try! Pattern(
        #"\b(you )?(can|may) (appeal|dispute|contest|request a review)\b"#)

    static let fieldLabel = try! Pattern(#"^[^:\s][^:]{0,30}:\s"#)

    static let generalRule = try! Pattern(
        #"^(a|an|any|each|every) [\w -]{1,40}\b(expires?|is deleted|is removed|lapses?|is cancell?ed|times out)\b.{0,40}\b(if|unless|when)\b"#
    )

    static let cutoff = try! Pattern(
        #"\b(created|issued|generated|made|installed|purchased|registered|opened|launched|uploaded|published|signed) (before|prior to)\b|\bfor a (period|time|while) (before|prior to)\b"#
            // What stays free until a date ("free of charge until …", "在…前免费").
            + #"|\bfree (of charge )?(until|before|prior to|through)\b|前(仍|依然)?(可)?(免费|不收费)"#
    )

    static let gracePeriod = try! Pattern(#"猶予期間|\bgrace period\b"#)

    /// "… leaves standard support on September 4": the end of support in other words.
    static let leavesSupport = try! Pattern(leavesSupportWords)
    static let leavesSupportWords = #"\b(leaves?|leaving|exits?|drops? out of) (standard |extended )?support\b"#

    static let ownThing = try! Pattern(
        // A consequence of the reader's unpaid balance is theirs too ("if the balance is still unpaid on
        // May 22, services … may be suspended").
        #"\byour\b|お客様|ご利用中|ご契約|\b(unpaid|non-?payment)\b|\bnot (been )?(paid|received)\b|(精算|お支払い|入金)[^。]{0,20}(確認でき|され)ない場合"#
    )

    static let loss = try! Pattern(
        #"\b(will|would|may|might|can) (then )?(be )?(permanently |automatically )?(deleted|removed|paused|stopped|suspended|disabled|terminated|shut down|reclaimed|lost|erased|purged|deactivated)\b|\b(kept|retained|preserved|held) (only )?until\b|\b(free )?(trial|credits?|offer|promotion|free (plan|tier|period))\b[^.]{0,30}\b(ends|will end|expires|will expire|runs out|is ending)\b|(削除|停止|利用停止|解約|失効)(され|いた|し)?(ます|る)|期限(を迎え|が切れ|切れとな)|失効し[、,]|(ご利用|利用)(いただけ|でき)なくなります"#
    )

    /// An offer, not an obligation: "if you have more questions, reply within 7 days".
    static let offer = try! Pattern(
        #"\bif you (have|want|wish|would like|prefer|need (help|assistance))( any| more| further| other| any other| any more| any further)? (questions?|help|to (reopen|discuss|ask|learn))|ご不明な点|ご質問|\byou (can|may|could) (reschedule|change|choose|pick|opt|register|apply it|apply the update)|\bregister (for|now|today|here|online|your (seat|spot|place|interest))\b|\b(sign up|reserve your (seat|spot)|rsvp|save your seat)\b|\b(is|are) (now )?available (to|for) [\w ]{0,30}\bwho\b|\bwe (will|plan to|expect to) (complete|publish|share|provide|finish|deliver|post)\b|\bto (get|receive|save|secure|claim|enjoy) (the |a |an |your )?(early[- ]bird|early|discount|discounted|reduced|special|free|lower)\b|お申し込み|お申込み|(でき|可能)(ます|です)"#
            // Questions to the provider's desk ("お急ぎのお問い合わせは…までに"), and what the provider has
            // already done ("…までに対策済みです", "we have already patched our managed services").
            + #"|お急ぎの[^。]{0,10}(は|場合)|お問い合わせ(は|の場合)|(対策|対応|適用|修正|作業)(は)?(済み|済|完了して(い|お)ります)|\bwe (have )?(already )?(patched|mitigated|fixed|remediated) (all |our |the )"#
    )

    /// A limit that points back to the date of the sentence before: "before that date", "by then".
    static let backReference = try! Pattern(
        #"\b(before|by|prior to|no later than) (that|this|the same) (date|day|time)\b|\b(before|by) then\b|\bbefore (it|they) expires?\b|\bbefore (the |its )?expiry\b|それまでに|同日まで"#
    )

    static let obligation = try! Pattern(
        #"(^|[:;]\s*|\bplease |\byou (must|need to|should|have to|will need to) )(add|extend|register)\b|\b(need|ask|require|requires|asking) you to\b|\bdo (one of )?the following\b|"#
            + #"\b(payment due|due date|amount due|must|need to|needs to|required|requires|require|please|should|action|take|update|upgrade|migrate|rotate|renew|replace|move|switch|complete|ensure|reply|respond|contact|pay|settle|verify|validate|approve|remove|delete|enable|disable|modify|change|transition|opt|submit|confirm)\b|してください|必要があります|お願い|ご対応|までに|更新|移行|変更|アップグレード|返信|回答|連絡|支払|対応|設定|申し立て|承認"#
            // German, French, Spanish, Italian and Portuguese: "bitte prüfen Sie", "veuillez", "debe", "si prega",
            // "precisa".
            + #"|\b(bitte|müssen|muss|prüfen sie|stellen sie|aktualisieren sie|veuillez|vous devez|merci de|debe|deberá|debes|deberás|por favor|deve|dovrà|la preghiamo|si prega|è necessario|precisa|recomendamos|le recomendamos|le consigliamo)\b"#
    )

    /// Whether a span ending at `end` is counted from an event other than the message: "… of
    /// release", "… after the upgrade", but not "… of this notice", "… from receipt", "… from today".
    static func countsFromAnotherEvent(_ bytes: [UInt8], after end: Int) -> Bool {
        let rest = String(decoding: bytes[end..<min(bytes.count, end + 48)], as: UTF8.self)
        return anotherEvent.matches(rest)
    }

    /// Whether the words before a relative span at `start` look back in time ("past", "last",
    /// "過去", "直近") or make it the provider's promise ("we will …", "our support team will reply …").
    static func looksBackOrPromises(_ bytes: [UInt8], before start: Int) -> Bool {
        let near = String(decoding: bytes[max(0, start - 16)..<start], as: UTF8.self).lowercased()
        if lookBack.matches(near) { return true }
        let prefix = String(decoding: bytes[max(0, start - 120)..<start], as: UTF8.self).lowercased()
        return providerPromise.matches(prefix) || earlierRequest.matches(prefix)
    }

    /// A request an earlier notice made, told again: "we asked you to … reply within 24 hours" counts
    /// from that notice, whose date this one need not give.
    static let earlierRequest = try! Pattern(
        #"\b(we|aws|our team) (had )?(asked|requested|instructed|told) you\b[^.;]*$|\byou were (asked|requested|instructed|told)\b[^.;]*$|\b(as|which) (we )?(previously |earlier )?(requested|asked)\b[^.;]*$"#
    )

    /// "in the past 30 days"; "if it is blocked again within 30 days" (a condition's window, not a date
    /// to meet).
    static let lookBack = try! Pattern(
        #"\b(past|last|previous|preceding|again|recurs|repeats|reoccurs)\s*$|(過去|直近|再度|再び|近|最近|过去)\s*$"#)

    static let providerPromise = try! Pattern(
        #"\b(we|our\s+[a-z]+(\s+[a-z]+)?\s+(team|staff|engineers?|department|desk|specialists?))\s+(will|shall|aim to|try to|usually|typically|normally)\s+(usually |typically |normally )?(reply|respond|answer|get back|follow up|be in touch|contact you|retry|refund|credit|process|review (it|them|your (reply|response|answers?|request|appeal)))\b[^.;]*$"#
    )

    static let anotherEvent = try! Pattern(
        #"^\s+(of|after|from|following|before)\s+(?!(this|these|the date of|the time of|receipt|receiving|today|now|the (date|day|time) (of )?(this|the) (message|notice|e-?mail|letter|notification))\b)\w"#
    )

    /// Whether the word before `start` sets a time limit ("after", "before", "by", "until") or the
    /// field before it is an effective date ("effectiveDate": , "Effective: ").
    static func followsLimitWord(_ bytes: [UInt8], _ start: Int) -> Bool {
        let before = String(decoding: bytes[max(0, start - 8)..<start], as: UTF8.self).lowercased()
        if limitWords.contains(where: { before.hasSuffix($0) }) { return true }
        return effectiveField.matches(String(decoding: bytes[max(0, start - 20)..<start], as: UTF8.self))
    }

    static let effectiveField = try! Pattern(#"effective[ _-]?(date|from|on)?"?\s*[:=]\s*"?$"#)

    static let limitWords = ["after ", "before ", " by ", "until "]

    /// The deadline among `dates` for a message sent on `sent`, about `subject` (normalised).
    ///
    /// A date in the subject is the one the provider puts first, and wins. Otherwise each date still
    /// ahead is weighed by its cue (a date to act by over a date a change takes effect over a date
    /// merely mentioned) and by how much its sentence speaks of what the subject names (so the end
    /// of support the subject announces beats an earlier stop of new purchases or a delivery
    /// footnote); ties go to the earliest date. When every date is already past (a notice that
    /// something has ended), the latest cued past date is the deadline: it is overdue.
    /// Which dates already past may be the deadline (the notice is then overdue).
    enum PastDates {
        /// Any cued date: a date the subject gives is what the notice is about.
        case any
        /// Only the date of the event the subject names.
        case subjectEvent
    }

    /// `utcOffset` is the Date header's zone (seconds east of UTC), `zone` the reader's.
    public static func deadline(
        from dates: [DatedEvidence], sent: Date?, utcOffset: Int = 0, zone: TimeZone = utc,
        subjectDates: [DatedEvidence] = [], subject: String = ""
    ) -> DatedEvidence? {
        deadline(
            from: dates, sent: sent, utcOffset: utcOffset, zone: zone, subjectDates: subjectDates, subject: subject,
            past: .subjectEvent)
    }

    static func deadline(
        from dates: [DatedEvidence], sent: Date?, utcOffset: Int = 0, zone: TimeZone = utc,
        subjectDates: [DatedEvidence] = [], subject: String = "", past: PastDates
    ) -> DatedEvidence? {
        if !subjectDates.isEmpty,
            let fromSubject = deadline(
                from: subjectDates.map {
                    var d = $0; d.kind = .actBy; return d
                }, sent: sent, utcOffset: utcOffset, zone: zone, past: .any)
        {
            return fromSubject
        }
        let usable = dates.filter { $0.kind != .ignored }
        // The day of sending on the reader's calendar, and the latest day of sending on the sender's, the
        // reader's or UTC's: a time the notice records may be written in any of them ("ログイン日時
        // 2028/08/16 08:44" in a mail sent at 08:47 +0900, the 15th in UTC).
        let sentDay = sent.map { Day($0, in: zone) }
        let recordDay = sent.map { sent in
            [Day(sent.addingTimeInterval(TimeInterval(utcOffset)), in: utc), Day(sent, in: zone), Day(sent, in: utc)]
                .max()!
        }
        // A date merely mentioned on the day of sending records the event ("Time: …"), not a deadline;
        // so does the day of sending in a sentence that reports what was done on it ("we have suspended
        // the account effective October 11", "本日…をもって一時停止いたしました").
        let ahead = usable.filter {
            guard let sentDay, let recordDay else { return true }
            // (A span of hours in such a sentence ends the next day: "報告から1時間以内に…無効化しました".)
            if $0.date <= recordDay.adding(days: 1) && reportsDone.matches($0.evidence.lowercased()) { return false }
            return $0.date > recordDay || ($0.date >= sentDay && $0.kind != .mentioned)
        }
        // The subject's words matter only when cued dates disagree.
        let cuedDays = Set(ahead.lazy.filter { $0.kind != .mentioned }.map(\.date))
        let topic = cuedDays.count > 1 ? stems(subject) : []
        func weight(_ dated: DatedEvidence) -> Int {
            let cue: Int
            switch dated.kind {
            case .actBy: cue = 3
            case .effective: cue = 2
            case .mentioned, .ignored: cue = 0
            }
            // What the sentence shares with the subject separates cued dates; a date merely mentioned
            // ("Start time:" of a scheduled event) keeps its place by date.
            guard cue > 0 else { return 0 }
            // The date of the event the subject names ("… end of standard support") outweighs an act-by
            // date set around it: the reader plans for the event.
            let named = namesSubjectEvent(dated.evidence) ? 10 : 0
            return named + cue * 2 + (topic.isEmpty ? 0 : min(3, stems(dated.evidence).intersection(topic).count))
        }
        // The event the subject names, and the sentences that name it: the subject's own words first,
        // else (for an end of support) the words that say what it means.
        let event = cuedDays.count > 1 ? subjectEvent(subject) : nil
        let eventSaid = event.map { event in
            ahead.contains { $0.kind != .mentioned && event.exact.matches($0.evidence) }
        }
        func namesSubjectEvent(_ sentence: String) -> Bool {
            guard let event, let eventSaid else { return false }
            if eventSaid { return event.exact.matches(sentence) }
            return event.meaning?.matches(sentence) ?? false
        }
        // Between dates that weigh the same, one the notice gives again elsewhere (the act-by date,
        // a second sentence) is the one it is about: "ends support on August 30, shortly after the
        // system reaches end of life on July 30" names both in one sentence, August 30 again below.
        var said: [Day: Int] = [:]
        for dated in ahead where dated.kind != .mentioned { said[dated.date, default: 0] += 1 }
        let weighed = ahead.map { (weight: weight($0), said: said[$0.date] ?? 0, dated: $0) }
        if let best = weighed.min(by: {
            (-$0.weight, -$0.said, $0.dated.date, $0.dated.kind) < (-$1.weight, -$1.said, $1.dated.date, $1.dated.kind)
        }) {
            return best.dated
        }
        // Nothing ahead: the date of the event the subject names, passed, makes the notice overdue
        // ("… end of support" that "reached end of support on December 31, 2025"), as does a date the
        // reader was asked to act by; other past dates (a support that ended for another product, when
        // a finding was made) are history.
        let named = past == .any ? nil : subjectEvent(subject)
        return usable.filter { dated in
            guard dated.kind != .mentioned else { return false }
            if past == .any { return true }
            // A date the reader was asked to act by and has let pass ("reply by June 12").
            if dated.kind == .actBy && asksToAct(dated.evidence) { return true }
            guard let named else { return false }
            return named.exact.matches(dated.evidence) || named.meaning?.matches(dated.evidence) == true
        }.max(by: { $0.date < $1.date })
    }

    /// An event a subject names, as a pattern for the same words in a sentence and, where the words
    /// vary, one for what the event means ("will no longer receive security patches" for an end of support).
    struct SubjectEvent {
        var exact: Pattern
        var meaning: Pattern?
    }

    /// The event `subject` (normalised) names, most specific first.
    static func subjectEvent(_ subject: String) -> SubjectEvent? {
        subjectEvents.first { $0.subject.matches(subject) }?.event
    }

    static let supportMeaning = try! Pattern(
        leavesSupportWords
            + #"|\b(end|ends|ending) (of )?(standard |extended )?support\b|\bsupport (for (?:[^.]|\.(?=\d)){1,60}? )?(ends|will end)\b|\bno longer (apply|receive|provide|get|release) (any )?(security )?(patches|updates|fixes|bug fixes|support)\b|\bnot (receive|get) (any )?(bug fixes|security (patches|updates|fixes))\b"#
    )

    /// Each event a subject may name: the subject's words, the same words in a sentence, and whether
    /// an end of support's other words ("will no longer receive security patches") say it too.
    static let subjectEvents: [(subject: Pattern, event: SubjectEvent)] = [
        ("end of standard support", #"\bend of standard support\b"#, true),
        ("end of extended support", #"\bend of extended support\b"#, true),
        // "Support for Python 3.9 in Lambda ends on …": the words of what is supported may come between.
        (
            "end of support",
            #"\b(end|ends|ending) (of )?(standard |extended )?support\b|\bsupport (for (?:[^.]|\.(?=\d)){1,60}? )?(ends|will end)\b"#,
            true
        ),
        ("end of life", #"\bend[- ]of[- ]life\b|\beol\b"#, true),
        ("retire", #"\bretire"#, false),
        // "… uses the deprecated Stack-22", "X is deprecated": the deprecation is behind; what comes is
        // the end of life.
        (
            #"\b(is|are|the|a|now|already) deprecated\b"#,
            #"\bend[- ]of[- ]life\b|\beol\b|\b(end|ends|ending)[- ](of[- ])?(standard |extended )?support\b"#, true
        ),
        // A "deprecation notice" a failing build prints is not the deprecation.
        ("deprecat", #"\bdeprecat(?!ion (notice|warning|message)s?\b)"#, false),
        ("end of sale", #"\bend of sale\b"#, false),
    ].map { key, exact, endsSupport in
        (try! Pattern(key), SubjectEvent(exact: try! Pattern(exact), meaning: endsSupport ? supportMeaning : nil))
    }

    /// The words of `text` that say what it is about, cut to five letters ("retirement" and "retires"
    /// agree): letters and digits runs of three or more, less words every notice uses.
    static func stems(_ text: String) -> Set<Substring> {
        var out = Set<Substring>()
        for word in text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == ".") })
        where word.count >= 3 && !commonWords.contains(String(word)) {
            out.insert(word.prefix(5))
        }
        return out
    }

    static let commonWords: Set<String> = [
        "the", "and", "for", "your", "you", "will", "with", "that", "this", "from", "are", "our", "aws", "amazon",
        "account", "action", "required", "notice", "notification", "update", "important", "reminder", "please",
    ]

    public static let utc = TimeZone(identifier: "UTC")!

    /// Sentences: wrapped lines of a paragraph joined (a blank line or a list item starts a new
    /// one), then split at ". ", "! ", "? " and "。".
    static func sentences(_ text: String, onlyDated: Bool = false) -> [String] {
        let index = LineIndex(text)
        return paragraphs(index).filter { !onlyDated || $0.contains(where: { mayHoldDate(index.bytes[$0]) }) }
            .flatMap { split(join($0, index)) }
    }

    /// Each paragraph's trimmed lines: a blank line, a field line or a list item starts a new one.
    static func paragraphs(_ index: LineIndex) -> [[Range<Int>]] {
        var paragraphs: [[Range<Int>]] = []
        var current: [Range<Int>] = []
        for raw in index.lines {
            let line = index.trimmed(raw)
            // "Start time: …", "Region: …": a field line stands alone. A list item ("- April 15, 2028:
            // creating new … is no longer possible") runs on into its wrapped lines.
            let isItem = startsListItem(index.bytes, line)
            let isField = !isItem && isFieldLine(index.bytes, line)
            if line.isEmpty || isField || isItem {
                if !current.isEmpty { paragraphs.append(current) }
                current = []
                if isField { paragraphs.append([line]) } else if !line.isEmpty { current = [line] }
                continue
            }
            current.append(line)
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    /// A paragraph's lines joined: a space between them, none after a Japanese character.
    static func join(_ lines: [Range<Int>], _ index: LineIndex) -> String {
        var paragraph = index.string(lines[0])
        for line in lines.dropFirst() {
            if paragraph.utf8.last.map({ $0 < 0x80 }) != false { paragraph += " " }
            paragraph += index.string(line)
        }
        return paragraph
    }

    /// A paragraph's sentences, split at ". ", "! ", "? " (not after an abbreviation) and "。".
    static func split(_ paragraph: String) -> [String] {
        var out: [String] = []
        let b = paragraph.utf8Bytes
        var start = 0
        func cut(_ end: Int) {
            let piece = b.trimmedRange(start..<end)
            if !piece.isEmpty { out.append(String(decoding: b[piece], as: UTF8.self)) }
            start = end
        }
        var i = 0
        while i < b.count {
            if b[i] == 0xE3, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x82 {  // 。
                cut(i + 3)
                i += 3
                continue
            }
            if b[i] == 0x20, i > start, b[i - 1] == 0x2E || b[i - 1] == 0x21 || b[i - 1] == 0x3F,
                isSentenceEnd(b, start..<(i - 1)), !(b[i - 1] == 0x2E && isDayBeforeMonth(b, dot: i - 1))
            {
                cut(i + 1)
            }
            i += 1
        }
        cut(b.count)
        return out.flatMap(splitClauses)
    }

    /// A sentence that dates two events in two clauses ("Lambda support ends on February 8, 2028, after
    /// Python reaches its end of life on December 24, 2027") is read clause by clause, so each date
    /// keeps its own words.
    static func splitClauses(_ sentence: String) -> [String] {
        guard years(in: sentence.utf8) >= 2, let match = clauseBreak.firstMatchRanges(in: sentence)?[0] else {
            return [sentence]
        }
        let b = sentence.utf8Bytes
        let head = String(decoding: b[..<match.lowerBound], as: UTF8.self)
        let tail = String(decoding: b[(match.lowerBound + 2)...], as: UTF8.self)
        guard years(in: head.utf8) >= 1, years(in: tail.utf8) >= 1 else { return [sentence] }
        return [head] + splitClauses(tail)
    }

    /// ", after …", ", when …", ", once …", ", while …", ", whereas …": a clause of its own.
    static let clauseBreak = try! Pattern(#", (after|when|once|while|whereas) (?!(that|this|which|then)\b)"#)

    /// How many years (19xx, 20xx) `b` holds.
    static func years(in b: String.UTF8View) -> Int {
        var count = 0
        var run = 0
        var first: UInt8 = 0
        for c in b {
            if c >= 0x30 && c <= 0x39 {
                if run == 0 { first = c }
                run += 1
                if run == 4, first == 0x32 || first == 0x31 { count += 1 }
            } else {
                run = 0
            }
        }
        return count
    }

    /// `text` without leading and trailing spaces and tabs.
    static func trimmed(_ text: Substring) -> String {
        let start = text.firstIndex { $0 != " " && $0 != "\t" && $0 != "\r" } ?? text.endIndex
        let end = text.lastIndex { $0 != " " && $0 != "\t" && $0 != "\r" }.map { text.index(after: $0) } ?? start
        return start < end ? String(text[start..<end]) : ""
    }

    /// "Start time: …", "Region: …": a short label without a full stop, a colon, then a space or the end.
    /// A label does not start with a digit or a small letter: "… within\n3 days:" and "… went to\n
    /// addresses that did not ask for it: 9.8 % …" run on from the line before.
    static func isFieldLine(_ b: [UInt8], _ line: Range<Int>) -> Bool {
        guard line.count < 240, !line.isEmpty, !Extractors.isDigit(b[line.lowerBound]),
            !(b[line.lowerBound] >= 0x61 && b[line.lowerBound] <= 0x7A)
        else { return false }
        if isTableRow(b, line) { return true }
        guard let colon = b[line].firstIndex(of: 0x3A), colon > line.lowerBound else { return false }
        let label = b[line.lowerBound..<colon]
        guard !label.contains(0x2E), label.reduce(0, { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }) <= 40 else { return false }
        let after = colon + 1
        return after == line.upperBound || b[after] == 0x20 || b[after] == 0x09
    }

    /// "確認日時      2026年10月6日 10時05分頃": a Japanese label of a few characters, then a run of
    /// spaces and the value, as tables in Japanese notices set them without a colon.
    static func isTableRow(_ b: [UInt8], _ line: Range<Int>) -> Bool {
        guard b[line.lowerBound] >= 0xE3 else { return false }
        var i = line.lowerBound
        while i < line.upperBound, b[i] != 0x20, b[i] != 0x09 { i += 1 }
        guard i - line.lowerBound <= 30, i + 2 < line.upperBound, b[i + 1] == 0x20 || b[i + 1] == 0x09 else {
            return false
        }
        return true
    }

    private static let bullets: [[UInt8]] = ["-", "*", ">", "•", "・", "●", "■", "※"].map { Array($0.utf8) }

    /// A bullet (`-`, `*`, `•`, `・`, …) or a number (`1.`, `2)`) and a space start a list item.
    static func startsListItem(_ b: [UInt8], _ line: Range<Int>) -> Bool {
        guard !line.isEmpty else { return false }
        if bullets.contains(where: { b[line].starts(with: $0) }) { return true }
        var i = line.lowerBound
        while i < line.upperBound, i - line.lowerBound < 2, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        return i > line.lowerBound && i + 1 < line.upperBound && (b[i] == 0x2E || b[i] == 0x29) && b[i + 1] == 0x20
    }

    /// Whether `text` may hold a date at all: a year (19xx or 20xx), a relative span ("within",
    /// "in 60 days", "以内"). Most paragraphs hold none and are skipped without running a pattern.
    static func mayHoldDate(_ text: String) -> Bool { mayHoldDate(text.utf8Bytes[...]) }

    static func mayHoldDate(_ b: ArraySlice<UInt8>) -> Bool {
        let kinds = dateKinds(b, stopAtFirst: true)
        return kinds.year || kinds.relative || kinds.monthDay
    }

    /// What dates `b` may hold: a year (19xx or 20xx, which every absolute form has, or a Japanese
    /// month after a number, "8月", whose year may be left out), a relative span's word ("within",
    /// " day", " hour", " week", "以内", which every relative form has) and an English month's name
    /// before a number ("May 31", whose year may be left out); each pattern runs only where its kind
    /// may stand.
    static func dateKinds(_ b: ArraySlice<UInt8>, stopAtFirst: Bool = false) -> (
        year: Bool, relative: Bool, monthDay: Bool
    ) {
        var year = false
        var relative = false
        var monthDay = false
        var digitsRun = 0
        var i = b.startIndex
        while i < b.endIndex {
            let c = b[i]
            if c >= 0x30 && c <= 0x39 {
                // "May 31": an English month name before a number, whose year may be left out.
                if digitsRun == 0, !monthDay, i > b.startIndex, b[i - 1] == 0x20, followsMonthName(b, i) {
                    monthDay = true
                    if stopAtFirst || (year && relative) { break }
                }
                digitsRun += 1
                if digitsRun == 4, !year, b[i - 3] == 0x32 || b[i - 3] == 0x31 {
                    year = true
                    if stopAtFirst || (relative && monthDay) { break }
                }
            } else {
                // "8月": a Japanese month after a number, whose year may be left out.
                if digitsRun > 0, !year, c == 0xE6, i + 2 < b.endIndex, b[i + 1] == 0x9C, b[i + 2] == 0x88 {
                    year = true
                    if stopAtFirst || (relative && monthDay) { break }
                }
                digitsRun = 0
                // Relative spans: a marker is compared only where its first two bytes stand.
                if !relative {
                    switch c {
                    case 0x20:
                        if i + 1 < b.endIndex {
                            let next = b[i + 1] | 0x20
                            if next == 0x64 || next == 0x68 || next == 0x77 {  // " day", " hour", " week"
                                relative = relativeMarkers.contains { Extractors.matchesLower(b, i, $0) }
                            }
                        }
                    case 0x77, 0x57, 0xE4, 0xE5:  // "within", "以内", "小时", "天内", "工作日内"
                        relative = relativeMarkers.contains { Extractors.matchesLower(b, i, $0) }
                    default: break
                    }
                    if relative && (stopAtFirst || (year && monthDay)) { break }
                }
            }
            i += 1
        }
        return (year, relative, monthDay)
    }

    /// Whether the number at `i`, after a space, follows an English month name ("May 31", "Sept. 30").
    private static func followsMonthName(_ b: ArraySlice<UInt8>, _ i: Int) -> Bool {
        var end = i - 1
        if end > b.startIndex, b[end - 1] == 0x2E { end -= 1 }
        var start = end
        while start > b.startIndex, end - start < 9, (b[start - 1] | 0x20) >= 0x61, (b[start - 1] | 0x20) <= 0x7A {
            start -= 1
        }
        guard end - start >= 3,
            start == b.startIndex || !((b[start - 1] | 0x20) >= 0x61 && (b[start - 1] | 0x20) <= 0x7A)
        else { return false }
        let word = b[start..<end].map { $0 | 0x20 }
        return monthWords.contains { $0 == word }
    }

    /// The number of an English month's name or abbreviation.
    static func monthIndex(_ name: String) -> Int? {
        let key = String(name.lowercased().prefix(3))
        return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].firstIndex(of: key)
            .map { $0 + 1 }
    }

    private static let monthWords: [[UInt8]] = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    ].map { Array($0.utf8) }

    private static let relativeMarkers: [[UInt8]] = ["within", " day", " hour", " week", "以内", "小时", "天内", "工作日内"].map {
        Array($0.utf8)
    }

    /// Whether the "." at `dot` follows a day of the month and precedes a month's name: German's
    /// "29. November 2028", not the end of a sentence.
    private static func isDayBeforeMonth(_ b: [UInt8], dot: Int) -> Bool {
        var start = dot
        while start > 0, Extractors.isDigit(b[start - 1]), dot - start < 3 { start -= 1 }
        guard dot - start == 1 || dot - start == 2, start == 0 || b[start - 1] == 0x20 || b[start - 1] == 0x0A else {
            return false
        }
        var end = dot + 1
        while end < b.count, b[end] == 0x20 { end += 1 }
        let next = String(decoding: b[end..<min(b.count, end + 12)], as: UTF8.self).lowercased()
        return monthIndex(String(next.prefix(3))) != nil
            || europeanMonths.contains { $0.names.contains { next.hasPrefix($0) } }
    }

    /// A ". " ends a sentence unless it follows an abbreviation such as "Dec." or "N.": a word of at
    /// most three characters that starts with a capital. `text` is the sentence before the mark.
    private static func isSentenceEnd(_ b: [UInt8], _ text: Range<Int>) -> Bool {
        var end = text.upperBound
        while end > text.lowerBound, b[end - 1] == 0x20 { end -= 1 }
        guard end > text.lowerBound else { return false }
        var start = end
        while start > text.lowerBound, b[start - 1] != 0x20 { start -= 1 }
        // "(N. Virginia)": brackets and quotes before an initial do not make it a word.
        while start < end, [0x28, 0x5B, 0x22, 0x27].contains(b[start]) { start += 1 }
        guard start < end else { return true }
        let word = b[start..<end]
        guard word.reduce(0, { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }) <= 3 else { return true }
        if word.first! < 0x80 { return !(word.first! >= 0x41 && word.first! <= 0x5A) }
        return String(decoding: word, as: UTF8.self).first?.isUppercase != true
    }

    /// What the words of a (lower-cased) sentence make of the dates in it.
    static func cue(_ sentence: String) -> DatedEvidence.Kind {
        let bytes = sentence.utf8Bytes
        // A "Date:" field heading a notice's own block ("Date: Thursday 3 December 2026") places
        // what it announces; a "Payment due date:" is a date to pay by; other "…date:" fields
        // ("Invoice date:", a forwarded header's "Date:") record when something happened.
        if sentence.hasPrefix("date:") { return .mentioned }
        if ignoredCues.contains(where: { ByteSearch.contains(bytes, $0) })
            && !limitFields.contains(where: { ByteSearch.contains(bytes, $0) })
        {
            return .ignored
        }
        // A bare "Time:" field stamps when the notification's event happened ("Time: 10/12/2022,
        // 1:25 AM UTC"); "Start time:" and "End time:" place a scheduled change.
        if sentence.hasPrefix("time:") || sentence.hasPrefix("日時:") || sentence.hasPrefix("日時：") { return .ignored }
        if mentionedCues.contains(where: { ByteSearch.contains(bytes, $0) }) { return .mentioned }
        // An earlier stop of new creation or purchases ("新規作成受付を終了", "you can no longer create
        // new …") restricts what is not there yet; the date for what the reader runs comes later.
        // So does a date for new customers only ("Neukunden: ab 02.11.2028"): the reader's comes with theirs.
        if (newCreationStops.matches(sentence) || newCustomersOnly.matches(sentence)) && !actCue.matches(sentence) {
            return .mentioned
        }
        // What the provider does itself when the reader has not acted is a consequence, not the
        // reader's date: "clusters not updated by November 3 will be updated automatically".
        if actCue.matches(sentence) {
            // "A certificate request expires if the domain is not validated within 72 hours": a rule of
            // the service, not this notice's date.
            if generalRule.matches(sentence) { return .ignored }
            // "If you believe we got this wrong, you can appeal … within 14 days": an option.
            if appeal.matches(sentence) { return .ignored }
            // "Tokens created before March 15" says which things, not by when to act.
            if cutoff.matches(sentence) && !asksToAct(sentence) { return .mentioned }
            // A window the reader may move the change within is an option, not a date to act by.
            if rescheduleOption.matches(sentence) { return .mentioned }
            if automatically.matches(sentence) { return .effective }
            // "Rejections will … reach every tenant within one week" places a rollout: "within" limits
            // the reader only where the sentence asks something of them.
            if withinOnly.matches(sentence) && !asksToAct(sentence) {
                // "Country: several countries within one hour": a field that records what was seen.
                return fieldLabel.matches(sentence) ? .ignored : .effective
            }
            return .actBy
        }
        // "7月17日 08:30 頃より…接続が急増", "以降…アクセスを継続的に検知": since when something has been
        // seen is a record of it, not a change to come.
        if observedSince.matches(sentence) { return .mentioned }
        if effectCue.matches(sentence) { return .effective }
        return .mentioned
    }

    /// A sentence that reports enforcement already done: the date in it is when, not a date to meet.
    static let reportsDone = try! Pattern(
        #"\b(we|aws|it|they) (have|has) (now )?(suspended|paused|stopped|disabled|blocked|terminated|restricted|closed|removed|deleted|locked|limited|deactivated)\b|\b(has|have) been (suspended|paused|stopped|disabled|blocked|terminated|restricted|closed|locked|deactivated)\b(?![^.]{0,40}\b(until|unless|if)\b)|(停止|制限|凍結|削除|解約|無効化?)[^。]{0,30}(いたしました|しました|させていただきました)|(停止|制限|凍結|削除)されました"#
    )

    /// Who a date concerns: new customers only ("Neukunden: ab 02.11.2028", "for new accounts from …"),
    /// not the reader's existing contract, unless the sentence names existing customers too.
    static let newCustomersOnly = try! Pattern(
        #"^(?!.*\b(existing|current|all) (customers|accounts|users|subscribers)\b|.*bestandskunden|.*clients existants|.*既存).*(\bnew (customers|accounts|users|sign-?ups|subscribers)\b|\bneukunden\b|\bnouveaux clients\b|新規(の)?(お客様|ご契約|契約者|ユーザー)|新規に作成される)"#
    )

    static let observedSince = try! Pattern(
        #"(より|から|以降)[^。]{0,60}(検知|検出|観測|急増|増加)|(より|から|以降)[^。]{0,60}(発生|確認)(され|いたし|し(て|まし|た))"#)

    /// A sentence whose only limit word is "within".
    static let withinOnly = try! Pattern(
        #"^(?!.*((?<![-\w])by(?![-\w])|\bbefore\b|no later than|prior to|\bdeadline\b|\bdue\b|\bexpir|\bunless\b|まで|期限|期日)).*\bwithin\b"#
    )

    static let newCreationStops = try! Pattern(
        #"\bcreating new\b[^.]{0,80}\b(is|will be) (no longer|not) (possible|allowed|supported|available)\b|\bnew [\w -]{1,40}\b(can|will) no longer be (created|launched|purchased|added|registered|provisioned|deployed|issued)\b|\b(no longer (be able to )?|not be able to |cannot |can no longer )(create|launch|purchase|buy|order|sign up for|register|add|provision|deploy) (new|additional)\b|\bnew (customers|accounts|purchases|launches|creations?|sign-?ups|subscriptions|deployments|instances|clusters|orders)\b[^.]{0,40}\b(no longer|not be (accepted|allowed|possible|available)|stop|end)|\b(stop|stops|end|ends|will stop|will end) (accepting|allowing|selling|offering) new\b|新規(の)?(作成|申込|申し込み|受付|購入|契約|追加|登録|構築)[^。]{0,10}(終了|停止|できなく|不可|受け付け(ません|ない|を終了))"#
    )

    /// Event-block fields: a start time is when a scheduled change happens, worth less than a cue.
    static let mentionedCues = ["start time:", "end time:", "開始時刻", "終了時刻", "time:"]

    static let rescheduleOption = try! Pattern(
        #"^[-•*\s]*(reschedul|postpon|defer)\w*|\b(you|customers) (can|may|could)( also| choose to)? (reschedul|postpon|defer|reopen)\w*"#
    )

    static let automatically = try! Pattern(
        #"\bwill (then )?(be )?(automatically|auto-?)\w*|\bwill be \w+ automatically\b|自動的に"#)

    static let actCue = try! Pattern(actCues.map { "(?:\($0))" }.joined(separator: "|"))
    static let effectCue = try! Pattern(effectCues.map { "(?:\($0))" }.joined(separator: "|"))

    /// Words that make a date the one by which the reader must act.
    static let actCues = [
        // "By" ahead of a date ("by March 15", "by the end of May", "by then"), not the agent of "sent by SMS".
        #"(?<![-\w])by(?= (the )?(end|close) of\b| (then|that date|this date|midnight|noon|\d|(mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"#,
        // "Before" ahead of what it limits, not the adverb of "never seen before, …".
        #"\bbefore\b(?!\s*[,.;!?()]|\s*:(?>\s*)(?![0-9]|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|\s+(the|it|they|this|that|we|you) ([\w-]+ )?(was|were|had|did)\b|\s*$|\s+(for|by|in|on|at|during|and|or|but|from|with|is|was|were|has|had|now)\b)"#,
        #"no later than"#, #"prior to"#, #"\bdeadline\b"#,
        // German, French and Chinese: "bis zum 30.11.2028", "spätestens", "avant le", "au plus tard",
        // "请于…前", "截止".
        #"\bbis (zum |spätestens |spatestens )?\d{1,2}\.\s?(\d{1,2}\.|[a-zäé]{3,9} \d{4})|\bspätestens\b|\bavant le\b|\bau plus tard\b|\bd'ici le\b|(在|于)[^。，]{0,30}(之)?前|截止"#,
        // German "vor dem 02.04.2029"; Spanish "antes del 4 de junio", "a más tardar", "hasta el".
        #"\bvor dem \d|\bantes del? \d|\ba más tardar\b|\ba mas tardar\b|\bhasta el \d"#,
        // Portuguese "até 28 de maio", "antes de"; Italian "entro il", "entro e non oltre".
        #"\baté \d|\bantes de \d|\bentro (il |e non oltre (il )?)?\d"#,
        // "Due" ahead of a date, not an amount ("Amount due: $15.00 (period starting March 4)").
        #"\bdue\b(?!:?\s*(usd|eur|gbp|jpy)?\s*[$€£¥]|:?\s*\d+([.,]\d+)?\s*(usd|eur|gbp|jpy|円)\b)"#,
        // "まで", but not the end of a period ("1月21日から1月24日までの間…閲覧できる状態でした").
        #"\bwithin\b"#, #"\bexpir(e|es|ing|y)\b"#, #"\bexpiration\b"#, #"\bunless\b"#, #"まで(?!の間|の期間)"#, "期限",
        "期日", "以内",
        "小时内", "天内", "工作日内",
    ]
    /// Words that make a date the one on which a change takes effect. Weaker words ("on", "from",
    /// "will", "until") leave a date merely mentioned: it counts only when nothing better is given.
    static let effectCues = [
        #"\bstarting\b"#, #"on or after"#, #"\b(takes?|will take|comes?|will come) (into )?effect\b"#,
        #"\bbeginning\b"#, #"\bbegins?\b"#, #"\beffective\b"#,
        #"\b(end|ends|ending)[- ](of[- ])?(standard |extended )?support\b"#, #"\bsupport (ends|will end)\b"#,
        #"\bwill end\b"#, #"\bends? on\b"#,
        #"\bend[- ]of[- ]life\b"#, #"\bdeprecat"#,
        #"\bretire"#, #"\bscheduled\b"#, #"\bas of\b"#,
        #"\bwill be (retired|deprecated|removed|discontinued|blocked|disabled|stopped)"#,
        #"\bno longer\b"#, #"\b(can|may|will) be (blocked|suspended|disabled|terminated|deleted|locked)\b"#,
        #"\b(are|is|get|gets) (permanently )?(deleted|removed|disabled|shut down)\b"#, #"\bstops? working\b"#,
        // "service stops on June 25", "sending is suspended on …".
        #"\b(stops?|(is|are|will be) (suspended|stopped|cut off)) (on|from)\b"#,
        "以降", "より", "予定", "終了", "廃止", "適用開始", "開始日", "施行",
        // "11月16日からサービスを一時停止します": from a date on.
        #"日(\s*[(（][^)）]{1,4}[)）])?\s*から"#,
        // German, French and Chinese: "ab 03.01.2029", "gilt ab", "à partir du", "à compter du", "dès le",
        // "起", "生效", "下线", "停服".
        #"\bab (dem )?\d|\bgilt ab\b|\bwirksam\b|à partir d|à compter d|\bdès le\b|entre(ra)? en vigueur"#, "起", "生效",
        // Spanish: "a partir del 01/03/2029", "desde el 2 de marzo", "entrará en vigor".
        #"\ba partir del? \d|\bdesde el \d|\bentrar[áa] en vigor\b|\ba partire dal? \d|\bdal \d|\bem \d{1,2} de\b"#,
        "下线", "停服",
        // The schedule of work ("Start Date: 11-Jun-2028 06:00 UTC", "Window: …", "作業日時 …"), even
        // on the day the notice is sent.
        #"^(scheduled )?(start (date|time)|(maintenance )?window)\s*:"#, "作業日時", "メンテナンス日時", "作業期間",
    ]
    /// "…date:" fields that place what the notice is about: a payment due date, the date a domain or
    /// certificate expires, the date of scheduled work, of a retirement, an end of support or a change.
    static let limitFields = [
        "due date", "expiration date", "expiry date", "scheduled date", "effective date", "retirement date",
        "end of support date", "end-of-support date", "end of life date", "end-of-life date", "eol date",
        "deprecation date", "maintenance date", "migration date", "cutover date", "shutdown date", "removal date",
        "enforcement date", "upgrade date", "change date", "apply-by date", "apply by date", "action-by date",
        "respond-by date", "deadline date", "start date",
    ]

    /// Field lines whose dates record when something happened, not what to do.
    static let ignoredCues = [
        "sent:", "date:", "last updated", "published", "detected at", "detection time", "time detected", "first seen",
        "last seen", "検出日時", "検知日時", "発生日時", "日付:", "日付：",
        // Chinese consoles' records of what was found and done ("处置时间: …").
        "处置时间", "处理时间", "封禁时间", "检测时间", "发现时间", "告警时间", "发生时间",
    ]

    /// The absolute date forms, each with the capture groups that hold year, month and day.
    private enum Form: Sendable {
        /// `January 1, 2027`, `Dec. 1 2026`, `Tuesday, December 15, 2026`: month name, day, year.
        case monthDayYear
        /// `1 December 2026`: day, month name, year.
        case dayMonthYear
        /// `2026-12-15`, `2026/12/15`, `2026年12月1日`: year, month, day.
        case yearMonthDay
        /// `12/15/2026`: month, day, year (the provider writes US dates); `21/05/2027`, whose first
        /// number is no month, is day, month, year.
        case monthSlashDayYear
        /// `24.11.2026`: day, month, year (European providers).
        case dayDotMonthYear
        /// `February 2024` (its first day), `end of March 2021` (its last): optional "end of", month name, year.
        case monthYear
        /// `15 octobre 2028`, `3. Januar 2029`, `1er décembre 2028`: day, French or German month name, year.
        case dayEuropeanMonthYear
    }

    /// French, German, Spanish, Italian and Portuguese month names, by month; German's "29. November 2028" puts a dot after the
    /// day, so the names English shares are here too.
    static let europeanMonths: [(names: [String], month: Int)] = [
        (["janvier", "januar", "jänner", "enero", "gennaio", "janeiro"], 1),
        (["février", "fevrier", "februar", "febrero", "febbraio", "fevereiro"], 2),
        (["mars", "märz", "maerz", "marzo", "março", "marco"], 3), (["avril", "april", "abril", "aprile"], 4),
        (["mai", "mayo", "maggio", "maio"], 5), (["juin", "juni", "junio", "giugno", "junho"], 6),
        (["juillet", "juli", "julio", "luglio", "julho"], 7), (["août", "aout", "august", "agosto"], 8),
        (["septembre", "september", "septiembre", "setiembre", "settembre", "setembro"], 9),
        (["octobre", "oktober", "octubre", "ottobre", "outubro"], 10),
        (["novembre", "november", "noviembre", "novembro"], 11),
        (["décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro"], 12),
    ]

    private static let monthNames =
        "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"

    /// Every absolute form as one alternation; each alternative has three groups, in `forms` order.
    private static let forms: [(pattern: String, form: Form)] = [
        (#"\b"# + monthNames + #"\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"#, .monthDayYear),
        (#"\b(\d{1,2})(?:st|nd|rd|th)?\s+"# + monthNames + #"\.?,?\s+(\d{4})\b"#, .dayMonthYear),
        // "28-Jul-2028", "01-JUN-2028" (maintenance tickets, Oracle and IBM notices).
        (#"\b(\d{1,2})-"# + monthNames + #"-(\d{4})\b"#, .dayMonthYear),
        (#"(?<![\d/-])(\d{4})-(\d{2})-(\d{2})(?![\d])"#, .yearMonthDay),
        (#"(?<![\d/])(\d{4})/(\d{1,2})/(\d{1,2})(?![\d/])"#, .yearMonthDay),
        (#"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])"#, .monthSlashDayYear),
        (#"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)"#, .dayDotMonthYear),
        (#"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"#, .yearMonthDay),
        (#"\b(end of )?"# + monthNames + #"\.?,?\s+(\d{4})\b"#, .monthYear),
        (
            // Spanish puts "de" around the month: "2 de marzo de 2029".
            #"\b(\d{1,2})(?:er)?\.?\s+(?:de\s+)?("# + europeanMonths.flatMap(\.names).joined(separator: "|")
                + #")\s+(?:de\s+|del\s+)?(\d{4})\b"#,
            .dayEuropeanMonthYear
        ),
    ]

    private static let absolute = try! Pattern(forms.map { "(?:\($0.pattern))" }.joined(separator: "|"))

    /// The month-and-day dates without a year that `pattern` finds in `sentence` (its group 1 the month,
    /// read by `month`; group 2 the day), but for those within `span` bytes of an absolute date's start.
    private static func yearless(
        _ pattern: Pattern, in sentence: String, _ bytes: [UInt8], besides absolutes: [Int], span: Int,
        month: (String) -> Int?
    ) -> [(Int, DatedSentence.Value)] {
        pattern.allMatchRanges(in: sentence).compactMap { match in
            let start = match[0]!.lowerBound
            guard !absolutes.contains(where: { $0 <= start && start < $0 + span }),
                let month = match[1].flatMap({ month(String(decoding: bytes[$0], as: UTF8.self)) }),
                let dayOfMonth = match[2].flatMap({ Int(String(decoding: bytes[$0], as: UTF8.self)) }),
                Day.isValid(year: 2000, month: month, day: dayOfMonth)
            else { return nil }
            return (start, .monthDay(month: month, day: dayOfMonth))
        }
    }

    /// An English month and day without a year ("May 31", "Sept. 30th"), not one a year follows.
    static let yearlessEnglish = try! Pattern(
        #"\b"# + monthNames + #"\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)(?!,?\s*\d{4})(?!\s*[:.]\d)"#)

    /// A Japanese month and day without a year ("8月18日"), not the tail of "2027年8月18日".
    static let yearlessJapanese = try! Pattern(#"(?<![年\d/.-])(?<!年 )(\d{1,2})\s*月\s*(\d{1,2})\s*日"#)

    /// The date of `month`/`day` within half a year of `sent`: a notice of December names "1月15日" of
    /// the next year, one of January "12月28日" of the year before.
    static func resolve(month: Int, day: Int, near sent: Day) -> Day? {
        [sent.year - 1, sent.year, sent.year + 1].filter { Day.isValid(year: $0, month: month, day: day) }
            .map { Day(year: $0, month: month, day: day) }
            .first { $0.ordinal >= sent.ordinal - 183 && $0.ordinal < sent.ordinal + 183 }
    }

    /// `text` with every absolute date, and a weekday before it, written `#date`.
    static func maskingDates(_ text: String) -> String {
        guard mayHoldDate(text) else { return text }
        return weekday.replacingMatches(in: absolute.replacingMatches(in: text, with: "#date"), with: "")
    }

    private static let weekday = try! Pattern(#"\b(mon|tues|wednes|thurs|fri|satur|sun)day,?\s*(?=#date)"#)

    static let slashDayFirst = try! Pattern(
        #"(?<![\d/])(1[3-9]|2\d|3[01])/(0?[1-9]|1[0-2])/\d{4}(?![\d/])"#
            // A Spanish, French, German, Italian or Portuguese word ahead of the date: those languages put the
            // day first.
            + #"|\b(el|del|al|desde|hasta|antes del?|a partir del?|le|du|au|jusqu'au|dès le|vom|am|zum|il|dal|entro il|até|em)\s+\d{1,2}/\d{1,2}/\d{4}\b"#
    )

    /// The day `match` names, and whether it is a month without its day ("February 2024": its first day).
    private static func day(_ match: [Range<Int>?], _ text: [UInt8], dayFirst: Bool = false) -> (Day, Bool)? {
        guard
            let index = forms.indices.first(where: { form in
                (1...3).contains { form * 3 + $0 < match.count && match[form * 3 + $0] != nil }
            })
        else {
            return nil
        }
        let base = index * 3
        func group(_ i: Int) -> String { match[base + i].map { String(decoding: text[$0], as: UTF8.self) } ?? "" }
        let year: Int?
        let month: Int?
        let dayOfMonth: Int?
        switch forms[index].form {
        case .monthDayYear: (year, month, dayOfMonth) = (Int(group(3)), monthIndex(group(1)), Int(group(2)))
        case .dayMonthYear: (year, month, dayOfMonth) = (Int(group(3)), monthIndex(group(2)), Int(group(1)))
        case .yearMonthDay: (year, month, dayOfMonth) = (Int(group(1)), Int(group(2)), Int(group(3)))
        case .monthSlashDayYear:
            let (first, second) = (Int(group(1)), Int(group(2)))
            if let first, let second, (first > 12 || dayFirst), second <= 12 {
                // "21/05/2027" cannot name a month first: a European provider's day, month, year.
                (year, month, dayOfMonth) = (Int(group(3)), second, first)
            } else {
                (year, month, dayOfMonth) = (Int(group(3)), first, second)
            }
        case .dayDotMonthYear: (year, month, dayOfMonth) = (Int(group(3)), Int(group(2)), Int(group(1)))
        case .dayEuropeanMonthYear:
            let name = group(2).lowercased()
            (year, month, dayOfMonth) = (
                Int(group(3)), europeanMonths.first { $0.names.contains(name) }?.month, Int(group(1))
            )
        case .monthYear:
            (year, month) = (Int(group(3)), monthIndex(group(2)))
            if let year, let month {
                dayOfMonth = group(1).isEmpty ? 1 : Day.daysIn(month: month, year: year)
            } else {
                dayOfMonth = nil
            }
        }
        guard let year, let month, let dayOfMonth, Day.isValid(year: year, month: month, day: dayOfMonth) else {
            return nil
        }
        return (Day(year: year, month: month, day: dayOfMonth), forms[index].form == .monthYear && group(1).isEmpty)
    }

    private static let relative = try! Pattern(
        #"(?:within|in|next|have|has|giv(?:e|es|ing|en) you|given|allow(?:s|ing)? you)\s+(\d{1,3}|one|two|three|four|five|six|seven|ten|fourteen|thirty|sixty|ninety|twenty-four|forty-eight|seventy-two)(?:\s*\(\d{1,3}\))?\s+(business days?|working days?|calendar days?|days?|hours?|weeks?)|(\d{1,3})\s*(時間|日|営業日|週間)\s*以内|\b(\d{1,3}|one|two|three|five|seven|ten|fourteen|thirty|sixty|ninety|twenty-four|forty-eight|seventy-two)\s+(business days?|days?|hours?|weeks?)\s+(?:after|from|of) (?:this|the date of this|receipt|receiving|the time)"#
            // Chinese: "二十四小时内", "3个工作日内", "7天内".
            + #"|(\d{1,3}|[一二三四五六七八九十]{1,3})\s*(个?小时|个?工作日|天)\s*(?:之)?[内后]"#
    )

    /// A span of time from the message's date: `within 24 hours`, `in 5 business days`, `30日以内`, `2週間以内`.
    struct RelativeSpan {
        enum Unit { case days, hours, weeks, businessDays }
        var amount: Int
        var unit: Unit

        func resolve(from sent: Day) -> Day {
            switch unit {
            case .hours: return sent.adding(days: Int((Double(amount) / 24).rounded(.up)))
            case .weeks: return sent.adding(days: amount * 7)
            case .days: return sent.adding(days: amount)
            case .businessDays:
                var day = sent
                var left = amount
                while left > 0 {
                    day = day.adding(days: 1)
                    let weekday = (day.ordinal + 4) % 7  // 0 = Sunday; 1970-01-01 was a Thursday
                    if weekday != 0 && weekday != 6 { left -= 1 }
                }
                return day
            }
        }
    }

    /// A Chinese numeral up to 99 ("二十四" 24, "十五" 15, "七" 7), or nil.
    static func chineseNumber(_ text: String) -> Int? {
        let digits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        let chars = Array(text)
        guard !chars.isEmpty else { return nil }
        if let ten = chars.firstIndex(of: "十") {
            let tens = ten == 0 ? 1 : (chars.count > 1 && ten == 1 ? digits[chars[0]] : nil)
            let ones = ten == chars.count - 1 ? 0 : (ten == chars.count - 2 ? digits[chars[ten + 1]] : nil)
            guard let tens, let ones else { return nil }
            return tens * 10 + ones
        }
        return chars.count == 1 ? digits[chars[0]] : nil
    }

    private static func relativeSpan(_ m: [Range<Int>?], _ s: [UInt8]) -> RelativeSpan? {
        func group(_ i: Int) -> String? { i < m.count ? m[i].map { String(decoding: s[$0], as: UTF8.self) } : nil }
        let words = [
            "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10, "fourteen": 14,
            "thirty": 30, "sixty": 60, "ninety": 90, "twenty-four": 24, "forty-eight": 48, "seventy-two": 72,
        ]
        var amountText: String
        var unit: String
        if let amount = group(1), let span = group(2) {
            amountText = amount.lowercased()
            unit = span.lowercased()
        } else if let amount = group(5), let span = group(6) {
            // "72 hours after this message was sent"
            amountText = amount.lowercased()
            unit = span.lowercased()
        } else if let amount = group(7), let span = group(8) {
            amountText = chineseNumber(amount).map(String.init) ?? amount
            unit = span.hasSuffix("小时") ? "時間" : span.hasSuffix("工作日") ? "営業日" : "日"
        } else {
            amountText = group(3) ?? ""
            unit = group(4) ?? ""
        }
        guard let amount = Int(amountText) ?? words[amountText] else { return nil }
        if unit.hasPrefix("hour") || unit == "時間" { return RelativeSpan(amount: amount, unit: .hours) }
        if unit.hasPrefix("week") || unit == "週間" { return RelativeSpan(amount: amount, unit: .weeks) }
        if unit.hasPrefix("business") || unit.hasPrefix("working") || unit == "営業日" {
            return RelativeSpan(amount: amount, unit: .businessDays)
        }
        return RelativeSpan(amount: amount, unit: .days)
    }
}
