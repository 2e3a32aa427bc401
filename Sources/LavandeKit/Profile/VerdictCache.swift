/// What a column's candidate types made of the cells already read, kept by the cells' bytes, so
/// that a repeated value is not read again by every validator and pattern.
///
/// **Why.** Open data repeats its values: communes, codes, dates, categories. What the profiler
/// makes of a cell — whether it spells "missing", the form Excel gives numbers, digits only or
/// not, and each candidate type's verdict (`CellFacts`, `TypeVerdict`) — depends on the cell's
/// bytes alone, not on where the cell is. For a value seen before, those are looked up here;
/// what depends on the position (counts, locations, examples, first values, tallies) is still
/// recorded for every cell by `CellReader`, so profiles and reports are the same with the cache
/// and without it.
///
/// **Why it is exact.** A slot keeps the whole cell, up to its table's key capacity (longer
/// cells are never kept), and a lookup compares those bytes with the cell: the hash only chooses
/// the slot, and two cells that share one replace each other. Verdicts are stored as they are: a
/// `TypeVerdict` takes 16 bytes.
///
/// **Memory and cost.** A direct-mapped table (`VerdictSlots`: each slot's cell, facts and
/// verdicts side by side) set up once a column's trial is over
/// (`TypeTrial`): its candidate types are settled then, so a verdict stays true for
/// the rest of the column, and files shorter than the trial pay nothing. The table takes at most
/// `columnBudget` bytes, less when `tableBudget` spread over a file's columns allows less (a file
/// of 16,384 columns gets a few slots per column, or none). A cell's facts and verdicts are kept
/// when it is first seen: storing the verdicts of a cell seen once costs a store per type, and
/// waiting for a second sighting to store them read every repeated value twice (0.6 % more
/// instructions on the benchmark's files). Where values seldom repeat (ids, amounts, free text),
/// looking them up costs more than it saves: a column whose lookups find their cell less than
/// once in four, over `window` of them, stops using its cache and frees it.
///
/// **Slots cut to the column** (`VerdictSlots.Shape`). A slot keeps cells about as long as the
/// longest of the column's trial, rounded up to 16 bytes (at most `longestKey`), and the
/// verdicts of the candidate types not passed over at the end of the trial: coordinates, dates,
/// amounts take 48 to 80 bytes a slot instead of 128 to 160, so the same budget holds up to
/// twice as many cells (1.7 % fewer instructions on the benchmark's 100 MB file, 1.3 % on the
/// 10 MB one). A later cell longer than the key is not kept. A cell read for more types than its
/// slot has room for (long enough for a type passed over: SIRETs and phone numbers reach the
/// payment card's length) makes the table wider (`widen`); one in scientific notation keeps its
/// facts only.
///
/// **Types passed over.** The profiler passes over the long types a cell is too short for
/// (`CellReader.observe`), and stores no verdict for them. When one of them matches a cell for
/// the first time, it is read again for every cell, and the verdicts stored without it are
/// forgotten (`forgetVerdicts`): their slots still hold, for that type, the verdicts of the cells
/// that were there before.
///
/// **Repeats counted later.** Most repeats of a value, once the column's tallies hold their
/// examples, only add one to counts: the same counts as the value's last sighting. A slot whose
/// last reading kept no example (`allowDeferral`) counts its next sightings in `pending` instead
/// (`deferHit`), and the profiler adds them to the profile, `pending` times the slot's verdicts
/// (`drainDeferredHits`), before the slot takes another cell, before anything a repeat's reading
/// depends on changes, and at the end of the pass. Counts add up in any order, the examples are
/// those of the cells read in full, so the profile is the same.
struct VerdictCache {
    /// Longest cell kept, by the columns of longer cells. Names of places and e-mail addresses
    /// often run past 32 bytes (one cell in seven of those columns of the benchmark's files): kept
    /// up to 48, the pass took 0.6 to 0.8 % fewer instructions than up to 32; up to 64, fewer
    /// slots for the same budget cost more than the longer cells saved.
    static let longestKey = 48
    /// Bytes of one column's table, at most: about 8,000 cells of five candidate types. The
    /// values of a large file repeat more than the table holds (the days of a few decades, the
    /// coordinates of a region's places): 256 KiB here cost 2.7 % more instructions on a file of
    /// 100 MB.
    static let columnBudget = 1 << 20
    /// Bytes of the tables of all the columns of a file (of each part read by its own thread), at
    /// most: with `--jobs 2`, the peak memory of a run on one large file is about 48 MiB.
    static let tableBudget = 8 << 20
    /// Lookups after which the share of those that found their cell is judged.
    static let window = 4096

    /// Where a cell's facts and verdicts are kept, or would be.
    struct Probe {
        /// nil: the cell is not kept (the cache is off, or the cell is too long).
        let slot: Int?
        /// The slot holds the cell and its facts.
        let hasFacts: Bool
        /// The slot holds the cell's verdicts too.
        let hasVerdicts: Bool
        /// The cell's sighting may be counted later (`deferHit`).
        var isDeferrable = false

