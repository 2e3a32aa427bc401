import Foundation
import LavandeTestSupport
import XCTest

/// A `lavande serve --worker` process, as an operator starts one on a machine of the platform.
final class WorkerProcess {
    let process = Process()
    private let log: URL

    /// Starts a worker on the store of `data` (and `database`, when given).
    init(data: String, database: String?, lease: Double, logFolder: URL) throws {
        process.executableURL = BuiltProducts.lavande
        process.arguments = ["serve", "--worker", "--data", data, "--port", "0", "--lease", String(lease), "--poll-interval", "0.05",
                             "--log-format", "json", "--no-config"] + (database.map { ["--database", $0] } ?? [])
        log = logFolder.appendingPathComponent("worker-\(UUID().uuidString).log")
        guard FileManager.default.createFile(atPath: log.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let handle = try FileHandle(forWritingTo: log)
        process.standardError = handle
        process.standardOutput = handle
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }

    /// The part of a worker name (`host:pid:w1`) that tells this process.
    var nameFragment: String { ":\(pid):" }

    /// SIGKILL: the worker dies mid-job, with no chance to give anything back.
    func kill() {
        Foundation.kill(pid, SIGKILL)
        process.waitUntilExit()
    }

    /// SIGTERM, then waits for a graceful stop; gives the exit status.
    @discardableResult
    func terminate() -> Int32 {
        guard process.isRunning else { return process.terminationStatus }
        process.terminate()
        process.waitUntilExit()
        return process.terminationStatus
    }

    var logText: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    /// The address the process listens on, from its JSON log (`listening`), once it does.
    func address(timeout: TimeInterval = 30) async throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            for line in logText.split(separator: "\n") {
                if let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                   object["message"] as? String == "listening", let address = object["address"] as? String {
                    return address
                }
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw XCTSkip("the worker did not log its address within \(timeout) s:\n\(logText)")
    }
}
