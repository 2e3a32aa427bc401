import ArgumentParser
import Foundation
import LavandeKit

/// `lavande`: checks open-data folders before publication.
struct Lavande: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lavande",
        abstract: "Data-quality and licence checks for open-data folders, driven by YAML rule books.",
        discussion: """
            Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; \
            2 usage or rule-file error; 3 internal failure.
            """,
        version: ToolInfo.current.version,
        subcommands: [CheckCommand.self, MergeCommand.self, RulesCommand.self, ExplainCommand.self, ServeCommand.self],
        defaultSubcommand: CheckCommand.self
    )
}

/// The documented, stable exit codes.
enum ExitStatus: Int32 {
    case success = 0
    case findings = 1
    case usage = 2
    case internalFailure = 3
}

@main
enum Main {
    static func main() async {
        do {
            var command = try Lavande.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as RuleFileErrors {
            printError(error.description)
            exit(ExitStatus.usage.rawValue)
        } catch let error as UsageError {
            printError("lavande: " + error.message)
            exit(ExitStatus.usage.rawValue)
        } catch let exitCode as ExitCode {
            exit(exitCode.rawValue)
        } catch {
            let code = Lavande.exitCode(for: error)
            if code == .success {
                Lavande.exit(withError: error)
            }
            if code == .validationFailure {
                printError(Lavande.fullMessage(for: error))
                exit(ExitStatus.usage.rawValue)
            }
            printError("lavande: internal failure: \(error)")
            exit(ExitStatus.internalFailure.rawValue)
        }
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}

/// A mistake in how Lavande was called (exit code 2).
struct UsageError: Error {
    var message: String
}
