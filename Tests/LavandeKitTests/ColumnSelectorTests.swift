import XCTest
@testable import LavandeKit

/// `columns:` selectors: searched, case ignored, in each header and in its folded form; in time
/// linear in the header for the patterns of the automaton's subset.
final class ColumnSelectorTests: XCTestCase {
    func testSearchIgnoresCaseAndAccents() throws {
        let selector = try ColumnSelector(pattern: "departement")
        XCTAssertTrue(selector.matches(header: "Département"), "matched in the folded header")
        XCTAssertTrue(selector.matches(header: "CODE_DEPARTEMENT"), "searched, not anchored")
        XCTAssertFalse(selector.matches(header: "commune"))
        let whole = try ColumnSelector(pattern: "^montant$")
        XCTAssertTrue(whole.matches(header: "MONTANT"))
        XCTAssertTrue(whole.matches(header: " Montant "), "the folded form is trimmed")
        XCTAssertFalse(whole.matches(header: "montant_ttc"))
        XCTAssertTrue(try ColumnSelector(pattern: "^(prénom|nom)$").matches(header: "PRÉNOM"), "case folded beyond ASCII")
    }

    func testHostileHeaderTakesLinearTime() throws {
        let selector = try ColumnSelector(pattern: "^(a+)+$")
        let started = Date()
        XCTAssertFalse(selector.matches(header: String(repeating: "a", count: 100_000) + "b"))
        XCTAssertTrue(selector.matches(header: String(repeating: "A", count: 100_000)))
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
    }

    func testPatternThatDoesNotCompileThrows() {
        XCTAssertThrowsError(try ColumnSelector(pattern: "montant("))
    }
}
