import Foundation

/// Typed access to what `JSONSerialization` returns, telling JSON booleans from numbers.
enum JSONReading {
    static func string(_ value: Any?) -> String? { value as? String }

    static func bool(_ value: Any?) -> Bool? {
        guard let number = value as? NSNumber, JSONShape.isBoolean(number) else { return nil }
        return number.boolValue
    }

    static func number(_ value: Any?) -> Double? {
        guard let number = value as? NSNumber, !JSONShape.isBoolean(number) else { return nil }
        return number.doubleValue
    }

    /// A whole number ≥ 0 (`3`, `3.0`).
    static func count(_ value: Any?) -> Int? {
        guard let number = number(value), number >= 0, number.rounded() == number, number < 1e15 else { return nil }
        return Int(number)
    }

    static func object(_ value: Any?) -> [String: Any]? { value as? [String: Any] }

    static func array(_ value: Any?) -> [Any]? { value as? [Any] }

    /// A list of texts; nil when it is not a list or holds something else.
    static func strings(_ value: Any?) -> [String]? {
        guard let items = array(value) else { return nil }
        let texts = items.compactMap { $0 as? String }
        return texts.count == items.count ? texts : nil
    }

    /// A scalar as JSON writes it (`12`, `1.5`, `true`, `texte`), or nil for null, lists and objects.
    static func scalarText(_ value: Any?) -> String? {
        if let text = string(value) { return text }
        if let flag = bool(value) { return flag ? "true" : "false" }
        guard let number = number(value) else { return nil }
        return number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }

    /// The name of the JSON type of a value, for messages.
    static func typeName(_ value: Any?) -> String {
        switch value {
        case is String: "string"
        case let number as NSNumber: JSONShape.isBoolean(number) ? "boolean" : "number"
        case is [Any]: "array"
        case is [String: Any]: "object"
        case nil: "nothing"
        default: "null"
        }
    }
}
