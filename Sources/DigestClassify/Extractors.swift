import DigestModel
import Foundation

/// Finds account IDs, regions and services in notice text.
public enum Extractors {
    /// 12-digit account IDs, plain or as `1234-5678-9012`, that are not part of a longer token
    /// (instance IDs such as `i-0e7a201159810559a`, epoch-millisecond timestamps). Sorted, unique.
    public static func accounts(in text: String) -> [String] {
        var found = Set<String>()
        let ns = text as NSString
        for match in accountPattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            found.insert(ns.substring(with: match.range).replacingOccurrences(of: "-", with: ""))
        }
        return found.sorted()
    }

    /// Region codes (`us-east-1`) and names (`US East (N. Virginia)`, `アジアパシフィック (東京)`),
    /// as codes, sorted and unique. A code given as a CLI option (`--region us-west-2`) is an
    /// example, not an affected region, and is skipped.
    public static func regions(in text: String) -> [String] {
        var found = Set<String>()
        let ns = text as NSString
        for match in regionPattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let start = match.range.location
            let before = ns.substring(with: NSRange(location: max(0, start - 10), length: min(10, start)))
            if before.hasSuffix("--region ") || before.hasSuffix("--region=") || before.hasSuffix("region=") {
                continue
            }
            found.insert(ns.substring(with: match.range).lowercased())
        }
        for (name, code) in regionNames where text.contains(name) {
            found.insert(code)
        }
        return found.sorted()
    }

    /// `text` with region codes and names replaced by `#region`.
    public static func maskingRegions(_ text: String) -> String {
        var result = regionPattern.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "#region")
        for (name, _) in regionNames where result.range(of: name, options: .caseInsensitive) != nil {
            result = result.replacingOccurrences(of: name, with: "#region", options: .caseInsensitive)
        }
        return result
    }

    static let accountPattern = try! NSRegularExpression(
        pattern: #"(?<![\w\-./=+@])(?:\d{12}|\d{4}-\d{4}-\d{4})(?![\w\-@]|\.\d)"#)
    static let regionPattern = try! NSRegularExpression(
        pattern:
            #"(?<![\w-])(?:us-gov|us|eu|ap|sa|ca|me|af|il|mx|cn)-(?:north|south|east|west|central|northeast|northwest|southeast|southwest)-\d(?![\w-])"#,
        options: [.caseInsensitive])

    /// Region names as the provider writes them in English and Japanese.
    static let regionNames: [(String, String)] = [
        ("US East (N. Virginia)", "us-east-1"), ("US East (Ohio)", "us-east-2"),
        ("US West (N. California)", "us-west-1"), ("US West (Oregon)", "us-west-2"),
        ("Africa (Cape Town)", "af-south-1"), ("Asia Pacific (Hong Kong)", "ap-east-1"),
        ("Asia Pacific (Hyderabad)", "ap-south-2"), ("Asia Pacific (Jakarta)", "ap-southeast-3"),
        ("Asia Pacific (Melbourne)", "ap-southeast-4"), ("Asia Pacific (Mumbai)", "ap-south-1"),
        ("Asia Pacific (Osaka)", "ap-northeast-3"), ("Asia Pacific (Seoul)", "ap-northeast-2"),
        ("Asia Pacific (Singapore)", "ap-southeast-1"), ("Asia Pacific (Sydney)", "ap-southeast-2"),
        ("Asia Pacific (Tokyo)", "ap-northeast-1"), ("Canada (Central)", "ca-central-1"),
        ("Europe (Frankfurt)", "eu-central-1"), ("Europe (Ireland)", "eu-west-1"), ("Europe (London)", "eu-west-2"),
        ("Europe (Milan)", "eu-south-1"), ("Europe (Paris)", "eu-west-3"), ("Europe (Spain)", "eu-south-2"),
        ("Europe (Stockholm)", "eu-north-1"), ("Europe (Zurich)", "eu-central-2"),
        ("Middle East (Bahrain)", "me-south-1"), ("Middle East (UAE)", "me-central-1"),
        ("South America (São Paulo)", "sa-east-1"), ("South America (Sao Paulo)", "sa-east-1"),
        ("AWS GovCloud (US-West)", "us-gov-west-1"), ("AWS GovCloud (US-East)", "us-gov-east-1"),
        ("米国東部 (バージニア北部)", "us-east-1"), ("米国東部 (オハイオ)", "us-east-2"),
        ("米国西部 (北カリフォルニア)", "us-west-1"), ("米国西部 (オレゴン)", "us-west-2"),
        ("アジアパシフィック (東京)", "ap-northeast-1"), ("アジアパシフィック (大阪)", "ap-northeast-3"),
        ("アジアパシフィック (ソウル)", "ap-northeast-2"), ("アジアパシフィック (シンガポール)", "ap-southeast-1"),
        ("アジアパシフィック (シドニー)", "ap-southeast-2"), ("アジアパシフィック (ムンバイ)", "ap-south-1"),
        ("欧州 (フランクフルト)", "eu-central-1"), ("欧州 (アイルランド)", "eu-west-1"), ("欧州 (ロンドン)", "eu-west-2"),
        ("欧州 (パリ)", "eu-west-3"), ("欧州 (ストックホルム)", "eu-north-1"), ("南米 (サンパウロ)", "sa-east-1"),
        ("カナダ (中部)", "ca-central-1"),
    ]
}
