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
struct ByteDFA: Sendable {
    static let stateLimit = 4096
    static let tableLimit = 1 << 18
    /// Most thread visits the construction may make (about 20 ms of work): past it, the pattern is
    /// simulated rather than compiled further, so compiling stays quick whatever the pattern.
    static let workLimit = 4_000_000

    /// The class of each byte value.
    private let classOf: [UInt8]
    /// Entries per row: one per byte class, then one for the end of the input.
    private let stride: Int
    /// `transitions[state + class]` is the next state; states are stored premultiplied by `stride`
    /// (the offset of their row), so a step is one addition and one load. The last entry of a row,
    /// read when the input has ended, is `matched` when a thread of the state matches there, else
    /// `dead`.
    private let transitions: [UInt32]
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
        self.transitions = transitions
        self.start = UInt32(start * stride)
        self.emptyInputMatches = program.emptyInputMatches
    }

    /// Whether the pattern matches somewhere in `bytes`.
    func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty else { return emptyInputMatches }
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
