/// Reads any number carrying a Luhn key (card numbers, IMEI, …): 2 to 19 digits, optionally
/// spaced in groups (`4970 1012 3456 7893`).
enum LuhnNumberReader {
    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        guard let number = CellBytes.groupedDigits(cell, breaks: .max, longest: 19), number.count >= 2 else { return nil }
        return ValueReading(problem: CheckDigits.passesLuhn(cell) ? nil : .checksum)
    }
}
