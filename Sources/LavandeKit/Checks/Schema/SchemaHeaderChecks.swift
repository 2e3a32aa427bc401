import LavandeTabular

/// A field of the schema that the file's header does not have (neither by name nor renamed).
struct SchemaMissingFieldCheck: SchemaHeaderCheck, CheckKind {
    static let name = "schema-missing-field"
    static let summary = LocalizedText(
        fr: "Signale les champs du schéma absents de l'en-tête du fichier.",
        en: "Reports schema fields that the file's header does not have.")
    static let target = CheckTarget.tabularFiles
    static let placeholders = ["field", "position", "schema"]

    let rule: Rule
    init(rule: Rule) { self.rule = rule }

    func judge(_ table: BoundTable) -> [FindingDraft] {
        table.match.missing.map { field in
            FindingDraft(location: table.headerLocation, values: [
                "field": table.schema.fields[field].name, "position": String(field + 1), "schema": table.schemaName,
            ])
        }
    }
}

/// A named column that matches no field of the schema.
struct SchemaExtraFieldCheck: SchemaHeaderCheck, CheckKind {
    static let name = "schema-extra-field"
    static let summary = LocalizedText(
        fr: "Signale les colonnes que le schéma ne décrit pas.",
        en: "Reports columns that the schema does not describe.")
    static let target = CheckTarget.tabularFiles
    static let placeholders = ["schema"]

    let rule: Rule
    init(rule: Rule) { self.rule = rule }

    func judge(_ table: BoundTable) -> [FindingDraft] {
        table.match.extra.map { column in
            FindingDraft(location: table.headerLocation(column: column),
                         values: ["schema": table.schemaName])
        }
    }
}

/// A column whose name is a schema field's written differently (case, accents, separators, a
/// couple of typing mistakes): `NOM_Beneficiaire` for `nomBeneficiaire`.
struct SchemaRenamedFieldCheck: SchemaHeaderCheck, CheckKind {
    static let name = "schema-renamed-field"
    static let summary = LocalizedText(
        fr: "Signale les colonnes dont le nom diffère de celui du champ du schéma (casse, accents, séparateurs, faute de frappe).",
        en: "Reports columns whose name differs from the schema field's (case, accents, separators, a typo).")
    static let target = CheckTarget.tabularFiles
    static let placeholders = ["field", "schema"]

    let rule: Rule
    init(rule: Rule) { self.rule = rule }

    func judge(_ table: BoundTable) -> [FindingDraft] {
        table.match.renamed.map { field, column in
            FindingDraft(location: table.headerLocation(column: column),
                         values: ["field": table.schema.fields[field].name, "schema": table.schemaName])
        }
    }
}

/// Fields present in the file but not in the schema's order (the fewest that, moved, restore it).
struct SchemaFieldOrderCheck: SchemaHeaderCheck, CheckKind {
    static let name = "schema-field-order"
    static let summary = LocalizedText(
        fr: "Signale les colonnes qui ne sont pas dans l'ordre des champs du schéma.",
        en: "Reports columns that are not in the order of the schema's fields.")
    static let target = CheckTarget.tabularFiles
    static let placeholders = ["field", "position", "expected", "schema"]

    let rule: Rule
    init(rule: Rule) { self.rule = rule }

    func judge(_ table: BoundTable) -> [FindingDraft] {
        table.match.misplaced.compactMap { field in
            guard let column = table.match.columnOfField[field] else { return nil }
            return FindingDraft(location: table.headerLocation(column: column),
                                values: ["field": table.schema.fields[field].name, "position": String(column + 1),
                                         "expected": String(field + 1), "schema": table.schemaName])
        }
    }
}
