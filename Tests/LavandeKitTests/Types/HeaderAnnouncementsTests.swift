@testable import LavandeKit
import XCTest

/// The types a header announces are worked out once per header, and again when the catalogue's
/// types change.
final class HeaderAnnouncementsTests: XCTestCase {
    private func type(_ id: String, headers: [String]) -> ColumnType {
        ColumnType(id: id, title: LocalizedText(fr: id, en: id), validator: .integer, headers: headers,
                   location: SourceLocation(file: "test.yaml", line: 1, column: 1))
    }

    func testAHeaderAnnouncesTheTypesWhoseHintsItHolds() throws {
        var catalogue = ColumnTypeCatalogue(types: [type("code-postal", headers: ["code postal", "cp"]),
                                                    type("commune", headers: ["commune"])])
        let header = HeaderName("Code postal bénéficiaire")
        XCTAssertEqual(catalogue.typesAnnounced(by: header), [0])
        XCTAssertEqual(catalogue.typesAnnounced(by: header), [0], "the same, from the cache")
        XCTAssertEqual(catalogue.typesAnnounced(by: HeaderName("commune")), [1])
        XCTAssertEqual(catalogue.typesAnnounced(by: HeaderName("nom")), [])

        catalogue.types.append(type("code-postal-fr", headers: ["code postal"]))
        XCTAssertEqual(catalogue.typesAnnounced(by: header), [0, 2], "a type added later counts")
    }
}
