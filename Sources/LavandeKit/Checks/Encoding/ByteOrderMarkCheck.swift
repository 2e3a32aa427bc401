import LavandeTabular

/// The file starts with a byte-order mark, which many tools read as part of the first header.
public struct ByteOrderMarkCheck: FactsCheck, CheckKind {
    public static let name = "bom"
    public static let summary = LocalizedText(
        fr: "Signale une marque d'ordre des octets (BOM) en tête de fichier.",
        en: "Reports a byte-order mark (BOM) at the start of the file.")
    public static let target = CheckTarget.tabularFiles
    public static let placeholders = ["bom"]

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func judge(_ facts: ByteFacts, table: TableLayout?, file: TabularFileContext) -> [FindingDraft] {
        guard let bom = facts.byteOrderMark else { return [] }
        return [FindingDraft(location: Location(line: 1, offset: 0, byteColumn: 1), values: ["bom": bom.rawValue])]
    }
}
