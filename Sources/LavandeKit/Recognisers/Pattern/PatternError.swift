/// Why a pattern could not be compiled.
public enum PatternError: Error, Equatable, CustomStringConvertible {
    /// Valid regular-expression syntax outside the subset `BytePattern` handles (backreferences,
    /// lookaround, `\b`, `\p{…}`, …), or a pattern too large to compile; `CellPattern` hands these to
    /// NSRegularExpression.
    case unsupported(String)
    /// A malformed pattern (unbalanced parenthesis, unterminated class, reversed range, …).
    case invalid(String)

    public var description: String {
        switch self {
        case .unsupported(let reason): "unsupported pattern syntax: \(reason)"
        case .invalid(let reason): "invalid pattern: \(reason)"
        }
    }
}
