/// What a validator read in a cell that has the shape of its type.
public struct ValueReading: Sendable, Equatable {
    /// nil when the value is valid.
    public var problem: InvalidReason?
    /// The written format, used to find columns that mix formats (`ValueFormat`: dates, numbers,
    /// the pair of a boolean, phone numbers, plates, the order of a name). nil when the value is
    /// neutral (an integer in a decimal column, a date like 03/04/2024 where day and month are both
    /// ≤ 12 so dd/mm vs mm/dd is undecidable).
    public var format: ValueFormat?
    /// An order key for min/max and bounds: the number for numeric types (percentage: the number as
    /// written, 12,5 % → 12.5), days since 1970-01-01 for dates (datetimes: with the fraction of the
    /// day), the year for years. Only set on valid readings.
    public var ordinal: Double?
    /// The year of dates, datetimes and years (to find implausible ones like 1900 or 2099). Only set
    /// on valid readings.
    public var year: Int?

    public init(problem: InvalidReason? = nil, format: ValueFormat? = nil, ordinal: Double? = nil, year: Int? = nil) {
        self.problem = problem
        self.format = format
        self.ordinal = ordinal
        self.year = year
    }
}
