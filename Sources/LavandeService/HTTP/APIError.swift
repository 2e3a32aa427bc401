import Foundation
import Hummingbird

/// An error answered as RFC 9457 problem details (`application/problem+json`): a stable `type`
/// per kind of problem, the status, and a sentence saying what to change.
public struct APIError: HTTPResponseError {
    public var status: HTTPResponse.Status
    /// Short, stable, for programs: `upload-too-large`, `not-found`…
    public var code: String
    public var detail: String

    public init(_ status: HTTPResponse.Status, _ code: String, _ detail: String) {
        self.status = status
        self.code = code
        self.detail = detail
    }

    /// The problem's title: the status's reason phrase (`Content Too Large`), the same for every
    /// problem of a status; `code` and `detail` tell them apart.
    var title: String { status.reasonPhrase }

    static let unauthorized = APIError(.unauthorized, "unauthorized",
                                       "send a valid token: Authorization: Bearer lvd_… (lavande serve token create)")
    static let checkNotFound = APIError(.notFound, "not-found", "no such check")

    static func forbidden(_ detail: String) -> APIError { APIError(.forbidden, "forbidden", detail) }

    /// The status and code of an upload refused by the intake.
    init(_ error: UploadError) {
        switch error {
        case .tooLarge: self.init(.contentTooLarge, "upload-too-large", error.description)
        case .unsafePath: self.init(.badRequest, "unsafe-path", error.description)
        case .malformed: self.init(.badRequest, "malformed-upload", error.description)
        case .unsupportedMediaType: self.init(.unsupportedMediaType, "unsupported-media-type", error.description)
        case .invalidField: self.init(.badRequest, "invalid-field", error.description)
        }
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body: [String: Any] = ["type": "https://lavande.dev/problems/\(code)", "title": title, "code": code,
                                   "status": Int(status.code), "detail": detail]
        let data = try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys, .withoutEscapingSlashes])
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json"
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"lavande\"" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
