import DigestModel
import Foundation

/// Decides whether a notice really comes from the provider.
///
/// `verified`: the sender's domain is one the provider sends from and no receiving-server verdict
/// (DKIM, SPF, DMARC in `Authentication-Results`) failed. `suspicious`: a verdict failed, or the
/// message claims to be the provider while its sender is elsewhere. Otherwise `unverified`.
enum SenderTrust {
    /// The trust verdict, its reason, and the provider the message is from or claims to be from.
    struct Verdict {
        var trust: Trust
        var reason: String
        var provider: String
        /// The name to show for a sender none of the registry's providers is (``other``): its domain.
        var providerName: String? = nil
    }

    /// The provider id of a message from a sender that is none of the registry's and names none of
    /// them: a software service, a reseller, a colleague. Rules may name it in `provider`.
    static let other = Group.otherProvider

    static func verdict(_ message: Message, carried: EmbeddedMessage? = nil, rules: RuleSet) -> Verdict {
        let domain = message.from?.domain ?? ""
        let sending = provider(sending: domain, rules)
        // A notice forwarded by a colleague: the original's sender is what counts, and a copy cannot
        // be verified (its authentication results are not the original's).
        if let carried, let original = carried.from, sending == nil {
            let originalDomain = original.domain
            if let origin = provider(sending: originalDomain, rules) {
                return Verdict(
                    trust: .unverified,
                    reason:
                        "forwarded by \(message.from?.address ?? "someone"); the original is from \(original.address), which a forwarded copy cannot prove",
                    provider: origin.id)
            }
            if let (claimed, hit) = claim(in: original.name + "\n" + carried.subject, rules) {
                return Verdict(
                    trust: .suspicious,
                    reason:
                        "forwarded original claims to be \(claimed.name) (\"\(hit)\") but comes from \(originalDomain)",
                    provider: claimed.id)
            }
            return Verdict(
                trust: .unverified,
                reason: "forwarded by \(message.from?.address ?? "someone"); the original is from \(original.address)",
                named: named(in: message, sender: originalDomain, rules))
        }
        let failed = failedVerdicts(message.authenticationResults)
        if let sending {
            if let failed {
                return Verdict(
                    trust: .suspicious,
                    reason: "sender domain \(domain) is \(sending.name)'s, but the receiving server reports \(failed)",
                    provider: sending.id)
            }
            if let link = lookAlikeLink(message.text, rules) {
                return Verdict(
                    trust: .suspicious,
                    reason: "sender domain \(domain) is \(sending.name)'s, but the message links to \(link)",
                    provider: sending.id)
            }
            if let (relay, hit) = relayedLure(message, rules) {
                return Verdict(
                    trust: .suspicious,
                    reason:
                        "sender domain \(domain) is \(sending.name)'s, but it relays what someone else wrote (\(relay)), which asks the reader to \"\(hit)\"",
                    provider: sending.id)
            }
            let passed =
                message.authenticationResults.isEmpty
                ? "no Authentication-Results header" : signature(message.authenticationResults, sending)
            return Verdict(
                trust: .verified, reason: "sender domain \(domain) is one \(sending.name) sends from; \(passed)",
                provider: sending.id)
        }
        // Impersonation: the sender's name or address claims to be a provider, or the message
        // sends the reader to a host that looks like a provider's. Merely naming the provider in
        // the text (a partner relaying a notice) is not impersonation.
        let sender = domain.isEmpty ? "no sender address" : "sender domain \(domain)"
        if !isNonDeliveryReport(message),
            let (claimed, hit) = claim(in: (message.from?.name ?? "") + "\n" + (message.from?.address ?? ""), rules)
        {
            return Verdict(
                trust: .suspicious,
                reason: "the sender calls itself \(claimed.name) (\"\(hit)\") but \(sender) is not one it sends from",
                provider: claimed.id)
        }
        let provider = named(in: message, sender: domain, rules)
        if let link = lookAlikeLink(message.text, rules) {
            return Verdict(
                trust: .suspicious,
                reason: "\(sender) is no provider's, and the message links to a look-alike host, \(link)",
                named: provider)
        }
        let request = deobfuscated(message.subject + "\n" + String(message.text.prefix(3000)))
        if let hit = rules.phishingCues.lazy.compactMap({ $0.firstMatch(in: request) }).first {
            return Verdict(
                trust: .suspicious, reason: "\(sender) is no provider's, and the message asks the reader to \"\(hit)\"",
                named: provider)
        }
        if let (signer, line, host) = signedAsProvider(message, rules) {
            return Verdict(
                trust: .suspicious,
                reason:
                    "the message signs as \(signer.name) (\"\(line)\") but \(sender) is not one it sends from, and it links to \(host), none of \(signer.name)'s hosts",
                provider: signer.id)
        }
        let lure =
            lureHost(message.text, rules).map { "the message links to \($0)" }
            ?? (isLureName(domain) ? "its own name" : nil)
        if let lure, let hit = relayLure.firstMatch(in: request) ?? pressure.firstMatch(in: request) {
            return Verdict(
                trust: .suspicious,
                reason:
                    "\(sender) is no provider's, \(lure) is named like a sign-in or billing page, and it presses: \"\(hit)\"",
                named: provider)
        }
        if let failed {
            return Verdict(trust: .unverified, reason: "receiving server reports \(failed)", named: provider)
        }
        return Verdict(
            trust: .unverified,
            reason: domain.isEmpty ? "no sender address" : "sender domain \(domain) is no provider's",
            named: provider)
    }

