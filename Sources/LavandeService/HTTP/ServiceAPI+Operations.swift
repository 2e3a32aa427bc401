import Foundation
import Hummingbird
import LavandeKit

extension ServiceAPI {
    /// Health, readiness and metrics: public, and served by worker processes too.
    func addProbeRoutes(to router: Router<ServiceRequestContext>) {
        // Liveness: the process answers.
        router.get("v1/health") { _, _ in try ServiceAPI.json(["status": "ok"]) }
        router.get("v1/ready") { _, context in try await readiness(context) }
        router.get("metrics") { _, _ in
            ServiceAPI.text(metrics.exposition(countsByStatus: try await store.countsByStatus()),
                            contentType: "text/plain; version=0.0.4; charset=utf-8")
        }
    }

    /// Readiness: the store answers too, within two seconds (a pool waiting for an unreachable
    /// database must not hang the probe).
    private func readiness(_ context: ServiceRequestContext) async throws -> Response {
        let answer = FirstResult<String?>()
        let ping = Task { [store] in
            do {
                try await store.backend.ping()
                answer.offer(nil)
            } catch {
                answer.offer("\(error)")
            }
        }
        let timeout = Task {
            try? await Task.sleep(for: .seconds(2))
            answer.offer("no answer within 2 s")
        }
        let problem = await answer.value()
        ping.cancel()
        timeout.cancel()
        if let problem {
            context.logger.warning("store not ready", metadata: ["error": .string(problem)])
            return try ServiceAPI.json(["status": "store unavailable"], status: .serviceUnavailable)
        }
        return try ServiceAPI.json(["status": "ready"])
    }

    /// The OpenAPI document and the rules in force.
    func addDocumentRoutes(to router: Router<ServiceRequestContext>) {
        router.get("v1/openapi.json") { _, _ in ServiceAPI.text(OpenAPIDocument.json, contentType: "application/json") }
        router.get("v1/rules") { _, context in
            _ = try context.requirePrincipal()
            return try ServiceAPI.json(RulesResource(rules))
        }
    }
}

/// The rule books in force and their rules (`GET /v1/rules`).
struct RulesResource: Encodable {
    struct Book: Encodable {
        var id: String
        var title: LocalizedText
    }

    struct RuleEntry: Encodable {
        var id: String
        var family: String
        var kind: String
        var severity: String
        var title: LocalizedText
        var description: LocalizedText?
    }

    var books: [Book]
    var rules: [RuleEntry]

    init(_ active: ActiveRules) {
        books = active.books.map { Book(id: $0.id, title: $0.title) }
        rules = active.rules.map {
            RuleEntry(id: $0.id, family: $0.family, kind: $0.kind, severity: $0.severity.rawValue, title: $0.title,
                      description: $0.description)
        }
    }
}
