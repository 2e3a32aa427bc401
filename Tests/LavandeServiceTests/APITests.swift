import Foundation
@testable import LavandeService
import XCTest

/// The API over real HTTP on loopback, with a worker, on SQLite.
final class APITests: XCTestCase {
    private var service: ServiceHarness!

    override func setUp() async throws {
        service = try ServiceHarness()
        try await service.start()
    }

    override func tearDown() async throws {
        try await service.stop()
    }

    static let cleanCSV = Data("id;nom;commune\n1;Stade municipal;Lavandou\n2;Piscine;Lavandou\n".utf8)
    static let personalCSV = Data("id;nom;commentaire\n1;Stade;Contact jean.dupont@gmail.com ou 06 12 34 56 78\n2;Piscine;RAS\n".utf8)
    static let licence = Data("Licence Ouverte / Open Licence version 2.0 (Etalab-2.0)\n".utf8)

    private func submitAndWait(_ files: [(name: String, content: Data)], dataset: String = "Équipements sportifs",
                               token: String? = nil) async throws -> [String: Any] {
        let reply = try await service.submit(files, dataset: dataset, token: token ?? service.mairieA)
        XCTAssertEqual(reply.status, 202, reply.text)
        let id = try XCTUnwrap(try reply.json()["id"] as? String)
        XCTAssertEqual(reply.headers["location"], "/v1/checks/\(id)")
        return try await service.waitUntilFinished(id, token: token ?? service.mairieA)
    }

