import Foundation
import Hummingbird
import LavandeKit

/// The HTTP API under `/v1` (and `/metrics`): what each route needs, and the router that holds
/// them. Routes live in the extensions, one file per resource.
public struct ServiceAPI: Sendable {
    let store: CheckStore
    let uploads: UploadStore
    let limits: UploadLimits
    let rules: ActiveRules
    let metrics: ServiceMetrics

    public init(store: CheckStore, uploads: UploadStore, limits: UploadLimits, rules: ActiveRules, metrics: ServiceMetrics) {
        self.store = store
        self.uploads = uploads
        self.limits = limits
        self.rules = rules
        self.metrics = metrics
    }

    /// The routes of the API, or with `includingAPI` false only health, readiness and metrics
    /// (worker processes).
    public func router(includingAPI: Bool = true) -> Router<ServiceRequestContext> {
        let router = Router(context: ServiceRequestContext.self)
        router.add(middleware: LogRequestsMiddleware(.info))
        addProbeRoutes(to: router)
        guard includingAPI else { return router }
        router.add(middleware: TokenAuthenticator(store: store))
        addDocumentRoutes(to: router)
        addCheckRoutes(to: router.group("v1/checks"))
        addDatasetRoutes(to: router.group("v1/datasets"))
        return router
    }

    /// A JSON response of an API resource.
    static func json<Value: Encodable>(_ value: Value, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        var headers = headers
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try APIJSON.encode(value))))
    }

    static func text(_ text: String, contentType: String, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = contentType
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A path parameter, percent-decoded and in Unicode NFC (as names are stored).
    static func parameter(_ name: String, of context: ServiceRequestContext) throws -> String {
        guard let raw = context.parameters.get(name) else { throw APIError(.badRequest, "missing-parameter", "\(name) is missing") }
        return (raw.removingPercentEncoding ?? raw).precomposedStringWithCanonicalMapping
    }
}
