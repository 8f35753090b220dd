import DigestModel
import Foundation

/// Decides whether a notice really comes from the provider.
///
/// `verified`: the sender's domain is one the provider sends from and no receiving-server verdict
/// (DKIM, SPF, DMARC in `Authentication-Results`) failed. `suspicious`: a verdict failed, or the
/// message claims to be the provider while its sender is elsewhere. Otherwise `unverified`.
enum SenderTrust {
    static func verdict(_ message: Message, rules: RuleSet) -> (Trust, String) {
        let domain = message.from?.domain ?? ""
        let provider = !domain.isEmpty && rules.providerDomains.contains { domain == $0 || domain.hasSuffix("." + $0) }
        let failed = failedVerdicts(message.authenticationResults)
        if provider {
            if let failed {
                return (
                    .suspicious, "sender domain \(domain) is the provider's, but the receiving server reports \(failed)"
                )
            }
            let passed =
                message.authenticationResults.isEmpty ? "no Authentication-Results header" : "authentication passed"
            return (.verified, "sender domain \(domain) is one the provider sends from; \(passed)")
        }
        let claim = (message.from?.name ?? "") + "\n" + message.subject + "\n" + String(message.text.prefix(2000))
        if let hit = rules.impersonation.lazy.compactMap({ $0.firstMatch(in: claim) }).first {
            let sender = domain.isEmpty ? "no sender address" : "sender domain \(domain)"
            return (
                .suspicious, "claims to be the provider (\"\(hit)\") but \(sender) is not one the provider sends from"
            )
        }
        if let failed {
            return (.unverified, "receiving server reports \(failed)")
        }
        return (.unverified, domain.isEmpty ? "no sender address" : "sender domain \(domain) is not the provider's")
    }

    /// The first failing verdict, e.g. `spf=fail`, or nil.
    static func failedVerdicts(_ headers: [String]) -> String? {
        for header in headers {
            if let hit = failing.firstMatch(in: header.lowercased()) { return hit }
        }
        return nil
    }

    static let failing = try! Pattern(#"\b(dkim|spf|dmarc)=(fail|softfail|permerror)\b"#)
}
