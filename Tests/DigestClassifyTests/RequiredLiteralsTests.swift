import Testing

@testable import DigestClassify

/// The pre-check derived from a pattern: every literal it demands must truly be demanded, and the
/// reader must give up rather than guess on what it does not understand.
struct RequiredLiteralsTests {
    static func strings(_ source: String) -> [String]? {
        RequiredLiterals.of(source)?.map { String(decoding: $0.bytes, as: UTF8.self) }.sorted()
    }

    @Test(arguments: [
        (#"\babuse report\b"#, ["abuse report"]),
        // Of the items every match holds, the one whose shortest literal is longest.
        (#"\b(bounce|complaint) rate\b.{0,200}\b(probation|paus|suspend)"#, ["bounce", "complaint"]),
        (#"\bunauthori[sz]ed (usage|use)"#, ["unauthori"]),
        (#"(?:\bcve-\d{4})|(?:\bsecurity hub findings\b)"#, ["cve-", "security hub findings"]),
        (#"\bSending Paused\b"#, ["sending paused"]),
        (#"access keys?"#, ["access key"]),
        (#"aa+bb"#, ["aa"]),  // "a+" ends the run: "aaab" holds "aa" but not "aab…" in one piece
        ("(不正アクセス|侵害され)", ["不正アクセス", "侵害され"]),
        (
            #"\b(your|the)\b(?<!if your) (account|credentials?)\b.{0,60}\b(compromised|exposed)\b"#,
            ["account", "credential"]
        ),
    ])
    func demandedLiteralsAreFound(pattern: String, expected: [String]) {
        #expect(Self.strings(pattern) == expected.sorted(), "\(pattern)")
    }

    @Test(arguments: [
        #"\d{4}-\d{2}"#,  // only classes
        #"(abuse)?report|x"#,  // a branch that demands nothing in particular ("x" is one letter, kept)
        #"(abuse|)"#,  // an empty branch
        #"[abc]+"#,
        #"(?=abuse)"#,  // a lookahead demands nothing of the match
        "ÉTÉ",  // a cased letter outside ASCII: lower-casing ASCII alone cannot fold it
    ])
    func uncertainPatternsHaveNoPreCheckOrOnlyTrueOnes(pattern: String) throws {
        guard let literals = Self.strings(pattern) else { return }
        // Whatever is kept must be demanded: check it against matches the pattern accepts.
        let samples = ["abusereport", "x", "abc", "1234-56", "été"]
        let regex = try Pattern(pattern)
        for sample in samples where regex.matches(sample) {
            let lowered = RequiredLiterals.lowercasedASCII(sample.utf8)
            #expect(
                RequiredLiterals.present(literals.map { ByteSearch.Needle(Array($0.utf8)) }, in: lowered),
                "\(pattern) on \(sample)")
        }
    }

    @Test func everyDefaultBodyRuleKeepsItsMatchesWithThePreCheck() throws {
        // Each default body pattern, on a paragraph it matches, still matches with the pre-check.
        let rules = try RuleSet.defaults()
        let samples = [
            "We have received a report that your instance was used for scanning other hosts.",
            "Your access key AKIAEXAMPLE has been exposed publicly on GitHub.",
            "We have detected suspicious activity and restricted your ability to use the service to secure it.",
            "Your bounce rate is 12% and sending has been placed under review until you fix it.",
            "You must upgrade your clusters before the end of support.",
            "No action is required on your part.",
        ]
        for rule in rules.rules {
            for pattern in rule.body {
                for sample in samples where pattern.matches(sample) {
                    let paragraphs = MessageText(sample)
                    #expect(paragraphs.matches(pattern), "\(rule.id) /\(pattern.source)/ on “\(sample)”")
                }
            }
        }
    }
}

/// The text layer: one reading of a body serves every reader, and what a thread remembers of a
/// paragraph never changes an answer.
struct MessageTextTests {
    @Test func rememberedAnswersEqualFreshOnes() throws {
        let pattern = try Pattern(#"\bsending (has been )?paused\b"#)
        let other = try Pattern(#"\bprobation\b"#)
        let body = "Hello,\n\nYour sending has been paused in eu-west-1.\n\nAccount: 111122223333\n"
        #expect(MessageText(body).matches(pattern))
        // A second message with the same paragraph, read after the first: same answers, for either pattern.
        let second = MessageText(body.replacingOccurrences(of: "111122223333", with: "444455556666"))
        #expect(second.matches(pattern))
        #expect(!second.matches(other))
    }

    @Test func aPatternHoldsWithinOneParagraphOnly() throws {
        let pattern = try Pattern(#"\bsuspended\b.{0,40}\babuse\b"#)
        #expect(MessageText("Your server was suspended for abuse.").matches(pattern))
        #expect(!MessageText("Your server was suspended.\n\nReport abuse at the address below.").matches(pattern))
    }

    @Test func rulesReadAForwardedOriginalBeyondALongText() throws {
        let pattern = try Pattern(#"\bis compromised\b"#)
        let long = String(repeating: "A line of a colleague's long note.\n\n", count: 400)
        #expect(MessageText(long, carried: "Your account is compromised.").matches(pattern))
        #expect(!MessageText(long + "Your account is compromised.").matches(pattern))
    }
}

/// A rule's condition as a set of patterns, each with its own pre-check, answers as one alternation
/// of them would.
struct PatternSetTests {
    @Test func aSetAnswersAsItsAlternationOnEveryParagraph() throws {
        let rules = try RuleSet.defaults()
        let texts = [
            "We have received a report that your instance was used for scanning other hosts.",
            "Your access key AKIAEXAMPLE has been exposed publicly on GitHub.",
            "お客様のアカウントで不審なアクティビティを検出しました。",
            "Sending has been paused for your account in eu-west-1 until the bounce rate falls.",
            "You must upgrade your clusters before the end of standard support on March 31, 2027.",
            "No action is required on your part. This is a newsletter about best practices.",
            "Your server was disconnected from the network because it sent a flood of packets.",
        ]
        var held = 0
        for rule in rules.rules {
            for patterns in [rule.body, rule.subject, rule.unless] where patterns.count > 1 {
                let set = try #require(PatternSet(patterns))
                let alternation = try Pattern(patterns.map { "(?:\($0.source))" }.joined(separator: "|"))
                for text in texts {
                    let expected = alternation.matches(text)
                    held += expected ? 1 : 0
                    #expect(MessageText(text).matches(set) == expected, "\(rule.id) on “\(text)”")
                    let lowered = RequiredLiterals.lowercasedASCII(text.utf8)
                    #expect(set.matches(text, lowered: lowered) == expected, "\(rule.id) on “\(text)”")
                }
            }
        }
        // The texts are chosen so that the comparison covers sets that hold, not only sets that fail.
        #expect(held >= 7)
    }

    @Test func patternsWithoutALiteralStillRun() throws {
        // "[0-9]+ ?[a-z]" has no literal every match holds: it runs without a pre-check.
        let set = try #require(PatternSet([try Pattern(#"\bzebra\b"#), try Pattern(#"[0-9]+ ?[a-z]"#)]))
        #expect(set.unchecked != nil)
        #expect(MessageText("Reply within 5 days.").matches(set))
        #expect(!MessageText("Reply soon, 5.").matches(set))
    }

    @Test func bytePairsRuleOutOnlyWhatIsAbsent() {
        let text = Array("the access key was exposed".utf8)
        let pairs = ByteSearch.PairSet(text)
        for word in ["access key", "exposed", "the", "was ex"] {
            #expect(pairs.mayContain(ByteSearch.Needle(Array(word.utf8))))
        }
        #expect(!pairs.mayContain(ByteSearch.Needle(Array("abuse".utf8))))
    }
}
