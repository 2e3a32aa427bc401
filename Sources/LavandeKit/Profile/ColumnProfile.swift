/// What the pass learned about one column of a table: how many values, which spellings of
/// "missing", how each column type fits it, and the type it turned out to have.
public struct ColumnProfile: Sendable {
    public let column: ColumnRef
    /// The normalised header, nil for files without a header.
    public let header: HeaderName?
    /// Empty cells of data rows.
    public internal(set) var empty = 0
    /// Cells that hold a value (neither empty nor a spelling of "missing").
    public internal(set) var filled = 0
    /// Spellings of "missing" found, in the order first seen, each with its cells.
    public internal(set) var missing: [MissingSpelling] = []
    /// How each type of the catalogue fits, in catalogue order.
    public internal(set) var types: [TypeFit]
    /// Numbers written the way Excel damages identifiers.
    public internal(set) var excelForms: [ExcelNumberForm: ValueTally] = [:]
    /// Whole numbers longer than Excel's 15 significant digits, and those of them whose digits
    /// past the 15th are all zeros (what Excel leaves of a long number).
    public internal(set) var longNumbers = 0
    /// Significant digits Excel keeps of a number.
    public static let excelPrecision = 15
    public internal(set) var zeroTailedNumbers = ValueTally()
    /// The first few distinct values (for the report's profile, shown only for non-sensitive types).
    public internal(set) var firstValues: [String] = []
    var firstValueBytes: [[UInt8]] = []
    var sketch = DistinctSketch()
    /// The first filled cells (as many as examples are kept).
    var earlyCells: [EarlyCell] = []
    /// Types still read in this column: not those that need a header that does not announce
    /// them, nor those that fitted too few of the first values (`TypeTrial`).
    var candidates: [Int] = []
    /// The trial of the types is over: `candidates` no longer changes.
    var trialIsOver = false
    /// After the trial, the candidates from this position on are the types a cell may be too short
    /// for (`CellReader.mismatchBelow`), by increasing shortest length (`CellReader.endTrial`).
    var longTypesFrom = 0
    /// From this position on (at least `longTypesFrom`), no candidate keeps examples of its
    /// mismatches any more: a cell too short for some of them has nothing to give them, and the
    /// profiler passes over them. `Int.max`: none (`passOver(from:below:)`).
    private(set) var passOverFrom = Int.max
    /// A cell shorter than this is too short for every candidate from `passOverFrom` on: the
    /// shortest length of the first of them, 0 when none is passed over.
    private(set) var passedOverBelow = 0
    /// Bytes of the longest filled cell of the trial.
    var longestTrialCell = 0
    /// What the slots of the column's verdict cache hold, set at the end of the trial
    /// (`CellReader.endTrial`), the same in the forks of the profile.
    var verdictSlotShape: VerdictSlots.Shape?
    /// Types a rule declares for this column: always read.
    var declaredTypes: [Int] = []
    /// Indices of the types the header announces.
    public internal(set) var announcedTypes: [Int] = []
    /// Index of the inferred type, set at the end of the pass.
    public internal(set) var inferredType: Int?

    /// A profile whose candidate types are those of the catalogue that need no header, and those
    /// the header announces or a rule declares (`declaredTypes`, indices in the catalogue).
    init(column: ColumnRef, header: HeaderName?, catalogue: ColumnTypeCatalogue, declaredTypes: [Int]) {
        self.column = column
        self.header = header
        types = Array(repeating: TypeFit(), count: catalogue.types.count)
        if let header {
            announcedTypes = catalogue.typesAnnounced(by: header)
        }
        self.declaredTypes = declaredTypes
        for type in announcedTypes + declaredTypes { types[type].mismatchesKeptFrom = 0 }
        candidates = catalogue.types.indices.filter { type in
            !catalogue.types[type].headerRequired || announcedTypes.contains(type) || declaredTypes.contains(type)
        }
    }

