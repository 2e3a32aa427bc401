import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LavandeKit
@testable import LavandeService
import Logging
import NIOConcurrencyHelpers
import XCTest

/// A real `LavandeServer` on loopback (port 0), on a SQLite store in a temporary folder, with
/// its workers; requests go over real HTTP through URLSession.
final class ServiceHarness: @unchecked Sendable {
    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: Data

        var text: String { String(decoding: body, as: UTF8.self) }

        func json() throws -> [String: Any] {
            try XCTUnwrap(JSONSerialization.jsonObject(with: body) as? [String: Any], "not a JSON object: \(text)")
        }
    }

    let folder: URL
    let settings: ServiceSettings
    let server: LavandeServer
    private(set) var port = 0
    private var running: Task<Void, any Error>?
    /// Secrets of tokens made before start: an auditor, and publishers "Mairie A" and "Mairie B".
    private(set) var auditor = ""
    private(set) var mairieA = ""
    private(set) var mairieB = ""
    private let session = URLSession(configuration: .ephemeral)

    static let rules: ActiveRules = {
        // The default books load in every test run; a failure here is a failure of the kit.
        try! ActiveRules(RuleBookLoader().load([.defaultBook]), config: nil)
    }()

    static var quietLogger: Logger {
        var logger = Logger(label: "lavande-test")
        logger.logLevel = .critical
        return logger
    }

    init(configure: (inout ServiceSettings) -> Void = { _ in }) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lavande-service-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var settings = ServiceSettings(dataDirectory: folder.appendingPathComponent("data").path, port: 0)
        settings.worker.pollInterval = 0.05
        settings.worker.shutdownGrace = 5
        configure(&settings)
        self.settings = settings
        server = LavandeServer(settings: settings, rules: ServiceHarness.rules, logger: ServiceHarness.quietLogger)
    }

    /// Makes the tokens, starts the server and waits until it listens.
    func start() async throws {
        let made = try await StoreConnection.withStore(settings, logger: ServiceHarness.quietLogger) { store in
            [try await store.createToken(name: "auditor", role: .auditor, publisher: nil)?.secret ?? "",
             try await store.createToken(name: "mairie-a", role: .publisher, publisher: "Mairie A")?.secret ?? "",
             try await store.createToken(name: "mairie-b", role: .publisher, publisher: "Mairie B")?.secret ?? ""]
        }
        (auditor, mairieA, mairieB) = (made[0], made[1], made[2])
        let listening = NIOLockedValueBox(0)
        running = Task { [server] in try await server.run { port in listening.withLockedValue { $0 = port } } }
        let deadline = Date().addingTimeInterval(30)
        while listening.withLockedValue({ $0 }) == 0 {
            guard Date() < deadline else { throw XCTSkip("the server did not start listening within 30 s") }
            try await Task.sleep(for: .milliseconds(20))
        }
        port = listening.withLockedValue { $0 }
    }

    /// Asks for a graceful shutdown and waits until the server has stopped.
    func shutdown() async throws {
        await server.shutdown()
        try await running?.value
    }

    /// Stops the server gracefully and removes its folder.
    func stop() async throws {
        try await shutdown()
        try? FileManager.default.removeItem(at: folder)
    }

    /// The store, while or after the server runs.
    func withStore<Result: Sendable>(_ work: (CheckStore) async throws -> Result) async throws -> Result {
        try await StoreConnection.withStore(settings, logger: ServiceHarness.quietLogger, work)
    }

    /// Waits until the check is running (a worker took it).
    func waitUntilRunning(_ id: String, timeout: TimeInterval = 30) async throws {
        let deadline = Date().addingTimeInterval(timeout)
        while try await withStore({ try await $0.check(id)?.status }) != .running {
            guard Date() < deadline else { throw XCTSkip("check \(id) was not taken within \(timeout) s") }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    /// A CSV of about `megabytes` MB that takes a debug build about a second per MB to check.
    static func slowCSV(megabytes: Int) -> Data {
        var text = "id;nom;commune;montant;commentaire\n"
        var index = 0
        while text.utf8.count < megabytes << 20 {
            text += "\(index);Équipement \(index);Commune \(index % 500);\(index * 3),50;Un commentaire libre, numéro \(index)\n"
            index += 1
        }
        return Data(text.utf8)
    }

    func request(_ method: String, _ path: String, token: String? = nil, headers: [String: String] = [:],
                 body: Data? = nil) async throws -> Reply {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        request.httpBody = body
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await session.data(for: request)
        let http = try XCTUnwrap(response as? HTTPURLResponse)
        var replyHeaders: [String: String] = [:]
        for case let (name as String, value as String) in http.allHeaderFields { replyHeaders[name.lowercased()] = value }
        return Reply(status: http.statusCode, headers: replyHeaders, body: data)
    }

    /// Submits files as multipart/form-data.
    func submit(_ files: [(name: String, content: Data)], dataset: String, publisher: String? = nil,
                token: String) async throws -> Reply {
        var form = MultipartForm()
        form.field("dataset", dataset)
        if let publisher { form.field("publisher", publisher) }
        for file in files { form.file(file.name, file.content) }
        return try await request("POST", "/v1/checks", token: token, headers: ["Content-Type": form.contentType], body: form.body)
    }

    /// Polls a check until it is finished.
    func waitUntilFinished(_ id: String, token: String, timeout: TimeInterval = 60) async throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let check = try await request("GET", "/v1/checks/\(id)", token: token).json()
            if let status = check["status"] as? String, status == "done" || status == "failed" { return check }
            guard Date() < deadline else {
                XCTFail("check \(id) not finished after \(timeout) s: \(check)")
                return check
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// The files under the upload store (blobs and staging), relative to it.
    func uploadStoreEntries() -> [String] {
        let root = URL(fileURLWithPath: settings.uploadsDirectory)
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        var entries: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                entries.append(String(url.path.dropFirst(root.path.count + 1)))
            }
        }
        return entries.sorted()
    }
}

/// A `multipart/form-data` body, as browsers and curl send it.
struct MultipartForm {
    let boundary = "lavande-test-" + UUID().uuidString
    private(set) var data = Data()

    var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    mutating func field(_ name: String, _ value: String) {
        data += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
    }

    mutating func file(_ filename: String, _ content: Data, type: String = "application/octet-stream") {
        data += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\nContent-Type: \(type)\r\n\r\n".utf8)
        data += content
        data += Data("\r\n".utf8)
    }

    /// The body, closed.
    var body: Data { data + Data("--\(boundary)--\r\n".utf8) }
}
