import ArgumentParser
import Foundation
import LavandeService
import Logging

/// `lavande serve token create|list|revoke`.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Create, list and revoke the service's API tokens (only their SHA-256 is stored).",
        subcommands: [Create.self, List.self, Revoke.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a token and print its secret, once.",
            discussion: "A publisher token submits and reads the checks of its publisher; an auditor token reads every check and may submit for any publisher (a portal's upload hook)."
        )

        @OptionGroup var store: StoreOptions

        @Option(help: ArgumentHelp("A name for people and logs (mairie-de-lavandou, ckan-hook).", valueName: "name"))
        var name: String

        @Option(help: ArgumentHelp("publisher or auditor.", valueName: "role"))
        var role: Role

        @Option(help: ArgumentHelp("The publisher a publisher token speaks for (as given in uploads).", valueName: "name"))
        var publisher: String?

        func validate() throws {
            if name.hasPrefix("tok_") { throw ValidationError("a name must not start with tok_ (token ids do)") }
            if name.isEmpty || name.count > 100 { throw ValidationError("a name has 1 to 100 characters") }
            if role == .publisher && publisher == nil { throw ValidationError("a publisher token needs --publisher") }
            if role == .auditor && publisher != nil { throw ValidationError("an auditor token reads every publisher: leave out --publisher") }
        }

        func run() async throws {
            let (name, role) = (name, role)
            var publisherName: String?
            if let publisher {
                do {
                    publisherName = try UploadPath.name(publisher, field: "publisher")
                } catch {
                    throw UsageError(message: error.description)
                }
            }
            guard let (token, secret) = try await store.withStore({ [publisherName] in
                try await $0.createToken(name: name, role: role, publisher: publisherName)
            }) else {
                throw UsageError(message: "a token named \(name) exists: revoke it first, or choose another name")
            }
            print(secret)
            Main.printError("token \(token.id) (\(token.role.rawValue)\(token.publisher.map { " for \($0)" } ?? "")) created; its secret is shown only now")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List tokens: id, name, role, publisher, state.")

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let tokens = try await store.withStore { try await $0.tokens() }
            for token in tokens {
                let state = token.revokedAt == nil ? "active" : "revoked"
                print([token.id, token.name, token.role.rawValue, token.publisher ?? "-", state].joined(separator: "\t"))
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token by id or name; requests with it get 401 at once.")

        @OptionGroup var store: StoreOptions

        @Argument(help: ArgumentHelp("The token's id (tok_…) or name.", valueName: "token"))
        var token: String

        func run() async throws {
            let token = token
            guard try await store.withStore({ try await $0.revokeToken(token) }) else {
                throw UsageError(message: "no active token \(token)")
            }
            Main.printError("token \(token) revoked")
        }
    }
}

extension Role: ExpressibleByArgument {}

extension StoreOptions {
    /// Runs `work` on the store, quietly (token commands print only their result).
    func withStore<Result: Sendable>(_ work: (CheckStore) async throws -> Result) async throws -> Result {
        var settings = ServiceSettings(dataDirectory: try dataDirectory())
        settings.databaseURL = databaseURL()
        var logger = Logger(label: "lavande")
        logger.logLevel = .error
        do {
            return try await StoreConnection.withStore(settings, logger: logger, work)
        } catch let error as StoreLocationError {
            throw UsageError(message: error.description)
        }
    }
}
