/// Byte-level tests shared by the validators: ASCII classes and the three spaces French files use.
/// Everything works on UTF-8 bytes, in place, without allocating.
enum CellBytes {
    static let space: UInt8 = 0x20
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    static let point: UInt8 = 0x2E
    static let slash: UInt8 = 0x2F
    static let colon: UInt8 = 0x3A
    static let at: UInt8 = 0x40

    /// The value of an ASCII digit, or a number ≥ 10 for any other byte.
    @inline(__always)
    static func digit(_ byte: UInt8) -> UInt8 { byte &- 0x30 }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// Whether every byte is below 0x80: eight at a time, the last eight overlapping the word
    /// before them, and a cell of fewer than eight bytes in two overlapping loads of four or two
    /// (no byte read one by one: a loop over the last bytes of a word cost more than the words,
    /// on the short cells of a Windows-1252 file, whose every cell is asked).
    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base), count = bytes.count
        if count >= 8 {
            var index = 0
            while index + 8 < count {
                if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                index += 8
            }
            return raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        }
        if count >= 4 {
            return (raw.loadUnaligned(as: UInt32.self) | raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) & 0x8080_8080 == 0
        }
        if count >= 2 {
            return (raw.loadUnaligned(as: UInt16.self) | raw.loadUnaligned(fromByteOffset: count - 2, as: UInt16.self)) & 0x8080 == 0
        }
        return count == 0 || base[0] < 0x80
    }

    /// Whether the `count` bytes at `left` and at `right` are the same (case counts), read as
    /// `isASCII` reads them: words, the last one overlapping the one before it, and two overlapping
    /// loads for fewer than eight bytes. For the short values the caches keep (`VerdictCache`,
    /// `ContactVerdicts`), where a call to `memcmp` cost more than the comparison.
    @inline(__always)
    static func sameBytes(_ left: UnsafeRawPointer, _ right: UnsafeRawPointer, count: Int) -> Bool {
        @inline(__always) func differ<Word: FixedWidthInteger>(_: Word.Type, at offset: Int) -> Word {
            left.loadUnaligned(fromByteOffset: offset, as: Word.self) ^ right.loadUnaligned(fromByteOffset: offset, as: Word.self)
        }
        if count >= 8 {
            var offset = 0
            while offset + 8 < count {
                if differ(UInt64.self, at: offset) != 0 { return false }
                offset += 8
            }
            return differ(UInt64.self, at: count - 8) == 0
        }
        if count >= 4 { return differ(UInt32.self, at: 0) | differ(UInt32.self, at: count - 4) == 0 }
        if count >= 2 { return differ(UInt16.self, at: 0) | differ(UInt16.self, at: count - 2) == 0 }
        return count == 0 || differ(UInt8.self, at: 0) == 0
    }

    /// Whether one of the eight bytes of `word` is between 0x30 and 0x40: a digit, `@`, or one of
    /// `:;<=>?`. False means none is; a true answer is checked byte by byte. Each byte's low seven
    /// bits plus 0x50 reach 0x80 from 0x30 on, plus 0x3F from 0x41 on, without carrying into the
    /// next byte; bytes from 0x80 on are left out. (The constants are its own: `LavandeTabular`'s
    /// `SWAR` ones, read from this module, cost a call per word — measured.)
    @inline(__always)
    static func mayHoldDigitOrAt(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let low = word & ~highs
        return (low &+ ones &* 0x50) & ~(low &+ ones &* 0x3F) & ~word & highs != 0
    }

    /// An ASCII letter folded to lower case; other bytes unchanged.
    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// The length of the space that starts at `index`: 1 for an ASCII space, 2 for a no-break space
    /// (C2 A0), 3 for a narrow no-break space (E2 80 AF), 0 when there is none.
    @inline(__always)
    static func spaceLength(_ cell: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = cell[index]
        if byte == space { return 1 }
        if byte == 0xC2 { return index + 1 < cell.count && cell[index + 1] == 0xA0 ? 2 : 0 }
        if byte == 0xE2 {
            return index + 2 < cell.count && cell[index + 1] == 0x80 && cell[index + 2] == 0xAF ? 3 : 0
        }
        return 0
    }

    /// The value of the `count` ASCII digits at `index`, or nil when one of them is not a digit.
    @inline(__always)
    static func number(_ cell: UnsafeBufferPointer<UInt8>, at index: Int, count: Int) -> Int? {
        var value = 0
        for offset in index..<index + count {
            let digit = digit(cell[offset])
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// Whether the bytes from `index` are `literal`, ASCII letters compared without case.
    /// `literal` must be lower-case.
    @inline(__always)
    static func hasPrefix(_ cell: UnsafeBufferPointer<UInt8>, _ literal: StaticString, at index: Int = 0) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard cell.count - index >= count else { return false }
        let start = literal.utf8Start
        for offset in 0..<count where lower(cell[index + offset]) != start[offset] {
            return false
        }
        return true
    }

    /// Whether the whole cell is `literal`, ASCII letters compared without case.
    @inline(__always)
    static func equals(_ cell: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        cell.count == literal.utf8CodeUnitCount && hasPrefix(cell, literal)
    }

    /// The digits at `index`, at most `longest` of them: their value, count and end. A longer run
    /// of digits reads as no run at all (length 0).
    @inline(__always)
    static func digitRun(_ cell: UnsafeBufferPointer<UInt8>, at index: Int, longest: Int)
        -> (value: Int, length: Int, end: Int)
    {
        var value = 0
        var end = index
        while end < cell.count {
            let digit = CellBytes.digit(cell[end])
            guard digit < 10 else { break }
            guard end - index < longest else { return (0, 0, index) }
            value = value * 10 + Int(digit)
            end += 1
        }
        return (value, end - index, end)
    }
}

extension CellBytes {
    /// The whole cell as up to `longest` (≤ 19) digits, where one space (ASCII, no-break or narrow
    /// no-break) may follow the digits whose counts are set in `breaks` (bit n: after n digits):
    /// the value and the number of digits, or nil.
    @inline(__always)
    static func groupedDigits(_ cell: UnsafeBufferPointer<UInt8>, breaks: UInt32, longest: Int)
        -> (value: UInt64, count: Int)?
    {
        var value: UInt64 = 0
        var count = 0
        var index = 0
        while index < cell.count {
            let digit = Self.digit(cell[index])
            if digit < 10 {
                guard count < longest else { return nil }
                value = value &* 10 &+ UInt64(digit)
                count += 1
                index += 1
            } else {
                let length = spaceLength(cell, at: index)
                guard length > 0, count > 0, breaks & (1 << UInt32(count)) != 0 else { return nil }
                index += length
                guard index < cell.count, isDigit(cell[index]) else { return nil }
            }
        }
        return count > 0 ? (value, count) : nil
    }
}

extension CellBytes {
    /// How many ASCII digits follow one another from `index`.
    @inline(__always)
    static func digitCount(_ cell: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var end = index
        while end < cell.count, isDigit(cell[end]) { end += 1 }
        return end - index
    }
}
