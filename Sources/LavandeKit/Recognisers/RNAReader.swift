/// Reads RNA numbers (répertoire national des associations): an upper-case `W` then 9 digits,
/// as data.gouv.fr's format checks write it. The shape is all there is to check: there is no key.
enum RNAReader {
    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        guard cell.count == 10, cell[0] == 0x57, CellBytes.number(cell, at: 1, count: 9) != nil else { return nil }
        return ValueReading()
    }
}
