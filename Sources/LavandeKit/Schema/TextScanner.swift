/// A cursor over the UTF-8 bytes of a cell, for the small grammars of Table Schema values (dates,
/// times, durations, numbers). Never allocates after it is made.
struct TextScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var atEnd: Bool { index == bytes.count }
    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Consumes `byte` when it comes next.
    mutating func skip(_ byte: UInt8) -> Bool {
        guard current == byte else { return false }
        index += 1
        return true
    }

    /// Consumes one of `choices` when it comes next and returns it.
    mutating func skip(anyOf choices: [UInt8]) -> UInt8? {
        guard let byte = current, choices.contains(byte) else { return nil }
        index += 1
        return byte
    }

    /// Consumes between `minimum` and `maximum` ASCII digits (as many as there are) and returns their value.
    mutating func digits(_ minimum: Int, _ maximum: Int) -> Int? {
        var value = 0
        var count = 0
        while count < maximum, let byte = current, byte &- 0x30 < 10 {
            value = value * 10 + Int(byte - 0x30)
            index += 1
            count += 1
        }
        if count < minimum {
            index -= count
            return nil
        }
        return value
    }

    /// Consumes every ASCII digit that comes next and returns how many there were.
    mutating func skipDigits() -> Int {
        let start = index
        while let byte = current, byte &- 0x30 < 10 { index += 1 }
        return index - start
    }

    /// Consumes spaces and tabs; returns how many.
    @discardableResult
    mutating func skipSpaces() -> Int {
        let start = index
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
        return index - start
    }

    /// Consumes `word` (ASCII, compared without case) when it comes next.
    mutating func skip(word: String) -> Bool {
        let utf8 = Array(word.lowercased().utf8)
        guard bytes.count - index >= utf8.count else { return false }
        for (offset, byte) in utf8.enumerated() where TextScanner.lower(bytes[index + offset]) != byte { return false }
        index += utf8.count
        return true
    }

    static func lower(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }
}
