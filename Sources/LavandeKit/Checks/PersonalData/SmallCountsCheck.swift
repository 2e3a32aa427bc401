import LavandeTabular

/// Counts of persons too small to publish in an aggregated table: French statistical practice
/// publishes no cell about natural persons with fewer than 11 units (DGFiP rule), since a
/// reader could tell who they are.
public struct SmallCountsCheck: ColumnTypeCheck, CheckKind {
    public static let name = "small-counts"
    public static let summary = LocalizedText(
        fr: "Signale, dans les tableaux agrégés, les effectifs de personnes inférieurs à un seuil (11 par défaut, pratique statistique française).",
        en: "Reports, in aggregated tables, counts of persons below a threshold (11 by default, French statistical practice).")
    public static let target = CheckTarget.tabularFiles
    public static let selectsColumns = true
    public static let parameters = [
        ParameterSpec("threshold", .int, default: .int(11), range: 2...1000,
                      LocalizedText(fr: "Plus petit effectif publiable.", en: "Smallest count that may be published.")),
        ParameterSpec("headers", .strings, default: .strings([]),
                      LocalizedText(fr: "En-têtes (normalisés) de colonnes qui comptent des personnes.",
                                    en: "Headers (normalised) of columns that count persons.")),
        ParameterSpec("type", .columnType, default: .string("integer"),
                      LocalizedText(fr: "Type des valeurs comptées.", en: "Type of the counted values.")),
    ]
    public static let placeholders = ["threshold", "values"]

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func makeObserver(for file: TabularFileContext, profiler: ColumnProfiler) -> TabularObserver {
        Observer(rule: rule, profiler: profiler, file: file)
    }

    private final class Observer: SplittableObserver {
        let rule: Rule
        let profiler: ColumnProfiler
        let file: TabularFileContext
        let threshold: Int
        let hints: [String]
        let type: Int?
        var columns: [Int]?
        var tallies: [Int: ValueTally] = [:]

        init(rule: Rule, profiler: ColumnProfiler, file: TabularFileContext) {
            self.rule = rule
            self.profiler = profiler
            self.file = file
            threshold = rule.parameters.int("threshold")
            hints = rule.parameters.strings("headers").map(HeaderName.normalise)
            type = profiler.catalogue.types.firstIndex { $0.id == rule.parameters.string("type") }
            if let type { profiler.readings.keep([type]) }
        }

        func record(_ record: Record, table: TableLayout) {
            guard table.role(of: record) == .data, let type else { return }
            if columns == nil {
                columns = profiler.profiles.indices.filter { index in
                    let profile = profiler.profiles[index]
                    return rule.selects(profile.column) && (profile.header.map { header in hints.contains { header.matches(hint: $0) } } ?? false)
                }
            }
            // Taken out of the property and put back after the record: a copy counted a reference
            // to its buffer for every record.
            let chosen = columns.take() ?? []
            defer { columns = chosen }
            for column in chosen {
                guard let value = profiler.readings.reading(column: column, type: type)?.ordinal, value >= 1, value < Double(threshold) else { continue }
                tallies[column, default: ValueTally()].record(
                    Location(row: record.number, line: record.line, column: profiler.profiles[column].column),
                    value: String(Int(value)), limit: file.maxExamples)
            }
        }

        func finish(facts: ByteFacts, table: TableLayout?) -> [FindingDraft] {
            tallies.keys.sorted().compactMap { column in
                guard let tally = tallies[column] else { return nil }
                let evidence = Evidence.values(tally.values, sensitive: false, showValues: file.showValues)
                return FindingDraft(location: tally.examples.first, count: tally.count, examples: tally.examples,
                                    values: ["threshold": String(threshold), "values": evidence ?? "—"], evidence: evidence)
            }
        }

        func fork(profiler: ColumnProfiler?) -> SplittableObserver {
            let fork = Observer(rule: rule, profiler: profiler!, file: file)
            fork.columns = columns
            return fork
        }

        func absorb(_ later: SplittableObserver, shift: RecordShift) {
            tallies.absorb((later as! Observer).tallies, shift: shift, limit: file.maxExamples)
        }
    }
}
