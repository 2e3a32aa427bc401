import XCTest
@testable import LavandeKit
import LavandeTestSupport

final class IdentifierValidatorTests: XCTestCase {
    func testSiren() {
        XCTAssertEqual(readCell(.siren, "123456782"), ValueReading())
        XCTAssertEqual(readCell(.siren, "123 456 782"), ValueReading())
        XCTAssertEqual(readCell(.siren, "732\u{A0}829\u{A0}320"), ValueReading())
        XCTAssertEqual(readCell(.siren, "356000000"), ValueReading(), "La Poste's SIREN passes Luhn")
        XCTAssertEqual(cellProblem(.siren, "123456789"), .checksum)
        XCTAssertEqual(cellProblem(.siren, "123 456 783"), .checksum)
        for text in ["12345678", "1234567820", "1234 56782", "123  456 782", "123 456 782 ", "12345678A", "123-456-782"] {
            XCTAssertNil(readCell(.siren, text), text)
        }
    }

    func testSiretWithTheLaPosteRule() {
        XCTAssertEqual(readCell(.siret, "12345678200010"), ValueReading())
        XCTAssertEqual(readCell(.siret, "123 456 782 00010"), ValueReading())
        XCTAssertEqual(readCell(.siret, "123456782 00010"), ValueReading())
        XCTAssertEqual(readCell(.siret, "73282932000074"), ValueReading())
        XCTAssertEqual(readCell(.siret, "35600000000001"), ValueReading(), "digit sum 15")
        XCTAssertEqual(readCell(.siret, "35600000000048"), ValueReading(), "La Poste head office: Luhn")
        XCTAssertEqual(cellProblem(.siret, "35600000012340"), .laPosteChecksum, "passes Luhn, fails the La Poste rule")
        XCTAssertEqual(cellProblem(.siret, "35600000000049"), .laPosteChecksum)
        XCTAssertEqual(cellProblem(.siret, "12345678200011"), .checksum)
        for text in ["1234567820001", "123456782000100", "1234 5678 2000 10", "123 456 782 000 10", "2.18601946E+13",
                     "12345678200010.0", "1234567820001O"] {
            XCTAssertNil(readCell(.siret, text), text)
        }
    }

    /// A SIRET of 14 digits alone is read in one pass, its key with its digits: the same verdict
    /// as the Luhn reader's on the same digits, and as the SIRET's reading with its digits spaced.
    func testASiretOfDigitsAloneHasTheKeyOfItsSpacedForm() {
        var generator = SplitMix64(seed: 14)
        for _ in 0..<2000 {
            let digits = String((0..<14).map { _ in Character(String(generator.next() % 10)) })
            guard !digits.hasPrefix("356000000") else { continue }
            let spaced = "\(digits.prefix(3)) \(digits.dropFirst(3).prefix(3)) \(digits.dropFirst(6).prefix(3)) \(digits.suffix(5))"
            XCTAssertEqual(readCell(.siret, digits), readCell(.luhn, digits), digits)
            XCTAssertEqual(readCell(.siret, digits), readCell(.siret, spaced), digits)
        }
        for text in ["1234567820001\u{0}", "/2345678200010", ":2345678200010", "123456782000 0", "1234567a200010"] {
            XCTAssertNil(readCell(.siret, text), text)
        }
    }

    func testLuhn() {
        XCTAssertEqual(readCell(.luhn, "4970101234567893"), ValueReading())
        XCTAssertEqual(readCell(.luhn, "4970 1012 3456 7893"), ValueReading())
        XCTAssertEqual(readCell(.luhn, "18"), ValueReading())
        XCTAssertEqual(readCell(.luhn, "12345678200010"), ValueReading(), "a SIRET passes Luhn")
        XCTAssertEqual(readCell(.luhn, "9999999999999999998"), ValueReading(), "19 digits")
        XCTAssertEqual(cellProblem(.luhn, "4970101234567894"), .checksum)
        XCTAssertEqual(cellProblem(.luhn, "19"), .checksum)
        for text in ["7", "49701012345678930000", "4970-1012-3456-7893", "4970  1012", "abc"] {
            XCTAssertNil(readCell(.luhn, text), text)
        }
    }

