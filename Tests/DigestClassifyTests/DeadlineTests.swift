import DigestModel
import Foundation
import Testing

@testable import DigestClassify

struct DeadlineTests {
    static let sent = ISO8601DateFormatter().date(from: "2026-11-03T10:00:00Z")!

    static let forms: [(String, String)] = [
        ("Please update your instances by January 1, 2027.", "2027-01-01"),
        ("Rotate the certificate before Dec 1, 2026.", "2026-12-01"),
        ("You must migrate no later than 2026-12-15.", "2026-12-15"),
        ("Complete the upgrade by 12/15/2026.", "2026-12-15"),
        // A first number that is no month: day, month, year, as European providers write.
        ("The technician replaces the disk on 21/12/2026 between 16:00 and 18:00.", "2026-12-21"),
        // A "…date:" field that names an event places it; "Invoice date:" would only record one.
        ("Retirement date:    2026-12-14 05:00 UTC", "2026-12-14"),
        // Weeks in Japanese: two weeks from the message's date.
        ("2週間以内にドメイン情報の認証を行ってください。", "2026-11-17"),
        ("End-of-support date: 2027-01-31", "2027-01-31"),
        ("2026年12月1日までに証明書を更新してください。", "2026-12-01"),
        ("Starting Tuesday, December 15, 2026, the old endpoint stops answering.", "2026-12-15"),
        ("The change takes effect on 1 December 2026.", "2026-12-01"),
        ("The maintenance window begins December 1, 2026, 17:00 UTC.", "2026-12-01"),
        ("2027年1月31日 (日) 以降、作成できなくなります。", "2027-01-31"),
    ]

    @Test(arguments: forms)
    func absoluteDateForms(sentence: String, expected: String) {
        let dates = DeadlineExtractor.dates(in: sentence, sent: Self.sent)
        #expect(DeadlineExtractor.deadline(from: dates, sent: Self.sent)?.date.description == expected)
    }

    /// "Before" with a bracket after it is the adverb ("an address not used before (November 3, …)"):
    /// the date in the bracket records when something happened, and the reply asked for decides.
    @Test func beforeAheadOfABracketIsTheAdverb() {
        let text = """
            - A sign-in from an address that had not been used with this account before (November 3, 2026, 08:12 UTC)

            If we do not hear from you within 5 days, we may suspend the account.
            """
        let dates = DeadlineExtractor.dates(in: text, sent: Self.sent)
        #expect(DeadlineExtractor.deadline(from: dates, sent: Self.sent)?.date.description == "2026-11-08")
    }

    @Test func relativeDeadlineResolvesFromMessageDate() {
        let dates = DeadlineExtractor.dates(in: "Please reply within 24 hours.", sent: Self.sent)
        #expect(DeadlineExtractor.deadline(from: dates, sent: Self.sent)?.date.description == "2026-11-04")
        let business = DeadlineExtractor.dates(in: "Respond within 5 business days.", sent: Self.sent)
        // 2026-11-03 is a Tuesday: Wed, Thu, Fri, Mon, Tue.
        #expect(DeadlineExtractor.deadline(from: business, sent: Self.sent)?.date.description == "2026-11-10")
    }

    @Test func aParagraphReadBeforeResolvesAgainstEachMessagesOwnDate() {
        // Workers remember paragraphs they have read; a relative span must still count from the
        // date of the message at hand, not from the first message that held the paragraph.
        let text = "We have received an abuse report. Please reply within 24 hours.\n\nThank you."
        let later = Self.sent.addingTimeInterval(6 * 86400)
        for _ in 0..<2 {
            let first = DeadlineExtractor.dates(in: text, sent: Self.sent)
            let second = DeadlineExtractor.dates(in: text, sent: later)
            #expect(DeadlineExtractor.deadline(from: first, sent: Self.sent)?.date.description == "2026-11-04")
            #expect(DeadlineExtractor.deadline(from: second, sent: later)?.date.description == "2026-11-10")
            #expect(first.map(\.evidence) == ["Please reply within 24 hours."])
        }
    }

    @Test func datesReadFromMemoryEqualDatesReadAfresh() {
        let text = """
            Hello,

            End of support for the Python 3.9 runtime begins on December 15, 2026.
            Starting January 15, 2027, you can no longer create functions that use it.

            Start time: November 2, 2026
            - Please apply the update before November 20, 2026.
            """
        let fresh = DeadlineExtractor.sentences(text).filter { DeadlineExtractor.mayHoldDate($0) }
        let remembered = DeadlineExtractor.dates(in: text, sent: Self.sent)
        #expect(DeadlineExtractor.dates(in: text, sent: Self.sent) == remembered)
        #expect(Set(remembered.map(\.evidence)) == Set(fresh))
        #expect(remembered.map(\.date.description) == ["2026-12-15", "2027-01-15", "2026-11-02", "2026-11-20"])
        #expect(remembered.map(\.kind) == [.effective, .effective, .mentioned, .actBy])
    }

    @Test func sentencesSplitAfterStopsButNotAfterAbbreviations() {
        let parts = DeadlineExtractor.split("Rotate by Dec. 1, 2026. Thank you! Any questions? 詳細はこちら。次へ")
        #expect(parts == ["Rotate by Dec. 1, 2026.", "Thank you!", "Any questions?", "詳細はこちら。", "次へ"])
    }

    @Test func earliestFutureDateOfATimelineWins() {
        let text = """
            Python 3.8 reached end of life on October 14, 2024.
            End of support for the Python 3.9 runtime begins on December 15, 2026.
            Starting January 15, 2027, you can no longer create functions that use it.
            Starting February 15, 2027, you can no longer update them.
            """
        let dates = DeadlineExtractor.dates(in: text, sent: Self.sent)
        #expect(dates.count == 4)
        #expect(DeadlineExtractor.deadline(from: dates, sent: Self.sent)?.date.description == "2026-12-15")
    }

    @Test func startTimeOfAnEventIsNotTheDeadline() {
        let text = """
            Start time: November 2, 2026
            Please apply the update before November 20, 2026.
            """
        let dates = DeadlineExtractor.dates(in: text, sent: Self.sent)
        #expect(DeadlineExtractor.deadline(from: dates, sent: Self.sent)?.date.description == "2026-11-20")
    }

    @Test func evidenceIsTheWholeSentenceAcrossWrappedLines() {
        let text =
            "To avoid interrupted connections, rotate the CA of these DB\ninstances before December 1, 2026. Thank you."
        let deadline = DeadlineExtractor.deadline(
            from: DeadlineExtractor.dates(in: text, sent: Self.sent), sent: Self.sent)
        #expect(
            deadline?.evidence
                == "To avoid interrupted connections, rotate the CA of these DB instances before December 1, 2026.")
    }

    @Test func impossibleDatesAreIgnored() {
        #expect(DeadlineExtractor.dates(in: "by February 30, 2027", sent: Self.sent).isEmpty)
    }
}
