/// Reads the identifiers of the Sirene register: SIREN (9 digits, the company) and SIRET (14
/// digits, the establishment: SIREN + 5-digit NIC). Both may be spaced as printed: `123 456 782`,
/// `123 456 782 00010`. Both carry a Luhn key, except the establishments of La Poste.
enum CompanyNumberReader {
    /// La Poste's SIREN: its thousands of SIRETs are numbered so that their digits add up to a
    /// multiple of 5 instead of passing Luhn, all but the head office, 356 000 000 00048.
    private static let laPosteSiren: UInt64 = 356_000_000
    private static let laPosteHeadOffice: UInt64 = 356_000_000_00048

    static func readSiren(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        guard let siren = CellBytes.groupedDigits(cell, breaks: 1 << 3 | 1 << 6, longest: 9),
              siren.count == 9 else { return nil }
        return ValueReading(problem: CheckDigits.passesLuhn(cell) ? nil : .checksum)
    }

    static func readSiret(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        let value: UInt64
        let passesLuhn: Bool
        if let plain = plainSiret(cell) {
            (value, passesLuhn) = plain
        } else {
            guard let siret = CellBytes.groupedDigits(cell, breaks: 1 << 3 | 1 << 6 | 1 << 9, longest: 14),
                  siret.count == 14 else { return nil }
            value = siret.value
            passesLuhn = CheckDigits.passesLuhn(cell)
        }
        if value / 100_000 == laPosteSiren, value != laPosteHeadOffice {
            return ValueReading(problem: CheckDigits.digitSum(cell) % 5 == 0 ? nil : .laPosteChecksum)
        }
        return ValueReading(problem: passesLuhn ? nil : .checksum)
    }

    /// A SIRET written as its 14 digits alone, as most are: its value and whether it passes Luhn,
    /// from one pass over the digits, whose places are known (from the right, the second, fourth…
    /// are doubled: here those at even indices). nil for any other cell. Two passes, one for the
    /// digits and one for the key, took 450 instructions a SIRET; this one about 160.
    @inline(__always)
    private static func plainSiret(_ cell: UnsafeBufferPointer<UInt8>) -> (value: UInt64, passesLuhn: Bool)? {
        guard cell.count == 14 else { return nil }
        var value: UInt64 = 0
        var sum = 0
        var notDigits = false
        // Two digits a step, the first doubled.
        for pair in stride(from: 0, to: 14, by: 2) {
            let doubledDigit = CellBytes.digit(cell[pair]), digit = CellBytes.digit(cell[pair + 1])
            notDigits = notDigits || doubledDigit > 9 || digit > 9
            value = value &* 100 &+ UInt64(doubledDigit) &* 10 &+ UInt64(digit)
            let doubled = 2 &* Int(doubledDigit)
            sum &+= (doubled > 9 ? doubled &- 9 : doubled) &+ Int(digit)
        }
        return notDigits ? nil : (value, sum % 10 == 0)
    }
}
