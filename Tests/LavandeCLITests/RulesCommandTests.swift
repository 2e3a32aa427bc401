import Foundation
import XCTest

/// `lavande rules` and `lavande explain`, and the binary carrying its default rules.
final class RulesCommandTests: XCTestCase {
    /// Rule ids written in rules/*.yaml: the ids of the `checks:` sections (column types and
    /// licences have ids of their own).
    private func idsInRulesFolder() throws -> [String] {
        let folder = CLIRunner.repository.appendingPathComponent("rules")
        var ids: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".yaml") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            var inChecks = false
            for line in text.split(separator: "\n") {
                if let first = line.first, first != " ", first != "#" { inChecks = line.hasPrefix("checks:") }
                if inChecks && line.hasPrefix("  - id: ") { ids.append(String(line.dropFirst("  - id: ".count))) }
            }
        }
        return ids.sorted()
    }

    func testCopiedBinaryRunsElsewhereWithTheDefaultRules() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lavande-install-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("lavande")
        try FileManager.default.copyItem(at: CLIRunner.binary, to: copy)
        let result = try CLIRunner.run(["rules"], binary: copy, in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let listed = result.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }.sorted()
        XCTAssertEqual(listed, try idsInRulesFolder())
        let data = folder.appendingPathComponent("jeu")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try Data("a;b\n1;2;3\n".utf8).write(to: data.appendingPathComponent("x.csv"))
        let check = try CLIRunner.run(["check", "jeu"], binary: copy, in: folder)
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stdout.contains("structure.extra-cells"))
    }

    func testRuleExamplesPassThroughTheCLI() throws {
        let result = try CLIRunner.run(["rules", "--test"])
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertTrue(result.stdout.contains(" passed, 0 failed"))
    }

    func testExplainInBothLanguages() throws {
        let french = try CLIRunner.run(["explain", "structure.extra-cells", "--lang", "fr"])
        XCTAssertEqual(french.status, 0)
        XCTAssertTrue(french.stdout.contains("Lignes avec trop de cellules"))
        XCTAssertTrue(french.stdout.contains("direction = extra"))
        XCTAssertTrue(french.stdout.contains("1;Paris; 15e;12"))
        let english = try CLIRunner.run(["explain", "structure.extra-cells", "--lang", "en"])
        XCTAssertTrue(english.stdout.contains("Rows with too many cells"))
        let unknown = try CLIRunner.run(["explain", "structure.nope"])
        XCTAssertEqual(unknown.status, 2)
    }

    func testChecksCatalogueIsGeneratedFromTheRules() throws {
        for (language, file) in [("en", "docs/checks.md"), ("fr", "docs/checks.fr.md")] {
            let result = try CLIRunner.run(["rules", "--markdown", "--lang", language])
            let committed = try String(contentsOf: CLIRunner.repository.appendingPathComponent(file), encoding: .utf8)
            XCTAssertEqual(result.stdout, committed, "\(file) is out of date: run lavande rules --markdown --lang \(language) > \(file)")
        }
    }
}