        static var uncached: Probe { Probe(slot: nil, hasFacts: false, hasVerdicts: false) }
    }

    /// Bytes the table may take.
    private let budget: Int
    /// Candidate types of the column.
    private(set) var typeCount = 0
    /// What each slot holds.
    private(set) var shape = VerdictSlots.Shape(keyCapacity: 0, verdictCount: 0)
    /// The table: no slot until `start`, and once the cache has stopped.
    private var slots = VerdictSlots()
    /// The table's memory.
    private var memory: VerdictSlots.Memory?
    /// Lookups, and those that found their cell, in the current window.
    private var lookups = 0
    private var hits = 0
    /// The last window found its cell too seldom: the profiler counts the sightings kept for
    /// later, then stops the cache (`stop`).
    private(set) var wantsToStop = false
    /// The positions (in the column's candidates) of the types whose readings go to the record's
    /// readings (`RecordReadings.keep`), one bit each: a sighting counted later still gives them.
    private(set) var keptPositions: UInt64 = 0

    /// A cache that keeps nothing until `start`, then takes at most `budget` bytes.
    init(budget: Int) {
        self.budget = budget
    }

    /// The budget of each column of a file of `columns` columns.
    static func budget(columns: Int) -> Int {
        min(columnBudget, tableBudget / max(columns, 1))
    }

    /// Sets the table up for the `typeCount` candidate types the column keeps after its trial,
    /// with as many slots as the budget holds (none if it holds less than one). `keptPositions`:
    /// the positions of the types whose readings the record's readings keep; a column of more
    /// than 64 candidates counts every sighting where it is.
    mutating func start(typeCount: Int, shape: VerdictSlots.Shape? = nil, keptPositions: [Int] = []) {
        self.typeCount = typeCount
        self.keptPositions = keptPositions.reduce(0) { $0 | 1 << UInt64($1) }
        makeSlots(shape ?? VerdictCache.fullShape(typeCount: typeCount))
    }

    /// Puts vacant slots of `shape` in place of the table, as many as the budget holds (none if it
    /// holds less than one).
    private mutating func makeSlots(_ shape: VerdictSlots.Shape) {
        (slots, memory) = (VerdictSlots(), nil)
        self.shape = shape
        let slotCount = budget / VerdictSlots.bytes(shape)
        guard slotCount > 0 else { return }
        slots = VerdictSlots(count: slotCount, shape: shape, memory: &memory)
    }

    /// Slots for cells of up to `longestKey` bytes and the verdicts of all `typeCount` candidate
    /// types: what a column whose trial saw no cell gets.
    static func fullShape(typeCount: Int) -> VerdictSlots.Shape {
        VerdictSlots.Shape(keyCapacity: longestKey, verdictCount: typeCount)
    }

    /// Slots of the table (0 until `start`, and once the cache has stopped).
    var slotCount: Int { slots.count }

