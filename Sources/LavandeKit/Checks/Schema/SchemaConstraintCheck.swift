import LavandeTabular

/// Values of the right type that break a constraint of their field: `minimum`, `maximum`,
/// `exclusiveMinimum`, `exclusiveMaximum`, `minLength`, `maxLength`, `pattern`, `enum`. One
/// finding per column and constraint; values of the wrong type are left to the type rule.
struct SchemaConstraintCheck: SchemaRowCheck, CheckKind {
    static let name = "schema-constraint"
    static let summary = LocalizedText(
        fr: "Signale les valeurs qui ne respectent pas une contrainte du schéma (minimum, maximum, longueur, motif, liste de valeurs).",
        en: "Reports values that break a schema constraint (minimum, maximum, length, pattern, list of values).")
    static let target = CheckTarget.tabularFiles
    static let selectsColumns = true
    static let placeholders = ["field", "value", "constraint", "meaning"]

    let rule: Rule
    init(rule: Rule) { self.rule = rule }

    func makeJudge(for table: BoundTable) -> (any SchemaRowJudge)? {
        ColumnJudge(table: table, columns: table.selectedColumns.filter(\.field.constraints.constrainsValues)) { row, column, tallies in
            guard let text = row.value(column), let value = column.field.reader.read(text) else { return }
            for broken in ConstraintBreak.all(column.field.constraints, text: text, value: value) {
                tallies.record(.init(major: column.index, minor: broken.ordinal), at: row.location(column)) {
                    let shown = table.evidence(text, personal: column.field.holdsEmails)
                    return .init(values: ["field": column.field.name, "value": shown, "constraint": broken.keyword],
                                 localized: ["meaning": broken.meaning], evidence: shown)
                }
            }
        }
    }
}
