import Foundation
import LavandeKit

extension CheckStore {
    public func check(_ id: String) async throws -> CheckRecord? {
        try await backend.rows("SELECT \(CheckStore.checkColumns) FROM checks WHERE id = ?", [.text(id)])
            .first.map(CheckStore.record)
    }

    /// The JSON report of a check that is done, its texts in `language`.
    public func report(of id: String, language: Language) async throws -> String? {
        let column = language == .fr ? "report_fr" : "report_en"
        return try await backend.rows("SELECT \(column) FROM checks WHERE id = ?", [.text(id)]).first?.string(column)
    }

    /// Every check of a dataset, oldest first, with the finding keys of those that are done.
    public func history(publisher: String, dataset: String) async throws -> [(check: CheckRecord, findingKeys: [String]?)] {
        let rows = try await backend.rows("""
            SELECT \(CheckStore.checkColumns), finding_keys FROM checks
            WHERE publisher = ? AND dataset = ? ORDER BY seq, id
            """, [.text(publisher), .text(dataset)])
        return try rows.map { row in
            (try CheckStore.record(row),
             try row.string("finding_keys").map { try JSONDecoder().decode([String].self, from: Data($0.utf8)) })
        }
    }

    /// The datasets that have checks, with the latest of each, for the publishers `publisher`
    /// names (every one when nil).
    public func datasets(publisher: String?) async throws -> [CheckRecord] {
        let rows = try await backend.rows("""
            SELECT \(CheckStore.checkColumns) FROM checks AS c
            WHERE (CAST(? AS TEXT) IS NULL OR publisher = ?)
              AND seq = (SELECT MAX(seq) FROM checks AS d WHERE d.publisher = c.publisher AND d.dataset = c.dataset)
            ORDER BY publisher, dataset
            """, [publisher.sqlValue, publisher.sqlValue])
        return try rows.map(CheckStore.record)
    }

    /// The latest finished check of a dataset (badges).
    public func latestFinished(publisher: String, dataset: String) async throws -> CheckRecord? {
        try await backend.rows("""
            SELECT \(CheckStore.checkColumns) FROM checks
            WHERE publisher = ? AND dataset = ? AND status IN ('done', 'failed')
            ORDER BY finished_at DESC, seq DESC LIMIT 1
            """, [.text(publisher), .text(dataset)]).first.map(CheckStore.record)
    }

    /// How many checks are in each status (metrics).
    public func countsByStatus() async throws -> [CheckStatus: Int] {
        var counts = Dictionary(uniqueKeysWithValues: CheckStatus.allCases.map { ($0, 0) })
        for row in try await backend.rows("SELECT status, COUNT(*) AS n FROM checks GROUP BY status") {
            if let status = row.string("status").flatMap(CheckStatus.init(rawValue:)) { counts[status] = row.int("n") ?? 0 }
        }
        return counts
    }

    /// Every claim of a check, in order.
    public func runs(of id: String) async throws -> [CheckRun] {
        try await backend.rows("""
            SELECT attempt, worker, started_at, finished_at, outcome FROM check_runs WHERE check_id = ? ORDER BY attempt
            """, [.text(id)]).map { row in
            guard let attempt = row.int("attempt"), let worker = row.string("worker"), let startedAt = row.double("started_at") else {
                throw MalformedRow(table: "check_runs", column: "attempt")
            }
            return CheckRun(attempt: attempt, worker: worker, startedAt: startedAt, finishedAt: row.double("finished_at"),
                            outcome: row.string("outcome").flatMap(CheckRun.Outcome.init(rawValue:)))
        }
    }
}
