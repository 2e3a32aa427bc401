/// Masks a value that may identify a person, keeping enough to recognise it on one's own
/// machine: the first character of each part of an e-mail address and its top-level domain
/// (`j***@e***.fr`); the initial of each word of a name (`J***** M*****`); for numbers and codes,
/// the first and last characters with separators kept (`06 ** ** ** 78`,
/// `2 85 ** ** *** *** 74`), fewer for short values; nothing of a date (`**/**/****`).
public enum EvidenceMask {
    /// The value as evidence: masked when its type may identify a person, or when it holds an
    /// e-mail address, a phone number, a NIR or an IBAN (a comment typed in a date column);
    /// as it is with `showValues`.
    public static func evidence(_ value: String, sensitive: Bool, showValues: Bool) -> String {
        guard !showValues else { return value }
        return sensitive || holdsPersonalData(value) ? mask(value) : value
    }

    /// Whether a text holds a value the free-text scanner recognises.
    static func holdsPersonalData(_ value: String) -> Bool {
        var text = value
        return text.withUTF8 { !EmbeddedValues.scan($0, limit: 1).isEmpty }
    }

    public static func mask(_ value: String) -> String {
        if let at = value.lastIndex(of: "@") {
            let local = value[..<at]
            let domain = value[value.index(after: at)...]
            let tld = domain.lastIndex(of: ".").map { String(domain[$0...]) } ?? ""
            return (local.first.map(String.init) ?? "") + "***@" + (domain.first.map(String.init) ?? "") + "***" + tld
        }
        if !value.contains(where: \.isNumber) { return initials(value) }
        // A date (of birth): every digit hidden, the separators kept.
        if value.count <= 10, value.allSatisfy({ $0.isNumber || "/-.".contains($0) }), value.contains(where: { "/-.".contains($0) }) {
            return String(value.map { $0.isNumber ? "*" : $0 })
        }
        let significant = value.filter { $0.isLetter || $0.isNumber }.count
        let first = significant >= 13 ? 3 : significant >= 8 ? 2 : significant >= 4 ? 1 : 0
        let last = significant >= 8 ? 2 : first
        var seen = 0
        return String(value.map { character -> Character in
            guard character.isLetter || character.isNumber else { return character }
            seen += 1
            return seen <= first || seen > significant - last ? character : "*"
        })
    }

    /// Each word keeps its first letter (`Jeanne Martin` → `J***** M*****`).
    private static func initials(_ value: String) -> String {
        var atWordStart = true
        return String(value.map { character -> Character in
            guard character.isLetter else {
                atWordStart = true
                return character
            }
            defer { atWordStart = false }
            return atWordStart ? character : "*"
        })
    }
}
