import LavandeTabular

/// Rows with more cells than the header (`expect: fewer-or-equal`… see `direction`), or fewer.
/// One rule per direction, so each can have its own severity and message.
public struct CellCountCheck: TabularCheck, CheckKind {
    public static let name = "cell-count"
    public static let summary = LocalizedText(
        fr: "Signale les lignes qui ont plus (ou moins) de cellules que l'en-tête.",
        en: "Reports rows that have more (or fewer) cells than the header.")
    public static let target = CheckTarget.tabularFiles
    public static let parameters = [
        ParameterSpec("direction", .string, default: .string("extra"), choices: ["extra", "missing"],
                      LocalizedText(fr: "« extra » : trop de cellules ; « missing » : trop peu.",
                                    en: "\"extra\": too many cells; \"missing\": too few.")),
    ]
    public static let placeholders = ["expected", "found", "rows"]

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func makeObserver(for file: TabularFileContext) -> TabularObserver {
        Observer(extra: rule.parameters.string("direction") == "extra", limit: file.maxExamples)
    }

    private final class Observer: SplittableObserver {
        let extra: Bool
        var tally: OccurrenceTally
        var firstFound = 0
        /// The cells of the header record, all counted: the header's names stop at the cells the
        /// reader keeps (`ReaderLimits.maxFields`), a wider header still counts every cell.
        var headerCount: Int?

        init(extra: Bool, limit: Int) {
            self.extra = extra
            tally = OccurrenceTally(limit: limit)
        }

        func record(_ record: Record, table: TableLayout) {
            let role = table.role(of: record)
            if role == .header { headerCount = record.count }
            guard role == .data, !record.isBlankLine else { return }
            let expected = headerCount ?? table.expectedColumnCount
            let wrong = extra ? record.count > expected : record.count < expected
            guard wrong else { return }
            if tally.count == 0 { firstFound = record.count }
            tally.record(Location(record))
        }

        func fork(profiler: ColumnProfiler?) -> SplittableObserver {
            let fork = Observer(extra: extra, limit: tally.limit)
            fork.headerCount = headerCount
            return fork
        }

        func absorb(_ later: SplittableObserver, shift: RecordShift) {
            let later = later as! Observer
            if tally.count == 0 { firstFound = later.firstFound }
            tally.absorb(later.tally, shift: shift)
        }

        func finish(facts: ByteFacts, table: TableLayout?) -> [FindingDraft] {
            guard let table, let draft = FindingDraft(tally, values: [
                "expected": String(headerCount ?? table.expectedColumnCount), "found": String(firstFound),
                "rows": tally.examples.compactMap(\.row).map(String.init).joined(separator: ", "),
            ]) else { return [] }
            return [draft]
        }
    }
}
