import Foundation
import XCTest

/// Runs Chromium headless (Debian's `chromium` package, which `.ci/run` installs) on a page:
/// the DOM once its scripts ran, the console messages, or a screenshot. Tests skip, with the
/// reason, on a machine without it; `LAVANDE_CHROMIUM` names another binary.
struct HeadlessChromium {
    let executable: URL

    /// The browser of this machine, or a skip that says how to get one.
    static func find() throws -> HeadlessChromium {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [String] = []
        if let chosen = environment["LAVANDE_CHROMIUM"] { candidates.append(chosen) }
        let path = (environment["PATH"] ?? "/usr/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            candidates += path.map { $0 + "/" + name }
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("Chromium not found: install Debian's `chromium` package (.ci/run does) or set LAVANDE_CHROMIUM "
                + "to run the HTML rendering tests")
        }
        return HeadlessChromium(executable: URL(fileURLWithPath: found))
    }

    /// What the browser printed and the DOM it dumped.
    struct Run {
        var dom: String
        /// Console messages of the page (`console.*` calls, uncaught errors), one per line.
        var console: [String]
    }

    /// Loads `page` (with an optional `#fragment`) and returns the DOM after its scripts ran.
    func load(_ page: URL, fragment: String? = nil) throws -> Run {
        try run(page, fragment: fragment, arguments: ["--dump-dom"])
    }

    /// Writes a PNG of the page at the given window size.
    func screenshot(_ page: URL, to image: URL, width: Int, height: Int) throws {
        _ = try run(page, fragment: nil, arguments: ["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(image.path)"])
    }

    private func run(_ page: URL, fragment: String?, arguments: [String]) throws -> Run {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("lavande-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("stdout")
        let errors = work.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        // --no-sandbox: CI containers run as root, where Chromium's sandbox cannot start.
        // --enable-logging=stderr: console messages are logged as `…:CONSOLE:…] "message", source: …`.
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=\(work.appendingPathComponent("profile").path)", "--enable-logging=stderr", "--v=0"]
            + arguments + [page.absoluteString + (fragment.map { "#" + $0 } ?? "")]
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            XCTFail("Chromium did not finish within 90 s")
        }
        process.waitUntilExit()
        let log = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            throw XCTSkip("Chromium could not run here (exit \(process.terminationStatus)): \(log.suffix(600))")
        }
        return Run(dom: (try? String(contentsOf: output, encoding: .utf8)) ?? "",
                   console: log.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init))
    }
}
