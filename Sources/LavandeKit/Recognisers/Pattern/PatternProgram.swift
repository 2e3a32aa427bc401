/// One instruction of a `PatternProgram`.
enum PatternInstruction: Sendable {
    /// Consume one byte of the set, then continue at `next`.
    case consume(ByteSet, next: Int)
    /// Continue at both (an ε-move to each).
    case split(Int, Int)
    /// Continue at `next` only at the start of the input (`^`, `\A`).
    case assertStart(next: Int)
    /// Continue at `next` only at the very end of the input (`$`, `\z`).
    case assertEnd(next: Int)
    case match
}

/// A pattern compiled to a Thompson NFA over bytes, and its simulation.
///
/// The simulation follows every thread at once (the state set of the NFA), so it reads each input
/// byte once and does at most one step per instruction per byte: time O(input × program), whatever
/// the pattern. `ByteDFA` precomputes the same steps into a table when the number of state sets is
/// small, which is the usual case; the simulation serves the patterns whose DFA would be too big.
///
/// Matching is a search (like `NSRegularExpression.firstMatch`): a fresh thread starts at every
/// input position, and the answer is true as soon as any thread reaches `match`.
struct PatternProgram: Sendable {
    /// Most instructions a program may hold: bounds the memory of patterns like `(x{1000}){1000}`.
    static let instructionLimit = 20_000

    private(set) var instructions: [PatternInstruction] = [.match]
    private(set) var entry = 0
    /// For each instruction, whether a thread there reaches `match` once the input has ended.
    private(set) var acceptsAtEnd: [Bool] = []
    /// Whether the empty input matches.
    private(set) var emptyInputMatches = false

    init(compiling root: PatternNode) throws {
        entry = try emit(root, next: 0)
        acceptsAtEnd = matchReachableAtEnd()
        emptyInputMatches = reachesMatch(from: entry, atStart: true)
    }

    // MARK: - Facts

    /// True when every match must start at the start of the input and end at its end: no path from
    /// the entry to `match` avoids a start anchor, and none avoids an end anchor.
    var isAnchoredAtBothEnds: Bool {
        !matchIsReachable(avoidingStartAnchors: true) && !matchIsReachable(avoidingStartAnchors: false)
    }

    /// The partition of byte values into classes no instruction tells apart: `classOf[byte]`, and one
    /// representative byte per class.
    var byteClasses: (classOf: [UInt8], representatives: [UInt8]) {
        var classOf = [UInt8](repeating: 0, count: 256)
        var classCount = 1
        var seen: Set<ByteSet> = []
        for case .consume(let set, _) in instructions where seen.insert(set).inserted {
            // Each class splits in two: its bytes in the set and its bytes outside it.
            var renumbering = [Int](repeating: -1, count: 2 * classCount)
            classCount = 0
            for byte in 0...255 {
                let key = Int(classOf[byte]) * 2 + (set.contains(UInt8(byte)) ? 1 : 0)
                if renumbering[key] < 0 {
                    renumbering[key] = classCount
                    classCount += 1
                }
                classOf[byte] = UInt8(renumbering[key])
            }
        }
        var representatives = [UInt8](repeating: 0, count: classCount)
        for byte in (0...255).reversed() { representatives[Int(classOf[byte])] = UInt8(byte) }
        return (classOf, representatives)
    }

    // MARK: - Simulation

    /// The threads at the start of a non-empty input.
    func startThreads(into threads: inout ThreadSet) {
        threads.clear()
        threads.addClosure(from: entry, atStart: true, in: self)
    }

    /// The threads after reading `byte` from `current` (never at the start of the input), plus a
    /// fresh thread for a match that starts after it.
    func step(from current: some Sequence<Int>, byte: UInt8, into next: inout ThreadSet) {
        next.clear()
        for pc in current {
            if case .consume(let set, let target) = instructions[pc], set.contains(byte) {
                next.addClosure(from: target, atStart: false, in: self)
            }
        }
        next.addClosure(from: entry, atStart: false, in: self)
    }

