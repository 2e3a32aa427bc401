import Foundation
import Hummingbird
import LavandeKit

extension ServiceAPI {
    func addCheckRoutes(to group: RouterGroup<ServiceRequestContext>) {
        group.post { request, context in try await submit(request, context) }
        group.get(":id") { _, context in try ServiceAPI.json(CheckResource(try await readableCheck(context))) }
        group.get(":id/report") { request, context in try await report(request, context) }
    }

    /// `POST /v1/checks`: 202 and the check, with its URL in `Location`.
    private func submit(_ request: Request, _ context: ServiceRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let query = Dictionary(request.uri.queryParameters.map { (String($0.key), String($0.value)) }) { _, last in last }
        let check: CheckRecord
        do {
            check = try await CheckSubmission(store: store, uploads: uploads, limits: limits)
                .submit(by: principal, contentType: request.headers[.contentType], body: request.body, query: query)
        } catch let error as UploadError {
            metrics.uploadRejected()
            context.logger.notice("upload refused", metadata: ["reason": .string(error.description)])
            throw APIError(error)
        }
        metrics.checkSubmitted()
        context.logger.info("check queued", metadata: ["check": .string(check.id), "dataset": .string(check.dataset),
                                                       "publisher": .string(check.publisher), "files": "\(check.files.count)"])
        var headers = HTTPFields()
        headers[.location] = APIPaths.check(check.id)
        return try ServiceAPI.json(CheckResource(check), status: .accepted, headers: headers)
    }

    /// `GET /v1/checks/{id}/report`: the report of a done check, in the format asked for.
    private func report(_ request: Request, _ context: ServiceRequestContext) async throws -> Response {
        let check = try await readableCheck(context)
        let format = try ReportFormat(request)
        guard check.status == .done, let json = try await store.report(of: check.id, language: format.language) else {
            throw APIError(.conflict, "report-not-ready", "the check is \(check.status.rawValue): a report exists once it is done")
        }
        var report = try JSONReport(text: json, file: check.id).report
        // The stored JSON does not hold the rules; the formats that list them get those in force.
        report.rules = rules.rules
        let text = format.reporter.render(report, options: ReportOptions(language: format.language, color: false))
        return ServiceAPI.text(text, contentType: format.contentType, headers: [.vary: "Accept, Accept-Language"])
    }

    /// The check of the path, if the token may read it; another publisher's check is answered
    /// as missing, so that ids cannot be probed.
    private func readableCheck(_ context: ServiceRequestContext) async throws -> CheckRecord {
        let principal = try context.requirePrincipal()
        let id = try ServiceAPI.parameter("id", of: context)
        guard id.hasPrefix("chk_"), id.count < 64, let check = try await store.check(id),
              principal.mayRead(publisher: check.publisher) else { throw APIError.checkNotFound }
        return check
    }
}
