import XCTest
@testable import LavandeKit
import LavandeTestSupport

/// The `types.` checks on whole files: counts, locations, evidence, and what must stay quiet.
final class ColumnTypeChecksTests: XCTestCase {
    private func report(_ text: String) async throws -> Report {
        let folder = try TemporaryFolder()
        try folder.write("a.csv", text)
        return try await check(folder.path)
    }

    func testLeadingZerosLostAreNotAlsoTypeMismatches() async throws {
        let report = try await report("commune;code_postal\nBourg;1000\nParis;75001\nLyon;69001\nOyonnax;1100\n")
        let finding = try XCTUnwrap(report.finding("types.leading-zero-lost"))
        XCTAssertEqual(finding.count, 2)
        XCTAssertEqual(finding.examples.map(\.row), [2, 5])
        XCTAssertEqual(finding.location?.column?.name, "code_postal")
        XCTAssertEqual(finding.evidence, "«1000», «1100»")
        XCTAssertNil(report.finding("types.type-mismatch"))
    }

    /// Implausible dates long after the types' trial, in a column among others whose types the
    /// profiler no longer reads, each counted where it is.
    func testImplausibleDatesAreCountedThroughoutTheFile() async throws {
        let rows = (1...3_000).map { row in
            let date = [5, 1_500, 2_999].contains(row) ? "1900-01-01" : String(format: "2024-%02d-%02d", row % 12 + 1, row % 28 + 1)
            return "\(row);Salle \(row % 7);\(date);\(row * 3),5"
        }
        let report = try await report("id;nom;date_maj;montant\n" + rows.joined(separator: "\n") + "\n")
        let finding = try XCTUnwrap(report.finding("types.implausible-date"))
        XCTAssertEqual(finding.count, 3)
        XCTAssertEqual(finding.examples.map(\.row), [6, 1_501, 3_000])
        XCTAssertEqual(finding.location?.column?.name, "date_maj")
    }

    func testFloatSirensAndScientificNotationFromExcel() async throws {
        let report = try await report("""
            ANNEE;COLL_SIRET;SUB_MONTANT;ATTRIB_SIRET
            2017;21860194600000.0;10000.0;2.18601946E+13
            2017;21860194600000.0;12800.0;45032466000000

            """)
        let float = try XCTUnwrap(report.finding("types.float-code"))
        XCTAssertEqual(float.count, 2)
        XCTAssertEqual(float.location?.column?.name, "COLL_SIRET", "amounts written 10000.0 are not codes")
        let scientific = try XCTUnwrap(report.finding("types.scientific-notation"))
        XCTAssertEqual(scientific.location?.column?.name, "ATTRIB_SIRET")
        XCTAssertEqual(report.findings.filter { $0.ruleID == "types.float-code" }.count, 1)
    }

    func testWrongSiretKeysAreErrorsWithMessageInBothLanguages() async throws {
        let report = try await report("nom;siret\nA;12345678200010\nB;12345678200011\nC;35600000012340\n")
        let findings = report.findings.filter { $0.ruleID == "types.invalid-identifier" }
        XCTAssertEqual(findings.map(\.count).sorted(), [1, 1], "a Luhn failure and a La Poste failure")
        let luhn = try XCTUnwrap(findings.first { $0.location?.row == 3 })
        XCTAssertTrue(luhn.message.fr.contains("SIRET"), luhn.message.fr)
        XCTAssertNotEqual(luhn.message.fr, luhn.message.en)
    }

    func testMixedDateFormatsNameTheMainFormat() async throws {
        try await assertMixedDates(["2024-01-15", "2024-02-20", "15/03/2024", "2024-04-01", "16/03/2024"],
                                   rows: [4, 6], messageHas: ["main format yyyy-mm-dd"])
    }

    /// The formats are listed in the order first seen, whichever is counted apart: the first
    /// one here is the minority's until the last cell, and wins the tie.
    func testMixedDateFormatsTieGoesToTheFormatSeenFirst() async throws {
        try await assertMixedDates(["15/03/2024", "2024-01-15", "2024-02-20", "16/03/2024"],
                                   rows: [3, 4], messageHas: ["main format dd/mm/yyyy", "(dd/mm/yyyy (2), yyyy-mm-dd (2))"])
    }

