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
    /// Alias word sequences (as hashes of lower-case tokens) by the hash of their first word.
    private var aliases: [UInt64: [(words: [UInt64], id: String)]]

    public init(services: [Service]) {
        self.services = services
        var aliases: [UInt64: [(words: [UInt64], id: String)]] = [:]
        for service in services {
            for alias in [service.name] + service.aliases {
                let words = Self.tokens(Array(alias.utf8))
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
        let words = Self.tokens(Array(text.utf8))
        var found = Set<String>()
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

    /// A first table of the services notices most often name; a generated table from the provider's
    /// own service list replaces it (issue 4).
    public static let builtIn = ServiceCatalog(services: [
        Service(id: "EC2", name: "Amazon Elastic Compute Cloud", aliases: ["Amazon EC2", "EC2 instance", "EC2"]),
        Service(
            id: "RDS", name: "Amazon Relational Database Service",
            aliases: ["Amazon RDS", "RDS", "Aurora", "Amazon Aurora"]),
        Service(id: "LAMBDA", name: "AWS Lambda", aliases: ["Lambda"]),
        Service(
            id: "S3", name: "Amazon Simple Storage Service", aliases: ["Amazon S3", "S3 bucket", "S3 buckets", "S3"]),
        Service(
            id: "IAM", name: "AWS Identity and Access Management", aliases: ["IAM", "managed policy", "access key"]),
        Service(id: "CLOUDTRAIL", name: "AWS CloudTrail", aliases: ["CloudTrail"]),
        Service(
            id: "ELASTICLOADBALANCING", name: "Elastic Load Balancing",
            aliases: ["ELB", "Application Load Balancer", "Classic Load Balancer", "Network Load Balancer"]),
        Service(id: "STORAGEGATEWAY", name: "AWS Storage Gateway", aliases: ["Storage Gateway"]),
        Service(id: "WORKSPACES", name: "Amazon WorkSpaces", aliases: ["WorkSpaces"]),
        Service(id: "CONNECT", name: "Amazon Connect", aliases: []),
        Service(id: "ECS", name: "Amazon Elastic Container Service", aliases: ["Amazon ECS", "ECS"]),
        Service(id: "EKS", name: "Amazon Elastic Kubernetes Service", aliases: ["Amazon EKS", "EKS"]),
        Service(id: "DOCDB", name: "Amazon DocumentDB", aliases: ["DocumentDB"]),
        Service(id: "ELASTICACHE", name: "Amazon ElastiCache", aliases: ["ElastiCache"]),
        Service(id: "ES", name: "Amazon OpenSearch Service", aliases: ["OpenSearch", "Elasticsearch Service"]),
        Service(id: "XRAY", name: "AWS X-Ray", aliases: ["X-Ray"]),
        Service(id: "STATES", name: "AWS Step Functions", aliases: ["Step Functions"]),
        Service(id: "ROBOMAKER", name: "AWS RoboMaker", aliases: ["RoboMaker"]),
        Service(id: "SECURITYHUB", name: "AWS Security Hub", aliases: ["Security Hub"]),
        Service(id: "MARKETPLACE", name: "AWS Marketplace", aliases: []),
        Service(id: "BILLING", name: "AWS Billing", aliases: ["AWS Budgets", "Free Tier"]),
        Service(id: "ACM", name: "AWS Certificate Manager", aliases: ["ACM"]),
        Service(id: "VPC", name: "Amazon Virtual Private Cloud", aliases: ["Amazon VPC", "VPC", "public IPv4"]),
        Service(id: "CLOUDFRONT", name: "Amazon CloudFront", aliases: ["CloudFront"]),
        Service(id: "DYNAMODB", name: "Amazon DynamoDB", aliases: ["DynamoDB"]),
        Service(id: "EBS", name: "Amazon Elastic Block Store", aliases: ["Amazon EBS", "EBS volume", "EBS"]),
        Service(id: "GUARDDUTY", name: "Amazon GuardDuty", aliases: ["GuardDuty"]),
        Service(id: "TRUSTEDADVISOR", name: "AWS Trusted Advisor", aliases: ["Trusted Advisor"]),
        Service(id: "REDSHIFT", name: "Amazon Redshift", aliases: ["Redshift"]),
        Service(id: "SES", name: "Amazon Simple Email Service", aliases: ["Amazon SES"]),
        Service(id: "SNS", name: "Amazon Simple Notification Service", aliases: ["Amazon SNS"]),
        Service(id: "SQS", name: "Amazon Simple Queue Service", aliases: ["Amazon SQS"]),
        Service(id: "CLOUDFORMATION", name: "AWS CloudFormation", aliases: ["CloudFormation"]),
        Service(id: "APIGATEWAY", name: "Amazon API Gateway", aliases: ["API Gateway"]),
        Service(id: "ROUTE53", name: "Amazon Route 53", aliases: ["Route 53"]),
        Service(id: "KMS", name: "AWS Key Management Service", aliases: ["AWS KMS", "KMS"]),
        Service(id: "EFS", name: "Amazon Elastic File System", aliases: ["Amazon EFS", "EFS"]),
        Service(id: "SAGEMAKER", name: "Amazon SageMaker", aliases: ["SageMaker"]),
    ])
}
