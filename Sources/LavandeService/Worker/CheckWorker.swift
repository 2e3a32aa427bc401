import Foundation
import LavandeKit
import Logging
import ServiceLifecycle

/// Takes checks from the store and runs them, one at a time, until the service shuts down. On a
/// graceful shutdown it stops taking checks, lets the running one finish within the grace
/// period, and otherwise gives it back to the queue for another worker. Run by a `WorkerPool`.
public struct CheckWorker: Sendable {
    /// Unique among workers: host, process and number (`web-1:4123:w2`).
    public let name: String
    let store: CheckStore
    let uploads: UploadStore
    let runner: CheckRunner
    /// Scratch space where uploads are laid out as dataset folders while they are checked.
    let workRoot: String
    let settings: WorkerSettings
    let metrics: ServiceMetrics
    let logger: Logger

    public init(name: String, store: CheckStore, uploads: UploadStore, runner: CheckRunner, workRoot: String,
                settings: WorkerSettings, metrics: ServiceMetrics, logger: Logger) {
        self.name = name
        self.store = store
        self.uploads = uploads
        self.runner = runner
        self.workRoot = workRoot
        self.settings = settings
        self.metrics = metrics
        var logger = logger
        logger[metadataKey: "worker"] = .string(name)
        self.logger = logger
    }

    public func run() async throws {
        logger.info("worker started")
        var failures = 0
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            let claim: CheckClaim?
            do {
                claim = try await store.claim(worker: name, lease: settings.lease, maxAttempts: settings.maxAttempts)
                failures = 0
            } catch {
                failures += 1
                logger.error("cannot take a check from the store", metadata: ["error": "\(error)", "failures": "\(failures)"])
                claim = nil
            }
            if let claim {
                await hold(claim)
            } else {
                // An unreachable store is asked again less and less often, up to every 30 s.
                let pause = min(settings.pollInterval * Double(1 << min(failures, 10)), max(settings.pollInterval, 30))
                try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(pause)) }
            }
        }
        logger.info("worker stopped")
    }

    /// Runs a claimed check while renewing its lease; gives it back when a shutdown's grace
    /// period ends first.
    private func hold(_ claim: CheckClaim) async {
        var logger = logger
        logger[metadataKey: "check"] = .string(claim.check.id)
        logger.info("check claimed", metadata: ["attempt": "\(claim.check.attempts)", "dataset": .string(claim.check.dataset)])
        let heartbeat = Task { [store, settings] in
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(settings.lease / 3))
                guard !Task.isCancelled else { return }
                do {
                    guard try await store.renew(claim, lease: settings.lease) else {
                        logger.warning("lease lost: another worker took the check; this run's result will be dropped")
                        return
                    }
                } catch {
                    logger.warning("cannot renew the lease; trying again", metadata: ["error": "\(error)"])
                }
            }
        }
        defer { heartbeat.cancel() }
        let started = ContinuousClock.now
        let job = Task { await execute(claim, logger: logger) }
        let finished = await firstOf(job: job, gracePeriod: settings.shutdownGrace)
        guard let outcome = finished else {
            logger.warning("shutdown: the check is given back to the queue")
            do {
                try await store.release(claim)
            } catch {
                logger.error("cannot give the check back; its lease will expire and another worker will take it",
                             metadata: ["error": "\(error)"])
            }
            return
        }
        let elapsed = started.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        do {
            if try await store.complete(claim, outcome) {
                let status: CheckStatus = if case .done = outcome { .done } else { .failed }
                metrics.checkFinished(status, seconds: seconds)
                logger.info("check finished", metadata: ["status": .string(status.rawValue), "seconds": "\(seconds)"])
            } else {
                logger.warning("check finished after its lease was lost: the result is dropped")
            }
        } catch {
            logger.error("cannot store the result; the lease will expire and another worker will take it", metadata: ["error": "\(error)"])
        }
    }

    /// The job's outcome, or nil when a graceful shutdown's grace period ended before it.
    private func firstOf(job: Task<CheckOutcome, Never>, gracePeriod: Double) async -> CheckOutcome? {
        let first = FirstResult<CheckOutcome?>()
        let deadline = Task {
            // Returns at a graceful shutdown; throws when cancelled (the job ended first).
            guard (try? await gracefulShutdown()) != nil else { return }
            try? await Task.sleep(for: .seconds(gracePeriod))
            first.offer(nil)
        }
        let relay = Task { first.offer(await job.value) }
        let outcome = await first.value()
        deadline.cancel()
        relay.cancel()
        return outcome
    }

    /// Lays the upload out, runs the engine, and cleans up; never throws: what goes wrong is the
    /// check's failure.
    private func execute(_ claim: CheckClaim, logger: Logger) async -> CheckOutcome {
        let check = claim.check
        let root = workRoot + "/" + check.id + "-" + claim.token
        defer { try? FileManager.default.removeItem(atPath: root) }
        do {
            guard uploads.holds(check.files) else {
                return .failed(reason: "the uploaded files are no longer kept (retention period over)")
            }
            let folder = root + "/" + (try UploadPath.name(check.dataset, field: "dataset"))
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try uploads.materialise(check.files, into: folder)
            let report = try await runner.run(root: root)
            return CheckRunner.outcome(of: report)
        } catch {
            logger.error("check failed", metadata: ["error": "\(error)"])
            return .failed(reason: "\(error)")
        }
    }
}
