/// A Table Schema (frictionless Table Schema v1, as published on schema.data.gouv.fr), with
/// Validata's `custom_checks`: what the `types.schema.` rules compare a data file with.
public struct TableSchema: Sendable {
    public var fields: [SchemaField]
    /// Cells that mean "no value" (default `[""]`), unless a field has its own list.
    public var missingValues: [String]
    /// Field names whose values, together, identify a row.
    public var primaryKey: [String]
    public var customChecks: [CustomCheckDeclaration]

    public init(fields: [SchemaField], missingValues: [String] = [""], primaryKey: [String] = [],
                customChecks: [CustomCheckDeclaration] = []) {
        self.fields = fields
        self.missingValues = missingValues
        self.primaryKey = primaryKey
        self.customChecks = customChecks
    }

    /// The missing values of a field: its own list (Table Schema v2) or the schema's.
    func missingValues(of field: SchemaField) -> Set<String> { Set(field.missingValues ?? missingValues) }

    /// Whether a field must have a value: `required`, or part of the primary key (as frictionless reads it).
    func isRequired(_ field: SchemaField) -> Bool { field.constraints.required || primaryKey.contains(field.name) }
}

/// One field (column) of a Table Schema.
public struct SchemaField: Sendable {
    public var name: String
    public var type: FieldType
    /// The format as written (`default`, `email`, `%d/%m/%Y`, `array`…).
    public var format: String
    public var constraints: FieldConstraints
    /// The field's own missing values (Table Schema v2), nil to use the schema's.
    public var missingValues: [String]?
    /// How cells are read as the field's type, from `type`, `format` and the type's options
    /// (`decimalChar`, `groupChar`, `bareNumber`, `trueValues`, `falseValues`).
    let reader: FieldReader

    init(name: String, type: FieldType, format: String, constraints: FieldConstraints, missingValues: [String]?,
         reader: FieldReader) {
        self.name = name
        self.type = type
        self.format = format
        self.constraints = constraints
        self.missingValues = missingValues
        self.reader = reader
    }

    /// Whether the values are e-mail addresses: evidence is masked.
    var holdsEmails: Bool { type == .string && format == "email" }
}

/// The constraints of a field, already read in the field's type.
public struct FieldConstraints: Sendable {
    public var required = false
    public var unique = false
    /// Bounds, compared with `TypedValue.order` (numbers, dates as days, times as seconds…).
    var minimum: ConstraintBound?
    var maximum: ConstraintBound?
    var exclusiveMinimum: ConstraintBound?
    var exclusiveMaximum: ConstraintBound?
    public var minLength: Int?
    public var maxLength: Int?
    var pattern: SchemaPattern?
    /// The allowed values, as `enum` wrote them and as the field's type reads them.
    var enumeration: EnumConstraint?

    public init() {}

    /// Whether any constraint other than `required` and `unique` is set.
    var constrainsValues: Bool {
        minimum != nil || maximum != nil || exclusiveMinimum != nil || exclusiveMaximum != nil || minLength != nil
            || maxLength != nil || pattern != nil || enumeration != nil
    }
}

/// A `minimum`, `maximum`, `exclusiveMinimum` or `exclusiveMaximum` constraint.
struct ConstraintBound: Sendable {
    /// As written in the schema (shortened), for messages.
    var written: String
    var order: Double
}

/// An `enum` constraint: the values as written (shortened, for messages) and as read in the field's type.
struct EnumConstraint: Sendable {
    var written: [String]
    var identities: Set<ValueIdentity>
}

/// A check of Validata's `custom_checks` list: its name and parameters.
public struct CustomCheckDeclaration: Sendable {
    public var name: String
    public var params: [String: CustomCheckParameter]
    /// Where it is in the schema, for messages (`custom_checks[2]`).
    public var position: Int

    public init(name: String, params: [String: CustomCheckParameter], position: Int) {
        self.name = name
        self.params = params
        self.position = position
    }

    /// A text parameter (`column`, `op`…).
    func text(_ key: String) -> String? {
        if case let .text(value) = params[key] { return value }
        return nil
    }

    /// A list parameter (`columns`, `othercolumns`); a single text counts as a list of one.
    func texts(_ key: String) -> [String]? {
        switch params[key] {
        case let .texts(values): values
        case let .text(value): [value]
        case nil: nil
        }
    }
}

/// The value of a custom check parameter: a text (numbers and booleans are kept as written) or a list of texts.
public enum CustomCheckParameter: Sendable, Equatable {
    case text(String)
    case texts([String])
}
