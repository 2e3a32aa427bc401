import Foundation
import LavandeKit
import NIOCore

/// Turns an upload into a queued check: receives it into a staging folder, decides for which
/// dataset and publisher it is and whether the token may submit it, then keeps its files and
/// queues the check. Whatever is refused leaves nothing: the staging folder is always removed.
struct CheckSubmission {
    let store: CheckStore
    let uploads: UploadStore
    let limits: UploadLimits

    func submit<Body: AsyncSequence>(by principal: Principal, contentType: String?, body: Body,
                                     query: [String: String]) async throws -> CheckRecord where Body.Element == ByteBuffer {
        let staging = try uploads.makeStaging(budget: UploadBudget(limits: limits))
        defer { staging.discard() }
        let upload = try await UploadIntake().receive(contentType: contentType, body: body, staging: staging)
        let fields = query.merging(upload.fields) { _, form in form }
        let dataset = try UploadPath.name(fields["dataset"] ?? "", field: "dataset")
        let publisher = try publisher(fields["publisher"], for: principal)
        guard upload.files.contains(where: CheckSubmission.isData) else {
            throw UploadError.invalidField("the upload holds no data file (.csv, .tsv, .txt) and no datapackage.json")
        }
        var seen = Set<String>()
        for file in upload.files where !seen.insert(file.path).inserted {
            throw UploadError.invalidField("two files have the path \(UploadPath.shown(file.path))")
        }
        let files = try uploads.keep(upload.files)
        return try await store.enqueue(NewCheck(dataset: dataset, publisher: publisher, submittedBy: principal.tokenID, files: files))
    }

    /// Whether the engine reads the file as data (the rest are documents: licences, READMEs).
    private static func isData(_ file: StagedFile) -> Bool {
        let name = (file.path as NSString).lastPathComponent.lowercased()
        guard !name.hasPrefix(".") else { return false }
        return DatasetScanner.tabularExtensions.contains((name as NSString).pathExtension) || name == "datapackage.json"
    }

    /// A publisher token submits for its own publisher (the field may restate it); an auditor
    /// names the publisher it submits for.
    private func publisher(_ field: String?, for principal: Principal) throws -> String {
        switch principal.role {
        case .publisher:
            guard let own = principal.publisher else { throw APIError.forbidden("this publisher token names no publisher") }
            if let field, try UploadPath.name(field, field: "publisher") != own {
                throw APIError.forbidden("this token submits for \(own) only")
            }
            return own
        case .auditor:
            guard let field else { throw UploadError.invalidField("publisher is missing (an auditor submits on behalf of a publisher)") }
            return try UploadPath.name(field, field: "publisher")
        }
    }
}
