import LavandeTestSupport
import XCTest
@testable import LavandeKit

final class NumberValidatorTests: XCTestCase {
    func testIntegers() {
        XCTAssertEqual(readCell(.integer, "42"), ValueReading(ordinal: 42))
        XCTAssertEqual(readCell(.integer, "-17"), ValueReading(ordinal: -17))
        XCTAssertEqual(readCell(.integer, "+5"), ValueReading(ordinal: 5))
        XCTAssertEqual(readCell(.integer, "007"), ValueReading(ordinal: 7))
        XCTAssertEqual(readCell(.integer, "12 000"), ValueReading(ordinal: 12_000))
        XCTAssertEqual(readCell(.integer, "1\u{A0}234\u{A0}567"), ValueReading(ordinal: 1_234_567))
        XCTAssertEqual(readCell(.integer, "12\u{202F}000"), ValueReading(ordinal: 12_000))
        XCTAssertEqual(readCell(.integer, "9007199254740993")?.ordinal, 9_007_199_254_740_992)
        for text in ["12 00", "1234 567", "12  000", "12 000 ", " 12", "1,5", "1.234", "1,234,567", "1e5", "-", "+",
                     "12a", "٣", "1 2", "0x1F"] {
            XCTAssertNil(readCell(.integer, text), text)
        }
    }

    func testDecimalsAndTheirFormats() {
        XCTAssertEqual(readCell(.decimal, "3,14"), ValueReading(format: .decimalComma, ordinal: 3.14))
        XCTAssertEqual(readCell(.decimal, "3.14"), ValueReading(format: .decimalPoint, ordinal: 3.14))
        XCTAssertEqual(readCell(.decimal, "-0,5"), ValueReading(format: .decimalComma, ordinal: -0.5))
        XCTAssertEqual(readCell(.decimal, "12"), ValueReading(ordinal: 12))
        XCTAssertEqual(readCell(.decimal, "1 234,56"), ValueReading(format: .decimalComma, ordinal: 1234.56))
        XCTAssertEqual(readCell(.decimal, "1\u{A0}234\u{A0}567,8"), ValueReading(format: .decimalComma, ordinal: 1_234_567.8))
        XCTAssertEqual(readCell(.decimal, "1,234.56"), ValueReading(format: .decimalPoint, ordinal: 1234.56))
        XCTAssertEqual(readCell(.decimal, "1.234.567,89"), ValueReading(format: .decimalComma, ordinal: 1_234_567.89))
        XCTAssertEqual(readCell(.decimal, "1,234,567"), ValueReading(format: .decimalPoint, ordinal: 1_234_567))
        XCTAssertEqual(readCell(.decimal, "1.234.567"), ValueReading(format: .decimalComma, ordinal: 1_234_567))
        // One separator before exactly three digits is read as the decimal separator.
        XCTAssertEqual(readCell(.decimal, "1,234"), ValueReading(format: .decimalComma, ordinal: 1.234))
        XCTAssertEqual(readCell(.decimal, "1.234"), ValueReading(format: .decimalPoint, ordinal: 1.234))
        XCTAssertEqual(readCell(.decimal, "12,50 €"), ValueReading(format: .decimalComma, ordinal: 12.5))
        XCTAssertEqual(readCell(.decimal, "12,50\u{A0}€"), ValueReading(format: .decimalComma, ordinal: 12.5))
        XCTAssertEqual(readCell(.decimal, "1 500€"), ValueReading(ordinal: 1500))
        XCTAssertEqual(readCell(.decimal, "0.1")?.ordinal, 0.1)
        XCTAssertEqual(readCell(.decimal, "123456789012345678901234,5")?.ordinal ?? 0, 1.2345678901234568e23, accuracy: 1e9)
        for text in ["1.5E3", "1,5e-3", "2.18601946E+13", ",5", "5,", "1,,5", "1,2,3", "1 234.567,8", "1,234.567.8",
                     "12 34,5", "1.23.4", "€12", "12 €€", "12  €", "12,5 %", "abc", "1-2", "--1", "1 234 ,5"] {
            XCTAssertNil(readCell(.decimal, text), text)
        }
    }

    func testPercentages() {
        XCTAssertEqual(readCell(.percentage, "12,5 %"), ValueReading(format: .decimalComma, ordinal: 12.5))
        XCTAssertEqual(readCell(.percentage, "12.5%"), ValueReading(format: .decimalPoint, ordinal: 12.5))
        XCTAssertEqual(readCell(.percentage, "100\u{202F}%"), ValueReading(ordinal: 100))
        XCTAssertEqual(readCell(.percentage, "-3 %"), ValueReading(ordinal: -3))
        XCTAssertEqual(readCell(.percentage, "150 %"), ValueReading(ordinal: 150))
        for text in ["12,5", "%", " %", "12 %%", "12  %", "% 12", "douze %"] {
            XCTAssertNil(readCell(.percentage, text), text)
        }
    }

