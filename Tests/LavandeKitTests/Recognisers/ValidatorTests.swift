import XCTest
@testable import LavandeKit

/// What `validator` reads in `text`'s UTF-8 bytes.
func readCell(_ validator: BuiltInValidator, _ text: String) -> ValueReading? {
    Array(text.utf8).withUnsafeBufferPointer { validator.read($0) }
}

/// Whether `validator` reads `text` as a valid value.
func isValidCell(_ validator: BuiltInValidator, _ text: String) -> Bool {
    guard let reading = readCell(validator, text) else { return false }
    return reading.problem == nil
}

/// The problem `validator` finds in `text`, which must have the shape.
func cellProblem(_ validator: BuiltInValidator, _ text: String, file: StaticString = #filePath, line: UInt = #line) -> InvalidReason? {
    guard let reading = readCell(validator, text) else {
        XCTFail("\(validator.rawValue) does not recognise the shape of \(text)", file: file, line: line)
        return nil
    }
    return reading.problem
}

final class ValidatorTests: XCTestCase {
    func testEveryValidatorHasTextsAndRejectsEmptyCells() {
        for validator in BuiltInValidator.allCases {
            XCTAssertFalse(validator.summary.fr.isEmpty)
            XCTAssertFalse(validator.summary.en.isEmpty)
            XCTAssertNil(readCell(validator, ""), validator.rawValue)
        }
        for reason in InvalidReason.allCases {
            XCTAssertFalse(reason.text.fr.isEmpty)
            XCTAssertNotEqual(reason.text.fr, reason.text.en)
        }
        XCTAssertEqual(InvalidReason.laPosteChecksum.rawValue, "la-poste-checksum")
        XCTAssertEqual(BuiltInValidator(rawValue: "insee-commune"), .inseeCommune)
        XCTAssertEqual(BuiltInValidator(rawValue: "lambert93-y"), .lambert93Y)
    }

    func testBooleanPairs() {
        let pairs = [("oui", "oui/non"), ("NON", "oui/non"), ("Vrai", "vrai/faux"), ("faux", "vrai/faux"),
                     ("true", "true/false"), ("FALSE", "true/false"), ("0", "0/1"), ("1", "0/1"),
                     ("O", "o/n"), ("n", "o/n"), ("yes", "yes/no"), ("No", "yes/no")]
        for (text, pair) in pairs {
            XCTAssertEqual(readCell(.boolean, text), ValueReading(format: ValueFormat(rawValue: pair)), text)
        }
        for text in ["y", "2", "ouii", "nope", "vraie", "oui ", "x"] {
            XCTAssertNil(readCell(.boolean, text), text)
        }
    }

    func testEmail() {
        for text in ["mairie@ville-exemple.fr", "jean.dupont+test@sub.example.com", "a_b@x.io",
                     "contact@xn--mairie-exemple-bkb.fr", "o'brien@exemple.fr", "accueil@mairie.écoles.fr"] {
            XCTAssertEqual(readCell(.email, text), ValueReading(), text)
        }
        for text in ["mairie@ville", "mairie@@ville.fr", "mairie@ville.f", "jean..dupont@exemple.fr", ".jean@exemple.fr",
                     "jean.@exemple.fr", "jean dupont@exemple.fr", "jean@exemple..fr", "jean@-exemple.fr",
                     "jean@exemple-.fr", "jean@exemple.fr.", "@exemple.fr", "mailto:jean@exemple.fr",
                     "jean@exemple.f2", "jean@exemple@fr.fr", "www.exemple.fr"] {
            XCTAssertNil(readCell(.email, text), text)
        }
    }

    func testURL() {
        for text in ["https://www.data.gouv.fr", "http://example.fr/", "HTTPS://Exemple.FR/chemin?a=1&b=2#ancre",
                     "http://localhost:8080/api", "http://192.168.0.1/admin", "https://[2001:db8::1]:443/",
                     "https://www.ville-exemple.fr/délibérations/2024.pdf", "https://exemple.fr?q=1"] {
            XCTAssertEqual(readCell(.url, text), ValueReading(), text)
        }
        for text in ["www.exemple.fr", "ftp://exemple.fr", "https://", "https://exemple", "https://exemple.fr/a b",
                     "http://exemple.fr:0/", "http://exemple.fr:99999/", "http://999.1.1.1/", "https://exemple.fr\"",
                     "https:/exemple.fr", "http://exemple..fr", "https://exemple.fr:/x"] {
            XCTAssertNil(readCell(.url, text), text)
        }
    }

    /// Debug builds check every `UnsafeBufferPointer` subscript, so reading past a cell traps here.
    func testNoValidatorReadsOutsideTheCell() {
        let samples = ["+33 (0)6 12 34 56 78", "2024-03-05T12:00:00.5+01:00", "1\u{A0}234,5 €", "12\u{202F}%",
                       "https://[2001:db8::1]:443/", "jean.dupont@exemple.fr", "123 456 782 00010", "2.18E+13", "0750654D",
                       "W751234567", "2A004", "05/03/2024 9:30", "1,234.56", "http://localhost:8080"]
        var cells = samples.flatMap { sample in
            let bytes = Array(sample.utf8)
            return (0...bytes.count).flatMap { [Array(bytes[..<$0]), Array(bytes[$0...])] }
        }
        let alphabet = Array("0123456789 ,.-+/:()%@TZEeWAB".utf8) + [0xC2, 0xA0, 0xE2, 0x80, 0xAF, 0x82, 0xAC]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<3000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(seed >> 59)
            cells.append((0..<length).map { offset in
                alphabet[Int((seed >> UInt64(offset % 48)) % UInt64(alphabet.count))]
            })
        }
        for cell in cells {
            cell.withUnsafeBufferPointer { buffer in
                for validator in BuiltInValidator.allCases { _ = validator.read(buffer) }
                _ = ExcelDamage.numberForm(buffer)
            }
        }
    }
}
