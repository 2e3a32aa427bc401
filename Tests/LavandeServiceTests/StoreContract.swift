import Foundation
@testable import LavandeService
import XCTest

/// What every store must do, whatever its database: each test of `SQLiteStoreTests` and
/// `PostgresStoreTests` runs one of these.
enum StoreContract {
    static func claimsInSubmissionOrder(_ store: CheckStore) async throws {
        var ids: [String] = []
        for name in ["a", "b", "c"] { ids.append(try await store.enqueue(.sample(name)).id) }
        var claimed: [String] = []
        while let claim = try await store.claim(worker: "w1", lease: 60, maxAttempts: 3) {
            XCTAssertEqual(claim.check.status, .running)
            XCTAssertEqual(claim.check.attempts, 1)
            claimed.append(claim.check.id)
        }
        XCTAssertEqual(claimed, ids)
        let counts = try await store.countsByStatus()
        XCTAssertEqual(counts[.running], 3)
        XCTAssertEqual(counts[.queued], 0)
    }

    /// A worker whose lease expired loses the check: it can neither renew nor complete it; the
    /// worker that took it over completes it, once.
    static func expiredLeaseIsTakenOverAndFenced(_ store: CheckStore) async throws {
        let id = try await store.enqueue(.sample()).id
        let first = try await store.take(worker: "w1", lease: 0.2, maxAttempts: 3)
        let nothing = try await store.claim(worker: "w2", lease: 60, maxAttempts: 3)
        XCTAssertNil(nothing, "a check under a live lease must not be taken")
        try await Task.sleep(for: .milliseconds(400))
        let second = try await store.take(worker: "w2", lease: 60, maxAttempts: 3)
        XCTAssertEqual(second.check.id, id)
        XCTAssertEqual(second.check.attempts, 2)
        let renewed = try await store.renew(first, lease: 60)
        XCTAssertFalse(renewed)
        let lateCompletion = try await store.complete(first, .sampleDone())
        XCTAssertFalse(lateCompletion, "the first claim must not complete a check it lost")
        let completion = try await store.complete(second, .sampleDone())
        XCTAssertTrue(completion)
        let again = try await store.complete(second, .sampleDone())
        XCTAssertFalse(again, "a check completes once")
        let runs = try await store.runs(of: id)
        XCTAssertEqual(runs.map(\.worker), ["w1", "w2"])
        XCTAssertEqual(runs.map(\.outcome), [nil, .done])
        let check = try await store.check(id)
        XCTAssertEqual(check?.status, .done)
        XCTAssertEqual(check?.summary?.verdict, .pass)
    }

    static func releasedCheckGoesBackToTheQueue(_ store: CheckStore) async throws {
        let id = try await store.enqueue(.sample()).id
        let claim = try await store.take(worker: "w1", lease: 60, maxAttempts: 3)
        try await store.release(claim)
        let queued = try await store.check(id)
        XCTAssertEqual(queued?.status, .queued)
        let retaken = try await store.take(worker: "w2", lease: 60, maxAttempts: 3)
        XCTAssertEqual(retaken.check.id, id)
        let completed = try await store.complete(retaken, .failed(reason: "unreadable"))
        XCTAssertTrue(completed)
        let runs = try await store.runs(of: id)
        XCTAssertEqual(runs.map(\.outcome), [.released, .failed])
        let failed = try await store.check(id)
        XCTAssertEqual(failed?.status, .failed)
        XCTAssertEqual(failed?.failure, "unreadable")
    }

    /// A check that keeps losing its workers is failed, not taken forever; a check given back
    /// at a shutdown is not counted against it.
    static func checkFailsAfterMaxAttempts(_ store: CheckStore) async throws {
        let given = try await store.enqueue(.sample("given back")).id
        try await store.release(try await store.take(worker: "w0", lease: 60, maxAttempts: 1))
        let retaken = try await store.take(worker: "w0", lease: 60, maxAttempts: 1)
        XCTAssertEqual(retaken.check.id, given, "a check given back is not failed")
        _ = try await store.complete(retaken, .sampleDone())
        let id = try await store.enqueue(.sample()).id
        _ = try await store.take(worker: "w1", lease: 0.1, maxAttempts: 1)
        try await Task.sleep(for: .milliseconds(300))
        let claim = try await store.claim(worker: "w2", lease: 60, maxAttempts: 1)
        XCTAssertNil(claim)
        let check = try await store.check(id)
        XCTAssertEqual(check?.status, .failed)
        XCTAssertEqual(check?.failure, "taken 1 times by workers that never finished it (they died or lost their lease)")
    }

