import LavandeTabular

/// Empty (missing) values in a field the schema makes `required` (primary-key fields included,
/// as frictionless reads them). One finding per column.
struct SchemaRequiredCheck: SchemaRowCheck, CheckKind {
    static let name = "schema-required"
    static let summary = LocalizedText(
        fr: "Signale les cellules vides d'une colonne que le schéma rend obligatoire.",
        en: "Reports empty cells in a column the schema makes required.")
    static let target = CheckTarget.tabularFiles
    static let selectsColumns = true
    static let placeholders = ["field"]

    let rule: Rule
    init(rule: Rule) { self.rule = rule }

    func makeJudge(for table: BoundTable) -> (any SchemaRowJudge)? {
        ColumnJudge(table: table, columns: table.selectedColumns.filter(\.required)) { row, column, tallies in
            guard row.isMissing(column) else { return }
            tallies.record(.init(major: column.index), at: row.location(column)) {
                .init(values: ["field": column.field.name])
            }
        }
    }
}
