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

    func sweep() async {
        do {
            let expired = try await store.expireUploads(olderThan: retention)
            let deleted = uploads.delete(expired, unlessNewerThan: retention)
            if deleted > 0 { logger.info("uploads past their retention deleted", metadata: ["blobs": "\(deleted)"]) }
        } catch {
            logger.error("retention sweep failed", metadata: ["error": "\(error)"])
        }
    }
}
