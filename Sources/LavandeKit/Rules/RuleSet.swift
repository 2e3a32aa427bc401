/// The rules of one or more rule books, includes resolved, in the order the books list them.
public struct RuleSet: Sendable {
    public var books: [RuleBookInfo]
    public var rules: [Rule]
    /// The column types and missing-value spellings the books define.
    public var types: ColumnTypeCatalogue

    public init(books: [RuleBookInfo] = [], rules: [Rule] = [], types: ColumnTypeCatalogue = ColumnTypeCatalogue()) {
        self.books = books
        self.rules = rules
        self.types = types
    }

    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }
}

/// What a rule book says about itself.
public struct RuleBookInfo: Sendable {
    public var id: String
    public var title: LocalizedText
    public var source: String
}