    /// Whether the pattern matches somewhere in `bytes`, by simulating the NFA.
    func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty else { return emptyInputMatches }
        var current = ThreadSet(capacity: instructions.count)
        var next = ThreadSet(capacity: instructions.count)
        startThreads(into: &current)
        if current.hasMatch { return true }
        for byte in bytes {
            step(from: current.members, byte: byte, into: &next)
            if next.hasMatch { return true }
            if next.members.isEmpty { return false }
            swap(&current, &next)
        }
        return current.members.contains { acceptsAtEnd[$0] }
    }

    // MARK: - Compilation

    /// Emits the instructions of `node`, continuing at `next`; returns the node's entry.
    /// Building back to front needs no patching: each piece knows where it continues.
    private mutating func emit(_ node: PatternNode, next: Int) throws -> Int {
        switch node {
        case .empty:
            return next
        case .scalars(let set):
            // Sequences share their common tails (most end with [80-BF]), which keeps the DFA small.
            var entries: [Int] = []
            var shared: [SharedTail: Int] = [:]
            for sequence in set.utf8Sequences {
                var pc = next
                for bytes in sequence.reversed() {
                    let tail = SharedTail(bytes: bytes, next: pc)
                    if let existing = shared[tail] {
                        pc = existing
                    } else {
                        pc = try append(.consume(bytes, next: pc))
                        shared[tail] = pc
                    }
                }
                entries.append(pc)
            }
            // An empty set matches nothing: a consume of no byte keeps the program well formed.
            return entries.isEmpty ? try append(.consume(ByteSet(), next: next)) : try alternatives(entries)
        case .sequence(let nodes):
            var pc = next
            for node in nodes.reversed() { pc = try emit(node, next: pc) }
            return pc
        case .alternation(let nodes):
            var entries: [Int] = []
            for node in nodes { entries.append(try emit(node, next: next)) }
            return try alternatives(entries)
        case .repetition(let body, let min, let max):
            var pc = next
            var mandatory = min
            if let max {
                // Optional copies nest, (x(x(x)?)?)?, so that each has one way out.
                for _ in min..<max { pc = try append(.split(try emit(body, next: pc), next)) }
            } else if min > 0 {
                // x+ : the last mandatory copy loops back on itself.
                let loop = try append(.split(0, next))
                let bodyEntry = try emit(body, next: loop)
                instructions[loop] = .split(bodyEntry, next)
                pc = bodyEntry
                mandatory -= 1
            } else {
                let loop = try append(.split(0, next))
                instructions[loop] = .split(try emit(body, next: loop), next)
                pc = loop
            }
            for _ in 0..<mandatory { pc = try emit(body, next: pc) }
            return pc
        case .startAnchor:
            return try append(.assertStart(next: next))
        case .endAnchor:
            return try append(.assertEnd(next: next))
        }
    }

    private struct SharedTail: Hashable {
        var bytes: ByteSet
        var next: Int
    }

    private mutating func alternatives(_ entries: [Int]) throws -> Int {
        var pc = entries[entries.count - 1]
        for entry in entries.dropLast().reversed() { pc = try append(.split(entry, pc)) }
        return pc
    }

    private mutating func append(_ instruction: PatternInstruction) throws -> Int {
        guard instructions.count < Self.instructionLimit else {
            throw PatternError.unsupported("pattern too large to compile (over \(Self.instructionLimit) instructions)")
        }
        instructions.append(instruction)
        return instructions.count - 1
    }

    // MARK: - Graph walks

    /// For each instruction, whether `match` is reachable from it by ε-moves once the input has
    /// ended (past the start): one walk back from `match`.
    private func matchReachableAtEnd() -> [Bool] {
        var predecessors = [[Int]](repeating: [], count: instructions.count)
        for (pc, instruction) in instructions.enumerated() {
            switch instruction {
            case .split(let first, let second):
                predecessors[first].append(pc)
                predecessors[second].append(pc)
            case .assertEnd(let next):
                predecessors[next].append(pc)
            case .consume, .assertStart, .match:
                break
            }
        }
        var reachable = [Bool](repeating: false, count: instructions.count)
        var stack = [0]
        reachable[0] = true
        while let pc = stack.popLast() {
            for predecessor in predecessors[pc] where !reachable[predecessor] {
                reachable[predecessor] = true
                stack.append(predecessor)
            }
        }
        return reachable
    }

    /// Whether `match` can be reached from `pc` by ε-moves once the input has ended.
    private func reachesMatch(from pc: Int, atStart: Bool) -> Bool {
        var visited = Set<Int>()
        var stack = [pc]
        while let pc = stack.popLast() {
            guard visited.insert(pc).inserted else { continue }
            switch instructions[pc] {
            case .match: return true
            case .consume: break
            case .split(let first, let second): stack += [first, second]
            case .assertStart(let next): if atStart { stack.append(next) }
            case .assertEnd(let next): stack.append(next)
            }
        }
        return false
    }

    /// Whether `match` can be reached from the entry, consuming any bytes, through no anchor of one
    /// kind (start anchors, or end anchors); anchors of the other kind are crossed.
    private func matchIsReachable(avoidingStartAnchors: Bool) -> Bool {
        var visited = Set<Int>()
        var stack = [entry]
        while let pc = stack.popLast() {
            guard visited.insert(pc).inserted else { continue }
            switch instructions[pc] {
            case .match: return true
            case .consume(_, let next): stack.append(next)
            case .split(let first, let second): stack += [first, second]
            case .assertStart(let next): if !avoidingStartAnchors { stack.append(next) }
            case .assertEnd(let next): if avoidingStartAnchors { stack.append(next) }
            }
        }
        return false
    }
}
