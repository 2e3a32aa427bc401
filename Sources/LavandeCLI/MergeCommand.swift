import ArgumentParser
import Foundation
import LavandeKit

/// `lavande merge REPORT.json…`: joins the JSON reports of the shards of one run
/// (`lavande check --shard I/N`) into the report of the whole run, in any format.
struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join the JSON reports of the shards of one run into one report.",
        discussion: """
            Each REPORT is written by lavande check --shard I/N --format json, every shard with the same paths, \
            version of lavande and --lang. The merged report keeps the language of their messages (--lang may only \
            restate it). Give the --rules or --config of the run (default: those of the current folder) for the \
            formats that show the rules: sarif, junit, markdown, html.
            """
    )

    @Argument(help: ArgumentHelp("JSON reports of the shards (lavande check --shard I/N --format json).", valueName: "report.json"))
    var reports: [String]

    @OptionGroup var rules: RuleOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var output: ReportOutput

    @Flag(help: "Merge even when the reports of some shards are missing (they are named on the standard error).")
    var allowPartial = false

    func run() async throws {
        var members: [ShardReports.Member] = []
        for file in reports {
            do {
                members.append(ShardReports.Member(file: file, report: try JSONReport(contentsOf: file)))
            } catch {
                throw UsageError(message: error.description)
            }
        }
        let shards: ShardReports
        do {
            shards = try ShardReports(members, allowPartial: allowPartial)
        } catch {
            throw UsageError(message: error.description)
        }
        let merged = shards.merged(failOn: output.failOn, rules: try rules.activeRules(near: FileManager.default.currentDirectoryPath).rules)
        if let asked = language.lang, asked != merged.language {
            throw UsageError(message: "the messages of the reports are in \(merged.language.rawValue), and they cannot be translated: check the shards with --lang \(asked.rawValue), or leave out --lang")
        }
        if !shards.missing.isEmpty {
            Main.printError("lavande: warning: no report of shard \(shards.missing.map(\.description).joined(separator: ", ")): the merged report leaves out its datasets")
        }
        try output.finish(merged.report, language: merged.language)
    }
}