    func testLatitudesAndLongitudes() {
        XCTAssertEqual(readCell(.latitude, "48.8566"), ValueReading(format: .decimalPoint, ordinal: 48.8566))
        XCTAssertEqual(readCell(.latitude, "48,8566"), ValueReading(format: .decimalComma, ordinal: 48.8566))
        XCTAssertEqual(readCell(.latitude, "-21"), ValueReading(ordinal: -21))
        XCTAssertEqual(readCell(.latitude, "90"), ValueReading(ordinal: 90))
        XCTAssertEqual(cellProblem(.latitude, "148.85"), .outOfRange)
        XCTAssertEqual(cellProblem(.latitude, "-90.0001"), .outOfRange)
        XCTAssertEqual(readCell(.longitude, "148.85"), ValueReading(format: .decimalPoint, ordinal: 148.85))
        XCTAssertEqual(readCell(.longitude, "-178.12"), ValueReading(format: .decimalPoint, ordinal: -178.12))
        XCTAssertEqual(cellProblem(.longitude, "180.5"), .outOfRange)
        for text in ["48°51'", "48.856.6", "48 856", "N48.85", "4.8e1", "48,85 €"] {
            XCTAssertNil(readCell(.latitude, text), text)
        }
    }

    func testLambert93() {
        XCTAssertEqual(readCell(.lambert93X, "649242.57"), ValueReading(format: .decimalPoint, ordinal: 649_242.57))
        XCTAssertEqual(readCell(.lambert93Y, "6861355,85"), ValueReading(format: .decimalComma, ordinal: 6_861_355.85))
        XCTAssertEqual(readCell(.lambert93X, "652 345"), ValueReading(ordinal: 652_345))
        XCTAssertTrue(isValidCell(.lambert93X, "99258"), "Ouessant")
        XCTAssertTrue(isValidCell(.lambert93X, "1239386"), "east coast of Corsica")
        XCTAssertTrue(isValidCell(.lambert93Y, "6046160"), "south of Corsica")
        XCTAssertTrue(isValidCell(.lambert93Y, "7110590"), "Dunkirk")
        XCTAssertEqual(cellProblem(.lambert93X, "6861355"), .outOfRange, "x and y swapped")
        XCTAssertEqual(cellProblem(.lambert93Y, "649242"), .outOfRange)
        XCTAssertEqual(cellProblem(.lambert93Y, "2426000"), .outOfRange, "Lambert II étendu")
        XCTAssertEqual(cellProblem(.lambert93X, "2.35"), .outOfRange, "degrees")
        XCTAssertNil(readCell(.lambert93X, "6.5E5"))
    }

    func testExcelNumberForms() {
        func form(_ text: String) -> ExcelNumberForm? {
            Array(text.utf8).withUnsafeBufferPointer { ExcelDamage.numberForm($0) }
        }
        XCTAssertEqual(form("2.18601946E+13"), .scientific)
        XCTAssertEqual(form("2,18601946E+13"), .scientific)
        XCTAssertEqual(form("1.23e5"), .scientific)
        XCTAssertEqual(form("2E+13"), .scientific)
        XCTAssertEqual(form("1,5e-3"), .scientific)
        XCTAssertEqual(form("1.05E+3"), .scientific, "a zero after a non-zero digit")
        XCTAssertEqual(form("21860194600000.0"), .floatSuffix)
        XCTAssertEqual(form("75001,0"), .floatSuffix)
        XCTAssertEqual(form("12345.00"), .floatSuffix)
        for text in ["12345", "12345.01", "10.50", "46.59222", "1.5", "E+13", "2.1E", "2.1E+", "2.1E+13x", "80801E20004227", "21.5E+3", "2.1E+130", ".0", "12.", "1 000,0", "-1.0", "abc", ""] {
            XCTAssertNil(form(text), text)
        }
        XCTAssertEqual(ExcelNumberForm.floatSuffix.rawValue, "float-suffix")
    }

    func testLongNumbersAreReadToTheNearestDouble() {
        // Digits past the 18th are dropped from the mantissa and counted as a power of ten.
        var generator = SplitMix64(seed: 1_234_567)
        for length in 1...30 {
            for _ in 0..<20 {
                let digits = String((0..<length).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
                let split = Int.random(in: 0...length, using: &generator)
                let text = split == 0 || split == length ? digits : String(digits.prefix(split)) + "," + digits.dropFirst(split)
                let expected = Double(text.replacingOccurrences(of: ",", with: "."))!
                let read = readCell(.decimal, text)?.ordinal
                if length <= 15 {
                    XCTAssertEqual(read, expected, text)
                } else {
                    XCTAssertEqual(read ?? .nan, expected, accuracy: expected * 1e-15, text)
                }
            }
        }
        XCTAssertEqual(readCell(.integer, "00000000000000000000012345")?.ordinal, 12_345, "leading zeros, however many")
        XCTAssertEqual(readCell(.integer, "123456789012345678901234")?.ordinal, 1.2345678901234568e23)
        XCTAssertEqual(readCell(.decimal, "1 234 567 890 123 456 789,5")?.ordinal, 1.2345678901234568e18)
    }
}
