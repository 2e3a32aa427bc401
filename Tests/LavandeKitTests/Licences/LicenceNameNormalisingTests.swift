import XCTest
@testable import LavandeKit

/// The byte-level paths that spare Foundation's folding and searching on every dataset give the
/// same answers as the general ones.
final class LicenceNameNormalisingTests: XCTestCase {
    func testASCIINamesTakeAFastPathWithTheSameResult() {
        let names = ["Licence Ouverte (Etalab) v2.0", "ODbL-1.0", "  CC-BY-4.0 ", "lov2", "odc-odbl", "a\tb\r\nc", "", "---",
                     "Open Data Commons Open Database License (ODbL)", "SPDX-License-Identifier: MIT"]
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aZ09 -_.()/\t\r\n:;!?Lx")
        let random = (0..<2_000).map { _ in String((0..<Int.random(in: 0...16, using: &generator)).map { _ in alphabet.randomElement()! }) }
        for name in names + random {
            let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            let general = String(folded.map { $0.isLetter || $0.isNumber ? $0 : " " }).split(separator: " ").joined(separator: " ")
            XCTAssertEqual(LicenceEntry.normaliseASCII(name), general, name.debugDescription)
        }
        XCTAssertEqual(LicenceEntry.normalise("Licence Ouverte — Étalab"), "licence ouverte etalab", "non-ASCII names are folded")
    }

    func testCaseInsensitiveSearchComparesASCIILettersWithoutCase() {
        XCTAssertTrue("# SPDX-License-Identifier: MIT".containsIgnoringASCIICase("spdx-license-identifier"))
        XCTAssertTrue("x spdx-LICENSE-identifier".containsIgnoringASCIICase("spdx-license-identifier"))
        XCTAssertFalse("spdx license identifier".containsIgnoringASCIICase("spdx-license-identifier"))
        XCTAssertFalse("spdx-license-identifie".containsIgnoringASCIICase("spdx-license-identifier"))
        XCTAssertTrue(" licence ouverte etalab ".containsIgnoringASCIICase(" licence ouverte "))
        XCTAssertFalse("ÉTALAB".containsIgnoringASCIICase("étalab"), "only ASCII letters are compared without case")
        XCTAssertTrue("étalab".containsIgnoringASCIICase("étalab"))
        XCTAssertTrue("abc".containsIgnoringASCIICase(""))
    }
}
