import Testing

@testable import DigestMIME

private func decode(_ header: String) -> String {
    EncodedWords.decode(Array(header.utf8))
}

struct EncodedWordsTests {
    @Test func paddedBWordFollowedByAnotherWordDecodesFully() {
        let header = "=?UTF-8?B?W0FjdGlvbiBSZXF1aXJlZF0gQW1hem9uIFJEUyA=?= =?UTF-8?B?6Ki85piO5pu444Gu5pu05paw?="
        #expect(EncodedWords.decode(Array(header.utf8)) == "[Action Required] Amazon RDS 証明書の更新")
    }

    @Test func qWordUnderscoresAndHexEscapesAreDecoded() {
        #expect(decode("=?UTF-8?Q?[Action_Needed]_=E2=80=93_Update?=") == "[Action Needed] – Update")
    }

    @Test func foldedQWordsJoinWithoutAddingOrLosingSpaces() {
        let header = "=?UTF-8?Q?Update_Firewall_settings_?=\r\n =?UTF-8?Q?to_allow_access?=\n\t=?UTF-8?Q?_now?="
        #expect(decode(header) == "Update Firewall settings to allow access now")
    }

    @Test func whitespaceBetweenEncodedWordsIsDropped() {
        #expect(decode("=?UTF-8?Q?ab?= =?UTF-8?Q?cd?=") == "abcd")
        #expect(decode("=?UTF-8?Q?ab?=  \t =?UTF-8?B?Y2Q=?=") == "abcd")
    }

    @Test func whitespaceBetweenEncodedWordAndPlainTextIsKept() {
        #expect(decode("=?UTF-8?Q?caf=C3=A9?= au lait") == "café au lait")
        #expect(decode("Re: =?UTF-8?Q?caf=C3=A9?=") == "Re: café")
        #expect(decode("Before =?UTF-8?Q?mid?= after") == "Before mid after")
    }

    @Test func plainFoldedHeaderIsUnfoldedKeepingTheFoldSpace() {
        #expect(
            decode("Amazon EC2 maintenance in us-west-2\r\n during the week")
                == "Amazon EC2 maintenance in us-west-2 during the week")
    }

    @Test func unknownCharsetFallsBackWithoutLosingText() {
        #expect(decode("=?x-no-such-charset?Q?Hello_World?=") == "Hello World")
        // Bytes that are valid UTF-8 are read as UTF-8 …
        #expect(decode("=?x-no-such-charset?Q?caf=C3=A9?=") == "café")
        // … and 8-bit bytes that are not are read as Windows-1252.
        #expect(decode("=?x-no-such-charset?Q?caf=E9?=") == "café")
        #expect(decode("Tag: =?x-no-such-charset?B?YWJj?= end") == "Tag: abc end")
    }

    @Test(arguments: [
        "Price =? not an encoded word",
        "=?UTF-8?B?unterminated",
        "=?UTF-8?X?unknown-encoding?=",
        "=??Q?no-charset?=",
        "=?UTF-8?Q?space inside?=",
        "a = b ? c",
        "=?",
    ])
    func malformedEncodedWordTextIsLeftAsIs(_ header: String) {
        #expect(decode(header) == header)
    }

    @Test func multiByteCharacterSplitAcrossTwoBWordsJoins() {
        // 証 is E8 A8 BC: the first word carries E8 A8, the second BC.
        #expect(decode("=?UTF-8?B?6Kg=?= =?UTF-8?B?vA==?=") == "証")
        #expect(decode("=?UTF-8?B?W+iovA==?= =?UTF-8?B?6Kg=?=\r\n =?UTF-8?B?vF0=?=") == "[証証]")
    }

    @Test func multiByteCharacterSplitAcrossTwoQWordsJoins() {
        #expect(decode("=?UTF-8?Q?=E8=A8?= =?UTF-8?Q?=BC?=") == "証")
    }

    @Test func adjacentWordsInDifferentCharsetsAreEachConverted() {
        #expect(decode("=?ISO-8859-1?Q?caf=E9?= =?UTF-8?Q?_=E2=80=93?=") == "café –")
    }

    @Test func encodingLetterAndCharsetAreCaseInsensitive() {
        #expect(decode("=?utf-8?q?a_b?=") == "a b")
        #expect(decode("=?Utf-8?b?Y2Q=?=") == "cd")
    }

    @Test func rfc2231LanguageSuffixIsIgnored() {
        #expect(decode("=?UTF-8*en?Q?Hello?=") == "Hello")
    }

    @Test func iso2022JPWordsAreConverted() {
        let header = """
            =?ISO-2022-JP?B?GyRCIVpNV0JQMX4hWxsoQkFtYXpvbiBSRFMg?=
             =?ISO-2022-JP?B?GyRCPlpMQD1xJE45OT83GyhCICgyMDI2GyRCRy8bKEIxMhskQjduGyhC?=
             =?ISO-2022-JP?B?MRskQkZ8JF4kRxsoQik=?=
            """
        #expect(decode(header) == "【要対応】Amazon RDS 証明書の更新 (2026年12月1日まで)")
    }

    @Test func raw8BitUTF8HeaderIsKept() {
        #expect(decode("  証明書の更新  ") == "証明書の更新")
    }
}

struct Base64Tests {
    @Test func decodesWithAndWithoutPadding() {
        #expect(Base64.decode(Array("Y2Q=".utf8)) == Array("cd".utf8))
        #expect(Base64.decode(Array("Y2Q".utf8)) == Array("cd".utf8))
        #expect(Base64.decode(Array("YWJj".utf8)) == Array("abc".utf8))
    }

    @Test func skipsCharactersOutsideTheAlphabet() {
        #expect(Base64.decode(Array("YW\r\nJj".utf8)) == Array("abc".utf8))
    }
}

struct TranscoderTests {
    @Test func latin1BytesBecomeUTF8() {
        #expect(Transcoder.string(from: [0x63, 0x61, 0x66, 0xE9], charset: "ISO-8859-1") == "café")
    }

    @Test func shiftJISBytesBecomeUTF8() {
        // 証明 in Shift_JIS.
        #expect(Transcoder.string(from: [0x8F, 0xD8, 0x96, 0xBE], charset: "Shift_JIS") == "証明")
    }

    @Test func invalidUTF8FallsBackToWindows1252() {
        #expect(Transcoder.string(from: [0x93, 0x61, 0x94], charset: "utf-8") == "“a”")
    }
}