    static func tokensAreFoundByTheirSecretOnlyAndRevoked(_ store: CheckStore) async throws {
        let created = try await store.createToken(name: "mairie", role: .publisher, publisher: "Mairie A")
        let (token, secret) = try XCTUnwrap(created)
        let sameName = try await store.createToken(name: "mairie", role: .auditor, publisher: nil)
        XCTAssertNil(sameName, "two live tokens cannot share a name")
        XCTAssertTrue(secret.hasPrefix("lvd_"))
        XCTAssertNotEqual(token.secretHash, secret)
        XCTAssertEqual(token.secretHash, TokenSecret.hash(secret))
        let found = try await store.token(secret: secret)
        XCTAssertEqual(found?.principal, Principal(tokenID: token.id, role: .publisher, publisher: "Mairie A"))
        let wrong = try await store.token(secret: secret + "x")
        XCTAssertNil(wrong)
        let revoked = try await store.revokeToken("mairie")
        XCTAssertTrue(revoked)
        let afterRevocation = try await store.token(secret: secret)
        XCTAssertNil(afterRevocation)
        let twice = try await store.revokeToken(token.id)
        XCTAssertFalse(twice)
        let reused = try await store.createToken(name: "mairie", role: .publisher, publisher: "Mairie A")
        XCTAssertNotNil(reused, "the name of a revoked token can be given again")
    }

    static func historyAndDatasets(_ store: CheckStore) async throws {
        for (dataset, publisher) in [("budget", "Mairie A"), ("budget", "Mairie A"), ("voirie", "Mairie B")] {
            let id = try await store.enqueue(.sample(dataset, publisher: publisher)).id
            let claim = try await store.take(worker: "w", lease: 60, maxAttempts: 3)
            XCTAssertEqual(claim.check.id, id)
            _ = try await store.complete(claim, .sampleDone(keys: [dataset]))
        }
        let history = try await store.history(publisher: "Mairie A", dataset: "budget")
        XCTAssertEqual(history.count, 2)
        XCTAssertEqual(history.map(\.findingKeys), [["budget"], ["budget"]])
        let all = try await store.datasets(publisher: nil)
        XCTAssertEqual(all.map(\.dataset), ["budget", "voirie"])
        XCTAssertEqual(all.first?.id, history.last?.check.id, "each dataset is listed with its latest check")
        let mine = try await store.datasets(publisher: "Mairie B")
        XCTAssertEqual(mine.map(\.publisher), ["Mairie B"])
        let latest = try await store.latestFinished(publisher: "Mairie A", dataset: "budget")
        XCTAssertEqual(latest?.id, history.last?.check.id)
    }

    /// Uploads of finished checks expire once; blobs still used by a check keeping its upload
    /// stay live.
    static func uploadsExpireOnce(_ store: CheckStore) async throws {
        let shared = UploadedFile(path: "a.csv", sha256: String(repeating: "b", count: 64), size: 1)
        let own = UploadedFile(path: "b.csv", sha256: String(repeating: "c", count: 64), size: 1)
        let finished = try await store.enqueue(NewCheck(dataset: "d", publisher: "p", submittedBy: "t", files: [shared, own])).id
        let claim = try await store.take(worker: "w", lease: 60, maxAttempts: 3)
        _ = try await store.complete(claim, .sampleDone())
        _ = try await store.enqueue(NewCheck(dataset: "d", publisher: "p", submittedBy: "t", files: [shared]))
        let before = try await store.liveDigests()
        XCTAssertEqual(before, [shared.sha256, own.sha256])
        let notYet = try await store.expireUploads(olderThan: 3_600)
        XCTAssertEqual(notYet, 0)
        let expired = try await store.expireUploads(olderThan: 0)
        XCTAssertEqual(expired, 1, "only the finished check's upload expires")
        let live = try await store.liveDigests()
        XCTAssertEqual(live, [shared.sha256], "the blob the queued check uses is kept")
        let again = try await store.expireUploads(olderThan: 0)
        XCTAssertEqual(again, 0)
        let check = try await store.check(finished)
        XCTAssertNotNil(check?.uploadPurgedAt)
    }

    /// Two workers with their own connections (two processes, two machines) drain one queue:
    /// every check is done, each exactly once.
    static func twoWorkersCompleteEveryCheckOnce(_ first: CheckStore, _ second: CheckStore) async throws {
        var ids: [String] = []
        for index in 0..<40 { ids.append(try await first.enqueue(.sample("d\(index)")).id) }
        try await withThrowingTaskGroup(of: Int.self) { group in
            for (name, store) in [("w1", first), ("w2", second)] {
                group.addTask {
                    var completed = 0
                    while let claim = try await store.claim(worker: name, lease: 60, maxAttempts: 3) {
                        if try await store.complete(claim, .sampleDone()) { completed += 1 }
                    }
                    return completed
                }
            }
            var total = 0
            for try await completed in group { total += completed }
            XCTAssertEqual(total, ids.count)
        }
        for id in ids {
            let runs = try await first.runs(of: id)
            XCTAssertEqual(runs.count, 1, "check \(id) claimed \(runs.count) times")
            XCTAssertEqual(runs.first?.outcome, .done)
        }
        let counts = try await first.countsByStatus()
        XCTAssertEqual(counts[.done], ids.count)
    }
}

extension CheckStore {
    /// A claim that must be there.
    func take(worker: String, lease: Double, maxAttempts: Int, file: StaticString = #filePath, line: UInt = #line) async throws -> CheckClaim {
        let claim = try await claim(worker: worker, lease: lease, maxAttempts: maxAttempts)
        return try XCTUnwrap(claim, "no check to claim", file: file, line: line)
    }
}
