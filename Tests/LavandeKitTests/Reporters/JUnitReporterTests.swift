import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import LavandeKit

// Shared by the reporter tests (JUnit, GitHub, GitLab, Markdown).
enum ReporterFixtures {
    /// The repository checkout (for samples/ and the golden files).
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func defaultRules() throws -> ActiveRules {
        try ActiveRules(RuleBookLoader().load([.defaultBook]), config: nil)
    }

    /// The report of `samples/` with every default rule (licences included), on one job.
    static func samplesReport() async throws -> Report {
        let samples = repository.appendingPathComponent("samples").path
        let catalogue = try DatasetScanner().scan(paths: [samples])
        return await Engine(rules: try defaultRules(), options: EngineOptions(jobs: 1)).run(catalogue)
    }

    /// Compares `output` with `Golden/<name>`; LAVANDE_UPDATE_GOLDEN=1 rewrites the golden file first.
    static func assertGolden(_ output: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let golden = repository.appendingPathComponent("Tests/LavandeKitTests/Reporters/Golden/\(name)")
        if ProcessInfo.processInfo.environment["LAVANDE_UPDATE_GOLDEN"] == "1" {
            try Data(output.utf8).write(to: golden)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        XCTAssertEqual(output, expected, "\(name) changed; regenerate with LAVANDE_UPDATE_GOLDEN=1 and review the diff",
                       file: file, line: line)
    }

    static func finding(_ rule: String, _ severity: Severity, dataset: String = "jeu", file: String? = "jeu/a.csv",
                        location: Location? = nil, message: String = "Problem", help: String = "Fix it.",
                        evidence: String? = nil, waiver: String? = nil, count: Int = 1) -> Finding {
        Finding(ruleID: rule, severity: severity, message: LocalizedText(fr: "Problème : " + message, en: message),
                help: LocalizedText(fr: "Corrigez : " + help, en: help), dataset: dataset, file: file, location: location,
                count: count, examples: location.map { [$0] } ?? [], evidence: evidence, waiver: waiver)
    }

    /// A small hand-made report: one dataset with one file; the findings given.
    static func smallReport(_ findings: [Finding], failOn: FailThreshold = .error, rules: [Rule] = []) -> Report {
        let file = FileSummary(path: "jeu/a.csv", status: .checked, rows: 3, columns: 2)
        let clean = FileSummary(path: "propre/b.csv", status: .checked, rows: 2, columns: 2)
        return Report(failOn: failOn, rules: rules, datasets: [
            DatasetSummary(name: "jeu", files: [file], documents: [], licences: nil),
            DatasetSummary(name: "propre", files: [clean], documents: [], licences: nil),
        ], findings: findings)
    }
}

final class JUnitReporterTests: XCTestCase {
    func testSamplesMatchGolden() async throws {
        let report = try await ReporterFixtures.samplesReport()
        let output = JUnitReporter().render(report, options: ReportOptions(language: .en))
        try ReporterFixtures.assertGolden(output, "samples.junit.xml")
        // Well-formed XML.
        let document = try XMLDocument(data: Data(output.utf8))
        XCTAssertEqual(document.rootElement()?.name, "testsuites")
        XCTAssertEqual(document.rootElement()?.elements(forName: "testsuite").count, report.datasets.count)
    }

