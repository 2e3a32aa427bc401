/// The syntax tree of a pattern of the supported subset, as `PatternParser` builds it. Captures,
/// laziness and alternation order are gone: they change which match is found, never whether one is.
indirect enum PatternNode {
    /// Matches the empty string (`()`, an empty branch of `a|`).
    case empty
    /// One scalar of the set: a literal, `.`, a class or a class escape.
    case scalars(ScalarSet)
    case sequence([PatternNode])
    case alternation([PatternNode])
    /// `node{min,max}`; `max` nil for no upper bound (`*`, `+`, `{n,}`).
    case repetition(PatternNode, min: Int, max: Int?)
    /// `^` or `\A`: the start of the input.
    case startAnchor
    /// `$` or `\z`: the very end of the input.
    case endAnchor

    /// The fewest UTF-8 bytes a match of the node takes.
    var minLength: Int {
        switch self {
        case .empty, .startAnchor, .endAnchor: 0
        case .scalars(let set): set.utf8Lengths.lowerBound
        case .sequence(let nodes): nodes.reduce(0) { Self.saturating($0, plus: $1.minLength) }
        case .alternation(let nodes): nodes.map(\.minLength).min() ?? 0
        case .repetition(let node, let min, _): Self.saturating(node.minLength, times: min)
        }
    }

    /// The most UTF-8 bytes a match of the node takes, nil when unbounded.
    var maxLength: Int? {
        switch self {
        case .empty, .startAnchor, .endAnchor:
            return 0
        case .scalars(let set):
            return set.utf8Lengths.upperBound
        case .sequence(let nodes):
            var total = 0
            for node in nodes {
                guard let length = node.maxLength else { return nil }
                total = Self.saturating(total, plus: length)
            }
            return total
        case .alternation(let nodes):
            var longest = 0
            for node in nodes {
                guard let length = node.maxLength else { return nil }
                longest = max(longest, length)
            }
            return longest
        case .repetition(let node, _, let max):
            guard let length = node.maxLength else { return nil }
            guard let max else { return length == 0 ? 0 : nil }
            return Self.saturating(length, times: max)
        }
    }

    private static func saturating(_ a: Int, plus b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? .max : sum
    }

    private static func saturating(_ a: Int, times b: Int) -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? .max : product
    }
}
