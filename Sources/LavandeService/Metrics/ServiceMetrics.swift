import Metrics
import Prometheus

/// The service's metrics, in a registry of its own (so that several services can live in one
/// process, as in tests), recorded through swift-metrics and exposed in Prometheus's text format.
public final class ServiceMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory
    private let submitted: Metrics.Counter
    private let rejected: Metrics.Counter
    private let statusGauges: [CheckStatus: Metrics.Gauge]

    public init() {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [.milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
                                                   .seconds(2), .seconds(5), .seconds(10), .seconds(30), .seconds(60),
                                                   .seconds(120), .seconds(300), .seconds(900)]
        self.factory = factory
        submitted = Metrics.Counter(label: "lavande_checks_submitted_total", factory: factory)
        rejected = Metrics.Counter(label: "lavande_uploads_rejected_total", factory: factory)
        statusGauges = Dictionary(uniqueKeysWithValues: CheckStatus.allCases.map {
            ($0, Metrics.Gauge(label: "lavande_checks", dimensions: [("status", $0.rawValue)], factory: factory))
        })
    }

    func checkSubmitted() { submitted.increment() }

    func uploadRejected() { rejected.increment() }

    /// A worker finished a check: its outcome and how long the engine took.
    func checkFinished(_ status: CheckStatus, seconds: Double) {
        Metrics.Counter(label: "lavande_checks_finished_total", dimensions: [("outcome", status.rawValue)], factory: factory).increment()
        Metrics.Timer(label: "lavande_check_duration_seconds", dimensions: [("outcome", status.rawValue)], factory: factory)
            .recordNanoseconds(Int64(seconds * 1e9))
    }

    /// The text for `/metrics`, with the checks per status as the store counts them (every
    /// worker of every machine, not only this process's).
    func exposition(countsByStatus counts: [CheckStatus: Int]) -> String {
        for (status, gauge) in statusGauges { gauge.record(counts[status] ?? 0) }
        return registry.emitToString()
    }
}
