/// Masks a value that may identify a person, keeping enough to recognise it on one's own
/// machine: the first character of each part of an e-mail address and its top-level domain
/// (`j***@e***.fr`); for other values the first two and last two letters or digits, with
/// separators kept (`06 ** ** ** 78`); fewer for short values.
public enum EvidenceMask {
    public static func mask(_ value: String) -> String {
        if let at = value.lastIndex(of: "@") {
            let local = value[..<at]
            let domain = value[value.index(after: at)...]
            let tld = domain.lastIndex(of: ".").map { String(domain[$0...]) } ?? ""
            return (local.first.map(String.init) ?? "") + "***@" + (domain.first.map(String.init) ?? "") + "***" + tld
        }
        let significant = value.filter { $0.isLetter || $0.isNumber }.count
        let kept = significant >= 8 ? 2 : significant >= 4 ? 1 : 0
        var seen = 0
        return String(value.map { character -> Character in
            guard character.isLetter || character.isNumber else { return character }
            seen += 1
            return seen <= kept || seen > significant - kept ? character : "*"
        })
    }
}
