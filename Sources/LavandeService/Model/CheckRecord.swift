import Foundation

/// A check as the store keeps it: what was submitted, by whom, and where it stands.
public struct CheckRecord: Sendable, Equatable {
    /// Opaque, unguessable identifier (`chk_` and 26 base-32 characters).
    public var id: String
    public var dataset: String
    public var publisher: String
    /// The token that submitted it (its id, never the secret).
    public var submittedBy: String
    public var status: CheckStatus
    public var files: [UploadedFile]
    /// Seconds since 1970, from the database's clock.
    public var submittedAt: Double
    public var startedAt: Double?
    public var finishedAt: Double?
    /// How many times a worker claimed it (more than one when a worker died or gave it back).
    public var attempts: Int
    public var summary: CheckSummary?
    /// Why a failed check failed.
    public var failure: String?
    /// When the uploaded files were removed from the upload store (retention).
    public var uploadPurgedAt: Double?
}

/// A check a client asks for, before the store gives it an id and a time.
public struct NewCheck: Sendable {
    public var dataset: String
    public var publisher: String
    public var submittedBy: String
    public var files: [UploadedFile]

    public init(dataset: String, publisher: String, submittedBy: String, files: [UploadedFile]) {
        self.dataset = dataset
        self.publisher = publisher
        self.submittedBy = submittedBy
        self.files = files
    }
}

/// A check a worker holds: the claim token fences every later write, so a worker whose lease
/// expired (and whose check was taken by another) can neither renew nor complete it.
public struct CheckClaim: Sendable {
    public var check: CheckRecord
    /// Random, one per claim.
    public var token: String
    public var worker: String
}

/// One claim of a check by a worker and how it ended: the trail that shows no check ran twice to
/// completion.
public struct CheckRun: Sendable, Equatable {
    public enum Outcome: String, Sendable {
        case done
        case failed
        /// Given back at shutdown, or lost (lease expired, worker gone).
        case released
    }

    public var attempt: Int
    public var worker: String
    public var startedAt: Double
    public var finishedAt: Double?
    /// nil while it runs, or when its worker died.
    public var outcome: Outcome?
}
