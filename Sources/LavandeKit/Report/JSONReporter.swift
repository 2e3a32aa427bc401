/// The versioned machine report (`"lavande_report": 1`), documented in `docs/report.md` and
/// `docs/report.schema.json`. Messages and help are in the report's language.
public struct JSONReporter: Reporter {
    public static let identifier = "json"
    public static let fileExtension = "json"

    public init() {}

    public func render(_ report: Report, options: ReportOptions) -> String {
        document(report, options: options).serialized() + "\n"
    }

    public func document(_ report: Report, options: ReportOptions) -> JSONValue {
        let summary = report.summary
        let failingDatasets = Set(report.failing.map(\.dataset))
        let shard: [(String, JSONValue)] = report.shard.map { [("shard", .object([("index", .int($0.index)), ("count", .int($0.count))]))] } ?? []
        return .object([
            ("lavande_report", .int(Report.formatVersion)),
            ("tool", .object([("name", .string(report.tool.name)), ("version", .string(report.tool.version))])),
            ("language", .string(options.language.rawValue)),
        ] + shard + [
            ("summary", .object([
                ("status", .string(summary.failed ? "fail" : "pass")),
                ("fail_on", .string(report.failOn.rawValue)),
                ("datasets", .int(summary.datasets)),
                ("failed_datasets", .int(summary.failedDatasets)),
                ("files", .int(summary.files)),
                ("rows", .int(summary.rows)),
                ("findings", .int(summary.findings)),
                ("errors", .int(summary.errors)),
                ("warnings", .int(summary.warnings)),
                ("infos", .int(summary.infos)),
                ("waived", .int(summary.waived)),
                ("known", .int(summary.known)),
            ])),
            ("datasets", .array(report.datasets.map { dataset in
                .object([
                    ("name", .string(dataset.name)),
                    ("status", .string(failingDatasets.contains(dataset.name) ? "fail" : "pass")),
                    ("documents", .array(dataset.documents.map(JSONValue.string))),
                    ("files", .array(dataset.files.map(file))),
                ] + (dataset.licences.map { [("licences", .array($0.map { licence($0, language: options.language) }))] } ?? []))
            })),
            ("findings", .array(report.findings.map { finding($0, language: options.language) })),
        ])
    }

    private func file(_ file: FileSummary) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("path", .string(file.path)),
            ("status", .string(file.status.rawValue)),
            ("size", .optional(file.size)),
            ("encoding", .optional(file.encoding)),
            ("bom", .optional(file.byteOrderMark)),
        ]
        if let delimiter = file.delimiter {
            pairs.append(("dialect", .object([
                ("delimiter", .string(delimiter)),
                ("quote", .optional(file.quote)),
                ("header", .bool(file.hasHeader ?? true)),
                ("title_rows", .int(file.titleRows ?? 0)),
                ("confidence", .double(file.dialectConfidence ?? 0)),
            ])))
        }
        pairs.append(("rows", .optional(file.rows)))
        pairs.append(("columns", .optional(file.columns)))
        if let header = file.header { pairs.append(("header", .array(header.map(JSONValue.string)))) }
        if let profiles = file.columnProfiles { pairs.append(("column_profiles", .array(profiles.map(profile)))) }
        return .object(pairs)
    }

    private func licence(_ licence: LicenceSummary, language: Language) -> JSONValue {
        .object([
            ("files", .array(licence.files.map(JSONValue.string))),
            ("licences", .array(licence.licences.map(JSONValue.string))),
            ("declared_in", .array(licence.declaredIn.map(JSONValue.string))),
            ("obligations", .optional(licence.obligations?[language])),
        ])
    }

    private func profile(_ profile: ColumnSummary) -> JSONValue {
        .object([
            ("column", column(profile.column)),
            ("type", .optional(profile.type)),
            ("filled", .int(profile.filled)),
            ("empty", .int(profile.empty)),
            ("missing", .int(profile.missing)),
            ("distinct", .int(profile.distinct)),
            ("minimum", .optional(profile.minimum)),
            ("maximum", .optional(profile.maximum)),
            ("shares", .object(profile.shares.map { ($0.type, JSONValue.double($0.share)) })),
            ("examples", .array(profile.examples.map(JSONValue.string))),
        ])
    }

    private func finding(_ finding: Finding, language: Language) -> JSONValue {
        .object([
            ("rule", .string(finding.ruleID)),
            ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message[language])),
            ("help", .string(finding.help[language])),
            ("dataset", .string(finding.dataset)),
            ("file", .optional(finding.file)),
            ("row", .optional(finding.location?.row)),
            ("line", .optional(finding.location?.line)),
            ("column", finding.location?.column.map(column) ?? .null),
            ("offset", .optional(finding.location?.offset)),
            ("byte_column", .optional(finding.location?.byteColumn)),
            ("count", .int(finding.count)),
            ("examples", .array(finding.examples.map(location))),
            ("evidence", .optional(finding.evidence)),
            ("waived", .bool(finding.isWaived)),
            ("waiver_reason", .optional(finding.waiver)),
        ])
    }

    private func column(_ column: ColumnRef) -> JSONValue {
        .object([("index", .int(column.index)), ("name", .optional(column.name))])
    }

    private func location(_ location: Location) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        if let row = location.row { pairs.append(("row", .int(row))) }
        if let line = location.line { pairs.append(("line", .int(line))) }
        if let column = location.column { pairs.append(("column", self.column(column))) }
        if let offset = location.offset { pairs.append(("offset", .int(offset))) }
        if let byteColumn = location.byteColumn { pairs.append(("byte_column", .int(byteColumn))) }
        return .object(pairs)
    }
}
