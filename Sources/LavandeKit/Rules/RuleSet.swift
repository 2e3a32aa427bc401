/// The rules of one or more rule books, includes resolved, in the order the books list them.
public struct RuleSet: Sendable {
    public var books: [RuleBookInfo]
    public var rules: [Rule]
    /// The column types and missing-value spellings the books define.
    public var types: ColumnTypeCatalogue
    /// The licences the books know and the ones they allow.
    public var licences: LicenceCatalogue

    public init(books: [RuleBookInfo] = [], rules: [Rule] = [], types: ColumnTypeCatalogue = ColumnTypeCatalogue(),
                licences: LicenceCatalogue = LicenceCatalogue()) {
        self.books = books
        self.rules = rules
        self.types = types
        self.licences = licences
    }

    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }
}

/// What a rule book says about itself.
public struct RuleBookInfo: Sendable {
    public var id: String
    public var title: LocalizedText
    public var source: String
}
