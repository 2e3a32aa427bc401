import LavandeKit

/// The figures of a finished check, kept beside its report so that statuses, histories and badges
/// never need the report itself.
public struct CheckSummary: Sendable, Codable, Equatable {
    public var verdict: CheckVerdict
    public var files: Int
    public var rows: Int
    public var findings: Int
    public var errors: Int
    public var warnings: Int
    public var infos: Int

    public init(verdict: CheckVerdict, files: Int, rows: Int, findings: Int, errors: Int, warnings: Int, infos: Int) {
        self.verdict = verdict
        self.files = files
        self.rows = rows
        self.findings = findings
        self.errors = errors
        self.warnings = warnings
        self.infos = infos
    }

    /// The figures of an engine report: it fails as the report fails (`--fail-on`), else it passes
    /// with warnings when any warning is left.
    public init(_ report: Report) {
        let summary = report.summary
        let verdict: CheckVerdict = summary.failed ? .fail : summary.warnings > 0 ? .warnings : .pass
        self.init(verdict: verdict, files: summary.files, rows: summary.rows, findings: summary.findings,
                  errors: summary.errors, warnings: summary.warnings, infos: summary.infos)
    }
}
