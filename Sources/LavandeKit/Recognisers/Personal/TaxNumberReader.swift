/// Reads French tax numbers (numéro fiscal, SPI): 13 digits, the first 0–3, in one block or
/// spaced as printed on tax notices (`30 23 217 600 053`, groups of 2, 2, 3, 3, 3). The last three
/// digits are the first ten mod 511, else ``InvalidReason/checksum``. No format tag.
enum TaxNumberReader {
    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        guard let number = CellBytes.groupedDigits(cell, breaks: 1 << 2 | 1 << 4 | 1 << 7 | 1 << 10, longest: 13),
              number.count == 13, number.value < 4_000_000_000_000 else { return nil }
        return ValueReading(problem: number.value / 1000 % 511 == number.value % 1000 ? nil : .checksum)
    }
}
