/// Reads département codes: 01–19, 21–95, 2A and 2B (without case) for Corsica, 971–976 overseas,
/// and 99, INSEE's code for "abroad" (places of birth). `20` (Corsica before 1976), `00`, `96`–`98`
/// and other `97x`/`98x` codes are unknown. A code that
/// lost its leading zero (`1`–`9`) does not have the shape: the caller deals with lost zeros.
enum DepartementReader {
    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        switch cell.count {
        case 2:
            let first = CellBytes.digit(cell[0])
            let second = CellBytes.digit(cell[1])
            guard first < 10 else { return nil }
            guard second < 10 else {
                let letter = CellBytes.lower(cell[1])
                return first == 2 && (letter == 0x61 || letter == 0x62) ? ValueReading() : nil
            }
            let known = switch Int(first) * 10 + Int(second) {
            case 1...19, 21...95, 99: true
            default: false
            }
            return ValueReading(problem: known ? nil : .unknownCode)
        case 3:
            guard let code = CellBytes.number(cell, at: 0, count: 3), (970...989).contains(code) else { return nil }
            return ValueReading(problem: (971...976).contains(code) ? nil : .unknownCode)
        default:
            return nil
        }
    }
}
