import Testing

@testable import DigestMIME

/// Display names in From/To are RFC 2047 text too; they must decode as fully as the Subject.
struct AddressDecodingTests {
    @Test func encodedFromNameIsDecoded() throws {
        let content = try #require(
            try parseText(
                """
                From: =?UTF-8?B?44Ki44Oe44K+44Oz?= <no-reply-aws@amazon.com>
                Subject: x
                Date: Mon, 2 Nov 2026 18:04:11 +0000

                body

                """))
        #expect(content.from == MailAddress(name: "アマゾン", address: "no-reply-aws@amazon.com"))
    }

    /// The same padded-B-word case as the Subject fixture (GMime 3.2.13 drops the second word,
    /// jstedfast/gmime#133), in a From display name: "Amazon Web " then "サービス".
    @Test func fromNameWithPaddedBWordFollowedByAnotherWordDecodesFully() throws {
        let content = try #require(
            try parseText(
                """
                From: =?UTF-8?B?QW1hem9uIFdlYiA=?= =?UTF-8?B?44K144O844OT44K5?= <no-reply-aws@amazon.com>
                To: =?UTF-8?B?Q2xvdWQg?= =?UTF-8?B?T3Bz?= <cloud-ops@example.com>
                Subject: x
                Date: Mon, 2 Nov 2026 18:04:11 +0000

                body

                """))
        #expect(content.from == MailAddress(name: "Amazon Web サービス", address: "no-reply-aws@amazon.com"))
        #expect(content.to == [MailAddress(name: "Cloud Ops", address: "cloud-ops@example.com")])
    }

    /// A decoded name may hold a comma or quotes: it must stay one name of one address.
    @Test func decodedNameWithCommaAndQuotesStaysOneAddress() throws {
        let content = try #require(
            try parseText(
                """
                From: =?UTF-8?Q?Amazon_Web_Services=2C_Inc=2E_=22AWS=22?= <no-reply-aws@amazon.com>
                To: =?UTF-8?B?QSwgQg==?= <a@example.com>, "=?UTF-8?Q?C=2C_D?=" <c@example.com>
                Subject: x
                Date: Mon, 2 Nov 2026 18:04:11 +0000

                body

                """))
        #expect(
            content.from == MailAddress(name: "Amazon Web Services, Inc. \"AWS\"", address: "no-reply-aws@amazon.com"))
        #expect(
            content.to == [
                MailAddress(name: "A, B", address: "a@example.com"),
                MailAddress(name: "C, D", address: "c@example.com"),
            ])
    }
}
