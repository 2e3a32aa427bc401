import XCTest
@testable import LavandeKit

/// The bytes that begin the values of the long types (`BuiltInValidator.leadingBytes`): the
/// profiler passes over a type for cells that begin otherwise, so no cell its validator reads may
/// begin otherwise.
final class LeadingBytesTests: XCTestCase {
    /// Values each validator reads (from the vectors of `PersonalValidatorTests`).
    private let values: [BuiltInValidator: [String]] = [
        .nir: ["2 85 07 33 999 123 74", "192032A99905665", "1 85 07 971 23 123 38", "2.85.07.33.999.123.74", "285073399912345"],
        .iban: ["FR76 3000 6000 0112 3456 7890 189", "fr91 9999 9000 0100 0123 4567 a30", "NL91ABNA0417164300", "BE68 5390 0754 7034"],
        .card: ["4970 1012 3456 7893", "3782 822463 10005", "2221000000000009", "6011 1111 1111 1117", "5555-5555-5555-4444"],
        .date: ValidatorLengthsTests.values[.date]!,
        .datetime: ValidatorLengthsTests.values[.datetime]!,
    ]

    func testEveryValueAValidatorReadsBeginsAsItsLeadingBytesSay() {
        for (validator, values) in values {
            let leading = LeadingBytes(validator.leadingBytes)
            XCTAssertFalse(validator.leadingBytes.isEmpty, "\\(validator) tells how its values begin")
            for value in values {
                let bytes = Array(value.utf8)
                XCTAssertNotNil(bytes.withUnsafeBufferPointer(validator.read), "\\(validator) reads \\(value)")
                // Every byte value at each of the first four places: whatever the validator still
                // reads, the leading bytes admit.
                for place in 0..<4 {
                    for byte in UInt8.min...UInt8.max {
                        var changed = bytes
                        changed[place] = byte
                        changed.withUnsafeBufferPointer { cell in
                            if validator.read(cell) != nil {
                                XCTAssertTrue(leading.admits(cell), "\\(validator) reads \\(String(decoding: cell, as: UTF8.self).debugDescription)")
                            }
                        }
                    }
                }
            }
        }
    }

    func testTheLeadingBytesRuleOutWhatTheyShould() {
        func admits(_ validator: BuiltInValidator, _ text: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer(LeadingBytes(validator.leadingBytes).admits)
        }
        XCTAssertFalse(admits(.nir, "Fermé le lundi, ouvert 7 jours"))
        XCTAssertFalse(admits(.nir, "3 99 01 99 123 456 30"))
        XCTAssertFalse(admits(.card, "05 60 40 96 16 12"))
        XCTAssertFalse(admits(.iban, "accueil@mairie-lavandin.fr"))
        XCTAssertFalse(admits(.iban, "FR 76 3000 6000 0112 3456 7890 189"))
        XCTAssertFalse(admits(.date, "le 5/3/2024"))
        XCTAssertFalse(admits(.datetime, "T14:30"))
        XCTAssertTrue(admits(.iban, "FR7"), "a cell shorter than the places given is judged on the places it has")
        XCTAssertTrue(admits(.integer, "anything at all"), "a validator that tells nothing admits every beginning")
    }

    func testAtMostFourPlacesAreGiven() {
        for validator in BuiltInValidator.allCases {
            XCTAssertLessThanOrEqual(validator.leadingBytes.count, 4, "\\(validator): LeadingBytes keeps four places")
        }
    }
}
