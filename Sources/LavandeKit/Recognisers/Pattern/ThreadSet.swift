/// The threads of a `PatternProgram` at one input position: the instructions reached by ε-moves
/// that wait for input (`consume`), for the end of input (`assertEnd`), or have matched.
struct ThreadSet {
    private(set) var members: [Int] = []
    private(set) var hasMatch = false
    /// `stamps[pc] == generation` marks an instruction visited in the current set.
    private var stamps: [UInt32]
    private var generation: UInt32 = 1
    private var stack: [Int] = []

    init(capacity: Int) {
        stamps = [UInt32](repeating: 0, count: capacity)
        members.reserveCapacity(capacity)
    }

    /// Empties the set (in constant time, by moving to a new generation of stamps).
    mutating func clear() {
        members.removeAll(keepingCapacity: true)
        hasMatch = false
        if generation == .max {
            for index in stamps.indices { stamps[index] = 0 }
            generation = 0
        }
        generation += 1
    }

    /// Adds the instructions reachable from `pc` by ε-moves (visiting each at most once per set,
    /// which also ends loops of empty iterations such as `(a*)*`).
    mutating func addClosure(from pc: Int, atStart: Bool, in program: PatternProgram) {
        stack.append(pc)
        while let pc = stack.popLast() {
            guard stamps[pc] != generation else { continue }
            stamps[pc] = generation
            switch program.instructions[pc] {
            case .consume, .assertEnd:
                members.append(pc)
            case .match:
                members.append(pc)
                hasMatch = true
            case .split(let first, let second):
                stack.append(second)
                stack.append(first)
            case .assertStart(let next):
                if atStart { stack.append(next) }
            }
        }
    }
}
