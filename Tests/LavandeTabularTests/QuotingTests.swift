import LavandeTabular
import XCTest

final class QuotingTests: XCTestCase {
    func testQuotedDelimitersAndDoubledQuotes() throws {
        let result = try read("nom,avis\n\"Dupont, Jean\",\"il a dit \"\"oui\"\"\"\n\"\",x\n")
        XCTAssertEqual(result.rows, [["nom", "avis"], ["Dupont, Jean", "il a dit \"oui\""], ["", "x"]])
        XCTAssertEqual(result.records[1].quoted, [true, true])
        XCTAssertEqual(result.records[2].quoted, [true, false])
        XCTAssertEqual(result.records[2].fullLengths, [0, 1])
        XCTAssertEqual(result.facts.strayQuotes.count, 0)
    }

    func testQuotedNewlinesSpanLines() throws {
        let text = "id,texte\n1,\"ligne un\r\nligne deux\nligne trois\rfin\"\n2,simple\n"
        let result = try read(text)
        XCTAssertEqual(result.rows[1], ["1", "ligne un\r\nligne deux\nligne trois\rfin"])
        XCTAssertEqual(result.records.map(\.line), [1, 2, 6])
        XCTAssertEqual(result.records.map(\.lineSpan), [1, 4, 1])
        XCTAssertEqual(result.records.map(\.offset), [0, 9, Array(text.utf8).firstIndex(of: UInt8(ascii: "2"))!])
        // Line endings that end records are tallied by kind; those inside quoted cells apart.
        XCTAssertEqual(result.facts.crlfLineEndings.count, 0)
        XCTAssertEqual(result.facts.crLineEndings.count, 0)
        XCTAssertEqual(result.facts.lfLineEndings.count, 3)
        XCTAssertEqual(result.facts.lineBreaksInCells, 3)
        XCTAssertEqual(result.facts.lineCount, 6)
        XCTAssertEqual(result.facts.recordCount, 3)
    }

    func testStrayQuoteInUnquotedCellIsLiteral() throws {
        let result = try read("taille,nom\n5\"2,Dupont\n6,O\"Neil\n")
        XCTAssertEqual(result.rows[1], ["5\"2", "Dupont"])
        XCTAssertEqual(result.rows[2], ["6", "O\"Neil"])
        XCTAssertEqual(result.facts.strayQuotes.count, 2)
        XCTAssertEqual(result.facts.strayQuotes.first, position(12, 2, 2))
    }

    func testTextAfterClosingQuoteIsAppended() throws {
        let result = try read("a,b\n\"abc\"def,x\n")
        XCTAssertEqual(result.rows[1], ["abcdef", "x"])
        XCTAssertEqual(result.records[1].quoted, [true, false])
        XCTAssertEqual(result.facts.strayQuotes.count, 1)
        XCTAssertEqual(result.facts.strayQuotes.first, position(9, 2, 6))
    }

    /// The cell is no longer the bytes of the file that follow its first run once the closing quote
    /// is left out: what comes after it byte by byte (a three-byte character, a control byte, a
    /// doubled quote) is added to the cell's first run, not to the quote.
    func testTextReadByteByByteAfterClosingQuoteIsAppendedToTheFirstRun() throws {
        let result = try read("a,b\n\"abc\"€,\"de\"\u{7}f,\"gh\"\"\"\n")
        XCTAssertEqual(result.rows[1], ["abc€", "de\u{7}f", "gh\""])
        XCTAssertEqual(result.facts.strayQuotes.count, 2)
    }

    func testUnclosedQuoteTakesTheRestOfTheFile() throws {
        let result = try read("a,b\n1,2\n3,\"jamais fermé\n4,5\n6,7\n")
        XCTAssertEqual(result.records.count, 3)
        XCTAssertEqual(result.rows[2], ["3", "jamais fermé\n4,5\n6,7\n"])
        XCTAssertEqual(result.facts.unclosedQuote, position(10, 3, 3))
        XCTAssertEqual(result.records[2].lineSpan, 3)
    }

    func testUnclosedQuoteIsTruncatedAtTheLimit() throws {
        let result = try read("a,b\n1,\"" + String(repeating: "x", count: 10_000), limits: limits(maxField: 100))
        XCTAssertEqual(result.records[1].cells[1].count, 100)
        XCTAssertEqual(result.records[1].fullLengths[1], 10_000)
        XCTAssertEqual(result.facts.unclosedQuote, position(6, 2, 3))
        XCTAssertEqual(result.facts.oversizedFields.count, 1)
    }

    func testEmptyCellsAndTrailingDelimiter() throws {
        let result = try read("a;b;c\n;;\n1;;\n")
        XCTAssertEqual(result.rows, [["a", "b", "c"], ["", "", ""], ["1", "", ""]])
    }

    func testBlankLineIsARecordOfOneEmptyCell() throws {
        let result = try read("a,b\n\n1,2\n")
        XCTAssertEqual(result.records.count, 3)
        XCTAssertEqual(result.records[1].fieldCount, 1)
        XCTAssertEqual(result.records[1].cells, [[]])
        XCTAssertEqual(result.records[2].line, 3)
    }
}
