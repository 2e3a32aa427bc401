import ArgumentParser
import Foundation
import LavandeKit

/// `lavande explain RULE`: what a rule checks, its parameters and its examples.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule: description, parameters, messages and examples."
    )

    @Argument(help: ArgumentHelp("The rule id, e.g. encoding.not-utf8.", valueName: "rule"))
    var ruleID: String

    @OptionGroup var rules: RuleOptions
    @OptionGroup var language: LanguageOption

    func run() async throws {
        let active = try rules.activeRules(near: FileManager.default.currentDirectoryPath)
        guard let rule = active.rules.first(where: { $0.id == ruleID }) else {
            let close = active.rules.map(\.id).filter { $0.contains(ruleID) || ruleID.contains($0) }
            throw UsageError(message: "no active rule '\(ruleID)'" + (close.isEmpty ? "" : " (did you mean \(close.joined(separator: ", "))?)"))
        }
        print(RuleExplanation(rule: rule, kind: CheckRegistry.builtIn.kind(named: rule.kind), language: language.language).text)
    }
}
