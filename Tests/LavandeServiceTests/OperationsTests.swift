import Foundation
@testable import LavandeService
import LavandeTestSupport
import XCTest

/// Health, readiness, metrics, rules and the OpenAPI document.
final class OperationsTests: XCTestCase {
    private var service: ServiceHarness!

    override func setUp() async throws {
        service = try ServiceHarness()
        try await service.start()
    }

    override func tearDown() async throws {
        try await service.stop()
    }

    func testHealthAndReadiness() async throws {
        let health = try await service.request("GET", "/v1/health")
        XCTAssertEqual(health.status, 200)
        XCTAssertEqual(try health.json()["status"] as? String, "ok")
        let ready = try await service.request("GET", "/v1/ready")
        XCTAssertEqual(ready.status, 200)
        XCTAssertEqual(try ready.json()["status"] as? String, "ready")
    }

    func testMetricsCountChecksByStatusAndTheirDurations() async throws {
        let reply = try await service.submit([("a.csv", APITests.cleanCSV)], dataset: "jeu", token: service.mairieA)
        _ = try await service.waitUntilFinished(try XCTUnwrap(try reply.json()["id"] as? String), token: service.mairieA)
        let metrics = try await service.request("GET", "/metrics")
        XCTAssertEqual(metrics.status, 200)
        XCTAssertTrue(metrics.headers["content-type"]?.hasPrefix("text/plain; version=0.0.4") ?? false)
        for line in ["lavande_checks_submitted_total 1", #"lavande_checks{status="done"} 1"#, #"lavande_checks{status="queued"} 0"#,
                     #"lavande_checks_finished_total{outcome="done"} 1"#, #"lavande_check_duration_seconds_count{outcome="done"} 1"#,
                     "# TYPE lavande_check_duration_seconds histogram"] {
            XCTAssertTrue(metrics.text.contains(line), "no \(line) in\n\(metrics.text)")
        }
    }

    func testRulesInForce() async throws {
        let reply = try await service.request("GET", "/v1/rules", token: service.mairieA)
        XCTAssertEqual(reply.status, 200)
        let rules = try XCTUnwrap(try reply.json()["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.count, ServiceHarness.rules.rules.count)
        let freeText = try XCTUnwrap(rules.first { $0["id"] as? String == "personal-data.free-text" })
        XCTAssertEqual(freeText["family"] as? String, "personal-data")
        XCTAssertNotNil((freeText["title"] as? [String: Any])?["fr"])
        XCTAssertFalse((try reply.json()["books"] as? [Any] ?? []).isEmpty)
    }

    /// The document served is the one in docs/, and it names every route the router has.
    func testTheOpenAPIDocumentIsTheOneInDocsAndCoversTheRoutes() async throws {
        let reply = try await service.request("GET", "/v1/openapi.json")
        XCTAssertEqual(reply.status, 200)
        let documented = try Data(contentsOf: BuiltProducts.repository.appendingPathComponent("docs/openapi.json"))
        XCTAssertEqual(reply.body, documented, "docs/openapi.json and OpenAPIDocument.json differ")
        let paths = try XCTUnwrap((try reply.json()["paths"] as? [String: Any]).map { Set($0.keys) })
        let expected: Set<String> = ["/v1/health", "/v1/ready", "/v1/openapi.json", "/v1/rules", "/v1/checks", "/v1/checks/{id}",
                                     "/v1/checks/{id}/report", "/v1/datasets", "/v1/datasets/{publisher}/{dataset}/checks",
                                     "/v1/datasets/{publisher}/{dataset}/badge.svg", "/metrics"]
        XCTAssertEqual(paths, expected)
    }
}
