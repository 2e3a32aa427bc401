import Foundation

/// Reads a Table Schema from JSON without ever failing hard: a document that cannot be a Table
/// Schema gives a fatal problem and no schema; a schema with unusable parts (an unknown type, a
/// pattern that does not compile, a constraint of the wrong JSON type) gives the schema without
/// those parts, and one problem for each. What frictionless refuses for form only (a schema `name`
/// it finds badly written, a `pattern` on a date field) is used as written.
public enum SchemaLoader {
    /// Larger files are refused: a schema is a few kilobytes.
    public static let maxBytes = 8 << 20

    /// A loaded schema (nil when unusable) and what is wrong with it.
    public struct Outcome: Sendable {
        public var schema: TableSchema?
        public var problems: SchemaProblems

        static func fatal(fr: String, en: String) -> Outcome {
            Outcome(schema: nil, problems: SchemaProblems([SchemaProblem(fr: fr, en: en, fatal: true)]))
        }
    }

    /// Loads the schema written in `data`.
    public static func load(_ data: Data) -> Outcome {
        switch parse(data) {
        case let .success(value): return load(value)
        case let .failure(problem): return Outcome(schema: nil, problems: SchemaProblems([problem]))
        }
    }

    /// The bytes of a schema file, or why they cannot be read; a file above `maxBytes` is not read at all.
    static func read(path: String) -> Result<Data, SchemaProblem> {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maxBytes else { return .failure(tooLarge(size)) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(SchemaProblem(fr: "le fichier ne peut pas être lu", en: "the file cannot be read", fatal: true))
        }
        return .success(data)
    }

    private static func tooLarge(_ size: Int) -> SchemaProblem {
        SchemaProblem(fr: "le fichier fait \(size) octets, plus que les \(maxBytes) permis pour un schéma",
                      en: "the file is \(size) bytes, more than the \(maxBytes) allowed for a schema", fatal: true)
    }

    /// The JSON value of `data`, or why it is not JSON (with the line and column when the parser gives them).
    static func parse(_ data: Data) -> Result<Any, SchemaProblem> {
        guard data.count <= maxBytes else { return .failure(tooLarge(data.count)) }
        guard data.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            return .failure(SchemaProblem(fr: "le fichier est vide", en: "the file is empty", fatal: true))
        }
        do {
            return .success(try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
        } catch {
            return .failure(syntaxProblem(error, in: data))
        }
    }

    /// Loads a schema from its JSON value (a file's, or one written inline in `datapackage.json`).
    static func load(_ value: Any) -> Outcome {
        guard let object = JSONReading.object(value) else {
            return .fatal(fr: "ce n'est pas une Table Schema : le JSON est un(e) \(JSONReading.typeName(value)), pas un objet",
                          en: "this is not a Table Schema: the JSON is a \(JSONReading.typeName(value)), not an object")
        }
        guard let fieldsValue = object["fields"] else {
            return .fatal(fr: "ce n'est pas une Table Schema : il n'y a pas de liste « fields »",
                          en: "this is not a Table Schema: there is no \"fields\" list")
        }
        guard let items = JSONReading.array(fieldsValue) else {
            return .fatal(fr: "« fields » doit être une liste de champs, pas un(e) \(JSONReading.typeName(fieldsValue))",
                          en: "\"fields\" must be a list of fields, not a \(JSONReading.typeName(fieldsValue))")
        }
        var decoder = SchemaFieldDecoder()
        var missingValues = [""]
        if let value = object["missingValues"] {
            if let texts = JSONReading.strings(value) {
                missingValues = texts
            } else {
                decoder.problem(fr: "« missingValues » doit être une liste de textes ; la valeur par défaut [\"\"] est utilisée",
                                en: "\"missingValues\" must be a list of texts; the default [\"\"] is used")
            }
        }
        decoder.schemaMissingValues = missingValues
        let fields = items.enumerated().compactMap { decoder.field($1, at: $0) }
        guard !fields.isEmpty else {
            var outcome = Outcome.fatal(fr: "aucun champ utilisable dans « fields »", en: "no usable field in \"fields\"")
            outcome.problems.add(contentsOf: decoder.problems)
            return outcome
        }
        let primaryKey = decoder.primaryKey(object["primaryKey"], fields: fields)
        let customChecks = decoder.customChecks(object["custom_checks"])
        return Outcome(schema: TableSchema(fields: fields, missingValues: missingValues, primaryKey: primaryKey,
                                           customChecks: customChecks),
                       problems: decoder.problems)
    }

    /// The parser's complaint with its place turned into a line and column.
    private static func syntaxProblem(_ error: Error, in data: Data) -> SchemaProblem {
        let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
        var place: (line: Int, column: Int)?
        if let range = detail.range(of: #"line \d+, column \d+"#, options: .regularExpression) {
            let numbers = detail[range].split { !$0.isNumber }.compactMap { Int($0) }
            if numbers.count == 2 { place = (numbers[0], numbers[1]) }
        } else if let range = detail.range(of: #"character \d+"#, options: .regularExpression),
                  let offset = Int(detail[range].split(separator: " ")[1]) {
            let before = data.prefix(min(offset, data.count))
            let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? data.startIndex
            place = (line, before.endIndex - lineStart + 1)
        }
        guard let place else {
            return SchemaProblem(fr: "ce n'est pas du JSON valide (\(detail))", en: "this is not valid JSON (\(detail))", fatal: true)
        }
        return SchemaProblem(fr: "ce n'est pas du JSON valide : erreur ligne \(place.line), colonne \(place.column) (\(detail))",
                             en: "this is not valid JSON: error on line \(place.line), column \(place.column) (\(detail))",
                             fatal: true)
    }
}
