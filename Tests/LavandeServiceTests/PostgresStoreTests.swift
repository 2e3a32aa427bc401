import Foundation
@testable import LavandeService
import XCTest

/// The store contract on PostgreSQL (skipped, saying why, without `LAVANDE_TEST_POSTGRES_URL`).
final class PostgresStoreTests: XCTestCase {
    private func contract(_ test: @escaping @Sendable (CheckStore) async throws -> Void) async throws {
        try await TestStores.withPostgres { store, _ in try await test(store) }
    }

    func testClaimsInSubmissionOrder() async throws { try await contract(StoreContract.claimsInSubmissionOrder) }

    func testExpiredLeaseIsTakenOverAndFenced() async throws { try await contract(StoreContract.expiredLeaseIsTakenOverAndFenced) }

    func testReleasedCheckGoesBackToTheQueue() async throws { try await contract(StoreContract.releasedCheckGoesBackToTheQueue) }

    func testCheckFailsAfterMaxAttempts() async throws { try await contract(StoreContract.checkFailsAfterMaxAttempts) }

    func testTokens() async throws { try await contract(StoreContract.tokensAreFoundByTheirSecretOnlyAndRevoked) }

    func testHistoryAndDatasets() async throws { try await contract(StoreContract.historyAndDatasets) }

    func testUploadsExpireOnce() async throws { try await contract(StoreContract.uploadsExpireOnce) }

    /// Two connection pools on one database, as two machines would have; claims lock with
    /// FOR UPDATE SKIP LOCKED.
    func testTwoWorkersCompleteEveryCheckOnce() async throws {
        try await TestStores.withPostgres { first, url in
            try await TestStores.withSecondPostgres(url) { second in
                try await StoreContract.twoWorkersCompleteEveryCheckOnce(first, second)
            }
        }
    }

    /// Several processes setting the schema up at once (workers starting together) do not fail.
    func testConcurrentMigrations() async throws {
        try await TestStores.withPostgres { store, _ in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<4 { group.addTask { try await store.migrate() } }
                try await group.waitForAll()
            }
        }
    }
}
