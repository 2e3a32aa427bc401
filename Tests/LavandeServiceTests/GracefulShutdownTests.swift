import Foundation
@testable import LavandeService
import XCTest

/// A graceful shutdown (SIGTERM, `LavandeServer.shutdown()`) finishes the running check within
/// the grace period, or gives it back to the queue.
final class GracefulShutdownTests: XCTestCase {
    func testARunningCheckFinishesWithinTheGracePeriod() async throws {
        let service = try ServiceHarness { $0.worker.shutdownGrace = 120 }
        try await service.start()
        let reply = try await service.submit([("data.csv", ServiceHarness.slowCSV(megabytes: 1))], dataset: "lent", token: service.mairieA)
        let id = try XCTUnwrap(try reply.json()["id"] as? String)
        try await service.waitUntilRunning(id)
        try await service.shutdown()
        let check = try await service.withStore { try await $0.check(id) }
        XCTAssertEqual(check?.status, .done)
        let runs = try await service.withStore { try await $0.runs(of: id) }
        XCTAssertEqual(runs.map(\.outcome), [.done])
        try await service.stop()
    }

    func testARunningCheckIsGivenBackWhenTheGracePeriodEnds() async throws {
        let service = try ServiceHarness { $0.worker.shutdownGrace = 0.1 }
        try await service.start()
        let reply = try await service.submit([("data.csv", ServiceHarness.slowCSV(megabytes: 4))], dataset: "lent", token: service.mairieA)
        let id = try XCTUnwrap(try reply.json()["id"] as? String)
        try await service.waitUntilRunning(id)
        let started = Date()
        try await service.shutdown()
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "the shutdown waited for the check instead of giving it back")
        let check = try await service.withStore { try await $0.check(id) }
        XCTAssertEqual(check?.status, .queued)
        let runs = try await service.withStore { try await $0.runs(of: id) }
        XCTAssertEqual(runs.map(\.outcome), [.released])
        // Another worker takes it at once, without waiting for a lease to expire.
        let claim = try await service.withStore { try await $0.claim(worker: "next", lease: 60, maxAttempts: 3) }
        XCTAssertEqual(claim?.check.id, id)
        XCTAssertEqual(claim?.check.attempts, 2)
        try await service.stop()
    }

    /// Every worker of the process hears the shutdown at once: an idle one must not take the
    /// check another one gives back.
    func testIdleWorkersStopTakingChecksAtOnce() async throws {
        let service = try ServiceHarness {
            $0.workers = 3
            $0.worker.shutdownGrace = 0.1
        }
        try await service.start()
        let reply = try await service.submit([("data.csv", ServiceHarness.slowCSV(megabytes: 4))], dataset: "lent", token: service.mairieA)
        let id = try XCTUnwrap(try reply.json()["id"] as? String)
        try await service.waitUntilRunning(id)
        try await service.shutdown()
        let runs = try await service.withStore { try await $0.runs(of: id) }
        XCTAssertEqual(runs.map(\.outcome), [.released], "the check was taken again during the shutdown: \(runs)")
        try await service.stop()
    }
}
