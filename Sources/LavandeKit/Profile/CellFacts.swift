/// What a filled cell's bytes alone tell the profiler besides its types and its hash: whether it
/// spells "missing", the form Excel gives numbers, and whether it is made of digits only.
/// `VerdictCache` may keep them; `CellReader` records them where the cell is.
struct CellFacts: Equatable {
    /// The cell spells "missing" (`MissingValueMatcher`); the other facts are left unset.
    var isMissing = false
    var form: ExcelNumberForm?
    var isDigitsOnly = false
    /// Digits only, longer than Excel's precision, and only zeros past it (what Excel leaves of a long number).
    var isZeroTailed = false

    static var missing: CellFacts { CellFacts(isMissing: true) }

    /// The facts of a non-empty cell that does not spell "missing", from one look at its leading
    /// digits.
    init(filled cell: UnsafeBufferPointer<UInt8>) {
        let leadingDigits = CellBytes.digitCount(cell, from: 0)
        isDigitsOnly = leadingDigits == cell.count
        form = isDigitsOnly ? nil : ExcelDamage.numberForm(cell, leadingDigits: leadingDigits)
        isZeroTailed = isDigitsOnly && cell.count > ColumnProfile.excelPrecision
            && cell[ColumnProfile.excelPrecision...].allSatisfy { $0 == 0x30 }
    }

    private init(isMissing: Bool) {
        self.isMissing = isMissing
    }
}
