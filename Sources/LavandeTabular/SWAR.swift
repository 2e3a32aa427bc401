/// Tests on eight bytes at once ("SIMD within a register"), and on sixteen in a vector register.
enum SWAR {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Copies `count` bytes a word at a time, the last word overlapping the one before it (and
    /// likewise with four and two bytes for shorter runs): no byte outside either range is read or
    /// written. The ranges must not overlap.
    @inline(__always)
    static func copy(_ source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count: Int) {
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
        @inline(__always) func move<Word: FixedWidthInteger>(_: Word.Type, at offset: Int) {
            to.storeBytes(of: from.loadUnaligned(fromByteOffset: offset, as: Word.self), toByteOffset: offset, as: Word.self)
        }
        if count >= 8 {
            var offset = 0
            while offset + 8 < count {
                move(UInt64.self, at: offset)
                offset += 8
            }
            move(UInt64.self, at: count - 8)
        } else if count >= 4 {
            move(UInt32.self, at: 0)
            move(UInt32.self, at: count - 4)
        } else if count >= 2 {
            move(UInt16.self, at: 0)
            move(UInt16.self, at: count - 2)
        } else if count == 1 {
            target[0] = source[0]
        }
    }

    /// The place (0–7, in memory order) of the first byte of `word` that may not be boring: 0x80
    /// or above, below 0x20 (a tab is, though boring), DEL, the delimiter or the quote
    /// (`delimiterWord`/`quoteWord`: that byte repeated eight times); 8 when there is none. Exact:
    /// the borrows that make the zero-byte test give false positives only run towards higher
    /// bytes, so its lowest set bit is a true one (little-endian loads).
    @inline(__always)
    static func firstSpecialByte(_ word: UInt64, delimiterWord: UInt64, quoteWord: UInt64) -> Int {
        let below = (word &- ones &* 0x20) & ~word
        let delimiter = word ^ delimiterWord, quote = word ^ quoteWord, del = word ^ (ones &* 0x7F)
        let zeros = ((delimiter &- ones) & ~delimiter) | ((quote &- ones) & ~quote) | ((del &- ones) & ~del)
        return ((word | below | zeros) & highs).littleEndian.trailingZeroBitCount >> 3
    }

    /// Sixteen bytes: `word` twice.
    @inline(__always)
    static func vector(_ word: UInt64) -> SIMD16<UInt8> {
        unsafeBitCast(SIMD2<UInt64>(repeating: word), to: SIMD16<UInt8>.self)
    }

    /// `firstSpecialByte(_:delimiterWord:quoteWord:)` on the sixteen bytes at `bytes` (0–15, or 16
    /// when none is special), with the delimiter and the quote repeated in `delimiters` and
    /// `quotes`: one SSE2 register on x86-64 (`specialLanes`).
    @inline(__always)
    static func firstSpecialByte(in bytes: UnsafeRawPointer, delimiters: SIMD16<UInt8>, quotes: SIMD16<UInt8>) -> Int {
        let lanes = specialLanes(in: bytes, delimiters: delimiters, quotes: quotes)
        if lanes.low != 0 { return lanes.low.trailingZeroBitCount >> 3 }
        return 8 + (lanes.high.trailingZeroBitCount >> 3)
    }

    /// `specialLanes` as a mask of sixteen bits, bit `i` for byte `i`: each word's high bits
    /// gathered by one multiplication (bit 7 of byte `i`, moved to bit `i` of the top byte).
    @inline(__always)
    static func specialMask(in bytes: UnsafeRawPointer, delimiters: SIMD16<UInt8>, quotes: SIMD16<UInt8>) -> UInt32 {
        let lanes = specialLanes(in: bytes, delimiters: delimiters, quotes: quotes)
        let gather: UInt64 = 0x0102_0408_1020_4080
        return UInt32(truncatingIfNeeded: ((lanes.low >> 7) &* gather) >> 56)
            | UInt32(truncatingIfNeeded: ((lanes.high >> 7) &* gather) >> 56) << 8
    }

    /// Which of the sixteen bytes at `bytes` may not be boring, as `firstSpecialByte(_:delimiterWord:quoteWord:)`
    /// tells them: the high bit of each such byte set in two words, `low` for bytes 0–7 and `high`
    /// for bytes 8–15 (in memory order), every other bit clear. Exact for every byte, not only the
    /// first: lanes do not borrow from one another.
    ///
    /// **Why arithmetic, not `.==`.** With this toolchain the standard library's lane comparisons
    /// (`.==`, `.<`) compile to a loop over the sixteen lanes, while wrapping arithmetic and
    /// bitwise operations on `SIMD16<UInt8>` compile to one instruction each (`psubb`, `pandn`,
    /// `por`): a lane is zero when subtracting 1 sets a high bit that the lane did not have. The
    /// two halves of the result are then read as words, as in the eight-byte test.
    @inline(__always)
    static func specialLanes(in bytes: UnsafeRawPointer, delimiters: SIMD16<UInt8>, quotes: SIMD16<UInt8>) -> (low: UInt64, high: UInt64) {
        let lanes = bytes.loadUnaligned(as: SIMD16<UInt8>.self)
        let one = SIMD16<UInt8>(repeating: 1)
        let delimiter = lanes ^ delimiters, quote = lanes ^ quotes
        // High bit of a lane: the delimiter, the quote, below 0x20 (for lanes below 0x80), DEL
        // and above (0x7F + 1 is 0x80), or 0x80 and above.
        let flags = ((delimiter &- one) & ~delimiter) | ((quote &- one) & ~quote)
            | ((lanes &- SIMD16(repeating: 0x20)) & ~lanes) | (lanes &+ one) | lanes
        let halves = unsafeBitCast(flags, to: SIMD2<UInt64>.self)
        return (halves[0].littleEndian & highs, halves[1].littleEndian & highs)
    }
}
