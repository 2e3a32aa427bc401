// swift-tools-version:6.0
import PackageDescription

/// The modules of the pass over every byte and cell. Release builds leave out the run-time
/// exclusivity checks (a call into the runtime at every access to a class's stored property or a
/// global, about 3 % of the pass: docs/performance.md); debug builds, those of `swift test`, keep
/// them, and the compiler's static checks hold in both.
let passSettings: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

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
        // The platform service (`lavande serve`): HTTP, job store, uploads, logs and metrics.
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // Streaming, byte-level reading of delimited files: encoding facts, dialect, records.
        .target(name: "LavandeTabular", swiftSettings: passSettings),
        // The engine: rule books, datasets, checks, findings, reporters.
        .target(
            name: "LavandeKit",
            dependencies: ["LavandeTabular", .product(name: "Yams", package: "Yams")],
            swiftSettings: passSettings,
            plugins: ["EmbedRulesPlugin"]
        ),
        // The platform service: HTTP API, job queue and store (SQLite or PostgreSQL), upload intake, workers.
        .target(
            name: "LavandeService",
            dependencies: [
                "LavandeKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            plugins: ["EmbedOpenAPIPlugin"]
        ),
        // The `lavande` command.
        .executableTarget(
            name: "LavandeCLI",
            dependencies: ["LavandeKit", "LavandeService", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Build-time tool: turns rules/ and docs/openapi.json into Swift sources, so the binary carries them.
        .executableTarget(name: "EmbedFilesTool", path: "Sources/EmbedFilesTool"),
        .plugin(
            name: "EmbedRulesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedFilesTool"]
        ),
        .plugin(
            name: "EmbedOpenAPIPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedFilesTool"]
        ),
        .testTarget(name: "LavandeTabularTests", dependencies: ["LavandeTabular", "LavandeTestSupport"]),
        // The evaluation tables are read from the source tree by PersonalDataEvaluationTests.
        .testTarget(name: "LavandeKitTests", dependencies: ["LavandeKit", "LavandeTestSupport"], exclude: ["PersonalData/Evaluation", "Reporters/Golden",
                                                                                   "Reporters/sarif-schema-2.1.0.json", "Reporters/SOURCES.md"]),
        // Shared by the test targets: where the repository and the built executable are, temporary folders.
        .target(name: "LavandeTestSupport", path: "Tests/LavandeTestSupport"),
        // The golden report is read by its path in the repository, not as a resource.
        .testTarget(name: "LavandeCLITests", dependencies: ["LavandeCLI", "LavandeTestSupport"], exclude: ["Golden"]),
        .testTarget(
            name: "LavandeServiceTests",
            // LavandeCLI: the multi-process tests run the built `lavande serve --worker`.
            dependencies: ["LavandeService", "LavandeCLI", "LavandeTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
    ]
)
