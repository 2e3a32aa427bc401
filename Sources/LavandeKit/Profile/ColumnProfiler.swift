import LavandeTabular

/// Profiles every column of a file during the single pass: each data cell is trimmed, compared
/// with the spellings of "missing", read by every column type of the catalogue (lengths checked
/// first, so most types reject a cell after a few comparisons), and tallied. At the end of the
/// pass it infers each column's type. The column-type checks read the profiles at the end, and
/// may ask during the pass how the cells of the current record were read.
///
/// Values seen before are not read again: what their bytes decide comes from a `VerdictCache` per
/// column.
///
/// State is bounded: counts, a few examples per situation, a distinct-value sketch of 1.5 KiB and a
/// verdict cache of at most 1 MiB per column (8 MiB for all the columns of a file).
public final class ColumnProfiler: SplittableObserver {
    public let catalogue: ColumnTypeCatalogue
    private let reader: CellReader
    /// Columns a rule declares of a type: examples of mismatches are kept from the first row.
    private let declarations: [(selector: ColumnSelector?, type: Int)]
    private var cellText: CellText?
    public private(set) var profiles: [ColumnProfile] = []
    /// What the cells of each column decide, by their bytes (one cache per profile).
    private var caches: [VerdictCache] = []
    /// The columns of `profiles`, apart: examples read them while a profile is being updated. In
    /// memory of the profiler's own (`setColumns`): read from an array property, they counted a
    /// reference to its storage for every record.
    private var columns = UnsafeMutableBufferPointer<ColumnRef>(start: nil, count: 0)
    /// How the cells of the record being read were read. An observer looks up every cell it
    /// needs in them, for the types it asked for when it was made (`RecordReadings.keep`).
    public let readings: RecordReadings
    /// Data records read (blank lines aside), for the end of the trial of sparse columns.
    private var dataRecords = 0

    public convenience init(catalogue: ColumnTypeCatalogue, declarations: [(selector: ColumnSelector?, type: String)], limit: Int) {
        self.init(catalogue: catalogue, declarations: declarations, limit: limit, trial: TypeTrial())
    }

    init(catalogue: ColumnTypeCatalogue, declarations: [(selector: ColumnSelector?, type: String)], limit: Int, trial: TypeTrial) {
        self.catalogue = catalogue
        self.declarations = declarations.compactMap { declaration in
            catalogue.types.firstIndex { $0.id == declaration.type }.map { (declaration.selector, $0) }
        }
        reader = CellReader(catalogue: catalogue, limit: limit, trial: trial)
        readings = RecordReadings(typeCount: catalogue.types.count, keepsEveryType: false)
    }

    /// A profiler for a later part of the file (`fork`), with the same columns and trial.
    private init(forking profiler: ColumnProfiler) {
        catalogue = profiler.catalogue
        reader = profiler.reader.copied()
        declarations = profiler.declarations
        cellText = profiler.cellText?.copied()
        profiles = profiler.profiles.map { $0.forked() }
        readings = RecordReadings(typeCount: catalogue.types.count, keepsEveryType: false)
        setColumns(Array(profiler.columns))
        readings.keepTypes(keptBy: profiler.readings)
        caches = profiles.map { [readings] profile in
            var cache = VerdictCache(budget: VerdictCache.budget(columns: profiler.profiles.count))
            cache.start(typeCount: profile.candidates.count, shape: profile.verdictSlotShape,
                        keptPositions: profile.candidatePositions(keptBy: readings))
            return cache
        }
        readings.reserve(capacities: profiles.map(\.candidates.count))
    }

    public func record(_ record: Record, table: TableLayout) {
        switch table.role(of: record) {
        case .title: return
        case .header:
            setUp(table)
            return
        case .data:
            if cellText == nil { setUp(table) }
        }
        readings.clear()
        // Taken out of the property and put back after the record: a copy counted a reference
        // to each of its buffers for every record.
        guard !record.isBlankLine, var text = cellText.take() else { return }
        dataRecords += 1
        if dataRecords == reader.trial.records { endTrialOfSparseColumns() }
        let reader = self.reader
        let place = RecordPlace(row: record.number, line: record.line, columns: UnsafeBufferPointer(columns))
        // One exclusive access to the profiles per record, not one per cell and type.
        profiles.withUnsafeMutableBufferPointer { profiles in
            caches.withUnsafeMutableBufferPointer { caches in
                for index in 0..<min(record.fields.count, profiles.count) {
                    text.withTrimmedUTF8(record.fields[index].bytes) { cell in
                        reader.observe(cell, column: index, at: place, into: &profiles[index], cache: &caches[index],
                                       readings: self.readings)
                    }
                }
            }
        }
        cellText = text
    }

