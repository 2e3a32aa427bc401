/// When the profiler stops reading, in a column, the types that fit too few of its first values
/// (unless the header announces them or a rule declares them): most columns fit one or two of
/// the catalogue's types, and reading the others on every cell would cost most of the pass.
struct TypeTrial: Sendable {
    /// Filled cells of a column after which its trial ends.
    var cells = 1000
    /// Data records after which the trial ends in every column, however few values it holds: a
    /// sparse column is judged on the values it has by then, and the decisions of every column
    /// are final early enough for a large file to be split across threads
    /// (`SplittableObserver.isReadyToFork`).
    var records = 20_000
    /// A type that fits fewer than this share of the values of the trial is dropped.
    var share = 0.1
}
