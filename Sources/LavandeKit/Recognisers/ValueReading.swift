/// What a validator read in a cell that has the shape of its type.
///
/// **Why 16 bytes.** The profiler passes a reading per cell and candidate type from the
/// validator to the column's tallies, its verdict cache and the record's readings. With its
/// optional number and year stored as optionals it took 40 bytes, passed through memory at every
/// step; in 16 bytes (an ordinal whose absence is NaN, a 32-bit year whose absence is
/// `Int32.min`) it is passed in registers, and `VerdictCache` keeps verdicts as they are.
public struct ValueReading: Sendable {
    // The stored parts in this order: 8 + 4 + 1 + 1 bytes, no padding between them.
    /// `ordinal`, NaN when there is none: no reader makes NaN of a cell.
    private var storedOrdinal: Double
    /// `year`, `Int32.min` when there is none.
    private var storedYear: Int32
    /// nil when the value is valid.
    public var problem: InvalidReason?
    /// The written format, used to find columns that mix formats (`ValueFormat`: dates, numbers,
    /// the pair of a boolean, phone numbers, plates, the order of a name). nil when the value is
    /// neutral (an integer in a decimal column, a date like 03/04/2024 where day and month are both
    /// ≤ 12 so dd/mm vs mm/dd is undecidable).
    public var format: ValueFormat?

    public init(problem: InvalidReason? = nil, format: ValueFormat? = nil, ordinal: Double? = nil, year: Int? = nil) {
        self.problem = problem
        self.format = format
        storedOrdinal = .nan
        storedYear = .min
        self.ordinal = ordinal
        self.year = year
    }

    /// An order key for min/max and bounds: the number for numeric types (percentage: the number as
    /// written, 12,5 % → 12.5), days since 1970-01-01 for dates (datetimes: with the fraction of the
    /// day), the year for years. Only set on valid readings; never NaN.
    public var ordinal: Double? {
        get { storedOrdinal.isNaN ? nil : storedOrdinal }
        set { storedOrdinal = newValue ?? .nan }
    }

    /// `ordinal`, NaN when there is none: every comparison with it is false, so a running minimum
    /// or maximum takes it as it is, without a test for its absence.
    var ordinalOrNaN: Double { storedOrdinal }

    /// The year of dates, datetimes and years (to find implausible ones like 1900 or 2099). Only set
    /// on valid readings. Readers read years of four digits at most, so 32 bits hold every one; a
    /// year beyond them would be clamped to them.
    public var year: Int? {
        get { storedYear == .min ? nil : Int(storedYear) }
        set { storedYear = newValue.map { max(Int32(clamping: $0), .min + 1) } ?? .min }
    }
}

extension ValueReading: Equatable {
    public static func == (lhs: ValueReading, rhs: ValueReading) -> Bool {
        lhs.problem == rhs.problem && lhs.format == rhs.format && lhs.ordinal == rhs.ordinal && lhs.storedYear == rhs.storedYear
    }
}