    /// A column of `dates` (rows 2 on) raises one mixed-formats finding, whose examples are the
    /// dates at `rows` (as many as it counts) and whose English message holds each of `parts`.
    private func assertMixedDates(_ dates: [String], rows: [Int], messageHas parts: [String],
                                  file: StaticString = #filePath, line: UInt = #line) async throws {
        let text = "id;date\n" + dates.enumerated().map { "\($0.offset + 1);\($0.element)\n" }.joined()
        let report = try await report(text)
        let finding = try XCTUnwrap(report.finding("types.mixed-date-formats"), file: file, line: line)
        XCTAssertEqual(finding.count, rows.count, file: file, line: line)
        XCTAssertEqual(finding.examples.map(\.row), rows, file: file, line: line)
        for part in parts { XCTAssertTrue(finding.message.en.contains(part), finding.message.en, file: file, line: line) }
    }

    func testSwappedCoordinatesPointAtTheRow() async throws {
        let report = try await report("nom,latitude,longitude\nGare,49.921823,1.081183\nAutre,1.065656,49.921921\n")
        let finding = try XCTUnwrap(report.finding("types.coordinates-swapped"))
        XCTAssertEqual(finding.location?.row, 3)
        XCTAssertNil(report.finding("types.coordinates-outside-france"))
    }

    func testATextColumnRaisesNothing() async throws {
        let report = try await report("id;commentaire\n1;RAS\n2;en cours\n3;2024-01-05\n4;voir 01/02/2024\n")
        XCTAssertEqual(report.findings.filter { $0.ruleID.hasPrefix("types.") }.map(\.ruleID), [])
    }

    func testARuleCanDeclareTheTypeOfColumns() async throws {
        let folder = try TemporaryFolder()
        try folder.write("data/a.csv", "id;code\n1;75001\n2;Paris\n3;69001\n")
        let path = try folder.write("book.yaml", book(checks: """
              - id: types.code-is-postcode
                kind: column-type
                severity: error
                columns: "^code$"
                with: {type: postcode}
                title: {fr: "Code postal", en: "Postcode"}
                message: {fr: "{count} hors type {type}", en: "{count} not {type}: {values}"}
                help: {fr: "Corrigez.", en: "Fix."}
                examples:
                  fail: [{file: "code\\nParis\\n"}]
                  pass: [{file: "code\\n75001\\n"}]
            """))
        let set = try RuleBookLoader().load([.defaultBook, .file(path)])
        let report = try await check(folder.path + "/data", rules: ActiveRules(set, config: nil))
        let finding = try XCTUnwrap(report.finding("types.code-is-postcode"))
        XCTAssertEqual(finding.count, 1)
        XCTAssertEqual(finding.location?.row, 3)
        XCTAssertEqual(finding.message.en, "1 not postcode: «Paris»")
        for outcome in try await ExampleRunner(types: set.types).run(try XCTUnwrap(set.rule("types.code-is-postcode"))) {
            XCTAssertTrue(outcome.passed)
        }
    }

    func testRuleBooksNamingUnknownTypesAreRefused() throws {
        let errors = try loadErrors(book(checks: """
              - id: types.bad
                kind: invalid-value
                severity: error
                with: {types: [siret, sirette]}
                title: {fr: "x", en: "x"}
                message: {fr: "x", en: "x"}
                help: {fr: "x", en: "x"}
                examples:
                  fail: [{file: "a\\n1\\n"}]
                  pass: [{file: "a\\n1\\n"}]
            """, extra: """
            types:
              - {id: siret, title: {fr: S, en: S}, validate: siret}
              - {id: siret, title: {fr: S, en: S}, validate: siret}
              - {id: code, title: {fr: C, en: C}, pattern: "([a-z"}
              - {id: vide, title: {fr: V, en: V}}
              - {id: cp, title: {fr: C, en: C}, validate: postcode, header-required: true}
              - {id: x, title: {fr: X, en: X}, validate: siret, min-share: 2}
            """))
        let messages = errors.map(\.message)
        XCTAssertTrue(messages.contains { $0.contains("unknown column type 'sirette'") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("column type 'siret' is already defined") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("pattern:") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("needs a 'pattern', a 'validate'") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("header-required needs 'headers'") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("min-share must be between 0 and 1") }, "\(messages)")
        XCTAssertTrue(errors.allSatisfy { $0.location.line > 1 }, "every error is located")
    }
}
