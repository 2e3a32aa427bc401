/// A `PatternProgram` turned into a DFA by subset construction, built whole when the pattern is
/// compiled and never changed afterwards.
///
/// Why built eagerly with a cap rather than lazily with a cache: a lazily built DFA mutates on the
/// hot path, so a pattern shared by the concurrent scans of several files would need a lock around
/// every cell. Rule-book patterns are small (`^\d{5}$` has 7 states, the e-mail shape about 10), so
/// building all reachable states up front costs microseconds and leaves an immutable, `Sendable`
/// table. A pattern whose DFA would exceed `stateLimit` states, `tableLimit` entries or `workLimit`
/// steps of construction (subset construction can blow up exponentially, as with
/// `(a|b)*a(a|b){20}`) gets no DFA and is matched by the program's NFA simulation instead, which is
/// still linear in the input.
///
/// Matching costs one table load per byte. Bytes are first mapped to classes no instruction tells
/// apart (usually a handful), which keeps the table small. Two states are special: `dead` (no
/// thread left: the answer is false) and `matched` (a thread matched: the answer is true, as the
/// search only asks whether a match exists); both stop the loop at once.
///
/// **Two bytes a step.** Each load waits for the one before it (the next state is the address of
/// the next load), so a cell costs a memory latency per byte, whatever the processor could do
/// besides: the patterns of SIRETs, e-mail addresses and precise coordinates, read on every cell
/// of their columns, took 5 % of a pass's time for 2 % of its instructions. When a table of
/// pairs of classes stays small (`pairLimit`), it replaces the table of single classes, and the
/// DFA is read two bytes a step: half the waits. The end of the input is one more class there,
/// so that a cell of odd length ends on a pair too. Exact, as `dead` and `matched` stay what
/// they are whatever follows.
struct ByteDFA: Sendable {
    static let stateLimit = 4096
    static let tableLimit = 1 << 18
    /// Most entries of the table of pairs: 16 KiB, which stays in the first-level cache.
    static let pairLimit = 4096
    /// Most thread visits the construction may make (about 20 ms of work): past it, the pattern is
    /// simulated rather than compiled further, so compiling stays quick whatever the pattern.
    static let workLimit = 4_000_000

    /// The class of each byte value.
    private let classOf: [UInt8]
    /// Entries per row of the table of single classes: one per byte class, then one for the end
    /// of the input.
    private let stride: Int
    /// Read a byte a step, `transitions[state + class]` is the next state; states are stored
    /// premultiplied by `stride` (the offset of their row), so a step is one addition and one
    /// load. The last entry of a row, read when the input has ended, is `matched` when a thread of
    /// the state matches there, else `dead`.
    ///
    /// Read two bytes a step (`firstOf` not empty), `transitions[state + firstOf[a] + class(b)]`
    /// is the state after the bytes `a` then `b`, states premultiplied by `stride²`, `firstOf`
    /// holding each byte's class times `stride`, and the last class (`stride - 1`) standing for
    /// the end of the input, in either place.
    private let transitions: [UInt32]
    /// Empty when the DFA is read a byte a step.
    private let firstOf: [UInt32]
    private let start: UInt32
    private let emptyInputMatches: Bool

    /// The DFA of `program`, or nil when it would exceed the limits.
    init?(_ program: PatternProgram) {
        let (classOf, representatives) = program.byteClasses
        let stride = representatives.count + 1
        let matched = UInt32(stride)
        var stateIndex: [StateKey: Int] = [:]
        var rows: [[Int]] = [[], []]                  // 0: dead, 1: matched
        var threads = ThreadSet(capacity: program.instructions.count)

        /// The state of a thread set, created when new; nil past the limits.
        func state(of threads: ThreadSet) -> Int? {
            if threads.hasMatch { return 1 }
            if threads.members.isEmpty { return 0 }
            let key = StateKey(threads.members.sorted())
            if let index = stateIndex[key] { return index }
            guard rows.count < Self.stateLimit, (rows.count + 1) * stride <= Self.tableLimit else { return nil }
            let index = rows.count
            stateIndex[key] = index
            rows.append(key.members)
            return index
        }

        program.startThreads(into: &threads)
        guard let start = state(of: threads) else { return nil }
        var transitions = [UInt32](repeating: 0, count: stride)            // dead stays dead
        transitions.append(contentsOf: repeatElement(matched, count: stride))  // matched stays matched
        var row = 2
        var work = 0
        while row < rows.count {
            let members = rows[row]
            for byte in representatives {
                program.step(from: members, byte: byte, into: &threads)
                work += members.count + threads.members.count
                guard work <= Self.workLimit, let next = state(of: threads) else { return nil }
                transitions.append(UInt32(next * stride))
            }
            transitions.append(members.contains { program.acceptsAtEnd[$0] } ? matched : 0)
            row += 1
        }
        self.classOf = classOf
        self.stride = stride
        self.emptyInputMatches = program.emptyInputMatches
        if rows.count * stride * stride <= Self.pairLimit {
            self.transitions = Self.pairs(of: transitions, stride: stride, states: rows.count)
            firstOf = classOf.map { UInt32($0) * UInt32(stride) }
            self.start = UInt32(start * stride * stride)
        } else {
            self.transitions = transitions
            firstOf = []
            self.start = UInt32(start * stride)
        }
    }

