import Foundation

/// The findings of an earlier JSON report (`--baseline previous.json`): a run then reports only
/// the findings that are new, so CI can gate new problems on a legacy catalogue without silencing
/// the old ones. Findings match on rule, dataset, file and column — not on rows, which move.
public struct Baseline: Sendable {
    struct Key: Hashable {
        var rule: String
        var dataset: String
        var file: String?
        var column: String?
    }

    private let keys: Set<Key>

    /// Reads a report written by `--format json`.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path),
              let report = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              report["lavande_report"] != nil, let findings = report["findings"] as? [[String: Any]] else {
            throw BaselineError(path: path)
        }
        keys = Set(findings.compactMap { finding in
            guard let rule = finding["rule"] as? String, let dataset = finding["dataset"] as? String else { return nil }
            let column = finding["column"] as? [String: Any]
            return Key(rule: rule, dataset: dataset, file: finding["file"] as? String,
                       column: (column?["name"] as? String) ?? (column?["index"] as? Int).map(String.init))
        })
    }

    func isKnown(_ finding: Finding) -> Bool {
        let column = finding.location?.column.map { $0.name ?? String($0.index) }
        return keys.contains(Key(rule: finding.ruleID, dataset: finding.dataset, file: finding.file, column: column))
    }
}

/// The baseline file is not a Lavande JSON report.
public struct BaselineError: Error, CustomStringConvertible {
    public var path: String
    public var description: String { "\(path) is not a Lavande JSON report (lavande check --format json)" }
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
