/// Reads French phone numbers: `0` then 9 digits (format "national"), or a country code — `+33`,
/// or `+262`, `+269`, `+590`, `+594`, `+596` for the overseas départements that share the French
/// numbering plan; `00` may replace `+` — then 9 digits, with an optional `(0)` after the code
/// (format "international"). Digits may be separated by single spaces, dots or hyphens
/// (`06 12 34 56 78`, `+33 (0)6.12.34.56.78`). The 9 national digits start with 1–9.
///
/// Every allocated range is a phone number here, 08 service numbers included; telling personal
/// numbers from others is the personal-data recognisers' business (``PhoneLine``). Short numbers
/// (`3939`) and the 6- and 8-digit plans of the Pacific collectivities and Saint-Pierre-et-Miquelon
/// do not have the shape.
enum PhoneNumberReader {
    /// The reading of a cell read as `phone` (`number(_:)`).
    static func reading(of phone: Number?) -> ValueReading? {
        phone.map { ValueReading(format: format(international: $0.international)) }
    }

    /// A phone number: its 9 national digits as a number (612345678 for `06 12 34 56 78`) and
    /// whether it was written with a country code.
    typealias Number = (national: Int, international: Bool)

    /// The whole cell as a phone number; nil when it is not one.
    static func number(_ cell: UnsafeBufferPointer<UInt8>) -> Number? {
        guard let phone = scan(cell, from: 0), phone.end == cell.count else { return nil }
        return (phone.national, phone.international)
    }

    /// The format tag of a phone number: "international" or "national".
    static func format(international: Bool) -> ValueFormat { international ? .international : .national }

    /// The phone number written from `start`, which stops after its ninth national digit whatever
    /// follows: its national digits, whether it was written with a country code, and the index
    /// after its last digit; nil when the bytes from `start` do not begin with a phone number.
    static func scan(_ text: UnsafeBufferPointer<UInt8>, from start: Int)
        -> (national: Int, international: Bool, end: Int)?
    {
        if let paired = pairedNational(text, from: start) { return paired }
        guard text.count - start >= 10 else { return nil }
        var index: Int
        let international: Bool
        if text[start] == CellBytes.plus || (text[start] == 0x30 && text[start + 1] == 0x30) {
            guard let afterCode = countryCodeEnd(text, at: text[start] == CellBytes.plus ? start + 1 : start + 2) else {
                return nil
            }
            index = afterSeparator(text, at: afterCode)
            if CellBytes.hasPrefix(text, "(0)", at: index) { index = afterSeparator(text, at: index + 3) }
            international = true
        } else {
            guard text[start] == 0x30 else { return nil }
            index = afterSeparator(text, at: start + 1)
            international = false
        }
        guard index < text.count, CellBytes.digit(text[index]) &- 1 < 9 else { return nil }
        var national = 0
        var digits = 0
        while true {
            let digit = CellBytes.digit(text[index])
            if digit < 10 {
                national = national * 10 + Int(digit)
                digits += 1
                index += 1
                if digits == 9 { return (national, international, index) }
            } else {
                let next = afterSeparator(text, at: index)
                guard next > index, next < text.count, CellBytes.isDigit(text[next]) else { return nil }
                index = next
            }
            guard index < text.count else { return nil }
        }
    }

    /// What `scan` reads in the form of most phone columns, a national number in pairs with one
    /// separator (`05 60 40 96 16`, `05.60.40.96.16`, `05-60-40-96-16`), read without its loop
    /// (about 300 instructions a number); nil for any other form, which the loop reads.
    @inline(__always)
    private static func pairedNational(_ text: UnsafeBufferPointer<UInt8>, from start: Int)
        -> (national: Int, international: Bool, end: Int)?
    {
        guard text.count - start >= 14, text[start] == 0x30 else { return nil }
        let separator = text[start + 2]
        guard separator == CellBytes.space || separator == CellBytes.point || separator == CellBytes.minus,
              text[start + 5] == separator, text[start + 8] == separator, text[start + 11] == separator else { return nil }
        let first = CellBytes.digit(text[start + 1])
        guard first &- 1 < 9 else { return nil }
        var national = Int(first)
        for pair in stride(from: start + 3, to: start + 14, by: 3) {
            let tens = CellBytes.digit(text[pair]), units = CellBytes.digit(text[pair + 1])
            guard tens < 10, units < 10 else { return nil }
            national = national &* 100 &+ Int(tens &* 10 &+ units)
        }
        return (national, false, start + 14)
    }

    /// The index after the country code at `index`, or nil when it is not one of the French plan's.
    private static func countryCodeEnd(_ cell: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        if CellBytes.hasPrefix(cell, "33", at: index) { return index + 2 }
        let overseas = CellBytes.hasPrefix(cell, "262", at: index) || CellBytes.hasPrefix(cell, "269", at: index)
            || CellBytes.hasPrefix(cell, "590", at: index) || CellBytes.hasPrefix(cell, "594", at: index)
            || CellBytes.hasPrefix(cell, "596", at: index)
        return overseas ? index + 3 : nil
    }

    /// `index` moved past one separator (space, no-break space, `.` or `-`) if there is one there.
    @inline(__always)
    private static func afterSeparator(_ cell: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard index < cell.count else { return index }
        let byte = cell[index]
        if byte == CellBytes.point || byte == CellBytes.minus { return index + 1 }
        return index + CellBytes.spaceLength(cell, at: index)
    }
}
