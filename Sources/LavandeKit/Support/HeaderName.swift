import Foundation

/// A column header normalised for comparison with hint lists: camelCase split, lower case,
/// accents removed, `_ - ' , . /` and runs of spaces turned into single spaces
/// (`dateDeNaissance` and `Date_de_naissance` both become `date de naissance`).
public struct HeaderName: Sendable, Hashable {
    public let normalised: String

    public init(_ header: String) {
        normalised = HeaderName.normalise(header)
    }

    public static func normalise(_ text: String) -> String {
        // Headers are read for every file: the Foundation folding below costs more than the
        // rest of a small file's check, and ASCII headers (most of them) do not need it.
        text.utf8.allSatisfy { $0 < 0x80 } ? normaliseASCII(text) : normaliseUnicode(text)
    }

    /// `normaliseUnicode` for ASCII text, on bytes (tested to give the same result).
    static func normaliseASCII(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 4)
        var previous: UInt8 = 0
        var pendingSpace = false
        for byte in text.utf8 {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isSeparator: Bool
            switch byte {
            case 0x5F, 0x2D, 0x27, 0x2C, 0x2E, 0x2F, 0x28, 0x29, 0x20, 0x09...0x0D: isSeparator = true
            default: isSeparator = false
            }
            if isUpper, previous >= 0x61, previous <= 0x7A { pendingSpace = true }
            previous = byte
            if isSeparator {
                pendingSpace = true
                continue
            }
            if pendingSpace, !output.isEmpty { output.append(0x20) }
            pendingSpace = false
            output.append(isUpper ? byte + 0x20 : byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Any text: camelCase split on letters of any script, Foundation's folding of case, accents and width.
    static func normaliseUnicode(_ text: String) -> String {
        var split = ""
        var previous: Character?
        for character in text {
            if let previous, character.isUppercase, previous.isLowercase { split.append(" ") }
            split.append(character)
            previous = character
        }
        let folded = split.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        let spaced = folded.map { "_-',./()".contains($0) || $0.isWhitespace ? " " : $0 }
        return String(spaced).split(separator: " ").joined(separator: " ")
    }

    /// True when the header is the hint, or holds the hint's words in order as whole words
    /// (`code postal` matches hints `code postal` and `cp`-free headers like `code postal beneficiaire`).
    /// Both are normalised (single spaces, none at the ends), so this is a search of the hint's
    /// bytes with a space or an end on each side: no splitting, no allocation (it runs for every
    /// header, type and hint of every file).
    public func matches(hint: String) -> Bool {
        if normalised == hint { return true }
        guard !hint.isEmpty else { return false }
        var header = normalised
        var hint = hint
        return header.withUTF8 { text in
            hint.withUTF8 { words in
                guard words.count < text.count else { return false }
                for start in 0...(text.count - words.count) where start == 0 || text[start - 1] == 0x20 {
                    let end = start + words.count
                    guard end == text.count || text[end] == 0x20 else { continue }
                    if memcmp(text.baseAddress! + start, words.baseAddress!, words.count) == 0 { return true }
                }
                return false
            }
        }
    }
}