    /// The slot of a non-empty cell whose `CellHash` is `hash`, and whether it holds the cell.
    /// Inlined into the profiler's loop, its one caller per cell (called: 0.7 % more instructions).
    @inline(__always)
    mutating func probe(_ cell: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Probe {
        guard slots.count > 0 else { return .uncached }
        if lookups == VerdictCache.window {
            guard hits * 4 >= lookups else {
                wantsToStop = true
                return .uncached
            }
            lookups = 0
            hits = 0
        }
        lookups += 1
        guard cell.count <= shape.keyCapacity else { return .uncached }
        let slot = Int(truncatingIfNeeded: ((hash >> 32) &* UInt64(slots.count)) >> 32)
        let entry = slots.entry(slot).pointee
        guard Int(entry.length) == cell.count, CellBytes.sameBytes(slots.key(slot), cell.baseAddress!, count: cell.count) else {
            return Probe(slot: slot, hasFacts: false, hasVerdicts: false)
        }
        hits += 1
        return Probe(slot: slot, hasFacts: true, hasVerdicts: entry.hasVerdicts,
                     isDeferrable: entry.deferredEnd > 0 && entry.pending < .max)
    }

    /// Makes the table again, vacant, with room for the verdicts of every candidate type: a cell
    /// was read for more types than the slots had room for (long enough for a type passed over).
    /// At most once per column. The sightings counted later are in the profile.
    mutating func widen() {
        assert(!hasDeferredHits, "sightings not counted")
        makeSlots(VerdictSlots.Shape(keyCapacity: shape.keyCapacity, verdictCount: typeCount))
    }

    /// Frees the table, once its sightings counted later are in the profile (`wantsToStop`).
    mutating func stop() {
        assert(!hasDeferredHits, "sightings not counted")
        self = VerdictCache(budget: 0)
    }

    func facts(at slot: Int) -> CellFacts { slots.entry(slot).pointee.facts }

    /// The verdict of the candidate type at `position` (in the column's candidates) on the cell in `slot`.
    func verdict(at slot: Int, position: Int) -> TypeVerdict {
        slots.verdicts(slot)[position]
    }

    /// Puts `cell` and its facts in `slot`, in place of the cell it held (whose sightings counted
    /// later are in the profile: `drainDeferredHits(at:)`). Its verdicts are stored next
    /// (`keep(_:at:position:)`, then `sealVerdicts`); a spelling of "missing" needs none.
    mutating func keep(_ cell: UnsafeBufferPointer<UInt8>, facts: CellFacts, at slot: Int) {
        assert(slots.entry(slot).pointee.pending == 0, "sightings not counted")
        slots.entry(slot).pointee = VerdictSlots.Entry(facts: facts, length: UInt8(cell.count), hasVerdicts: facts.isMissing)
        slots.key(slot).update(from: cell.baseAddress!, count: cell.count)
    }

    /// Stores the verdict of the candidate type at `position` on the cell in `slot`.
    mutating func keep(_ verdict: TypeVerdict, at slot: Int, position: Int) {
        slots.verdicts(slot)[position] = verdict
    }

    /// Marks the verdicts of the cell in `slot` stored, once every candidate type's is.
    mutating func sealVerdicts(at slot: Int) {
        slots.entry(slot).pointee.hasVerdicts = true
    }

    /// Forgets every stored verdict, keeping the cells and their facts: the verdicts are worked
    /// out and stored again at each cell's next sighting. For a type passed over that is read
    /// again (see "Types passed over" above). The sightings counted later are in the profile.
    mutating func forgetVerdicts() {
        assert(!hasDeferredHits, "sightings not counted")
        for slot in 0..<slots.count where slots.entry(slot).pointee.length > 0 && !slots.entry(slot).pointee.facts.isMissing {
            slots.entry(slot).pointee.hasVerdicts = false
            slots.entry(slot).pointee.deferredEnd = 0
        }
    }

    // MARK: Sightings counted later

    /// Counts the next sightings of the cell in `slot` later: its reading in full, of the
    /// candidates before position `end`, kept no example and changed nothing but counts, and the
    /// tallies it added to hold all the examples they keep. Only for a column of at most 64
    /// candidates (`keptPositions`), and a slot whose verdicts are stored.
    @inline(__always)
    mutating func allowDeferral(at slot: Int, end: Int) {
        let entry = slots.entry(slot)
        guard typeCount <= 64, entry.pointee.hasVerdicts else { return }
        entry.pointee.deferredEnd = UInt8(end + 1)
    }

    /// Reads every sighting in full again, once the sightings counted later are in the profile: a
    /// type starts keeping examples of its mismatches (its first match), which a sighting counted
    /// later would not give.
    mutating func forbidDeferrals() {
        assert(!hasDeferredHits, "sightings not counted")
        for slot in 0..<slots.count where slots.entry(slot).pointee.deferredEnd != 0 { slots.entry(slot).pointee.deferredEnd = 0 }
    }

    /// Counts a sighting of the cell in `slot` (`Probe.isDeferrable`) later, and hands
    /// `keptVerdict` the position and verdict of each of its types read whose reading the
    /// record's readings keep.
    @inline(__always)
    mutating func deferHit(at slot: Int, keptVerdict: (Int, TypeVerdict) -> Void) {
        let entry = slots.entry(slot)
        let end = Int(entry.pointee.deferredEnd) - 1
        entry.pointee.pending += 1
        var positions = keptPositions & (end >= 64 ? ~0 : (1 << UInt64(end)) &- 1)
        while positions != 0 {
            let position = positions.trailingZeroBitCount
            positions &= positions &- 1
            keptVerdict(position, slots.verdicts(slot)[position])
        }
    }

    /// Whether the cell in `slot` has sightings counted later.
    func hasDeferredHits(at slot: Int) -> Bool { slots.entry(slot).pointee.pending > 0 }

    /// Whether some cell has sightings counted later.
    var hasDeferredHits: Bool {
        (0..<slots.count).contains { slots.entry($0).pointee.pending > 0 }
    }

    /// Hands the sightings counted later of the cell in `slot` to `count` (their number, and the
    /// verdicts of the types they read), and forgets them.
    mutating func drainDeferredHits(at slot: Int, _ count: (Int, UnsafeBufferPointer<TypeVerdict>) -> Void) {
        let entry = slots.entry(slot)
        let pending = entry.pointee.pending
        guard pending > 0 else { return }
        entry.pointee.pending = 0
        count(Int(pending), UnsafeBufferPointer(start: slots.verdicts(slot), count: Int(entry.pointee.deferredEnd) - 1))
    }

    /// Hands every sighting counted later to `count`, slot by slot (`drainDeferredHits(at:_:)`):
    /// at the end of the pass and on the rare changes that need them counted (a type's first
    /// match, the types passed over moving, verdicts forgotten, the cache stopped), so a look at
    /// every slot.
    mutating func drainDeferredHits(_ count: (Int, UnsafeBufferPointer<TypeVerdict>) -> Void) {
        for slot in 0..<slotCount { drainDeferredHits(at: slot, count) }
    }
}
