import LavandeTabular

/// Values that are not of their field's type and format: a decimal comma in a number field
/// without `decimalChar: ","`, `05/12/2016` in a field of ISO dates, `true` where the schema's
/// booleans are `oui`/`non`. One finding per column.
struct SchemaTypeCheck: SchemaRowCheck, CheckKind {
    static let name = "schema-type"
    static let summary = LocalizedText(
        fr: "Signale les valeurs qui ne sont pas du type ou du format que le schéma donne à leur colonne.",
        en: "Reports values that are not of the type or format the schema gives their column.")
    static let target = CheckTarget.tabularFiles
    static let selectsColumns = true
    static let placeholders = ["field", "value", "type", "example"]

    let rule: Rule
    init(rule: Rule) { self.rule = rule }

    func makeJudge(for table: BoundTable) -> (any SchemaRowJudge)? {
        ColumnJudge(table: table, columns: table.selectedColumns.filter { !$0.field.reader.acceptsEverything }) { row, column, tallies in
            guard let value = row.value(column), column.field.reader.read(value) == nil else { return }
            tallies.record(.init(major: column.index), at: row.location(column)) {
                let shown = table.evidence(value, personal: column.field.holdsEmails)
                return .init(values: ["field": column.field.name, "value": shown,
                                      "example": FieldDescription.example(for: column.field, found: shown)],
                             localized: ["type": FieldDescription.expectation(column.field)], evidence: shown)
            }
        }
    }
}
