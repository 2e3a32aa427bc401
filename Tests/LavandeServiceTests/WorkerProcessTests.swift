import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import LavandeService
import Logging
import XCTest

/// Real `lavande serve --worker` processes sharing one store: on the SQLite file of one machine,
/// and on PostgreSQL as workers of several machines would (skipped, saying why, without
/// `LAVANDE_TEST_POSTGRES_URL`).
final class WorkerProcessTests: XCTestCase {
    private var folder: URL!
    private var workers: [WorkerProcess] = []

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lavande-workers-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        for worker in workers { worker.terminate() }
        try? FileManager.default.removeItem(at: folder)
    }

    private var data: String { folder.appendingPathComponent("data").path }

    private func settings(_ database: String?) -> ServiceSettings {
        ServiceSettings(dataDirectory: data, databaseURL: database)
    }

    private func startWorker(_ database: String?, lease: Double = 60) throws -> WorkerProcess {
        let worker = try WorkerProcess(data: data, database: database, lease: lease, logFolder: folder)
        workers.append(worker)
        return worker
    }

    /// Queues a check of one file, its bytes kept in the upload store as an upload would be.
    private func enqueue(_ store: CheckStore, _ name: String, _ content: Data) throws -> NewCheck {
        let uploads = try UploadStore(root: settings(nil).uploadsDirectory)
        let staging = try uploads.makeStaging(budget: UploadBudget(limits: UploadLimits()))
        defer { staging.discard() }
        let writer = try staging.newFile(path: "data.csv")
        try writer.write(content)
        let files = try uploads.keep([try writer.finish()])
        return NewCheck(dataset: name, publisher: "Mairie A", submittedBy: "tok_test", files: files)
    }

    private func waitUntil(_ timeout: TimeInterval, _ what: String, _ condition: () async throws -> Bool) async throws {
        let deadline = Date().addingTimeInterval(timeout)
        while try await !condition() {
            guard Date() < deadline else {
                XCTFail("\(what) not within \(timeout) s; worker logs:\n" + workers.map(\.logText).joined(separator: "\n---\n"))
                throw CancellationError()
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    private func twoWorkersDoEveryCheckOnce(_ database: String?) async throws {
        let ids = try await StoreConnection.withStore(settings(database), logger: ServiceHarness.quietLogger) { [self] store in
            var ids: [String] = []
            for index in 0..<12 { ids.append(try await store.enqueue(try enqueue(store, "jeu-\(index)", APITests.cleanCSV)).id) }
            return ids
        }
        let first = try startWorker(database)
        let second = try startWorker(database)
        // Listening means the service group runs: SIGTERM is then a graceful stop, not death.
        _ = try await first.address()
        _ = try await second.address()
        try await StoreConnection.withStore(settings(database), logger: ServiceHarness.quietLogger) { store in
            try await self.waitUntil(120, "every check done") { try await store.countsByStatus()[.done] == ids.count }
            for id in ids {
                let runs = try await store.runs(of: id)
                XCTAssertEqual(runs.count, 1, "\(id): \(runs)")
                XCTAssertEqual(runs.first?.outcome, .done)
            }
        }
        for worker in workers { XCTAssertEqual(worker.terminate(), 0, "a worker did not stop cleanly on SIGTERM:\n\(worker.logText)") }
    }

    /// A worker killed mid-job: its lease expires, the other worker takes the check and finishes
    /// it; the dead worker's claim never completes.
    private func killedWorkersCheckIsFinishedByAnother(_ database: String?) async throws {
        let id = try await StoreConnection.withStore(settings(database), logger: ServiceHarness.quietLogger) { [self] store in
            try await store.enqueue(try enqueue(store, "lent", ServiceHarness.slowCSV(megabytes: 6))).id
        }
        let doomed = try startWorker(database, lease: 2)
        try await StoreConnection.withStore(settings(database), logger: ServiceHarness.quietLogger) { store in
            try await self.waitUntil(60, "the check taken by the first worker") {
                try await store.runs(of: id).first?.worker.contains(doomed.nameFragment) == true
            }
            let running = try await store.check(id)
            XCTAssertEqual(running?.status, .running, "the check finished before the worker could be killed: make it larger")
            doomed.kill()
            let survivor = try self.startWorker(database, lease: 2)
            try await self.waitUntil(120, "the check done by the second worker") { try await store.check(id)?.status == .done }
            let runs = try await store.runs(of: id)
            XCTAssertEqual(runs.count, 2, "\(runs)")
            XCTAssertTrue(runs[0].worker.contains(doomed.nameFragment))
            XCTAssertNil(runs[0].outcome, "the killed worker's claim must never complete")
            XCTAssertTrue(runs[1].worker.contains(survivor.nameFragment))
            XCTAssertEqual(runs[1].outcome, .done)
            let check = try await store.check(id)
            XCTAssertEqual(check?.attempts, 2)
            XCTAssertNotNil(check?.summary)
        }
    }

    func testTwoWorkerProcessesOnSQLiteDoEveryCheckOnce() async throws { try await twoWorkersDoEveryCheckOnce(nil) }

    /// A worker process answers probes and metrics, and nothing of the API.
    func testAWorkerProcessAnswersProbesAndMetricsOnly() async throws {
        let worker = try startWorker(nil)
        let address = try await worker.address()
        let session = URLSession(configuration: .ephemeral)
        for (path, expected) in [("/v1/health", 200), ("/v1/ready", 200), ("/metrics", 200), ("/v1/openapi.json", 404),
                                 ("/v1/checks/chk_x", 404), ("/v1/datasets", 404)] {
            let (body, response) = try await session.data(from: URL(string: address + path)!)
            XCTAssertEqual((response as? HTTPURLResponse)?.statusCode, expected, path)
            if path == "/metrics" { XCTAssertTrue(String(decoding: body, as: UTF8.self).contains("lavande_checks{status=\"queued\"}")) }
        }
        XCTAssertEqual(worker.terminate(), 0, worker.logText)
    }

    func testAKilledWorkersCheckIsFinishedByAnotherOnSQLite() async throws { try await killedWorkersCheckIsFinishedByAnother(nil) }

    func testTwoWorkerProcessesOnPostgreSQLDoEveryCheckOnce() async throws {
        let url = try TestStores.postgresURL
        try await TestStores.withPostgres { _, _ in }
        try await twoWorkersDoEveryCheckOnce(url)
    }

    func testAKilledWorkersCheckIsFinishedByAnotherOnPostgreSQL() async throws {
        let url = try TestStores.postgresURL
        try await TestStores.withPostgres { _, _ in }
        try await killedWorkersCheckIsFinishedByAnother(url)
    }
}
