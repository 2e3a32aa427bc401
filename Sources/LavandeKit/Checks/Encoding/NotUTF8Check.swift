import LavandeTabular

/// The file is not UTF-8: reports the encoding detected over the whole file, where the first
/// byte that is not UTF-8 is, and the `iconv` command that converts it.
public struct NotUTF8Check: FactsCheck, CheckKind {
    public static let name = "encoding"
    public static let summary = LocalizedText(
        fr: "Vérifie que le fichier est en UTF-8 ; sinon, donne l'encodage détecté et la commande qui le convertit.",
        en: "Checks that the file is UTF-8; otherwise gives the detected encoding and the command that converts it.")
    public static let target = CheckTarget.tabularFiles
    public static let placeholders = ["detected", "iconv", "first"]

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func judge(_ facts: ByteFacts, table: TableLayout?, file: TabularFileContext) -> [FindingDraft] {
        guard facts.encoding != .utf8, facts.encoding != .ascii else { return [] }
        let name = file.reportPath
        let command = "iconv -f \(facts.encoding.iconvName) -t UTF-8 '\(name)' > '\(name).utf8' && mv '\(name).utf8' '\(name)'"
        let first = facts.invalidUTF8.first
        let locations = facts.invalidUTF8.locations(limit: file.maxExamples)
        return [FindingDraft(location: first.map(Location.init), count: max(1, facts.invalidUTF8.count), examples: locations,
                             values: ["detected": facts.encoding.rawValue, "iconv": command,
                                      "first": first.map { "\($0.line):\($0.column)" } ?? "-"])]
    }
}
