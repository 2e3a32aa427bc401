import Foundation
import LavandeTabular

/// Reads one file for the engine: in one pass, or in parts at the same time on several threads
/// when the file is large, threads of the run are idle and every observer can be split.
///
/// A split pass: the first thread reads the start of the file until the observers are ready to
/// fork (the header read, the trial of the column types over), forks them, cuts the rest of the
/// file into parts at guessed record starts (`PartBoundary`), reads the first part itself while
/// the other threads read the others with the forks, then joins the parts in file order: the
/// facts add up (`ByteFacts.absorb`) and each observer absorbs its forks
/// (`SplittableObserver.absorb`), their rows and lines moved to their place in the file. A
/// reader that does not end its part exactly between two records (the guess fell inside a quoted
/// cell) reads on through the next part, whose own reading is dropped: the findings are those of
/// a single pass whatever the guesses.
struct FileReading {
    let path: String
    let limits: ReaderLimits
    let progress: FileProgress?
    let policy: SplitPolicy
    let threads: ThreadBudget
    let log: SplitLog?

    /// Bytes read at a time at the start of the file, at most: the observers fork within a
    /// step, and the first part goes on from its end.
    private static let prefixStep = 64 << 10
    /// Bytes read between two looks at whether a later part's reading is still needed.
    private static let partStep = 4 << 20

    func read(with observers: ObserverSet, sink: ObservingSink) throws -> ByteFacts {
        let file = try FileByteSource(path: path)
        let size = file.size
        let pass = try TabularReader(limits: limits).start(ProgressCountingSource(base: file, progress: progress), sink: sink)
        let wanted = min(policy.parts ?? threads.total, size / max(1, policy.minimumPartBytes))
        guard wanted > 1, let info = pass.info, info.recordEncoding == info.encoding, observers.isSplittable else {
            try pass.read()
            return pass.finish()
        }
        let extra = threads.take(upTo: wanted - 1)
        defer { threads.give(extra) }
        guard extra > 0, let fork = try readPrefix(pass, observers: observers, sink: sink, forks: extra, size: size) else {
            try pass.read()
            return pass.finish()
        }
        let starts = try partStarts(after: pass.offset, size: size, parts: fork.sets.count + 1, file: file, dialect: info.dialect)
        let board = PartBoard(parts: starts.count + 1)
        let outcomes = PartOutcomes(count: starts.count)
        let group = DispatchGroup()
        for index in starts.indices {
            let later = LaterPart(number: index + 1, start: starts[index], observers: fork.sets[index], next: fork.next)
            let table = sink.table!.copied()
            DispatchQueue.global(qos: .userInitiated).async(group: group) {
                outcomes[index] = Result { try self.read(later, info: info, table: table, starts: starts, board: board) }
            }
        }
        // The other threads use the forks and the thread budget: wait for them even on an error.
        let first = Result { try Self.readPart(0, with: pass, starts: starts, board: board) }
        group.wait()

        let firstCovered = try first.get()
        var facts = pass.finish()
        var part = (firstCovered ?? 0) + 1
        var joined = 1
        defer { log?.note(SplitLog.Entry(path: path, parts: starts.count + 1, partsReadOn: starts.count + 1 - joined)) }
        while part <= starts.count {
            // Its start was where the reader of the part before it ended, between two records.
            let outcome = try outcomes[part - 1]!.get()
            let shift = RecordShift(records: facts.recordCount + 1 - fork.next.record, lines: facts.lineCount + 1 - fork.next.line)
            facts.absorb(outcome.facts, lineShift: shift.lines)
            observers.absorb(outcome.observers, shift: shift)
            part = outcome.lastPart + 1
            joined += 1
        }
        return facts
    }

    // MARK: The start of the file

    /// Reads the start of the file until the observers are ready to fork, and forks them; nil
    /// when they are not ready within `SplitPolicy.maximumPrefixShare` of the file.
    private func readPrefix(_ pass: TabularPass<ProgressCountingSource<FileByteSource>>, observers: ObserverSet,
                            sink: ObservingSink, forks: Int, size: Int) throws -> Fork? {
        var fork: Fork?
        let minimum = policy.minimumPrefixBytes
        sink.forkWhenReady = { record in
            guard record.offset >= minimum, observers.isReadyToFork else { return false }
            fork = Fork(sets: (0..<forks).map { _ in observers.fork() }, next: (record.number + 1, record.line + record.lineSpan))
            return true
        }
        defer { sink.forkWhenReady = nil }
        let limit = max(minimum, Int(Double(size) * policy.maximumPrefixShare))
        // Small steps in a small file, for its parts to start after them.
        let step = max(1, min(FileReading.prefixStep, size / (4 * (forks + 1))))
        while fork == nil, !pass.isAtEnd, pass.offset < limit {
            try pass.read(upTo: pass.offset + step)
        }
        return fork
    }

