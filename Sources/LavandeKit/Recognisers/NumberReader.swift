/// Reads numbers the way French and English files write them, in one pass over the bytes:
/// optional sign, digits, optional grouping, optional decimal part.
///
/// Grouping is by ASCII space, no-break space or narrow no-break space (`12 000`), or by the
/// punctuation that is not the decimal separator (`1,234.56`, `1.234,56`): the first group has 1 to
/// 3 digits, the others exactly 3, and a cell uses one grouping style. A lone `,` or `.` is the
/// decimal separator, even before exactly 3 digits (`1,234` is 1.234); the same punctuation twice
/// groups (`1,234,567`). Scientific notation is not a number here (see ``ExcelDamage``).
enum NumberReader {
    /// Reads `cell[start..<end]` as a whole; nil when it is not a number. `grouping` false allows
    /// only a plain number with at most one decimal separator (coordinates are never grouped): the
    /// reading with `grouping` true when it is not grouped (`plain`), nil otherwise.
    static func read(_ cell: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, grouping: Bool) -> WrittenNumber? {
        var index = start
        guard index < end else { return nil }
        let sign = cell[index]
        let negative = sign == CellBytes.minus
        if negative || sign == CellBytes.plus { index += 1 }

        var mantissa: UInt64 = 0
        var skippedDigits = 0  // trailing digits that no longer fit in `mantissa`
        var run = 0            // digits since the last separator
        var firstRun = 0
        var separators = 0, commas = 0, points = 0, spaces = 0
        var lastSeparator: UInt8 = 0
        var innerRunsOfThree = true
        while index < end {
            // The digits up to the next separator, in a loop of their own: counted once at its end,
            // not one by one (a quarter fewer instructions a digit).
            let runStart = index
            while index < end {
                let digit = CellBytes.digit(cell[index])
                guard digit < 10 else { break }
                if mantissa < 100_000_000_000_000_000 {
                    mantissa = mantissa &* 10 &+ UInt64(digit)
                } else {
                    skippedDigits += 1
                }
                index += 1
            }
            run = index - runStart
            guard index < end else { break }
            let byte = cell[index]
            let length: Int
            if byte == CellBytes.comma {
                commas += 1
                length = 1
            } else if byte == CellBytes.point {
                points += 1
                length = 1
            } else {
                let spaceLength = grouping ? CellBytes.spaceLength(cell, at: index) : 0
                guard spaceLength > 0 else { return nil }
                spaces += 1
                length = spaceLength
            }
            guard run > 0 else { return nil }
            if separators == 0 { firstRun = run } else if run != 3 { innerRunsOfThree = false }
            separators += 1
            lastSeparator = length == 1 ? byte : CellBytes.space
            run = 0
            index += length
        }
        guard run > 0 else { return nil }

        var number = WrittenNumber(value: 0)
        var fractionDigits = 0
        if separators > 0 {
            let grouped: Bool
            if lastSeparator == CellBytes.space {
                guard commas == 0, points == 0, run == 3 else { return nil }
                grouped = true
            } else {
                let isComma = lastSeparator == CellBytes.comma
                let sameCount = isComma ? commas : points
                let otherCount = isComma ? points : commas
                if sameCount == 1 {
                    number.decimalSeparator = lastSeparator
                    fractionDigits = run
                    guard spaces == 0 || otherCount == 0 else { return nil }
                    if otherCount > 0 { number.groupingPunctuation = isComma ? CellBytes.point : CellBytes.comma }
                    grouped = separators > 1
                } else {
                    guard spaces == 0, otherCount == 0, run == 3 else { return nil }
                    number.groupingPunctuation = lastSeparator
                    grouped = true
                }
            }
            if grouped {
                guard grouping, firstRun <= 3, innerRunsOfThree else { return nil }
                number.isGrouped = true
            }
        }
        let magnitude = scaled(Double(mantissa), byPowerOfTen: skippedDigits - fractionDigits)
        number.value = negative ? -magnitude : magnitude
        return number
    }

    /// A number read with grouping allowed, if it is not grouped: what `read` makes of the same
    /// bytes with `grouping` false (any space, and punctuation that groups, make a grouped number).
    static func plain(_ number: WrittenNumber?) -> WrittenNumber? {
        number.flatMap { $0.isGrouped ? nil : $0 }
    }

    /// The integer reading of a cell read whole as `number` (sign, digits, optional grouping by
    /// spaces, `12 000`; leading zeros allowed).
    static func integer(_ number: WrittenNumber?) -> ValueReading? {
        guard let number, number.decimalSeparator == nil, number.groupingPunctuation == nil else { return nil }
        return ValueReading(ordinal: number.value)
    }

    /// `cell` as a decimal number, with an optional trailing `€` (`12,50 €`), given what the whole
    /// cell reads as (`read`), which is only called for cells without a trailing `€`.
    static func decimal(_ cell: UnsafeBufferPointer<UInt8>, whole: @autoclosure () -> WrittenNumber?) -> ValueReading? {
        var end = cell.count
        if end >= 3, cell[end - 3] == 0xE2, cell[end - 2] == 0x82, cell[end - 1] == 0xAC {
            end = endBeforeSpace(cell, end: end - 3)
        }
        guard let number = end == cell.count ? whole() : read(cell, from: 0, to: end, grouping: true) else { return nil }
        return ValueReading(format: number.formatTag, ordinal: number.value)
    }

    /// `cell` as a percentage: a decimal number then `%`, with an optional space between (`12,5 %`).
    /// The ordinal is the number as written; bounds, if any, come from the rule book.
    static func readPercentage(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        guard let last = cell.last, last == 0x25 else { return nil }
        let end = endBeforeSpace(cell, end: cell.count - 1)
        guard let number = read(cell, from: 0, to: end, grouping: true) else { return nil }
        return ValueReading(format: number.formatTag, ordinal: number.value)
    }

    /// `end` moved back over one space (ASCII, no-break or narrow no-break) that ends there.
    private static func endBeforeSpace(_ cell: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        if end >= 1, cell[end - 1] == CellBytes.space { return end - 1 }
        if end >= 2, cell[end - 2] == 0xC2, cell[end - 1] == 0xA0 { return end - 2 }
        if end >= 3, cell[end - 3] == 0xE2, cell[end - 2] == 0x80, cell[end - 1] == 0xAF { return end - 3 }
        return end
    }

    /// Exact powers of ten: every one up to 10²² is a `Double` without rounding.
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// `value` × 10^`exponent`, with a single rounding while the power of ten is exact.
    private static func scaled(_ value: Double, byPowerOfTen exponent: Int) -> Double {
        if exponent == 0 { return value }
        var result = value
        var remaining = exponent.magnitude
        while remaining > 0 {
            let step = min(remaining, UInt(powersOfTen.count - 1))
            result = exponent > 0 ? result * powersOfTen[Int(step)] : result / powersOfTen[Int(step)]
            remaining -= step
        }
        return result
    }
}
