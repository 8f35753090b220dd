// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "NoticeDigest",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "notice-digest", targets: ["notice-digest"]),
        // For the fuzzer package in fuzz/ (make fuzz): the stages it drives.
        .library(name: "NoticeDigestStages", targets: ["DigestIngest", "DigestClassify", "DigestModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CGMime",
            pkgConfig: "gmime-3.0",
            providers: [.apt(["libgmime-3.0-dev"])]
        ),
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "CSystem"),
        .target(name: "DigestModel"),
        .target(name: "DigestMIME", dependencies: ["CGMime", "CZlib", "DigestModel"]),
        .target(name: "DigestIngest", dependencies: ["CLibXML2", "DigestMIME", "DigestModel"]),
        .target(
            name: "DigestClassify",
            dependencies: ["CPCRE2", "DigestModel", .product(name: "Yams", package: "Yams")],
            resources: [
                .copy("Resources/default-rules.yaml"), .copy("Resources/services.json"),
                .copy("Resources/learned-model.json"),
            ]
        ),
        .target(name: "DigestAggregate", dependencies: ["DigestModel"]),
        .target(
            name: "DigestRender",
            dependencies: [
                "CCmark", "CSystem", "DigestModel", .product(name: "Mustache", package: "swift-mustache"),
            ],
            // The shipped templates (templates/ at the top links here), so the tool runs from anywhere.
            resources: [.copy("Resources/templates")]
        ),
        .target(
            name: "DigestCLI",
            dependencies: [
                "DigestModel", "DigestIngest", "DigestClassify", "DigestAggregate", "DigestRender", "DigestMIME",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(name: "notice-digest", dependencies: ["DigestCLI"]),
        .target(
            name: "Fixtures",
            path: "Tests/Fixtures",
            exclude: ["make_fixtures.py"],
            resources: [.copy("Resources")]
        ),
        .testTarget(name: "DigestMIMETests", dependencies: ["DigestMIME", "Fixtures"]),
        .testTarget(name: "DigestIngestTests", dependencies: ["DigestIngest", "Fixtures"]),
        .testTarget(name: "DigestClassifyTests", dependencies: ["DigestClassify", "DigestIngest", "Fixtures"]),
        .testTarget(name: "DigestAggregateTests", dependencies: ["DigestAggregate", "DigestClassify"]),
        .testTarget(
            name: "DigestRenderTests",
            dependencies: [
                "DigestRender", "DigestAggregate", "Fixtures", .product(name: "Mustache", package: "swift-mustache"),
            ]),
        .testTarget(name: "DigestCLITests", dependencies: ["DigestCLI", "Fixtures"]),
    ]
)
