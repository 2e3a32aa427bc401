/// A personal value found inside free text: what it is and where, as byte offsets.
public struct EmbeddedValue: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case email, mobilePhone = "mobile-phone", landlinePhone = "landline-phone", nir, iban
    }

    public var kind: Kind
    /// The value's bytes in the scanned text.
    public var range: Range<Int>

    public init(kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}

/// Finds personal values written inside free text (comments, observations): e-mail addresses,
/// French mobile and landline numbers, NIRs and IBANs, each checked by its validator, so that only
/// valid values are found (a NIR or an IBAN with a wrong key, an 08 service number, `a@b` are not).
///
/// - E-mail: a run of `A–Z a–z 0–9 . _ % + -` (leading dots left out) right before an `@`, then a
///   domain of ASCII letters, digits, dots and hyphens (trailing dots and hyphens left out: the
///   end of a sentence), read by the `email` validator. Internationalised domains are not found.
/// - Numbers (phones, NIRs) start at a digit or `+` that does not continue a word or a run of
///   digits (no letter or digit right before it, nor a digit before one separator — space,
///   no-break space, `.` or `-`), and must end the same way (no letter or digit right after, nor
///   one separator then a digit): a phone is never found inside a SIRET, a longer number or a
///   date like 12.05.2023. The 9 national digits of a phone use one kind of separator.
/// - IBANs start at a letter that does not continue a word and end before a byte that is neither
///   a letter nor a digit.
///
/// Results come in text order, never overlap, at most `limit` of them. Time is linear in the
/// text; nothing is allocated but the result array. Most comments hold none of these values: a
/// first look at their bytes (`mayHoldValue`) sees that, at a few instructions a byte, before the
/// scan tries every word.
public enum EmbeddedValues {
    public static func scan(_ text: UnsafeBufferPointer<UInt8>, limit: Int) -> [EmbeddedValue] {
        mayHoldValue(text) ? scanEveryWord(text, limit: limit) : []
    }

    /// `scan` without the first look.
    static func scanEveryWord(_ text: UnsafeBufferPointer<UInt8>, limit: Int) -> [EmbeddedValue] {
        var found: [EmbeddedValue] = []
        guard limit > 0 else { return found }
        var index = 0
        var runEnd = 0
        while index < text.count {
            let byte = text[index]
            var value: EmbeddedValue?
            if index >= runEnd, isLocalPartByte(byte) {
                runEnd = index + 1
                while runEnd < text.count, isLocalPartByte(text[runEnd]) { runEnd += 1 }
                if runEnd < text.count, text[runEnd] == CellBytes.at { value = email(text, run: index, at: runEnd) }
            }
            if value == nil, !continuesWord(text, before: index) {
                if CellBytes.isDigit(byte) || byte == CellBytes.plus {
                    value = phone(text, from: index) ?? nir(text, from: index)
                } else if CellBytes.isLetter(byte) {
                    value = iban(text, from: index)
                }
            }
            guard let value else {
                index += 1
                continue
            }
            found.append(value)
            if found.count == limit { break }
            index = value.range.upperBound
        }
        return found
    }

    /// Whether the text has what any value found needs: an `@` (an e-mail address), nine digits
    /// (the national digits of a phone; a NIR has thirteen or more), or two letters then two
    /// digits (the country code and check digits an IBAN starts with). False means `scan` finds
    /// nothing; true means it must look.
    static func mayHoldValue(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return false }
        var digits = 0
        var index = 0
        while index < text.count {
            // Eight bytes at a time over those without a digit or an `@` (most of a sentence).
            if index + 8 <= text.count,
               !CellBytes.mayHoldDigitOrAt(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = text[index]
            if byte == CellBytes.at { return true }
            if CellBytes.isDigit(byte) {
                digits += 1
                if digits == 9 { return true }
                if index >= 3, CellBytes.isDigit(text[index - 1]), CellBytes.isLetter(text[index - 2]),
                   CellBytes.isLetter(text[index - 3]) { return true }
            }
            index += 1
        }
        return false
    }

