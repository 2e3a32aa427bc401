import ArgumentParser
import Foundation
import LavandeKit

/// `lavande check PATH…`: checks files, dataset folders, or roots of many dataset folders.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check dataset folders and write a report.",
        discussion: "PATH is a data file, a dataset folder, or a folder holding many dataset folders."
    )

    @Argument(help: ArgumentHelp("Files or folders to check.", valueName: "path"))
    var paths: [String]

    @OptionGroup var rules: RuleOptions
    @OptionGroup var language: LanguageOption

    @Option(help: ArgumentHelp("Report format: \(Reporters.identifiers.joined(separator: ", ")). Repeat it to write several reports from one pass (default: text).",
                               valueName: "format"))
    var format: [String] = []

    @Option(name: [.short, .long], help: ArgumentHelp("Write the report to this file instead of the standard output; repeat it, in the order of --format, for several formats.",
                                                      valueName: "file"))
    var output: [String] = []

    @Option(help: ArgumentHelp("Report only the findings that are not in this earlier JSON report (matched on rule, dataset, file and column, not on rows).",
                               valueName: "report.json"))
    var baseline: String?

    @Option(help: ArgumentHelp("Write every report into this folder, as lavande-report.<extension> (text: lavande-report.txt).", valueName: "dir"))
    var reportDir: String?

    @Option(help: ArgumentHelp("Fail (exit code 1) on findings at or above this severity: error, warning, info or never.", valueName: "level"))
    var failOn: FailThreshold = .error

    @Option(help: ArgumentHelp("Example locations kept per finding.", valueName: "n"))
    var maxExamples = 5

    @Option(help: ArgumentHelp("Files checked in parallel (default: the number of cores of the machine).", valueName: "n"))
    var jobs = EngineOptions.defaultJobs

    @Flag(help: "Show values as they are in the evidence of findings and in column profiles, instead of masked. They may be personal data: for your own machine, never for a published report.")
    var showValues = false

    @Flag(name: [.short, .long], help: "No progress bar on standard error (it is shown only when standard error is a terminal, during runs longer than a second).")
    var quiet = false

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
        guard maxExamples >= 0 else { throw ValidationError("--max-examples must be 0 or more") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
    }

    func run() async throws {
        let catalogue: DatasetCatalogue
        do {
            catalogue = try DatasetScanner().scan(paths: paths)
        } catch let error as DatasetScanner.ScanError {
            throw UsageError(message: error.description)
        }
        guard !catalogue.datasets.isEmpty else {
            throw UsageError(message: "no dataset found under \(paths.joined(separator: ", ")) (no .csv, .tsv or .txt file, no datapackage.json)")
        }
        let active = try rules.activeRules(near: paths[0])
        let progress = !quiet && isatty(STDERR_FILENO) == 1 ? RunProgress() : nil
        let engine = Engine(rules: active, options: EngineOptions(maxExamples: maxExamples, jobs: jobs, failOn: failOn,
                                                                        showValues: showValues, progress: progress))
        let bar = progress.map(ProgressBar.init)
        bar?.start()
        var report = await engine.run(catalogue)
        bar?.stop()
        if let baseline {
            do {
                report = report.excluding(try Baseline(contentsOf: baseline))
            } catch {
                throw UsageError(message: "\(error)")
            }
        }
        let environment = ProcessInfo.processInfo.environment
        for (index, name) in formats.enumerated() {
            let reporter = Reporters.named(name)!
            let destination = index < output.count ? output[index]
                : reportDir.map { ($0 as NSString).appendingPathComponent("lavande-report." + type(of: reporter).fileExtension) }
            let color = !noColor && destination == nil && name == TextReporter.identifier
                && environment["NO_COLOR"].map(\.isEmpty) ?? true && isatty(STDOUT_FILENO) == 1
            let text = reporter.render(report, options: ReportOptions(language: language.language, color: color))
            if let destination {
                do {
                    if let reportDir { try FileManager.default.createDirectory(atPath: reportDir, withIntermediateDirectories: true) }
                    try Data(text.utf8).write(to: URL(fileURLWithPath: destination), options: .atomic)
                } catch {
                    throw UsageError(message: "cannot write the report to \(destination): \(error.localizedDescription)")
                }
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
        if report.summary.failed { throw ExitCode(ExitStatus.findings.rawValue) }
    }
}
