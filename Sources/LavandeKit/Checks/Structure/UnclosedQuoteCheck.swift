import LavandeTabular

/// A quoted cell opened and never closed: everything after it was read as one cell.
public struct UnclosedQuoteCheck: FactsCheck, CheckKind {
    public static let name = "unclosed-quote"
    public static let summary = LocalizedText(
        fr: "Signale un guillemet ouvert jamais refermé : tout ce qui suit est lu comme une seule cellule.",
        en: "Reports a quote opened and never closed: everything after it is read as a single cell.")
    public static let target = CheckTarget.tabularFiles

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func judge(_ facts: ByteFacts, table: TableLayout?, file: TabularFileContext) -> [FindingDraft] {
        guard let position = facts.unclosedQuote else { return [] }
        return [FindingDraft(location: Location(position), examples: [Location(position)])]
    }
}
