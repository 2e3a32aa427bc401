import XCTest
@testable import LavandeKit

final class GitHubReporterTests: XCTestCase {
    func testSamplesMatchGolden() async throws {
        let report = try await ReporterFixtures.samplesReport()
        let output = GitHubReporter().render(report, options: ReportOptions(language: .en))
        try ReporterFixtures.assertGolden(output, "samples.github.txt")
        let lines = output.split(separator: "\n")
        XCTAssertEqual(lines.count, report.findings.count + 1)
        XCTAssertTrue(lines.dropLast().allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") })
        XCTAssertTrue(lines.last?.hasPrefix("Summary: ") == true)
    }

    func testLevelsPropertiesAndSummary() {
        let report = ReporterFixtures.smallReport([
            ReporterFixtures.finding("structure.extra-cells", .error, location: Location(row: 4, line: 5, byteColumn: 12)),
            ReporterFixtures.finding("structure.blank-rows", .warning, location: Location(row: 3)),
            ReporterFixtures.finding("types.note", .info),
        ])
        let lines = GitHubReporter().render(report, options: ReportOptions(language: .en)).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, [
            "::warning file=jeu/a.csv,line=3,title=structure.blank-rows::Problem — Fix it.",
            "::error file=jeu/a.csv,line=5,col=12,title=structure.extra-cells::Problem — Fix it.",
            "::notice file=jeu/a.csv,title=types.note::Problem — Fix it.",
            "Summary: 2 datasets (1 failing), 2 files, 1 errors, 1 warnings, 1 infos",
        ])
    }

    func testEscaping() {
        let report = ReporterFixtures.smallReport([
            Finding(ruleID: "structure.x", severity: .error, message: LocalizedText(fr: "x", en: "100% sure\r\nnext: a,b"),
                    help: LocalizedText(fr: "y", en: "fix"), dataset: "jeu", file: "jeu/a:b,c%.csv", location: nil,
                    count: 1, examples: [], evidence: nil),
        ])
        let first = GitHubReporter().render(report, options: ReportOptions(language: .en)).split(separator: "\n").first
        XCTAssertEqual(first, "::error file=jeu/a%3Ab%2Cc%25.csv,title=structure.x::100%25 sure%0D%0Anext: a,b — fix")
    }

    func testWaivedAndDatasetLevelFindings() {
        let report = ReporterFixtures.smallReport([
            ReporterFixtures.finding("licence.missing", .error, file: nil, message: "No licence"),
            ReporterFixtures.finding("types.type-mismatch", .error, location: Location(row: 2, line: 2), waiver: "known, fixed upstream"),
        ])
        let lines = GitHubReporter().render(report, options: ReportOptions(language: .fr)).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], "::error title=licence.missing::Problème : No licence — Corrigez : Fix it.")
        XCTAssertEqual(lines[1], "::notice file=jeu/a.csv,line=2,title=types.type-mismatch (dérogation)::"
            + "Problème : Problem — Corrigez : Fix it. [dérogation: known, fixed upstream]")
        XCTAssertEqual(lines[2], "Bilan : 2 jeux de données (1 en échec), 2 fichiers, 1 erreurs, 0 avertissements, 0 informations, 1 dérogation")
    }
}
