import Foundation
@testable import LavandeService
import XCTest

/// The store contract on the embedded SQLite store.
final class SQLiteStoreTests: XCTestCase {
    private var folders: [URL] = []

    private func makeStore() async throws -> CheckStore {
        let (store, folder) = try TestStores.sqlite()
        folders.append(folder)
        try await store.migrate()
        return store
    }

    override func tearDown() {
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
        super.tearDown()
    }

    func testClaimsInSubmissionOrder() async throws { try await StoreContract.claimsInSubmissionOrder(try await makeStore()) }

    func testExpiredLeaseIsTakenOverAndFenced() async throws {
        try await StoreContract.expiredLeaseIsTakenOverAndFenced(try await makeStore())
    }

    func testReleasedCheckGoesBackToTheQueue() async throws {
        try await StoreContract.releasedCheckGoesBackToTheQueue(try await makeStore())
    }

    func testCheckFailsAfterMaxAttempts() async throws { try await StoreContract.checkFailsAfterMaxAttempts(try await makeStore()) }

    func testTokens() async throws { try await StoreContract.tokensAreFoundByTheirSecretOnlyAndRevoked(try await makeStore()) }

    func testHistoryAndDatasets() async throws { try await StoreContract.historyAndDatasets(try await makeStore()) }

    func testUploadsExpireOnce() async throws { try await StoreContract.uploadsExpireOnce(try await makeStore()) }

    /// Two connections to one file, as two processes on one machine would have.
    func testTwoWorkersCompleteEveryCheckOnce() async throws {
        let first = try await makeStore()
        let path = folders.last!.appendingPathComponent("lavande.sqlite").path
        let second = CheckStore(backend: try SQLiteBackend(path: path))
        try await StoreContract.twoWorkersCompleteEveryCheckOnce(first, second)
    }

    /// Secrets are never stored: the database file does not hold one byte sequence of a secret.
    func testTheDatabaseFileHoldsNoSecret() async throws {
        let store = try await makeStore()
        let created = try await store.createToken(name: "t", role: .auditor, publisher: nil)
        let secret = try XCTUnwrap(created).secret
        let folder = folders.last!
        var bytes = Data()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            bytes += try Data(contentsOf: folder.appendingPathComponent(name))
        }
        XCTAssertNotNil(bytes.range(of: Data(TokenSecret.hash(secret).utf8)), "the hash is stored")
        XCTAssertNil(bytes.range(of: Data(secret.utf8)))
        XCTAssertNil(bytes.range(of: Data(secret.dropFirst(4).utf8)))
    }

    func testAStoreOfAnotherSchemaVersionIsRefused() async throws {
        let store = try await makeStore()
        _ = try await store.backend.rows("UPDATE lavande_schema SET version = 99")
        do {
            try await store.migrate()
            XCTFail("a store of schema version 99 was accepted")
        } catch let error as StoreLocationError {
            XCTAssertTrue(error.description.contains("version 99"), error.description)
        }
    }
}
