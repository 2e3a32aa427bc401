/// When one file is read by several threads at once: cut into parts, each read by forks of the
/// file's observers (`SplittableObserver`), the parts' findings then joined into those of a
/// single pass.
public struct SplitPolicy: Sendable {
    /// Parts a file is cut into at most (nil: the run's `jobs`). A part takes a thread only when
    /// one is idle: a run over many files keeps one thread per file, and uses `jobs` threads in
    /// all, or `parts` when that is more.
    public var parts: Int?
    /// Bytes of a part, at least: a smaller file is read in fewer parts, or in one.
    public var minimumPartBytes = 4 << 20
    /// Bytes read by the first thread, at least, before the file is cut: enough records for
    /// the observers' decisions (the trial of the column types) to be taken.
    public var minimumPrefixBytes = 256 << 10
    /// Share of the file the first thread may read before the observers are ready to fork;
    /// past it, the file is read in one pass.
    public var maximumPrefixShare = 0.5

    public init(parts: Int? = nil) {
        self.parts = parts
    }

    /// Reads every file in one pass.
    public static let never = SplitPolicy(parts: 1)
}
