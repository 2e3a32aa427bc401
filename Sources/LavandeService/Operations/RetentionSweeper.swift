import Logging
import ServiceLifecycle

/// Deletes uploaded files whose retention period is over, every `interval` seconds. Reports and
/// histories are kept; a check whose files are gone says so (`upload_kept: false`).
struct RetentionSweeper: Service {
    let store: CheckStore
    let uploads: UploadStore
    let retention: Double
    let interval: Double
    let logger: Logger

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            await sweep()
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(interval)) }
        }
    }

    /// An upload's blobs are written before its check is queued; an hour covers that gap.
    static let blobGrace: Double = 3_600
    /// A staging folder lives as long as one request, a work folder as long as one check.
    static let scratchGrace: Double = 86_400

    func sweep() async {
        do {
            let expired = try await store.expireUploads(olderThan: retention)
            let deleted = uploads.deleteBlobs(except: try await store.liveDigests(), unlessNewerThan: RetentionSweeper.blobGrace)
            let scratch = uploads.removeAbandonedScratch(olderThan: RetentionSweeper.scratchGrace)
            if expired + deleted + scratch > 0 {
                logger.info("retention sweep", metadata: ["checks": "\(expired)", "blobs": "\(deleted)", "scratch": "\(scratch)"])
            }
        } catch {
            logger.error("retention sweep failed", metadata: ["error": "\(error)"])
        }
    }
}
