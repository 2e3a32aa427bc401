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
        guard let siret = CellBytes.groupedDigits(cell, breaks: 1 << 3 | 1 << 6 | 1 << 9, longest: 14),
              siret.count == 14 else { return nil }
        if siret.value / 100_000 == laPosteSiren, siret.value != laPosteHeadOffice {
            return ValueReading(problem: CheckDigits.digitSum(cell) % 5 == 0 ? nil : .laPosteChecksum)
        }
        return ValueReading(problem: CheckDigits.passesLuhn(cell) ? nil : .checksum)
    }
}
