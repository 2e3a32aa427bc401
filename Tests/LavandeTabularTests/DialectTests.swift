import LavandeTabular
import XCTest

final class DialectTests: XCTestCase {
    func testEachCandidateDelimiter() throws {
        for (delimiter, byte) in [(",", UInt8(ascii: ",")), (";", UInt8(ascii: ";")), ("\t", 0x09), ("|", UInt8(ascii: "|"))] {
            let text = ["nom", "ville", "montant"].joined(separator: delimiter) + "\n"
                + ["Dupont", "Amiens", "12"].joined(separator: delimiter) + "\n"
                + ["Martin", "Albert", "7"].joined(separator: delimiter) + "\n"
            let result = try read(text)
            XCTAssertEqual(result.dialect?.delimiter, byte, "delimiter \(delimiter)")
            XCTAssertEqual(result.dialect?.columnCount, 3)
            XCTAssertEqual(result.dialect?.confidence, 1)
            XCTAssertEqual(result.dialect?.hasHeader, true)
            XCTAssertEqual(result.rows[1], ["Dupont", "Amiens", "12"])
        }
    }

    func testTabFileWithSemicolonsInTextIsTab() throws {
        var text = "code\tlibellé\tcommentaire\n"
        for index in 0..<20 {
            text += "\(index)\tligne; avec; des; points-virgules\tet; encore;\(String(repeating: ";", count: index % 3))\n"
        }
        let dialect = try XCTUnwrap(read(text).dialect)
        XCTAssertEqual(dialect.delimiter, 0x09)
        XCTAssertEqual(dialect.columnCount, 3)
        XCTAssertEqual(dialect.confidence, 1)
    }

    func testSemicolonFileWithDecimalCommas() throws {
        let text = "libellé;montant;taux\nA;12,5;3,2\nB;1 200,00;4\nC;7;0,25\n"
        let dialect = try XCTUnwrap(read(text).dialect)
        XCTAssertEqual(dialect.delimiter, UInt8(ascii: ";"))
        XCTAssertEqual(dialect.columnCount, 3)
    }

    func testPrefersMoreColumnsWhenEquallyConsistent() throws {
        // `,` gives 3 columns everywhere, `|` 2 everywhere: both consistent, `,` has more.
        let text = "a,b|c,d\n1,2|3,4\n5,6|7,8\n"
        XCTAssertEqual(try read(text).dialect?.delimiter, UInt8(ascii: ","))
    }

    func testNothingSplitsFallsBackToCommaWithLowConfidence() throws {
        let dialect = try XCTUnwrap(read("prénom\nJean\nMarie\n").dialect)
        XCTAssertEqual(dialect.delimiter, UInt8(ascii: ","))
        XCTAssertEqual(dialect.columnCount, 1)
        XCTAssertLessThanOrEqual(dialect.confidence, 0.5)
    }

    func testDeclaredDelimiterWins() throws {
        let result = try read("a,b;c\n1,2;3\n", delimiter: UInt8(ascii: ";"))
        XCTAssertEqual(result.dialect?.delimiter, UInt8(ascii: ";"))
        XCTAssertEqual(result.rows[0], ["a,b", "c"])
    }

    func testTitleRowAboveHeader() throws {
        let result = try read("Titre du rapport\r\nnom;prénom;âge\r\nDupont;Jean;42\r\nMartin;Marie;37\r\n")
        let dialect = try XCTUnwrap(result.dialect)
        XCTAssertEqual(dialect.delimiter, UInt8(ascii: ";"))
        XCTAssertEqual(dialect.titleRows, 1)
        XCTAssertTrue(dialect.hasHeader)
        XCTAssertEqual(dialect.columnCount, 3)
        XCTAssertEqual(result.records.map(\.number), [1, 2, 3, 4])
        XCTAssertEqual(result.rows[0], ["Titre du rapport"])
    }

    func testPaddedTitleRowAndBlankLine() throws {
        let dialect = try XCTUnwrap(read("Budget 2015;;;\n\nchapitre;article;montant;année\n10;101;12,5;2015\n11;102;3;2015\n").dialect)
        XCTAssertEqual(dialect.titleRows, 2)
        XCTAssertTrue(dialect.hasHeader)
    }

    func testHeaderWithEmptyNameIsNotATitle() throws {
        let dialect = try XCTUnwrap(read("id,,nom,ville\n1,x,Dupont,Amiens\n2,y,Martin,Albert\n").dialect)
        XCTAssertEqual(dialect.titleRows, 0)
    }

    func testNoHeaderWhenFirstRecordIsData() throws {
        let dialect = try XCTUnwrap(read("12;2019-01-05;3,5;Amiens\n13;2019-01-06;4;Abbeville\n14;2019-02-01;1;Albert\n").dialect)
        XCTAssertFalse(dialect.hasHeader)
        XCTAssertEqual(dialect.columnCount, 4)
    }

    func testHeaderDetectedWhenFirstRecordIsText() throws {
        XCTAssertEqual(try read("date;montant\n31/5/1954;12\n1/6/1954;3\n").dialect?.hasHeader, true)
    }

    func testSingleQuotesOnlyWhenTheyWrapCells() throws {
        let quoted = try read("'nom','commentaire'\n'Dupont','oui, bien sûr'\n'Martin','non'\n")
        XCTAssertEqual(quoted.dialect?.quote, UInt8(ascii: "'"))
        XCTAssertEqual(quoted.rows[1], ["Dupont", "oui, bien sûr"])

        let apostrophes = try read("nom,phrase\nl'école,c'est l'été\nd'Artagnan,aujourd'hui\n")
        XCTAssertEqual(apostrophes.dialect?.quote, UInt8(ascii: "\""))
        XCTAssertEqual(apostrophes.rows[1], ["l'école", "c'est l'été"])
    }

    func testConfidenceIsShareOfModalRecords() throws {
        let dialect = try XCTUnwrap(read("a;b;c\n1;2;3\n4;5;6\n7;8\n").dialect)
        XCTAssertEqual(dialect.columnCount, 3)
        XCTAssertEqual(dialect.confidence, 0.75, accuracy: 1e-9)
    }

    func testOnlyCompleteRecordsOfTheSampleAreSniffed() throws {
        // The sample ends inside a long last record that would look like one column.
        let head = "a;b;c\n1;2;3\n4;5;6\n"
        let result = try read(head + String(repeating: "x", count: 500) + ";y;z\n", limits: limits(sample: head.utf8.count + 20))
        XCTAssertEqual(result.dialect?.confidence, 1)
        XCTAssertEqual(result.records.last?.fieldCount, 3)
    }
}
