/// Reads NIRs, the French social-security number (numéro d'inscription au répertoire): 15
/// characters — sex, year, month, département, commune, order number, key — as in
/// `2 85 07 33 999 123 74`. One separator (space, no-break space or dot) may stand between the
/// groups (1, 2, 2, 2, 3, 3, 2 characters; 1, 2, 2, 3, 2, 3, 2 for people born overseas, whose
/// département 97x or 98x has three digits), or none.
///
/// - Sex: 1 and 2 (men, women), as the spec says. 3 and 4 (registration under way) and 7 and 8
///   (temporary NIA numbers) exist but are left out: a 15-digit American Express number starting
///   with 34 or 37 passes the NIR key once in 97, and a NIR is reported on a single match. Any
///   other first digit is not the shape.
/// - Month: 01–12, or 20–42 and 50–99 which stand for unknown months; 00, 13–19 and 43–49 are not
///   the shape.
/// - Département: two digits (any: 91–96 also stand for Algeria, Morocco and Tunisia before their
///   independence, 99 for abroad) or `2A`/`2B` (Corsica, without case), counted as 19 and 18 for
///   the key.
/// - Key: 97 − (the first 13 digits mod 97); a wrong key is ``InvalidReason/checksum``.
///
/// No format tag.
enum NIRReader {
    /// Bytes of a NIR without separators, the shortest it is written.
    static let minimumLength = 15

    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        guard cell.count >= minimumLength, let nir = scan(cell, from: 0), nir.end == cell.count else { return nil }
        return ValueReading(problem: nir.keyMatches ? nil : .checksum)
    }

    /// The NIR written from `start`, which stops after its key whatever follows: the index after
    /// the key and whether the key is right; nil when the bytes from `start` are not a NIR's shape.
    static func scan(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, keyMatches: Bool)? {
        var index = start
        var number: UInt64 = 0
        var month = 0
        var departement = 0
        var key = 0
        for position in 0..<15 {
            if index < text.count, position > 0, separatorMayPrecede(position, departement: departement) {
                index += separatorLength(text, at: index)
            }
            guard index < text.count else { return nil }
            let byte = text[index]
            let digit = CellBytes.digit(byte)
            index += 1
            guard digit < 10 else {
                // 2A and 2B, counted as 19 and 18: the département's second character, after a 2.
                let letter = CellBytes.lower(byte)
                guard position == 6, departement == 20, letter == 0x61 || letter == 0x62 else { return nil }
                departement = letter == 0x61 ? 19 : 18
                number = number * 10 - (letter == 0x61 ? 1 : 2)
                continue
            }
            switch position {
            case 0:
                guard digit == 1 || digit == 2 else { return nil }
            case 3:
                month = Int(digit) * 10
            case 4:
                month += Int(digit)
                switch month {
                case 1...12, 20...42, 50...99: break
                default: return nil
                }
            case 5:
                departement = Int(digit) * 10
            case 6:
                departement += Int(digit)
            case 13, 14:
                key = key * 10 + Int(digit)
                continue
            default:
                break
            }
            number = number * 10 + UInt64(digit)
        }
        return (index, key == 97 - Int(number % 97))
    }

    /// Whether a separator may stand before the character at `position`: between the groups, the
    /// département having three digits when it starts with 97 or 98.
    @inline(__always)
    private static func separatorMayPrecede(_ position: Int, departement: Int) -> Bool {
        switch position {
        case 1, 3, 5, 10, 13: return true
        case 7: return departement != 97 && departement != 98
        case 8: return departement == 97 || departement == 98
        default: return false
        }
    }

    /// The length of the separator at `index`: a dot or a space (ASCII, no-break, narrow no-break).
    @inline(__always)
    private static func separatorLength(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        text[index] == CellBytes.point ? 1 : CellBytes.spaceLength(text, at: index)
    }
}
