import ArgumentParser
import Foundation
import LavandeKit
import LavandeService
import Logging

/// `lavande serve [run]`: the API and workers, until SIGTERM or SIGINT.
struct ServeRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Serve the HTTP API and run workers (the default of lavande serve).",
        discussion: """
            The API answers under /v1 (OpenAPI document at /v1/openapi.json), metrics at /metrics. \
            With --worker, the process runs workers and answers only health, readiness and metrics: start several, \
            on several machines, against one --database (give each its own --port, or 0, on a shared machine). \
            SIGTERM or SIGINT stops it gracefully: running checks finish within --shutdown-grace or go back to the queue.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var rules: RuleOptions

    @Option(help: ArgumentHelp("Address to listen on (LAVANDE_HOST; default: 127.0.0.1).", valueName: "host"))
    var host: String?

    @Option(help: ArgumentHelp("Port to listen on, 0 for any free one (LAVANDE_PORT; default: 8080).", valueName: "port"))
    var port: Int?

    @Flag(help: "Run workers only: the HTTP port then answers only /v1/health, /v1/ready and /metrics.")
    var worker = false

    @Option(help: ArgumentHelp("Workers in this process, each running one check at a time (LAVANDE_WORKERS; default: 1; 0 for the API alone).",
                               valueName: "n"))
    var workers: Int?

    @Option(help: ArgumentHelp("Threads of one check: its files read in parallel, a large file in parts (LAVANDE_JOBS; default: 1).", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("Seconds a worker's claim on a check holds without renewal; a check whose worker died is taken again after it (LAVANDE_LEASE; default: 60).",
                               valueName: "seconds"))
    var lease: Double?

    @Option(help: ArgumentHelp("Claims of one check that may end without a result (worker died or lost its lease) before it is failed; checks given back at a shutdown do not count (LAVANDE_MAX_ATTEMPTS; default: 3).", valueName: "n"))
    var maxAttempts: Int?

    @Option(help: ArgumentHelp("Seconds between two looks at an empty queue (LAVANDE_POLL_INTERVAL; default: 0.5).", valueName: "seconds"))
    var pollInterval: Double?

    @Option(help: ArgumentHelp("Seconds a running check may go on after SIGTERM before it is given back to the queue (LAVANDE_SHUTDOWN_GRACE; default: 30).",
                               valueName: "seconds"))
    var shutdownGrace: Double?

    @Option(help: ArgumentHelp("Largest request body, in MiB (LAVANDE_MAX_UPLOAD_MB; default: 512).", valueName: "mib"))
    var maxUploadMb: Int?

    @Option(help: ArgumentHelp("Most files in one upload, zips expanded (LAVANDE_MAX_FILES; default: 1000).", valueName: "n"))
    var maxFiles: Int?

    @Option(help: ArgumentHelp("Largest size of an upload's files once expanded, in MiB (LAVANDE_MAX_EXPANDED_MB; default: 2048).", valueName: "mib"))
    var maxExpandedMb: Int?

    @Option(help: ArgumentHelp("Largest expansion ratio of a zip entry over 1 MiB (LAVANDE_MAX_RATIO; default: 200).", valueName: "n"))
    var maxRatio: Int?

    @Option(help: ArgumentHelp("Days uploaded files are kept after their check finished; reports are kept (LAVANDE_RETENTION_DAYS; default: 30).",
                               valueName: "days"))
    var retentionDays: Double?

    @Option(help: ArgumentHelp("Logs on standard error: text or json (LAVANDE_LOG_FORMAT; default: text).", valueName: "format"))
    var logFormat: String?

    @Option(help: ArgumentHelp("trace, debug, info, notice, warning, error or critical (LAVANDE_LOG_LEVEL; default: info).", valueName: "level"))
    var logLevel: String?

    func run() async throws {
        let settings = try makeSettings()
        let logger = try makeLogger()
        let active = try rules.activeRules(near: nil)
        let server = LavandeServer(settings: settings, rules: active, logger: logger)
        do {
            try await server.run { port in
                logger.info("listening", metadata: ["address": "http://\(settings.host):\(port)"])
            }
        } catch let error as StoreLocationError {
            throw UsageError(message: error.description)
        }
    }

    private func makeSettings() throws -> ServiceSettings {
        var settings = ServiceSettings(dataDirectory: try store.dataDirectory(), databaseURL: store.databaseURL())
        settings.host = try Setting.value(host, "LAVANDE_HOST", default: settings.host)
        settings.port = try Setting.value(port, "LAVANDE_PORT", default: settings.port)
        settings.servesAPI = !worker
        settings.workers = try Setting.value(workers, "LAVANDE_WORKERS", default: 1)
        settings.jobsPerCheck = try Setting.value(jobs, "LAVANDE_JOBS", default: 1)
        settings.worker.lease = try Setting.value(lease, "LAVANDE_LEASE", default: settings.worker.lease)
        settings.worker.maxAttempts = try Setting.value(maxAttempts, "LAVANDE_MAX_ATTEMPTS", default: settings.worker.maxAttempts)
        settings.worker.pollInterval = try Setting.value(pollInterval, "LAVANDE_POLL_INTERVAL", default: settings.worker.pollInterval)
        settings.worker.shutdownGrace = try Setting.value(shutdownGrace, "LAVANDE_SHUTDOWN_GRACE", default: settings.worker.shutdownGrace)
        settings.limits.maxRequestBytes = try Setting.value(maxUploadMb, "LAVANDE_MAX_UPLOAD_MB", default: settings.limits.maxRequestBytes >> 20) << 20
        settings.limits.maxFiles = try Setting.value(maxFiles, "LAVANDE_MAX_FILES", default: settings.limits.maxFiles)
        settings.limits.maxExpandedBytes = try Setting.value(maxExpandedMb, "LAVANDE_MAX_EXPANDED_MB",
                                                             default: settings.limits.maxExpandedBytes >> 20) << 20
        settings.limits.maxRatio = try Setting.value(maxRatio, "LAVANDE_MAX_RATIO", default: settings.limits.maxRatio)
        settings.uploadRetention = try Setting.value(retentionDays, "LAVANDE_RETENTION_DAYS", default: settings.uploadRetention / 86_400) * 86_400
        guard (0...65_535).contains(settings.port) else { throw UsageError(message: "--port must be between 0 and 65535") }
        guard settings.workers >= 0, settings.jobsPerCheck >= 1, settings.worker.maxAttempts >= 1 else {
            throw UsageError(message: "--workers must be 0 or more, --jobs and --max-attempts 1 or more")
        }
        guard settings.worker.lease >= 1, settings.worker.pollInterval > 0, settings.worker.shutdownGrace >= 0 else {
            throw UsageError(message: "--lease must be at least 1 second, --poll-interval more than 0, --shutdown-grace 0 or more")
        }
        guard settings.limits.maxRequestBytes > 0, settings.limits.maxFiles > 0, settings.limits.maxExpandedBytes > 0,
              settings.limits.maxRatio > 0, settings.uploadRetention >= 0 else {
            throw UsageError(message: "upload limits must be more than 0, --retention-days 0 or more")
        }
        if worker && settings.workers == 0 { throw UsageError(message: "--worker with --workers 0 would do nothing") }
        return settings
    }

    /// Bootstraps swift-log once for the process and gives the service's logger.
    private func makeLogger() throws -> Logger {
        let format = try Setting.value(logFormat, "LAVANDE_LOG_FORMAT", default: "text")
        let levelName = try Setting.value(logLevel, "LAVANDE_LOG_LEVEL", default: "info")
        guard let level = Logger.Level(rawValue: levelName) else { throw UsageError(message: "unknown log level \(levelName)") }
        switch format {
        case "json": LoggingSystem.bootstrap { JSONLogHandler(label: $0) }
        case "text": LoggingSystem.bootstrap(StreamLogHandler.standardError)
        default: throw UsageError(message: "--log-format must be text or json")
        }
        var logger = Logger(label: "lavande")
        logger.logLevel = level
        return logger
    }
}
