import Foundation
import LavandeTestSupport
import XCTest

/// Runs the built `lavande` binary as a user would.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The repository checkout (for samples/ and rules/).
    static let repository = BuiltProducts.repository

    /// `../shared/corpus`, the real public files, when present.
    static var corpus: URL? {
        let url = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    static var binary: URL { BuiltProducts.lavande }

    static func run(_ arguments: [String], binary: URL = CLIRunner.binary, in directory: URL = CLIRunner.repository,
                    environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = nil
        env["LC_MESSAGES"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The JSON report of a run.
    static func jsonReport(_ arguments: [String]) throws -> (Result, [String: Any]) {
        let result = try run(["check", "--format", "json"] + arguments)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return (result, try XCTUnwrap(object, "not JSON: \(result.stdout.prefix(300)) \(result.stderr)"))
    }
}