    /// Passes over the candidates from `position` on, the first of which a cell shorter than
    /// `length` is too short for (`passOverFrom`, `passedOverBelow`).
    mutating func passOver(from position: Int, below length: Int) {
        passOverFrom = position
        passedOverBelow = length
    }

    /// Whether the type was read over the whole column (and so may be inferred, or reported).
    public func isCandidate(_ type: Int) -> Bool { candidates.contains(type) }

    /// The positions in `candidates` of the types whose readings `readings` keeps.
    func candidatePositions(keptBy readings: RecordReadings) -> [Int] {
        candidates.indices.filter { readings.isKept(candidates[$0]) }
    }

    /// Adds the repeats of values that `cache` counted later (in the slot `slot`, or in every
    /// slot) to `types` (`countDeferredHits(of:at:candidates:into:)`).
    mutating func countDeferredHits(of cache: inout VerdictCache, at slot: Int? = nil) {
        candidates.withUnsafeBufferPointer { candidates in
            types.withUnsafeMutableBufferPointer { fits in
                ColumnProfile.countDeferredHits(of: &cache, at: slot, candidates: candidates, into: fits)
            }
        }
    }

    /// Adds the repeats of values that `cache` counted later (in the slot `slot`, or in every
    /// slot) to the fits of a column's types, their number times the verdicts of the `candidates`
    /// they read. Before anything that the repeats' count depends on changes: a type's first match
    /// (`TypeFit.countAgain`).
    static func countDeferredHits(of cache: inout VerdictCache, at slot: Int? = nil, candidates: UnsafeBufferPointer<Int>,
                                  into fits: UnsafeMutableBufferPointer<TypeFit>) {
        func count(_ cells: Int, _ verdicts: UnsafeBufferPointer<TypeVerdict>) {
            for (type, verdict) in zip(candidates, verdicts) { fits[type].countAgain(verdict, cells: cells) }
        }
        if let slot { cache.drainDeferredHits(at: slot, count) } else { cache.drainDeferredHits(count) }
    }

    /// Stops reading the types that fit less than `share` of the values so far, except those the
    /// header announces or a rule declares.
    mutating func dropUnlikelyTypes(below share: Double) {
        let needed = share * Double(filled)
        candidates.removeAll { type in
            !announcedTypes.contains(type) && !declaredTypes.contains(type) && Double(types[type].shape) < needed
        }
        trialIsOver = true
    }

    mutating func countMissing(_ cell: UnsafeBufferPointer<UInt8>, at location: Location, limit: Int) {
        if let index = missing.firstIndex(where: { $0.bytes.elementsEqual(cell) }) {
            missing[index].cells.record(location, value: "", limit: limit)
        } else {
            var cells = ValueTally()
            cells.record(location, value: "", limit: limit)
            missing.append(MissingSpelling(spelling: String(decoding: cell, as: UTF8.self), bytes: Array(cell), cells: cells))
        }
    }

    /// Keeps the first distinct values, comparing bytes (no text is made for repeated values).
    /// Inlined into the profiler's loop, which calls it for every cell: once the values are kept,
    /// it is a look at their count.
    @inline(__always)
    mutating func keepFirstValue(_ cell: UnsafeBufferPointer<UInt8>) {
        if firstValues.count < ColumnProfile.sampleSize { keepIfNew(cell) }
    }

    private mutating func keepIfNew(_ cell: UnsafeBufferPointer<UInt8>) {
        guard !firstValueBytes.contains(where: { $0.elementsEqual(cell) }) else { return }
        firstValueBytes.append(Array(cell))
        firstValues.append(String(decoding: cell.prefix(60), as: UTF8.self))
    }

    static let sampleSize = 3

    /// Approximate number of distinct values.
    public var distinct: Int { min(sketch.estimate, filled) }

    /// Filled cells that can be judged as values of a type: those damaged by a spreadsheet are
    /// left out (they are values of the type, reported as damage).
    public func judged(by type: Int) -> Int {
        filled - types[type].leadingZeroLost.count - types[type].excelDamaged
    }

