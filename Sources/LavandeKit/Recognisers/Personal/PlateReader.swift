/// Reads French vehicle registration plates.
///
/// SIV (since 2009): two letters, three digits, two letters — `AB-123-CD`. Format tag "dashed"
/// for the official hyphens, "spaced" for single spaces (`AB 123 CD`), "undashed" for none
/// (`AB123CD`), which a random code matches more easily: callers may require a header for those.
/// Both separators are the same. Letters without case, never I, O or U; neither letter pair is
/// `SS`; the number is never 000.
///
/// FNI (1950–2009): a number 1–9999 without leading zero, 1–3 letters, a département — `123 ABC 75`,
/// `1234 AB 2A`, separated by single spaces (format "spaced") or single hyphens ("dashed"), the
/// same twice. Four-digit numbers come with at most two letters (series ran 1–9999 A … ZZ, then
/// 1–999 AAA …). Départements 01–95 (20 included: Corsica until 1976), 2A, 2B, 971–976. Letters
/// without case, all 26: no letter rule is sourced well enough to reject on.
///
/// Anything else is not the shape: no problems are reported.
enum PlateReader {
    static func readSIV(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        let format: ValueFormat
        let numberAt: Int
        switch cell.count {
        case 7:
            format = .undashed
            numberAt = 2
        case 9:
            let separator = cell[2]
            guard cell[6] == separator else { return nil }
            if separator == CellBytes.minus {
                format = .dashed
            } else if separator == CellBytes.space {
                format = .spaced
            } else {
                return nil
            }
            numberAt = 3
        default:
            return nil
        }
        let last = cell.count - 2
        guard isSIVLetter(cell[0]), isSIVLetter(cell[1]), isSIVLetter(cell[last]), isSIVLetter(cell[last + 1]),
              let number = CellBytes.number(cell, at: numberAt, count: 3), number != 0,
              !isSS(cell[0], cell[1]), !isSS(cell[last], cell[last + 1]) else { return nil }
        return ValueReading(format: format)
    }

    static func readFNI(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        guard cell.count >= 6, cell.count <= 12, CellBytes.digit(cell[0]) &- 1 < 9 else { return nil }
        let number = CellBytes.digitCount(cell, from: 0)
        guard number <= 4, number < cell.count else { return nil }
        let separator = cell[number]
        guard separator == CellBytes.space || separator == CellBytes.minus else { return nil }
        var index = number + 1
        while index < cell.count, CellBytes.isLetter(cell[index]) { index += 1 }
        let letters = index - number - 1
        guard letters >= 1, letters <= 3, number + letters <= 6, index < cell.count, cell[index] == separator else {
            return nil
        }
        index += 1
        guard isDepartement(cell, from: index) else { return nil }
        return ValueReading(format: separator == CellBytes.minus ? .dashed : .spaced)
    }

    /// A letter of SIV plates: A–Z without case, but I, O and U.
    @inline(__always)
    private static func isSIVLetter(_ byte: UInt8) -> Bool {
        let letter = CellBytes.lower(byte)
        return CellBytes.isLetter(byte) && letter != 0x69 && letter != 0x6F && letter != 0x75
    }

    @inline(__always)
    private static func isSS(_ first: UInt8, _ second: UInt8) -> Bool {
        CellBytes.lower(first) == 0x73 && CellBytes.lower(second) == 0x73
    }

    /// Whether the bytes from `index` to the end are a département of FNI plates.
    private static func isDepartement(_ cell: UnsafeBufferPointer<UInt8>, from index: Int) -> Bool {
        switch cell.count - index {
        case 2:
            let first = CellBytes.digit(cell[index])
            let second = CellBytes.digit(cell[index + 1])
            if second >= 10 {
                let letter = CellBytes.lower(cell[index + 1])
                return first == 2 && (letter == 0x61 || letter == 0x62)
            }
            return first < 10 && (1...95).contains(Int(first) * 10 + Int(second))
        case 3:
            guard let code = CellBytes.number(cell, at: index, count: 3) else { return false }
            return (971...976).contains(code)
        default:
            return false
        }
    }
}