    /// The e-mail address whose local part ends at `at`, within the run that starts at `run`.
    private static func email(_ text: UnsafeBufferPointer<UInt8>, run: Int, at: Int) -> EmbeddedValue? {
        var start = run
        while start < at, text[start] == CellBytes.point { start += 1 }
        var end = at + 1
        while end < text.count, end - start <= 254, isDomainByte(text[end]) { end += 1 }
        while end > at + 1, text[end - 1] == CellBytes.point || text[end - 1] == CellBytes.minus { end -= 1 }
        guard start < at, end - start <= 254,
              BuiltInValidator.email.read(UnsafeBufferPointer(rebasing: text[start..<end])) != nil else { return nil }
        return EmbeddedValue(kind: .email, range: start..<end)
    }

    private static func phone(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> EmbeddedValue? {
        guard let phone = PhoneNumberReader.scan(text, from: start), endsRun(text, at: phone.end),
              let line = PhoneLine(national: phone.national), usesOneSeparator(text, endingAt: phone.end) else { return nil }
        return EmbeddedValue(kind: line == .mobile ? .mobilePhone : .landlinePhone, range: start..<phone.end)
    }

    private static func nir(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> EmbeddedValue? {
        guard let nir = NIRReader.scan(text, from: start), nir.keyMatches, endsRun(text, at: nir.end) else { return nil }
        return EmbeddedValue(kind: .nir, range: start..<nir.end)
    }

    private static func iban(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> EmbeddedValue? {
        guard let iban = IBANReader.scan(text, from: start), iban.valid,
              iban.end == text.count || !isWordByte(text[iban.end]) else { return nil }
        return EmbeddedValue(kind: .iban, range: start..<iban.end)
    }

    /// Whether the byte at `index` is glued to what comes before: a letter or a digit right before
    /// it, or a digit before one separator.
    private static func continuesWord(_ text: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = text[index - 1]
        if isWordByte(previous) { return true }
        guard CellBytes.isDigit(text[index]) || text[index] == CellBytes.plus else { return false }
        let separatorStart: Int
        if previous == CellBytes.space || previous == CellBytes.point || previous == CellBytes.minus {
            separatorStart = index - 1
        } else if previous == 0xA0, index >= 2, text[index - 2] == 0xC2 {
            separatorStart = index - 2
        } else if previous == 0xAF, index >= 3, text[index - 3] == 0xE2, text[index - 2] == 0x80 {
            separatorStart = index - 3
        } else {
            return false
        }
        return separatorStart > 0 && CellBytes.isDigit(text[separatorStart - 1])
    }

    /// Whether a number ending at `end` ends there: no letter or digit follows, nor one separator
    /// and a digit.
    private static func endsRun(_ text: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
        guard end < text.count else { return true }
        let next = text[end]
        if isWordByte(next) { return false }
        var after = end
        if next == CellBytes.point || next == CellBytes.minus {
            after += 1
        } else {
            after += CellBytes.spaceLength(text, at: end)
        }
        return after == end || after >= text.count || !CellBytes.isDigit(text[after])
    }

    /// Whether the separators between the last 9 digits before `end` are all of one kind (spaces of
    /// any width count as one kind), so that numbers written next to one another are not glued.
    private static func usesOneSeparator(_ text: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Bool {
        var digits = 0
        var kind: UInt8 = 0
        var index = end
        while digits < 9 {
            index -= 1
            let byte = text[index]
            if CellBytes.isDigit(byte) {
                digits += 1
                continue
            }
            let separator = byte == CellBytes.point || byte == CellBytes.minus ? byte : CellBytes.space
            if kind == 0 { kind = separator } else if kind != separator { return false }
        }
        return true
    }

    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool { CellBytes.isDigit(byte) || CellBytes.isLetter(byte) }

    /// The bytes of a local part in free text: letters, digits and `. _ % + -`.
    @inline(__always)
    private static func isLocalPartByte(_ byte: UInt8) -> Bool {
        isWordByte(byte) || byte == CellBytes.point || byte == 0x5F || byte == 0x25 || byte == CellBytes.plus
            || byte == CellBytes.minus
    }

    @inline(__always)
    private static func isDomainByte(_ byte: UInt8) -> Bool {
        isWordByte(byte) || byte == CellBytes.point || byte == CellBytes.minus
    }
}
