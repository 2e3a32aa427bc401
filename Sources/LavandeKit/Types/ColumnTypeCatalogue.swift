/// The column types and the spellings of "missing" that the loaded rule books define, in the
/// order they are listed: inference takes the first type that fits, so books list the most
/// specific types first (SIRET before integer).
public struct ColumnTypeCatalogue: Sendable {
    public var types: [ColumnType] {
        didSet { announcements = HeaderAnnouncements() }
    }
    /// Cell values that mean "no value" (`NA`, `n/a`, `néant`…), compared after trimming and
    /// case folding. They are left out of type inference and counted apart.
    public var missingValues: [String]
    /// What each header announces, for these types.
    private var announcements = HeaderAnnouncements()

    public init(types: [ColumnType] = [], missingValues: [String] = []) {
        self.types = types
        self.missingValues = missingValues
    }

    public func type(_ id: String) -> ColumnType? { types.first { $0.id == id } }

    /// Indices of the types `header` announces, worked out once per distinct header.
    func typesAnnounced(by header: HeaderName) -> [Int] {
        announcements.types(announcedBy: header, among: types)
    }
    public var isEmpty: Bool { types.isEmpty }
}
