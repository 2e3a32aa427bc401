import Foundation

extension CheckStore {
    /// Marks the uploads of checks finished more than `seconds` ago as purged, and gives the
    /// blobs that no check still keeping its upload refers to: those the upload store may delete.
    public func expireUploads(olderThan seconds: Double) async throws -> Set<String> {
        let results = try await backend.run([
            SQLStatement("""
                UPDATE checks SET upload_purged_at = {now}
                WHERE upload_purged_at IS NULL AND status IN ('done', 'failed') AND finished_at < {now} - ?
                RETURNING files
                """, [.real(seconds)]),
            SQLStatement("SELECT files FROM checks WHERE upload_purged_at IS NULL"),
        ])
        let decoder = JSONDecoder()
        func digests(_ rows: [SQLRow]) throws -> Set<String> {
            var digests = Set<String>()
            for row in rows {
                guard let files = row.string("files") else { continue }
                digests.formUnion(try decoder.decode([UploadedFile].self, from: Data(files.utf8)).map(\.sha256))
            }
            return digests
        }
        return try digests(results[0]).subtracting(try digests(results[1]))
    }
}
