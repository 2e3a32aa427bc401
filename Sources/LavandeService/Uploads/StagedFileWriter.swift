import Crypto
import Foundation

/// A file of an upload on its way in: written to the staging folder while it is hashed and
/// counted against the upload's budget.
final class StagedFileWriter {
    /// Path inside the dataset folder.
    let path: String
    let location: String
    private let handle: FileHandle
    private var hasher = SHA256()
    private var size = 0
    private let budget: UploadBudget

    init(path: String, location: String, budget: UploadBudget) throws {
        try budget.addFile()
        guard FileManager.default.createFile(atPath: location, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: location])
        }
        self.path = path
        self.location = location
        self.handle = try FileHandle(forWritingTo: URL(fileURLWithPath: location))
        self.budget = budget
    }

    func write<Bytes: DataProtocol>(_ bytes: Bytes) throws {
        try budget.addBytes(bytes.count)
        size += bytes.count
        hasher.update(data: bytes)
        try handle.write(contentsOf: bytes)
    }

    func finish() throws -> StagedFile {
        try handle.close()
        return StagedFile(path: path, location: location, sha256: hasher.finalize().hexadecimal, size: size)
    }

    /// Closes the file after an error; the staging folder is removed whole.
    func abandon() {
        try? handle.close()
    }
}

/// A file of an upload, complete in the staging folder.
struct StagedFile {
    var path: String
    var location: String
    var sha256: String
    var size: Int
}
