/// What one upload may hold. Every limit is checked while the bytes arrive or expand, never
/// after: a hostile upload is stopped at the first byte past a limit.
public struct UploadLimits: Sendable {
    /// Bytes of the request body (the zip itself, or all the parts of a multipart upload).
    public var maxRequestBytes: Int
    /// Files of one dataset, after expanding a zip.
    public var maxFiles: Int
    /// Bytes of all files together, after expanding a zip.
    public var maxExpandedBytes: Int
    /// Largest expansion allowed for one zip entry (uncompressed ÷ compressed), for entries
    /// larger than `ratioFloorBytes`; small files compress well and are not judged on it.
    public var maxRatio: Int
    public var ratioFloorBytes: Int

    public init(maxRequestBytes: Int = 512 << 20, maxFiles: Int = 1_000, maxExpandedBytes: Int = 2 << 30,
                maxRatio: Int = 200, ratioFloorBytes: Int = 1 << 20) {
        self.maxRequestBytes = maxRequestBytes
        self.maxFiles = maxFiles
        self.maxExpandedBytes = maxExpandedBytes
        self.maxRatio = maxRatio
        self.ratioFloorBytes = ratioFloorBytes
    }
}
