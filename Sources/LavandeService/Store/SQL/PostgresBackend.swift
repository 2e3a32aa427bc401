import Foundation
import Logging
import NIOSSL
import PostgresNIO
import ServiceLifecycle

/// The shared store for platforms that run workers on several machines: one PostgreSQL database,
/// through PostgresNIO's connection pool. Claims lock the row they take (`FOR UPDATE SKIP
/// LOCKED`), so two workers never take the same check.
public struct PostgresBackend: SQLBackend {
    public var dialect: SQLDialect { .postgres }
    /// The connection pool; it works only while its `run()` runs (it is a `Service`).
    public let client: PostgresClient
    private let logger: Logger

    /// A database named by a URL: `postgres://user:password@host:5432/database?sslmode=require`.
    public init(url: String, logger: Logger) throws {
        client = PostgresClient(configuration: try PostgresBackend.configuration(url), backgroundLogger: logger)
        self.logger = logger
    }

    public func run(_ batch: [SQLStatement]) async throws -> [[SQLRow]] {
        let dialect = dialect
        return try await client.withTransaction(logger: logger) { connection in
            var results: [[SQLRow]] = []
            for statement in batch {
                var bindings = PostgresBindings(capacity: statement.binds.count)
                for value in statement.binds {
                    switch value {
                    case let .text(text): bindings.append(text)
                    case let .integer(int): bindings.append(int)
                    case let .real(double): bindings.append(double)
                    case .null: bindings.appendNull()
                    }
                }
                let query = PostgresQuery(unsafeSQL: dialect.spell(statement.sql), binds: bindings)
                var rows: [SQLRow] = []
                for try await row in try await connection.query(query, logger: logger) {
                    rows.append(try SQLRow(row))
                }
                results.append(rows)
            }
            return results
        }
    }

    public func ping() async throws {
        _ = try await rows("SELECT 1 AS one")
    }

    /// Reads a `postgres://` URL. The user defaults to `postgres`, the port to 5432, the database
    /// to the user's name; `sslmode` is `disable`, `prefer` (default), `require`, `verify-ca` or
    /// `verify-full`, as for libpq.
    static func configuration(_ url: String) throws -> PostgresClient.Configuration {
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme ?? ""),
              let host = components.host, !host.isEmpty else {
            throw StoreLocationError(location: url, problem: "expected postgres://user:password@host:port/database")
        }
        let user = components.user?.removingPercentEncoding ?? "postgres"
        let database = String(components.path.drop(while: { $0 == "/" })).removingPercentEncoding
        let sslMode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        // As libpq: prefer and require encrypt without checking the certificate, verify-ca
        // checks it against the trusted roots, verify-full checks the host name too.
        var unchecked = TLSConfiguration.makeClientConfiguration()
        unchecked.certificateVerification = .none
        var rootsOnly = TLSConfiguration.makeClientConfiguration()
        rootsOnly.certificateVerification = .noHostnameVerification
        let tls: PostgresClient.Configuration.TLS
        switch sslMode {
        case "disable": tls = .disable
        case "prefer": tls = .prefer(unchecked)
        case "require": tls = .require(unchecked)
        case "verify-ca": tls = .require(rootsOnly)
        case "verify-full": tls = .require(.makeClientConfiguration())
        default: throw StoreLocationError(location: url, problem: "sslmode must be disable, prefer, require, verify-ca or verify-full")
        }
        return PostgresClient.Configuration(host: host, port: components.port ?? 5432, username: user,
                                            password: components.password?.removingPercentEncoding,
                                            database: database?.isEmpty == false ? database : user, tls: tls)
    }
}

/// A `--database` or `--data` value the store cannot use.
public struct StoreLocationError: Error, CustomStringConvertible {
    public var location: String
    public var problem: String

    public var description: String {
        // Never echo a password.
        let shown = location.replacingOccurrences(of: #"://([^:/@]+):[^@]*@"#, with: "://$1:***@", options: .regularExpression)
        return "cannot use the store \(shown): \(problem)"
    }
}

private extension SQLRow {
    init(_ row: PostgresRow) throws {
        var values: [String: SQLValue] = [:]
        for cell in row {
            guard cell.bytes != nil else {
                values[cell.columnName] = .null
                continue
            }
            switch cell.dataType {
            case .int2, .int4, .int8: values[cell.columnName] = .integer(try cell.decode(Int.self))
            case .float4, .float8: values[cell.columnName] = .real(try cell.decode(Double.self))
            case .bool: values[cell.columnName] = .integer(try cell.decode(Bool.self) ? 1 : 0)
            default: values[cell.columnName] = .text(try cell.decode(String.self))
            }
        }
        self.init(values)
    }
}
