/// A database the store runs its statements on. A batch runs in one transaction, all or nothing;
/// batches are never interactive, so the same queue logic runs on databases whose drivers are
/// synchronous (GRDB) or asynchronous (PostgresNIO).
public protocol SQLBackend: Sendable {
    var dialect: SQLDialect { get }

    /// Runs the statements in one transaction and gives each one's rows (`RETURNING` included).
    func run(_ batch: [SQLStatement]) async throws -> [[SQLRow]]

    /// Whether the database answers (readiness).
    func ping() async throws
}

extension SQLBackend {
    /// Runs one statement in its own transaction.
    func rows(_ sql: String, _ binds: [SQLValue] = []) async throws -> [SQLRow] {
        try await run([SQLStatement(sql, binds)])[0]
    }
}
