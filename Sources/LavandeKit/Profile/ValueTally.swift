/// Counts the cells that share one situation and keeps the first few, with their value.
public struct ValueTally: Sendable {
    public private(set) var count = 0
    public private(set) var examples: [Location] = []
    public private(set) var values: [String] = []

    public init() {}

    /// Counts one cell; `value` is only evaluated while examples are still kept. A tally keeps the
    /// first `limit` cells it counts (`limit` is the same at every call), so `count` tells whether
    /// there is room without reaching into the examples' storage. Returns whether the cell was
    /// kept as an example.
    @inline(__always) @discardableResult
    public mutating func record(_ location: @autoclosure () -> Location, value: @autoclosure () -> String, limit: Int) -> Bool {
        count += 1
        guard count <= limit else { return false }
        examples.append(location())
        values.append(value())
        return true
    }

    /// Counts `cells` more cells, none of them kept: the tally already holds the examples it keeps
    /// (`VerdictCache`'s sightings counted later).
    mutating func countMore(_ cells: Int) {
        count += cells
    }
}

extension ValueTally {
    /// Adds the cells of a later part of the file: counts add up, examples are kept in file order.
    public mutating func absorb(_ later: ValueTally, shift: RecordShift, limit: Int) {
        count += later.count
        let room = max(0, limit - examples.count)
        examples += later.examples.prefix(room).map { $0.shifted(by: shift) }
        values += later.values.prefix(room)
    }
}

extension Dictionary where Value == ValueTally {
    /// Adds the tallies of a later part of the file, key by key (`ValueTally.absorb`).
    mutating func absorb(_ later: [Key: ValueTally], shift: RecordShift, limit: Int) {
        for (key, tally) in later { self[key, default: ValueTally()].absorb(tally, shift: shift, limit: limit) }
    }
}
