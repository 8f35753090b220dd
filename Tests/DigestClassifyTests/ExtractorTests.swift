import Foundation
import Testing

@testable import DigestClassify

struct ExtractorTests {
    @Test func accountIDsInEveryForm() {
        let text = """
            Your AWS Abuse Report [5512345] [AWS ID 123456789012]
            Account 0123-4567-8901 and [AWS Account: 210987654321], arn:aws:iam::345678901234:role/x
            """
        #expect(Extractors.accounts(in: text) == ["012345678901", "123456789012", "210987654321", "345678901234"])
    }

    @Test func instanceIDsAndTimestampsAreNotAccounts() {
        let text = "Instance i-0e7a201159810559a at 1793000000123 ms; volume vol-012345678901234ab"
        #expect(Extractors.accounts(in: text).isEmpty)
    }

    @Test func regionCodesAndNames() {
        let text = "Resources in US-EAST-1, Europe (Ireland) and アジアパシフィック (東京)."
        #expect(Extractors.regions(in: text) == ["ap-northeast-1", "eu-west-1", "us-east-1"])
    }

    @Test func cliExampleRegionIsNotAffected() {
        let text = "Affected: eu-central-1. Example: aws lambda list-functions --region us-west-2"
        #expect(Extractors.regions(in: text) == ["eu-central-1"])
    }
}
