import Synchronization

/// A `BytePattern` compiled at the first input it judges, then kept.
///
/// For `CellPattern`'s widened readings, which judge only the non-ASCII cells a Unicode-sensitive
/// pattern meets (`^\d{5}$` against `Évreux`). Read widened, `\d` takes every UTF-8 sequence, so
/// its automaton is several times larger than the ASCII one: compiling the widened readings of the
/// default rule books' patterns took about 3 ms at the start of every run, half of compiling all
/// their patterns, and most runs meet none of those cells where such a pattern is read. The lock
/// is taken at each input: the threads of a file read in parts share the patterns, and few of
/// their cells come here once the column types' trial is over.
final class DeferredBytePattern: Sendable {
    private let source: String
    private let caseInsensitive: Bool
    private let reading: ClassReading
    /// nil until the first input; then the compiled pattern, or nil inside if it failed to compile.
    private let built = Mutex<BytePattern??>(nil)

    /// A pattern whose syntax `BytePattern` reads (its lengths were worked out,
    /// `BytePattern.lengths`); it may still be too large to compile.
    init(_ source: String, caseInsensitive: Bool, reading: ClassReading) {
        self.source = source
        self.caseInsensitive = caseInsensitive
        self.reading = reading
    }

    /// `BytePattern.matches`; true when the pattern did not compile (too large once widened, it
    /// rules nothing out).
    func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let pattern = built.withLock { built in
            if let built { return built }
            let pattern = try? BytePattern(source, caseInsensitive: caseInsensitive, reading: reading)
            built = .some(pattern)
            return pattern
        }
        return pattern?.matches(bytes) ?? true
    }
}
