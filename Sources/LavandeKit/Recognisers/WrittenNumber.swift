/// A number read from a cell, with the punctuation it was written with.
struct WrittenNumber {
    var value: Double
    /// `,` or `.` when the number has a decimal part.
    var decimalSeparator: UInt8?
    /// `,` or `.` when the integer part is grouped with punctuation (`1,234,567` or `1.234.567`).
    var groupingPunctuation: UInt8?
    /// The integer part is grouped, by punctuation or by spaces (`12 000`).
    var isGrouped = false

    /// "decimal-comma" or "decimal-point" when the writing shows the convention used: by its
    /// decimal separator, or else by its grouping punctuation (`1,234,567` is English, so
    /// "decimal-point"). nil for a plain or space-grouped integer.
    var formatTag: ValueFormat? {
        let usesDecimalComma: Bool
        if let separator = decimalSeparator {
            usesDecimalComma = separator == CellBytes.comma
        } else if let grouping = groupingPunctuation {
            usesDecimalComma = grouping == CellBytes.point
        } else {
            return nil
        }
        return usesDecimalComma ? .decimalComma : .decimalPoint
    }
}
