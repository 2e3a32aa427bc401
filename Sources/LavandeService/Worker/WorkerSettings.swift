/// How workers take and hold checks.
public struct WorkerSettings: Sendable {
    /// Seconds a claim holds without being renewed; a worker renews it every third of it, so a
    /// check whose worker died is taken again at most this long after.
    public var lease: Double
    /// Claims of one check before it is failed instead of taken again.
    public var maxAttempts: Int
    /// Seconds between two looks at an empty queue.
    public var pollInterval: Double
    /// Seconds a running check may go on after a shutdown was asked for, before it is given
    /// back to the queue.
    public var shutdownGrace: Double

    public init(lease: Double = 60, maxAttempts: Int = 3, pollInterval: Double = 0.5, shutdownGrace: Double = 30) {
        self.lease = lease
        self.maxAttempts = maxAttempts
        self.pollInterval = pollInterval
        self.shutdownGrace = shutdownGrace
    }
}