    func testUAI() {
        // Real establishments: lycées Henri-IV, Louis-le-Grand, Pierre-Gilles-de-Gennes.
        for text in ["0750654D", "0750655E", "0750685M", "0750654d", "0751234J"] {
            XCTAssertEqual(readCell(.uai, text), ValueReading(), text)
        }
        XCTAssertEqual(cellProblem(.uai, "0750654E"), .checksum)
        XCTAssertEqual(cellProblem(.uai, "0750654I"), .checksum, "I, O and Q are never check letters")
        for text in ["075065D", "07506540D", "0750654", "075O654D", "0750654-", "0750654DD"] {
            XCTAssertNil(readCell(.uai, text), text)
        }
    }

    func testRNA() {
        XCTAssertEqual(readCell(.rna, "W751234567"), ValueReading())
        XCTAssertEqual(readCell(.rna, "W123456789"), ValueReading())
        for text in ["w751234567", "W75123456", "W7512345678", "751234567", "W75123456A", "W 751234567"] {
            XCTAssertNil(readCell(.rna, text), text)
        }
    }

    func testPhoneNumbers() {
        for text in ["06 12 34 56 78", "0612345678", "01.23.45.67.89", "01-23-45-67-89", "0800 123 456", "09 87 65 43 21",
                     "06\u{A0}12\u{A0}34\u{A0}56\u{A0}78"] {
            XCTAssertEqual(readCell(.phoneFR, text), ValueReading(format: .national), text)
        }
        for text in ["+33 6 12 34 56 78", "+33612345678", "+33 (0)6 12 34 56 78", "+33(0)612345678", "0033 1 23 45 67 89",
                     "+262 692 12 34 56", "+590 590 12 34 56", "+596 696 12 34 56"] {
            XCTAssertEqual(readCell(.phoneFR, text), ValueReading(format: .international), text)
        }
        for text in ["3939", "06 12 34 56 7", "06 12 34 56 789", "0012345678", "+33 06 12 34 56 78", "+44 20 7946 0958",
                     "+33 6 12 34 56 78 ", "06  12 34 56 78", "06..12.34.56.78", "6 12 34 56 78", "+33", "06 12 34 56 7a",
                     "(0)6 12 34 56 78", "+33 (0) (0)6 12 34 56 78", "+687 12 34 56"] {
            XCTAssertNil(readCell(.phoneFR, text), text)
        }
    }

    func testNumbersInPairsReadAsTheirOtherForms() {
        func scan(_ text: String) -> String {
            Array(text.utf8).withUnsafeBufferPointer { bytes in
                PhoneNumberReader.scan(bytes, from: 0).map { "\($0.national) \($0.international)" } ?? "nil"
            }
        }
        // In pairs with one separator (read without the loop), and the same digits in forms the loop reads.
        for (paired, other) in [("05 60 40 96 16", "05 60 40 96.16"), ("01.23.45.67.89", "01.23.45-67.89"),
                                ("06-12-34-56-78", "06-12-34-56 78"), ("09 99 00 00 01", "0999000001    ")] {
            XCTAssertEqual(scan(paired), scan(other), paired)
            XCTAssertNotEqual(scan(paired), "nil", paired)
        }
        let embedded = Array("05 60 40 96 16 poste 12".utf8).withUnsafeBufferPointer { PhoneNumberReader.scan($0, from: 0) }
        XCTAssertEqual(embedded?.national, 560_409_616)
        XCTAssertEqual(embedded?.end, 14, "the number ends after its ninth national digit")
        for text in ["00 60 40 96 16", "05 60 40 96 1a", "05 60.40 96 1", "15 60 40 96 16"] {
            XCTAssertEqual(scan(text), "nil", text)
        }
    }
}
