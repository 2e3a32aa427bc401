import ArgumentParser
import Foundation

/// `lavande serve`: the platform service (`serve run`, the default) and its tokens (`serve token`).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the HTTP service that audits uploads, and manage its tokens.",
        discussion: "See docs/platform.md. Options that name a LAVANDE_* environment variable can also be set by it.",
        subcommands: [ServeRunCommand.self, TokenCommand.self],
        defaultSubcommand: ServeRunCommand.self
    )
}

/// An option's value: the flag, else the environment variable, else the default.
enum Setting {
    static func value<Value: LosslessStringConvertible>(_ flag: Value?, _ variable: String, default fallback: Value) throws -> Value {
        if let flag { return flag }
        guard let text = ProcessInfo.processInfo.environment[variable], !text.isEmpty else { return fallback }
        guard let value = Value(text) else { throw UsageError(message: "\(variable)=\(text) is not a valid value") }
        return value
    }
}

/// Where the store is: `--data` (SQLite and uploads) and `--database` (PostgreSQL).
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Folder of the SQLite store and of the uploaded files (LAVANDE_DATA; default: ./lavande-data).",
                               valueName: "dir"))
    var data: String?

    @Option(help: ArgumentHelp("A PostgreSQL database instead of the SQLite file, for workers on several machines (LAVANDE_DATABASE_URL): postgres://user:password@host:5432/db?sslmode=disable|prefer|require|verify-ca|verify-full (as libpq; default prefer). The --data folder must then be shared by every machine.",
                               valueName: "url"))
    var database: String?

    func dataDirectory() throws -> String { try Setting.value(data, "LAVANDE_DATA", default: "lavande-data") }

    func databaseURL() -> String? {
        database ?? ProcessInfo.processInfo.environment["LAVANDE_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }
}
