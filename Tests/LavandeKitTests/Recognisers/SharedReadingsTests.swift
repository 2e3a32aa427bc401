import XCTest
@testable import LavandeKit

/// Validators reading one cell with what the others already worked out (`SharedReadings`) read it
/// as each does alone, whatever the order they come in.
final class SharedReadingsTests: XCTestCase {
    private let cells = [
        "12", "-12", "0012", "12 000", "12 000,50", "1.234,56", "1,234.56", "1,234", "12,50 €", "12,50€", "12 €", "€",
        "3,5 %", "1e5", "12a", "", " ", ",5", "5,", "1 2", "99999999999999999999999",
        "06 12 34 56 78", "0612345678", "+33 6 12 34 56 78", "0033612345678", "01 23 45 67 89", "09 70 12 34 56",
        "08 00 12 34 56", "07 12 34 56 78", "07 32 34 56 78", "+262 692 12 34 56", "06 12 34 56", "06-12-34-56-78",
        "05 60 40 96 16", "accueil@mairie.fr", "2024-01-05",
        "46.59222", "-4,52584", "+0.5", "90", "-90.00001", "180,0", "181", "48.8566.1", "1,234,567.5", "1.234.567",
        "652 345,2", "6 600 000", "6\u{A0}600\u{A0}000", "12 345.6", "1 234 56",
    ]

    /// Coordinates in degrees are never grouped: the number every validator shares is read with
    /// grouping, and what it gives them must be what a reading without grouping gives.
    func testAPlainNumberIsTheReadingWithoutGrouping() {
        for cell in cells {
            Array(cell.utf8).withUnsafeBufferPointer { bytes in
                let withGrouping = NumberReader.read(bytes, from: 0, to: bytes.count, grouping: true)
                let without = NumberReader.read(bytes, from: 0, to: bytes.count, grouping: false)
                XCTAssertEqual(NumberReader.plain(withGrouping)?.value, without?.value, cell)
                XCTAssertEqual(NumberReader.plain(withGrouping)?.formatTag, without?.formatTag, cell)
            }
        }
        for grouped in ["12 000", "1,234,567.5", "1.234.567", "652 345,2", "12 345.6"] {
            Array(grouped.utf8).withUnsafeBufferPointer { bytes in
                XCTAssertEqual(NumberReader.read(bytes, from: 0, to: bytes.count, grouping: true)?.isGrouped, true, grouped)
            }
        }
    }

    func testEveryOrderOfTheValidatorsGivesTheirOwnReadings() {
        let validators = BuiltInValidator.allCases
        for cell in cells {
            let alone = validators.map { readCell($0, cell) }
            for rotation in validators.indices {
                let order = Array(validators.indices[rotation...]) + Array(validators.indices[..<rotation])
                var shared = SharedReadings()
                for index in order {
                    let reading = Array(cell.utf8).withUnsafeBufferPointer { validators[index].read($0, sharing: &shared) }
                    XCTAssertEqual(reading, alone[index], "\(validators[index].rawValue) on '\(cell)' after \(order.prefix { $0 != index })")
                }
            }
        }
    }

    func testTheSharedReadingsAreThoseOfTheCell() {
        var shared = SharedReadings()
        Array("06 12 34 56 78".utf8).withUnsafeBufferPointer { cell in
            XCTAssertNil(shared.number(cell), "not a number")
            XCTAssertEqual(shared.phone(cell)?.national, 612_345_678)
            XCTAssertEqual(shared.phone(cell)?.international, false)
        }
        var other = SharedReadings()
        Array("12 000,5".utf8).withUnsafeBufferPointer { cell in
            XCTAssertEqual(other.number(cell)?.value, 12_000.5)
            XCTAssertNil(other.phone(cell))
        }
    }
}
