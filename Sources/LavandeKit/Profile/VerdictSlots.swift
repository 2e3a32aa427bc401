#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The slots of a `VerdictCache` in one block of memory, each slot whole in one place: its
/// `Entry` (the cell's length and facts), then the cell's bytes (`Shape.keyCapacity`), then
/// one `TypeVerdict` per candidate type kept (`Shape.verdictCount`).
///
/// **Why one block.** A column's table is larger than the processor's first cache, and its slots
/// are reached by a hash, so nearly every look-up of a repeated value waits for memory. Kept in
/// three arrays (entries, keys, verdicts), a hit waited three times, one after the other: on
/// the 100 MB benchmark file, the test of a slot's length and the load of its first verdict were
/// the two slowest instructions of the profiler (sampled by time, not counted). Side by side,
/// the entry and the key share a cache line (with keys of 16 bytes, the first verdicts too).
/// Raw memory, not an array: a write through an array checked its uniqueness every time.
///
/// A view of plain values, so the profiler's loop counts no reference to it; the memory is freed
/// with its `Memory`, which the cache keeps beside it. Copies of a started cache share its slots:
/// the profiler keeps each column's cache in place, and a forked profiler starts caches of its own.
struct VerdictSlots {
    /// What a slot knows of its cell besides the bytes: its facts, its length (0: vacant),
    /// whether its verdicts are stored too, and its repeats counted later (`VerdictCache`).
    struct Entry {
        var facts: CellFacts
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

    /// Where a slot's key begins: its entry comes first.
    private static let keyOffset = 16

    /// Frees the slots' memory when the cache that made them goes.
    final class Memory {
        fileprivate let base: UnsafeMutableRawPointer
        private let bytes: Int
        /// Mapped from the system (`mmap`), not from the heap.
        private let isMapped: Bool

        #if os(Linux)
        private static let flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE
        #else
        private static let flags = MAP_PRIVATE | MAP_ANONYMOUS
        #endif

        /// Tables of at least this many bytes are mapped; smaller ones, the tables of the columns
        /// of a wide file, come from the heap: a mapping each would be thousands of them.
        private static let mappedFrom = 64 << 10

        /// `bytes` of zeros, aligned on a cache line. Mapped, the pages are given at once
        /// (`MAP_POPULATE`). Left to be given as they are first touched, a page was first read by
        /// a look-up, which maps the system's page of zeros, then written when a cell was kept:
        /// replacing that mapping flushes the address from the processors' TLBs, which
        /// interrupts the other thread of a file read on two (5.5 % of the time of a run on the
        /// 100 MB benchmark file with `--jobs 2`, sampled). Given at once, a column of a hundred
        /// values takes its whole budget, and that run peaks about 3.5 MiB higher.
        fileprivate init(bytes: Int) {
            self.bytes = bytes
            let mapped = bytes >= Memory.mappedFrom ? mmap(nil, bytes, PROT_READ | PROT_WRITE, Memory.flags, -1, 0) : nil
            if let mapped, mapped != MAP_FAILED {
                base = mapped
                isMapped = true
            } else {
                base = .allocate(byteCount: bytes, alignment: 64)
                base.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
                isMapped = false
            }
        }

        deinit {
            if isMapped { munmap(base, bytes) } else { base.deallocate() }
        }
    }

    let count: Int
    /// Bytes from one slot to the next.
    private let stride: Int
    /// Where a slot's verdicts begin, after its key.
    private let verdictsOffset: Int
    private let base: UnsafeMutableRawPointer?

    /// No slot.
    init() {
        (count, stride, verdictsOffset, base) = (0, 0, 0, nil)
    }

    /// `count` vacant slots of `shape` in `memory`, which the caller keeps as long as it uses
    /// them. The memory comes zeroed, and is not written here: a slot of zeros is vacant (length
    /// 0), and its facts and verdicts, plain values, are read only once written.
    init(count: Int, shape: Shape, memory: inout Memory?) {
        precondition(MemoryLayout<Entry>.stride <= Self.keyOffset && MemoryLayout<TypeVerdict>.alignment <= 16)
        precondition(shape.keyCapacity % 16 == 0)
        self.count = count
        stride = Self.bytes(shape)
        verdictsOffset = Self.keyOffset + shape.keyCapacity
        let allocated = Memory(bytes: count * stride)
        memory = allocated
        base = allocated.base
    }

    /// What a table's slots hold: keys of up to `keyCapacity` bytes (a multiple of 16), and
    /// `verdictCount` verdicts (those of the column's first candidate types).
    struct Shape: Equatable {
        var keyCapacity: Int
        var verdictCount: Int
    }

    /// Bytes of one slot of `shape`.
    static func bytes(_ shape: Shape) -> Int {
        keyOffset + shape.keyCapacity + shape.verdictCount * MemoryLayout<TypeVerdict>.stride
    }

    @inline(__always)
    func entry(_ slot: Int) -> UnsafeMutablePointer<Entry> {
        (base.unsafelyUnwrapped + slot * stride).assumingMemoryBound(to: Entry.self)
    }

    /// The key of the cell in `slot`: its `length` bytes first.
    @inline(__always)
    func key(_ slot: Int) -> UnsafeMutablePointer<UInt8> {
        (base.unsafelyUnwrapped + slot * stride + Self.keyOffset).assumingMemoryBound(to: UInt8.self)
    }

    /// The verdicts of the cell in `slot`, by position in the column's candidates.
    @inline(__always)
    func verdicts(_ slot: Int) -> UnsafeMutablePointer<TypeVerdict> {
        (base.unsafelyUnwrapped + slot * stride + verdictsOffset).assumingMemoryBound(to: TypeVerdict.self)
    }
}
