/// What a cell's bytes alone decide, worked out for the cells the column's `VerdictCache` does
/// not hold. Pure: the same bytes give the same facts and verdicts wherever the cell is.
extension CellReader {
    /// The facts of a non-empty cell.
    func facts(of cell: UnsafeBufferPointer<UInt8>) -> CellFacts {
        missingValues.matches(cell) ? .missing : CellFacts(filled: cell)
    }

    /// What type `index` makes of a filled cell (`scratch`: what its types share,
    /// `TypeMatchers.read`). Inlined into `observe`, its only caller per cell: called, it cost 5 %
    /// more instructions in all.
    @inline(__always)
    func verdict(of cell: UnsafeBufferPointer<UInt8>, as index: Int, scratch: inout CellScratch, facts: CellFacts) -> TypeVerdict {
        if let reading = matchers.read(index, cell, scratch: &scratch) { return .shape(reading) }
        // Damage to a code is reported as such (excel-damage), not as a value of another type.
        let width = widths[index]
        if let form = facts.form, form == .scientific || width != nil {
            func digits() -> [UInt8] { Array(cell.prefix { $0 >= 0x30 && $0 <= 0x39 }) }
            return .excelDamaged(validOnceUnfloated: form == .floatSuffix && matchers.isValid(digits(), as: index))
        }
        if let width, cell.count == width - 1, facts.isDigitsOnly, matchers.isValid([0x30] + Array(cell), as: index) {
            return .leadingZeroLost
        }
        return .mismatch
    }
}
