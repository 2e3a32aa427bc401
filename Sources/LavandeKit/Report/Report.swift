/// The result of a run: what was checked and what was found. Reporters render it; they never
/// compute findings. Findings are sorted (dataset, file, rule, place) so the same input gives
/// the same report, byte for byte.
public struct Report: Sendable {
    public static let formatVersion = 1

    public var tool: ToolInfo
    public var failOn: FailThreshold
    public var rules: [Rule]
    public var datasets: [DatasetSummary]
    public var findings: [Finding]
    /// Findings left out because a baseline already held them (`--baseline`).
    public var known = 0
    /// The share of the catalogue this run checked (`--shard`); nil for a whole run.
    public var shard: Shard?

    public init(tool: ToolInfo = .current, failOn: FailThreshold, rules: [Rule], datasets: [DatasetSummary], findings: [Finding]) {
        self.tool = tool
        self.failOn = failOn
        self.rules = rules
        self.datasets = datasets
        self.findings = findings.sorted(by: Finding.reportOrder)
    }

    /// Findings that fail the run: not waived, at or above the threshold.
    public var failing: [Finding] { findings.filter { !$0.isWaived && failOn.fails($0.severity) } }

    public var summary: ReportSummary { ReportSummary(self) }

    /// The findings of each dataset, in report order: one pass for the reporters that go dataset
    /// by dataset, instead of one pass over every finding per dataset.
    public var findingsByDataset: [String: [Finding]] { Dictionary(grouping: findings, by: \.dataset) }
}

/// Name and version of the tool, in every report.
public struct ToolInfo: Sendable {
    public var name: String
    public var version: String

    public static let current = ToolInfo(name: "lavande", version: "0.1.0")
}

/// Counts for the report's header and the exit code.
public struct ReportSummary: Sendable {
    public var datasets: Int
    public var files: Int
    public var rows: Int
    public var findings: Int
    public var errors: Int
    public var warnings: Int
    public var infos: Int
    public var waived: Int
    /// Findings of the baseline, not reported.
    public var known: Int
    public var failedDatasets: Int
    public var failed: Bool

    init(_ report: Report) {
        let active = report.findings.filter { !$0.isWaived }
        datasets = report.datasets.count
        files = report.datasets.reduce(0) { $0 + $1.files.count }
        rows = report.datasets.reduce(0) { $0 + $1.files.reduce(0) { $0 + ($1.rows ?? 0) } }
        findings = active.count
        errors = active.filter { $0.severity == .error }.count
        warnings = active.filter { $0.severity == .warning }.count
        infos = active.filter { $0.severity == .info }.count
        waived = report.findings.count - active.count
        known = report.known
        let failing = report.failing
        failedDatasets = Set(failing.map(\.dataset)).count
        failed = !failing.isEmpty
    }
}

/// One dataset folder of the run.
public struct DatasetSummary: Sendable {
    public var name: String
    public var files: [FileSummary]
    public var documents: [String]
    /// Which licence applies to which files, when the licence rules ran.
    public var licences: [LicenceSummary]?
}

/// One file of a dataset: how it was read.
public struct FileSummary: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        /// Read as a table.
        case checked
        /// A `.txt` file that is not delimited data: not checked.
        case notTabular = "not-tabular"
        /// Not text (see `structure.binary-content`).
        case binary
        /// Could not be read (see `structure.unreadable-file`).
        case unreadable
    }

    public var path: String
    public var status: Status
    public var size: Int?
    public var encoding: String?
    public var byteOrderMark: String?
    public var delimiter: String?
    public var quote: String?
    public var hasHeader: Bool?
    public var titleRows: Int?
    public var dialectConfidence: Double?
    /// Records, header and title rows included.
    public var rows: Int?
    public var columns: Int?
    public var header: [String]?
    /// The profile of each column, when column-type checks ran.
    public var columnProfiles: [ColumnSummary]?
}

extension Finding {
    /// The deterministic order of findings in every report.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        func key(_ finding: Finding) -> [String] {
            [finding.dataset, finding.file ?? "", finding.ruleID]
        }
        let (left, right) = (key(lhs), key(rhs))
        if left != right { return left.lexicographicallyPrecedes(right) }
        let leftPlace = [lhs.location?.row ?? 0, lhs.location?.line ?? 0, lhs.location?.column?.index ?? 0, lhs.location?.offset ?? 0]
        let rightPlace = [rhs.location?.row ?? 0, rhs.location?.line ?? 0, rhs.location?.column?.index ?? 0, rhs.location?.offset ?? 0]
        if leftPlace != rightPlace { return leftPlace.lexicographicallyPrecedes(rightPlace) }
        return lhs.message.en < rhs.message.en
    }
}
