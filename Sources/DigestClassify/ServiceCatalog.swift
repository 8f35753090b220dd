import DigestModel
import Foundation

/// The provider's services: a canonical id (the AWS Health service code), a display name and the
/// names notices use for it.
public struct ServiceCatalog: Sendable {
    public struct Service: Sendable, Hashable {
        public var id: String
        public var name: String
        public var aliases: [String]
    }

    public var services: [Service]
    /// This catalog's identity, under which threads remember what it found in a paragraph.
    let id = PatternCache.register()
    /// Alias word sequences (as hashes of lower-case tokens) by the hash of their first word.
    private var aliases: [UInt64: [(words: [UInt64], id: String)]]

    public init(services: [Service]) {
        self.services = services
        var aliases: [UInt64: [(words: [UInt64], id: String)]] = [:]
        for service in services {
            for alias in [service.name] + service.aliases {
                let words = Self.tokens(alias.utf8Bytes)
                guard let first = words.first else { continue }
                aliases[first, default: []].append((words, service.id))
            }
        }
        for key in aliases.keys { aliases[key]!.sort { $0.words.count > $1.words.count } }
        self.aliases = aliases
    }

    /// The ids of the services named in `text`, sorted and unique. Names match whole words, in
    /// any case ("Amazon RDS", "amazon rds"), never inside a longer token ("EECS" is not "ECS").
    public func services(in text: String) -> [String] {
        let bytes = text.utf8Bytes
        let words = Self.tokens(bytes)
        var found = Set<String>(Self.japaneseNames(in: bytes).keys)
        for index in words.indices {
            guard let candidates = aliases[words[index]] else { continue }
            for candidate in candidates where index + candidate.words.count <= words.count {
                if words[index..<(index + candidate.words.count)].elementsEqual(candidate.words) {
                    found.insert(candidate.id)
                }
            }
        }
        return found.sorted()
    }

    /// How many times each service is named in `text`.
    func mentions(in text: [UInt8]) -> [String: Int] {
        let words = Self.tokens(text)
        var counts = Self.japaneseNames(in: text)
        var index = 0
        while index < words.count {
            var step = 1
            if let candidates = aliases[words[index]] {
                for candidate in candidates where index + candidate.words.count <= words.count {
                    if words[index..<(index + candidate.words.count)].elementsEqual(candidate.words) {
                        counts[candidate.id, default: 0] += 1
                        step = candidate.words.count
                        break
                    }
                }
            }
            index += step
        }
        return counts
    }

    /// Names Japanese notices give services in katakana or kanji instead of the English name.
    static let japanese: [(name: [UInt8], id: String)] = [
        ("リレーショナルデータベース", "RDS"), ("シンプルストレージサービス", "S3"), ("シンプル ストレージ サービス", "S3"),
        ("請求書", "BILLING"), ("請求額", "BILLING"), ("無料利用枠", "BILLING"), ("予算アラート", "BILLING"),
    ].map { (Array($0.0.utf8), $0.1) }

    /// The services `bytes` names by their Japanese names, with how often; nothing for ASCII text.
    static func japaneseNames(in bytes: [UInt8]) -> [String: Int] {
        guard bytes.contains(where: { $0 >= 0xE0 }) else { return [:] }
        var counts: [String: Int] = [:]
        for entry in japanese where ByteSearch.contains(bytes, entry.name) {
            counts[entry.id, default: 0] += 1
        }
        return counts
    }

    /// Hashes of the lower-cased tokens of `bytes`: runs of ASCII letters, digits and '-'.
    static func tokens(_ bytes: [UInt8]) -> [UInt64] {
        var result: [UInt64] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inToken = false
        for byte in bytes {
            let c = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D {
                hash ^= UInt64(c)
                hash &*= 0x100_0000_01b3
                inToken = true
            } else if inToken {
                result.append(hash)
                hash = 0xcbf2_9ce4_8422_2325
                inToken = false
            }
        }
        if inToken { result.append(hash) }
        return result
    }

    /// The provider's services, from `services.json` (generated from botocore's service list by
    /// `scripts/make-services.py`, with hand-written aliases), with ``extraAliases`` added.
    public static let standard: ServiceCatalog = {
        guard let url = Bundle.module.url(forResource: "services", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let table = try? JSONDecoder().decode(Table.self, from: data)
        else {
            preconditionFailure("services.json is missing from the tool's resources")
        }
        var services = table.services.map { Service(id: $0.id, name: $0.name, aliases: $0.aliases) }
        for extra in extraAliases.services {
            if let index = services.firstIndex(where: { $0.id == extra.id }) {
                services[index].aliases += extra.aliases.filter { !services[index].aliases.contains($0) }
            } else {
                services.append(extra)
            }
        }
        return ServiceCatalog(services: services)
    }()

    private struct Table: Decodable {
        struct Entry: Decodable {
            var id: String
            var name: String
            var aliases: [String]
        }
        var services: [Entry]
    }

    /// Names notices use for what a service manages rather than for the service itself.
    static let extraAliases = ServiceCatalog(services: [
        Service(id: "EC2", name: "Amazon Elastic Compute Cloud", aliases: ["EC2 instance", "EC2 instances"]),
        Service(id: "S3", name: "Amazon Simple Storage Service", aliases: ["S3 bucket", "S3 buckets"]),
        Service(id: "IAM", name: "AWS Identity and Access Management", aliases: ["managed policy", "access key"]),
        Service(id: "EBS", name: "Amazon Elastic Block Store", aliases: ["EBS volume", "EBS volumes"]),
        Service(id: "VPC", name: "Amazon Virtual Private Cloud", aliases: ["public IPv4", "public IPv4 address"]),
        Service(
            id: "BILLING", name: "AWS Billing",
            aliases: [
                "AWS Budgets", "Free Tier", "billing statement", "Billing and Cost Management",
                "Cost Anomaly Detection",
                "Savings Plan", "Savings Plans", "payment method", "invoice", "past due", "promotional credit",
                "promotional credits", "Receivables",
            ]),
    ])
}
