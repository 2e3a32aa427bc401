import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the inline examples of rules: every `fail` example must trigger its rule, every `pass`
/// example must not. Each example is written to a fresh temporary folder (never into a dataset)
/// and checked by the real scanner and engine, with that rule alone (and the column types and
/// licences of its rule books).
public struct ExampleRunner: Sendable {
    public let registry: CheckRegistry
    public let types: ColumnTypeCatalogue
    public let licences: LicenceCatalogue

    public init(registry: CheckRegistry = .builtIn, types: ColumnTypeCatalogue, licences: LicenceCatalogue = LicenceCatalogue()) {
        self.registry = registry
        self.types = types
        self.licences = licences
    }

    /// The outcome of one example.
    public struct Outcome: Sendable {
        public var rule: String
        public var expectation: Expectation
        public var location: SourceLocation
        public var findings: [Finding]
        public var passed: Bool { expectation == .fail ? !findings.isEmpty : findings.isEmpty }
    }

    public enum Expectation: String, Sendable {
        case fail
        case pass
    }

    public func run(_ rule: Rule) async throws -> [Outcome] {
        var outcomes: [Outcome] = []
        for (expectation, examples) in [(Expectation.fail, rule.examples.fail), (.pass, rule.examples.pass)] {
            for example in examples {
                let findings = try await run(example, rule: rule)
                outcomes.append(Outcome(rule: rule.id, expectation: expectation, location: example.location, findings: findings))
            }
        }
        return outcomes
    }

    private func run(_ example: RuleExample, rule: Rule) async throws -> [Finding] {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("lavande-example-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for file in example.files {
            try write(file, in: folder)
        }
        let catalogue = try DatasetScanner().scan(paths: [folder])
        let rules = try ActiveRules(RuleSet(rules: [rule], types: types, licences: licences), config: nil)
        let report = await Engine(rules: rules, registry: registry, options: EngineOptions(jobs: 1)).run(catalogue)
        return report.findings.filter { $0.ruleID == rule.id }
    }

    private func write(_ file: ExampleFile, in folder: String) throws {
        let path = (folder as NSString).appendingPathComponent(file.name)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        switch file.content {
        case let .bytes(bytes):
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        case .special(.directory):
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        case .special(.fifo):
            guard mkfifo(path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
        case .special(.brokenSymlink):
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: path + ".missing")
        case .special(.symlinkLoop):
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: path)
        }
    }
}
