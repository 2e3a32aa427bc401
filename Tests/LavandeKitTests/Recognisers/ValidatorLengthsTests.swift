import XCTest
@testable import LavandeKit

/// The lengths of the cells each validator may read (`BuiltInValidator.lengths`): the profiler
/// rules out a cell of another length without calling the validator, so no cell it reads may have
/// another length.
final class ValidatorLengthsTests: XCTestCase {
    /// Values of the validators that bound their lengths, the shortest and longest they read among them.
    static let values: [BuiltInValidator: [String]] = [
        .date: ["5/3/2024", "2024-3-5", "2024-03-05", "31/12/1999", "2024/1/5", "12.03.2024", "03-04-2024", "12/31/2024",
                "31/02/2024", "0000-01-01"],
        .datetime: ["5/3/2024 9:30", "2024-03-05T14:30", "2024-03-05T14:30:00Z", "2024-03-05 14:30:00.123456+01:00",
                    "05/03/2024 23:59:59", "2024-03-05T25:61", "2024-03-05T14:30-0500"],
        .postcode: ["75001", "97411", "20000"],
        .email: ["a@b.fr", "accueil@mairie-lavandin.fr"],
        .nir: ["2 85 07 33 999 123 74", "192032A99905665", "285073399912345"],
        .iban: ["FR76 3000 6000 0112 3456 7890 189", "NL91ABNA0417164300", "BE68 5390 0754 7034"],
        .card: ["4970 1012 3456 7893", "3782 822463 10005", "2221000000000009", "5555-5555-5555-4444"],
    ]

    private func reads(_ validator: BuiltInValidator, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { validator.read($0) != nil }
    }

    func testEveryValueAValidatorReadsHasOneOfItsLengths() {
        for (validator, values) in Self.values {
            XCTAssertNotEqual(validator.lengths, 1...Int.max, "\(validator) bounds its lengths")
            for value in values {
                let bytes = Array(value.utf8)
                XCTAssertTrue(reads(validator, bytes), "\(validator) reads \(value)")
                XCTAssertTrue(validator.lengths.contains(bytes.count), "\(validator): \(value)")
                // One byte fewer or one more at each place, digits and separators: whatever the
                // validator still reads has one of its lengths.
                for place in bytes.indices {
                    var shorter = bytes
                    shorter.remove(at: place)
                    if reads(validator, shorter) {
                        XCTAssertTrue(validator.lengths.contains(shorter.count), "\(validator) reads \(String(decoding: shorter, as: UTF8.self))")
                    }
                    for byte in Array("0/-.: T".utf8) {
                        var longer = bytes
                        longer.insert(byte, at: place)
                        if reads(validator, longer) {
                            XCTAssertTrue(validator.lengths.contains(longer.count), "\(validator) reads \(String(decoding: longer, as: UTF8.self))")
                        }
                    }
                }
            }
        }
    }

    func testDatesAndDatetimesOfOtherLengthsAreRuledOut() {
        XCTAssertEqual(BuiltInValidator.date.lengths, 8...10)
        XCTAssertEqual(BuiltInValidator.datetime.lengths.lowerBound, 13)
        XCTAssertFalse(BuiltInValidator.date.lengths.contains(Array("2024-03-05T14:30".utf8).count), "a datetime is no date")
        XCTAssertFalse(BuiltInValidator.datetime.lengths.contains(Array("2024-03-05".utf8).count), "a date is no datetime")
        XCTAssertFalse(reads(.date, Array("2024-003-05".utf8)), "eleven bytes: no date")
        XCTAssertFalse(reads(.datetime, Array("5/3/2024 9:3".utf8)), "twelve bytes: no datetime")
    }
}
