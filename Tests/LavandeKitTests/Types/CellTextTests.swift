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
                     "12 500 €", "ÿ", "abcdefgh", "abcdefghé", "  Béziers\t", "œuvre « intégrale »", "",
                     "fin ", "\tdébut", "   ", "a"]
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

    func testANonASCIIByteIsFoundAtEveryPlaceOfEveryLength() {
        func isASCII(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer(CellBytes.isASCII) }
        XCTAssertTrue(isASCII([]))
        for length in 1...40 {
            let ascii = (0..<length).map { UInt8(0x7F - $0 % 0x60) }  // from 0x7F down
            XCTAssertTrue(isASCII(ascii), "\(length) ASCII bytes")
            for place in 0..<length {
                for high: UInt8 in [0x80, 0xE9, 0xFF] {
                    var bytes = ascii
                    bytes[place] = high
                    XCTAssertFalse(isASCII(bytes), "\(length) bytes, 0x\(String(high, radix: 16)) at \(place)")
                }
            }
        }
        // A buffer read from within a larger one: the bytes around it are not looked at.
        let padded: [UInt8] = [0xE9] + Array("abcdefghij".utf8) + [0xE9]
        for length in 0...10 {
            XCTAssertTrue(padded.withUnsafeBufferPointer { CellBytes.isASCII(UnsafeBufferPointer(rebasing: $0[1..<1 + length])) })
        }
    }
}
