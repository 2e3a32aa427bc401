import Synchronization

/// An object built by the first thread that needs it, then read by every thread without a lock
/// or a reference count: once built, a read is one load (with acquire ordering).
///
/// For the parts of compiled patterns that few runs use (`CellPattern`): the large automaton of a
/// column type read only in columns whose header announces it, a pattern's widened reading. The
/// threads of a file read in parts share the patterns (`TypeMatchers.copied`): a lock, or a
/// reference counted at each read, would make them wait on each other at every cell of such a
/// column.
final class BuiltOnce<Instance: AnyObject & Sendable>: Sendable {
    private let build: @Sendable () -> Instance
    /// nil until built; then the instance, retained once, released with this object.
    private let slot = Atomic<Unmanaged<Instance>?>(nil)

    init(_ build: @escaping @Sendable () -> Instance) {
        self.build = build
    }

    deinit {
        slot.load(ordering: .acquiring)?.release()
    }

    /// `body` applied to the instance, which is built first when no thread has built it yet (two
    /// threads may both build one; the first one stored is kept). An instance, not a value: handed
    /// on as a reference, it is read where it is (a generic value was copied at each call).
    @inline(__always)
    func withInstance<Result>(_ body: (Instance) -> Result) -> Result {
        let built = slot.load(ordering: .acquiring) ?? buildAndStore()
        return built._withUnsafeGuaranteedRef(body)
    }

    /// Builds an instance and stores it unless another thread stored its own first; returns the
    /// instance stored. Out of line: inlined, it made every read count a reference to this object.
    @inline(never)
    private func buildAndStore() -> Unmanaged<Instance> {
        let built = Unmanaged.passRetained(build())
        let (exchanged, stored) = slot.compareExchange(expected: nil, desired: built, ordering: .acquiringAndReleasing)
        guard !exchanged, let stored else { return built }
        built.release()
        return stored
    }
}
