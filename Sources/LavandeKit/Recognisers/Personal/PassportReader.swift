/// Reads French passport numbers: 9 characters, two digits, two letters, five digits
/// (`12AB34567`), letters without case. No check digit, so columns need a header to be read as
/// passports. No format tag.
enum PassportReader {
    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        guard cell.count == 9, CellBytes.isDigit(cell[0]), CellBytes.isDigit(cell[1]),
              CellBytes.isLetter(cell[2]), CellBytes.isLetter(cell[3]) else { return nil }
        for index in 4..<9 where !CellBytes.isDigit(cell[index]) { return nil }
        return ValueReading()
    }
}