    /// Share of the judged cells that have the shape of a type.
    public func share(of type: Int) -> Double {
        judged(by: type) <= 0 ? 0 : Double(types[type].shape) / Double(judged(by: type))
    }

    /// Share of the judged cells that are valid values of a type.
    public func validShare(of type: Int) -> Double {
        judged(by: type) <= 0 ? 0 : Double(types[type].shape - types[type].invalidCount) / Double(judged(by: type))
    }

    /// The first cells without the type's shape (damage by Excel to a code left out).
    public func mismatchExamples(of type: Int, limit: Int) -> (locations: [Location], values: [String]) {
        let fit = types[type]
        let before = earlyCells.prefix(fit.mismatchesKeptFrom ?? earlyCells.count).filter { !$0.notAgainst.contains(type) }
        let locations = before.map(\.location) + fit.mismatches.examples
        let values = before.map(\.value) + fit.mismatches.values
        return (Array(locations.prefix(limit)), Array(values.prefix(limit)))
    }

    /// Filled cells without the type's shape, damage by Excel to a code left out (reported apart).
    public func mismatchCount(of type: Int) -> Int { judged(by: type) - types[type].shape }
}

/// How one column type fits one column.
public struct TypeFit: Sendable {
    /// Cells with the type's shape (valid or not).
    public internal(set) var shape = 0
    /// Cells with the shape but not valid, by reason.
    public internal(set) var invalid: [InvalidReason: ValueTally] = [:]
    /// Cells with the shape, by written format (dates, decimal separators…), in the order first seen.
    public var formats: [(format: ValueFormat, cells: ValueTally)] {
        firstFormat.map { [$0] + laterFormats } ?? []
    }
    /// The first format seen, apart from the others: most columns write one, and counting a cell
    /// of it then changes no array (whose uniqueness was checked at every cell, a call each).
    var firstFormat: (format: ValueFormat, cells: ValueTally)?
    /// The formats seen after it, in the order first seen.
    var laterFormats: [(format: ValueFormat, cells: ValueTally)] = []
    /// Examples of cells without the shape, kept from the filled cell `mismatchesKeptFrom` on:
    /// from the start for types the header announces or a rule declares, from the first match for
    /// the others (earlier ones come from `ColumnProfile.earlyCells`).
    var mismatches = ValueTally()
    var mismatchesKeptFrom: Int?
    /// In the fork of a profile for a later part of a split file (`ColumnProfiler.fork`), when
    /// no cell had the type's shape before the fork: the cells without it, until one has it.
    /// Absorbed into `mismatches` when an earlier part turns out to have had a match.
    var mismatchesBeforeMatch: ValueTally?
    /// Digit codes one digit short that are valid once a leading zero is put back.
    public internal(set) var leadingZeroLost = ValueTally()
    /// Cells written as a spreadsheet writes numbers: in scientific notation (`2.18601946E+13`),
    /// or, for a digit code, with a decimal part of zeros (`75001.0`).
    public internal(set) var excelDamaged = 0
    /// Cells `digits.0` whose digits are a valid value of the type (a SIRET saved as a decimal).
    public internal(set) var validOnceUnfloated = 0
    /// The least and greatest ordinals of the valid values (`ValueReading.ordinal`), infinite
    /// (the greatest less than the least) while there are none: plain doubles, compared for every
    /// valid cell without unwrapping an optional.
    var lowest = Double.infinity
    var highest = -Double.infinity

    public var minimum: Double? { lowest <= highest ? lowest : nil }
    public var maximum: Double? { lowest <= highest ? highest : nil }

    public var invalidCount: Int { invalid.values.reduce(0) { $0 + $1.count } }

