import Foundation
import LavandeKit

/// Runs the engine over one dataset folder laid out from an upload, as `lavande check` would,
/// with the rules the service was started with. Evidence is always masked: reports are served to
/// publishers, and no report the service keeps holds personal data in clear.
public struct CheckRunner: Sendable {
    public let rules: ActiveRules
    /// Threads of one check: its files read in parallel, a large file in parts.
    public let jobs: Int

    public init(rules: ActiveRules, jobs: Int) {
        self.rules = rules
        self.jobs = jobs
    }

    /// The report of the datasets under `root` (which holds one folder per dataset).
    func run(root: String) async throws -> Report {
        let catalogue = try DatasetScanner().scan(paths: [root])
        let engine = Engine(rules: rules, options: EngineOptions(maxExamples: 5, jobs: jobs, failOn: .error, showValues: false))
        return await engine.run(catalogue)
    }

    /// What the store keeps of a report.
    static func outcome(of report: Report) -> CheckOutcome {
        func json(_ language: Language) -> String {
            JSONReporter().render(report, options: ReportOptions(language: language, color: false))
        }
        let keys = Set(report.findings.map { FindingIdentity($0).key }).sorted()
        return .done(reportEnglish: json(.en), reportFrench: json(.fr), summary: CheckSummary(report), findingKeys: keys)
    }
}
