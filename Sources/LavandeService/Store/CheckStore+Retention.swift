import Foundation

extension CheckStore {
    /// Marks the uploads of checks finished more than `seconds` ago as no longer kept; gives how
    /// many checks were marked. Their reports and histories stay.
    @discardableResult
    public func expireUploads(olderThan seconds: Double) async throws -> Int {
        try await backend.rows("""
            UPDATE checks SET upload_purged_at = {now}
            WHERE upload_purged_at IS NULL AND status IN ('done', 'failed') AND finished_at < {now} - ?
            RETURNING id
            """, [.real(seconds)]).count
    }

    /// The blobs that checks still keeping their upload refer to: the upload store keeps these.
    public func liveDigests() async throws -> Set<String> {
        var digests = Set<String>()
        let decoder = JSONDecoder()
        for row in try await backend.rows("SELECT files FROM checks WHERE upload_purged_at IS NULL") {
            guard let files = row.string("files") else { continue }
            digests.formUnion(try decoder.decode([UploadedFile].self, from: Data(files.utf8)).map(\.sha256))
        }
        return digests
    }
}
