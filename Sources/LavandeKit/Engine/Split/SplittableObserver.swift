import LavandeTabular

/// An observer whose work on one file can be shared between threads: the file is read up to a
/// split point by one observer, then each later part of it by a fork of that observer, and the
/// forks are absorbed back, in file order, before `finish`.
///
/// The contract that keeps a split pass's findings identical to those of a single pass:
/// - `isReadyToFork` says that every decision the observer takes from the first records (a
///   profiler's trial of the types, the columns a rule looks at) is final;
/// - `fork` copies those decisions and nothing that counts records: a fork starts with empty
///   counts, tallies and examples, as if the file began at the split point;
/// - a fork only ever sees data records (never title rows or the header), numbered from where
///   its part was assumed to start; `absorb` moves its rows and lines to their place in the file
///   with the shift it is given (byte offsets are exact from the start);
/// - `absorb` takes a later part, right after the records this observer has seen: counts add
///   up, examples are kept in file order (this observer's first), "first seen" stays this
///   observer's when it has one.
public protocol SplittableObserver: TabularObserver {
    /// Whether the decisions taken from the first records are final, so that a fork made now
    /// reads the rest of the file as this observer would.
    var isReadyToFork: Bool { get }
    /// A new observer for a later part of the file, with this observer's decisions and none of
    /// its counts. `profiler` is the fork of the file's shared profiler (observers that read the
    /// profiler's readings must read the fork's).
    func fork(profiler: ColumnProfiler?) -> SplittableObserver
    /// Adds what `later`, a fork of the same observer, saw in the part right after this
    /// observer's records; `shift` turns `later`'s row and line numbers into the file's.
    func absorb(_ later: SplittableObserver, shift: RecordShift)
}

extension SplittableObserver {
    public var isReadyToFork: Bool { true }
}

/// How far the record and line numbers a fork gave are from their place in the file: a fork
/// numbers its records from where its part was assumed to begin, before the parts before it were
/// counted.
public struct RecordShift: Sendable, Equatable {
    public var records: Int
    public var lines: Int

    public init(records: Int, lines: Int) {
        self.records = records
        self.lines = lines
    }

    public static let none = RecordShift(records: 0, lines: 0)
}

extension Location {
    /// The same place, with its row and line moved by `shift` (byte offsets are already exact).
    public func shifted(by shift: RecordShift) -> Location {
        var location = self
        location.row = row.map { $0 + shift.records }
        location.line = line.map { $0 + shift.lines }
        return location
    }
}
