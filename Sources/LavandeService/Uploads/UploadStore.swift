import Foundation

/// The uploaded files, kept by the SHA-256 of their bytes (`blobs/ab/abcd…`): a file uploaded
/// again is stored once. Uploads are staged in `incoming/` and moved in only once the whole
/// upload passed its checks, so a refused upload leaves nothing. Workers lay checks out in
/// `work/` (hard links to the blobs: same file system). With several machines on one PostgreSQL
/// database, this folder must be shared by all of them.
public struct UploadStore: Sendable {
    public let root: String

    public init(root: String) throws {
        self.root = root
        for folder in [blobs, incoming, work] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
    }

    var blobs: String { root + "/blobs" }
    var incoming: String { root + "/incoming" }
    /// Where workers lay uploads out as dataset folders while they check them.
    public var work: String { root + "/work" }

    /// A new, empty staging folder.
    func makeStaging(budget: UploadBudget) throws -> Staging {
        let folder = incoming + "/" + RandomID.base32(bytes: 10)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        return Staging(folder: folder, budget: budget)
    }

    /// Moves staged files into the store; a blob already there is kept and its time refreshed,
    /// so that retention counts from its latest upload.
    func keep(_ staged: [StagedFile]) throws -> [UploadedFile] {
        try staged.map { file in
            let destination = try blobPath(file.sha256)
            let manager = FileManager.default
            try manager.createDirectory(atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if rename(file.location, destination) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination])
            }
            try manager.setAttributes([.modificationDate: Date()], ofItemAtPath: destination)
            return UploadedFile(path: file.path, sha256: file.sha256, size: file.size)
        }
    }

    /// Lays the files of a check out under `folder` (hard links to the blobs, copies across
    /// file systems). Fails when a blob is missing (its retention ran out).
    public func materialise(_ files: [UploadedFile], into folder: String) throws {
        let manager = FileManager.default
        for file in files {
            let path = try UploadPath.sanitise(file.path)
            let source = try blobPath(file.sha256)
            let destination = folder + "/" + path
            try manager.createDirectory(atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if link(source, destination) != 0 {
                try manager.copyItem(atPath: source, toPath: destination)
            }
        }
    }

    /// Deletes the blobs that are not in `live` and were not written or uploaded again within
    /// `grace` seconds (an upload's blobs are kept before its check is queued); this also
    /// removes blobs of uploads whose check could not be queued. Gives how many were deleted.
    @discardableResult
    public func deleteBlobs(except live: Set<String>, unlessNewerThan grace: Double) -> Int {
        let cutoff = Date().addingTimeInterval(-grace)
        var deleted = 0
        for (path, name) in entries(under: blobs) where !live.contains(name) && UploadStore.modified(path, before: cutoff) {
            if unlink(path) == 0 { deleted += 1 }
        }
        return deleted
    }

    /// Removes staging and work folders older than `seconds`: left by a process that stopped
    /// mid-upload or mid-check (killed, or its machine lost).
    @discardableResult
    public func removeAbandonedScratch(olderThan seconds: Double) -> Int {
        let cutoff = Date().addingTimeInterval(-seconds)
        var removed = 0
        for folder in [incoming, work] {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            where UploadStore.modified(folder + "/" + name, before: cutoff) {
                if (try? FileManager.default.removeItem(atPath: folder + "/" + name)) != nil { removed += 1 }
            }
        }
        return removed
    }

    /// The regular files two levels under `folder` (`ab/abcd…`), with their names.
    private func entries(under folder: String) -> [(path: String, name: String)] {
        var found: [(String, String)] = []
        for shard in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + shard)) ?? [] {
                found.append((folder + "/" + shard + "/" + name, name))
            }
        }
        return found
    }

    private static func modified(_ path: String, before cutoff: Date) -> Bool {
        guard let date = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date else { return false }
        return date < cutoff
    }

    /// Whether every blob of these files is still there.
    public func holds(_ files: [UploadedFile]) -> Bool {
        files.allSatisfy { (try? blobPath($0.sha256)).map(FileManager.default.fileExists(atPath:)) ?? false }
    }

    /// The blob's path; refuses anything but 64 lower-case hexadecimal digits, so a record
    /// changed by hand cannot name another file.
    func blobPath(_ digest: String) throws(UploadError) -> String {
        guard digest.utf8.count == 64, digest.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
            throw .malformed("not a SHA-256 digest: \(UploadPath.shown(digest))")
        }
        return blobs + "/" + digest.prefix(2) + "/" + digest
    }
}

/// A staging folder of one upload. `discard()` removes it whole.
final class Staging {
    let folder: String
    let budget: UploadBudget
    private var counter = 0

    init(folder: String, budget: UploadBudget) {
        self.folder = folder
        self.budget = budget
    }

    /// A writer for the next file; the file's name in the staging folder is a number, never the
    /// client's name.
    func newFile(path: String) throws -> StagedFileWriter {
        counter += 1
        return try StagedFileWriter(path: path, location: folder + "/\(counter)", budget: budget)
    }

    /// A location for a temporary file the upload needs (the zip being received).
    func scratchLocation() -> String {
        counter += 1
        return folder + "/\(counter).tmp"
    }

    func discard() {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
