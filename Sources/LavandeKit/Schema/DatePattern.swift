/// A `strptime` pattern of a date, time or datetime field (`%d/%m/%Y`), matched the way Python's
/// `strptime` (which frictionless uses) matches it: day, month, hour, minute and second may have
/// one digit, `%Y` has four, a space in the pattern matches any run of spaces, letters match
/// without case, and the whole value must be used.
struct DatePattern: Sendable {
    /// The directives Lavande reads; another one makes the pattern unusable.
    static let directives: Set<UInt8> = Set("YymdHIMSfjpbBaAzZ".utf8)

    enum Token: Sendable, Equatable {
        case literal(UInt8)
        case spaces
        case directive(UInt8)
    }

    let tokens: [Token]
    /// The pattern as the schema wrote it.
    let written: String

    /// The compiled pattern, or the directive it does not know (`%Q`).
    static func compile(_ pattern: String) -> Result<DatePattern, UnknownDirective> {
        var tokens: [Token] = []
        var bytes = Array(pattern.utf8)[...]
        while let byte = bytes.popFirst() {
            if byte == UInt8(ascii: "%") {
                guard let directive = bytes.popFirst() else { return .failure(UnknownDirective(directive: "%")) }
                if directive == UInt8(ascii: "%") {
                    tokens.append(.literal(directive))
                } else if directives.contains(directive) {
                    tokens.append(.directive(directive))
                } else {
                    return .failure(UnknownDirective(directive: "%" + String(decoding: [directive], as: UTF8.self)))
                }
            } else if byte == 0x20 || byte == 0x09 {
                if tokens.last != .spaces { tokens.append(.spaces) }
            } else {
                tokens.append(.literal(byte))
            }
        }
        return .success(DatePattern(tokens: tokens, written: pattern))
    }

    struct UnknownDirective: Error, Equatable {
        let directive: String
    }

    /// Longer texts are no dates: they are not matched at all.
    static let maxTextBytes = 256

    /// The parts of `text`, or nil when it does not follow the pattern or names a date that does not exist.
    func parts(of text: String) -> DateParts? {
        guard text.utf8.count <= DatePattern.maxTextBytes else { return nil }
        var scanner = TextScanner(text)
        var failed = Set<Int>()
        guard let parts = match(from: 0, &scanner, DateParts(), failed: &failed) else { return nil }
        return parts.resolved()
    }

    /// Backtracking over the ways each directive can be read; whether the rest of the pattern
    /// matches from a place depends on the token and the position only, so failures are
    /// remembered (`failed`) and no place is tried twice, whatever the pattern.
    private func match(from tokenIndex: Int, _ scanner: inout TextScanner, _ parts: DateParts, failed: inout Set<Int>) -> DateParts? {
        guard tokenIndex < tokens.count else { return scanner.atEnd ? parts : nil }
        let key = tokenIndex * (scanner.bytes.count + 1) + scanner.index
        guard !failed.contains(key) else { return nil }
        let start = scanner.index
        defer { scanner.index = start }
        var found: DateParts?
        switch tokens[tokenIndex] {
        case let .literal(byte):
            if let current = scanner.current, TextScanner.lower(current) == TextScanner.lower(byte) {
                scanner.index += 1
                found = match(from: tokenIndex + 1, &scanner, parts, failed: &failed)
            }
        case .spaces:
            if scanner.skipSpaces() > 0 { found = match(from: tokenIndex + 1, &scanner, parts, failed: &failed) }
        case let .directive(directive):
            for (end, next) in DateParts.candidates(for: directive, in: scanner, parts: parts) where found == nil {
                scanner.index = end
                found = match(from: tokenIndex + 1, &scanner, next, failed: &failed)
            }
        }
        if found == nil { failed.insert(key) }
        return found
    }
}

/// The parts of a date, time or datetime read by a `DatePattern`; Python's defaults where absent.
struct DateParts: Sendable {
    var year = 1900
    var month = 1
    var day = 1
    var hour = 0
    var minute = 0
    var second = 0
    var fraction = 0.0
    /// Offset from UTC in seconds, when the value writes one.
    var offset: Int?
    var dayOfYear: Int?
    var hour12: Int?
    var afternoon: Bool?

