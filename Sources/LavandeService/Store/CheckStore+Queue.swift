import Foundation

/// What a worker made of a check it held.
public enum CheckOutcome: Sendable {
    /// The engine ran: the JSON report in English and in French (a JSON report holds its texts
    /// in one language), its figures, and the keys that tell findings apart between two checks
    /// of a dataset (`FindingIdentity.key`).
    case done(reportEnglish: String, reportFrench: String, summary: CheckSummary, findingKeys: [String])
    /// It could not run; the reason is shown to the submitter.
    case failed(reason: String)
}

extension CheckStore {
    /// The claims of the row's check that never ended (SQL, in a statement on `checks`).
    private static let lostClaims = "(SELECT COUNT(*) FROM check_runs AS r WHERE r.check_id = checks.id AND r.outcome IS NULL)"

    /// Queues a check.
    public func enqueue(_ check: NewCheck) async throws -> CheckRecord {
        let rows = try await backend.rows("""
            INSERT INTO checks (id, seq, dataset, publisher, submitted_by, status, files, submitted_at)
            VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM checks), ?, ?, ?, 'queued', ?, {now})
            RETURNING \(CheckStore.checkColumns)
            """, [.text(RandomID.check()), .text(check.dataset), .text(check.publisher), .text(check.submittedBy),
                  try CheckStore.json(check.files)])
        return try CheckStore.record(rows[0])
    }

    /// Takes the oldest check that is queued or whose worker's lease expired, for `lease`
    /// seconds. A check whose claims ended without a result `maxAttempts` times (its workers
    /// died, or lost their lease) is failed instead of being taken again: a file that kills its
    /// workers must not kill them all. Checks given back at a shutdown do not count.
    public func claim(worker: String, lease: Double, maxAttempts: Int) async throws -> CheckClaim? {
        let token = RandomID.base32(bytes: 16)
        let results = try await backend.run([
            SQLStatement("""
                UPDATE checks SET status = 'failed', finished_at = {now}, lease_until = NULL,
                    failure = 'taken ' || CAST(\(CheckStore.lostClaims) AS TEXT) || ' times by workers that never finished it (they died or lost their lease)'
                WHERE status = 'running' AND lease_until < {now} AND \(CheckStore.lostClaims) >= ?
                RETURNING id
                """, [.integer(maxAttempts)]),
            SQLStatement("""
                UPDATE checks SET status = 'running', attempts = attempts + 1, claim_token = ?, worker = ?,
                    lease_until = {now} + ?, started_at = COALESCE(started_at, {now})
                WHERE id = (SELECT id FROM checks
                            WHERE status = 'queued' OR (status = 'running' AND lease_until < {now})
                            ORDER BY seq, id LIMIT 1 {skip_locked})
                RETURNING \(CheckStore.checkColumns)
                """, [.text(token), .text(worker), .real(lease)]),
            SQLStatement("""
                INSERT INTO check_runs (check_id, attempt, worker, claim_token, started_at)
                SELECT id, attempts, worker, claim_token, {now} FROM checks WHERE claim_token = ?
                """, [.text(token)]),
        ])
        guard let row = results[1].first else { return nil }
        return CheckClaim(check: try CheckStore.record(row), token: token, worker: worker)
    }

    /// Extends the lease; false when the claim was lost (its lease expired and another worker
    /// took the check, or it was failed).
    public func renew(_ claim: CheckClaim, lease: Double) async throws -> Bool {
        try await !backend.rows("""
            UPDATE checks SET lease_until = {now} + ?
            WHERE id = ? AND claim_token = ? AND status = 'running'
            RETURNING id
            """, [.real(lease), .text(claim.check.id), .text(claim.token)]).isEmpty
    }

    /// Records the outcome; false when the claim was lost, and then nothing is written: only
    /// the latest claim of a check can finish it, so no check is completed twice.
    public func complete(_ claim: CheckClaim, _ outcome: CheckOutcome) async throws -> Bool {
        let update: SQLStatement
        switch outcome {
        case let .done(english, french, summary, keys):
            update = SQLStatement("""
                UPDATE checks SET status = 'done', finished_at = {now}, lease_until = NULL,
                    report_en = ?, report_fr = ?, summary = ?, finding_keys = ?
                WHERE id = ? AND claim_token = ? AND status = 'running'
                RETURNING id
                """, [.text(english), .text(french), try CheckStore.json(summary), try CheckStore.json(keys), .text(claim.check.id), .text(claim.token)])
        case let .failed(reason):
            update = SQLStatement("""
                UPDATE checks SET status = 'failed', finished_at = {now}, lease_until = NULL, failure = ?
                WHERE id = ? AND claim_token = ? AND status = 'running'
                RETURNING id
                """, [.text(reason), .text(claim.check.id), .text(claim.token)])
        }
        let outcomeName: CheckRun.Outcome = if case .done = outcome { .done } else { .failed }
        return try await !finish(claim, update, as: outcomeName).isEmpty
    }

    /// Gives the check back to the queue (graceful shutdown): another worker takes it at once.
    public func release(_ claim: CheckClaim) async throws {
        _ = try await finish(claim, SQLStatement("""
            UPDATE checks SET status = 'queued', lease_until = NULL, worker = NULL
            WHERE id = ? AND claim_token = ? AND status = 'running'
            RETURNING id
            """, [.text(claim.check.id), .text(claim.token)]), as: .released)
    }

    /// Runs `update` (which matches only while the claim holds) and closes the claim's run in
    /// the same transaction, only if the update matched.
    private func finish(_ claim: CheckClaim, _ update: SQLStatement, as outcome: CheckRun.Outcome) async throws -> [SQLRow] {
        try await backend.run([
            update,
            SQLStatement("""
                UPDATE check_runs SET finished_at = {now}, outcome = ?
                WHERE claim_token = ? AND EXISTS (SELECT 1 FROM checks WHERE checks.claim_token = check_runs.claim_token
                                                  AND checks.status = ?)
                """, [.text(outcome.rawValue), .text(claim.token), .text(outcome == .released ? CheckStatus.queued.rawValue : outcome.rawValue)]),
        ])[0]
    }
}
