import Foundation
import LavandeTabular

/// What every schema check of one file needs to know besides the schema: from the rule and the run.
struct SchemaCheckSettings {
    /// Example locations kept per finding.
    let limit: Int
    /// Evidence shows values as they are (`--show-values`) instead of masking personal ones.
    let showValues: Bool
    /// The rule's `columns:` selector; nil for every column.
    let selector: ColumnSelector?

    init(rule: Rule, file: TabularFileContext) {
        limit = file.maxExamples
        showValues = file.showValues
        selector = rule.columns
    }
}

/// A schema field the file has, and its column.
struct BoundColumn {
    let field: SchemaField
    /// Position of the column in the file (0-based).
    let index: Int
    let ref: ColumnRef
    let missingValues: Set<String>
    let required: Bool
}

/// A Table Schema bound to the columns of one file, once its header is read.
final class BoundTable {
    let schema: TableSchema
    /// How reports name the schema (`schema.json`).
    let schemaName: String
    let match: HeaderMatch
    /// Every field the file has, in the schema's order.
    let columns: [BoundColumn]
    /// The header record's place: where findings about the whole header point.
    let headerLocation: Location
    let layout: TableLayout
    let settings: SchemaCheckSettings
    /// The file writes a space after every delimiter of its header (`nom, lat, lon`): as Python's csv
    /// sniffer (which frictionless uses) does, values are read without that space, and a quote right
    /// after it opens a quoted value.
    let skipsInitialSpace: Bool

    init(schema: TableSchema, named schemaName: String, header: Record, layout: TableLayout, settings: SchemaCheckSettings) {
        self.schema = schema
        self.schemaName = schemaName
        self.layout = layout
        self.settings = settings
        headerLocation = Location(header)
        let match = HeaderMatch(header: layout.header, fields: schema.fields.map(\.name))
        self.match = match
        columns = schema.fields.enumerated().compactMap { fieldIndex, field in
            guard let index = match.columnOfField[fieldIndex] else { return nil }
            return BoundColumn(field: field, index: index, ref: layout.column(index),
                               missingValues: schema.missingValues(of: field), required: schema.isRequired(field))
        }
        skipsInitialSpace = layout.header.count > 1 && layout.header.dropFirst().allSatisfy { $0.hasPrefix(" ") }
    }

    /// The column of the field named `name`, if the file has it.
    func column(forField name: String) -> BoundColumn? { columns.first { $0.field.name == name } }

    /// A column of the header (0-based index).
    func headerLocation(column index: Int) -> Location {
        var location = headerLocation
        location.column = layout.column(index)
        return location
    }

    /// The columns the rule's `columns:` selector lets through.
    var selectedColumns: [BoundColumn] {
        guard let selector = settings.selector else { return columns }
        return columns.filter { selector.matches(header: $0.ref.name ?? $0.field.name) }
    }

    /// Evidence for a value: masked when it may identify a person (unless `--show-values`), cut to 60 characters.
    func evidence(_ value: String, personal: Bool) -> String {
        EvidenceMask.evidence(FieldDescription.shortened(value, limit: 60), sensitive: personal, showValues: settings.showValues)
    }
}

/// What a data cell holds for a schema field.
enum SchemaCell {
    /// The record is too short to have the cell (another rule reports short rows).
    case absent
    /// One of the missing values (`""`, `NA`…).
    case missing
    case value(String)
}

/// One data record, as the schema checks see it. Valid only during the observer's `record` call.
struct SchemaRow {
    let record: Record
    let table: BoundTable
    /// The cells of the record already decoded by another schema rule of the file.
    let decoded: DecodedCells

    func cell(_ column: BoundColumn) -> SchemaCell {
        guard column.index < record.fields.count else { return .absent }
        let field = record.fields[column.index]
        let text = decoded.text(of: record, at: column.index) {
            let text = field.isEmpty ? "" : TextDecoding.string(field.bytes, encoding: table.layout.info.recordEncoding)
            return table.skipsInitialSpace && !field.wasQuoted ? SchemaRow.unpadded(text, quote: table.layout.info.dialect.quote) : text
        }
        return column.missingValues.contains(text) ? .missing : .value(text)
    }

    /// Whether the cell holds one of the missing values; decodes it only when a non-empty text can be one.
    func isMissing(_ column: BoundColumn) -> Bool {
        guard column.index < record.fields.count else { return false }
        if record.fields[column.index].isEmpty { return column.missingValues.contains("") }
        guard column.missingValues.contains(where: { !$0.isEmpty }) else { return false }
        if case .missing = cell(column) { return true }
        return false
    }

    /// The value of the cell, nil when it is absent or missing.
    func value(_ column: BoundColumn) -> String? {
        if case let .value(text) = cell(column) { return text }
        return nil
    }

    func location(_ column: BoundColumn) -> Location { Location(record, column: column.ref) }

    /// A cell read with Python's `skipinitialspace`: leading spaces dropped, then a value between
    /// quotes unquoted (doubled quotes inside it made single).
    static func unpadded(_ text: String, quote: UInt8) -> String {
        let trimmed = text.drop { $0 == " " }
        let mark = Character(UnicodeScalar(quote))
        guard trimmed.count >= 2, trimmed.first == mark, trimmed.last == mark else { return String(trimmed) }
        return String(trimmed.dropFirst().dropLast()).replacingOccurrences(of: String([mark, mark]), with: String(mark))
    }
}

/// The texts of the current record's cells, decoded once for all the schema rules of a file
/// (each rule has its own observer, called one after the other on the same record).
final class DecodedCells {
    private var record = -1
    private var texts: [Int: String] = [:]

    func text(of record: Record, at index: Int, decode: () -> String) -> String {
        if record.number != self.record {
            self.record = record.number
            texts.removeAll(keepingCapacity: true)
        }
        if let text = texts[index] { return text }
        let text = decode()
        texts[index] = text
        return text
    }
}
