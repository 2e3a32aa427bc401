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
    @OptionGroup var output: ReportOutput

    @Option(help: ArgumentHelp("Report only the findings that are not in this earlier JSON report (matched on rule, dataset, file and column, not on rows).",
                               valueName: "report.json"))
    var baseline: String?

    @Option(help: ArgumentHelp("Check only shard I of N (1 ≤ I ≤ N): the datasets whose path relative to the checked root hashes, modulo N, to I-1. Run every shard with the same paths, then join their JSON reports with lavande merge.",
                               valueName: "i/n"),
            transform: { text in
                guard let shard = Shard(text) else {
                    throw ValidationError("give I/N, two whole numbers with 1 ≤ I ≤ N (for example 2/8)")
                }
                return shard
            })
    var shard: Shard?

    @Option(help: ArgumentHelp("Example locations kept per finding.", valueName: "n"))
    var maxExamples = 5

    @Option(help: ArgumentHelp("Threads: files checked in parallel, and a large file read in parts by the threads left idle (default: the number of cores of the machine).", valueName: "n"))
    var jobs = EngineOptions.defaultJobs

    @Flag(help: "Show values as they are in the evidence of findings and in column profiles, instead of masked. They may be personal data: for your own machine, never for a published report.")
    var showValues = false

    @Flag(name: [.short, .long], help: "No progress bar on standard error (it is shown only when standard error is a terminal, during runs longer than a second).")
    var quiet = false

    func validate() throws {
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
        let engine = Engine(rules: active, options: EngineOptions(maxExamples: maxExamples, jobs: jobs, failOn: output.failOn,
                                                                        showValues: showValues, progress: progress))
        let bar = progress.map(ProgressBar.init)
        bar?.start()
        var report = await engine.run(shard?.select(catalogue) ?? catalogue)
        bar?.stop()
        report.shard = shard
        if let baseline {
            do {
                report = report.excluding(try Baseline(contentsOf: baseline))
            } catch {
                throw UsageError(message: "\(error)")
            }
        }
        try output.finish(report, language: language.language)
    }
}
