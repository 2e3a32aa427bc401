import LavandeTabular

/// The observers of one file, the shared column profiler first when there is one: what a part
/// of a split pass reads its records with.
struct ObserverSet {
    /// Every observer, in the order they see each record (the profiler first).
    let observers: [TabularObserver]
    /// The profiler the type and personal-data observers of this set read.
    let profiler: ColumnProfiler?

    init(observers: [TabularObserver], profiler: ColumnProfiler?) {
        self.observers = observers
        self.profiler = profiler
    }

    /// Every observer that reads records can be split (those that only judge the byte facts at
    /// the end are never forked).
    var isSplittable: Bool {
        observers.allSatisfy { !$0.wantsRecords || $0 is SplittableObserver }
    }

    var isReadyToFork: Bool {
        observers.allSatisfy { ($0 as? SplittableObserver)?.isReadyToFork ?? !$0.wantsRecords }
    }

    /// Forks of the observers that read records, for a later part of the file (the profiler's
    /// fork made first, for the others to read). Only when `isSplittable`.
    func fork() -> ObserverSet {
        let profilerFork = profiler.map { $0.fork(profiler: nil) as! ColumnProfiler }
        let forks: [TabularObserver] = observers.compactMap { observer in
            guard observer.wantsRecords else { return nil }
            if observer === profiler { return profilerFork }
            return (observer as! SplittableObserver).fork(profiler: profilerFork)
        }
        return ObserverSet(observers: forks, profiler: profilerFork)
    }

    /// Adds what the forks of `later` saw in the part right after this set's records.
    func absorb(_ later: ObserverSet, shift: RecordShift) {
        var forks = later.observers.makeIterator()
        for observer in observers where observer.wantsRecords {
            (observer as! SplittableObserver).absorb(forks.next() as! SplittableObserver, shift: shift)
        }
    }
}
