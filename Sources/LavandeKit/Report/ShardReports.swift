/// The JSON reports of the shards of one run (`lavande check --shard I/N`, one report per shard),
/// checked to belong together, and their join: the report of the whole run (`lavande merge`).
///
/// They belong together when they were written by the same version of Lavande, in the same
/// language, with the same shard count, each shard once, each dataset once, and every shard is
/// there (unless a partial join is allowed). A report written without `--shard` counts as shard
/// 1/1: merging it alone renders it again, in any format.
public struct ShardReports: Sendable {
    /// A report and the file it was read from, for messages.
    public struct Member: Sendable {
        public var file: String
        public var report: JSONReport

        public init(file: String, report: JSONReport) {
            self.file = file
            self.report = report
        }
    }

    private let members: [Member]
    /// The shards of the run that no report holds (only when a partial join is allowed).
    public let missing: [Shard]

    /// Checks that the reports belong together; the first problem found is thrown.
    public init(_ members: [Member], allowPartial: Bool) throws(ShardReportsError) {
        guard let first = members.first else { throw ShardReportsError(file: nil, problem: "no report to merge") }
        let count = ShardReports.shard(of: first).count
        var shardFiles: [Int: String] = [:]
        var datasetFiles: [String: String] = [:]
        for member in members {
            let shard = ShardReports.shard(of: member)
            func problem(_ text: String) -> ShardReportsError { ShardReportsError(file: member.file, problem: text) }
            let (version, firstVersion) = (member.report.report.tool.version, first.report.report.tool.version)
            if version != firstVersion {
                throw problem("written by lavande \(version), \(first.file) by lavande \(firstVersion): merge the reports of one version")
            }
            let (language, firstLanguage) = (member.report.language, first.report.language)
            if language != firstLanguage {
                throw problem("its messages are in \(language.rawValue), those of \(first.file) in \(firstLanguage.rawValue): check every shard with the same --lang")
            }
            if shard.count != count {
                throw problem("holds \(ShardReports.describe(member)), and \(first.file) \(ShardReports.describe(first)): the shards of one run have the same count")
            }
            if let other = shardFiles.updateValue(member.file, forKey: shard.index) {
                throw problem("holds \(ShardReports.describe(member)), and so does \(other): give each shard once")
            }
            for dataset in member.report.report.datasets {
                if let other = datasetFiles.updateValue(member.file, forKey: dataset.name) {
                    throw problem("dataset '\(dataset.name)' is also in \(other): were the shards checked with the same paths?")
                }
            }
        }
        let missing = (1...count).filter { shardFiles[$0] == nil }.compactMap { Shard(index: $0, count: count) }
        if !missing.isEmpty && !allowPartial {
            throw ShardReportsError(file: nil, problem: "\(ShardReports.list(missing)) missing: give the report of every shard, or --allow-partial")
        }
        self.members = members
        self.missing = missing
    }

    /// The report of the whole run: every dataset (by name, the checked root first, as `check`
    /// orders them) and every finding (each dataset's in the order of its shard's report, so
    /// the order does not depend on the language the messages were kept in), the `known`
    /// findings summed, judged with `failOn`, with the rules in force for the formats that show them.
    public func merged(failOn: FailThreshold, rules: [Rule]) -> JSONReport {
        let first = members[0].report
        let datasets = members.flatMap(\.report.report.datasets)
            .sorted { $0.name == "." || ($1.name != "." && $0.name < $1.name) }
        var report = Report(tool: first.report.tool, failOn: failOn, rules: rules, datasets: datasets, findings: [])
        let byDataset = Dictionary(grouping: members.flatMap(\.report.report.findings), by: \.dataset)
        report.findings = byDataset.keys.sorted().flatMap { byDataset[$0]! }
        report.known = members.reduce(0) { $0 + $1.report.report.known }
        return JSONReport(report: report, language: first.language)
    }

    private static func shard(of member: Member) -> Shard {
        member.report.report.shard ?? Shard(index: 1, count: 1)!
    }

    private static func describe(_ member: Member) -> String {
        member.report.report.shard.map { "shard \($0)" } ?? "a whole run (checked without --shard)"
    }

    /// `shard 2/3 is`, `shards 2/5, 4/5 are`.
    private static func list(_ shards: [Shard]) -> String {
        (shards.count == 1 ? "shard " : "shards ") + shards.map(\.description).joined(separator: ", ") + (shards.count == 1 ? " is" : " are")
    }
}

/// Why reports cannot be merged.
public struct ShardReportsError: Error, CustomStringConvertible {
    /// The report at fault, when one is.
    public var file: String?
    public var problem: String

    public var description: String { file.map { "\($0): \(problem)" } ?? problem }
}
