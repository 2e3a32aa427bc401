import Foundation

/// The Table Schema that applies to one data file: located, read and loaded.
enum SchemaResolution {
    /// No schema applies: the schema rules say nothing.
    case none
    /// A schema applies but cannot be used: `types.schema.unreadable` says why.
    case unusable(name: String, problems: SchemaProblems)
    /// A usable schema, with the problems of the parts left out.
    case usable(TableSchema, name: String, problems: SchemaProblems)

    /// The file's schema, located and loaded once for all the schema rules of the file.
    static func resolve(for file: TabularFileContext) -> SchemaResolution {
        file.memo.value("table-schema") { load(for: file) }
    }

    private static func load(for file: TabularFileContext) -> SchemaResolution {
        guard let location = SchemaLocator.locate(for: file) else { return .none }
        let data: Data
        switch location {
        case let .absent(_, name):
            return .unusable(name: name, problems: SchemaProblems([SchemaProblem(fr: "le fichier n'existe pas", en: "the file does not exist", fatal: true)]))
        case let .inline(inline, _):
            data = inline
        case let .file(path, name, _):
            switch SchemaLoader.read(path: path) {
            case let .success(contents): data = contents
            case let .failure(problem): return .unusable(name: name, problems: SchemaProblems([problem]))
            }
        }
        let value: Any
        switch SchemaLoader.parse(data) {
        case let .success(parsed): value = parsed
        case let .failure(problem): return .unusable(name: location.name, problems: SchemaProblems([problem]))
        }
        // A JSON file found by its name that has no `fields` describes something else (a JSON Schema, a GeoJSON…).
        if location.isGuessed, JSONReading.object(value)?["fields"] == nil { return .none }
        let outcome = SchemaLoader.load(value)
        guard let schema = outcome.schema else { return .unusable(name: location.name, problems: outcome.problems) }
        return .usable(schema, name: location.name, problems: outcome.problems)
    }
}
