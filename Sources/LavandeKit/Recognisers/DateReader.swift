/// A date as written in a cell: its parts, its format tag and where it ends.
struct WrittenDate {
    var year: Int
    var month: Int
    var day: Int
    /// The format tag, nil when dd/mm/yyyy and mm/dd/yyyy cannot be told apart.
    var format: ValueFormat?
    /// The index just after the date.
    var end: Int

    /// Why the date is not valid: year 0000 is out of range, 31/02 does not exist.
    var problem: InvalidReason? {
        if year == 0 { return .outOfRange }
        return CivilCalendar.exists(year: year, month: month, day: day) ? nil : .noSuchDate
    }
}

/// Reads dates and years: `yyyy-mm-dd`, `yyyy/mm/dd`, `dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`, and
/// `mm/dd/yyyy` when the second number is above 12. Day and month may have one digit (`5/3/2024`);
/// years always have four (two-digit years are not read as dates).
///
/// With `/` and both first numbers ≤ 12 (`03/04/2024`) the order cannot be told from the value:
/// the format tag is nil and the date is read day first, as French files write it.
enum DateReader {
    /// The lengths of the dates read: a year of four digits, a month and a day of one or two, two
    /// separators (`5/3/2024`, `2024-03-05`).
    static let lengths = 8...10

    static func readDate(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        guard let date = parse(cell), date.end == cell.count else { return nil }
        if let problem = date.problem { return ValueReading(problem: problem, format: date.format) }
        let days = CivilCalendar.daysSince1970(year: date.year, month: date.month, day: date.day)
        return ValueReading(format: date.format, ordinal: Double(days), year: date.year)
    }

    /// Exactly four digits; years 1000–2999 are valid, others out of range.
    static func readYear(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        guard cell.count == 4, let year = CellBytes.number(cell, at: 0, count: 4) else { return nil }
        guard (1000...2999).contains(year) else { return ValueReading(problem: .outOfRange) }
        return ValueReading(ordinal: Double(year), year: year)
    }

    /// The date at the start of `cell`; the caller checks what follows it.
    static func parse(_ cell: UnsafeBufferPointer<UInt8>) -> WrittenDate? {
        let first = CellBytes.digitRun(cell, at: 0, longest: 4)
        guard first.length > 0, first.end < cell.count else { return nil }
        let separator = cell[first.end]
        let second = CellBytes.digitRun(cell, at: first.end + 1, longest: 2)
        guard second.length > 0, second.end < cell.count, cell[second.end] == separator else { return nil }

        if first.length == 4 {
            guard separator == CellBytes.minus || separator == CellBytes.slash else { return nil }
            let third = CellBytes.digitRun(cell, at: second.end + 1, longest: 2)
            guard third.length > 0 else { return nil }
            return WrittenDate(year: first.value, month: second.value, day: third.value,
                               format: separator == CellBytes.minus ? .isoDate : .slashedYearFirst, end: third.end)
        }
        guard first.length <= 2 else { return nil }
        let third = CellBytes.digitRun(cell, at: second.end + 1, longest: 4)
        guard third.length == 4 else { return nil }
        var date = WrittenDate(year: third.value, month: second.value, day: first.value, format: nil, end: third.end)
        switch separator {
        case CellBytes.slash:
            if first.value > 12 {
                date.format = .slashedDayFirst
            } else if second.value > 12 {
                date.format = .slashedMonthFirst
                date.month = first.value
                date.day = second.value
            }
        case CellBytes.minus: date.format = .dashedDayFirst
        case CellBytes.point: date.format = .dottedDayFirst
        default: return nil
        }
        return date
    }
}
