import XCTest
@testable import LavandeKit

/// The small pieces of the profiler: header normalisation, missing-value spellings, the distinct
/// count sketch, evidence masking.
final class ProfileSupportTests: XCTestCase {
    func testHeadersAreNormalisedAndMatchHintsByWords() {
        XCTAssertEqual(HeaderName("dateDeNaissance").normalised, "date de naissance")
        XCTAssertEqual(HeaderName(" Code_Postal ").normalised, "code postal")
        XCTAssertEqual(HeaderName("N° SIRET (établissement)").normalised, "n° siret etablissement")
        XCTAssertTrue(HeaderName("COLL_SIRET").matches(hint: "siret"))
        XCTAssertTrue(HeaderName("code postal bénéficiaire").matches(hint: "code postal"))
        XCTAssertFalse(HeaderName("siretisation").matches(hint: "siret"), "whole words only")
        XCTAssertFalse(HeaderName("postal code").matches(hint: "code postal"), "words in order")
        XCTAssertTrue(HeaderName("Xlong").matches(hint: "xlong"))
    }

    func testASCIIHeadersTakeAFastPathWithTheSameResult() {
        let headers = ["dateDeNaissance", " Code_Postal ", "COLL_SIRET", "lat/lon (WGS84)", "nom-de l'usager", "a\tb\r\nc",
                       "ABC", "aBC", "x__y", "", "___", "id", "XMLHttpRequest", "montant.ttc,euros", "a\u{0B}b\u{0C}c"]
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aZz09 _-',./()\t\n\r\u{0B}\u{0C}\u{1F}!#Ae")
        let random = (0..<2_000).map { _ in String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement()! }) }
        for header in headers + random {
            XCTAssertEqual(HeaderName.normaliseASCII(header), HeaderName.normaliseUnicode(header), header.debugDescription)
        }
        XCTAssertEqual(HeaderName.normalise("Prénom_Bénéficiaire"), "prenom beneficiaire", "non-ASCII headers are folded")
    }

    func testMissingSpellingsIgnoreCaseIncludingFrenchCapitals() {
        let matcher = MissingValueMatcher(tokens: ["NA", "néant", "n/a", "Inconnu", "élément vide", "?"])
        func matches(_ text: String) -> Bool { Array(text.utf8).withUnsafeBufferPointer(matcher.matches) }
        XCTAssertTrue(matches("na"))
        XCTAssertTrue(matches("NÉANT"))
        XCTAssertTrue(matches("N/A"))
        // Whatever the case of their first letter, accented or not.
        XCTAssertTrue(matches("inconnu"))
        XCTAssertTrue(matches("INCONNU"))
        XCTAssertTrue(matches("Élément vide"))
        XCTAssertTrue(matches("élément VIDE"))
        XCTAssertTrue(matches("?"))
        XCTAssertFalse(matches("1A"))
        XCTAssertFalse(matches("!"))
        XCTAssertFalse(matches("nan"))
        XCTAssertFalse(matches("néants"))
        XCTAssertFalse(matches(""))
    }

    /// The facts of a cell, from one look at its leading digits, are those of their definitions.
    func testCellFactsAreThoseOfTheirDefinitions() {
        let cells = ["0", "75001", "75001,0", "75001.00", "2.18601946E+13", "2,1E5", "12E5", "1.5", "12a", "a12", "-3",
                     "123456789012345", "1234567890123450000", "1234567890123456789", "12345678901234500000,0", "é1"]
        for text in cells {
            let bytes = Array(text.utf8)
            let facts = bytes.withUnsafeBufferPointer(CellFacts.init(filled:))
            let digitsOnly = bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            XCTAssertEqual(facts.isDigitsOnly, digitsOnly, text)
            XCTAssertEqual(facts.form, bytes.withUnsafeBufferPointer(ExcelDamage.numberForm), text)
            XCTAssertEqual(facts.isZeroTailed, digitsOnly && bytes.count > 15 && bytes.dropFirst(15).allSatisfy { $0 == 0x30 }, text)
            XCTAssertFalse(facts.isMissing, text)
        }
        XCTAssertEqual(Array("2.18601946E+13".utf8).withUnsafeBufferPointer(CellFacts.init(filled:)).form, .scientific)
        XCTAssertEqual(Array("75001,0".utf8).withUnsafeBufferPointer(CellFacts.init(filled:)).form, .floatSuffix)
        XCTAssertTrue(Array("1234567890123450000".utf8).withUnsafeBufferPointer(CellFacts.init(filled:)).isZeroTailed)
    }

    func testDistinctSketchIsCloseOnSmallAndLargeCounts() {
        func estimate(_ count: Int, repeats: Int = 1) -> Int {
            var sketch = DistinctSketch()
            for _ in 0..<repeats {
                for value in 0..<count {
                    Array("valeur-\(value)".utf8).withUnsafeBufferPointer { sketch.insert(hash: CellHash.of($0)) }
                }
            }
            return sketch.estimate
        }
        XCTAssertEqual(estimate(0), 0)
        XCTAssertEqual(estimate(3, repeats: 50), 3)
        XCTAssertEqual(Double(estimate(200)), 200, accuracy: 4)
        XCTAssertEqual(Double(estimate(50_000)), 50_000, accuracy: 50_000 * 0.1)
    }

    func testDistinctSketchIsExactUpToItsLimitAlsoInUnions() {
        func sketch(_ values: some Sequence<String>) -> DistinctSketch {
            var sketch = DistinctSketch()
            for value in values { Array(value.utf8).withUnsafeBufferPointer { sketch.insert(hash: CellHash.of($0)) } }
            return sketch
        }
        // Sets that share a register (the SIRETs below did) still count every value.
        XCTAssertEqual(sketch(["12345678200010", "73282932000074", "35600000000001", "73282932000074"]).estimate, 3)
        for family in ["", "750", "2024-01-", "Salle n°"] {
            let values = (1...DistinctSketch.exactLimit).map { "\(family)\($0)" }
            XCTAssertEqual(sketch(values + values.reversed()).estimate, DistinctSketch.exactLimit, family)
            var union = sketch(values.prefix(40))
            union.formUnion(sketch(values.suffix(40)))
            XCTAssertEqual(union.estimate, DistinctSketch.exactLimit, "\(family): the union of two exact sketches")
        }
        var beyond = sketch((1...DistinctSketch.exactLimit).map { "a\($0)" })
        beyond.formUnion(sketch(["b"]))
        XCTAssertEqual(Double(beyond.estimate), Double(DistinctSketch.exactLimit + 1), accuracy: 3, "approximate past the limit")
        var approximate = sketch((1...200).map { "c\($0)" })
        approximate.formUnion(sketch(["d"]))
        XCTAssertEqual(Double(approximate.estimate), 201, accuracy: 201 * 0.05, "linear counting: about 2.3 % standard error")
    }

    func testEvidenceIsMaskedForSensitiveTypes() {
        XCTAssertEqual(EvidenceMask.mask("jeanne.exemple@example.fr"), "j***@e***.fr")
        XCTAssertEqual(EvidenceMask.mask("06 12 34 56 78"), "06 ** ** ** 78")
        XCTAssertEqual(EvidenceMask.mask("2 85 07 33 999 123 74"), "2 85 ** ** *** *** 74")
        XCTAssertEqual(EvidenceMask.mask("Jeanne Martin-Durand"), "J***** M*****-D*****")
        XCTAssertEqual(EvidenceMask.mask("25/03/1962"), "**/**/****")
        XCTAssertEqual(EvidenceMask.mask("12 rue des Lilas"), "12 r** *** ***as")
        XCTAssertEqual(Evidence.values(["06 12 34 56 78"], sensitive: true, showValues: false), "«06 ** ** ** 78»")
        XCTAssertEqual(Evidence.values(["06 12 34 56 78"], sensitive: true, showValues: true), "«06 12 34 56 78»")
        XCTAssertEqual(Evidence.values(["1000", "1100"], sensitive: false, showValues: false), "«1000», «1100»")
        XCTAssertNil(Evidence.values([], sensitive: false, showValues: false))
        XCTAssertEqual(Evidence.values(["voir Mme X au 06 12 34 56 78"], sensitive: false, showValues: false),
                       "«voi* *** * ** ** ** ** ** 78»", "a comment holding a phone number is masked even in a date column")
    }
}
