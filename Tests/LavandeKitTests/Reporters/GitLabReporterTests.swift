import Foundation
import XCTest
@testable import LavandeKit

final class GitLabReporterTests: XCTestCase {
    private func issues(_ report: Report, language: Language = .en) throws -> [[String: Any]] {
        let output = GitLabReporter().render(report, options: ReportOptions(language: language))
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
    }

    func testSamplesMatchGolden() async throws {
        let report = try await ReporterFixtures.samplesReport()
        let output = GitLabReporter().render(report, options: ReportOptions(language: .en))
        try ReporterFixtures.assertGolden(output, "samples.gitlab.json")
        let issues = try issues(report)
        XCTAssertEqual(issues.count, report.findings.filter { !$0.isWaived }.count)
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        XCTAssertEqual(Set(fingerprints).count, issues.count, "fingerprints are unique")
        // Stable: a second run gives the same fingerprints.
        let again = try await ReporterFixtures.samplesReport()
        XCTAssertEqual(try self.issues(again).compactMap { $0["fingerprint"] as? String }, fingerprints)
    }

    func testShapeSeveritiesAndDatasetLevelFindings() throws {
        let report = ReporterFixtures.smallReport([
            ReporterFixtures.finding("structure.extra-cells", .error, location: Location(row: 4, line: 5, column: ColumnRef(index: 2, name: "nom"))),
            ReporterFixtures.finding("structure.blank-rows", .warning),
            ReporterFixtures.finding("types.note", .info, location: Location(row: 7)),
            ReporterFixtures.finding("licence.missing", .error, file: nil, message: "No licence"),
            ReporterFixtures.finding("types.type-mismatch", .error, waiver: "accepted"),
        ])
        let issues = try issues(report)
        XCTAssertEqual(issues.map { $0["check_name"] as? String }, ["licence.missing", "structure.blank-rows", "structure.extra-cells", "types.note"])
        XCTAssertEqual(issues.map { $0["severity"] as? String }, ["critical", "minor", "critical", "info"])
        func location(_ index: Int) -> (String?, Int?) {
            let location = issues[index]["location"] as? [String: Any]
            return (location?["path"] as? String, (location?["lines"] as? [String: Any])?["begin"] as? Int)
        }
        XCTAssertTrue(location(0) == ("jeu", 1))
        XCTAssertTrue(location(1) == ("jeu/a.csv", 1))
        XCTAssertTrue(location(2) == ("jeu/a.csv", 5))
        XCTAssertTrue(location(3) == ("jeu/a.csv", 7))
        XCTAssertEqual(issues[2]["description"] as? String, "Problem (row 4, line 5, column 2 «nom»)")
        XCTAssertEqual((issues[2]["content"] as? [String: Any])?["body"] as? String, "Fix it.")
        for issue in issues {
            XCTAssertEqual((issue["fingerprint"] as? String)?.count, 32)
        }
    }

    func testFingerprintIsStableAndDistinguishesPlaces() throws {
        let first = ReporterFixtures.finding("structure.x", .error, location: Location(row: 2, line: 2), message: "3 cells")
        var changedMessage = first
        changedMessage.message = LocalizedText(fr: "4 cellules", en: "4 cells")
        var otherLine = first
        otherLine.location = Location(row: 3, line: 3)
        func fingerprint(_ findings: [Finding]) throws -> [String] {
            try issues(ReporterFixtures.smallReport(findings)).compactMap { $0["fingerprint"] as? String }
        }
        XCTAssertEqual(try fingerprint([first]), try fingerprint([changedMessage]), "the message does not change the fingerprint")
        XCTAssertNotEqual(try fingerprint([first]), try fingerprint([otherLine]))
        // Two findings at the same place still get distinct fingerprints.
        let twice = try fingerprint([first, ReporterFixtures.finding("structure.x", .error, location: Location(row: 2, line: 2), message: "other")])
        XCTAssertEqual(Set(twice).count, 2)
        XCTAssertEqual(GitLabReporter.fingerprint(""), "cbf29ce484222325" + "6c62272e07bb0142")
    }
}
