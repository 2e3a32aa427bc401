// swift-tools-version:6.0
import PackageDescription

// Fuzz targets for Lavande, kept out of the main package so that `swift build` and `swift test` of
// the repository never see them. Build and run them with `fuzz/run.sh` (see docs/fuzzing.md).
//
// run.sh instruments every module (address sanitizer and libFuzzer's coverage) with -Xswiftc flags;
// only the two fuzz targets link libFuzzer's runtime, here, because those flags also reach the main
// package's build tool (EmbedFilesTool), which must keep a `main` of its own. Each target's main.swift
// hands its `LLVMFuzzerTestOneInput` to libFuzzer's driver (SwiftPM renames an executable's `main`,
// so libFuzzer's own `main` cannot be used).
let fuzzerFlags: [String] = ["-sanitize=fuzzer,address"]

let package = Package(
    name: "LavandeFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Lavande", path: "..")],
    targets: [
        // libFuzzer's driver, declared for Swift (its runtime is linked by -sanitize=fuzzer).
        .systemLibrary(name: "CLibFuzzer"),
        .executableTarget(name: "FuzzReader", dependencies: ["CLibFuzzer", .product(name: "LavandeKit", package: "Lavande")],
                          swiftSettings: [.unsafeFlags(fuzzerFlags)], linkerSettings: [.unsafeFlags(fuzzerFlags)]),
        .executableTarget(name: "FuzzRuleBook", dependencies: ["CLibFuzzer", .product(name: "LavandeKit", package: "Lavande")],
                          swiftSettings: [.unsafeFlags(fuzzerFlags)], linkerSettings: [.unsafeFlags(fuzzerFlags)]),
    ]
)
