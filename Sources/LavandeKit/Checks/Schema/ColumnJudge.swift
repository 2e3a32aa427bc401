/// A judge that looks at some columns of every row and groups what it finds: the shape shared by
/// the per-column schema checks (required, type, constraint). `inspect` is called for each
/// column of each row and records into the tallies.
final class ColumnJudge: SchemaRowJudge {
    typealias Inspection = (_ row: SchemaRow, _ column: BoundColumn, _ tallies: inout GroupedTallies) -> Void

    private let columns: [BoundColumn]
    private let inspect: Inspection
    private var tallies: GroupedTallies

    /// nil when there is no column to look at.
    init?(table: BoundTable, columns: [BoundColumn], inspect: @escaping Inspection) {
        guard !columns.isEmpty else { return nil }
        self.columns = columns
        self.inspect = inspect
        tallies = GroupedTallies(limit: table.settings.limit)
    }

    func judge(_ row: SchemaRow) {
        for column in columns { inspect(row, column, &tallies) }
    }

    func finish() -> [FindingDraft] { tallies.drafts }
}
