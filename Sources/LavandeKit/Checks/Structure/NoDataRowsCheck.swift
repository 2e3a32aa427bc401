import LavandeTabular

/// A header and nothing under it.
public struct NoDataRowsCheck: TabularCheck, CheckKind {
    public static let name = "no-data-rows"
    public static let summary = LocalizedText(
        fr: "Signale un fichier qui n'a qu'une ligne d'en-tête, sans données.",
        en: "Reports a file that has a header row and no data.")
    public static let target = CheckTarget.tabularFiles

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func makeObserver(for file: TabularFileContext) -> TabularObserver { Observer() }

    private final class Observer: SplittableObserver {
        var dataRows = 0
        var sawHeader = false

        func record(_ record: Record, table: TableLayout) {
            switch table.role(of: record) {
            case .header: sawHeader = record.fields.contains { !$0.isEmpty }
            case .data: if !record.isAllEmpty { dataRows += 1 }
            case .title: break
            }
        }

        /// A data row was seen: the finding is ruled out.
        var isDoneWithRecords: Bool { dataRows > 0 }

        func fork(profiler: ColumnProfiler?) -> SplittableObserver {
            let fork = Observer()
            fork.sawHeader = sawHeader
            return fork
        }

        func absorb(_ later: SplittableObserver, shift: RecordShift) {
            dataRows += (later as! Observer).dataRows
        }

        func finish(facts: ByteFacts, table: TableLayout?) -> [FindingDraft] {
            sawHeader && dataRows == 0 ? [FindingDraft()] : []
        }
    }
}
