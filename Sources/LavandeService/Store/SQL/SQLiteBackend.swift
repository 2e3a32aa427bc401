import GRDB

/// The embedded store: one SQLite file in WAL mode, through GRDB. Several processes on one
/// machine may share the file: each batch takes SQLite's write lock at once (`BEGIN IMMEDIATE`)
/// and waits for it up to the busy timeout.
public struct SQLiteBackend: SQLBackend {
    public var dialect: SQLDialect { .sqlite }
    private let pool: DatabasePool

    /// Opens (or creates) the database file.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.label = "lavande-store"
        pool = try DatabasePool(path: path, configuration: configuration)
    }

    public func run(_ batch: [SQLStatement]) async throws -> [[SQLRow]] {
        let dialect = dialect
        return try await pool.writeWithoutTransaction { db in
            var results: [[SQLRow]] = []
            try db.inTransaction(.immediate) {
                results = try batch.map { statement in
                    let arguments = StatementArguments(statement.binds.map(\.databaseValue))
                    return try Row.fetchAll(db, sql: dialect.spell(statement.sql), arguments: arguments).map(SQLRow.init)
                }
                return .commit
            }
            return results
        }
    }

    public func ping() async throws {
        _ = try await pool.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }
}

private extension SQLValue {
    var databaseValue: DatabaseValue {
        switch self {
        case let .text(text): text.databaseValue
        case let .integer(value): value.databaseValue
        case let .real(value): value.databaseValue
        case .null: .null
        }
    }
}

private extension SQLRow {
    init(_ row: Row) {
        var values: [String: SQLValue] = [:]
        for (column, value) in row {
            switch value.storage {
            case .null: values[column] = .null
            case let .int64(int): values[column] = .integer(Int(int))
            case let .double(double): values[column] = .real(double)
            case let .string(string): values[column] = .text(string)
            case let .blob(data): values[column] = .text(String(decoding: data, as: UTF8.self))
            }
        }
        self.init(values)
    }
}
