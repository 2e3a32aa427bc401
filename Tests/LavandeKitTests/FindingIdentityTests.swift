@testable import LavandeKit
import XCTest

final class FindingIdentityTests: XCTestCase {
    func testAKeyReadsBackAsItsIdentity() {
        let located = ReporterFixtures.finding("personal-data.free-text", .error, dataset: "Équipements", file: "Équipements/a.csv",
                                                 location: Location(row: 3, column: ColumnRef(index: 2, name: "commentaire")))
        let folderWide = ReporterFixtures.finding("licence.missing", .warning, file: nil)
        let unnamedColumn = ReporterFixtures.finding("types.x", .info, location: Location(row: 2, column: ColumnRef(index: 4, name: nil)))
        for finding in [located, folderWide, unnamedColumn] {
            let identity = FindingIdentity(finding)
            XCTAssertEqual(FindingIdentity(key: identity.key), identity)
        }
        XCTAssertEqual(FindingIdentity(located).column, "commentaire")
        XCTAssertEqual(FindingIdentity(unnamedColumn).column, "4")
        XCTAssertNil(FindingIdentity(folderWide).file)
    }

    func testStringsNoKeyGivesAreRefused() {
        XCTAssertNil(FindingIdentity(key: "structure.x"))
        XCTAssertNil(FindingIdentity(key: "a\u{1F}b\u{1F}c"))
        XCTAssertNil(FindingIdentity(key: "a\u{1F}b\u{1F}c\u{1F}d\u{1F}e"))
    }
}
