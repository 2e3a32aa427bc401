import Foundation

/// The queue, the reports, the histories and the tokens, on any `SQLBackend`: the same queries
/// run on the embedded SQLite file and on a shared PostgreSQL database.
public struct CheckStore: Sendable {
    public let backend: any SQLBackend

    public init(backend: any SQLBackend) {
        self.backend = backend
    }

    /// Creates the tables that are missing; several processes may call it at once.
    public func migrate() async throws {
        var batch = backend.dialect.migrationLock.map { [$0] } ?? []
        batch += StoreSchema.statements.map { SQLStatement($0) }
        _ = try await backend.run(batch)
        let version = try await backend.rows("SELECT MAX(version) AS version FROM lavande_schema").first?.int("version")
        guard version == StoreSchema.version else {
            throw StoreLocationError(location: backend.dialect.rawValue,
                                     problem: "its schema is version \(version.map(String.init) ?? "unknown"), this Lavande reads version \(StoreSchema.version)")
        }
    }

    /// Every column of `checks` but the report, which only `report(of:)` reads.
    static let checkColumns = """
        id, dataset, publisher, submitted_by, status, files, submitted_at, started_at, finished_at, attempts, \
        summary, failure, upload_purged_at
        """

    static func record(_ row: SQLRow) throws -> CheckRecord {
        func required<Value>(_ value: Value?, _ column: String) throws -> Value {
            guard let value else { throw MalformedRow(table: "checks", column: column) }
            return value
        }
        let decoder = JSONDecoder()
        return CheckRecord(
            id: try required(row.string("id"), "id"),
            dataset: try required(row.string("dataset"), "dataset"),
            publisher: try required(row.string("publisher"), "publisher"),
            submittedBy: try required(row.string("submitted_by"), "submitted_by"),
            status: try required(row.string("status").flatMap(CheckStatus.init(rawValue:)), "status"),
            files: try decoder.decode([UploadedFile].self, from: Data(try required(row.string("files"), "files").utf8)),
            submittedAt: try required(row.double("submitted_at"), "submitted_at"),
            startedAt: row.double("started_at"),
            finishedAt: row.double("finished_at"),
            attempts: try required(row.int("attempts"), "attempts"),
            summary: try row.string("summary").map { try decoder.decode(CheckSummary.self, from: Data($0.utf8)) },
            failure: row.string("failure"),
            uploadPurgedAt: row.double("upload_purged_at")
        )
    }

    static func json<Value: Encodable>(_ value: Value) throws -> SQLValue {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return .text(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
