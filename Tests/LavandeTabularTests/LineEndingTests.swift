import LavandeTabular
import XCTest

final class LineEndingTests: XCTestCase {
    func testCRLF() throws {
        let result = try read("a,b\r\n1,2\r\n")
        XCTAssertEqual(result.facts.crlfLineEndings.count, 2)
        XCTAssertEqual(result.facts.crlfLineEndings.first, position(3, 1, 4))
        XCTAssertEqual(result.facts.lfLineEndings.count + result.facts.crLineEndings.count, 0)
        XCTAssertEqual(result.facts.lineCount, 2)
        XCTAssertFalse(result.facts.missingFinalNewline)
        XCTAssertEqual(result.rows, [["a", "b"], ["1", "2"]])
        XCTAssertEqual(result.records[1].offset, 5)
    }

    func testLF() throws {
        let result = try read("a,b\n1,2\n")
        XCTAssertEqual(result.facts.lfLineEndings.count, 2)
        XCTAssertEqual(result.facts.lfLineEndings.examples, [position(3, 1, 4), position(7, 2, 4)])
        XCTAssertEqual(result.facts.lineCount, 2)
    }

    func testCROnly() throws {
        let result = try read("a,b\r1,2\r3,4")
        XCTAssertEqual(result.facts.crLineEndings.count, 2)
        XCTAssertEqual(result.facts.crLineEndings.examples, [position(3, 1, 4), position(7, 2, 4)])
        XCTAssertEqual(result.rows, [["a", "b"], ["1", "2"], ["3", "4"]])
        XCTAssertEqual(result.records.map(\.line), [1, 2, 3])
        XCTAssertTrue(result.facts.missingFinalNewline)
        XCTAssertEqual(result.facts.lineCount, 3)
    }

    func testMixedEndings() throws {
        let result = try read("a,b\r\n1,2\n3,4\r5,6\r\n")
        XCTAssertEqual(result.facts.crlfLineEndings.count, 2)
        XCTAssertEqual(result.facts.lfLineEndings.count, 1)
        XCTAssertEqual(result.facts.crLineEndings.count, 1)
        XCTAssertEqual(result.facts.lineCount, 4)
        XCTAssertEqual(result.records.count, 4)
        XCTAssertEqual(result.records.map(\.line), [1, 2, 3, 4])
    }

    func testMissingFinalNewline() throws {
        let result = try read("a,b\n1,2")
        XCTAssertTrue(result.facts.missingFinalNewline)
        XCTAssertEqual(result.facts.lineCount, 2)
        XCTAssertEqual(result.rows.last, ["1", "2"])
    }

    func testNulAndControlCharacters() throws {
        let tail = String(repeating: "une ligne,de texte ordinaire\n", count: 5)
        let result = try read([UInt8]("a,b\n1".utf8) + [0x00] + [UInt8](",x".utf8) + [0x07, 0x7F, 0x0C] + [0x0A] + Array(tail.utf8))
        XCTAssertEqual(result.facts.nulBytes.count, 1)
        XCTAssertEqual(result.facts.nulBytes.first, position(5, 2, 2))
        XCTAssertEqual(result.facts.controlCharacters.count, 3)
        XCTAssertEqual(result.facts.controlCharacters.first, position(8, 2, 5))
        XCTAssertEqual(result.records[1].cells, [[0x31, 0x00], [0x78, 0x07, 0x7F, 0x0C]])
        XCTAssertNil(result.facts.binary)
    }

    func testTabIsNotAControlCharacter() throws {
        XCTAssertEqual(try read("a;b\n1\t2;3\n").facts.controlCharacters.count, 0)
    }
}
