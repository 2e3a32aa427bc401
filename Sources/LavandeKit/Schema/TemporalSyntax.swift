/// How a `date`, `time` or `datetime` field writes its values: the standard form (ISO 8601), `any`
/// (the common ways French files write dates), or a `strptime` pattern (`%d/%m/%Y`).
struct TemporalSyntax: Sendable {
    enum Kind: Sendable {
        case date, datetime, time
    }

    enum Form: Sendable {
        case standard
        case any
        case pattern(DatePattern)
    }

    let kind: Kind
    let form: Form

    /// The standard date pattern: frictionless reads default dates with `strptime("%Y-%m-%d")`.
    private static let isoDate = DatePattern(
        tokens: [.directive(UInt8(ascii: "Y")), .literal(UInt8(ascii: "-")), .directive(UInt8(ascii: "m")),
                 .literal(UInt8(ascii: "-")), .directive(UInt8(ascii: "d"))],
        written: "%Y-%m-%d")

    /// The order of a valid value: days since 1970-01-01 for dates and datetimes (datetimes with the
    /// fraction of the day, in UTC when an offset is written), seconds since midnight for times;
    /// nil when `text` is not a value of the field.
    func read(_ text: String) -> Double? {
        switch (form, kind) {
        case let (.pattern(pattern), _): return pattern.parts(of: text).map(order)
        case (.standard, .date): return TemporalSyntax.isoDate.parts(of: text).map(order)
        case (.standard, .datetime): return TemporalSyntax.isoDatetime(text).map(order)
        case (.standard, .time): return TemporalSyntax.isoTime(text, requireSeconds: true).map(order)
        case (.any, .time): return TemporalSyntax.isoTime(text, requireSeconds: false).map(order)
        case (.any, .date), (.any, .datetime): return TemporalSyntax.anyDate(text, floor: kind == .date)
        }
    }

    private func order(_ parts: DateParts) -> Double {
        switch kind {
        case .date: Double(parts.days)
        case .datetime: Double(parts.days) + parts.secondsOfDay / 86_400
        case .time: parts.secondsOfDay
        }
    }

    /// `YYYY-MM-DDThh:mm:ss` (or a space for `T`), an optional fraction of a second, then optionally
    /// `Z` or an offset: the ISO 8601 datetimes frictionless accepts by default.
    static func isoDatetime(_ text: String) -> DateParts? {
        var scanner = TextScanner(text)
        guard let year = scanner.digits(4, 4), scanner.skip(UInt8(ascii: "-")), let month = scanner.digits(2, 2),
              scanner.skip(UInt8(ascii: "-")), let day = scanner.digits(2, 2),
              scanner.skip(anyOf: [UInt8(ascii: "T"), UInt8(ascii: "t"), 0x20]) != nil,
              var parts = clock(&scanner, requireSeconds: true), scanner.atEnd else { return nil }
        parts.year = year
        parts.month = month
        parts.day = day
        return parts.resolved()
    }

    /// `hh:mm:ss` (seconds optional unless `requireSeconds`), an optional fraction, an optional offset.
    static func isoTime(_ text: String, requireSeconds: Bool) -> DateParts? {
        var scanner = TextScanner(text)
        guard let parts = clock(&scanner, requireSeconds: requireSeconds), scanner.atEnd else { return nil }
        return parts.resolved()
    }

    private static func clock(_ scanner: inout TextScanner, requireSeconds: Bool) -> DateParts? {
        var parts = DateParts()
        guard let hour = scanner.digits(2, 2), scanner.skip(UInt8(ascii: ":")), let minute = scanner.digits(2, 2) else {
            return nil
        }
        parts.hour = hour
        parts.minute = minute
        if scanner.skip(UInt8(ascii: ":")) {
            guard let second = scanner.digits(2, 2) else { return nil }
            parts.second = second
            if scanner.skip(anyOf: [UInt8(ascii: "."), UInt8(ascii: ",")]) != nil {
                let start = scanner.index
                guard scanner.skipDigits() > 0 else { return nil }
                let digits = String(decoding: scanner.bytes[start..<scanner.index].prefix(9), as: UTF8.self)
                parts.fraction = (Double("0." + digits) ?? 0)
            }
        } else if requireSeconds {
            return nil
        }
        if !scanner.atEnd {
            guard let offset = offset(&scanner) else { return nil }
            parts.offset = offset
        }
        return parts
    }

    /// `Z`, or `±hh`, `±hhmm`, `±hh:mm`: the offset from UTC in seconds.
    static func offset(_ scanner: inout TextScanner) -> Int? {
        if scanner.skip(UInt8(ascii: "Z")) || scanner.skip(UInt8(ascii: "z")) { return 0 }
        guard let sign = scanner.skip(anyOf: [UInt8(ascii: "+"), UInt8(ascii: "-")]),
              let hours = scanner.digits(2, 2), hours <= 14 else { return nil }
        var minutes = 0
        let colon = scanner.skip(UInt8(ascii: ":"))
        if let written = scanner.digits(2, 2) {
            guard written <= 59 else { return nil }
            minutes = written
        } else if colon {
            return nil
        }
        let seconds = hours * 3600 + minutes * 60
        return sign == UInt8(ascii: "-") ? -seconds : seconds
    }

    /// A date or datetime in one of the forms French files use (`2024-01-31`, `31/01/2024`,
    /// `31-01-2024`, `31.01.2024`, `2024/01/31`, with a time or not), read by the shared recognisers.
    private static func anyDate(_ text: String, floor: Bool) -> Double? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Double? in
            let cell = UnsafeBufferPointer(buffer)
            let reading = DateReader.readDate(cell) ?? DatetimeReader.read(cell)
            guard let reading, reading.problem == nil, let ordinal = reading.ordinal else { return nil }
            return floor ? ordinal.rounded(.down) : ordinal
        }
    }
}
