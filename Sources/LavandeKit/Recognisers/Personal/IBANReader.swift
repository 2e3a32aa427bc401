/// Reads IBANs (ISO 13616): a country code, two check digits and the national account number
/// (BBAN) of the length the country registered, letters without case, written in one block or in
/// groups of four separated by single spaces (ASCII, no-break, narrow no-break):
/// `FR76 3000 6000 0112 3456 7890 189`. Countries outside the SWIFT registry do not have the shape.
///
/// The whole number, its first four characters moved to the end and letters counted A = 10 …
/// Z = 35, must be 1 mod 97, with check digits 02–98; otherwise ``InvalidReason/checksum``. French
/// and Monegasque IBANs carry a RIB (bank 5 digits, branch 5 digits, account 11 characters, key 2
/// digits): letters in the bank, branch or key are not the shape, and the RIB key must be
/// 97 − ((89 × bank + 15 × branch + 3 × account) mod 97), the account's letters read A, J → 1,
/// B, K, S → 2 … I, R, Z → 9, else ``InvalidReason/checksum``. No format tag.
enum IBANReader {
    /// Bytes of the shortest IBAN a country registered (Norway's), written in one block.
    static let minimumLength = 15

    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        guard cell.count >= minimumLength, let iban = scan(cell, from: 0), iban.end == cell.count else { return nil }
        return ValueReading(problem: iban.valid ? nil : .checksum)
    }

    /// The IBAN written from `start`, which stops after its last character whatever follows: the
    /// index after it and whether its checks pass; nil when the bytes from `start` are not an IBAN's shape.
    static func scan(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, valid: Bool)? {
        guard text.count - start >= minimumLength else { return nil }
        let first = Int(CellBytes.lower(text[start]) &- 0x61)
        let second = Int(CellBytes.lower(text[start + 1]) &- 0x61)
        guard first < 26, second < 26 else { return nil }
        let length = Int(lengths[first * 26 + second])
        let check = (Int(CellBytes.digit(text[start + 2])), Int(CellBytes.digit(text[start + 3])))
        guard length > 0, check.0 < 10, check.1 < 10 else { return nil }
        let hasRIB = (first == 5 && second == 17) || (first == 12 && second == 2)  // FR, MC
        var bank = 0, branch = 0, account = 0, key = 0
        var remainder: UInt64 = 0  // reduced mod 97 only when it grows large
        var index = start + 4
        for position in 4..<length {
            if position & 3 == 0, index < text.count { index += CellBytes.spaceLength(text, at: index) }
            guard index < text.count else { return nil }
            let byte = text[index]
            index += 1
            let digit = Int(CellBytes.digit(byte))
            let letter = digit < 10 ? 26 : Int(CellBytes.lower(byte) &- 0x61)
            if digit < 10 {
                remainder = remainder * 10 + UInt64(digit)
            } else {
                guard letter < 26 else { return nil }
                remainder = remainder * 100 + UInt64(letter + 10)
            }
            if remainder >= 1 << 56 { remainder %= 97 }
            guard hasRIB else { continue }
            switch position {
            case 4..<9:
                guard digit < 10 else { return nil }
                bank = bank * 10 + digit
            case 9..<14:
                guard digit < 10 else { return nil }
                branch = branch * 10 + digit
            case 14..<25:
                account = account * 10 + (digit < 10 ? digit : letter < 9 ? letter + 1 : letter < 18 ? letter - 8 : letter - 16)
            default:
                guard digit < 10 else { return nil }
                key = key * 10 + digit
            }
        }
        remainder = (remainder % 97 * 1_000_000 + UInt64((first + 10) * 10_000 + (second + 10) * 100 + check.0 * 10 + check.1)) % 97
        let checkDigits = check.0 * 10 + check.1
        var valid = remainder == 1 && checkDigits >= 2 && checkDigits <= 98
        if hasRIB { valid = valid && key == 97 - (89 * bank + 15 * branch + 3 * account) % 97 }
        return (index, valid)
    }

    /// The IBAN length of each country code (index: first letter × 26 + second letter), 0 for
    /// countries without IBAN: the 89 countries of SWIFT's IBAN registry (the French overseas
    /// territories use FR).
    private static let lengths: [UInt8] = {
        let registry: StaticString = """
            AD24AE23AL28AT20AZ28BA20BE16BG22BH22BI27BR29BY28CH21CR22CY28CZ24DE22DJ27DK18DO28EE20EG29ES24\
            FI18FK18FO18FR27GB22GE22GI23GL18GR27GT28HN28HR21HU28IE22IL23IQ23IS26IT27JO30KW30KZ20LB28LC32\
            LI21LT20LU20LV21LY25MC27MD24ME22MK19MN20MR27MT31MU30NI28NL18NO15OM23PK24PL28PS29PT25QA29RO24\
            RS22RU33SA24SC31SD18SE24SI19SK24SM27SO23ST25SV28TL23TN24TR26UA29VA22VG24XK20YE30
            """
        var table = [UInt8](repeating: 0, count: 26 * 26)
        let bytes = UnsafeBufferPointer(start: registry.utf8Start, count: registry.utf8CodeUnitCount)
        for entry in stride(from: 0, to: bytes.count, by: 4) {
            table[Int(bytes[entry] - 0x41) * 26 + Int(bytes[entry + 1] - 0x41)] = (bytes[entry + 2] - 0x30) * 10 + bytes[entry + 3] - 0x30
        }
        return table
    }()
}
