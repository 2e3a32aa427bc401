@testable import LavandeKit
import LavandeTabular
import XCTest

/// Cells handed to the validators as trimmed UTF-8, whatever the file's encoding (`CellText`).
final class CellTextTests: XCTestCase {
    private func utf8(of cell: [UInt8], encoding: TextEncoding) -> String {
        var text = CellText(encoding: encoding)
        return cell.withUnsafeBufferPointer { bytes in text.withTrimmedUTF8(bytes) { String(decoding: $0, as: UTF8.self) } }
    }

    func testSingleByteCellsAreTranscodedWhereverTheirHighBytesAre() {
        let cells = ["Évreux", "Salle polyvalente des Écoles", "Fréquentation en hausse depuis la réouverture",
                     "12 500 €", "ÿ", "abcdefgh", "abcdefghé", "  Béziers\t", "œuvre « intégrale »", ""]
        for cell in cells {
            let windows1252 = cell.unicodeScalars.map { scalar in
                UInt8((0...255).first { TextDecoding.windows1252Scalar(UInt8($0)) == scalar.value }!)
            }
            let expected = cell.trimmingCharacters(in: [" ", "\t"])
            XCTAssertEqual(utf8(of: windows1252, encoding: .windows1252), expected, cell)
            if cell.unicodeScalars.allSatisfy({ $0.value < 0x100 }) {
                XCTAssertEqual(utf8(of: cell.unicodeScalars.map { UInt8($0.value) }, encoding: .iso88591), expected, cell)
            }
            XCTAssertEqual(utf8(of: Array(cell.utf8), encoding: .utf8), expected, "UTF-8 is only trimmed")
        }
    }

    func testASCIIRunsBetweenAccentsAreCopiedWhateverTheirLengthAndPlace() {
        var cells: [String] = []
        for run in 0...20 {
            for tail in 0...9 {
                cells.append("é" + String(repeating: "a", count: run) + "è" + String(repeating: "b", count: tail))
            }
        }
        cells.append(String(repeating: "€abcdefgh", count: 40))
        cells.append(String(repeating: "€", count: 100) + "abcdefgh")
        for cell in cells {
            let windows1252 = cell.unicodeScalars.map { scalar in
                UInt8((0...255).first { TextDecoding.windows1252Scalar(UInt8($0)) == scalar.value }!)
            }
            XCTAssertEqual(utf8(of: windows1252, encoding: .windows1252), cell)
        }
    }

    func testTheASCIIPrefixIsFoundEightBytesAtATimeAndByteByByte() {
        func prefix(_ bytes: [UInt8]) -> Int { bytes.withUnsafeBufferPointer(CellBytes.asciiPrefixLength) }
        XCTAssertEqual(prefix([]), 0)
        XCTAssertEqual(prefix(Array("abcdefghijklmnop".utf8)), 16)
        XCTAssertEqual(prefix(Array("abcdefghij".utf8) + [0xE9]), 10)
        XCTAssertEqual(prefix(Array("abcdefg".utf8) + [0x80] + Array("abcdefgh".utf8)), 7)
        XCTAssertEqual(prefix([0xFF] + Array("abcdefgh".utf8)), 0)
        XCTAssertEqual(prefix(Array("abcdefgh".utf8) + [0x7F, 0xC3, 0xA9]), 9)
    }
}
