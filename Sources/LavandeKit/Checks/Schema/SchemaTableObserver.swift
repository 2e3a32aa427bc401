import LavandeTabular

/// A schema check that judges the header once the schema is bound to it.
protocol SchemaHeaderCheck: TabularCheck {
    func judge(_ table: BoundTable) -> [FindingDraft]
}

/// A schema check that judges the data rows.
protocol SchemaRowCheck: TabularCheck {
    /// The judge of the rows of one file; nil when the schema gives the check nothing to do there.
    func makeJudge(for table: BoundTable) -> (any SchemaRowJudge)?
}

/// Judges the data rows of one file for one schema check, keeping bounded state.
protocol SchemaRowJudge: AnyObject {
    func judge(_ row: SchemaRow)
    func finish() -> [FindingDraft]
}

extension SchemaHeaderCheck {
    func makeObserver(for file: TabularFileContext) -> TabularObserver {
        SchemaTableObserver(rule: rule, file: file) { (judge($0), nil) }
    }
}

extension SchemaRowCheck {
    func makeObserver(for file: TabularFileContext) -> TabularObserver {
        SchemaTableObserver(rule: rule, file: file) { ([], makeJudge(for: $0)) }
    }
}

/// Watches one file for one schema check: loads the file's schema when it is made (a file without
/// a schema then costs nothing more), binds the schema to the header, and hands each data record
/// to the check's judge. Rows with no value at all are left to the blank-rows rule.
final class SchemaTableObserver: TabularObserver {
    private let schema: (schema: TableSchema, name: String)?
    private let settings: SchemaCheckSettings
    private let bind: (BoundTable) -> ([FindingDraft], (any SchemaRowJudge)?)
    private var table: BoundTable?
    private var drafts: [FindingDraft] = []
    private var judge: (any SchemaRowJudge)?
    private let decoded: DecodedCells

    init(rule: Rule, file: TabularFileContext, bind: @escaping (BoundTable) -> ([FindingDraft], (any SchemaRowJudge)?)) {
        if case let .usable(schema, name, _) = SchemaResolution.resolve(for: file) { self.schema = (schema, name) } else { schema = nil }
        settings = SchemaCheckSettings(rule: rule, file: file)
        decoded = file.memo.value("schema-decoded-cells") { DecodedCells() }
        self.bind = bind
    }

    var wantsRecords: Bool { schema != nil }

    func record(_ record: Record, table layout: TableLayout) {
        switch layout.role(of: record) {
        case .title:
            return
        case .header:
            guard let schema else { return }
            let bound = BoundTable(schema: schema.schema, named: schema.name, header: record, layout: layout, settings: settings)
            table = bound
            (drafts, judge) = bind(bound)
        case .data:
            guard let judge, let table, !record.isAllEmpty else { return }
            judge.judge(SchemaRow(record: record, table: table, decoded: decoded))
        }
    }

    func finish(facts: ByteFacts, table: TableLayout?) -> [FindingDraft] {
        drafts + (judge?.finish() ?? [])
    }
}
