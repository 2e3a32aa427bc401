/// Reads UAI codes (unité administrative immatriculée, formerly RNE), the identifiers of schools
/// and other education establishments: 7 digits, the first three usually the département, then a
/// check letter (either case) that must match ``CheckDigits/uaiLetter(of:)``.
enum UAIReader {
    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        guard cell.count == 8, CellBytes.isLetter(cell[7]),
              let number = CellBytes.number(cell, at: 0, count: 7) else { return nil }
        let letter = cell[7] & ~0x20
        return ValueReading(problem: letter == CheckDigits.uaiLetter(of: number) ? nil : .checksum)
    }
}
