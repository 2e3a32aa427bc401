/// Profiles of the parts of a split file (`ColumnProfiler`'s `SplittableObserver` conformance):
/// a fork keeps what the trial decided and counts from zero; absorbing a later part gives the
/// profile a single pass would have made.
extension ColumnProfile {
    /// The profile of the same column for a later part of the file: candidate types, announced
    /// and declared types as they are, every count and example empty.
    func forked() -> ColumnProfile {
        var fork = self
        fork.empty = 0
        fork.filled = 0
        fork.missing = []
        fork.types = types.map { $0.forked() }
        fork.excelForms = [:]
        fork.longNumbers = 0
        fork.zeroTailedNumbers = ValueTally()
        fork.firstValues = []
        fork.firstValueBytes = []
        fork.sketch = DistinctSketch()
        fork.earlyCells = []
        fork.passOver(from: .max, below: 0)  // its types keep mismatches apart until they match (`TypeFit.forked`)
        return fork
    }

    /// Adds the profile of the part right after this one's cells (`later`, a fork of it).
    mutating func absorb(_ later: ColumnProfile, shift: RecordShift, limit: Int) {
        let filledBefore = filled
        empty += later.empty
        filled += later.filled
        for spelling in later.missing {
            if let index = missing.firstIndex(where: { $0.bytes == spelling.bytes }) {
                missing[index].cells.absorb(spelling.cells, shift: shift, limit: limit)
            } else {
                var moved = spelling
                moved.cells = ValueTally()
                moved.cells.absorb(spelling.cells, shift: shift, limit: limit)
                missing.append(moved)
            }
        }
        for index in types.indices {
            types[index].absorb(later.types[index], filledBefore: filledBefore, shift: shift, limit: limit)
        }
        excelForms.absorb(later.excelForms, shift: shift, limit: limit)
        longNumbers += later.longNumbers
        zeroTailedNumbers.absorb(later.zeroTailedNumbers, shift: shift, limit: limit)
        for (bytes, value) in zip(later.firstValueBytes, later.firstValues)
        where firstValues.count < ColumnProfile.sampleSize && !firstValueBytes.contains(bytes) {
            firstValueBytes.append(bytes)
            firstValues.append(value)
        }
        sketch.formUnion(later.sketch)
        // The first cells of the column are this part's, then the later part's first ones.
        for cell in later.earlyCells.prefix(max(0, limit - earlyCells.count)) {
            earlyCells.append(EarlyCell(location: cell.location.shifted(by: shift), value: cell.value, notAgainst: cell.notAgainst))
        }
    }
}

extension TypeFit {
    /// How the type fits a later part: nothing counted yet. Mismatches are kept from the start
    /// when a cell had the type's shape before (`mismatchesKeptFrom` 0); otherwise kept apart
    /// until a cell of the part has it (`mismatchesBeforeMatch`), since an earlier part not
    /// read yet may have had one.
    func forked() -> TypeFit {
        var fork = TypeFit()
        if mismatchesKeptFrom != nil {
            fork.mismatchesKeptFrom = 0
        } else {
            fork.mismatchesBeforeMatch = ValueTally()
        }
        return fork
    }

    /// Adds how the type fits the part right after this one's `filledBefore` filled cells.
    mutating func absorb(_ later: TypeFit, filledBefore: Int, shift: RecordShift, limit: Int) {
        shape += later.shape
        invalid.absorb(later.invalid, shift: shift, limit: limit)
        for (format, cells) in later.formats {
            updateCells(of: format) { $0.absorb(cells, shift: shift, limit: limit) }
        }
        if mismatchesKeptFrom != nil {
            // A cell before the later part had the shape: every mismatch of the later part counts.
            if let before = later.mismatchesBeforeMatch { mismatches.absorb(before, shift: shift, limit: limit) }
            mismatches.absorb(later.mismatches, shift: shift, limit: limit)
        } else {
            // The later part's first match is the column's.
            if let first = later.mismatchesKeptFrom {
                mismatchesKeptFrom = filledBefore + first
                mismatches.absorb(later.mismatches, shift: shift, limit: limit)
            }
            if mismatchesBeforeMatch != nil, let before = later.mismatchesBeforeMatch {
                mismatchesBeforeMatch!.absorb(before, shift: shift, limit: limit)
            }
        }
        leadingZeroLost.absorb(later.leadingZeroLost, shift: shift, limit: limit)
        excelDamaged += later.excelDamaged
        validOnceUnfloated += later.validOnceUnfloated
        if later.lowest < lowest { lowest = later.lowest }
        if later.highest > highest { highest = later.highest }
    }
}
