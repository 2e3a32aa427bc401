import Foundation

/// A JSON value with the 1-based line it starts on, objects keeping their keys in order (metadata
/// documents of dataset folders, JSON reports read back). Read by `JSONParser`, of our own rather
/// than JSONSerialization, so that every value knows its line, a syntax error gives its line, and
/// nesting is bounded (no stack overflow).
struct JSONNode {
    enum Value {
        case object([(key: String, node: JSONNode)])
        case array([JSONNode])
        case string(String)
        case number(String)
        case bool(Bool)
        case null
    }

    var value: Value
    var line: Int

    /// The value of `key` (the last one when a key is repeated), for an object.
    subscript(key: String) -> JSONNode? {
        guard case let .object(pairs) = value else { return nil }
        return pairs.last { $0.key == key }?.node
    }

    var pairs: [(key: String, node: JSONNode)]? {
        if case let .object(pairs) = value { return pairs }
        return nil
    }

    var elements: [JSONNode]? {
        if case let .array(elements) = value { return elements }
        return nil
    }

    var isObject: Bool { pairs != nil }

    var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// The string, trimmed, when it is a string that is not blank.
    var text: String? {
        guard case let .string(string) = value else { return nil }
        let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// "a number", "a list"… for messages about wrong types.
    var kind: String {
        switch value {
        case .object: return "an object"
        case .array: return "a list"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        }
    }
}

/// Why a document is not JSON, and on which line.
struct JSONSyntaxError: Error {
    var line: Int
    var message: String
}
