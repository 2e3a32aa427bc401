/// Check-digit arithmetic on identifiers.
enum CheckDigits {
    /// The Luhn test (ISO/IEC 7812) on the digits of `cell`, other bytes skipped: from the right,
    /// every second digit is doubled (minus 9 when above 9) and the sum must be a multiple of 10.
    static func passesLuhn(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        var sum = 0
        var doubled = false
        var index = cell.count
        while index > 0 {
            index -= 1
            let digit = Int(CellBytes.digit(cell[index]))
            guard digit < 10 else { continue }
            if doubled {
                sum += digit < 5 ? digit * 2 : digit * 2 - 9
            } else {
                sum += digit
            }
            doubled.toggle()
        }
        return sum % 10 == 0
    }

    /// The sum of the digits of `cell`, other bytes skipped.
    static func digitSum(_ cell: UnsafeBufferPointer<UInt8>) -> Int {
        var sum = 0
        for byte in cell {
            let digit = Int(CellBytes.digit(byte))
            if digit < 10 { sum += digit }
        }
        return sum
    }

    /// The check letter of a UAI: the 7-digit number modulo 23, as an index in the alphabet
    /// without I, O and Q. Matches real codes: 0750654D (lycée Henri-IV), 0750655E (Louis-le-Grand).
    static func uaiLetter(of number: Int) -> UInt8 {
        let letters: StaticString = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return letters.utf8Start[number % 23]
    }
}
