import XCTest
@testable import LavandeKit

/// The profiler's shortcut for cells too short for a type (`CellReader.isShortMismatch`): taken,
/// it must give what the full verdict gives, a mismatch; cells that may be damage to a code are
/// left to the verdict.
final class ShortMismatchTests: XCTestCase {
    private func reader() throws -> (CellReader, ColumnTypeCatalogue) {
        let catalogue = try RuleBookLoader().load([.defaultBook]).types
        return (CellReader(catalogue: catalogue, limit: 5), catalogue)
    }

    private func verdict(_ reader: CellReader, _ cell: String, as index: Int) -> (shortcut: Bool, verdict: TypeVerdict) {
        Array(cell.utf8).withUnsafeBufferPointer { cell in
            let facts = reader.facts(of: cell)
            var scratch = CellScratch()
            return (reader.isShortMismatch(cell, as: index, isScientific: facts.form == .scientific),
                    reader.verdict(of: cell, as: index, scratch: &scratch, facts: facts))
        }
    }

    func testTheShortcutAgreesWithTheVerdictForEveryTypeAndLength() throws {
        let (reader, catalogue) = try reader()
        let shapes: [(Int) -> String] = [
            { String(repeating: "7", count: $0) },
            { String(repeating: "0", count: $0) },
            { String(repeating: "a", count: $0) },
            { "FR" + String(repeating: "7", count: max(0, $0 - 2)) },
            { String(repeating: "4", count: max(0, $0 - 2)) + ".0" },
            { String(repeating: "1 ", count: $0 / 2) },
        ]
        var taken = 0
        for index in catalogue.types.indices {
            for length in 1..<max(1, reader.mismatchBelow[index]) {
                for shape in shapes {
                    let cell = shape(length)
                    guard !cell.isEmpty else { continue }
                    let (shortcut, verdict) = verdict(reader, cell, as: index)
                    if shortcut {
                        taken += 1
                        XCTAssertEqual(verdict, .mismatch, "\(catalogue.types[index].id) on \(cell)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(taken, 100, "the shortcut is taken for the long types")
    }

    func testTheLongPersonalTypesAreRuledOutByLength() throws {
        let (reader, catalogue) = try reader()
        for id in ["nir", "iban", "card"] {
            let index = try XCTUnwrap(catalogue.types.firstIndex { $0.id == id })
            XCTAssertGreaterThanOrEqual(reader.mismatchBelow[index], 13, id)
            XCTAssertTrue(verdict(reader, "75001", as: index).shortcut, id)
            XCTAssertFalse(verdict(reader, String(repeating: "1", count: 23), as: index).shortcut, id)
        }
    }

    func testDamageToACodeIsLeftToTheVerdict() throws {
        let (reader, catalogue) = try reader()
        let postcode = try XCTUnwrap(catalogue.types.firstIndex { $0.id == "postcode" })
        XCTAssertEqual(reader.mismatchBelow[postcode], 0, "a type with a width: a short cell may have lost a zero")
        let lost = verdict(reader, "1000", as: postcode)
        XCTAssertFalse(lost.shortcut)
        XCTAssertEqual(lost.verdict, .leadingZeroLost)

        let nir = try XCTUnwrap(catalogue.types.firstIndex { $0.id == "nir" })
        let scientific = verdict(reader, "1.8E+14", as: nir)
        XCTAssertFalse(scientific.shortcut, "scientific notation may be damage to a long number")
        XCTAssertEqual(scientific.verdict, .excelDamaged(validOnceUnfloated: false))
    }
}
