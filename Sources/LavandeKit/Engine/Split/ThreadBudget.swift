import Foundation

/// The threads a run may use (its `jobs`): each file being checked holds one, and a file read
/// in parts takes more only while others are idle, so that a run over many files never runs
/// more threads than `jobs`.
final class ThreadBudget: @unchecked Sendable {
    private let lock = NSLock()
    private var free: Int
    /// The run's threads.
    let total: Int

    init(threads: Int) {
        total = max(1, threads)
        free = total
    }

    /// Takes up to `wanted` threads, as many as are free now (maybe none).
    func take(upTo wanted: Int) -> Int {
        lock.withLock {
            let taken = max(0, min(wanted, free))
            free -= taken
            return taken
        }
    }

    func give(_ count: Int) { lock.withLock { free += count } }
}
