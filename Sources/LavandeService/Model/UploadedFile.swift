/// One file of an upload: where it goes in the dataset folder and which blob of the upload store
/// holds its bytes.
public struct UploadedFile: Sendable, Codable, Hashable {
    /// Path inside the dataset folder, `/`-separated, already checked by `UploadPath`.
    public var path: String
    /// Lower-case hexadecimal SHA-256 of the bytes: the blob's name in the upload store.
    public var sha256: String
    public var size: Int

    public init(path: String, sha256: String, size: Int) {
        self.path = path
        self.sha256 = sha256
        self.size = size
    }
}
