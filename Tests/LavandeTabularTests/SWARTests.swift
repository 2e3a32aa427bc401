@testable import LavandeTabular
import XCTest

/// The eight- and sixteen-bytes-at-a-time tests and the copy of the splitter against their
/// byte-by-byte definitions.
final class SWARTests: XCTestCase {
    /// Whether the word test stops at a byte (`;` delimiter, `"` quote): below 0x20 (a tab too,
    /// which the splitter then reads as plain), DEL, 0x80 and above, the delimiter and the quote.
    private func isSpecial(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte >= 0x7F || byte == 0x3B || byte == 0x22
    }

    func testTheFirstSpecialByteIsFoundWhereverItIsAndWhateverFollows() {
        let delimiterWord = UInt64(0x3B) &* SWAR.ones, quoteWord = UInt64(0x22) &* SWAR.ones
        // Fillers: a plain letter, and bytes that are special themselves or whose borrows could
        // spill into their neighbours (0x00, 0x20, 0x3C, 0x80, 0xFF).
        for filler: UInt8 in [0x61, 0x00, 0x20, 0x3C, 0x80, 0xFF] {
            for place in 0..<8 {
                for byte in 0...255 {
                    var bytes = [UInt8](repeating: 0x61, count: 8)
                    bytes[place] = UInt8(byte)
                    for after in place + 1..<8 { bytes[after] = filler }
                    let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    let expected = bytes.firstIndex(where: isSpecial) ?? 8
                    XCTAssertEqual(SWAR.firstSpecialByte(word, delimiterWord: delimiterWord, quoteWord: quoteWord), expected,
                                   "byte \(byte) at \(place), then \(filler)")
                }
            }
        }
    }

    func testTheSixteenByteTestFindsTheFirstSpecialByteWhereverItIsAndWhateverFollows() {
        let delimiters = SIMD16<UInt8>(repeating: 0x3B), quotes = SIMD16<UInt8>(repeating: 0x22)
        for filler: UInt8 in [0x61, 0x00, 0x20, 0x3C, 0x80, 0xFF] {
            for place in 0..<16 {
                for byte in 0...255 {
                    // One byte before the sixteen, so that they are read unaligned.
                    var bytes = [UInt8](repeating: 0x61, count: 17)
                    bytes[1 + place] = UInt8(byte)
                    for after in place + 1..<16 { bytes[1 + after] = filler }
                    let found = bytes.withUnsafeBytes { SWAR.firstSpecialByte(in: $0.baseAddress! + 1, delimiters: delimiters, quotes: quotes) }
                    XCTAssertEqual(found, bytes.dropFirst().firstIndex(where: isSpecial).map { $0 - 1 } ?? 16,
                                   "byte \(byte) at \(place), then \(filler)")
                }
            }
        }
    }

    func testTheCopyMovesExactlyItsBytesWhateverTheirNumberAndPlace() {
        let source = (0..<80).map { UInt8($0 + 1) }
        for count in 0...40 {
            for offset in 0..<8 {
                var target = [UInt8](repeating: 0, count: 64)
                source.withUnsafeBufferPointer { from in
                    target.withUnsafeMutableBufferPointer { to in
                        SWAR.copy(from.baseAddress! + offset, to: to.baseAddress! + 8, count: count)
                    }
                }
                let expected = [UInt8](repeating: 0, count: 8) + source[offset..<offset + count]
                    + [UInt8](repeating: 0, count: 56 - count)
                XCTAssertEqual(target, expected, "\(count) bytes from \(offset)")
            }
        }
    }
}
