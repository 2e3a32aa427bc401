/// Everything `lavande serve` is configured with (flags and `LAVANDE_*` environment variables).
public struct ServiceSettings: Sendable {
    /// Holds the SQLite file (unless `databaseURL` is set) and the upload store.
    public var dataDirectory: String
    /// A `postgres://` URL: the shared store for workers on several machines.
    public var databaseURL: String?
    public var host: String
    public var port: Int
    /// Whether this process answers the API; `--worker` processes answer only health,
    /// readiness and metrics (for probes and scrapers).
    public var servesAPI: Bool
    /// Workers in this process.
    public var workers: Int
    /// Threads of one check in a worker: its files read in parallel, a large file in parts.
    public var jobsPerCheck: Int
    public var worker: WorkerSettings
    public var limits: UploadLimits
    /// Seconds uploaded files are kept after their check finished.
    public var uploadRetention: Double
    /// Seconds between two retention sweeps.
    public var sweepInterval: Double

    public init(dataDirectory: String = "lavande-data", databaseURL: String? = nil, host: String = "127.0.0.1", port: Int = 8080,
                servesAPI: Bool = true, workers: Int = 1, jobsPerCheck: Int = 1, worker: WorkerSettings = WorkerSettings(),
                limits: UploadLimits = UploadLimits(), uploadRetention: Double = 30 * 86_400, sweepInterval: Double = 3_600) {
        self.dataDirectory = dataDirectory
        self.databaseURL = databaseURL
        self.host = host
        self.port = port
        self.servesAPI = servesAPI
        self.workers = workers
        self.jobsPerCheck = jobsPerCheck
        self.worker = worker
        self.limits = limits
        self.uploadRetention = uploadRetention
        self.sweepInterval = sweepInterval
    }

    /// Where the SQLite file is, when the store is SQLite.
    public var sqlitePath: String { dataDirectory + "/lavande.sqlite" }
    public var uploadsDirectory: String { dataDirectory + "/uploads" }
}
