/// Reads INSEE commune codes (code officiel géographique): five characters, the département —
/// two digits, `2A`/`2B` (without case) for Corsica, or three digits overseas — then the commune
/// number.
///
/// No commune list is shipped, so a well-formed code is valid when its département exists:
/// 01–19, 21–95, 2A, 2B, 971–978 (overseas départements, Saint-Pierre-et-Miquelon,
/// Saint-Barthélemy, Saint-Martin) and 984–989 (other overseas collectivities). Corsican codes
/// have used 2A/2B since 1976, so `20…` is an unknown code. A commune number of 000 (00 overseas)
/// is a big-city postcode typed as a commune code (76000, 97400, 20000 for Ajaccio). Paris is checked in full: its
/// département holds only 75056 and the arrondissements 75101–75120, and 75001–75020 are its
/// postcodes. Codes `99100`–`99599` are INSEE's codes of foreign countries, used where a commune
/// is expected for people and things abroad (a place of birth): they are valid.
enum CommuneCodeReader {
    /// Bytes of a commune code.
    static let length = 5

    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        guard cell.count == length else { return nil }
        let first = CellBytes.digit(cell[0])
        let second = CellBytes.digit(cell[1])
        guard first < 10, let number = CellBytes.number(cell, at: 2, count: 3) else { return nil }
        guard second < 10 else {
            let letter = CellBytes.lower(cell[1])
            guard first == 2, letter == 0x61 || letter == 0x62 else { return nil }
            return ValueReading(problem: number == 0 ? .unknownCode : nil)
        }
        let problem: InvalidReason?
        switch Int(first) * 10 + Int(second) {
        case 75:
            if number == 56 || (101...120).contains(number) {
                problem = nil
            } else {
                problem = number <= 20 ? .postcodeNotCommune : .unknownCode
            }
        case 1...19, 21...95:
            problem = number == 0 ? .postcodeNotCommune : nil
        case 20:
            problem = number == 0 ? .postcodeNotCommune : .unknownCode
        case 97:
            problem = overseas(number, territories: 1...8)
        case 98:
            problem = overseas(number, territories: 4...9)
        case 99:
            problem = (100...599).contains(number) ? nil : .unknownCode
        default:
            problem = .unknownCode
        }
        return ValueReading(problem: problem)
    }

    /// The problem of an overseas code whose third digit names the territory and last two the commune.
    private static func overseas(_ number: Int, territories: ClosedRange<Int>) -> InvalidReason? {
        guard territories.contains(number / 100) else { return .unknownCode }
        return number % 100 == 0 ? .postcodeNotCommune : nil
    }
}
