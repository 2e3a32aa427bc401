/// What a cell's bytes alone decide, worked out for the cells the column's `VerdictCache` does
/// not hold. Pure: the same bytes give the same facts and verdicts wherever the cell is.
extension CellReader {
    /// The facts of a non-empty cell, with the set of its bytes for the types' pre-filters (left
    /// empty for a spelling of "missing", which no type reads). One pass over the cell gives its
    /// hash and its byte set.
    func facts(of cell: UnsafeBufferPointer<UInt8>) -> (facts: CellFacts, bytes: ByteSet) {
        guard !missingValues.matches(cell) else { return (.missing, ByteSet()) }
        var hasher = DistinctSketch.CellHasher()
        var bytes = ByteSet.Accumulator()
        for byte in cell {
            hasher.add(byte)
            bytes.add(byte)
        }
        return (CellFacts(filled: cell, hash: hasher.value, bytes: bytes.set), bytes.set)
    }

    /// What type `index` makes of a filled cell whose bytes are `bytes`. Inlined into
    /// `observe`, its only caller per cell: called, it cost 5 % more instructions in all.
    @inline(__always)
    func verdict(of cell: UnsafeBufferPointer<UInt8>, as index: Int, bytes: ByteSet, facts: CellFacts) -> TypeVerdict {
        if let reading = matchers.read(index, cell, bytes: bytes) { return .shape(reading) }
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
