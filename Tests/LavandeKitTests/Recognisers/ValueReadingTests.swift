import XCTest
@testable import LavandeKit

final class ValueReadingTests: XCTestCase {
    func testEveryPartReadsBackAsItWasSet() {
        let reading = ValueReading(problem: .outOfRange, format: .decimalComma, ordinal: -12.5, year: 1900)
        XCTAssertEqual(reading.problem, .outOfRange)
        XCTAssertEqual(reading.format, .decimalComma)
        XCTAssertEqual(reading.ordinal, -12.5)
        XCTAssertEqual(reading.year, 1900)
        let empty = ValueReading()
        XCTAssertNil(empty.problem)
        XCTAssertNil(empty.format)
        XCTAssertNil(empty.ordinal, "no ordinal is not an ordinal of NaN to its readers")
        XCTAssertNil(empty.year)
        XCTAssertEqual(ValueReading(ordinal: 0, year: 0).ordinal, 0, "zero is an ordinal")
        XCTAssertEqual(ValueReading(ordinal: 0, year: 0).year, 0, "year 0000 is a year")
        XCTAssertEqual(ValueReading(ordinal: .infinity).ordinal, .infinity)
    }

    func testSettingAPartToNilTakesItAway() {
        var reading = ValueReading(ordinal: 3, year: 2024)
        reading.ordinal = nil
        reading.year = nil
        XCTAssertEqual(reading, ValueReading())
    }

    func testReadingsAreEqualWhenTheirPartsAre() {
        XCTAssertEqual(ValueReading(), ValueReading(), "two readings without an ordinal are equal although NaN is not")
        XCTAssertEqual(ValueReading(format: .isoDate, ordinal: 1, year: 1970), ValueReading(format: .isoDate, ordinal: 1, year: 1970))
        XCTAssertNotEqual(ValueReading(ordinal: 0), ValueReading())
        XCTAssertNotEqual(ValueReading(year: 0), ValueReading())
        XCTAssertNotEqual(ValueReading(problem: .checksum), ValueReading())
        XCTAssertNotEqual(ValueReading(format: .decimalPoint), ValueReading(format: .decimalComma))
    }

    func testYearsBeyondThirtyTwoBitsAreClampedNotLost() {
        XCTAssertEqual(ValueReading(year: Int(Int32.max) + 1).year, Int(Int32.max))
        XCTAssertEqual(ValueReading(year: Int(Int32.min)).year, Int(Int32.min) + 1, "Int32.min stands for no year")
        XCTAssertEqual(ValueReading(year: -44).year, -44)
    }

    func testAReadingTakesSixteenBytes() {
        XCTAssertLessThanOrEqual(MemoryLayout<ValueReading>.size, 16)
        XCTAssertLessThanOrEqual(MemoryLayout<ValueReading?>.size, 16, "an optional reading, as validators return it, too")
    }
}
