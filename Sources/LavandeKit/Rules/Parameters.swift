/// The value of one rule parameter (the `with:` mapping of a rule).
public enum ParameterValue: Sendable, Hashable, CustomStringConvertible {
    case int(Int)
    case double(Double)
    case string(String)
    case bool(Bool)
    case strings([String])

    public var description: String {
        switch self {
        case let .int(value): return String(value)
        case let .double(value): return String(value)
        case let .string(value): return value
        case let .bool(value): return String(value)
        case let .strings(values): return "[" + values.joined(separator: ", ") + "]"
        }
    }
}

/// What a parameter accepts.
public enum ParameterType: String, Sendable {
    case int = "whole number"
    case double = "number"
    case string = "text"
    case bool = "true/false"
    case strings = "list of texts"
    /// The id of a column type of the loaded rule books (`types:` sections).
    case columnType = "column type id"
    case columnTypes = "list of column type ids"
}

/// A parameter a check kind accepts, with its default and a description for `explain` and docs.
public struct ParameterSpec: Sendable {
    public var name: String
    public var type: ParameterType
    public var defaultValue: ParameterValue
    public var summary: LocalizedText
    /// Allowed values for `string` parameters, and for each string of `strings` ones (empty: any).
    public var choices: [String]
    /// Inclusive bounds for numeric parameters.
    public var range: ClosedRange<Double>?

    public init(_ name: String, _ type: ParameterType, default defaultValue: ParameterValue, choices: [String] = [],
                range: ClosedRange<Double>? = nil, _ summary: LocalizedText) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.summary = summary
        self.choices = choices
        self.range = range
    }

    /// Whether `text` is an allowed value (any is, without `choices`).
    func isChoice(_ text: String) -> Bool { choices.isEmpty || choices.contains(text) }
}

/// The validated parameters of one rule: every declared parameter has a value (its default when
/// the rule does not set it), of the declared type.
public struct Parameters: Sendable, Hashable {
    public private(set) var values: [String: ParameterValue]

    public init(_ values: [String: ParameterValue] = [:]) { self.values = values }

    public func int(_ name: String) -> Int {
        if case let .int(value) = values[name] { return value }
        preconditionFailure("parameter \(name) is not a declared whole number")
    }

    public func double(_ name: String) -> Double {
        switch values[name] {
        case let .double(value): return value
        case let .int(value): return Double(value)
        default: preconditionFailure("parameter \(name) is not a declared number")
        }
    }

    public func string(_ name: String) -> String {
        if case let .string(value) = values[name] { return value }
        preconditionFailure("parameter \(name) is not a declared text")
    }

    public func bool(_ name: String) -> Bool {
        if case let .bool(value) = values[name] { return value }
        preconditionFailure("parameter \(name) is not a declared true/false")
    }

    public func strings(_ name: String) -> [String] {
        if case let .strings(value) = values[name] { return value }
        preconditionFailure("parameter \(name) is not a declared list")
    }
}
