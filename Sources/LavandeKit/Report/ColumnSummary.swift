/// The profile of one column in the report: how full it is, its inferred type, the share of
/// each type that fits, its range and first values.
public struct ColumnSummary: Sendable {
    public var column: ColumnRef
    public var type: String?
    public var filled: Int
    public var empty: Int
    public var missing: Int
    public var distinct: Int
    /// Shares of the filled values that have each type's shape, for the types that fit at all and
    /// could be inferred (types that need their header only when it announces them), largest first.
    public var shares: [(type: String, share: Double)]
    public var minimum: String?
    public var maximum: String?
    /// First distinct values; empty unless the inferred type is known not to hold personal data
    /// (or `--show-values` was given).
    public var examples: [String]

    init(column: ColumnRef, type: String?, filled: Int, empty: Int, missing: Int, distinct: Int,
         shares: [(type: String, share: Double)], minimum: String?, maximum: String?, examples: [String]) {
        self.column = column
        self.type = type
        self.filled = filled
        self.empty = empty
        self.missing = missing
        self.distinct = distinct
        self.shares = shares
        self.minimum = minimum
        self.maximum = maximum
        self.examples = examples
    }

    public init(_ profile: ColumnProfile, catalogue: ColumnTypeCatalogue, showValues: Bool) {
        column = profile.column
        let inferred = profile.inferredType.map { catalogue.types[$0] }
        type = inferred?.id
        filled = profile.filled
        empty = profile.empty
        missing = profile.missing.reduce(0) { $0 + $1.cells.count }
        distinct = profile.distinct
        shares = catalogue.types.indices
            .filter { catalogue.types[$0].inferred && profile.isCandidate($0)
                && (!catalogue.types[$0].headerRequired || profile.announcedTypes.contains($0)) }
            .map { (catalogue.types[$0].id, (profile.share(of: $0) * 1000).rounded() / 1000) }
            .enumerated()
            .filter { $0.element.1 > 0 }
            .sorted { $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset }
            .map(\.element)
        if let index = profile.inferredType, let type = inferred {
            let fit = profile.types[index]
            minimum = fit.minimum.map(type.describe(ordinal:))
            maximum = fit.maximum.map(type.describe(ordinal:))
        }
        examples = showValues || inferred.map({ !$0.sensitive }) ?? false ? profile.firstValues : []
    }
}
