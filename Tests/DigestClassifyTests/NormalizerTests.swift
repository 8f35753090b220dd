import Testing

@testable import DigestClassify

struct NormalizerTests {
    @Test func fullWidthBracketsAndCaseFoldTogether() {
        #expect(SubjectNormalizer.normalize("【要対応】Amazon RDS").text == "[要対応]amazon rds")
        #expect(SubjectNormalizer.normalize("［ACTION REQUIRED］ Ｘ").text == "[action required] x")
    }

    @Test func dashesBecomeHyphens() {
        #expect(SubjectNormalizer.normalize("[Action Needed] – Update").text == "[action needed] - update")
        #expect(SubjectNormalizer.normalize("A — B ― C").text == "a - b - c")
    }

    @Test func prefixesAndAccountSuffixAreRemoved() {
        #expect(SubjectNormalizer.normalize("Fwd: RE: Hello").text == "hello")
        #expect(SubjectNormalizer.normalize("転送: こんにちは").text == "こんにちは")
        #expect(
            SubjectNormalizer.normalize("AWS RoboMaker End of Life Support Notice [AWS Account: 123456789012]").text
                == "aws robomaker end of life support notice")
        // Japanese and short forms of the suffix, full-width brackets and colon included.
        #expect(SubjectNormalizer.normalize("請求書が利用可能になりました [アカウント: 123456789012]").text == "請求書が利用可能になりました")
        #expect(SubjectNormalizer.normalize("サポート終了のお知らせ ［AWS アカウント：123456789012］").text == "サポート終了のお知らせ")
        #expect(
            SubjectNormalizer.normalize("Billing Statement Available [Account: 123456789012]").text
                == "billing statement available")
    }

    @Test func whitespaceIsCollapsed() {
        #expect(SubjectNormalizer.normalize("  a \t  b\n c  ").text == "a b c")
    }

    @Test func reminderMarkerIsSeparatedFromTopic() {
        let result = SubjectNormalizer.normalize("Reminder: [Action Required] Amazon RDS")
        #expect(result.reminder)
        #expect(result.topic == "[action required] amazon rds")
        #expect(!SubjectNormalizer.normalize("Amazon RDS reminder settings").reminder)
    }
}
