/// The forms Excel gives an identifier it took for a number.
public enum ExcelNumberForm: String, Sendable {
    /// Scientific notation, digits lost: `2.18601946E+13` for a SIRET.
    case scientific
    /// A decimal part of zeros added: `21860194600000.0`, `75001,0`.
    case floatSuffix = "float-suffix"
}

/// Excel's damage to identifiers (SIRET, postcodes, INSEE codes) saved from a sheet that read them
/// as numbers.
public enum ExcelDamage {
    /// `2.18601946E+13`, `2,18601946E+13`, `1.23e5` → .scientific (one digit before the separator
    /// and an exponent of one or two digits, as spreadsheets write it: `80801E20004227` is an
    /// identifier with a letter, not a number); `21860194600000.0`, `75001,0`, `12345.00` (digits
    /// then [.,] then only zeros) → .floatSuffix; anything else nil.
    public static func numberForm(_ cell: UnsafeBufferPointer<UInt8>) -> ExcelNumberForm? {
        numberForm(cell, leadingDigits: CellBytes.digitCount(cell, from: 0))
    }

    /// `numberForm(_:)` of a cell whose leading digits are counted already.
    static func numberForm(_ cell: UnsafeBufferPointer<UInt8>, leadingDigits integer: Int) -> ExcelNumberForm? {
        guard integer > 0 else { return nil }
        var index = integer
        guard index < cell.count else { return nil }
        var fractionOfZeros = false
        if cell[index] == CellBytes.point || cell[index] == CellBytes.comma {
            index += 1
            let fractionStart = index
            fractionOfZeros = true
            while index < cell.count, CellBytes.isDigit(cell[index]) {
                if cell[index] != 0x30 {
                    // Neither a fraction of zeros nor the one digit before an exponent: no form
                    // (most decimal numbers and coordinates end here).
                    guard integer == 1 else { return nil }
                    fractionOfZeros = false
                }
                index += 1
            }
            guard index > fractionStart else { return nil }
            if index == cell.count { return fractionOfZeros ? .floatSuffix : nil }
        }
        guard integer == 1, CellBytes.lower(cell[index]) == 0x65 else { return nil }
        index += 1
        if index < cell.count, cell[index] == CellBytes.plus || cell[index] == CellBytes.minus { index += 1 }
        let exponent = CellBytes.digitCount(cell, from: index)
        return (1...2).contains(exponent) && index + exponent == cell.count ? .scientific : nil
    }
}
