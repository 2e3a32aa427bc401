/// A value bound into, or read from, a statement: the few types the store's tables use.
public enum SQLValue: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case real(Double)
    case null
}

extension Optional where Wrapped == String {
    var sqlValue: SQLValue { map(SQLValue.text) ?? .null }
}

/// One statement of a batch: SQL with `?` placeholders, in the order of `binds`, and two words
/// each dialect spells its own way: `{now}` (seconds since 1970 by the database's clock, so that
/// leases mean the same on every machine) and `{skip_locked}` (rows other transactions lock are
/// skipped, where the database can do that).
public struct SQLStatement: Sendable {
    public var sql: String
    public var binds: [SQLValue]

    public init(_ sql: String, _ binds: [SQLValue] = []) {
        self.sql = sql
        self.binds = binds
    }
}

/// A row read back, by column name. Numbers are read leniently: SQLite gives back `REAL`
/// columns holding whole numbers as integers and the reverse.
public struct SQLRow: Sendable {
    public var values: [String: SQLValue]

    public init(_ values: [String: SQLValue]) {
        self.values = values
    }

    public func string(_ column: String) -> String? {
        if case let .text(text) = values[column] { return text }
        return nil
    }

    public func int(_ column: String) -> Int? {
        switch values[column] {
        case let .integer(value): return value
        case let .real(value): return Int(exactly: value.rounded())
        default: return nil
        }
    }

    public func double(_ column: String) -> Double? {
        switch values[column] {
        case let .integer(value): return Double(value)
        case let .real(value): return value
        default: return nil
        }
    }
}

/// A store's row that lacks a column it must have: the database was changed by hand, or by an
/// incompatible version.
struct MalformedRow: Error, CustomStringConvertible {
    var table: String
    var column: String

    var description: String { "the \(table) table has no valid \(column) in a row" }
}
