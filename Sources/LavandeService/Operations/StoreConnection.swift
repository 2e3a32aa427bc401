import Foundation
import Logging
import PostgresNIO

/// Opens the store the settings name and keeps what it needs running: PostgreSQL's connection
/// pool runs beside the work (`withStore`), SQLite needs nothing.
public enum StoreConnection {
    /// Runs `work` with a migrated store; the connection pool, if any, stops after it.
    public static func withStore<Result: Sendable>(_ settings: ServiceSettings, logger: Logger,
                                                   _ work: (CheckStore) async throws -> Result) async throws -> Result {
        if let url = settings.databaseURL {
            let backend = try PostgresBackend(url: url, logger: logger)
            return try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { await backend.client.run() }
                defer { group.cancelAll() }
                let store = CheckStore(backend: backend)
                try await store.migrate()
                return try await work(store)
            }
        }
        do {
            try FileManager.default.createDirectory(atPath: settings.dataDirectory, withIntermediateDirectories: true)
        } catch {
            throw StoreLocationError(location: settings.dataDirectory, problem: "the folder cannot be created (\(error.localizedDescription))")
        }
        let store = CheckStore(backend: try SQLiteBackend(path: settings.sqlitePath))
        try await store.migrate()
        return try await work(store)
    }
}
