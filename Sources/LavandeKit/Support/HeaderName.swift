import Foundation

/// A column header normalised for comparison with hint lists: camelCase split, lower case,
/// accents removed, `_ - ' , . /` and runs of spaces turned into single spaces
/// (`dateDeNaissance` and `Date_de_naissance` both become `date de naissance`).
public struct HeaderName: Sendable, Hashable {
    public let normalised: String
    public let words: [Substring]

    public init(_ header: String) {
        normalised = HeaderName.normalise(header)
        words = normalised.split(separator: " ")
    }

    public static func normalise(_ text: String) -> String {
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
    public func matches(hint: String) -> Bool {
        if normalised == hint { return true }
        let hintWords = hint.split(separator: " ")
        guard !hintWords.isEmpty, hintWords.count <= words.count else { return false }
        for start in 0...(words.count - hintWords.count) where words[start] == hintWords[0] {
            if Array(words[start..<(start + hintWords.count)]) == hintWords { return true }
        }
        return false
    }
}
