import LavandeTabular

/// Reads one trimmed UTF-8 cell into its column's profile: missing spellings, the distinct
/// sketch, spreadsheet damage, and every candidate type of the column. Immutable, so the
/// profiler's loop needs no exclusive access per cell.
struct CellReader {
    /// Filled cells after which the types that fit too few of them stop being read for the column.
    static let trialCells = 1000
    /// A type that fits fewer than this share of a column's first `trialCells` values is dropped
    /// (unless the header announces it or a rule declares it).
    static let trialShare = 0.1

    let matchers: TypeMatchers
    let widths: [Int?]
    let missingValues: MissingValueMatcher
    let limit: Int

    init(catalogue: ColumnTypeCatalogue, limit: Int) {
        matchers = TypeMatchers(catalogue.types)
        widths = catalogue.types.map(\.width)
        missingValues = MissingValueMatcher(tokens: catalogue.missingValues)
        self.limit = limit
    }

    func observe(_ cell: UnsafeBufferPointer<UInt8>, into profile: inout ColumnProfile,
                 readings: inout [(type: Int, reading: ValueReading)], column: ColumnRef, record: Record) {
        if cell.isEmpty {
            profile.empty += 1
            return
        }
        // Built only for the cells kept as examples.
        let location = { Location(row: record.number, line: record.line, column: column) }
        let text = { String(decoding: cell.prefix(120), as: UTF8.self) }
        if missingValues.matches(cell) {
            profile.countMissing(cell, at: location(), limit: limit)
            return
        }
        let ordinal = profile.filled
        profile.filled += 1
        // The first cells, with the types they do not count against, give the examples of
        // mismatches seen before a type matched for the first time.
        var early = ordinal < limit ? EarlyCell(location: location(), value: text()) : nil
        profile.sketch.insert(hash: DistinctSketch.hash(cell))
        profile.keepFirstValue(cell)
        let form = ExcelDamage.numberForm(cell)
        if let form {
            profile.excelForms[form, default: ValueTally()].record(location(), value: text(), limit: limit)
        }
        let digitsOnly = cell.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        if cell.count > ColumnProfile.excelPrecision, digitsOnly {
            profile.longNumbers += 1
            if cell[ColumnProfile.excelPrecision...].allSatisfy({ $0 == 0x30 }) {
                profile.zeroTailedNumbers.record(location(), value: text(), limit: limit)
            }
        }
        let bytes = ByteSet(of: cell)
        for index in profile.candidates {
            guard let reading = matchers.read(index, cell, bytes: bytes) else {
                // Damage to a code is reported as such (excel-damage), not as a value of another type.
                let width = widths[index]
                if form == .scientific || (form != nil && width != nil) {
                    profile.types[index].excelDamaged += 1
                    early?.notAgainst.append(index)
                    if form == .floatSuffix, matchers.isValid(Array(cell.prefix { $0 >= 0x30 && $0 <= 0x39 }), as: index) {
                        profile.types[index].validOnceUnfloated += 1
                    }
                    continue
                }
                if let width, cell.count == width - 1, digitsOnly, matchers.isValid([0x30] + Array(cell), as: index) {
                    profile.types[index].leadingZeroLost.record(location(), value: text(), limit: limit)
                    early?.notAgainst.append(index)
                    continue
                }
                if profile.types[index].mismatchesKeptFrom != nil {
                    profile.types[index].mismatches.record(location(), value: text(), limit: limit)
                }
                continue
            }
            early?.notAgainst.append(index)
            readings.append((index, reading))
            if profile.types[index].mismatchesKeptFrom == nil { profile.types[index].mismatchesKeptFrom = ordinal }
            profile.types[index].count(reading, location: location(), value: text(), limit: limit)
        }
        if let early { profile.earlyCells.append(early) }
        if profile.filled == CellReader.trialCells { profile.dropUnlikelyTypes(below: CellReader.trialShare) }
    }
}
