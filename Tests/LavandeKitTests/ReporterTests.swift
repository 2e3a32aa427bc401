import XCTest
@testable import LavandeKit
import LavandeTestSupport

final class ReporterTests: XCTestCase {
    private func sampleReport() async throws -> Report {
        let folder = try TemporaryFolder()
        try folder.write("jeu/a.csv", "id;nom\n1;Piscine\n\n2;Stade;x\n")
        try folder.write("propre/b.csv", "id;nom\n1;Piscine\n")
        return try await check(folder.path)
    }

    func testJSONReportShape() async throws {
        let report = try await sampleReport()
        let text = JSONReporter().render(report, options: ReportOptions(language: .en))
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(object["lavande_report"] as? Int, 1)
        let summary = try XCTUnwrap(object["summary"] as? [String: Any])
        XCTAssertEqual(summary["status"] as? String, "fail")
        XCTAssertEqual(summary["errors"] as? Int, 1)
        XCTAssertEqual(summary["warnings"] as? Int, 1)
        let datasets = try XCTUnwrap(object["datasets"] as? [[String: Any]])
        XCTAssertEqual(datasets.map { $0["status"] as? String }, ["fail", "pass"])
        let findings = try XCTUnwrap(object["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.map { $0["rule"] as? String }, ["structure.blank-rows", "structure.extra-cells"])
        let extra = findings[1]
        XCTAssertEqual(extra["file"] as? String, "jeu/a.csv")
        XCTAssertEqual(extra["row"] as? Int, 4)
        XCTAssertEqual(extra["line"] as? Int, 4)
        XCTAssertEqual(extra["count"] as? Int, 1)
        for key in ["rule", "severity", "message", "help", "dataset", "file", "row", "line", "column", "count", "examples", "evidence"] {
            XCTAssertTrue(extra.keys.contains(key), key)
        }
    }

    func testTextReportGroupsAndColoursOnlyWhenAsked() async throws {
        let report = try await sampleReport()
        let plain = TextReporter().render(report, options: ReportOptions(language: .fr, color: false))
        XCTAssertFalse(plain.contains("\u{1B}["))
        XCTAssertTrue(plain.contains("jeu/  ✗ non conforme"))
        XCTAssertTrue(plain.contains("propre/  ✓ conforme"))
        XCTAssertTrue(plain.contains("Bilan : 2 jeux de données (1 en échec), 2 fichiers, 1 erreurs, 1 avertissements"))
        let coloured = TextReporter().render(report, options: ReportOptions(language: .en, color: true))
        XCTAssertTrue(coloured.contains("\u{1B}[31m"))
    }
}