    public func finish(facts: ByteFacts, table: TableLayout?) -> [FindingDraft] {
        countDeferredHits()
        for index in profiles.indices { profiles[index].inferredType = inferType(of: profiles[index]) }
        caches = []
        return []
    }

    // MARK: Split files

    /// Every column's trial is over: its candidate types are final.
    public var isReadyToFork: Bool {
        cellText != nil && profiles.allSatisfy(\.trialIsOver)
    }

    public func fork(profiler: ColumnProfiler?) -> SplittableObserver {
        ColumnProfiler(forking: self)
    }

    public func absorb(_ later: SplittableObserver, shift: RecordShift) {
        let later = later as! ColumnProfiler
        countDeferredHits()
        later.countDeferredHits()
        for index in profiles.indices {
            profiles[index].absorb(later.profiles[index], shift: shift, limit: reader.limit)
        }
        dataRecords += later.dataRecords
    }

    // MARK: The pass

    /// Ends the trial of the columns that have not held enough values for it
    /// (`TypeTrial.records`).
    private func endTrialOfSparseColumns() {
        for index in profiles.indices where !profiles[index].trialIsOver {
            reader.endTrial(of: &profiles[index], cache: &caches[index], readings: readings)
        }
    }

    /// Adds the repeats each column's verdict cache counted later to its profile.
    private func countDeferredHits() {
        for index in caches.indices { profiles[index].countDeferredHits(of: &caches[index]) }
    }

    private func setUp(_ table: TableLayout) {
        cellText = CellText(encoding: table.info.recordEncoding)
        let hasHeader = table.headerRecordNumber != nil && !table.header.isEmpty
        profiles = (0..<table.expectedColumnCount).map { index in
            let column = table.column(index)
            let declaredTypes = declarations.filter { declaration in
                declaration.selector.map { selector in column.name.map(selector.matches(header:)) ?? false } ?? true
            }.map(\.type)
            return ColumnProfile(column: column, header: hasHeader ? column.name.map(HeaderName.init) : nil,
                                 catalogue: catalogue, declaredTypes: declaredTypes)
        }
        caches = Array(repeating: VerdictCache(budget: VerdictCache.budget(columns: profiles.count)), count: profiles.count)
        setColumns(profiles.map(\.column))
        readings.reserve(capacities: profiles.map(\.candidates.count))
    }

    /// Puts `refs` in `columns`, in place of the columns before.
    private func setColumns(_ refs: [ColumnRef]) {
        columns.deinitialize()
        columns.deallocate()
        columns = .allocate(capacity: refs.count)
        _ = columns.initialize(from: refs)
    }

    deinit {
        columns.deinitialize()
        columns.deallocate()
    }

    // MARK: Inference

    /// Among the types that reach their threshold, a type the header announces before any other,
    /// then the largest share of values with the type's shape, then the first in catalogue order
    /// (the most specific). When the header announces a type, half of the values with its shape
    /// suffice (or `min-share` if lower); otherwise `min-share` of them must be valid: nine random
    /// digits are not a SIREN unless their check digit says so. Cells a spreadsheet damaged are
    /// left out of the shares.
    private func inferType(of profile: ColumnProfile) -> Int? {
        guard profile.filled > 0 else { return nil }
        var best: (type: Int, announced: Bool, share: Double)?
        for (index, type) in catalogue.types.enumerated() {
            let announced = profile.announcedTypes.contains(index)
            guard type.inferred, profile.isCandidate(index), !type.headerRequired || announced else { continue }
            let share = profile.share(of: index)
            let eligible = announced ? share >= min(type.minShare, 0.5) : profile.validShare(of: index) >= type.minShare
            guard share > 0, eligible else { continue }
            let better = best.map { best in
                announced != best.announced ? announced : share > best.share + 1e-9
            } ?? true
            if better { best = (index, announced, share) }
        }
        return best?.type
    }
}
