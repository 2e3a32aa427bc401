import Foundation
import Hummingbird

/// Reads `Authorization: Bearer …` and sets the request's principal. A request without a token
/// goes on (public endpoints: health, badges, metrics, the OpenAPI document); one with a token
/// that is unknown or revoked is refused at once with 401.
struct TokenAuthenticator: RouterMiddleware {
    let store: CheckStore

    func handle(_ request: Request, context: ServiceRequestContext,
                next: (Request, ServiceRequestContext) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization] else { return try await next(request, context) }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { throw APIError.unauthorized }
        let secret = parts[1].trimmingCharacters(in: .whitespaces)
        guard secret.hasPrefix(TokenSecret.prefix), secret.count < 200,
              let token = try await store.token(secret: secret) else { throw APIError.unauthorized }
        var context = context
        context.principal = token.principal
        context.logger[metadataKey: "token"] = .string(token.id)
        return try await next(request, context)
    }
}
