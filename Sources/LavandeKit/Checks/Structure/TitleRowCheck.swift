import LavandeTabular

/// One or more rows above the header (a title, an export date), which shift every column name.
public struct TitleRowCheck: FactsCheck, CheckKind {
    public static let name = "title-row"
    public static let summary = LocalizedText(
        fr: "Signale une ligne de titre au-dessus de l'en-tête.",
        en: "Reports a title row above the header.")
    public static let target = CheckTarget.tabularFiles
    public static let placeholders = ["header_row"]

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func judge(_ facts: ByteFacts, table: TableLayout?, file: TabularFileContext) -> [FindingDraft] {
        guard let table, table.info.dialect.titleRows > 0 else { return [] }
        let titles = table.info.dialect.titleRows
        let locations = (1...titles).prefix(file.maxExamples).map { Location(row: $0) }
        return [FindingDraft(location: locations.first, count: titles, examples: Array(locations),
                             values: ["header_row": String(titles + 1)])]
    }
}
