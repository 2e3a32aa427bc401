import LavandeTabular
import LavandeTestSupport
import XCTest

final class TextDecodingTests: XCTestCase {
    private func decode(_ bytes: [UInt8], _ encoding: TextEncoding) -> String {
        bytes.withUnsafeBufferPointer { TextDecoding.string($0, encoding: encoding) }
    }

    func testUTF8() {
        XCTAssertEqual(decode(Array("Besançon €".utf8), .utf8), "Besançon €")
    }

    func testInvalidUTF8FallsBackToWindows1252() {
        XCTAssertEqual(decode([0x4C, 0x92, 0xE9, 0x80], .utf8), "L’é€")
    }

    func testWindows1252TableIncludingUndefinedBytes() {
        XCTAssertEqual(decode([0x80, 0x8C, 0x9C, 0x85, 0x96, 0xAB, 0xE9], .windows1252), "€Œœ…–«é")
        XCTAssertEqual(decode([0x81, 0x8D, 0x8F, 0x90, 0x9D], .windows1252).unicodeScalars.map(\.value), [0x81, 0x8D, 0x8F, 0x90, 0x9D])
    }

    func testEveryByteOfTheSingleByteEncodings() {
        for byte in UInt8.min...UInt8.max {
            let windows = Unicode.Scalar(TextDecoding.windows1252Scalar(byte))!
            XCTAssertEqual(decode([0x41, byte, 0x42], .windows1252).unicodeScalars.map(\.value), [0x41, windows.value, 0x42], "\(byte)")
            XCTAssertEqual(decode([byte], .iso88591).unicodeScalars.map(\.value), [UInt32(byte)], "\(byte)")
        }
        XCTAssertEqual(decode([], .windows1252), "")
        XCTAssertEqual(decode(Array(repeating: 0x80, count: 1000), .windows1252), String(repeating: "€", count: 1000), "three bytes each")
    }

    /// Runs of ASCII and other bytes, of every length up to three blocks of eight and across
    /// their edges: each byte gives its own scalar, whether it is read in a block of eight ASCII
    /// bytes, in a block with other bytes, or in the bytes after the last block, and nothing is
    /// written past `capacity(for:)` (the bytes after it keep a mark).
    func testTranscodingMixedRunsIntoTheTightestTarget() {
        let letters: [UInt8] = [0x41, 0x7A, 0x20, 0x80, 0xE9, 0x92, 0xC3, 0x9D, 0xFF]
        var generator = SplitMix64(seed: 11)
        for length in 0...24 {
            for draw in 0..<20 {
                // One in four all ASCII: blocks of eight read as they are.
                let choices = draw % 4 == 0 ? 3 : letters.count
                let bytes = (0..<length).map { _ in letters[generator.next(below: choices)] }
                let expected = bytes.map { String(Unicode.Scalar(TextDecoding.windows1252Scalar($0))!) }.joined()
                let capacity = TextDecoding.capacity(for: length)
                var target = [UInt8](repeating: 0xAA, count: capacity + 8)
                let count = bytes.withUnsafeBufferPointer { input in
                    TextDecoding.utf8Table(for: .windows1252)!.withUnsafeBufferPointer { table in
                        target.withUnsafeMutableBufferPointer { TextDecoding.transcode(input, table: table, into: $0.baseAddress!) }
                    }
                }
                XCTAssertEqual(String(decoding: target[..<count], as: UTF8.self), expected, "\(bytes)")
                XCTAssertEqual(Array(target[capacity...]), Array(repeating: 0xAA, count: 8), "written past the capacity: \(bytes)")
            }
        }
    }

    func testISO88591() {
        XCTAssertEqual(decode([0xC9, 0x80, 0xE0], .iso88591).unicodeScalars.map(\.value), [0xC9, 0x80, 0xE0])
    }

    func testIsValidUTF8() {
        let valid: [[UInt8]] = [[], Array("é€😀".utf8), [0xEF, 0xBF, 0xBD]]
        let invalid: [[UInt8]] = [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xFF]]
        for bytes in valid { XCTAssertTrue(bytes.withUnsafeBufferPointer(TextDecoding.isValidUTF8), "\(bytes)") }
        for bytes in invalid { XCTAssertFalse(bytes.withUnsafeBufferPointer(TextDecoding.isValidUTF8), "\(bytes)") }
    }
}
