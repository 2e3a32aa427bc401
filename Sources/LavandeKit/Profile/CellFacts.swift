/// What a filled cell's bytes alone tell the profiler besides its types: whether it spells
/// "missing", its hash for the distinct sketch, the form Excel gives numbers, and whether it is
/// made of digits only. `VerdictCache` may keep them; `CellReader` records them where the cell is.
struct CellFacts: Equatable {
    /// `DistinctSketch.hash` of the cell.
    var hash: UInt64 = 0
    /// The cell spells "missing" (`MissingValueMatcher`); the other facts are left unset.
    var isMissing = false
    var form: ExcelNumberForm?
    var isDigitsOnly = false
    /// Digits only, longer than Excel's precision, and only zeros past it (what Excel leaves of a long number).
    var isZeroTailed = false

    static var missing: CellFacts { CellFacts(isMissing: true) }

    /// The facts of a non-empty cell that does not spell "missing", whose `DistinctSketch.hash`
    /// is `hash` and whose bytes are `bytes`: the digits-only test reads the byte set instead of
    /// the cell.
    init(filled cell: UnsafeBufferPointer<UInt8>, hash: UInt64, bytes: ByteSet) {
        self.hash = hash
        form = ExcelDamage.numberForm(cell)
        isDigitsOnly = bytes.isSubset(of: .digits)
        isZeroTailed = isDigitsOnly && cell.count > ColumnProfile.excelPrecision
            && cell[ColumnProfile.excelPrecision...].allSatisfy { $0 == 0x30 }
    }

    private init(isMissing: Bool) {
        self.isMissing = isMissing
    }
}
