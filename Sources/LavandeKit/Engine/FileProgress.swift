import Foundation
import LavandeTabular

/// How much of one file its run's progress has been told of.
///
/// The bytes a file's sources hand out are not exactly its bytes: a split file's readers read a
/// chunk past the end of their part, and the reader of a part that does not end between two
/// records reads on through the next part, which its own reader had begun. So the count stops
/// at the file's size, and `finish` adds what was not counted (a file that could not be read, a
/// part whose reading was stopped): a run's bytes reach its total when its last file is done,
/// never more.
final class FileProgress: @unchecked Sendable {
    private let run: RunProgress
    private let size: Int
    // Taken once per chunk read, from the threads that read the file's parts.
    private let lock = NSLock()
    private var counted = 0

    init(run: RunProgress, size: Int) {
        self.run = run
        self.size = size
    }

    func read(bytes: Int) {
        let added = lock.withLock {
            let added = min(bytes, size - counted)
            counted += added
            return added
        }
        if added > 0 { run.add(bytes: added, files: 0) }
    }

    /// The file is done: the run counts it, with the bytes of it not counted yet.
    func finish() {
        let rest = lock.withLock {
            let rest = size - counted
            counted = size
            return rest
        }
        run.add(bytes: rest, files: 1)
    }
}

/// A byte source that tells a file's progress how many bytes it hands out.
struct ProgressCountingSource<Base: ByteSource>: ByteSource {
    var base: Base
    let progress: FileProgress?

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = try base.read(into: buffer)
        progress?.read(bytes: count)
        return count
    }
}
