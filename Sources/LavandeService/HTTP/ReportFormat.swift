import Hummingbird
import LavandeKit

/// The format and language a report is asked in: `?format=` and `?lang=` first, else the
/// `Accept` and `Accept-Language` headers, else JSON in English.
struct ReportFormat {
    /// Media types for `Accept`, and the `Content-Type` each format is served with.
    static let mediaTypes: [(reporter: String, mediaType: String, contentType: String)] = [
        ("json", "application/json", "application/json"),
        ("sarif", "application/sarif+json", "application/sarif+json"),
        ("markdown", "text/markdown", "text/markdown; charset=utf-8"),
        ("html", "text/html", "text/html; charset=utf-8"),
        ("junit", "application/xml", "application/xml"),
        ("text", "text/plain", "text/plain; charset=utf-8"),
    ]

    var reporter: any Reporter
    var contentType: String
    var language: Language

    init(_ request: Request) throws(APIError) {
        let query = request.uri.queryParameters
        let name: String
        if let asked = query.get("format") {
            name = asked
        } else {
            name = ReportFormat.fromAccept(request.headers[.accept] ?? "") ?? "json"
        }
        guard let entry = ReportFormat.mediaTypes.first(where: { $0.reporter == name }), let reporter = Reporters.named(name) else {
            throw APIError(.notAcceptable, "unknown-format",
                           "format must be one of \(ReportFormat.mediaTypes.map(\.reporter).joined(separator: ", "))")
        }
        self.reporter = reporter
        contentType = entry.contentType
        if let asked = query.get("lang") {
            guard let language = Language(rawValue: asked) else { throw APIError(.badRequest, "unknown-language", "lang must be fr or en") }
            self.language = language
        } else {
            language = (request.headers[.acceptLanguage] ?? "").lowercased().hasPrefix("fr") ? .fr : .en
        }
    }

    /// The first media type of `Accept` that names a format (quality values are not weighed:
    /// clients name the one they want first).
    private static func fromAccept(_ accept: String) -> String? {
        for item in accept.split(separator: ",") {
            let type = item.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
            if let entry = mediaTypes.first(where: { $0.mediaType == type }) { return entry.reporter }
        }
        return nil
    }
}
