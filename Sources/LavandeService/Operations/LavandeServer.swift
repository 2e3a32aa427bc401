import Foundation
import Hummingbird
import LavandeKit
import Logging
import NIOConcurrencyHelpers
import ServiceLifecycle

/// `lavande serve`: the HTTP API, the workers and the retention sweeper of one process, run
/// until SIGTERM or SIGINT (or `shutdown()`), then stopped gracefully: the server stops taking
/// requests, workers finish or give back their checks, the store closes last.
public final class LavandeServer: Sendable {
    public let settings: ServiceSettings
    public let rules: ActiveRules
    public let metrics = ServiceMetrics()
    private let logger: Logger
    private let group = NIOLockedValueBox<ServiceGroup?>(nil)
    private let stopRequested = NIOLockedValueBox(false)

    public init(settings: ServiceSettings, rules: ActiveRules, logger: Logger) {
        self.settings = settings
        self.rules = rules
        self.logger = logger
    }

    /// Runs until shut down; `onListening` gets the HTTP port (useful with port 0).
    public func run(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await StoreConnection.withStore(settings, logger: logger) { [self] store in
            let uploads = try UploadStore(root: settings.uploadsDirectory)
            let workRoot = uploads.work + "/\(getpid())-" + RandomID.base32(bytes: 5)
            defer { try? FileManager.default.removeItem(atPath: workRoot) }
            let services = makeServices(store: store, uploads: uploads, workRoot: workRoot, onListening: onListening)
            let serviceGroup = ServiceGroup(configuration: ServiceGroupConfiguration(
                services: services.map { ServiceGroupConfiguration.ServiceConfiguration(service: $0) },
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger
            ))
            group.withLockedValue { $0 = serviceGroup }
            if stopRequested.withLockedValue({ $0 }) { await serviceGroup.triggerGracefulShutdown() }
            logger.info("lavande serve started", metadata: [
                "store": .string(settings.databaseURL == nil ? "sqlite" : "postgres"),
                "workers": "\(settings.workers)", "api": "\(settings.servesAPI)",
            ])
            try await serviceGroup.run()
        }
    }

    /// Asks for a graceful shutdown, as SIGTERM does.
    public func shutdown() async {
        stopRequested.withLockedValue { $0 = true }
        await group.withLockedValue { $0 }?.triggerGracefulShutdown()
    }

    private func makeServices(store: CheckStore, uploads: UploadStore, workRoot: String,
                              onListening: @escaping @Sendable (Int) async -> Void) -> [any Service] {
        let host = ProcessInfo.processInfo.hostName
        let workers = (0..<settings.workers).map { number in
            CheckWorker(name: "\(host):\(getpid()):w\(number + 1)", store: store, uploads: uploads,
                        runner: CheckRunner(rules: rules, jobs: settings.jobsPerCheck), workRoot: workRoot,
                        settings: settings.worker, metrics: metrics, logger: logger)
        }
        // Stopped in reverse order: the HTTP server first, the workers last.
        var services: [any Service] = [WorkerPool(workers: workers)]
        services.append(RetentionSweeper(store: store, uploads: uploads, retention: settings.uploadRetention,
                                         interval: settings.sweepInterval, logger: logger))
        let api = ServiceAPI(store: store, uploads: uploads, limits: settings.limits, rules: rules, metrics: metrics)
        services.append(Application(
            router: api.router(includingAPI: settings.servesAPI),
            configuration: ApplicationConfiguration(address: .hostname(settings.host, port: settings.port), serverName: "lavande"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: logger
        ))
        return services
    }
}
