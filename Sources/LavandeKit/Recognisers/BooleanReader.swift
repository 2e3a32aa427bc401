/// Reads booleans written as one of the pairs French files use, without case: oui/non, vrai/faux,
/// true/false, 0/1, o/n, yes/no. The format tag is the pair, so a column mixing pairs shows.
/// `y`/`n` is not read: a lone `n` would be ambiguous with o/n.
enum BooleanReader {
    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        let pair: String
        switch cell.count {
        case 1:
            switch CellBytes.lower(cell[0]) {
            case 0x30, 0x31: pair = "0/1"
            case 0x6F, 0x6E: pair = "o/n"
            default: return nil
            }
        case 2:
            guard CellBytes.equals(cell, "no") else { return nil }
            pair = "yes/no"
        case 3:
            if CellBytes.equals(cell, "oui") || CellBytes.equals(cell, "non") {
                pair = "oui/non"
            } else if CellBytes.equals(cell, "yes") {
                pair = "yes/no"
            } else {
                return nil
            }
        case 4:
            if CellBytes.equals(cell, "vrai") || CellBytes.equals(cell, "faux") {
                pair = "vrai/faux"
            } else if CellBytes.equals(cell, "true") {
                pair = "true/false"
            } else {
                return nil
            }
        case 5:
            guard CellBytes.equals(cell, "false") else { return nil }
            pair = "true/false"
        default:
            return nil
        }
        return ValueReading(format: pair)
    }
}
