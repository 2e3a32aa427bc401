import XCTest
@testable import LavandeKit
import LavandeTestSupport

/// Type inference and column profiles of the single pass, with the default column types.
final class ColumnProfilerTests: XCTestCase {
    private func profiles(_ text: String, bytes: [UInt8]? = nil, showValues: Bool = false) async throws -> [ColumnSummary] {
        let folder = try TemporaryFolder()
        if let bytes { try folder.write("a.csv", bytes: bytes) } else { try folder.write("a.csv", text) }
        let active = try ActiveRules(RuleBookLoader().load([.defaultBook]), config: nil)
        let catalogue = try DatasetScanner().scan(paths: [folder.path])
        let report = await Engine(rules: active, options: EngineOptions(jobs: 1, showValues: showValues)).run(catalogue)
        return try XCTUnwrap(report.datasets.first?.files.first?.columnProfiles)
    }

    func testTypesAreInferredFromValuesAndHeaders() async throws {
        let columns = try await profiles("""
            ref;cp;montant;date_debut;courriel;numero
            12345678200010;01000;12,5;2024-01-05;jeanne@example.org;123456789
            73282932000074;75001;1 200,75;2024-02-11;paul@example.fr;987654321
            35600000000001;69001;3;2024-03-02;lea@example.net;555555555

            """)
        XCTAssertEqual(columns.map(\.type), ["siret", "postcode", "decimal", "date", "email", "integer"],
                       "nine digits that fail the SIREN key are numbers, not SIRENs")
        XCTAssertEqual(columns[3].minimum, "2024-01-05")
        XCTAssertEqual(columns[3].maximum, "2024-03-02")
        XCTAssertEqual(columns[2].minimum, "3")
        XCTAssertEqual(columns[0].filled, 3)
        XCTAssertEqual(columns[0].distinct, 3)
        XCTAssertEqual(columns[1].examples, ["01000", "75001", "69001"])
        XCTAssertEqual(columns[4].examples, [], "e-mail addresses may be personal: no examples in the profile")
    }

    func testShowValuesShowsExamplesOfSensitiveColumns() async throws {
        let columns = try await profiles("id;courriel\n1;jeanne@example.org\n", showValues: true)
        XCTAssertEqual(columns[1].examples, ["jeanne@example.org"])
    }

    func testAFiveDigitColumnIsNotAPostcodeWithoutItsHeader() async throws {
        let columns = try await profiles("id;valeur\n1;75001\n2;69001\n3;13001\n")
        XCTAssertEqual(columns[1].type, "integer")
        XCTAssertEqual(columns[1].shares.first?.type, "integer")
    }

    func testMissingSpellingsAreLeftOutOfInference() async throws {
        let columns = try await profiles("id;date\n1;2024-01-05\n2;NA\n3;néant\n4;2024-01-07\n5;\n")
        XCTAssertEqual(columns[1].type, "date")
        XCTAssertEqual(columns[1].filled, 2)
        XCTAssertEqual(columns[1].missing, 2)
        XCTAssertEqual(columns[1].empty, 1)
    }

    func testWindows1252CellsAreReadAsText() async throws {
        // "néant" and a no-break space (0xA0) as thousands separator, in Windows-1252.
        var bytes = Array("id;montant;note\n1;17".utf8) + [0xA0] + Array("833;n".utf8) + [0xE9] + Array("ant\n".utf8)
        bytes += Array("2;12;N".utf8) + [0xC9] + Array("ANT\n3;4,5;x\n".utf8)
        let columns = try await profiles("", bytes: bytes)
        XCTAssertEqual(columns[1].type, "decimal")
        XCTAssertEqual(columns[1].maximum, "17833")
        XCTAssertEqual(columns[2].missing, 2, "néant and NÉANT are spellings of missing")
    }
}
