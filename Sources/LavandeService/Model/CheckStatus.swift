/// Where a check is in the queue. Stored as its raw value.
public enum CheckStatus: String, Sendable, Codable, CaseIterable {
    /// Waiting for a worker.
    case queued
    /// Claimed by a worker whose lease has not expired.
    case running
    /// The engine ran and the report is stored.
    case done
    /// The check could not run to its end (unreadable upload, too many lost workers…).
    case failed

    /// Whether the check will not change any more.
    public var isFinished: Bool { self == .done || self == .failed }
}

/// What a finished check says of its dataset, for badges and histories.
public enum CheckVerdict: String, Sendable, Codable {
    /// No finding at or above the failing severity, and no warning.
    case pass
    /// Warnings, but nothing that fails.
    case warnings
    /// At least one finding at or above the failing severity.
    case fail
}
