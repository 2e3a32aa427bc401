/// How a `number` or `integer` field writes its values, read as frictionless reads them:
/// `groupChar` removed, `decimalChar` turned into a point, and with `bareNumber: false` the text
/// before and after the number (`€`, `%`) dropped; then a decimal number in Python's syntax
/// (`12`, `-1.5`, `.5`, `1e3`, `NaN`, `Infinity`; spaces around are allowed).
struct NumberSyntax: Sendable, Equatable {
    var decimalChar = "."
    var groupChar = ""
    var bareNumber = true
    /// Integers: no decimal part, no exponent, no groupChar.
    var integer = false

    /// The number written in `text`, or nil when it is not one.
    func read(_ text: String) -> Double? {
        var text = text
        if !integer {
            if !groupChar.isEmpty { text = text.replacingOccurrences(of: groupChar, with: "") }
            if decimalChar != "." && !decimalChar.isEmpty { text = text.replacingOccurrences(of: decimalChar, with: ".") }
        }
        if !bareNumber { text = NumberSyntax.stripDecorations(text) }
        var scanner = TextScanner(text)
        scanner.skipSpaces()
        let start = scanner.index
        _ = scanner.skip(anyOf: [UInt8(ascii: "+"), UInt8(ascii: "-")])
        if !integer, NumberSyntax.skipSpecial(&scanner) {
            // NaN, Infinity
        } else {
            let whole = scanner.skipDigits()
            var fraction = 0
            if !integer && scanner.skip(UInt8(ascii: ".")) { fraction = scanner.skipDigits() }
            guard whole + fraction > 0 else { return nil }
            if !integer, scanner.skip(anyOf: [UInt8(ascii: "e"), UInt8(ascii: "E")]) != nil {
                _ = scanner.skip(anyOf: [UInt8(ascii: "+"), UInt8(ascii: "-")])
                guard scanner.skipDigits() > 0 else { return nil }
            }
        }
        let end = scanner.index
        scanner.skipSpaces()
        guard scanner.atEnd else { return nil }
        return Double(String(decoding: scanner.bytes[start..<end], as: UTF8.self))
    }

    private static func skipSpecial(_ scanner: inout TextScanner) -> Bool {
        scanner.skip(word: "infinity") || scanner.skip(word: "inf") || scanner.skip(word: "nan")
    }

    /// The text from its first digit or minus sign to its last digit.
    private static func stripDecorations(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 == "-" || ("0"..."9").contains($0) }),
              let last = scalars.lastIndex(where: { ("0"..."9").contains($0) }), first <= last else { return text }
        return String(scalars[first...last])
    }
}
