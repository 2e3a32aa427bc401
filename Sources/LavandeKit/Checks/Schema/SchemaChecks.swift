/// The `types.schema.` family: a data file compared with its Table Schema (found in the project
/// configuration, `datapackage.json`, or a `schema.json` beside the file). See docs/table-schema.md.
enum SchemaChecks {
    static let kinds: [any CheckKind.Type] = [
        SchemaUnreadableCheck.self, SchemaMissingFieldCheck.self, SchemaExtraFieldCheck.self, SchemaRenamedFieldCheck.self,
        SchemaFieldOrderCheck.self, SchemaTypeCheck.self, SchemaRequiredCheck.self, SchemaUniqueCheck.self,
        SchemaConstraintCheck.self, SchemaCustomCheck.self,
    ]
}
