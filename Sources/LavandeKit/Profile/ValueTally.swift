/// Counts the cells that share one situation and keeps the first few, with their value.
public struct ValueTally: Sendable {
    public private(set) var count = 0
    public private(set) var examples: [Location] = []
    public private(set) var values: [String] = []

    public init() {}

    /// Counts one cell; `value` is only evaluated while examples are still kept.
    public mutating func record(_ location: @autoclosure () -> Location, value: @autoclosure () -> String, limit: Int) {
        count += 1
        if examples.count < limit {
            examples.append(location())
            values.append(value())
        }
    }
}
