/// Reads booleans written as one of the pairs French files use, without case: oui/non, vrai/faux,
/// true/false, 0/1, o/n, yes/no. The format tag is the pair, so a column mixing pairs shows.
/// `y`/`n` is not read: a lone `n` would be ambiguous with o/n.
enum BooleanReader {
    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        let pair: ValueFormat
        switch cell.count {
        case 1:
            switch CellBytes.lower(cell[0]) {
            case 0x30, 0x31: pair = .zeroOne
            case 0x6F, 0x6E: pair = .oN
            default: return nil
            }
        case 2:
            guard CellBytes.equals(cell, "no") else { return nil }
            pair = .yesNo
        case 3:
            if CellBytes.equals(cell, "oui") || CellBytes.equals(cell, "non") {
                pair = .ouiNon
            } else if CellBytes.equals(cell, "yes") {
                pair = .yesNo
            } else {
                return nil
            }
        case 4:
            if CellBytes.equals(cell, "vrai") || CellBytes.equals(cell, "faux") {
                pair = .vraiFaux
            } else if CellBytes.equals(cell, "true") {
                pair = .trueFalse
            } else {
                return nil
            }
        case 5:
            guard CellBytes.equals(cell, "false") else { return nil }
            pair = .trueFalse
        default:
            return nil
        }
        return ValueReading(format: pair)
    }
}
