/// Reads French phone numbers: `0` then 9 digits (format "national"), or a country code — `+33`,
/// or `+262`, `+269`, `+590`, `+594`, `+596` for the overseas départements that share the French
/// numbering plan; `00` may replace `+` — then 9 digits, with an optional `(0)` after the code
/// (format "international"). Digits may be separated by single spaces, dots or hyphens
/// (`06 12 34 56 78`, `+33 (0)6.12.34.56.78`). The 9 national digits start with 1–9.
///
/// Every allocated range is a phone number here, 08 service numbers included; telling personal
/// numbers from others is the personal-data recognisers' business. Short numbers (`3939`) and the
/// 6- and 8-digit plans of the Pacific collectivities and Saint-Pierre-et-Miquelon do not have the shape.
enum PhoneNumberReader {
    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        guard cell.count >= 10 else { return nil }
        var index: Int
        let international: Bool
        if cell[0] == CellBytes.plus || (cell[0] == 0x30 && cell[1] == 0x30) {
            guard let afterCode = countryCodeEnd(cell, at: cell[0] == CellBytes.plus ? 1 : 2) else { return nil }
            index = afterSeparator(cell, at: afterCode)
            if CellBytes.hasPrefix(cell, "(0)", at: index) { index = afterSeparator(cell, at: index + 3) }
            international = true
        } else {
            guard cell[0] == 0x30 else { return nil }
            index = afterSeparator(cell, at: 1)
            international = false
        }
        guard index < cell.count, CellBytes.digit(cell[index]) &- 1 < 9 else { return nil }
        var digits = 0
        while index < cell.count {
            if CellBytes.isDigit(cell[index]) {
                digits += 1
                guard digits <= 9 else { return nil }
                index += 1
            } else {
                let next = afterSeparator(cell, at: index)
                guard next > index, next < cell.count, CellBytes.isDigit(cell[next]) else { return nil }
                index = next
            }
        }
        guard digits == 9 else { return nil }
        return ValueReading(format: international ? "international" : "national")
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
