import Foundation
@testable import LavandeService
import XCTest

/// Hostile and broken uploads over HTTP: each gets its status code and a problem document, and
/// leaves nothing behind — no check, no blob, no staging file.
final class HostileUploadTests: XCTestCase {
    private var service: ServiceHarness!

    override func setUp() async throws {
        service = try ServiceHarness { settings in
            settings.limits = UploadLimits(maxRequestBytes: 256 << 10, maxFiles: 5, maxExpandedBytes: 8 << 20)
        }
        try await service.start()
    }

    override func tearDown() async throws {
        try await service.stop()
    }

    private func assertRefused(_ reply: ServiceHarness.Reply, status: Int, code: String,
                               file: StaticString = #filePath, line: UInt = #line) async throws {
        XCTAssertEqual(reply.status, status, reply.text, file: file, line: line)
        XCTAssertEqual(reply.headers["content-type"], "application/problem+json", file: file, line: line)
        XCTAssertEqual(try reply.json()["code"] as? String, code, reply.text, file: file, line: line)
        XCTAssertEqual(service.uploadStoreEntries(), [], "a refused upload left files", file: file, line: line)
        let counts = try await service.withStore { try await $0.countsByStatus() }
        XCTAssertEqual(counts.values.reduce(0, +), 0, "a refused upload made a check", file: file, line: line)
    }

    private func submitZip(_ zip: Data, name: String = "jeu.zip") async throws -> ServiceHarness.Reply {
        try await service.submit([(name, zip)], dataset: "jeu", token: service.mairieA)
    }

    func testZipBomb() async throws {
        let reply = try await submitZip(try ZipFixture.make([("bomb.csv", .zeros(50 << 20))]))
        try await assertRefused(reply, status: 413, code: "upload-too-large")
    }

    func testZipLyingAboutItsSize() async throws {
        let reply = try await submitZip(try ZipFixture.lyingAboutSize(path: "data.csv", actual: 20 << 20, declared: 500))
        try await assertRefused(reply, status: 413, code: "upload-too-large")
    }

    func testZipSlip() async throws {
        let zip = try ZipFixture.make([("ok.csv", .bytes(APITests.cleanCSV)), ("../../../tmp/evil.csv", .bytes(APITests.cleanCSV))])
        try await assertRefused(try await submitZip(zip), status: 400, code: "unsafe-path")
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/evil.csv"))
    }

    func testAbsolutePathInAZip() async throws {
        let zip = try ZipFixture.make([("/etc/lavande-evil.csv", .bytes(APITests.cleanCSV))])
        try await assertRefused(try await submitZip(zip), status: 400, code: "unsafe-path")
    }

    func testLinkInAZip() async throws {
        let zip = try ZipFixture.make([("passwd.csv", .link("/etc/passwd"))])
        try await assertRefused(try await submitZip(zip), status: 400, code: "unsafe-path")
    }

    func testTraversalInAMultipartFileName() async throws {
        let reply = try await service.submit([("../../etc/cron.d/x.csv", APITests.cleanCSV)], dataset: "jeu", token: service.mairieA)
        try await assertRefused(reply, status: 400, code: "unsafe-path")
    }

    func testOversizedRequest() async throws {
        let big = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        try await assertRefused(try await service.submit([("big.csv", big)], dataset: "jeu", token: service.mairieA),
                                status: 413, code: "upload-too-large")
        let bare = try await service.request("POST", "/v1/checks?dataset=jeu", token: service.mairieA,
                                             headers: ["Content-Type": "application/zip"], body: big)
        try await assertRefused(bare, status: 413, code: "upload-too-large")
    }

    func testTooManyFiles() async throws {
        let files = (0..<6).map { ("f\($0).csv", APITests.cleanCSV) }
        try await assertRefused(try await service.submit(files, dataset: "jeu", token: service.mairieA), status: 413, code: "upload-too-large")
    }

    /// A zip counts by what it expands to: as many entries as the limit allows pass, as a part
    /// or as the body.
    func testAZipAtTheFileLimitIsAccepted() async throws {
        let entries = (0..<5).map { ("f\($0).csv", ZipFixture.Content.bytes(APITests.cleanCSV)) }
        let zip = try ZipFixture.make(entries)
        let part = try await submitZip(zip)
        XCTAssertEqual(part.status, 202, part.text)
        let bare = try await service.request("POST", "/v1/checks?dataset=jeu", token: service.mairieA,
                                             headers: ["Content-Type": "application/zip"], body: zip)
        XCTAssertEqual(bare.status, 202, bare.text)
    }

    func testWrongToken() async throws {
        let reply = try await service.submit([("a.csv", APITests.cleanCSV)], dataset: "jeu", token: "lvd_forged")
        try await assertRefused(reply, status: 401, code: "unauthorized")
    }

    func testUnsupportedMediaType() async throws {
        let reply = try await service.request("POST", "/v1/checks?dataset=jeu", token: service.mairieA,
                                              headers: ["Content-Type": "text/csv"], body: APITests.cleanCSV)
        try await assertRefused(reply, status: 415, code: "unsupported-media-type")
    }

    func testNotAZip() async throws {
        let reply = try await service.request("POST", "/v1/checks?dataset=jeu", token: service.mairieA,
                                              headers: ["Content-Type": "application/zip"], body: APITests.cleanCSV)
        try await assertRefused(reply, status: 400, code: "malformed-upload")
    }

    func testBrokenMultipartBodies() async throws {
        let noBoundary = try await service.request("POST", "/v1/checks", token: service.mairieA,
                                                   headers: ["Content-Type": "multipart/form-data"], body: APITests.cleanCSV)
        try await assertRefused(noBoundary, status: 400, code: "malformed-upload")
        var form = MultipartForm()
        form.field("dataset", "jeu")
        form.file("a.csv", APITests.cleanCSV)
        // The closing boundary never comes.
        let truncated = try await service.request("POST", "/v1/checks", token: service.mairieA,
                                                  headers: ["Content-Type": form.contentType], body: form.data.dropLast(10))
        try await assertRefused(truncated, status: 400, code: "malformed-upload")
    }

    func testMissingOrInvalidFields() async throws {
        try await assertRefused(try await service.submit([], dataset: "jeu", token: service.mairieA), status: 400, code: "invalid-field")
        try await assertRefused(try await service.submit([("README.md", Data("# Jeu\n".utf8))], dataset: "jeu", token: service.mairieA),
                                status: 400, code: "invalid-field")
        try await assertRefused(try await service.submit([(".cache.csv", APITests.cleanCSV)], dataset: "jeu", token: service.mairieA),
                                status: 400, code: "invalid-field")
        try await assertRefused(try await service.submit([("a.csv", APITests.cleanCSV)], dataset: "", token: service.mairieA),
                                status: 400, code: "invalid-field")
        try await assertRefused(try await service.submit([("a.csv", APITests.cleanCSV)], dataset: "../jeu", token: service.mairieA),
                                status: 400, code: "invalid-field")
        try await assertRefused(try await service.submit([("a.csv", APITests.cleanCSV), ("a.csv", APITests.cleanCSV)], dataset: "jeu",
                                                         token: service.mairieA), status: 400, code: "invalid-field")
    }

    func testRefusalsAreCounted() async throws {
        _ = try await submitZip(Data("not a zip".utf8))
        let metrics = try await service.request("GET", "/metrics")
        XCTAssertTrue(metrics.text.contains("lavande_uploads_rejected_total 1"), metrics.text)
    }
}
