@testable import LavandeKit
import XCTest

/// The readings of a record as the profiler leaves them for the observers (`RecordReadings`).
final class RecordReadingsTests: XCTestCase {
    private let valid = ValueReading(format: .isoDate, ordinal: 19_000, year: 2022)
    private let invalid = ValueReading(problem: .checksum)

    func testEachColumnHoldsItsOwnReadingsInTheOrderAdded() {
        let readings = RecordReadings(typeCount: 130)
        readings.reserve(capacities: [2, 0, 3])
        readings.append(valid, type: 5, column: 2)
        readings.append(invalid, type: 7, column: 0)
        readings.append(invalid, type: 100, column: 2)
        XCTAssertEqual(readings.columnCount, 3)
        XCTAssertEqual(readings.readings(column: 0).map(\.type), [7])
        XCTAssertEqual(readings.readings(column: 1).map(\.type), [])
        XCTAssertEqual(readings.readings(column: 2).map(\.type), [5, 100])
        XCTAssertEqual(readings.reading(column: 2, type: 5), valid)
        XCTAssertEqual(readings.reading(column: 2, type: 100), invalid)
        XCTAssertNil(readings.reading(column: 0, type: 5), "another column's type")
        XCTAssertNil(readings.reading(column: 3, type: 5), "past the last column")
        XCTAssertNil(readings.reading(column: -1, type: 5))
        XCTAssertEqual(readings.readings(column: 3).count, 0, "no readings past the last column")
        XCTAssertEqual(readings.readings(column: -1).count, 0)
    }

    func testOnlyValidReadingsCountAsValidValues() {
        let readings = RecordReadings(typeCount: 130)
        readings.reserve(capacities: [1, 1])
        readings.append(invalid, type: 3, column: 0)
        readings.append(valid, type: 70, column: 1)
        XCTAssertFalse(readings.hasValidValue(ofAnyOf: TypeMask([3], count: 130)), "read, but invalid")
        XCTAssertTrue(readings.hasValidValue(ofAnyOf: TypeMask([3, 70], count: 130)), "second word")
        XCTAssertFalse(readings.hasValidValue(ofAnyOf: TypeMask([69, 71], count: 130)))
    }

    func testClearingAndReservingEmptyTheRecord() {
        let readings = RecordReadings(typeCount: 10)
        readings.reserve(capacities: [1])
        readings.append(valid, type: 4, column: 0)
        readings.clear()
        XCTAssertEqual(readings.readings(column: 0).count, 0)
        XCTAssertFalse(readings.hasValidValue(ofAnyOf: TypeMask([4], count: 10)))
        readings.append(valid, type: 4, column: 0)
        readings.reserve(capacities: [1, 1, 1, 1])
        XCTAssertEqual(readings.columnCount, 4)
        XCTAssertEqual((0..<4).map { readings.readings(column: $0).count }, [0, 0, 0, 0])
        XCTAssertFalse(readings.hasValidValue(ofAnyOf: TypeMask([4], count: 10)))
    }

    /// The profiler's readings keep the types its observers ask for, and no others: a reading of
    /// another type is not copied, and does not count as a valid value.
    func testOnlyTheTypesAskedForAreKept() {
        let readings = RecordReadings(typeCount: 10, keepsEveryType: false)
        readings.reserve(capacities: [3])
        readings.keep([2, 7])
        readings.append(valid, type: 2, column: 0)
        readings.append(valid, type: 4, column: 0)
        readings.append(invalid, type: 7, column: 0)
        XCTAssertEqual(readings.readings(column: 0).map(\.type), [2, 7])
        XCTAssertTrue(readings.hasValidValue(ofAnyOf: TypeMask([2], count: 10)))
        XCTAssertEqual((0..<10).filter(readings.isKept), [2, 7])
        // A later part's profiler keeps what the first one keeps.
        let later = RecordReadings(typeCount: 10, keepsEveryType: false)
        later.keepTypes(keptBy: readings)
        XCTAssertEqual((0..<10).filter(later.isKept), [2, 7])
        XCTAssertEqual((0..<10).filter(RecordReadings(typeCount: 10).isKept), Array(0..<10), "every type, by default")
    }
}
