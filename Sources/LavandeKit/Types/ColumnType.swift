/// A column type a rule book defines (`types:` section): how a value of it is written (a pattern,
/// a built-in validator, or both), which headers announce it, and how much of a column must match
/// for the column to count as that type.
public struct ColumnType: Sendable {
    public var id: String
    public var title: LocalizedText
    /// The shape a value must have, matched on the trimmed cell (search semantics: anchor it).
    public var pattern: CellPattern?
    /// A validator for what a pattern cannot say (checksums, calendars, bounds). When it reads
    /// nothing, the value does not have the type's shape; when it reads a problem, the value has
    /// the shape but is not valid.
    public var validator: BuiltInValidator?
    /// Header hints, normalised (`HeaderName.normalise`): a header equal to a hint, or made of a
    /// hint's words, announces the type.
    public var headers: [String]
    /// Share of non-empty, non-missing values that must have the shape for the column to be of this type.
    public var minShare: Double
    /// The type is inferred only for columns whose header announces it (for shapes that are
    /// common by chance: a 5-digit number is not a postcode unless the header says so).
    public var headerRequired: Bool
    /// Fixed number of digits of a code (postcode 5, SIRET 14): leading zeros matter, and a value
    /// one digit short that becomes valid once padded lost its leading zero.
    public var width: Int?
    /// Values may identify a person (e-mail, phone): examples are masked in reports.
    public var sensitive: Bool
    /// Whether inference may give this type to a column. False for the recognisers of personal
    /// data (a person's name, a NIR): they are read for the checks that name them, not as types.
    public var inferred: Bool
    public var location: SourceLocation

    public init(id: String, title: LocalizedText, pattern: CellPattern? = nil, validator: BuiltInValidator? = nil,
                headers: [String] = [], minShare: Double = 0.9, headerRequired: Bool = false, width: Int? = nil,
                sensitive: Bool = false, inferred: Bool = true, location: SourceLocation) {
        self.id = id
        self.title = title
        self.pattern = pattern
        self.validator = validator
        self.headers = headers
        self.minShare = minShare
        self.headerRequired = headerRequired
        self.width = width
        self.sensitive = sensitive
        self.inferred = inferred
        self.location = location
    }

    /// Whether a normalised header announces the type.
    public func isAnnounced(by header: HeaderName) -> Bool {
        headers.contains { header.matches(hint: $0) }
    }
}

extension ColumnType {
    /// An order key read by the type's validator, written for people: an ISO date for dates,
    /// the number otherwise.
    public func describe(ordinal: Double) -> String {
        switch validator {
        case .date?, .datetime?:
            return CivilCalendar.isoDate(daysSince1970: ordinal)
        default:
            return ordinal == ordinal.rounded() && abs(ordinal) < 1e15 ? String(Int(ordinal)) : String(ordinal)
        }
    }
}
