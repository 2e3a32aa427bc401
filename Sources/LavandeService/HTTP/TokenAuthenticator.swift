import Foundation
import Hummingbird

/// Reads `Authorization: Bearer lvd_…` and sets the request's principal when the token is known
/// and not revoked. It never refuses a request itself: routes that need a token ask for it
/// (`requirePrincipal`, 401), and public ones (health, badges, metrics, the OpenAPI document)
/// answer whatever the header holds — a proxy's basic authentication included.
struct TokenAuthenticator: RouterMiddleware {
    let store: CheckStore

    func handle(_ request: Request, context: ServiceRequestContext,
                next: (Request, ServiceRequestContext) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization] else { return try await next(request, context) }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return try await next(request, context) }
        let secret = parts[1].trimmingCharacters(in: .whitespaces)
        guard secret.hasPrefix(TokenSecret.prefix), secret.count < 200,
              let token = try await store.token(secret: secret) else { return try await next(request, context) }
        var context = context
        context.principal = token.principal
        context.logger[metadataKey: "token"] = .string(token.id)
        return try await next(request, context)
    }
}
