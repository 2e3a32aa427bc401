/// A `TypeVerdict` in 16 bytes, as `VerdictCache` keeps it (a `ValueReading` takes 56): the
/// written format as an index in the cache's table of formats, the year in 32 bits, the other
/// parts as they are. Nothing is rounded: a verdict that does not fit is not stored.
struct StoredVerdict {
    private enum Kind: UInt8 {
        case shape, excelDamaged, excelDamagedValidOnceUnfloated, leadingZeroLost, mismatch
    }

    private var ordinal = 0.0
    private var year: Int32 = 0
    private var kind: Kind
    private var problem: InvalidReason?
    /// 0 for no format, else 1 + the format's index in the table.
    private var format: UInt8 = 0
    /// Which of the ordinal and the year the reading has (`ordinalBit`, `yearBit`).
    private var present: UInt8 = 0

    private static let ordinalBit: UInt8 = 1
    private static let yearBit: UInt8 = 2

    /// A placeholder for slots not filled yet.
    init() {
        kind = .mismatch
    }

    /// nil when the verdict does not fit: its year needs more than 32 bits, or its format is new
    /// and the table of formats (`formats`, which gains it otherwise) is full.
    init?(_ verdict: TypeVerdict, formats: inout [String]) {
        switch verdict {
        case .shape(let reading):
            kind = .shape
            problem = reading.problem
            if let value = reading.format {
                if let index = formats.firstIndex(of: value) {
                    format = UInt8(index + 1)
                } else {
                    guard formats.count < Int(UInt8.max) else { return nil }
                    formats.append(value)
                    format = UInt8(formats.count)
                }
            }
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

    /// The verdict, its format read from the table it was stored with.
    func verdict(formats: [String]) -> TypeVerdict {
        switch kind {
        case .shape:
            .shape(ValueReading(problem: problem, format: format == 0 ? nil : formats[Int(format) - 1],
                                ordinal: present & StoredVerdict.ordinalBit != 0 ? ordinal : nil,
                                year: present & StoredVerdict.yearBit != 0 ? Int(year) : nil))
        case .excelDamaged: .excelDamaged(validOnceUnfloated: false)
        case .excelDamagedValidOnceUnfloated: .excelDamaged(validOnceUnfloated: true)
        case .leadingZeroLost: .leadingZeroLost
        case .mismatch: .mismatch
        }
    }
}
