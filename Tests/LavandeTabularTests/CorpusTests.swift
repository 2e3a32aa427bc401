import LavandeTabular
import XCTest

/// Real files from `../shared/corpus` (see its SOURCES.md); skipped when the corpus is absent.
final class CorpusTests: XCTestCase {
    func testSommeSubsidiesLyingBOMThenWindows1252() throws {
        let result = try readFile(corpusFile("subventions-cd80-somme-2018/DEP_Somme_TB_20180302_DONNEES_CONVENTIONS.csv"))
        XCTAssertEqual(result.facts.byteOrderMark, .utf8)
        XCTAssertEqual(result.facts.encoding, .windows1252)
        XCTAssertGreaterThan(result.facts.c1Bytes, 0)
        XCTAssertEqual(result.dialect?.delimiter, UInt8(ascii: ";"))
        XCTAssertEqual(result.dialect?.columnCount, 13)
        XCTAssertGreaterThan(result.facts.crlfLineEndings.count, 0)
        XCTAssertEqual(result.facts.lfLineEndings.count, 0)
        XCTAssertTrue(result.records.dropFirst().allSatisfy { $0.fieldCount == 13 })
    }

    func testSommeSubsidiesWithoutBOM() throws {
        let result = try readFile(corpusFile("subventions-cd80-somme-2018/DEP_Somme_TB_20180330_DONNEES_CONVENTIONS.csv"))
        XCTAssertNil(result.facts.byteOrderMark)
        XCTAssertEqual(result.facts.encoding, .windows1252)
        XCTAssertEqual(result.dialect?.delimiter, UInt8(ascii: ";"))
    }

    func testMontpellierBudgetISO88591() throws {
        let result = try readFile(corpusFile("budget-ville-montpellier-2015/VilleMTP_MTP_BudgetPri_2015.csv"))
        XCTAssertEqual(result.facts.encoding, .iso88591)
        XCTAssertEqual(result.info?.encoding, .iso88591)
        XCTAssertEqual(result.facts.c1Bytes, 0)
        XCTAssertEqual(result.dialect?.delimiter, UInt8(ascii: ";"))
        XCTAssertEqual(result.dialect?.columnCount, 7)
        XCTAssertEqual(result.dialect?.hasHeader, true)
        XCTAssertEqual(result.dialect?.titleRows, 0)
        XCTAssertEqual(result.facts.crlfLineEndings.count, result.facts.lineCount)
        let header = try XCTUnwrap(result.records.first)
        XCTAssertEqual(header.cells[4].withUnsafeBufferPointer { TextDecoding.string($0, encoding: .iso88591) }, "Libellé fonction")
    }

    func testRNEDeputiesTabWithTitleRow() throws {
        let result = try readFile(corpusFile("rne-elus-deputes/8-rne-deputes.txt"))
        let dialect = try XCTUnwrap(result.dialect)
        XCTAssertEqual(dialect.delimiter, 0x09)
        XCTAssertEqual(dialect.titleRows, 1)
        XCTAssertTrue(dialect.hasHeader)
        XCTAssertEqual(dialect.columnCount, 11)
        XCTAssertEqual(result.facts.encoding, .iso88591)
        XCTAssertEqual(result.rows.first, ["Titre du rapport"])
        XCTAssertEqual(result.records[1].line, 2)
    }

    func testRNEDeputies2024UTF8() throws {
        let result = try readFile(corpusFile("rne-elus-deputes/9-elus-deputes.csv"))
        XCTAssertEqual(result.facts.encoding, .utf8)
        XCTAssertEqual(result.dialect?.delimiter, UInt8(ascii: ";"))
        XCTAssertEqual(result.dialect?.titleRows, 0)
        XCTAssertEqual(result.facts.mojibake.count, 0)
    }

    func testCsvlintInconsistentLineEndings() throws {
        let result = try readFile(corpusFile("peer-csvlint/inconsistent-line-endings.csv"))
        XCTAssertEqual(result.facts.crlfLineEndings.count, 1)
        XCTAssertEqual(result.facts.lfLineEndings.count, 1)
        XCTAssertTrue(result.facts.missingFinalNewline)
        XCTAssertEqual(result.facts.recordCount, 3)
        XCTAssertEqual(result.rows[2], ["Qux", "Teaspoon", "Doge"])
    }

    func testCsvlintTitleRow() throws {
        let result = try readFile(corpusFile("peer-csvlint/title-row.csv"))
        XCTAssertEqual(result.dialect?.titleRows, 1)
        XCTAssertEqual(result.dialect?.columnCount, 3)
    }

    func testFrictionlessBOM() throws {
        let result = try readFile(corpusFile("peer-frictionless/bom.csv"))
        XCTAssertEqual(result.facts.byteOrderMark, .utf8)
        XCTAssertEqual(result.facts.encoding, .utf8)
        XCTAssertEqual(result.rows, [["id", "name"], ["1", "english"], ["2", "中国人"]])
    }

    func testMenusCollectifsUTF16WithLoneSurrogate() throws {
        let result = try readFile(corpusFile("scdl-menus-collectifs/mini-menus-collectifs_invalide.utf-16.csv"))
        XCTAssertEqual(result.facts.byteOrderMark, .utf16LE)
        XCTAssertEqual(result.facts.encoding, .utf16LE)
        XCTAssertEqual(result.dialect?.delimiter, UInt8(ascii: ","))
        XCTAssertEqual(result.dialect?.columnCount, 26)
        XCTAssertEqual(result.facts.invalidUTF8.count, 1, "the lone surrogate U+DEAD")
        XCTAssertEqual(result.records.count, 2)
        XCTAssertTrue(result.rows[1].last?.contains("\u{FFFD}") ?? false)
    }
}