    func testEveryFamilyIsATestCaseAndOnlyFailingFindingsFail() throws {
        let rules = try ReporterFixtures.defaultRules().rules
        let report = ReporterFixtures.smallReport([
            ReporterFixtures.finding("structure.extra-cells", .error, location: Location(row: 4, line: 4)),
            ReporterFixtures.finding("structure.blank-rows", .warning, location: Location(row: 3, line: 3)),
            ReporterFixtures.finding("encoding.bom", .warning),
            ReporterFixtures.finding("types.type-mismatch", .error, waiver: "known, fixed upstream"),
        ], rules: rules)
        let output = JUnitReporter().render(report, options: ReportOptions(language: .en))
        let document = try XMLDocument(data: Data(output.utf8))
        let suites = document.rootElement()?.elements(forName: "testsuite") ?? []
        XCTAssertEqual(suites.map { $0.attribute(forName: "name")?.stringValue }, ["jeu", "propre"])
        let families = Set(rules.filter { $0.applies(toFile: "jeu/a.csv") }.map(\.family))
        let cases = suites[0].elements(forName: "testcase")
        XCTAssertEqual(cases.count, families.count)
        XCTAssertEqual(suites[0].attribute(forName: "tests")?.stringValue, String(families.count))
        XCTAssertEqual(suites[0].attribute(forName: "failures")?.stringValue, "1")
        XCTAssertEqual(suites[1].attribute(forName: "failures")?.stringValue, "0")
        func testCase(_ family: String) -> XMLElement? {
            cases.first { $0.attribute(forName: "name")?.stringValue == "jeu/a.csv · \(family)" }
        }
        let structure = try XCTUnwrap(testCase("structure"))
        XCTAssertEqual(structure.attribute(forName: "classname")?.stringValue, "jeu")
        let failure = try XCTUnwrap(structure.elements(forName: "failure").first)
        XCTAssertEqual(failure.attribute(forName: "type")?.stringValue, "structure.extra-cells")
        XCTAssertEqual(failure.attribute(forName: "message")?.stringValue, "Problem")
        XCTAssertTrue(failure.stringValue?.contains("row 4") == true)
        XCTAssertTrue(failure.stringValue?.contains("→ Fix it.") == true)
        // The warning stays out of the failure.
        XCTAssertFalse(failure.stringValue?.contains("structure.blank-rows") == true)
        XCTAssertTrue(structure.elements(forName: "system-out").first?.stringValue?.contains("structure.blank-rows") == true)
        // A waived error never fails.
        let types = try XCTUnwrap(testCase("types"))
        XCTAssertTrue(types.elements(forName: "failure").isEmpty)
        XCTAssertTrue(types.elements(forName: "system-out").first?.stringValue?.contains("waived: known, fixed upstream") == true)
        XCTAssertTrue(try XCTUnwrap(testCase("encoding")).elements(forName: "failure").isEmpty)

        // With --fail-on warning, the warnings fail too.
        var strict = report
        strict.failOn = .warning
        let strictOutput = JUnitReporter().render(strict, options: ReportOptions(language: .en))
        XCTAssertTrue(strictOutput.contains("<testsuite name=\"jeu\" tests=\"\(families.count)\" failures=\"2\""))
        XCTAssertTrue(strictOutput.contains("type=\"structure.blank-rows structure.extra-cells\""))
    }

    func testDatasetLevelFindingsAreAFolderTestCase() throws {
        let report = ReporterFixtures.smallReport([
            ReporterFixtures.finding("licence.missing", .error, file: nil, message: "No licence"),
            ReporterFixtures.finding("licence.unknown", .warning, file: "jeu/README.md"),
        ])
        let output = JUnitReporter().render(report, options: ReportOptions(language: .en))
        XCTAssertTrue(output.contains("<testcase classname=\"jeu\" name=\"jeu/ · licence\">\n      <failure type=\"licence.missing\" message=\"No licence\">"))
        XCTAssertTrue(output.contains("<testcase classname=\"jeu\" name=\"jeu/README.md · licence\">\n      <system-out>"))
        XCTAssertNoThrow(try XMLDocument(data: Data(output.utf8)))
    }

    func testEscapesAndStripsIllegalCharacters() throws {
        let report = ReporterFixtures.smallReport([
            ReporterFixtures.finding("structure.x", .error, message: "a <b> & \"c\" 'd'\u{1}\u{B}\nnext", evidence: "]]> \u{FFFE}x"),
        ])
        let output = JUnitReporter().render(report, options: ReportOptions(language: .en))
        XCTAssertTrue(output.contains("message=\"a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;&#10;next\""))
        XCTAssertTrue(output.contains("]]&gt; x"))
        XCTAssertFalse(output.unicodeScalars.contains { $0.value == 1 || $0.value == 0xB || $0.value == 0xFFFE })
        let document = try XMLDocument(data: Data(output.utf8))
        let failure = try XCTUnwrap(try document.nodes(forXPath: "//failure").first as? XMLElement)
        XCTAssertEqual(failure.attribute(forName: "message")?.stringValue, "a <b> & \"c\" 'd'\nnext")
    }

    func testFrenchMessages() {
        let report = ReporterFixtures.smallReport([ReporterFixtures.finding("structure.x", .error, location: Location(row: 2))])
        let output = JUnitReporter().render(report, options: ReportOptions(language: .fr))
        XCTAssertTrue(output.contains("message=\"Problème : Problem\""))
        XCTAssertTrue(output.contains("ligne 2"))
    }
}
