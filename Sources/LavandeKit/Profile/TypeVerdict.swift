/// What one candidate type of a column makes of a cell. It depends on the cell's bytes alone, so
/// `VerdictCache` may keep it; `CellReader` records it where the cell is.
enum TypeVerdict: Equatable {
    /// The cell has the type's shape: the validator's reading (valid or with its problem).
    case shape(ValueReading)
    /// A value of the type damaged by a spreadsheet (`ExcelNumberForm`), with whether its digits
    /// are a valid value once the decimal part of zeros is taken off (a SIRET saved as a decimal).
    case excelDamaged(validOnceUnfloated: Bool)
    /// A digit code one digit short, valid once its leading zero is put back.
    case leadingZeroLost
    /// None of these: the cell counts against the type.
    case mismatch

    /// The cell counts against the type: it neither has its shape nor is damage to its code.
    var countsAgainst: Bool {
        if case .mismatch = self { true } else { false }
    }
}
