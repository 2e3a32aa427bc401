/// Reads payment card numbers (PAN, ISO/IEC 7812), reported only when they are certainly one:
/// 13, 15 or 16–19 digits, in one block or in groups of four (`4970 1012 3456 7893`, or 4-6-5 for
/// 15 digits) separated by single spaces or single hyphens, one kind per number; a known issuer's
/// prefix with one of its lengths; and a Luhn key. Anything else, a wrong key included, is not the
/// shape: a random number with a card prefix is not a card.
///
/// Issuers: Visa 4 (13, 16, 19 digits); Mastercard 51–55 and 2221–2720 (16); American Express 34,
/// 37 (15); Discover 6011, 622126–622925, 644–649, 65 (16–19); JCB 3528–3589 (16–19); Diners Club
/// 300–305, 3095, 36, 38–39 (16–19). French CB cards carry Visa or Mastercard numbers. Maestro
/// (50, 56–69) and UnionPay (62) are left out: their prefixes are too wide to tell a card from
/// another number. 14 digits are never a card: they are the length of SIRETs, which pass Luhn too
/// (Diners Club's old 14-digit cards are the price). No format tag.
enum PaymentCardReader {
    private static let groupsOfFour: UInt32 = 1 << 4 | 1 << 8 | 1 << 12 | 1 << 16
    private static let amexGroups: UInt32 = 1 << 4 | 1 << 10

    /// Bytes of a card number: 13 digits in one block, up to 19 digits in groups of four.
    static let lengths = 13...23

    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        // Every issuer's prefix starts with 2 to 6: phone numbers (0…) and most SIRETs, the cells of
        // card length in open data, are ruled out before their digits are read.
        guard lengths.contains(cell.count), (0x32...0x36).contains(cell[0]) else { return nil }
        var digits = 0
        var prefix = 0
        var breaks: UInt32 = 0
        var separator: UInt8 = 0
        var index = 0
        while index < cell.count {
            let byte = cell[index]
            let digit = CellBytes.digit(byte)
            if digit < 10 {
                guard digits < 19 else { return nil }
                if digits < 6 { prefix = prefix * 10 + Int(digit) }
                digits += 1
            } else {
                guard byte == CellBytes.space || byte == CellBytes.minus, separator == 0 || separator == byte,
                      breaks & (1 << UInt32(digits)) == 0, index + 1 < cell.count else { return nil }
                separator = byte
                breaks |= 1 << UInt32(digits)
            }
            index += 1
        }
        guard digits >= 13, digits != 14, breaks & ~groupsOfFour == 0 || (digits == 15 && breaks & ~amexGroups == 0),
              issuerAccepts(prefix: prefix, length: digits), CheckDigits.passesLuhn(cell) else { return nil }
        return ValueReading()
    }

    /// Whether a card scheme issues numbers of `length` digits starting with these 6 digits.
    private static func issuerAccepts(prefix: Int, length: Int) -> Bool {
        let two = prefix / 10_000, three = prefix / 1000, four = prefix / 100
        if two / 10 == 4 { return length == 13 || length == 16 || length == 19 }
        if (51...55).contains(two) || (2221...2720).contains(four) { return length == 16 }
        if two == 34 || two == 37 { return length == 15 }
        guard length >= 16 else { return false }
        return four == 6011 || (622_126...622_925).contains(prefix) || (644...649).contains(three) || two == 65
            || (3528...3589).contains(four)
            || (300...305).contains(three) || four == 3095 || two == 36 || two == 38 || two == 39
    }
}
