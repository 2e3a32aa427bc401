import LavandeTabular

/// A check of the header row alone: it sees the header cells once and keeps nothing else.
public protocol HeaderCheck: TabularCheck {
    func judge(header: [String], record: Record, table: TableLayout, file: TabularFileContext) -> [FindingDraft]
}

extension HeaderCheck {
    public func makeObserver(for file: TabularFileContext) -> TabularObserver {
        HeaderObserver { header, record, table in judge(header: header, record: record, table: table, file: file) }
    }
}

private final class HeaderObserver: SplittableObserver {
    let judge: ([String], Record, TableLayout) -> [FindingDraft]
    var drafts: [FindingDraft] = []
    /// A data row was seen: the header, which comes before them, is past.
    var isDoneWithRecords = false

    init(judge: @escaping ([String], Record, TableLayout) -> [FindingDraft]) { self.judge = judge }

    func record(_ record: Record, table: TableLayout) {
        switch table.role(of: record) {
        case .header: drafts = judge(table.header, record, table)
        case .data: isDoneWithRecords = true
        case .title: break
        }
    }

    func fork(profiler: ColumnProfiler?) -> SplittableObserver { HeaderObserver(judge: judge) }

    /// A fork never sees the header: it has nothing to add.
    func absorb(_ later: SplittableObserver, shift: RecordShift) {}

    func finish(facts: ByteFacts, table: TableLayout?) -> [FindingDraft] { drafts }
}
