import Foundation

/// The OpenAPI 3.1 document of the API, served at `/v1/openapi.json`: `docs/openapi.json`,
/// embedded at build time (EmbedOpenAPIPlugin), so the file in docs/ is the only copy.
enum OpenAPIDocument {
    static let json: String = {
        guard let base64 = EmbeddedAPIFiles.base64["openapi.json"], let data = Data(base64Encoded: base64) else {
            preconditionFailure("docs/openapi.json was not embedded at build time")
        }
        return String(decoding: data, as: UTF8.self)
    }()
}
