/// How the cells of the record being read were read: per column, the candidate types whose
/// shape the cell has, each with its validator's reading, and the set of types read valid in
/// some cell. The profiler fills it for every data record (empty for other records); the
/// observers that need a cell's type read it instead of reading the cell again. The profiler's
/// readings keep the types its observers ask for when they are made (`keep`), and no others
/// (debug builds check that no observer reads another).
///
/// **Why a class over raw memory.** Every observer that reads it does so on every record. Held
/// in arrays (one per column), each look cost a retain and a release per column and observer —
/// atomic operations, the largest cost of the pass per record after the validators — and a
/// dynamic exclusivity check. Here the storage is allocated once per file, when the profiler
/// learns the columns (`reserve`), with room for every candidate type of every column (the
/// candidates only shrink during the pass); a record's readings overwrite the last one's. It is
/// reached through constant pointers: a variable of the class would be a dynamic exclusivity
/// check at every look. Observers reach it as `profiler.readings` at each use: bound to a local
/// constant, it was retained and released at every record.
public final class RecordReadings {
    /// One reading: a type's index in the catalogue, and what its validator read in the cell.
    public typealias Entry = (type: Int, reading: ValueReading)

    /// The readings of the columns of one file.
    private struct Columns {
        /// The readings of column `c` are `entries[starts[c] ..< starts[c] + counts[c]]`.
        let entries: UnsafeMutablePointer<Entry>
        let starts: UnsafeMutablePointer<Int>
        let counts: UnsafeMutablePointer<Int>
        let count: Int

        /// Room for `capacities[c]` readings in column `c`, none read.
        init(capacities: [Int]) {
            count = capacities.count
            entries = .allocate(capacity: capacities.reduce(0, +))
            starts = .allocate(capacity: count)
            counts = .allocate(capacity: count)
            var start = 0
            for (column, capacity) in capacities.enumerated() {
                starts[column] = start
                start += capacity
            }
            counts.initialize(repeating: 0, count: count)
        }

        func deallocate() {
            entries.deallocate()
            starts.deallocate()
            counts.deallocate()
        }
    }

    private let columns: UnsafeMutablePointer<Columns>
    /// The types read valid in some cell of the record, one bit each (`TypeMask`'s layout), and
    /// a second word of zeros when the types fit in one (`gateWords`).
    private let validWords: UnsafeMutablePointer<UInt64>
    private let wordCount: Int
    /// Per type, whether its readings are kept: a reading (24 bytes with its type) would be
    /// copied for every type whose shape a cell has, and the observers read a few types only (`keep`).
    private let kept: UnsafeMutablePointer<Bool>
    private let typeCount: Int

    /// Readings for a catalogue of `typeCount` types, with room for no column until `reserve`;
    /// those of every type kept, or of none until an observer asks for them (`keep`).
    init(typeCount: Int, keepsEveryType: Bool = true) {
        columns = .allocate(capacity: 1)
        columns.initialize(to: Columns(capacities: []))
        wordCount = TypeMask.wordCount(for: typeCount)
        validWords = .allocate(capacity: max(2, wordCount))
        validWords.initialize(repeating: 0, count: max(2, wordCount))
        self.typeCount = typeCount
        kept = .allocate(capacity: max(1, typeCount))
        kept.initialize(repeating: keepsEveryType, count: max(1, typeCount))
    }

    deinit {
        columns.pointee.deallocate()
        columns.deallocate()
        validWords.deallocate()
        kept.deallocate()
    }

    /// Keeps the readings of `types` from the next record on: an observer that reads the readings
    /// of some types asks for them when it is made, before the pass.
    func keep(_ types: some Sequence<Int>) {
        for type in types where type >= 0 && type < typeCount { kept[type] = true }
    }

    /// Keeps the readings of the types `other` keeps (for the profiler of a later part of a file).
    func keepTypes(keptBy other: RecordReadings) {
        keep((0..<other.typeCount).filter(other.isKept))
    }

    /// Whether the readings of `type` are kept.
    func isKept(_ type: Int) -> Bool { type >= 0 && type < typeCount && kept[type] }

    /// Columns of the file (0 until `reserve`).
    public var columnCount: Int { columns.pointee.count }

    /// Makes room for a file whose column `c` has at most `capacities[c]` readings per cell (its
    /// candidate types), and empties the readings.
    func reserve(capacities: [Int]) {
        columns.pointee.deallocate()
        columns.pointee = Columns(capacities: capacities)
        clear()
    }

    /// Empties the readings, for the next record.
    func clear() {
        columns.pointee.counts.update(repeating: 0, count: columns.pointee.count)
        validWords.update(repeating: 0, count: wordCount)
    }

    /// Adds the reading of `type` in the cell of `column` (at most the column's capacity), if the
    /// readings of the type are kept.
    @inline(__always)
    func append(_ reading: ValueReading, type: Int, column: Int) {
        guard kept[type] else { return }
        let columns = columns.pointee
        let count = columns.counts[column]
        (columns.entries + columns.starts[column] + count).initialize(to: (type, reading))
        columns.counts[column] = count + 1
        if reading.problem == nil { validWords[type >> 6] |= 1 << UInt64(type & 63) }
    }

    /// Whether some cell of the record was read as a valid value of one of `types`: an observer
    /// that looks for those alone can leave the record at that.
    public func hasValidValue(ofAnyOf types: TypeMask) -> Bool {
        assert((0..<typeCount).allSatisfy { isKept($0) || !types.contains($0) }, "readings of types not kept")
        return types.intersects(UnsafeBufferPointer(start: validWords, count: wordCount))
    }

    /// The first two words of the set of types read valid in the record (`TypeMask`'s layout; the
    /// second 0 for a catalogue of 64 types or fewer), where the sink's gates read them
    /// (`RecordGate`): valid as long as the readings are.
    var gateWords: UnsafePointer<UInt64> { UnsafePointer(validWords) }

    /// How the cell of `column` (0-based) was read as `type`, nil when it does not have the
    /// type's shape (or is empty or missing). Inlined into the observers that look up a few
    /// cells of every record (a call each cost more than the look-up).
    @inline(__always)
    public func reading(column: Int, type: Int) -> ValueReading? {
        assert(isKept(type), "readings of a type not kept")
        for entry in readings(column: column) where entry.type == type { return entry.reading }
        return nil
    }

    /// Every reading of the cell of `column` (0-based; none past the last column), valid until
    /// the next record: cheaper than looking up each type for an observer that reads every column.
    public func readings(column: Int) -> UnsafeBufferPointer<Entry> {
        let columns = columns.pointee
        guard column >= 0, column < columns.count else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: columns.entries + columns.starts[column], count: columns.counts[column])
    }
}
