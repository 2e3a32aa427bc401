import ServiceLifecycle

/// The workers of a process, as one service: a graceful shutdown reaches them all at once (a
/// service group stops its services one after the other, and a worker still running would take
/// new checks while the others stop).
public struct WorkerPool: Service {
    let workers: [CheckWorker]

    public init(workers: [CheckWorker]) {
        self.workers = workers
    }

    public func run() async throws {
        try await withThrowingDiscardingTaskGroup { group in
            for worker in workers {
                group.addTask { try await worker.run() }
            }
        }
    }
}
