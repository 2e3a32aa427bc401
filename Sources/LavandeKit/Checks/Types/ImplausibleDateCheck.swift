import LavandeTabular

/// Dates whose year is not believable in open data: placeholders like `01/01/1900` (the first day
/// of spreadsheets) or `31/12/2099` and `9999`, typed for "unknown".
public struct ImplausibleDateCheck: ColumnTypeCheck, CheckKind {
    public static let name = "implausible-dates"
    public static let summary = LocalizedText(
        fr: "Signale les dates d'une année invraisemblable (1900, 2099, 9999…), souvent mises pour « inconnue ».",
        en: "Reports dates in an implausible year (1900, 2099, 9999…), often typed for \"unknown\".")
    public static let target = CheckTarget.tabularFiles
    public static let selectsColumns = true
    public static let parameters = [
        ParameterSpec("min-year", .int, default: .int(1901), range: 0...9999,
                      LocalizedText(fr: "Première année vraisemblable.", en: "First plausible year.")),
        ParameterSpec("max-year", .int, default: .int(2098), range: 0...9999,
                      LocalizedText(fr: "Dernière année vraisemblable.", en: "Last plausible year.")),
        ParameterSpec("types", .columnTypes, default: .strings(["date", "datetime"]),
                      LocalizedText(fr: "Types de colonne concernés.", en: "Column types the rule is about.")),
    ]
    public static let placeholders = ["min-year", "max-year", "values"]

    public static func validate(_ parameters: Parameters) -> [String] {
        parameters.int("min-year") <= parameters.int("max-year") ? [] : ["with.min-year must not be after with.max-year"]
    }

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func makeObserver(for file: TabularFileContext, profiler: ColumnProfiler) -> TabularObserver {
        Observer(rule: rule, profiler: profiler, file: file)
    }

    private final class Observer: SplittableObserver {
        let rule: Rule
        let profiler: ColumnProfiler
        let file: TabularFileContext
        let years: ClosedRange<Int>
        let types: [Int]
        /// Per column (0-based) and type: the implausible dates.
        var tallies: [Int: [Int: ValueTally]] = [:]
        /// The columns that may hold a date of the rule's types: those where the profiler still
        /// reads one of them (it reads fewer and fewer types as it learns a column). Worked out at
        /// the first data record and every 1,024 records after it.
        private var columns: [Int]?

        init(rule: Rule, profiler: ColumnProfiler, file: TabularFileContext) {
            self.rule = rule
            self.profiler = profiler
            self.file = file
            years = rule.parameters.int("min-year")...rule.parameters.int("max-year")
            let ids = rule.parameters.strings("types")
            types = profiler.catalogue.types.indices.filter { ids.contains(profiler.catalogue.types[$0].id) }
            profiler.readings.keep(types)
        }

        func record(_ record: Record, table: TableLayout) {
            guard table.role(of: record) == .data else { return }
            if columns == nil || record.number % 1024 == 0 { chooseColumns() }
            // Taken out of the property and put back after the record: a copy counted a reference
            // to its buffer for every record.
            let chosen = columns.take() ?? []
            defer { columns = chosen }
            for column in chosen where column < profiler.readings.columnCount {
                for (type, reading) in profiler.readings.readings(column: column) {
                    guard let year = reading.year, !years.contains(year), types.contains(type) else { continue }
                    count(record, column: column, type: type, table: table)
                }
            }
        }

        private func chooseColumns() {
            let profiles = profiler.profiles
            columns = profiles.indices.filter { column in types.contains { profiles[column].isCandidate($0) } }
        }

        /// Counts an implausible date. Apart from the loop over the readings, which then reads
        /// no variable of the observer (each access to one is a dynamic exclusivity check).
        @inline(never)
        private func count(_ record: Record, column: Int, type: Int, table: TableLayout) {
            tallies[column, default: [:]][type, default: ValueTally()]
                .record(Location(row: record.number, line: record.line, column: profiler.profiles[column].column),
                        value: TextDecoding.string(record.fields[column], encoding: table.info.recordEncoding),
                        limit: file.maxExamples)
        }

        func finish(facts: ByteFacts, table: TableLayout?) -> [FindingDraft] {
            TypedColumns(rule: rule, types: rule.parameters.strings("types")).bindings(in: profiler).compactMap { profile, type in
                guard let column = profiler.profiles.firstIndex(where: { $0.column == profile.column }),
                      let tally = tallies[column]?[type] else { return nil }
                let evidence = Evidence.values(tally.values, sensitive: false, showValues: file.showValues)
                return FindingDraft(location: tally.examples.first, count: tally.count, examples: tally.examples,
                                    values: ["min-year": String(years.lowerBound), "max-year": String(years.upperBound),
                                             "values": evidence ?? "—"],
                                    evidence: evidence)
            }
        }

        func fork(profiler: ColumnProfiler?) -> SplittableObserver {
            Observer(rule: rule, profiler: profiler!, file: file)
        }

        func absorb(_ later: SplittableObserver, shift: RecordShift) {
            for (column, types) in (later as! Observer).tallies {
                tallies[column, default: [:]].absorb(types, shift: shift, limit: file.maxExamples)
            }
        }
    }
}
