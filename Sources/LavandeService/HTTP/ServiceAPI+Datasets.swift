import Foundation
import Hummingbird

extension ServiceAPI {
    func addDatasetRoutes(to group: RouterGroup<ServiceRequestContext>) {
        group.get { _, context in try await datasets(context) }
        group.get(":publisher/:dataset/checks") { _, context in try await history(context) }
        group.get(":publisher/:dataset/badge.svg") { request, context in try await badge(request, context) }
    }

    /// `GET /v1/datasets`: the datasets the token may read, each with its latest check.
    private func datasets(_ context: ServiceRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let latest = try await store.datasets(publisher: principal.role == .auditor ? nil : principal.publisher ?? "")
        return try ServiceAPI.json(DatasetListResource(datasets: latest.map {
            .init(publisher: $0.publisher, dataset: $0.dataset, latest: CheckResource($0))
        }))
    }

    /// `GET /v1/datasets/{publisher}/{dataset}/checks`: every check, oldest first, with what
    /// changed since the previous one.
    private func history(_ context: ServiceRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let publisher = try ServiceAPI.parameter("publisher", of: context)
        let dataset = try ServiceAPI.parameter("dataset", of: context)
        guard principal.mayRead(publisher: publisher) else { throw APIError(.notFound, "not-found", "no such dataset") }
        let history = try await store.history(publisher: publisher, dataset: dataset)
        guard !history.isEmpty else { throw APIError(.notFound, "not-found", "no such dataset") }
        return try ServiceAPI.json(HistoryResource(publisher: publisher, dataset: dataset, history: history))
    }

    /// `GET /v1/datasets/{publisher}/{dataset}/badge.svg`: public, for portal pages; it tells
    /// only pass, warnings or fail. `?lang=fr` for French words.
    private func badge(_ request: Request, _ context: ServiceRequestContext) async throws -> Response {
        let publisher = try ServiceAPI.parameter("publisher", of: context)
        let dataset = try ServiceAPI.parameter("dataset", of: context)
        let latest = try await store.latestFinished(publisher: publisher, dataset: dataset)
        let french = request.uri.queryParameters.get("lang") == "fr"
        return ServiceAPI.text(Badge.svg(for: latest, french: french), contentType: "image/svg+xml",
                               headers: [.cacheControl: "no-cache"])
    }
}
