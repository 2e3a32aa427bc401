import LavandeTabular

/// The first row looks like data, not like column names.
public struct MissingHeaderCheck: FactsCheck, CheckKind {
    public static let name = "missing-header"
    public static let summary = LocalizedText(
        fr: "Signale un fichier dont la première ligne ressemble à des données plutôt qu'à des noms de colonnes.",
        en: "Reports a file whose first row looks like data rather than column names.")
    public static let target = CheckTarget.tabularFiles

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func judge(_ facts: ByteFacts, table: TableLayout?, file: TabularFileContext) -> [FindingDraft] {
        guard let table, facts.recordCount > 0, !table.info.dialect.hasHeader else { return [] }
        let row = table.info.dialect.titleRows + 1
        return [FindingDraft(location: Location(row: row))]
    }
}
