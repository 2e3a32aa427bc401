import LavandeTabular

/// A tabular check that needs no record, only the byte facts at the end of the pass (encoding,
/// BOM, line endings…). Conforming kinds implement `judge`; the observer comes for free.
public protocol FactsCheck: TabularCheck {
    func judge(_ facts: ByteFacts, table: TableLayout?, file: TabularFileContext) -> [FindingDraft]
}

extension FactsCheck {
    public func makeObserver(for file: TabularFileContext) -> TabularObserver {
        FactsObserver { facts, table in judge(facts, table: table, file: file) }
    }
}

private final class FactsObserver: TabularObserver {
    let judge: (ByteFacts, TableLayout?) -> [FindingDraft]

    init(judge: @escaping (ByteFacts, TableLayout?) -> [FindingDraft]) { self.judge = judge }

    var wantsRecords: Bool { false }

    func finish(facts: ByteFacts, table: TableLayout?) -> [FindingDraft] { judge(facts, table) }
}

extension Location {
    /// A byte-level place in a file.
    public init(_ position: Position) {
        self.init(line: position.line, offset: position.offset, byteColumn: position.column)
    }

    /// The start of a record.
    public init(_ record: Record, column: ColumnRef? = nil) {
        self.init(row: record.number, line: record.line, column: column, offset: record.offset)
    }
}

extension EventTally {
    /// The tally's positions as locations, at most `limit` of them.
    func locations(limit: Int) -> [Location] { examples.prefix(limit).map(Location.init) }

    /// One finding for the whole tally, or none when nothing was counted.
    func draft(limit: Int, values: [String: String] = [:]) -> FindingDraft? {
        guard count > 0 else { return nil }
        let locations = locations(limit: limit)
        return FindingDraft(location: locations.first, count: count, examples: locations, values: values)
    }
}
