import Foundation

/// A cell read as its field's type: what constraints compare.
struct TypedValue: Sendable {
    /// Order for `minimum`/`maximum`: the number, days since 1970 for dates and datetimes, seconds
    /// for times, the year, months since year 0 for year-months; nil for unordered types.
    var order: Double?
    /// What `enum` and `unique` compare: numbers by value (`1.0` is `1`), other values by their text.
    var identity: ValueIdentity
    /// What `minLength`/`maxLength` measure: characters of the text, items of an array or object.
    var length: Int
}

/// The identity of a value for `enum` and `unique`.
enum ValueIdentity: Hashable, Sendable {
    case number(Double)
    case boolean(Bool)
    case text(String)
}

/// Reads the text of a cell as one field's type and format, with frictionless's rules.
struct FieldReader: Sendable {
    enum Syntax: Sendable {
        case string(StringFormat)
        case number(NumberSyntax)
        case boolean(trueValues: Set<String>, falseValues: Set<String>)
        case temporal(TemporalSyntax)
        case year
        case yearmonth
        case duration
        case geopoint(GeoPointFormat)
        case json(JSONShape)
        case any
    }

    let syntax: Syntax

    /// Every text is a value of the field (plain strings, `any`): nothing to check about its type.
    var acceptsEverything: Bool {
        switch syntax {
        case .string(.plain), .any: true
        default: false
        }
    }

    /// The value, or nil when `text` is not a value of the field's type and format.
    func read(_ text: String) -> TypedValue? {
        let length = text.unicodeScalars.count
        switch syntax {
        case let .string(format):
            guard format.accepts(text) else { return nil }
            return TypedValue(order: nil, identity: .text(text), length: length)
        case .any:
            return TypedValue(order: nil, identity: .text(text), length: length)
        case let .number(number):
            guard let value = number.read(text) else { return nil }
            return TypedValue(order: value, identity: .number(value == 0 ? 0 : value), length: length)
        case let .boolean(trueValues, falseValues):
            if trueValues.contains(text) { return TypedValue(order: nil, identity: .boolean(true), length: length) }
            if falseValues.contains(text) { return TypedValue(order: nil, identity: .boolean(false), length: length) }
            return nil
        case let .temporal(temporal):
            guard let order = temporal.read(text) else { return nil }
            return TypedValue(order: order, identity: .number(order), length: length)
        case .year:
            var scanner = TextScanner(text)
            guard let year = scanner.digits(4, 4), scanner.atEnd else { return nil }
            return TypedValue(order: Double(year), identity: .number(Double(year)), length: length)
        case .yearmonth:
            var scanner = TextScanner(text)
            guard let year = scanner.digits(1, 4), scanner.skip(UInt8(ascii: "-")), let month = scanner.digits(1, 2),
                  scanner.atEnd, (1...12).contains(month) else { return nil }
            let order = Double(year * 12 + month - 1)
            return TypedValue(order: order, identity: .number(order), length: length)
        case .duration:
            guard FieldReader.isDuration(text) else { return nil }
            return TypedValue(order: nil, identity: .text(text), length: length)
        case let .geopoint(format):
            guard let point = format.read(text) else { return nil }
            return TypedValue(order: nil, identity: .text("\(point.longitude),\(point.latitude)"), length: length)
        case let .json(shape):
            guard let count = shape.itemCount(text) else { return nil }
            return TypedValue(order: nil, identity: .text(text), length: count)
        }
    }

    /// An ISO 8601 duration with designators: `P1Y2M10DT2H30M`, `PT36H`, `P3W`, `P0.5D`.
    static func isDuration(_ text: String) -> Bool {
        var scanner = TextScanner(text)
        _ = scanner.skip(anyOf: [UInt8(ascii: "+"), UInt8(ascii: "-")])
        guard scanner.skip(UInt8(ascii: "P")) else { return false }
        func components(_ designators: String) -> Int? {
            var remaining = Array(designators.utf8)[...]
            var count = 0
            while !scanner.atEnd, scanner.current != UInt8(ascii: "T") {
                guard scanner.skipDigits() > 0 else { return nil }
                if scanner.skip(anyOf: [UInt8(ascii: "."), UInt8(ascii: ",")]) != nil, scanner.skipDigits() == 0 { return nil }
                guard let designator = scanner.current, let position = remaining.firstIndex(of: designator) else { return nil }
                scanner.index += 1
                remaining = remaining[(position + 1)...]
                count += 1
            }
            return count
        }
        guard let dateParts = components("YMWD") else { return false }
        if scanner.skip(UInt8(ascii: "T")) {
            guard let timeParts = components("HMS"), timeParts > 0 else { return false }
            return scanner.atEnd
        }
        return dateParts > 0 && scanner.atEnd
    }
}