    /// Whether `countMismatch` would keep an example (rather than only count the cell).
    func keepsMismatchExamples(limit: Int) -> Bool {
        if mismatchesKeptFrom != nil { return mismatches.count < limit }
        return mismatchesBeforeMatch.map { $0.count < limit } ?? false
    }

    /// Keeps a cell without the type's shape as an example where examples of mismatches are kept
    /// (`mismatches`, `mismatchesBeforeMatch`); their number is worked out from the counts
    /// (`ColumnProfile.mismatchCount`). Returns whether the cell was kept.
    @inline(__always) @discardableResult
    mutating func countMismatch(location: @autoclosure () -> Location, value: @autoclosure () -> String, limit: Int) -> Bool {
        if mismatchesKeptFrom != nil {
            return mismatches.record(location(), value: value(), limit: limit)
        } else if mismatchesBeforeMatch != nil {
            return mismatchesBeforeMatch!.record(location(), value: value(), limit: limit)
        }
        return false
    }

    /// Counts a cell with the type's shape, as the validator read it. Inlined into the profiler's
    /// loop, its one caller per cell: its examples' closures then cost nothing to set up. Returns
    /// whether the cell was kept as an example of its problem or format.
    @inline(__always) @discardableResult
    mutating func count(_ reading: ValueReading, location: @autoclosure () -> Location, value: @autoclosure () -> String,
                        limit: Int) -> Bool {
        shape += 1
        var kept = false
        if let problem = reading.problem {
            kept = invalid[problem, default: ValueTally()].record(location(), value: value(), limit: limit)
        } else {
            let ordinal = reading.ordinalOrNaN
            if ordinal < lowest { lowest = ordinal }
            if ordinal > highest { highest = ordinal }
        }
        if let format = reading.format, updateCells(of: format, { $0.record(location(), value: value(), limit: limit) }) {
            kept = true
        }
        return kept
    }

    /// Counts `cells` more cells that the type read as `verdict` and that keep no example: the
    /// repeats of a value read before (`VerdictCache`'s sightings counted later). The least and
    /// greatest values stay: that value's first reading set them. A mismatch is counted where
    /// `countMismatch` would count it now: the type must not have matched for the first time
    /// since the repeats.
    mutating func countAgain(_ verdict: TypeVerdict, cells: Int) {
        switch verdict {
        case .shape(let reading):
            shape += cells
            if let problem = reading.problem { invalid[problem, default: ValueTally()].countMore(cells) }
            if let format = reading.format { updateCells(of: format) { $0.countMore(cells) } }
        case .excelDamaged(let validOnce):
            excelDamaged += cells
            if validOnce { validOnceUnfloated += cells }
        case .leadingZeroLost:
            leadingZeroLost.countMore(cells)
        case .mismatch:
            if mismatchesKeptFrom != nil {
                mismatches.countMore(cells)
            } else if mismatchesBeforeMatch != nil {
                mismatchesBeforeMatch!.countMore(cells)
            }
        }
    }

    /// Applies `update` to the tally of `format`, made empty when the format is new, and returns
    /// what it returns.
    @inline(__always) @discardableResult
    mutating func updateCells<Result>(of format: ValueFormat, _ update: (inout ValueTally) -> Result) -> Result {
        if firstFormat?.format == format {
            return update(&firstFormat!.cells)
        } else if let index = laterFormats.firstIndex(where: { $0.format == format }) {
            return update(&laterFormats[index].cells)
        } else {
            var cells = ValueTally()
            let result = update(&cells)
            if firstFormat == nil { firstFormat = (format, cells) } else { laterFormats.append((format, cells)) }
            return result
        }
    }
}

/// One of the first filled cells of a column, with the types it does not count against (it has
/// their shape, or is damage to their code).
struct EarlyCell: Sendable {
    let location: Location
    let value: String
    var notAgainst: [Int] = []
}

/// One spelling of "missing" found in a column.
public struct MissingSpelling: Sendable {
    public let spelling: String
    let bytes: [UInt8]
    public internal(set) var cells: ValueTally
}
