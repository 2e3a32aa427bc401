// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Lavande",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lavande", targets: ["LavandeCLI"]),
        .library(name: "LavandeKit", targets: ["LavandeKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    ],
    targets: [
        // Streaming, byte-level reading of delimited files: encoding facts, dialect, records.
        .target(name: "LavandeTabular"),
        // The engine: rule books, datasets, checks, findings, reporters.
        .target(
            name: "LavandeKit",
            dependencies: ["LavandeTabular", .product(name: "Yams", package: "Yams")],
            plugins: ["EmbedRulesPlugin"]
        ),
        // The `lavande` command.
        .executableTarget(
            name: "LavandeCLI",
            dependencies: ["LavandeKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Build-time tool: turns rules/ into a Swift source so the binary carries its default rule books.
        .executableTarget(name: "EmbedRulesTool", path: "Sources/EmbedRulesTool"),
        .plugin(
            name: "EmbedRulesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedRulesTool"]
        ),
        .testTarget(name: "LavandeTabularTests", dependencies: ["LavandeTabular"]),
        // The evaluation tables are read from the source tree by PersonalDataEvaluationTests.
        .testTarget(name: "LavandeKitTests", dependencies: ["LavandeKit"], exclude: ["PersonalData/Evaluation", "Reporters/Golden",
                                                                                   "Reporters/sarif-schema-2.1.0.json", "Reporters/SOURCES.md"]),
        .testTarget(name: "LavandeCLITests", dependencies: ["LavandeCLI"]),
    ]
)
