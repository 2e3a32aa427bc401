import ArgumentParser
import Foundation
import LavandeKit

/// Options that choose the rule books and the project configuration, shared by every command.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("A rule book to use instead of the default one (repeatable).", valueName: "file"))
    var books: [String] = []

    @Option(help: ArgumentHelp("The project configuration to use (default: the nearest .lavande.yaml in the checked folder or its parents; none for serve).", valueName: "file"))
    var config: String?

    @Flag(help: "Ignore any .lavande.yaml.")
    var noConfig = false

    /// The rules in force for paths under `start`; with no `start`, only a `--config` given
    /// explicitly is read (the service: its working folder says nothing of the uploads).
    func activeRules(near start: String?) throws -> ActiveRules {
        let configLoader = ProjectConfigLoader()
        var project: ProjectConfig?
        if !noConfig {
            if let config {
                guard FileManager.default.fileExists(atPath: config) else { throw UsageError(message: "no such configuration: \(config)") }
                project = try configLoader.load(config)
            } else if let start, let found = configLoader.find(from: start) {
                project = try configLoader.load(found)
            }
        }
        let sources: [RuleBookSource]
        if !books.isEmpty {
            sources = try books.map { path in
                guard FileManager.default.fileExists(atPath: path) else { throw UsageError(message: "no such rule book: \(path)") }
                return .file(path)
            }
        } else {
            sources = project?.books ?? [.defaultBook]
        }
        let set = try RuleBookLoader().load(sources)
        return try ActiveRules(set, config: project)
    }
}

/// `--lang`, defaulting to the environment's language.
struct LanguageOption: ParsableArguments {
    @Option(help: ArgumentHelp("Language of messages: fr or en (default: fr when LANG or LC_ALL starts with fr, else en).", valueName: "fr|en"))
    var lang: Language?

    var language: Language { lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment) }
}

extension Language: ExpressibleByArgument {}
extension FailThreshold: ExpressibleByArgument {}
