import DigestModel
import Foundation

/// Decides whether a notice really comes from the provider.
///
/// `verified`: the sender's domain is one the provider sends from and no receiving-server verdict
/// (DKIM, SPF, DMARC in `Authentication-Results`) failed. `suspicious`: a verdict failed, or the
/// message claims to be the provider while its sender is elsewhere. Otherwise `unverified`.
enum SenderTrust {
    static func verdict(_ message: Message, carried: EmbeddedMessage? = nil, rules: RuleSet) -> (Trust, String) {
        let domain = message.from?.domain ?? ""
        // A notice forwarded by a colleague: the original's sender is what counts, and a copy cannot
        // be verified (its authentication results are not the original's).
        if let carried, let original = carried.from, !isProvider(domain, rules) {
            let originalDomain = original.domain
            if isProvider(originalDomain, rules) {
                return (
                    .unverified,
                    "forwarded by \(message.from?.address ?? "someone"); the original is from \(original.address), which a forwarded copy cannot prove"
                )
            }
            if let hit = rules.impersonation.lazy.compactMap({
                $0.firstMatch(in: original.name + "\n" + carried.subject)
            }).first {
                return (
                    .suspicious,
                    "forwarded original claims to be the provider (\"\(hit)\") but comes from \(originalDomain)"
                )
            }
            return (
                .unverified,
                "forwarded by \(message.from?.address ?? "someone"); the original is from \(original.address)"
            )
        }
        let provider = isProvider(domain, rules)
        let failed = failedVerdicts(message.authenticationResults)
        if provider {
            if let failed {
                return (
                    .suspicious, "sender domain \(domain) is the provider's, but the receiving server reports \(failed)"
                )
            }
            if let link = lookAlikeLink(message.text, rules) {
                return (.suspicious, "sender domain \(domain) is the provider's, but the message links to \(link)")
            }
            let passed =
                message.authenticationResults.isEmpty ? "no Authentication-Results header" : "authentication passed"
            return (.verified, "sender domain \(domain) is one the provider sends from; \(passed)")
        }
        // Impersonation: the sender's name or address claims to be the provider, or the message
        // sends the reader to a host that looks like the provider's. Merely naming the provider in
        // the text (a partner relaying a notice) is not impersonation.
        let sender = domain.isEmpty ? "no sender address" : "sender domain \(domain)"
        // Look-alikes hide the name behind combining marks and look-alike letters ("A͏m͏a͏z͏o͏n"):
        // the claim is read with those stripped.
        let claim = deobfuscated((message.from?.name ?? "") + "\n" + (message.from?.address ?? ""))
        if let hit = rules.impersonation.lazy.compactMap({ $0.firstMatch(in: claim) }).first {
            return (
                .suspicious,
                "the sender calls itself the provider (\"\(hit)\") but \(sender) is not one the provider sends from"
            )
        }
        if let link = lookAlikeLink(message.text, rules) {
            return (.suspicious, "\(sender) is not the provider's, and the message links to a look-alike host, \(link)")
        }
        let request = deobfuscated(message.subject + "\n" + String(message.text.prefix(3000)))
        if let hit = rules.phishingCues.lazy.compactMap({ $0.firstMatch(in: request) }).first {
            return (.suspicious, "\(sender) is not the provider's, and the message asks the reader to \"\(hit)\"")
        }
        if let failed {
            return (.unverified, "receiving server reports \(failed)")
        }
        return (.unverified, domain.isEmpty ? "no sender address" : "sender domain \(domain) is not the provider's")
    }

    /// `text` in compatibility form without combining marks and invisible format characters.
    static func deobfuscated(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .format: continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    static func isProvider(_ domain: String, _ rules: RuleSet) -> Bool {
        !domain.isEmpty && rules.providerDomains.contains { domain == $0 || domain.hasSuffix("." + $0) }
    }

    /// The first link whose host looks like the provider's (it holds "aws" or "amazon") without
    /// being one of its domains: the mark of a look-alike.
    static func lookAlikeLink(_ text: String, _ rules: RuleSet) -> String? {
        let bytes = text.utf8Bytes
        guard ByteSearch.contains(bytes, "http") else { return nil }
        for match in linkHost.allMatchRanges(in: text) {
            guard let range = match[1] else { continue }
            let host = String(decoding: bytes[range], as: UTF8.self).lowercased()
            guard host.contains("aws") || host.contains("amazon") else { continue }
            if isProvider(host, rules) || rules.linkDomains.contains(where: { host == $0 || host.hasSuffix("." + $0) })
            {
                continue
            }
            return host
        }
        return nil
    }

    static let linkHost = try! Pattern(#"https?://([a-z0-9.-]+)"#)

    /// The first failing verdict, e.g. `spf=fail`, or nil.
    static func failedVerdicts(_ headers: [String]) -> String? {
        for header in headers {
            if let hit = failing.firstMatch(in: header.lowercased()) { return hit }
        }
        return nil
    }

    static let failing = try! Pattern(#"\b(dkim|spf|dmarc)=(fail|softfail|permerror)\b"#)
}
