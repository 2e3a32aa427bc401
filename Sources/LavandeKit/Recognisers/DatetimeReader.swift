/// Reads datetimes: a date in one of the ``DateReader`` formats, then `T` or a space, then
/// `hh:mm` or `hh:mm:ss` with an optional fraction (`.` or `,`), then optionally `Z` or an offset
/// `±hh:mm`, `±hhmm` or `±hh`. The format tag is the date's.
///
/// The ordinal is in days since 1970-01-01 UTC when an offset is written, in the written (local)
/// time otherwise. A time that does not exist (25:61, second 60, offset beyond ±14:00) is
/// ``InvalidReason/noSuchDate``, as is an impossible date.
enum DatetimeReader {
    /// The shortest datetime: the shortest date, a separator, an hour of one digit, a colon and
    /// the minutes (`5/3/2024 9:30`).
    static let minimumLength = DateReader.lengths.lowerBound + 5

    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        guard let date = DateReader.parse(cell), date.end < cell.count else { return nil }
        let separator = cell[date.end]
        guard separator == 0x54 || separator == CellBytes.space,
              let time = parseTime(cell, from: date.end + 1) else { return nil }
        if let problem = date.problem { return ValueReading(problem: problem, format: date.format) }
        guard time.exists else { return ValueReading(problem: .noSuchDate, format: date.format) }
        let days = CivilCalendar.daysSince1970(year: date.year, month: date.month, day: date.day)
        let ordinal = Double(days) + time.seconds / 86_400
        return ValueReading(format: date.format, ordinal: ordinal, year: date.year)
    }

    /// The time of day from `index` to the end of `cell`: seconds since midnight (UTC when an
    /// offset is written) and whether every field is in range.
    private static func parseTime(_ cell: UnsafeBufferPointer<UInt8>, from index: Int) -> (seconds: Double, exists: Bool)? {
        let hour = CellBytes.digitRun(cell, at: index, longest: 2)
        guard hour.length > 0, hour.end < cell.count, cell[hour.end] == CellBytes.colon else { return nil }
        let minute = CellBytes.digitRun(cell, at: hour.end + 1, longest: 2)
        guard minute.length == 2 else { return nil }
        var exists = hour.value <= 23 && minute.value <= 59
        var seconds = Double(hour.value * 3600 + minute.value * 60)
        var index = minute.end

        if index < cell.count, cell[index] == CellBytes.colon {
            let second = CellBytes.digitRun(cell, at: index + 1, longest: 2)
            guard second.length == 2 else { return nil }
            exists = exists && second.value <= 59
            seconds += Double(second.value)
            index = second.end
            if index < cell.count, cell[index] == CellBytes.point || cell[index] == CellBytes.comma {
                index += 1
                let start = index
                var fraction = 0.0
                var scale = 1.0
                while index < cell.count, CellBytes.isDigit(cell[index]) {
                    if index - start < 9 {
                        fraction = fraction * 10 + Double(CellBytes.digit(cell[index]))
                        scale *= 10
                    }
                    index += 1
                }
                guard index > start else { return nil }
                seconds += fraction / scale
            }
        }

        guard index < cell.count else { return (seconds, exists) }
        let zone = cell[index]
        if zone == 0x5A {
            return index + 1 == cell.count ? (seconds, exists) : nil
        }
        guard zone == CellBytes.plus || zone == CellBytes.minus,
              index + 3 <= cell.count, let offsetHours = CellBytes.number(cell, at: index + 1, count: 2) else { return nil }
        index += 3
        var offsetMinutes = 0
        if index < cell.count {
            if cell[index] == CellBytes.colon { index += 1 }
            guard index + 2 == cell.count, let minutes = CellBytes.number(cell, at: index, count: 2) else { return nil }
            offsetMinutes = minutes
        }
        exists = exists && offsetHours <= 14 && offsetMinutes <= 59
        let offset = Double(offsetHours * 3600 + offsetMinutes * 60)
        return (zone == CellBytes.plus ? seconds - offset : seconds + offset, exists)
    }
}
