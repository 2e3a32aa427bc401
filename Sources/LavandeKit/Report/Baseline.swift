/// The findings of an earlier JSON report (`--baseline previous.json`): a run then reports only
/// the findings that are new, so CI can gate new problems on a legacy catalogue without silencing
/// the old ones. Findings match on rule, dataset, file and column — not on rows, which move.
public struct Baseline: Sendable {
    private let keys: Set<FindingIdentity>

    /// Reads a report written by `--format json`.
    public init(contentsOf path: String) throws(JSONReportError) {
        keys = Set(try JSONReport(contentsOf: path).report.findings.map(FindingIdentity.init))
    }

    func isKnown(_ finding: Finding) -> Bool {
        keys.contains(FindingIdentity(finding))
    }
}

extension Report {
    /// The report without the findings the baseline already holds; `known` counts them.
    public func excluding(_ baseline: Baseline) -> Report {
        var report = self
        report.findings = findings.filter { !baseline.isKnown($0) }
        report.known = findings.count - report.findings.count
        return report
    }
}
