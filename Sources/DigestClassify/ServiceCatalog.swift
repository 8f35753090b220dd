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
    private var matchers: [(Pattern, String)]

    public init(services: [Service]) {
        self.services = services
        var matchers: [(Pattern, String)] = []
        for service in services {
            for alias in [service.name] + service.aliases {
                let escaped = NSRegularExpression.escapedPattern(for: alias.lowercased())
                if let pattern = try? Pattern(#"(?<![\w-])"# + escaped + #"(?![\w-])"#) {
                    matchers.append((pattern, service.id))
                }
            }
        }
        self.matchers = matchers
    }

    /// The ids of the services named in `text` (folded), sorted and unique.
    public func services(in text: String) -> [String] {
        var found = Set<String>()
        for (pattern, id) in matchers where !found.contains(id) && pattern.matches(text) {
            found.insert(id)
        }
        return found.sorted()
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