    /// Where the later parts begin: guessed record starts, evenly spread over the bytes after
    /// `offset` (fewer when no record start is found near where one should be).
    private func partStarts(after offset: Int, size: Int, parts: Int, file: FileByteSource, dialect: Dialect) throws -> [Int] {
        var starts: [Int] = []
        for part in 1..<parts {
            let nominal = offset + (size - offset) * part / parts
            if let start = try PartBoundary.guess(in: file, near: nominal, dialect: dialect), start > (starts.last ?? offset),
               start < size {
                starts.append(start)
            }
        }
        return starts
    }

    // MARK: The parts

    /// Reads one later part with its forks, on its own thread.
    private func read(_ part: LaterPart, info: StreamInfo, table: TableLayout, starts: [Int], board: PartBoard) throws -> PartOutcome {
        let source = ProgressCountingSource(base: try FileByteSource(path: path, offset: part.start), progress: progress)
        let sink = ObservingSink(observers: part.observers.observers, table: table)
        let pass = TabularPass(resuming: source, at: part.start, info: info, firstRecord: part.next.record,
                               firstLine: part.next.line, limits: limits, sink: sink)
        let last = try Self.readPart(part.number, with: pass, starts: starts, board: board)
        return PartOutcome(facts: pass.finish(), observers: part.observers, lastPart: last ?? part.number)
    }

    /// Reads part `number` to its end, and on through the next parts while it does not end
    /// between two records; returns the last part read, or nil when the part turned out to be
    /// read by the reader of a part before it (its reading was then stopped).
    private static func readPart<Source>(_ number: Int, with pass: TabularPass<Source>, starts: [Int], board: PartBoard) throws -> Int? {
        var last = number
        while true {
            let end = last < starts.count ? starts[last] : Int.max
            while pass.offset < end, !pass.isAtEnd {
                if board.isReadByAnother(number) { return nil }
                try pass.read(upTo: min(end, pass.offset + partStep))
            }
            if end == Int.max || pass.isAtEnd || pass.isAtRecordStart { return last }
            last += 1
            board.markRead(last)
        }
    }

    /// The forks made at the end of the start of the file, one per later part, and the number
    /// and line the record after the fork has: the later parts number their records from there.
    private struct Fork {
        var sets: [ObserverSet]
        var next: (record: Int, line: Int)
    }

    /// A later part and the forks that read it. Unchecked: the forks are handed to the part's
    /// thread when it starts and taken back once it has ended, never used by two threads at once.
    private struct LaterPart: @unchecked Sendable {
        var number: Int
        var start: Int
        var observers: ObserverSet
        var next: (record: Int, line: Int)
    }

    /// Unchecked as `LaterPart`: made on the part's thread, read once it has ended.
    fileprivate struct PartOutcome: @unchecked Sendable {
        var facts: ByteFacts
        var observers: ObserverSet
        /// The last part this reader read (its own, or a later one when it read on).
        var lastPart: Int
    }
}

/// What the readers of the later parts of a split file found, set from their threads.
private final class PartOutcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [Result<FileReading.PartOutcome, Error>?]

    init(count: Int) { outcomes = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Result<FileReading.PartOutcome, Error>? {
        get { lock.withLock { outcomes[index] } }
        set { lock.withLock { outcomes[index] = newValue } }
    }
}

/// Which parts of a split file turned out to be read by the reader of a part before them.
private final class PartBoard: @unchecked Sendable {
    private let lock = NSLock()
    private var readByAnother: [Bool]

    init(parts: Int) { readByAnother = Array(repeating: false, count: parts) }

    func markRead(_ part: Int) { lock.withLock { readByAnother[part] = true } }

    func isReadByAnother(_ part: Int) -> Bool { lock.withLock { readByAnother[part] } }
}
