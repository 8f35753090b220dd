// swift-tools-version: 6.0
// The libFuzzer target over Ingest and Classify, kept in its own package so that the project's
// normal build never links libFuzzer. Built and run by `make fuzz` with -sanitize=fuzzer,address.
import Foundation
import PackageDescription

// The project is the folder above; its package identity is that folder's name, whatever a clone calls it.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "NoticeDigestFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: root.path)],
    targets: [
        .executableTarget(
            name: "FuzzIngestClassify",
            dependencies: [.product(name: "NoticeDigestStages", package: root.lastPathComponent)],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    ]
)