    func testASubmittedFolderIsCheckedAndItsReportServedInEveryFormat() async throws {
        let check = try await submitAndWait([("equipements.csv", APITests.personalCSV), ("LICENSE", APITests.licence)])
        XCTAssertEqual(check["status"] as? String, "done")
        XCTAssertEqual(check["publisher"] as? String, "Mairie A", "a publisher token submits for its publisher")
        XCTAssertEqual(check["attempts"] as? Int, 1)
        let summary = try XCTUnwrap(check["summary"] as? [String: Any])
        XCTAssertEqual(summary["files"] as? Int, 1)
        XCTAssertEqual(summary["rows"] as? Int, 3, "records, the header included, as in the JSON report")
        let id = try XCTUnwrap(check["id"] as? String)

        let json = try await service.request("GET", "/v1/checks/\(id)/report", token: service.mairieA)
        XCTAssertEqual(json.status, 200)
        XCTAssertEqual(json.headers["content-type"], "application/json")
        let report = try json.json()
        XCTAssertNotNil(report["lavande_report"])
        let findings = try XCTUnwrap(report["findings"] as? [[String: Any]])
        XCTAssertTrue(findings.contains { $0["rule"] as? String == "personal-data.free-text" }, json.text)
        XCTAssertEqual(findings.first?["dataset"] as? String, "Équipements sportifs")

        let sarif = try await service.request("GET", "/v1/checks/\(id)/report?format=sarif", token: service.mairieA)
        XCTAssertEqual(sarif.headers["content-type"], "application/sarif+json")
        XCTAssertEqual(try sarif.json()["version"] as? String, "2.1.0")
        let sarifRules = (((try sarif.json()["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"]
        XCTAssertFalse((sarifRules as? [Any] ?? []).isEmpty, "SARIF lists the rules in force")

        let markdown = try await service.request("GET", "/v1/checks/\(id)/report", token: service.mairieA,
                                                 headers: ["Accept": "text/markdown", "Accept-Language": "fr-FR,fr;q=0.9"])
        XCTAssertEqual(markdown.headers["content-type"], "text/markdown; charset=utf-8")
        XCTAssertTrue(markdown.text.contains("personal-data.free-text"))
        XCTAssertTrue(markdown.text.contains("Erreurs") || markdown.text.contains("erreur"), "French asked by Accept-Language")

        let html = try await service.request("GET", "/v1/checks/\(id)/report?format=html&lang=en", token: service.mairieA)
        XCTAssertEqual(html.headers["content-type"], "text/html; charset=utf-8")
        XCTAssertTrue(html.text.hasPrefix("<!DOCTYPE html>"), String(html.text.prefix(80)))
        XCTAssertTrue(html.text.contains("lang=\"en\""))

        let unknown = try await service.request("GET", "/v1/checks/\(id)/report?format=pdf", token: service.mairieA)
        XCTAssertEqual(unknown.status, 406)
        XCTAssertEqual(unknown.headers["content-type"], "application/problem+json")
    }

    /// Evidence is masked in every report the service keeps: the values never leave it.
    func testReportsNeverHoldThePersonalDataInClear() async throws {
        let check = try await submitAndWait([("equipements.csv", APITests.personalCSV)])
        let id = try XCTUnwrap(check["id"] as? String)
        for format in ["json", "sarif", "markdown", "html", "junit", "text"] {
            for lang in ["fr", "en"] {
                for token in [service.mairieA, service.auditor] {
                    let reply = try await service.request("GET", "/v1/checks/\(id)/report?format=\(format)&lang=\(lang)", token: token)
                    XCTAssertEqual(reply.status, 200)
                    XCTAssertFalse(reply.text.contains("dupont"), "\(format)/\(lang) holds the e-mail address")
                    XCTAssertFalse(reply.text.contains("12 34 56"), "\(format)/\(lang) holds the phone number")
                }
            }
        }
    }

    func testHistoryTellsWhatChangedAndTheBadgeFollows() async throws {
        let first = try await submitAndWait([("equipements.csv", APITests.personalCSV), ("LICENSE", APITests.licence)])
        XCTAssertEqual((first["summary"] as? [String: Any])?["verdict"] as? String, "fail")
        let badgePath = "/v1/datasets/Mairie%20A/%C3%89quipements%20sportifs/badge.svg"
        let failing = try await service.request("GET", badgePath)
        XCTAssertEqual(failing.status, 200, "badges are public")
        XCTAssertEqual(failing.headers["content-type"], "image/svg+xml")
        XCTAssertTrue(failing.text.contains(">fail</text>"), failing.text)
        let french = try await service.request("GET", badgePath + "?lang=fr")
        XCTAssertTrue(french.text.contains(">non conforme</text>"))

        let second = try await submitAndWait([("equipements.csv", APITests.cleanCSV), ("LICENSE", APITests.licence)])
        XCTAssertNotEqual((second["summary"] as? [String: Any])?["verdict"] as? String, "fail")
        let passing = try await service.request("GET", badgePath)
        XCTAssertFalse(passing.text.contains(">fail</text>"), passing.text)

        let reply = try await service.request("GET", "/v1/datasets/Mairie%20A/%C3%89quipements%20sportifs/checks", token: service.mairieA)
        XCTAssertEqual(reply.status, 200, reply.text)
        let checks = try XCTUnwrap(try reply.json()["checks"] as? [[String: Any]])
        XCTAssertEqual(checks.count, 2)
        XCTAssertNil(checks[0]["changes"], "the first check has nothing to compare with")
        let changes = try XCTUnwrap(checks[1]["changes"] as? [String: Any])
        XCTAssertEqual(changes["compared_with"] as? String, first["id"] as? String)
        XCTAssertGreaterThanOrEqual(changes["resolved"] as? Int ?? 0, 1)
        let resolved = try XCTUnwrap(changes["resolved_findings"] as? [[String: Any]])
        XCTAssertTrue(resolved.contains { $0["rule"] as? String == "personal-data.free-text" && $0["column"] as? String == "commentaire" },
                      "\(resolved)")

        let list = try await service.request("GET", "/v1/datasets", token: service.mairieA)
        let datasets = try XCTUnwrap(try list.json()["datasets"] as? [[String: Any]])
        XCTAssertEqual(datasets.map { $0["dataset"] as? String }, ["Équipements sportifs"])
        XCTAssertEqual((datasets.first?["latest"] as? [String: Any])?["id"] as? String, second["id"] as? String)

        let unchecked = try await service.request("GET", "/v1/datasets/Mairie%20A/nothing/badge.svg")
        XCTAssertTrue(unchecked.text.contains(">not checked</text>"))
    }

    func testAZipOfAFolderAndABareZipBody() async throws {
        let zip = try ZipFixture.make([("mon-jeu/equipements.csv", .bytes(APITests.cleanCSV)), ("mon-jeu/LICENSE", .bytes(APITests.licence))])
        let viaForm = try await submitAndWait([("mon-jeu.zip", zip)], dataset: "zippé")
        XCTAssertEqual((viaForm["files"] as? [[String: Any]])?.compactMap { $0["path"] as? String }, ["equipements.csv", "LICENSE"])
        XCTAssertEqual(viaForm["status"] as? String, "done")

        let bare = try await service.request("POST", "/v1/checks?dataset=nu&publisher=Mairie%20B", token: service.auditor,
                                             headers: ["Content-Type": "application/zip"], body: zip)
        XCTAssertEqual(bare.status, 202, bare.text)
        XCTAssertEqual(try bare.json()["publisher"] as? String, "Mairie B", "an auditor submits on behalf of the publisher it names")
        let done = try await service.waitUntilFinished(try XCTUnwrap(try bare.json()["id"] as? String), token: service.auditor)
        XCTAssertEqual(done["status"] as? String, "done")
        // Both uploads hold the same two files: the store keeps each blob once.
        XCTAssertEqual(service.uploadStoreEntries().filter { $0.hasPrefix("blobs/") }.count, 2)
    }

    func testTokensAndRoles() async throws {
        let check = try await submitAndWait([("equipements.csv", APITests.cleanCSV)])
        let id = try XCTUnwrap(check["id"] as? String)
        let path = "/v1/checks/\(id)"

        let anonymous = try await service.request("GET", path)
        XCTAssertEqual(anonymous.status, 401)
        XCTAssertEqual(anonymous.headers["www-authenticate"], "Bearer realm=\"lavande\"")
        let wrong = try await service.request("GET", path, token: "lvd_" + String(repeating: "a", count: 32))
        XCTAssertEqual(wrong.status, 401)
        let notBearer = try await service.request("GET", path, headers: ["Authorization": "Basic dXNlcjpwYXNz"])
        XCTAssertEqual(notBearer.status, 401)

        let other = try await service.request("GET", path, token: service.mairieB)
        XCTAssertEqual(other.status, 404, "another publisher's check is answered as missing")
        let otherReport = try await service.request("GET", path + "/report", token: service.mairieB)
        XCTAssertEqual(otherReport.status, 404)
        let otherHistory = try await service.request("GET", "/v1/datasets/Mairie%20A/%C3%89quipements%20sportifs/checks", token: service.mairieB)
        XCTAssertEqual(otherHistory.status, 404)
        let otherList = try await service.request("GET", "/v1/datasets", token: service.mairieB)
        XCTAssertEqual((try otherList.json()["datasets"] as? [Any])?.count, 0)

        let auditor = try await service.request("GET", path, token: service.auditor)
        XCTAssertEqual(auditor.status, 200)
        let auditorList = try await service.request("GET", "/v1/datasets", token: service.auditor)
        XCTAssertEqual((try auditorList.json()["datasets"] as? [Any])?.count, 1)

        let forOther = try await service.submit([("a.csv", APITests.cleanCSV)], dataset: "x", publisher: "Mairie B", token: service.mairieA)
        XCTAssertEqual(forOther.status, 403, forOther.text)
        let restated = try await service.submit([("a.csv", APITests.cleanCSV)], dataset: "x", publisher: "Mairie A", token: service.mairieA)
        XCTAssertEqual(restated.status, 202)
        let auditorWithoutPublisher = try await service.submit([("a.csv", APITests.cleanCSV)], dataset: "x", token: service.auditor)
        XCTAssertEqual(auditorWithoutPublisher.status, 400)
        let anonymousSubmit = try await service.submit([("a.csv", APITests.cleanCSV)], dataset: "x", token: "")
        XCTAssertEqual(anonymousSubmit.status, 401)

        let rules = try await service.request("GET", "/v1/rules")
        XCTAssertEqual(rules.status, 401)
        let reportWithoutToken = try await service.request("GET", path + "/report?format=pdf")
        XCTAssertEqual(reportWithoutToken.status, 401, "the token is asked for before anything else")

        // Public endpoints answer whatever Authorization holds (a proxy's basic credentials).
        for publicPath in ["/v1/health", "/metrics", "/v1/openapi.json", "/v1/datasets/Mairie%20A/x/badge.svg"] {
            for header in ["Basic dXNlcjpwYXNz", "Bearer lvd_unknown"] {
                let reply = try await service.request("GET", publicPath, headers: ["Authorization": header])
                XCTAssertEqual(reply.status, 200, "\(publicPath) with \(header)")
            }
        }
    }

    func testARevokedTokenIsRefusedAtOnce() async throws {
        let before = try await service.request("GET", "/v1/datasets", token: service.mairieB)
        XCTAssertEqual(before.status, 200)
        _ = try await service.withStore { try await $0.revokeToken("mairie-b") }
        let after = try await service.request("GET", "/v1/datasets", token: service.mairieB)
        XCTAssertEqual(after.status, 401)
    }

    func testMissingChecksAndMalformedIds() async throws {
        for id in ["chk_nothere", "nothing", "chk_" + String(repeating: "x", count: 100), "chk_%2e%2e%2f"] {
            let reply = try await service.request("GET", "/v1/checks/\(id)", token: service.auditor)
            XCTAssertEqual(reply.status, 404, id)
        }
    }
}