    static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                             "october", "november", "december"]
    static let dayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Days since 1970-01-01.
    var days: Int { CivilCalendar.daysSince1970(year: year, month: month, day: day) }

    /// Seconds since midnight, in UTC when an offset is written.
    var secondsOfDay: Double { Double(hour * 3600 + minute * 60 + second) + fraction - Double(offset ?? 0) }

    /// The parts with the 12-hour clock and the day of the year applied, or nil when they name no real date or time.
    func resolved() -> DateParts? {
        var parts = self
        if let hour12 {
            parts.hour = hour12 % 12 + (afternoon == true ? 12 : 0)
        }
        if let dayOfYear {
            let length = CivilCalendar.isLeapYear(year) ? 366 : 365
            guard dayOfYear <= length else { return nil }
            var remaining = dayOfYear
            var month = 1
            while remaining > CivilCalendar.daysIn(month: month, year: year) {
                remaining -= CivilCalendar.daysIn(month: month, year: year)
                month += 1
            }
            parts.month = month
            parts.day = remaining
        }
        guard CivilCalendar.exists(year: parts.year, month: parts.month, day: parts.day), parts.hour <= 23,
              parts.minute <= 59, parts.second <= 59 else { return nil }
        return parts
    }

    /// The ways `directive` can be read at the scanner's position: where the reading ends and the
    /// parts it gives, longest first (so that later tokens can make the matcher backtrack).
    static func candidates(for directive: UInt8, in scanner: TextScanner, parts: DateParts) -> [(Int, DateParts)] {
        func numbers(_ minimum: Int, _ maximum: Int, _ range: ClosedRange<Int>,
                     _ set: (inout DateParts, Int) -> Void) -> [(Int, DateParts)] {
            var found: [(Int, DateParts)] = []
            var width = maximum
            while width >= minimum {
                var probe = scanner
                if let value = probe.digits(width, width), range.contains(value) {
                    var next = parts
                    set(&next, value)
                    found.append((probe.index, next))
                }
                width -= 1
            }
            return found
        }
        func words(_ names: [String], _ set: (inout DateParts, Int) -> Void) -> [(Int, DateParts)] {
            names.enumerated().compactMap { position, name in
                var probe = scanner
                guard probe.skip(word: name) else { return nil }
                var next = parts
                set(&next, position)
                return (probe.index, next)
            }
        }
        switch directive {
        case UInt8(ascii: "Y"): return numbers(4, 4, 0...9999) { $0.year = $1 }
        case UInt8(ascii: "y"): return numbers(2, 2, 0...99) { $0.year = $1 < 69 ? 2000 + $1 : 1900 + $1 }
        case UInt8(ascii: "m"): return numbers(1, 2, 1...12) { $0.month = $1 }
        case UInt8(ascii: "d"): return numbers(1, 2, 1...31) { $0.day = $1 }
        case UInt8(ascii: "H"): return numbers(1, 2, 0...23) { $0.hour = $1 }
        case UInt8(ascii: "I"): return numbers(1, 2, 1...12) { $0.hour12 = $1 }
        case UInt8(ascii: "M"): return numbers(1, 2, 0...59) { $0.minute = $1 }
        case UInt8(ascii: "S"): return numbers(1, 2, 0...61) { $0.second = $1 }
        case UInt8(ascii: "j"): return numbers(1, 3, 1...366) { $0.dayOfYear = $1 }
        case UInt8(ascii: "f"):
            var found: [(Int, DateParts)] = []
            for width in stride(from: 6, through: 1, by: -1) {
                var probe = scanner
                if let value = probe.digits(width, width) {
                    var next = parts
                    next.fraction = Double(value) / pow10(width)
                    found.append((probe.index, next))
                }
            }
            return found
        case UInt8(ascii: "p"): return words(["am", "pm"]) { $0.afternoon = $1 == 1 }
        case UInt8(ascii: "B"): return words(monthNames) { $0.month = $1 + 1 }
        case UInt8(ascii: "b"): return words(monthNames.map { String($0.prefix(3)) }) { $0.month = $1 + 1 }
        case UInt8(ascii: "A"): return words(dayNames) { _, _ in }
        case UInt8(ascii: "a"): return words(dayNames.map { String($0.prefix(3)) }) { _, _ in }
        case UInt8(ascii: "Z"): return words(["utc", "gmt"]) { _, _ in }
        case UInt8(ascii: "z"):
            var probe = scanner
            guard let offset = TemporalSyntax.offset(&probe) else { return [] }
            var next = parts
            next.offset = offset
            return [(probe.index, next)]
        default: return []
        }
    }

    private static func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1) { value, _ in value * 10 }
    }
}
