import ArgumentParser
import Foundation
import LavandeKit

/// `lavande rules`: lists the active rules, or runs their examples with `--test`.
struct RulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the active rules (id, kind, severity, title), or test their examples."
    )

    @OptionGroup var rules: RuleOptions
    @OptionGroup var language: LanguageOption

    @Flag(help: "Run every rule's examples: each 'fail' example must trigger its rule, each 'pass' example must not. Exit code 1 if one does not.")
    var test = false

    @Flag(help: "Print the checks catalogue in Markdown (what docs/checks.md holds).")
    var markdown = false

    func run() async throws {
        let active = try rules.activeRules(near: FileManager.default.currentDirectoryPath)
        let lang = language.language
        if test {
            try await runExamples(active, language: lang)
            return
        }
        if markdown {
            print(RuleCatalogue(rules: active.rules, books: active.books, types: active.types, language: lang).markdown, terminator: "")
            return
        }
        let width = active.rules.map(\.id.count).max() ?? 0
        for rule in active.rules {
            let id = rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let kind = rule.kind.padding(toLength: 22, withPad: " ", startingAt: 0)
            let severity = rule.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
            print("\(id)  \(severity)  \(kind)  \(rule.title[lang])")
        }
    }

    private func runExamples(_ active: ActiveRules, language: Language) async throws {
        let rules = active.rules
        let runner = ExampleRunner(types: active.types, licences: active.licences)
        var failures = 0
        var total = 0
        for rule in rules {
            for outcome in try await runner.run(rule) {
                total += 1
                let mark = outcome.passed ? "ok  " : "FAIL"
                if !outcome.passed { failures += 1 }
                let expected = outcome.expectation == .fail
                    ? (language == .fr ? "doit déclencher" : "must trigger")
                    : (language == .fr ? "ne doit pas déclencher" : "must not trigger")
                print("\(mark) \(rule.id): \(expected) (\(outcome.location)) → \(outcome.findings.count) finding(s)")
            }
        }
        print("\(total - failures) passed, \(failures) failed")
        if failures > 0 { throw ExitCode(ExitStatus.findings.rawValue) }
    }
}
