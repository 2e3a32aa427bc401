import LavandeTabular

/// Rows with no value at all (empty lines, or only delimiters).
public struct BlankRowsCheck: TabularCheck, CheckKind {
    public static let name = "blank-rows"
    public static let summary = LocalizedText(
        fr: "Signale les lignes vides (aucune valeur, ou seulement des séparateurs).",
        en: "Reports blank rows (no value, or only delimiters).")
    public static let target = CheckTarget.tabularFiles
    public static let placeholders = ["rows"]

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func makeObserver(for file: TabularFileContext) -> TabularObserver { Observer(limit: file.maxExamples) }

    private final class Observer: SplittableObserver {
        var tally: OccurrenceTally
        init(limit: Int) { tally = OccurrenceTally(limit: limit) }

        func record(_ record: Record, table: TableLayout) {
            guard table.role(of: record) == .data, record.isAllEmpty else { return }
            tally.record(Location(record))
        }

        func fork(profiler: ColumnProfiler?) -> SplittableObserver { Observer(limit: tally.limit) }

        func absorb(_ later: SplittableObserver, shift: RecordShift) {
            tally.absorb((later as! Observer).tally, shift: shift)
        }

        func finish(facts: ByteFacts, table: TableLayout?) -> [FindingDraft] {
            FindingDraft(tally, values: ["rows": tally.examples.compactMap(\.row).map(String.init).joined(separator: ", ")])
                .map { [$0] } ?? []
        }
    }
}
