import Foundation
@testable import LavandeService
import Logging
import XCTest

/// The stores the contract runs on: a new SQLite file, or a fresh schema-less PostgreSQL
/// database named by `LAVANDE_TEST_POSTGRES_URL` (`.ci/run` starts a server on loopback and sets
/// it; without it, the PostgreSQL tests are skipped and say so).
enum TestStores {
    static func sqlite() throws -> (store: CheckStore, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lavande-store-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (CheckStore(backend: try SQLiteBackend(path: folder.appendingPathComponent("lavande.sqlite").path)), folder)
    }

    static var postgresURL: String {
        get throws {
            guard let url = ProcessInfo.processInfo.environment["LAVANDE_TEST_POSTGRES_URL"], !url.isEmpty else {
                throw XCTSkip("no PostgreSQL server: set LAVANDE_TEST_POSTGRES_URL=postgres://user@127.0.0.1:port/db (.ci/run starts one)")
            }
            return url
        }
    }

    /// Runs `body` with a PostgreSQL store whose tables were emptied first.
    static func withPostgres(_ body: @Sendable (CheckStore, String) async throws -> Void) async throws {
        let url = try postgresURL
        let backend = try PostgresBackend(url: url, logger: ServiceHarness.quietLogger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await backend.client.run() }
            defer { group.cancelAll() }
            let store = CheckStore(backend: backend)
            try await store.migrate()
            _ = try await backend.run(["DELETE FROM check_runs", "DELETE FROM checks", "DELETE FROM api_tokens"].map { SQLStatement($0) })
            try await body(store, url)
        }
    }

    /// A second, independent connection to the same PostgreSQL database: another machine.
    static func withSecondPostgres(_ url: String, _ body: @Sendable (CheckStore) async throws -> Void) async throws {
        let backend = try PostgresBackend(url: url, logger: ServiceHarness.quietLogger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await backend.client.run() }
            defer { group.cancelAll() }
            try await body(CheckStore(backend: backend))
        }
    }
}

extension NewCheck {
    /// A check of one made-up file (the store does not look at the blob).
    static func sample(_ dataset: String = "budget", publisher: String = "Mairie A") -> NewCheck {
        NewCheck(dataset: dataset, publisher: publisher, submittedBy: "tok_test",
                 files: [UploadedFile(path: "data.csv", sha256: String(repeating: "a", count: 64), size: 3)])
    }
}

extension CheckOutcome {
    static func sampleDone(keys: [String] = []) -> CheckOutcome {
        .done(reportEnglish: "{}", reportFrench: "{}",
              summary: CheckSummary(verdict: .pass, files: 1, rows: 1, findings: 0, errors: 0, warnings: 0, infos: 0), findingKeys: keys)
    }
}
