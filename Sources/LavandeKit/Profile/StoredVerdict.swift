/// A `TypeVerdict` in 16 bytes, as `VerdictCache` keeps it (a `ValueReading` takes 40): the
/// year in 32 bits, the other parts as they are. Nothing is rounded: a verdict whose year does
/// not fit is not stored.
struct StoredVerdict {
    private enum Kind: UInt8 {
        case shape, excelDamaged, excelDamagedValidOnceUnfloated, leadingZeroLost, mismatch
    }

    private var ordinal = 0.0
    private var year: Int32 = 0
    private var kind: Kind
    private var problem: InvalidReason?
    private var format: ValueFormat?
    /// Which of the ordinal and the year the reading has (`ordinalBit`, `yearBit`).
    private var present: UInt8 = 0

    private static let ordinalBit: UInt8 = 1
    private static let yearBit: UInt8 = 2

    /// A placeholder for slots not filled yet.
    init() {
        kind = .mismatch
    }

    /// nil when the verdict does not fit: its year needs more than 32 bits.
    init?(_ verdict: TypeVerdict) {
        switch verdict {
        case .shape(let reading):
            kind = .shape
            problem = reading.problem
            format = reading.format
            if let ordinal = reading.ordinal {
                self.ordinal = ordinal
                present |= StoredVerdict.ordinalBit
            }
            if let year = reading.year {
                guard let narrow = Int32(exactly: year) else { return nil }
                self.year = narrow
                present |= StoredVerdict.yearBit
            }
        case .excelDamaged(let validOnceUnfloated):
            kind = validOnceUnfloated ? .excelDamagedValidOnceUnfloated : .excelDamaged
        case .leadingZeroLost:
            kind = .leadingZeroLost
        case .mismatch:
            kind = .mismatch
        }
    }

    /// The verdict as it was stored.
    var verdict: TypeVerdict {
        switch kind {
        case .shape:
            .shape(ValueReading(problem: problem, format: format,
                                ordinal: present & StoredVerdict.ordinalBit != 0 ? ordinal : nil,
                                year: present & StoredVerdict.yearBit != 0 ? Int(year) : nil))
        case .excelDamaged: .excelDamaged(validOnceUnfloated: false)
        case .excelDamagedValidOnceUnfloated: .excelDamaged(validOnceUnfloated: true)
        case .leadingZeroLost: .leadingZeroLost
        case .mismatch: .mismatch
        }
    }
}
