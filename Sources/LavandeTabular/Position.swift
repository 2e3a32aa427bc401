/// A place in a file's bytes: the byte offset from the start of the file (0-based), the physical
/// line (1-based) and the byte column within that line (1-based).
///
/// For UTF-16 files, which are transcoded to UTF-8 before splitting, offsets and columns count
/// bytes of the transcoded stream; lines are exact.
public struct Position: Hashable, Sendable, Comparable {
    public var offset: Int
    public var line: Int
    public var column: Int

    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    public static func < (lhs: Position, rhs: Position) -> Bool { lhs.offset < rhs.offset }
}

/// A bounded tally of one kind of byte-level event: how many times it happened and where the
/// first few happened.
public struct EventTally: Sendable, Equatable {
    public private(set) var count: Int = 0
    public private(set) var examples: [Position] = []
    public let limit: Int

    public init(limit: Int = 10) { self.limit = limit }

    public mutating func record(_ position: Position) {
        count += 1
        if examples.count < limit { examples.append(position) }
    }

    public var first: Position? { examples.first }

    /// Whether the examples are all taken: later events are only counted.
    var hasAllExamples: Bool { examples.count >= limit }

    /// Counts `count` events whose places are not needed: they come after all the examples
    /// (`hasAllExamples`), in order.
    mutating func recordUnplaced(_ count: Int) {
        precondition(hasAllExamples, "an event that may be an example needs its place")
        self.count += count
    }

    /// Adds the events of a later part of the file, whose lines were counted from `lineShift`
    /// too few (offsets and columns are exact).
    public mutating func absorb(_ later: EventTally, lineShift: Int) {
        count += later.count
        examples += later.examples.prefix(max(0, limit - examples.count)).map {
            Position(offset: $0.offset, line: $0.line + lineShift, column: $0.column)
        }
    }
}
