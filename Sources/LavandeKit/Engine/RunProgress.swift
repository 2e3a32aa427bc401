import Foundation

/// How far a run is: files and bytes read out of the totals. The engine updates it from the
/// threads that read files; a display (the CLI's progress bar) reads snapshots from another.
public final class RunProgress: @unchecked Sendable {
    /// Counts at one moment.
    public struct Snapshot: Sendable, Equatable {
        public var files = 0
        public var totalFiles = 0
        public var bytes = 0
        public var totalBytes = 0

        public init(files: Int = 0, totalFiles: Int = 0, bytes: Int = 0, totalBytes: Int = 0) {
            self.files = files
            self.totalFiles = totalFiles
            self.bytes = bytes
            self.totalBytes = totalBytes
        }
    }

    // One lock for a few integers, taken once per chunk read (64 KiB), not per record.
    private let lock = NSLock()
    private var counts = Snapshot()

    public init() {}

    public var snapshot: Snapshot { lock.withLock { counts } }

    func start(files: Int, bytes: Int) {
        lock.withLock {
            counts.totalFiles = files
            counts.totalBytes = bytes
        }
    }

    /// The progress of one of the run's files, of `size` bytes in `totalBytes`.
    func file(size: Int) -> FileProgress { FileProgress(run: self, size: size) }

    /// Counts `bytes` more bytes and `files` more files done (`FileProgress`).
    func add(bytes: Int, files: Int) {
        lock.withLock {
            counts.bytes += bytes
            counts.files += files
        }
    }
}
