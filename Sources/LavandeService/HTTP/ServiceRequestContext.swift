import Hummingbird

/// The context of a request: Hummingbird's, plus the token it was made with.
public struct ServiceRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `TokenAuthenticator` when the request carries a valid token.
    public var principal: Principal?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// The token, or 401.
    func requirePrincipal() throws(APIError) -> Principal {
        guard let principal else { throw .unauthorized }
        return principal
    }
}
