import XCTest
@testable import LavandeKit

final class MarkdownReporterTests: XCTestCase {
    func testSamplesMatchGolden() async throws {
        let report = try await ReporterFixtures.samplesReport()
        let output = MarkdownReporter().render(report, options: ReportOptions(language: .fr))
        try ReporterFixtures.assertGolden(output, "samples.md")
        XCTAssertTrue(output.hasPrefix("## ❌ Lavande — non conforme\n"))
        XCTAssertEqual(output.components(separatedBy: "<details>").count - 1,
                       Set(report.findings.map(\.dataset)).count)
        XCTAssertTrue(output.contains("### Premiers constats (20/"))
    }

    func testPassingReport() {
        let report = ReporterFixtures.smallReport([ReporterFixtures.finding("structure.blank-rows", .warning)])
        let output = MarkdownReporter().render(report, options: ReportOptions(language: .en))
        XCTAssertTrue(output.hasPrefix("## ✅ Lavande — pass\n"))
        XCTAssertFalse(output.contains("Failing datasets"))
        XCTAssertTrue(output.contains("| structure | 0 | 1 | 0 |"))
        XCTAssertTrue(output.contains("### Findings\n\n1. **warning** `structure.blank-rows` — jeu/a.csv  \n   Problem  \n   → Fix it.\n"))
        XCTAssertTrue(output.contains("✅ No finding: `propre/`"))
    }

    func testFailingDatasetsOrderAndLimit() {
        var findings = (1...25).map { ReporterFixtures.finding("structure.blank-rows", .warning, location: Location(row: $0)) }
        findings.append(ReporterFixtures.finding("structure.extra-cells", .error, location: Location(row: 30)))
        let output = MarkdownReporter().render(ReporterFixtures.smallReport(findings), options: ReportOptions(language: .en))
        XCTAssertTrue(output.hasPrefix("## ❌ Lavande — fail\n"))
        XCTAssertTrue(output.contains("### Failing datasets\n\n- `jeu/` — 1 errors\n"))
        XCTAssertTrue(output.contains("### First findings (20/26)\n\n1. **error** `structure.extra-cells`"))
        XCTAssertTrue(output.contains("20. **warning**"))
        XCTAssertFalse(output.contains("21. **"))
        // The details section has them all.
        XCTAssertEqual(output.components(separatedBy: "| warning | `structure.blank-rows`").count - 1, 25)
        XCTAssertTrue(output.contains("<details><summary><code>jeu/</code> — ❌ fail — 1 errors, 25 warnings</summary>"))
    }

    func testEscapingWaivedAndDatasetLevel() {
        let report = ReporterFixtures.smallReport([
            ReporterFixtures.finding("structure.x", .error, location: Location(row: 2, column: ColumnRef(index: 1, name: "a|b")),
                                     message: "a | b <script> *x*\nnext", help: "use `;`"),
            ReporterFixtures.finding("licence.missing", .error, file: nil, message: "No licence"),
            ReporterFixtures.finding("types.type-mismatch", .error, waiver: "ok | fine"),
        ])
        let output = MarkdownReporter().render(report, options: ReportOptions(language: .fr))
        XCTAssertTrue(output.contains("| error | `structure.x` | `jeu/a.csv` | ligne 2, colonne 1 «a\\|b» | "
            + "Problème : a \\| b &lt;script&gt; \\*x\\*<br>next | Corrigez : use \\`;\\` |"))
        XCTAssertTrue(output.contains("| error | `licence.missing` | (dossier) |"))
        XCTAssertTrue(output.contains("| error (dérogation: ok \\| fine) | `types.type-mismatch` |"))
        XCTAssertTrue(output.contains("2 erreurs, 1 dérogation</summary>"))
        // Every table row keeps its 6 cells.
        for line in output.split(separator: "\n") where line.hasPrefix("| error") {
            let unescaped = line.replacingOccurrences(of: "\\|", with: "")
            XCTAssertEqual(unescaped.filter { $0 == "|" }.count, 7, String(line))
        }
    }
}
