import ArgumentParser
import Foundation
import LavandeKit

/// The reports a command writes and how its run ends, shared by `check` and `merge`: formats,
/// their files, colours, and the severity that fails the run (exit code 1).
struct ReportOutput: ParsableArguments {
    @Option(help: ArgumentHelp("Report format: \(Reporters.identifiers.joined(separator: ", ")). Repeat it to write several reports at once (default: text).",
                               valueName: "format"))
    var format: [String] = []

    @Option(name: [.short, .long], help: ArgumentHelp("Write the report to this file instead of the standard output; repeat it, in the order of --format, for several formats.",
                                                      valueName: "file"))
    var output: [String] = []

    @Option(help: ArgumentHelp("Write every report into this folder, as lavande-report.<extension> (text: lavande-report.txt).", valueName: "dir"))
    var reportDir: String?

    @Option(help: ArgumentHelp("Fail (exit code 1) on findings at or above this severity: error, warning, info or never.", valueName: "level"))
    var failOn: FailThreshold = .error

    @Flag(help: "Never use colours in the terminal report (colours are also off when NO_COLOR is set or the output is not a terminal).")
    var noColor = false

    /// The formats asked for, text when none.
    private var formats: [String] { format.isEmpty ? [TextReporter.identifier] : format }

    func validate() throws {
        for name in formats where Reporters.named(name) == nil {
            throw ValidationError("unknown format '\(name)' (known: \(Reporters.identifiers.joined(separator: ", ")))")
        }
        guard Set(formats).count == formats.count else { throw ValidationError("a format is given twice") }
        guard output.count <= formats.count else { throw ValidationError("more --output files than --format formats") }
        if reportDir == nil && formats.count - output.count > 1 {
            throw ValidationError("only one report can go to the standard output: give --output for each format, or --report-dir")
        }
    }

    /// Writes every report asked for, then ends the run with exit code 1 when the report fails.
    func finish(_ report: Report, language: Language) throws {
        let environment = ProcessInfo.processInfo.environment
        for (index, name) in formats.enumerated() {
            let reporter = Reporters.named(name)!
            let destination = index < output.count ? output[index]
                : reportDir.map { ($0 as NSString).appendingPathComponent("lavande-report." + type(of: reporter).fileExtension) }
            let color = !noColor && destination == nil && name == TextReporter.identifier
                && environment["NO_COLOR"].map(\.isEmpty) ?? true && isatty(STDOUT_FILENO) == 1
            let text = reporter.render(report, options: ReportOptions(language: language, color: color))
            if let destination {
                do {
                    if let reportDir { try FileManager.default.createDirectory(atPath: reportDir, withIntermediateDirectories: true) }
                    try ReportOutput.write(Data(text.utf8), to: destination)
                } catch {
                    throw UsageError(message: "cannot write the report to \(destination): \(error.localizedDescription)")
                }
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
        if report.summary.failed { throw ExitCode(ExitStatus.findings.rawValue) }
    }

    /// Writes a report file atomically (a reader never sees half a report), unless the
    /// destination is not a regular file: `/dev/null`, a FIFO or a terminal is written to as it
    /// is. Renaming a new file over it would replace the device (run as root, `-o /dev/null`
    /// would leave a regular file in place of /dev/null).
    static func write(_ data: Data, to destination: String) throws {
        var status = stat()
        guard stat(destination, &status) == 0, status.st_mode & S_IFMT != S_IFREG else {
            try data.write(to: URL(fileURLWithPath: destination), options: .atomic)
            return
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: destination))
        defer { try? handle.close() }
        try handle.write(contentsOf: data)
    }
}
