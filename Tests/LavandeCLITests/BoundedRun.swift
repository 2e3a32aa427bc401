import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A run of the `lavande` binary under a deadline, with the figures the guarantees are about:
/// how it ended (exit code or signal), how long it took, how much memory it held at its peak.
struct BoundedRun {
    /// The exit code, or nil when the process was ended by a signal.
    var status: Int32?
    /// The signal that ended the process (SIGKILL when the deadline passed).
    var signal: Int32?
    var timedOut: Bool
    var seconds: Double
    /// The child's peak resident set size, in bytes: its own high-water mark (`VmHWM` of
    /// `/proc/PID/status`, which counts from its `exec`), read every 5 ms while it runs, so that
    /// only growth in its last 5 ms could be missed. Without `/proc`, `wait4`'s figure: an upper
    /// bound, for Linux counts in it the high-water mark of the process that spawned it
    /// (`BoundedRun.testProcessPeak`), whose memory the child shares until it runs `exec`.
    var peakRSS: Int
    var stdout: Data
    var stderr: String

    var megabytes: Double { Double(peakRSS) / 1_048_576 }

    /// The time and memory of the run, for the test log.
    var figures: String {
        String(format: "%.1f s, peak RSS %.0f MiB (the test process's own peak: %d MiB)",
               seconds, megabytes, BoundedRun.testProcessPeak >> 20)
    }

    /// The JSON report the run wrote on its standard output.
    func jsonReport(file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let object = try? JSONSerialization.jsonObject(with: stdout) as? [String: Any]
        return try XCTUnwrap(object, "not a JSON report: \(String(decoding: stdout.prefix(300), as: UTF8.self)) \(stderr)",
                             file: file, line: line)
    }

    /// Whether this build runs under the address or the thread sanitizer (the binary it runs was
    /// built the same way).
    static let isSanitized = ["__asan_init", "__tsan_init"].contains { (name: String) in
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) != nil
    }

    /// The high-water mark of the test process's own memory (`VmHWM`), in bytes; 0 if unknown.
    /// Not `getrusage(RUSAGE_SELF)`: that one also counts what `swift test` held before it.
    static var testProcessPeak: Int { highWaterMark(process: "self") ?? 0 }

    /// `VmHWM` of a process (`self` or a pid), in bytes; nil if unknown (no `/proc`, or the
    /// process is gone).
    static func highWaterMark(process: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(process)/status", encoding: .utf8) else { return nil }
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
        return line?.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first.flatMap { Int($0) }.map { $0 * 1024 }
    }
}

extension CLIRunner {
    /// Runs `lavande ARGUMENTS` (or `LAUNCHER… lavande ARGUMENTS`, for a program that runs it with
    /// other rights), killing it once `timeout` seconds have passed. Paths in `arguments` must be
    /// absolute (the folder the tests run in is not chosen). The standard output and error go to
    /// files, so that a report of any size cannot fill a pipe.
    static func runBounded(_ arguments: [String], launcher: [String] = [], timeout: Double,
                           binary: URL = CLIRunner.binary) throws -> BoundedRun {
        let outputs = FileManager.default.temporaryDirectory.appendingPathComponent("lavande-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outputs) }
        let stdoutPath = outputs.appendingPathComponent("stdout").path
        let stderrPath = outputs.appendingPathComponent("stderr").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        let program = launcher.first.map(resolve) ?? binary.path
        let argv = (launcher.isEmpty ? [binary.path] : launcher + [binary.path]) + arguments
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }

        let started = Date()
        var pid = pid_t()
        let spawned = posix_spawn(&pid, program, &actions, nil, cArguments, cEnvironment)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }

        var waitStatus: Int32 = 0
        var usage = rusage()
        var timedOut = false
        var ownPeak: Int?
        while true {
            if let peak = BoundedRun.highWaterMark(process: String(pid)) { ownPeak = max(ownPeak ?? 0, peak) }
            let reaped = wait4(pid, &waitStatus, WNOHANG, &usage)
            if reaped == pid { break }
            if reaped < 0 && errno != EINTR { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
            if !timedOut && Date().timeIntervalSince(started) > timeout {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(5_000)
        }
        let seconds = Date().timeIntervalSince(started)
        let termination = waitStatus & 0x7F
        return BoundedRun(status: termination == 0 ? (waitStatus >> 8) & 0xFF : nil,
                          signal: termination == 0 ? nil : termination,
                          timedOut: timedOut, seconds: seconds, peakRSS: ownPeak ?? usage.ru_maxrss * 1024,
                          stdout: FileManager.default.contents(atPath: stdoutPath) ?? Data(),
                          stderr: String(decoding: FileManager.default.contents(atPath: stderrPath) ?? Data(), as: UTF8.self))
    }

    /// The full path of a program named without one, from `PATH`.
    private static func resolve(_ program: String) -> String {
        guard !program.contains("/") else { return program }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) } ?? program
    }
}

/// The run ended by itself (not killed at its deadline, not by a signal) with exit code
/// `expected`, and not with 3, the internal failure.
func assertEndedNormally(_ run: BoundedRun, expecting expected: Int32, _ message: String = "",
                         file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertFalse(run.timedOut, "still running after \(Int(run.seconds)) s: killed. \(message)", file: file, line: line)
    XCTAssertNil(run.signal, "ended by signal \(run.signal ?? 0): \(run.stderr.suffix(2000))", file: file, line: line)
    XCTAssertNotEqual(run.status, 3, "internal failure: \(run.stderr.suffix(2000))", file: file, line: line)
    XCTAssertEqual(run.status, expected, "\(message) \(run.stderr.suffix(2000))", file: file, line: line)
}

/// The run's peak memory stayed under `megabytes` MiB. Not asserted in a sanitized build, whose
/// shadow memory and quarantine say nothing of Lavande's own use.
func assertPeakMemory(_ run: BoundedRun, below megabytes: Double, file: StaticString = #filePath, line: UInt = #line) {
    guard !BoundedRun.isSanitized else { return }
    XCTAssertLessThan(run.megabytes, megabytes, "peak memory, MiB", file: file, line: line)
}