    /// The table of pairs of classes of the table `transitions` (see `transitions`).
    private static func pairs(of transitions: [UInt32], stride: Int, states: Int) -> [UInt32] {
        let end = stride - 1, row = stride * stride
        // The state after `state` reads `byteClass`; after `end`, the answer at the end of the input.
        func next(_ state: Int, _ byteClass: Int) -> Int { Int(transitions[state * stride + byteClass]) / stride }
        var pairs: [UInt32] = []
        pairs.reserveCapacity(states * row)
        for state in 0..<states {
            for first in 0...end {
                for second in 0...end {
                    let afterFirst = first == end ? state : next(state, first)
                    let after = first == end || second == end ? next(afterFirst, end) : next(afterFirst, second)
                    pairs.append(UInt32(after * row))
                }
            }
        }
        return pairs
    }

    /// Whether the DFA is read two bytes a step.
    var readsPairs: Bool { !firstOf.isEmpty }

    /// Whether the pattern matches somewhere in `bytes`.
    func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty else { return emptyInputMatches }
        if !firstOf.isEmpty { return matchesByPairs(bytes) }
        let matched = UInt32(stride)
        var state = start
        if state <= matched { return state == matched }
        return transitions.withUnsafeBufferPointer { table in
            classOf.withUnsafeBufferPointer { classes in
                for byte in bytes {
                    state = table[Int(state) &+ Int(classes[Int(byte)])]
                    if state <= matched { return state == matched }
                }
                return table[Int(state) &+ stride &- 1] == matched
            }
        }
    }
}

extension ByteDFA {
    /// `matches` two bytes a step, on a non-empty input.
    @inline(__always)
    private func matchesByPairs(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // `dead` and `matched` are the first two states: 0 and one row's entries.
        let end = UInt32(stride - 1), matched = UInt32(stride * stride)
        var state = start
        if state <= matched { return state == matched }
        return transitions.withUnsafeBufferPointer { table in
            firstOf.withUnsafeBufferPointer { first in
                classOf.withUnsafeBufferPointer { classes in
                    var index = 0
                    while index + 2 <= bytes.count {
                        state = table[Int(state &+ first[Int(bytes[index])] &+ UInt32(classes[Int(bytes[index + 1])]))]
                        if state <= matched { return state == matched }
                        index += 2
                    }
                    // The last byte then the end, or the end alone.
                    let last = index < bytes.count ? first[Int(bytes[index])] : end * UInt32(stride)
                    return table[Int(state &+ last &+ end)] == matched
                }
            }
        }
    }
}

/// The sorted instructions of a thread set, as a dictionary key with a hash computed once by a cheap
/// mix of the members (hashing every member through `Hasher` dominated the construction).
private struct StateKey: Hashable {
    let members: [Int]
    private let mix: Int

    init(_ members: [Int]) {
        self.members = members
        var mix: UInt64 = 0xCBF2_9CE4_8422_2325
        for member in members { mix = (mix ^ UInt64(member)) &* 0x0000_0100_0000_01B3 }
        self.mix = Int(truncatingIfNeeded: mix)
    }

    static func == (left: StateKey, right: StateKey) -> Bool {
        left.mix == right.mix && left.members == right.members
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(mix)
    }
}
