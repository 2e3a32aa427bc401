/// The slots of a `VerdictCache` in one block of memory, each slot whole in one place: its
/// `Entry` (the cell's length and facts), then the cell's bytes (`VerdictCache.keyCapacity`), then
/// one `TypeVerdict` per candidate type.
///
/// **Why one block.** A column's table is larger than the processor's first cache, and its slots
/// are reached by a hash, so nearly every look-up of a repeated value waits for memory. Kept in
/// three arrays (entries, keys, verdicts), a hit waited three times, one after the other: on
/// the 100 MB benchmark file, the test of a slot's length and the load of its first verdict were
/// the two slowest instructions of the profiler (sampled by time, not counted). Side by side,
/// the entry and the key fill one cache line and the verdicts follow it. Raw memory, not an
/// array: a write through an array checked its uniqueness every time.
///
/// A view of plain values, so the profiler's loop counts no reference to it; the memory is freed
/// with its `Memory`, which the cache keeps beside it. Copies of a started cache share its slots:
/// the profiler keeps each column's cache in place, and a forked profiler starts caches of its own.
struct VerdictSlots {
    /// What a slot knows of its cell besides the bytes: its facts, its length (0: vacant),
    /// whether its verdicts are stored too, and its repeats counted later (`VerdictCache`).
    struct Entry {
        var facts = CellFacts.missing
        var length: UInt8 = 0
        var hasVerdicts = false
        /// 0: each sighting of the cell is read in full. Otherwise the number of its candidate
        /// types read (those before the types passed over), plus one: its sightings are counted
        /// in `pending` (`VerdictCache.allowDeferral`).
        var deferredEnd: UInt8 = 0
        /// Sightings of the cell counted later, not yet in the profile: four bytes, as the slots of
        /// a column share its budget (at most `UInt32.max`; the sightings after are read in full).
        var pending: UInt32 = 0
    }

    /// Where a slot's key begins: its entry comes first, and the two make one 64-byte line.
    private static let keyOffset = 16
    private static let verdictsOffset = keyOffset + VerdictCache.keyCapacity

    /// Frees the slots' memory when the cache that made them goes.
    final class Memory {
        fileprivate let base: UnsafeMutableRawPointer

        fileprivate init(bytes: Int) {
            base = .allocate(byteCount: bytes, alignment: 64)
        }

        deinit { base.deallocate() }
    }

    let count: Int
    /// Bytes from one slot to the next.
    private let stride: Int
    private let base: UnsafeMutableRawPointer?

    /// No slot.
    init() {
        (count, stride, base) = (0, 0, nil)
    }

    /// `count` vacant slots for `typeCount` candidate types, every verdict a mismatch, in
    /// `memory`, which the caller keeps as long as it uses them.
    init(count: Int, typeCount: Int, memory: inout Memory?) {
        precondition(MemoryLayout<Entry>.stride <= Self.keyOffset && MemoryLayout<TypeVerdict>.alignment <= 64)
        self.count = count
        stride = Self.bytes(typeCount: typeCount)
        let allocated = Memory(bytes: count * stride)
        memory = allocated
        base = allocated.base
        for slot in 0..<count {
            entry(slot).initialize(to: Entry())
            key(slot).initialize(repeating: 0, count: VerdictCache.keyCapacity)
            verdicts(slot).initialize(repeating: .mismatch, count: typeCount)
        }
    }

    /// Bytes of one slot with `typeCount` candidate types.
    static func bytes(typeCount: Int) -> Int {
        verdictsOffset + typeCount * MemoryLayout<TypeVerdict>.stride
    }

    @inline(__always)
    func entry(_ slot: Int) -> UnsafeMutablePointer<Entry> {
        (base.unsafelyUnwrapped + slot * stride).assumingMemoryBound(to: Entry.self)
    }

    /// The `VerdictCache.keyCapacity` bytes of the cell in `slot`, its `length` first.
    @inline(__always)
    func key(_ slot: Int) -> UnsafeMutablePointer<UInt8> {
        (base.unsafelyUnwrapped + slot * stride + Self.keyOffset).assumingMemoryBound(to: UInt8.self)
    }

    /// The `typeCount` verdicts of the cell in `slot`, by position in the column's candidates.
    @inline(__always)
    func verdicts(_ slot: Int) -> UnsafeMutablePointer<TypeVerdict> {
        (base.unsafelyUnwrapped + slot * stride + Self.verdictsOffset).assumingMemoryBound(to: TypeVerdict.self)
    }
}