    /// A provider's own mail that carries text anyone can write: a GitHub notification of an issue
    /// or a comment, an Azure Monitor alert rule's name and description, an SNS topic's name in a
    /// subscription confirmation. Phishers put their lure there and the provider delivers it; when
    /// that text asks what phishing asks (verify the account, call a number about a charge), the
    /// notice is not the provider's. Returns what relays it and what it asks.
    static func relayedLure(_ message: Message, _ rules: RuleSet) -> (String, String)? {
        // Every provider-sent message passes here: the words each relay form needs are looked for
        // in the bytes first (a superset of the opening), before any string is built or matched.
        let head =
            RequiredLiterals.lowercasedASCII(message.subject.utf8)
            + RequiredLiterals.lowercasedASCII(message.text.utf8.prefix(2400))
        guard relayWords.contains(where: { ByteSearch.contains(head, $0) }) else { return nil }
        let opening = message.subject + "\n" + String(message.text.prefix(600))
        guard let relay = relayForms.first(where: { $0.pattern.matches(opening) })?.kind else { return nil }
        let request = deobfuscated(message.subject + "\n" + String(message.text.prefix(3000)))
        guard
            let hit = relayLure.firstMatch(in: request)
                ?? rules.phishingCues.lazy.compactMap({ $0.firstMatch(in: request) }).first
        else { return nil }
        // The words as one line, however the relayed text wrapped them.
        return (relay, hit.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }

    /// One of these is in every match of `relayForms`.
    static let relayWords = ["#", "opened", "commented", "mentioned", "started", "alert", "topic", "invited"]

    static let relayForms: [(kind: String, pattern: Pattern)] = [
        (
            "an issue, pull request or comment",
            try! Pattern(
                #"\(((issue|pr|pull request|discussion) )?#\d+\)\s*(\n|$)|(^|\n)\S+ (opened an issue|opened a pull request|commented on|started a discussion|mentioned you) in\b"#
            )
        ),
        (
            "an alert rule's name and description",
            try! Pattern(
                #"\balert rule description\b|\bazure monitor alert\b|\balert rule\b[^\n]{0,80}\b(was )?(activated|triggered|fired)\b"#
            )
        ),
        ("a topic's name", try! Pattern(#"\byou have chosen to subscribe to the topic\b"#)),
        // An invitation to join an account, which carries the name its inviter gave that account.
        (
            "an account's name in an invitation",
            try! Pattern(#"\byou (have been|were|are) invited (by \S+ )?to join\b"#)
        ),
    ]

    /// What a lure asks or claims: to prove the account is the reader's, to call a number about a
    /// charge, to install an "emergency" build; or it signs as the provider's own team (the provider
    /// never writes in an issue), or mentions dozens of strangers at once ("and 240 others").
    static let relayLure = try! Pattern(
        #"\b(verify|confirm|validate|re-?authori[sz]e|re-?authenticate|secure) (your |my )?(github |microsoft |azure |aws )?(account|identity|access|login)\b|\b(account|access) (is |will be |may be )?(at risk|restricted|suspended|locked|disabled)\b|\bcall\b.{0,60}?\+?\(?\d{3}\)?[-. )]{1,2}\d{3}[-. ]\d{4}\b|\bdid not authori[sz]e (this|the) (purchase|charge|order|payment|renewal)\b|\b(github|microsoft|azure|amazon web services|aws|google cloud|google)('s)? (security|support|trust (and|&) safety|account|billing) (team|department|desk)\b|\b(download|install|run) (the |this )?(patched|emergency|security|updated|fixed)\b[^.\n]{0,40}\b(build|update|version|installer|patch|fix)\b|\band \d{2,} others\b|\breview (your )?(token|account|sign-?in|login|security|recent|suspicious) activity\b|\bwas this you\b|\brevoke (this|the) session\b|\b(unusual|suspicious) sign-?in activity\b"#
            // A crypto giveaway: connect a wallet to claim an allocation.
            + #"|\bconnect\s+((your|a)\s+)?((crypto|web3)\s+)?wallet\b|\bclaim\s+((your|the)\s+)?(allocation|airdrop|tokens?|rewards?)\b"#
    )

    /// The provider that sends from `domain`.
    static func provider(sending domain: String, _ rules: RuleSet) -> Provider? {
        rules.providers.first { $0.sends(from: domain) }
    }

    /// The provider that `text` claims to be (combining marks and look-alike letters stripped, as
    /// look-alikes hide the name behind them: "A͏m͏a͏z͏o͏n"), and the words that claim it.
    static func claim(in text: String, _ rules: RuleSet) -> (Provider, String)? {
        let plain = deobfuscated(text)
        for provider in rules.providers {
            if let hit = provider.impersonation.lazy.compactMap({ $0.firstMatch(in: plain) }).first {
                return (provider, hit)
            }
        }
        return nil
    }

    /// The provider a message from none of the providers' domains is about (a notice relayed by a
    /// partner or a colleague): the first named in its subject, else in the opening of its body;
    /// else none of them, ``other``, shown by the sender's organisation (`gitlab.com` for
    /// `mg.gitlab.com`).
    static func named(in message: Message, sender domain: String, _ rules: RuleSet) -> (id: String, name: String?) {
        if let (provider, _) = claim(in: message.subject, rules) ?? claim(in: String(message.text.prefix(2000)), rules)
        {
            return (provider.id, nil)
        }
        // A relay that names no provider but speaks AWS's own forms (an ARN, a region code such as
        // us-east-1, an instance ID) is about AWS.
        if let aws = rules.providers.first(where: { $0.id == "aws" }),
            awsForms.matches(message.subject + "\n" + String(message.text.prefix(3000)))
        {
            return (aws.id, nil)
        }
        return (other, domain.isEmpty ? nil : organisation(domain))
    }

    static let awsForms = try! Pattern(
        #"\barn:aws(-cn|-us-gov)?:|\b(us|eu|ap|sa|ca|me|af|il|mx)-(north|south|east|west|central|northeast|southeast|northwest|southwest)-\d\b|\b(i|vol|snap|eni|sg|vpc|subnet|ami)-[0-9a-f]{8,17}\b"#
    )

    /// The organisation's own domain of `domain`: its last two labels, or three under a second-level
    /// domain that is a country's category (`example.co.jp`, `example.com.au`).
    static func organisation(_ domain: String) -> String {
        let labels = domain.lowercased().split(separator: ".")
        guard labels.count > 2 else { return domain.lowercased() }
        let category = labels[labels.count - 2]
        let countryCategory =
            labels[labels.count - 1].count == 2
            && ["co", "ne", "or", "ad", "ac", "go", "lg", "gr", "ed", "com", "net", "org", "gov", "edu"].contains(
                category)
        return labels.suffix(countryCategory ? 3 : 2).joined(separator: ".")
    }

    /// What the receiving server says of the provider's DKIM signature.
    static func signature(_ headers: [String], _ provider: Provider) -> String {
        for header in headers {
            for match in dkimPass.allMatchRanges(in: header.lowercased()) {
                guard let range = match[1] else { continue }
                let signer = String(decoding: header.lowercased().utf8Bytes[range], as: UTF8.self)
                if provider.sends(from: signer) { return "DKIM signature of \(signer) passed" }
            }
        }
        return "authentication passed"
    }

    static let dkimPass = try! Pattern(#"\bdkim=pass\b[^;]*?\bheader\.[di]=@?([a-z0-9.-]+)"#)

    /// `text` in compatibility form without combining marks and invisible format characters. The kana
    /// voicing marks stay after kana and are composed again ("ご", "ださい"): there they are letters of
    /// Japanese, not marks laid over a look-alike ("Am゙azon").
    static func deobfuscated(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            defer { previous = scalar }
            if scalar.value == 0x3099 || scalar.value == 0x309A, let previous,
                (0x3040...0x30FF).contains(previous.value)
            {
                out.append(scalar)
                continue
            }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .format: continue
            default: out.append(scalar)
            }
        }
        return String(out).precomposedStringWithCanonicalMapping
    }

    /// A bounce the reader's own mail server wrote ("Microsoft Outlook" <MicrosoftExchange…@their-domain>,
    /// postmaster, mailer-daemon, under "Undeliverable:", "Unzustellbar:", "配信不能:"): it names the mail
    /// software it runs, which is no claim to be that provider.
    static func isNonDeliveryReport(_ message: Message) -> Bool {
        let local = (message.from?.address ?? "").lowercased().split(separator: "@").first.map(String.init) ?? ""
        guard local.hasPrefix("microsoftexchange") || local == "postmaster" || local == "mailer-daemon" else {
            return false
        }
        return nonDelivery.matches(message.subject)
    }

    static let nonDelivery = try! Pattern(
        #"^\W*(undeliverable|undelivered mail|unzustellbar|non remis|non distribuable|no se puede entregar|配信不能|delivery status notification|mail delivery (failed|failure)|returned mail)\b"#
    )

    /// A message that signs off as a provider's team ("OVH Customer Service", "Le Service Client OVH",
    /// "エックスサーバー サポート") from a sender that is none of the provider's, and links only to hosts
    /// that are not the provider's: the provider's voice with someone else's links. A partner relaying a
    /// notice signs as itself, or links to the provider's own pages. Returns the provider, the signing
    /// line and the first foreign host.
    static func signedAsProvider(_ message: Message, _ rules: RuleSet) -> (Provider, String, String)? {
        // A sign-off stands in the last lines: only the text's end is split (less a line cut in two).
        let tail = message.text.suffix(800)
        let cut = tail.startIndex == message.text.startIndex ? 0 : 1
        let lines = tail.split(whereSeparator: \.isNewline).dropFirst(cut).map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty && !$0.hasPrefix("http") }
        for line in lines.suffix(4) where line.count <= 60 && teamWords.matches(line) {
            guard let (provider, _) = claim(in: line, rules) else { continue }
            let bytes = message.text.utf8Bytes
            let hosts = linkHost.allMatchRanges(in: message.text).compactMap { match in
                match[1].map { String(decoding: bytes[$0], as: UTF8.self).lowercased() }
            }
            guard !hosts.contains(where: { provider.owns(host: $0) }),
                let foreign = hosts.first(where: { host in !rules.providers.contains { $0.owns(host: host) } })
            else { return nil }
            return (provider, line.count > 40 ? String(line.prefix(40)) + "…" : line, foreign)
        }
        return nil
    }

    /// Words of a team's sign-off: "… Team", "Customer Service", "Service Client …", "… サポート".
    static let teamWords = try! Pattern(
        #"\b(team|customer (service|care|support)|support( team| desk)?|billing (department|team)|service client|l['’]?[ée]quipe|kundenservice|kundendienst|ihr [\w-]+[- ]team)\b|サポート|カスタマー(サービス|センター)|事務局|運営チーム"#
    )

    /// The hosts `text` links to, lower-cased, in order (a link at the end of a sentence: its full
    /// stop is not part of the host), none of them a provider's.
    static func foreignLinkHosts(_ text: String, _ rules: RuleSet) -> [String] {
        let bytes = text.utf8Bytes
        guard ByteSearch.contains(bytes, "http") else { return [] }
        return linkHost.allMatchRanges(in: text).compactMap { match in
            guard let range = match[1] else { return nil }
            var host = String(decoding: bytes[range], as: UTF8.self).lowercased()
            while host.hasSuffix(".") || host.hasSuffix("-") { host.removeLast() }
            return rules.providers.contains(where: { $0.owns(host: host) }) ? nil : host
        }
    }

    /// The first link whose host looks like a provider's (it holds one of a provider's look-alike
    /// words) without being any provider's: the mark of a look-alike.
    static func lookAlikeLink(_ text: String, _ rules: RuleSet) -> String? {
        foreignLinkHosts(text, rules).first { host in
            rules.providers.contains { provider in provider.lookAlikeWords.contains { host.contains($0) } }
        }
    }

    static let linkHost = try! Pattern(#"https?://([a-z0-9.-]+)"#)

    /// A linked host, none of the providers', whose name strings together words of a sign-in or
    /// billing page ("account-security-review.example", "cpanel-login-verify.example"): two or more
    /// of them. Among the project's 2,576 genuine labelled notices none links to such a host or sends
    /// from one that is no provider's.
    static func lureHost(_ text: String, _ rules: RuleSet) -> String? {
        foreignLinkHosts(text, rules).first(where: isLureName)
    }

    /// Whether a host's name (without its top-level domain) strings two or more lure words together;
    /// the sender's own domain is read the same way ("onamae-billing-center.example").
    static func isLureName(_ host: String) -> Bool {
        let name = host.lowercased().split(separator: ".").dropLast().joined(separator: ".")
        let bytes = name.utf8Bytes
        return Set(lureWords.allMatchRanges(in: name).compactMap { $0[0].map { bytes[$0] } }).count >= 2
    }

    static let lureWords = try! Pattern(
        #"login|signin|sign-in|logon|verify|verification|secure|security|accounts?|auth|confirm|billing|support|care|review|alert|notice|quarantine|recovery|unlock|validate|helpdesk|kundenservice|payment|wallet|renew|token|revoke|access|center|centre|expire|customer|controlpanel|domain|mailbox|mail-?center|mailserver|registrar"#
    )

    /// What presses the reader: a deadline in hours, a threat to the account.
    static let pressure = try! Pattern(
        #"\bwithin (24|48|72|12|\d) hours\b|\b(temporarily |permanently )?(suspended|restricted|locked|disabled|deleted)\b|(一時的に)?(制限|停止|凍結|ロック|削除)(させて|いたします|されます)|24時間以内|\d+時間以内|失効|期限切れ|本日中|至急|\b(sofort|umgehend|innerhalb von \d+ (stunden|tagen))\b|in wenigen minuten"#
            // Mail that stops arriving: a mailbox said to be full.
            + #"|(受け取れ|受信でき|送受信でき)なくなります|\b(stop receiving|(will|can) no longer (receive|send))\b|\bmailbox (is )?(almost |nearly )?full\b|\b(storage|quota|mailbox)\b[^.\n]{0,30}\b(exceeded|\d{2} ?%)"#
    )

    /// The first failing verdict, e.g. `spf=fail`, or nil.
    static func failedVerdicts(_ headers: [String]) -> String? {
        for header in headers {
            if let hit = failing.firstMatch(in: header.lowercased()) { return hit }
        }
        return nil
    }

    static let failing = try! Pattern(#"\b(dkim|spf|dmarc)=(fail|softfail|permerror)\b"#)
}

extension SenderTrust.Verdict {
    /// The verdict for a message whose provider is the one it names (or ``SenderTrust/other``, shown by
    /// its domain).
    init(trust: Trust, reason: String, named: (id: String, name: String?)) {
        self.init(trust: trust, reason: reason, provider: named.id, providerName: named.name)
    }
}
