import XCTest
@testable import LavandeKit

/// Matching a header with a schema's fields: exact names, renamed ones, missing, extra, out of order.
final class SchemaHeaderMatchTests: XCTestCase {
    func testExactThenRenamed() {
        let match = HeaderMatch(header: ["NomAttribuant", "idAttribuant", "NOM_Beneficiaire", " montant ", "Département"],
                                fields: ["nomAttribuant", "idAttribuant", "nomBeneficiaire", "montant", "departement"])
        XCTAssertEqual(match.columnOfField, [0, 1, 2, 3, 4])
        XCTAssertEqual(match.renamed.map(\.column), [0, 2, 4], "spaces around a name are another rule's business")
        XCTAssertEqual(match.extra, [])
        XCTAssertEqual(match.missing, [])
        XCTAssertEqual(match.misplaced, [])
    }

    func testTyposWithinTwoEditsOnLongNamesOnly() {
        let long = HeaderMatch(header: ["lat_coor12", "adr_cp"], fields: ["lat_coor1", "com_cp"])
        XCTAssertEqual(long.renamed.map(\.field), [0])
        XCTAssertEqual(long.missing, [1], "adr_cp is three edits from com_cp: a different column")
        XCTAssertEqual(long.extra, [1])
        let short = HeaderMatch(header: ["nb", "num"], fields: ["id", "nom"])
        XCTAssertEqual(short.renamed.count, 0, "no typo allowed on names of three letters or fewer")
        XCTAssertEqual(short.missing, [0, 1])
    }

    func testAnExactNameIsNeverTakenByARename() {
        let match = HeaderMatch(header: ["tel2", "tel1"], fields: ["tel1", "tel2"])
        XCTAssertEqual(match.columnOfField, [1, 0])
        XCTAssertEqual(match.renamed.count, 0)
        XCTAssertEqual(match.misplaced.count, 1)
    }

    func testDuplicateHeaderIsExtra() {
        let match = HeaderMatch(header: ["id", "notificationUE", "notificationUE"], fields: ["id", "notificationUE"])
        XCTAssertEqual(match.columnOfField, [0, 1])
        XCTAssertEqual(match.extra, [2])
    }

    func testBlankHeadersAreNeitherExtraNorRenamed() {
        let match = HeaderMatch(header: ["id", "", "nom"], fields: ["id", "nom", "x"])
        XCTAssertEqual(match.extra, [])
        XCTAssertEqual(match.missing, [2])
    }

    func testFewestMovedFieldsAreMisplaced() {
        XCTAssertEqual(HeaderMatch.outsideLongestIncreasingRun([1, 0, 2, 3]).count, 1)
        XCTAssertEqual(HeaderMatch.outsideLongestIncreasingRun([0, 1, 2]), [])
        XCTAssertEqual(HeaderMatch.outsideLongestIncreasingRun([3, 0, 1, 2]), [3])
        XCTAssertEqual(HeaderMatch.outsideLongestIncreasingRun([2, 1, 0]).count, 2)
    }

    func testHugeHeadersMatchByNameOnly() {
        let fields = (0..<3000).map { "champ_numero_\($0)" }
        let header = (0..<3000).map { "colonne_numero_\($0)" } + ["champ_numero_7"]
        let start = Date()
        let match = HeaderMatch(header: header, fields: fields)
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        XCTAssertEqual(match.columnOfField[7], 3000)
        XCTAssertEqual(match.renamed.count, 0, "too many pairs to compare: exact names only")
    }

    func testEditDistance() {
        func distance(_ a: String, _ b: String, _ limit: Int = 2) -> Int? { HeaderMatch.distance(Array(a), Array(b), limit: limit) }
        XCTAssertEqual(distance("kitten", "sitting", 3), 3)
        XCTAssertNil(distance("kitten", "sitting"))
        XCTAssertEqual(distance("", "ab"), 2)
        XCTAssertEqual(distance("abc", "abc"), 0)
    }
}
